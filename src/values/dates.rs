//! Dates as news writes them — absolute ("June 25, 2024", "Sep 30th, 2023", "April 2019",
//! "2019") and relative to the article's publication date ("Monday", "last month",
//! "24 years ago") — each resolved to an interval of days with its precision.

use super::token::Token;
use super::{Context, Recognized};

/// Every date expression in the token stream (candidates; [`super::recognize`] resolves
/// overlaps with quantities).
pub fn scan(_src: &str, _tokens: &[Token], _ctx: &Context) -> Vec<Recognized> {
    Vec::new()
}

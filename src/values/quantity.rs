//! Quantities: a number (digits, words, multiplicatives, vague plurals) with an optional unit
//! from the unit table, the hedge before it, and ranges — found in one pass over the tokens.

use super::Recognized;
use super::token::Token;

/// Every number and quantity in the token stream (candidates; [`super::recognize`] resolves
/// overlaps with dates).
pub fn scan(_src: &str, _tokens: &[Token]) -> Vec<Recognized> {
    Vec::new()
}

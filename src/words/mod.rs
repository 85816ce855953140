//! Words that drift between sources: quotations and their speakers, shared passages, names
//! and descriptors — found per article here, compared across articles in `crate::drift`.
//!
//! Numbers go through `values` and `extract`; words go through this module. Both produce
//! spans into the article text, and both end in the one report model.

pub mod align;
mod attribution;
pub mod names;
pub mod normalize;
pub mod passages;
pub mod quotes;
mod speech;

use crate::span::Span;

/// A quotation in an article.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// The quoted words, without the quote marks (for a quote over several paragraphs, from
    /// the first word to the last, marks between paragraphs included).
    pub inner: Span,
    /// The quotation with its marks.
    pub outer: Span,
    /// Who is quoted, when the text says so.
    pub speaker: Option<Speaker>,
}

/// The person (or body) a quotation is attributed to.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// The speaker's name as a grouping key: titles dropped, words joined by single spaces
    /// ("Rebekah Koffler", "Kim"), the same form `extract::names` gives.
    pub name: String,
    /// Where the attribution stands ("Koffler said", "according to Kim"): the name, or the
    /// pronoun or description that was resolved to it.
    pub span: Span,
    /// True when the speaker was resolved from a pronoun or a description ("he", "the North
    /// Korean leader") to the nearest preceding name, rather than named at the quote.
    pub resolved: bool,
}

//! Dates as news writes them — absolute ("June 25, 2024", "Sep 30th, 2023", "April 2019",
//! "2019") and relative to the article's publication date ("Monday", "last month",
//! "24 years ago") — each resolved to an interval of days with its precision.
//!
//! [`scan`] walks the tokens once; at each token the grammars of the submodules propose the
//! expression that starts there and the longest wins. Words are looked up in the tables of
//! `lexicon` and `holiday_table`, never matched by per-format regular expressions.

mod absolute;
mod calendar;
mod cx;
mod hebrew;
mod hindu;
mod holiday_table;
mod holidays;
mod islamic;
mod lexicon;
mod lunar;
mod months;
mod moon;
mod nth;
mod numeric;
mod parts;
mod relative;
mod solar;
mod weekdays;
mod years;

use jiff::civil::Weekday;

use self::calendar::Range;
use self::cx::Cx;
use super::token::Token;
use super::{Context, DatePrecision, DateValue, Recognized, Value};
use crate::span::Span;

/// The weekday a word names, in full or abbreviated ("Tuesday", "Sat"), ignoring case.
pub fn weekday_name(word: &str) -> Option<Weekday> {
    lexicon::weekday(&word.to_lowercase()).map(|(day, _)| day)
}

/// A date expression found by one of the grammars, in token indices.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Hit {
    /// First token of the expression.
    start: usize,
    /// One past its last token.
    end: usize,
    /// The days it covers (resolved against a placeholder when there is no reference).
    range: Range,
    /// How finely it names its date.
    precision: DatePrecision,
    /// True when it needs the publication date to be resolved.
    relative: bool,
    /// The weekday written beside it, if any.
    weekday: Option<Weekday>,
}

impl Hit {
    fn new(start: usize, end: usize, range: Range, precision: DatePrecision) -> Hit {
        Hit {
            start,
            end,
            range,
            precision,
            relative: false,
            weekday: None,
        }
    }

    fn day(start: usize, end: usize, d: jiff::civil::Date) -> Hit {
        Hit::new(start, end, (d, d), DatePrecision::Day)
    }

    fn relative(mut self, yes: bool) -> Hit {
        self.relative |= yes;
        self
    }
}

/// A grammar: the date expression starting at a token, if any.
type Grammar = fn(&Cx, usize) -> Option<Hit>;

/// The grammars tried at every token; the longest expression wins, the first on a tie.
const GRAMMARS: &[Grammar] = &[
    weekdays::with_date,
    weekdays::with_offset,
    absolute::at,
    numeric::at,
    years::at,
    parts::at,
    holidays::at,
    relative::at,
    nth::at,
    weekdays::at,
];

/// Every date expression in the token stream (candidates; [`super::recognize`] resolves
/// overlaps with quantities).
pub fn scan(src: &str, tokens: &[Token], ctx: &Context) -> Vec<Recognized> {
    let cx = Cx::new(src, tokens, ctx);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match best_at(&cx, i) {
            Some(hit) if hit.end > i && hit.start >= i => {
                let end = relative::absorb_time(&cx, hit.end, hit.precision);
                out.push(recognized(&cx, Hit { end, ..hit }));
                cx.note_hit(&hit);
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

/// The longest expression starting at token `i`.
fn best_at(cx: &Cx, i: usize) -> Option<Hit> {
    let mut best: Option<Hit> = None;
    for grammar in GRAMMARS {
        if let Some(hit) = grammar(cx, i)
            && best.is_none_or(|b| hit.end > b.end)
        {
            best = Some(hit);
        }
    }
    best
}

/// The longest date expression anywhere in `cx` starting exactly at `i` (for grammars that
/// take a date as an argument: "three days after Easter").
fn anchor_at(cx: &Cx, i: usize) -> Option<Hit> {
    cx.anchor(i, || best_at(cx, i))
}

/// Turns a hit into the value [`super::recognize`] expects.
fn recognized(cx: &Cx, hit: Hit) -> Recognized {
    let first = &cx.toks[hit.start];
    let last = &cx.toks[hit.end - 1];
    let span = Span::new(first.start, last.end);
    let hedge = hit
        .start
        .checked_sub(1)
        .filter(|&h| lexicon::contains(lexicon::HEDGES, cx.word(h)))
        .map(|h| Span::new(cx.toks[h].start, cx.toks[h].end));
    let resolved = !hit.relative || cx.resolved;
    let value = DateValue {
        range: resolved.then_some(hit.range),
        precision: hit.precision,
        relative: hit.relative.then(|| wording(&cx.src[span.start..span.end])),
        anchor: (hit.relative && cx.resolved).then_some(cx.today),
        weekday: hit.weekday,
    };
    Recognized {
        span,
        hedge,
        value: Value::Date(value),
    }
}

/// Lower case, with runs of whitespace collapsed to one space.
fn wording(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests;

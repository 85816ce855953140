//! Value recognition: turns text into typed values — numbers, quantities with units, dates —
//! with their exact byte spans and the hedges that bound them.
//!
//! This is the only place in factdiff that knows how numbers, units and dates are written.
//! Rules name a value's [`Dimension`]; they never contain a number or unit pattern.
//! [`recognize`] tokenizes the text once, lets each recogniser scan the token stream, and
//! keeps the longest non-overlapping candidates.

mod amount;
mod attach;
mod chain;
mod codes;
mod compose;
pub mod dates;
mod digits;
mod fractions;
mod hedge;
mod ident;
mod lexkey;
mod money;
pub mod numbers;
mod numwords;
pub mod quantity;
pub mod token;
mod unit_table;
pub mod units;
mod wordled;

use jiff::civil::Date;
use serde::Serialize;

use crate::span::Span;

/// What a value measures. Each dimension has one canonical unit (see [`Quantity::unit`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Dimension {
    /// A plain number or count: "37", "two", "a dozen", "twice". Canonical unit `""`.
    Number,
    /// Canonical unit `m`.
    Length,
    /// Canonical unit `m/s`.
    Speed,
    /// Canonical unit `s` (seconds to weeks) or `month` (months, years, decades: calendar units).
    Duration,
    /// Canonical unit `kg`.
    Mass,
    /// Canonical unit: the ISO 4217 code of the currency ("USD").
    Money,
    /// Canonical unit `%`.
    Percentage,
    /// Canonical unit `C` (degrees Celsius).
    Temperature,
    /// Canonical unit `m2`.
    Area,
    /// Canonical unit `m3`.
    Volume,
    /// A calendar date; unit `date`.
    Date,
}

impl Dimension {
    /// Every dimension, in a fixed order.
    pub const ALL: [Dimension; 11] = [
        Dimension::Number,
        Dimension::Length,
        Dimension::Speed,
        Dimension::Duration,
        Dimension::Mass,
        Dimension::Money,
        Dimension::Percentage,
        Dimension::Temperature,
        Dimension::Area,
        Dimension::Volume,
        Dimension::Date,
    ];

    /// The lower-case name used in rule files and reports.
    pub fn name(self) -> &'static str {
        match self {
            Dimension::Number => "number",
            Dimension::Length => "length",
            Dimension::Speed => "speed",
            Dimension::Duration => "duration",
            Dimension::Mass => "mass",
            Dimension::Money => "money",
            Dimension::Percentage => "percentage",
            Dimension::Temperature => "temperature",
            Dimension::Area => "area",
            Dimension::Volume => "volume",
            Dimension::Date => "date",
        }
    }

    /// Looks a dimension up by its name.
    pub fn from_name(name: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.name() == name)
    }
}

/// A hedge or bound written next to a value ("about", "at least", "between … and").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    /// "about", "around", "roughly", "some", "approximately", "an estimated": ± 10 %.
    Approx,
    /// "nearly", "almost", "just under": `[0.9 v, v)`.
    Nearly,
    /// "at least", "no fewer than": `[v, ∞)`.
    AtLeast,
    /// "more than", "over", "above", "upwards of": `(v, ∞)`.
    MoreThan,
    /// "at most", "up to", "no more than": `[0, v]`.
    AtMost,
    /// "less than", "under", "fewer than", "below": `[0, v)`.
    LessThan,
    /// "20 to 25", "between 20 and 25", "20-25": `[a, b]`.
    Range,
    /// "dozens", "hundreds", "thousands": a vague plural with a conventional range.
    Vague,
}

impl Qualifier {
    /// The name used in reports: `approx`, `nearly`, `at-least`, `more-than`, `at-most`,
    /// `less-than`, `range` or `vague`.
    pub fn name(self) -> &'static str {
        match self {
            Qualifier::Approx => "approx",
            Qualifier::Nearly => "nearly",
            Qualifier::AtLeast => "at-least",
            Qualifier::MoreThan => "more-than",
            Qualifier::AtMost => "at-most",
            Qualifier::LessThan => "less-than",
            Qualifier::Range => "range",
            Qualifier::Vague => "vague",
        }
    }

    /// True when the lower bound is excluded (`more-than`).
    pub fn low_open(self) -> bool {
        matches!(self, Qualifier::MoreThan)
    }

    /// True when the upper bound is excluded (`less-than`, `nearly`).
    pub fn high_open(self) -> bool {
        matches!(self, Qualifier::LessThan | Qualifier::Nearly)
    }
}

/// How the number of a quantity was written; rules may accept only some forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NumberForm {
    /// Digits: "37", "1,200", "1.5 million", "10 1/2".
    Digits,
    /// Words: "thirty-seven", "a dozen", "two".
    Words,
    /// A multiplicative adverb: "twice", "three times", "once".
    Multiplicative,
    /// A vague plural: "dozens", "hundreds".
    Vague,
}

/// A number with a unit (or none), converted to its dimension's canonical unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// What the quantity measures.
    pub dimension: Dimension,
    /// The canonical unit: `""`, `m`, `m/s`, `s`, `month`, `kg`, `%`, `C`, `m2`, `m3`, or an
    /// ISO 4217 currency code.
    pub unit: &'static str,
    /// The number as written, converted to the canonical unit. For a range, its first figure.
    pub value: f64,
    /// Half the place value of the last written digit, in canonical units ("37 mph" → 0.5 mph,
    /// "1.5 million" → 50,000); 0 for a whole count written in full ("12", "twelve", "twice").
    pub precision: f64,
    /// The hedge or bound written before the value, if any.
    pub qualifier: Option<Qualifier>,
    /// Lower bound implied by the qualifier, canonical units; `None` is unbounded.
    /// Meaningful only when `qualifier` is set.
    pub low: Option<f64>,
    /// Upper bound implied by the qualifier, canonical units; `None` is unbounded.
    pub high: Option<f64>,
    /// How the number was written.
    pub form: NumberForm,
}

/// How finely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DatePrecision {
    /// A single day: "June 25, 2024", "Monday" (resolved).
    Day,
    /// A month or part of one: "April 2019", "the end of July", "mid-March".
    Month,
    /// A year or part of one: "2019", "early 2019", "summer 2020".
    Year,
}

/// A date expression, resolved to an interval of days where possible.
#[derive(Debug, Clone, PartialEq)]
pub struct DateValue {
    /// First and last day covered (inclusive), or `None` for a relative date with no
    /// publication date to resolve it against.
    pub range: Option<(Date, Date)>,
    /// How finely the expression names its date; decides the printed form of [`DateValue::value`].
    pub precision: DatePrecision,
    /// For a relative expression ("last month", "Monday", "24 years ago"), its normalised
    /// wording; two unresolved dates are compared by this alone.
    pub relative: Option<String>,
    /// The date the relative expression was resolved against (the publication date).
    pub anchor: Option<Date>,
    /// The weekday as written beside the date ("Tuesday" in "Tuesday, June 25, 2024"), kept
    /// even when it disagrees with the date so that a check can flag the mismatch.
    pub weekday: Option<jiff::civil::Weekday>,
}

impl DateValue {
    /// The canonical written value: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` by precision,
    /// from the first day of the range; `None` when unresolved.
    pub fn value(&self) -> Option<String> {
        let (start, _) = self.range?;
        Some(match self.precision {
            DatePrecision::Day => format!(
                "{:04}-{:02}-{:02}",
                start.year(),
                start.month(),
                start.day()
            ),
            DatePrecision::Month => format!("{:04}-{:02}", start.year(), start.month()),
            DatePrecision::Year => format!("{:04}", start.year()),
        })
    }
}

/// A recognised value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A number or a quantity with a unit.
    Quantity(Quantity),
    /// A date.
    Date(DateValue),
}

impl Value {
    /// The value's dimension.
    pub fn dimension(&self) -> Dimension {
        match self {
            Value::Quantity(q) => q.dimension,
            Value::Date(_) => Dimension::Date,
        }
    }
}

/// One value found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Recognized {
    /// The value as written, without its hedge ("550 miles" in "about 550 miles").
    pub span: Span,
    /// The hedge words before it, if any ("about").
    pub hedge: Option<Span>,
    /// What the text says.
    pub value: Value,
}

/// What recognition needs to know besides the text.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    /// The publication date of the article, to resolve relative dates against.
    pub reference: Option<Date>,
}

/// Every value in `text`, in order of position, with no two spans overlapping.
pub fn recognize(text: &str, ctx: &Context) -> Vec<Recognized> {
    recognize_tokens(text, &token::tokenize(text), ctx)
}

/// Like [`recognize`], over tokens the caller already has (`tokens` must be `text`'s).
pub fn recognize_tokens(text: &str, tokens: &[token::Token], ctx: &Context) -> Vec<Recognized> {
    let mut candidates = dates::scan(text, tokens, ctx);
    let first_quantity = candidates.len();
    candidates.extend(quantity::scan(text, tokens));
    select(candidates, first_quantity)
}

/// Keeps the longest candidates that do not overlap; on equal spans a date wins over a
/// quantity (candidates before `first_quantity` are dates).
fn select(candidates: Vec<Recognized>, first_quantity: usize) -> Vec<Recognized> {
    let full = |r: &Recognized| r.hedge.map_or(r.span, |h| h.cover(&r.span));
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by_key(|&i| {
        let s = full(&candidates[i]);
        (std::cmp::Reverse(s.len()), i >= first_quantity, s.start)
    });
    let mut kept: Vec<usize> = Vec::new();
    for i in order {
        let s = full(&candidates[i]);
        if kept.iter().all(|&k| !full(&candidates[k]).overlaps(&s)) {
            kept.push(i);
        }
    }
    kept.sort_by_key(|&i| candidates[i].span.start);
    let mut slots: Vec<Option<Recognized>> = candidates.into_iter().map(Some).collect();
    kept.into_iter().filter_map(|i| slots[i].take()).collect()
}

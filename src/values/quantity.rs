//! Quantities: a number (digits, words, multiplicatives, vague plurals) with an optional unit
//! from the unit table, the hedge before it, and ranges — found in one pass over the tokens.
//!
//! [`scan`] walks the tokens once. At each token it tries, in order: a currency before an
//! amount, a quantity led by a word ("twice", "dozens of", "an hour"), and a number with what
//! follows it (a unit, a currency, "times"). Identifiers, years and times of day are skipped
//! whole. The value found is then extended ([`super::compose`]: "5 feet 2 inches", "10 to 15
//! km") and given the hedge written around it.

use super::amount::{currency_after, money_before, money_val, pounds_are_money};
use super::attach::{million_m, unit_after, unknown_scale};
use super::codes;
use super::compose;
use super::hedge;
use super::ident;
use super::money;
use super::numbers::{Number, Reader, parse_number};
use super::numwords;
use super::token::{Kind, Token};
use super::units::{self, Unit};
use super::wordled::word_led;
use super::{Dimension, NumberForm, Qualifier, Quantity, Recognized, Value};
use crate::span::Span;

/// A value being assembled, in canonical units.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Val {
    pub dimension: Dimension,
    pub unit: &'static str,
    /// Canonical value.
    pub value: f64,
    /// Canonical precision (half the place value of the last written digit).
    pub precision: f64,
    /// The number as written, before conversion.
    pub number: f64,
    /// The written number's own precision, before conversion.
    pub number_precision: f64,
    /// The conversion used: canonical = number × factor + offset.
    pub factor: f64,
    pub offset: f64,
    /// A whole count written out in full.
    pub exact: bool,
    /// A unit or currency was written (not inherited).
    pub has_unit: bool,
    pub form: NumberForm,
    /// First token and the token after the value.
    pub first: usize,
    pub next: usize,
    /// Byte span of the value.
    pub start: usize,
    pub end: usize,
    pub qualifier: Option<Qualifier>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub hedge: Option<Span>,
}

impl Val {
    /// A value from a written number and a unit (`None`: a plain number).
    pub fn new(n: &Number, unit: Option<Unit>, first: usize, next: usize, end: usize) -> Val {
        let (dimension, canonical, factor, offset) = match unit {
            Some(u) => (u.dimension, u.canonical, u.factor, u.offset),
            None => (Dimension::Number, "", 1.0, 0.0),
        };
        Val {
            dimension,
            unit: canonical,
            value: n.value * factor + offset,
            precision: n.precision * factor.abs(),
            number: n.value,
            number_precision: n.precision,
            factor,
            offset,
            exact: n.exact,
            has_unit: unit.is_some(),
            form: n.form,
            first,
            next,
            start: n.start,
            end,
            qualifier: None,
            low: None,
            high: None,
            hedge: None,
        }
    }

    /// The same written number read in another unit (a range "8 to 10 feet").
    pub fn with_unit_of(&self, other: &Val) -> Val {
        Val {
            dimension: other.dimension,
            unit: other.unit,
            value: self.number * other.factor + other.offset,
            precision: self.number_precision * other.factor.abs(),
            factor: other.factor,
            offset: other.offset,
            ..*self
        }
    }

    fn set_bounds(&mut self, q: Qualifier) {
        let (low, high) = hedge::bounds(q, self.value, self.dimension == Dimension::Temperature);
        self.qualifier = Some(q);
        self.low = low;
        self.high = high;
    }
}

/// What reading at a token gave.
pub(crate) enum Read {
    /// A value.
    Found(Val),
    /// Digits that are not a quantity (a name, a year, a time), up to this token.
    Skip(usize),
    /// Nothing starts here.
    Nothing,
}

/// Every number and quantity in the token stream (candidates; [`super::recognize`] resolves
/// overlaps with dates).
pub fn scan(src: &str, tokens: &[Token]) -> Vec<Recognized> {
    let r = Reader { src, tokens };
    let mask = codes::url_mask(src, tokens);
    let mut out = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    while i < tokens.len() {
        if mask[i] {
            i += 1;
            continue;
        }
        match read(&r, i, floor) {
            Read::Found(v) => {
                out.push(recognized(&v));
                floor = v.next;
                i = v.next.max(i + 1);
            }
            Read::Skip(next) => {
                i = next.max(i + 1);
                floor = i;
            }
            Read::Nothing => i += 1,
        }
    }
    out
}

fn recognized(v: &Val) -> Recognized {
    let precision = if v.dimension == Dimension::Number && v.exact {
        0.0
    } else {
        v.precision
    };
    Recognized {
        span: Span::new(v.start, v.end),
        hedge: v.hedge,
        value: Value::Quantity(Quantity {
            dimension: v.dimension,
            unit: v.unit,
            value: v.value,
            precision,
            qualifier: v.qualifier,
            low: v.low,
            high: v.high,
            form: v.form,
        }),
    }
}

/// A value at token `i` with its compounds, range and hedges.
fn read(r: &Reader, i: usize, floor: usize) -> Read {
    let mut v = match value_at(r, i) {
        Read::Found(v) => v,
        other => return other,
    };
    if v.qualifier.is_none() {
        compose::extend(r, &mut v);
        match compose::range(r, &v, floor) {
            compose::Ranged::Range(range) => return Read::Found(range),
            compose::Ranged::Suppress(next) => return Read::Skip(next),
            compose::Ranged::No => {}
        }
        compose::ratio(r, &mut v);
    }
    if v.qualifier.is_none() {
        // "$1.7 trillion over 66 years": "over" after an amount spans a period.
        let during = v.dimension == Dimension::Duration
            && floor > 0
            && v.first >= 1
            && r.is_word(v.first - 1, "over")
            && v.first - 1 <= floor + 1;
        if during {
            return Read::Found(v);
        }
        if let Some((q, span)) = hedge::before(r, v.first, floor) {
            v.set_bounds(q);
            v.hedge = Some(span);
        } else if let Some((q, span, next)) = hedge::after(r, v.next) {
            v.set_bounds(q);
            v.hedge = Some(span);
            v.next = next;
        }
    }
    Read::Found(v)
}

/// A single value at token `i`: an amount of money, a word-led quantity or a number with
/// its unit — no range, no hedge.
pub(crate) fn value_at(r: &Reader, i: usize) -> Read {
    let first_num = match r.tok(i).map(|t| t.kind) {
        Some(Kind::Num) => Some(i),
        Some(Kind::Punct) if r.tok(i + 1).is_some_and(|t| t.kind == Kind::Num) => Some(i + 1),
        _ => None,
    };
    if let Some(k) = first_num {
        if let Some(end) = codes::chain_end(r, k) {
            return Read::Skip(skip_tail(r, end));
        }
        if codes::fragment(r, k) {
            return Read::Skip(k + 1);
        }
    }
    if let Some(found) = money_before(r, i) {
        return found;
    }
    if let Some(v) = word_led(r, i) {
        return Read::Found(v);
    }
    measure(r, i)
}

/// After digits that are not a quantity, the index past any figures glued to them by a
/// dash or slash ("Rams 24-17", "F-16/17").
fn skip_tail(r: &Reader, mut j: usize) -> usize {
    while r
        .tok(j)
        .is_some_and(|t| matches!(t.text(r.src), "-" | "–" | "/"))
        && r.attached(j)
        && r.attached(j + 1)
        && r.tok(j + 1).is_some_and(|t| t.kind == Kind::Num)
    {
        j += 2;
    }
    j
}

pub(crate) fn is_in(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// True when a scale word or letter was written in the number from `first` to `next`.
pub(crate) fn has_scale(r: &Reader, first: usize, next: usize) -> bool {
    (first..next).any(|k| {
        r.word(k).is_some_and(|w| {
            numwords::scale(w).is_some_and(|s| s >= 1000.0) || numwords::suffix_letter(w).is_some()
        })
    })
}

/// A number at token `i` and what follows it: a unit, a currency, "times", or nothing.
fn measure(r: &Reader, i: usize) -> Read {
    let Some((mut n, mut j)) = parse_number(r.src, r.tokens, i) else {
        return Read::Nothing;
    };
    // "1m people", "2.5m homes": a lower-case "m" before a plural noun is a million.
    if million_m(r, j) {
        n.value *= 1e6;
        n.precision *= 1e6;
        n.exact = false;
        n.end = r.tokens[j].end;
        j += 1;
    }
    let k = (i..j)
        .find(|&k| r.tok(k).is_some_and(|t| t.kind != Kind::Punct) && !r.is_word(k, "minus"))
        .unwrap_or(i);
    let digits = r.tok(k).is_some_and(|t| t.kind == Kind::Num);
    if digits && ident::named_before(r, k) {
        return Read::Skip(skip_tail(r, j));
    }
    let scaled = has_scale(r, i, j);
    let unit = unit_after(r, &n, j);
    if unit.is_none() && (ident::one_pronoun(r, i) || ident::zero_idiom(r, i)) {
        return Read::Skip(j);
    }
    if let Some((u, next, end)) = unit {
        if u.has(units::MONEY_TOO) && pounds_are_money(r, i, j, scaled) {
            let mut v = money_val(&n, "GBP", i, next, end);
            compose::cents(r, &mut v, scaled);
            return Read::Found(v);
        }
        return Read::Found(Val::new(&n, Some(u), i, next, end));
    }
    if let Some(v) = currency_after(r, &n, i, j, scaled) {
        return Read::Found(v);
    }
    // "three times", "3x": a multiplicative.
    let times = r.is_word(j, "times") && !r.attached(j);
    let x = r.is_word(j, "x") && r.attached(j) && !r.attached(j + 1) && digits;
    if times || x {
        let mut v = Val::new(&n, None, i, j + 1, r.tokens[j].end);
        v.form = NumberForm::Multiplicative;
        v.exact = true;
        return Read::Found(v);
    }
    if ident::named_after(r, j) || codes::clock_after(r, j) || codes::address_after(r, j) {
        let dash = r.is_punct(j, '-');
        return Read::Skip(j + 1 + usize::from(dash));
    }
    // "50 cents" has no currency to convert to; "30 degrees" no scale.
    if money::minor_unit(r, j) || unknown_scale(r, j) {
        return Read::Skip(j + 1);
    }
    let plain = digits && n.exact && n.form == NumberForm::Digits;
    if plain && ident::year(r, k, j, n.value) {
        return Read::Skip(j);
    }
    if digits && r.word(j).is_some_and(ident::is_month) {
        return Read::Skip(j + 1);
    }
    Read::Found(Val::new(&n, None, i, j, n.end))
}

#[cfg(test)]
#[path = "quantity_tests.rs"]
mod tests;

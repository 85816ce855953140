//! Values built from several written pieces: compound measures ("5 feet 2 inches", "an hour
//! and a half", "3 dollars 50 cents"), ranges ("between 20 and 25 km", "10-15%"), ratios
//! ("one in five") and echoed figures ("five (5)").

use super::Dimension;
use super::NumberForm;
use super::Qualifier;
use super::attach::unit_after;
use super::codes;
use super::hedge;
use super::ident;
use super::money;
use super::numbers::{Reader, parse_number};
use super::numwords;
use super::quantity::{Read, Val, value_at};
use super::token::Kind;
use super::units;
use crate::span::Span;

/// Extends a value in place with what may follow it: further parts of a compound measure,
/// "and a half", bare minutes after hours, a figure repeated in brackets.
pub(crate) fn extend(r: &Reader, v: &mut Val) {
    if v.has_unit {
        compound(r, v);
        and_half(r, v);
        hour_minutes(r, v);
    } else {
        echo(r, v);
    }
}

/// Dimensions whose measures are written in descending parts ("7 feet 10 inches").
fn compounds(d: Dimension) -> bool {
    matches!(d, Dimension::Length | Dimension::Duration | Dimension::Mass)
}

/// "5 feet 2 inches", "2 km and 1 metre", "one week three days", "1 hour and 30 minutes":
/// each part in a smaller unit of the same dimension.
fn compound(r: &Reader, v: &mut Val) {
    if !compounds(v.dimension) {
        return;
    }
    let mut factor = v.factor;
    loop {
        let mut k = v.next;
        if r.is_punct(k, ',') {
            k += 1;
        }
        if r.is_word(k, "and") {
            k += 1;
        }
        let Some((n, j)) = parse_number(r.src, r.tokens, k) else {
            return;
        };
        if n.value < 0.0 || r.tok(k).is_some_and(|t| t.kind == Kind::Punct) {
            return;
        }
        // "5 ft 2 in": a trailing "in" is an inch inside a compound.
        let unit = unit_after(r, &n, j).or_else(|| {
            let m = units::lookup(r.src, r.tokens, j)?;
            (m.unit.has(units::END) && !r.attached(j)).then_some((m.unit, m.next, m.end))
        });
        let Some((u, next, end)) = unit.or_else(|| foot_mark(r, j)) else {
            return;
        };
        if u.dimension != v.dimension || u.canonical != v.unit || u.factor >= factor {
            return;
        }
        factor = u.factor;
        v.value += n.value * u.factor;
        v.precision = n.precision * u.factor;
        v.exact = false;
        v.next = next;
        v.end = end;
    }
}

/// A foot mark "'" right after digits ("2 yd 7'").
pub(crate) fn foot_mark(r: &Reader, j: usize) -> Option<(units::Unit, usize, usize)> {
    let t = r.tok(j).filter(|t| t.attached())?;
    if !matches!(t.text(r.src), "'" | "′") || r.is_punct(j + 1, '\'') {
        return None;
    }
    let foot = units::Unit {
        dimension: Dimension::Length,
        canonical: "m",
        factor: 0.3048,
        offset: 0.0,
        flags: 0,
    };
    Some((foot, j + 1, t.end))
}

/// "an hour and a half", "one hour and half": half of the unit more.
fn and_half(r: &Reader, v: &mut Val) {
    if v.dimension == Dimension::Money {
        return;
    }
    let j = v.next;
    if !r.is_word(j, "and") {
        return;
    }
    let (k, den) = if r.is_word(j + 1, "half") {
        (j + 2, 2.0)
    } else if (r.is_word(j + 1, "a") || r.is_word(j + 1, "an")) && r.is_word(j + 2, "half") {
        (j + 3, 2.0)
    } else if r.is_word(j + 1, "a") && r.is_word(j + 2, "quarter") {
        (j + 3, 4.0)
    } else {
        return;
    };
    if units::starts_unit(r.src, r.tokens, k) {
        return;
    }
    v.value += v.factor / den;
    v.precision = v.factor / (2.0 * den);
    v.next = k;
    v.end = r.tokens[k - 1].end;
}

/// "1 hour thirty", "2 hours and 10": bare minutes after hours, at the end of a phrase.
fn hour_minutes(r: &Reader, v: &mut Val) {
    if v.unit != "s" || v.factor != 3600.0 {
        return;
    }
    let mut k = v.next;
    if r.is_word(k, "and") {
        k += 1;
    }
    let Some((n, j)) = parse_number(r.src, r.tokens, k) else {
        return;
    };
    if !n.exact || !(1.0..60.0).contains(&n.value) || !r.ends_phrase(j) {
        return;
    }
    v.value += n.value * 60.0;
    v.precision = 30.0;
    v.next = j;
    v.end = n.end;
}

/// "forty-five (45)", "five (5) years": the same figure repeated in brackets.
fn echo(r: &Reader, v: &mut Val) {
    let j = v.next;
    if !r.is_punct(j, '(') {
        return;
    }
    let Some((n, k)) = parse_number(r.src, r.tokens, j + 1) else {
        return;
    };
    if n.value == v.number && r.is_punct(k, ')') {
        v.next = k + 1;
        v.end = r.tokens[k].end;
        if let Some((u, next, end)) = unit_after(r, &n, k + 1) {
            let mut with = Val::new(&n, Some(u), v.first, next, end);
            with.start = v.start;
            *v = with;
        }
    }
}

/// Minor units after an amount: "3 dollars 50 cents", "$20 and 43c", "15 dollars 50."
/// (a bare figure only at the end of a phrase, and only after a whole amount).
pub(crate) fn cents(r: &Reader, v: &mut Val, scaled: bool) {
    let mut k = v.next;
    if r.is_word(k, "and") {
        k += 1;
    }
    let Some((n, j)) = parse_number(r.src, r.tokens, k) else {
        return;
    };
    if !n.exact
        || !(1.0..100.0).contains(&n.value)
        || r.tok(k).is_some_and(|t| t.kind == Kind::Punct)
    {
        return;
    }
    let next = if money::minor_unit(r, j) {
        j + 1
    } else if !scaled && v.number.fract() == 0.0 && sentence_end(r, j) && !r.attached(k) {
        j
    } else {
        return;
    };
    v.value += n.value / 100.0;
    v.precision = 0.005;
    v.exact = false;
    v.next = next;
    v.end = r.tokens[next - 1].end;
}

/// True when token `j` ends a clause: the end of the text or a clause punctuation mark.
fn sentence_end(r: &Reader, j: usize) -> bool {
    r.tok(j)
        .is_none_or(|t| matches!(t.text(r.src), "." | "," | ";" | ":" | "!" | "?" | ")"))
}

/// What a range reading gave.
pub(crate) enum Ranged {
    /// "between 20 and 25 km".
    Range(Val),
    /// Two figures that are a score or a span of years: drop both, up to this token.
    Suppress(usize),
    /// No range here.
    No,
}

/// Verbs of change before "from A to B" / "A to B": two values, not a range.
const CHANGE: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "rising",
    "fell",
    "fall",
    "falls",
    "falling",
    "increased",
    "increase",
    "decreased",
    "decrease",
    "grew",
    "grow",
    "dropped",
    "drop",
    "climbed",
    "jumped",
    "declined",
    "cut",
    "raised",
    "lowered",
    "reduced",
    "slashed",
    "soared",
    "plunged",
    "surged",
    "boosted",
    "expanded",
    "shrank",
    "went",
    "moved",
    "changed",
    "revised",
    "narrowed",
    "widened",
    "up",
    "down",
    "doubled",
    "tripled",
    "halved",
    "upgraded",
    "downgraded",
];

/// A range starting with value `a`: "10 to 15 km", "between 20 and 25", "from 5 to 10
/// minutes", "10-15%", "$5 to $10". The range's value is its first figure.
pub(crate) fn range(r: &Reader, a: &Val, floor: usize) -> Ranged {
    let j = a.next;
    let between = a.first > floor && r.is_word(a.first - 1, "between");
    let from = a.first > floor && r.is_word(a.first - 1, "from");
    let Some(c) = r.tok(j) else {
        return Ranged::No;
    };
    let dash = c.kind == Kind::Punct && matches!(c.text(r.src), "-" | "–" | "—");
    let word = if between { "and" } else { "to" };
    let dash_range = dash && !between && !from;
    if !c.is_word(r.src, word) && !dash_range {
        return Ranged::No;
    }
    if a.qualifier.is_some() || a.dimension == Dimension::Temperature && dash {
        return Ranged::No;
    }
    // "10-20" must be spaced evenly: "75 -300mm" is two figures.
    if dash && r.attached(j) != r.attached(j + 1) {
        return Ranged::No;
    }
    let b = match value_at(r, j + 1) {
        Read::Found(b) => b,
        // "5 to 10 degrees": the second figure is not a quantity, nor is the first.
        Read::Skip(next) if !a.has_unit && !from => return Ranged::Suppress(next),
        _ => return Ranged::No,
    };
    if b.qualifier.is_some() {
        return Ranged::No;
    }
    let bare = |v: &Val| !v.has_unit && r.tok(v.first).is_some_and(|t| t.kind == Kind::Num);
    // "7-Eleven", "twenty-1": a dash joins figures written the same way.
    if dash && (a.form != b.form || (a.form == NumberForm::Words && r.attached(j))) {
        return Ranged::No;
    }
    if dash
        && r.attached(j)
        && bare(a)
        && bare(&b)
        && codes::score_or_years(r, a.number, b.number, a.first, j)
    {
        return Ranged::Suppress(b.next);
    }
    // The verb may stand a few words back: "raised Chauvin's unconditional bail from $1m".
    let lo_ctx = a.first.saturating_sub(10).max(floor);
    let change = (lo_ctx..a.first).any(|k| {
        r.word(k)
            .is_some_and(|w| CHANGE.iter().any(|c| c.eq_ignore_ascii_case(w)))
    });
    // "rose from 4.5% to 5.2%", "rose 4.5% to 5.2%": a change; "fell 10 to 15 degrees" and
    // "from 5 to 10 minutes" are ranges.
    if change && (from || (a.has_unit && b.has_unit && !dash)) {
        return Ranged::No;
    }
    // Units: the first figure takes the unit written after the second ("8 to 10 feet").
    let mut a = *a;
    // "between 2 and 3 million": the scale of the second figure covers the first.
    if let Some(s) = trailing_scale(r, &b)
        && !has_scale(r, &a)
        && a.number < b.number / s
    {
        a.number *= s;
        a.number_precision *= s;
        a.value = a.number * a.factor + a.offset;
        a.precision = a.number_precision * a.factor.abs();
    }
    if !a.has_unit && b.has_unit {
        a = a.with_unit_of(&b);
    } else if a.has_unit && !b.has_unit {
        if !dash && !matches!(a.dimension, Dimension::Money | Dimension::Percentage) {
            return Ranged::No;
        }
    } else if a.has_unit && b.has_unit && (a.dimension != b.dimension || a.unit != b.unit) {
        return Ranged::No;
    }
    let b_value = if a.has_unit && !b.has_unit {
        b.number * a.factor + a.offset
    } else {
        b.value
    };
    if b_value <= a.value {
        return Ranged::No;
    }
    a.qualifier = Some(Qualifier::Range);
    a.low = Some(a.value);
    a.high = Some(b_value);
    a.next = b.next;
    a.end = b.end;
    a.exact = false;
    if between || from {
        let t = &r.tokens[a.first - 1];
        a.hedge = Some(Span::new(t.start, t.end));
    } else if let Some((Qualifier::Approx, span)) = hedge::before(r, a.first, floor) {
        // "about 10 to 15 km": the range itself is approximate.
        a.hedge = Some(span);
        a.low = a.low.map(|l| l - 0.1 * l.abs());
        a.high = a.high.map(|h| h + 0.1 * h.abs());
    }
    Ranged::Range(a)
}

/// The scale word at the end of a value's number ("10 million" → 1e6).
fn trailing_scale(r: &Reader, v: &Val) -> Option<f64> {
    (v.first..v.next)
        .filter_map(|k| r.word(k).and_then(numwords::scale))
        .find(|&s| s >= 1000.0)
}

fn has_scale(r: &Reader, v: &Val) -> bool {
    trailing_scale(r, v).is_some()
}

/// "one in five", "1 out of 3", "one over three": a ratio of two bare whole numbers.
pub(crate) fn ratio(r: &Reader, v: &mut Val) {
    if v.has_unit || !v.exact {
        return;
    }
    let j = v.next;
    let k = if r.is_word(j, "out") && r.is_word(j + 1, "of") {
        j + 2
    } else if r.is_word(j, "in") || r.is_word(j, "over") {
        j + 1
    } else {
        return;
    };
    let Some((n, next)) = parse_number(r.src, r.tokens, k) else {
        return;
    };
    if n.value.fract() != 0.0 || n.value <= v.number.abs() || unit_after(r, &n, next).is_some() {
        return;
    }
    let year = r.num_len(k) == 4 && next == k + 1;
    if year || ident::named_after(r, next) {
        return;
    }
    v.value = v.number / n.value;
    v.number = v.value;
    v.precision = 0.0;
    v.exact = false;
    v.next = next;
    v.end = n.end;
}

#[cfg(test)]
mod tests {
    use crate::values::quantity::scan;
    use crate::values::token::tokenize;
    use crate::values::{Qualifier, Value};

    /// The quantities of `text` as (span, canonical value, qualifier).
    fn read(text: &str) -> Vec<(String, f64, Option<Qualifier>)> {
        let toks = tokenize(text);
        scan(text, &toks)
            .into_iter()
            .filter_map(|r| match r.value {
                Value::Quantity(q) => Some((
                    text[r.span.start..r.span.end].to_string(),
                    q.value,
                    q.qualifier,
                )),
                Value::Date(_) => None,
            })
            .collect()
    }

    fn spans(text: &str) -> Vec<String> {
        read(text).into_iter().map(|q| q.0).collect()
    }

    #[test]
    fn compounds_go_down_in_size() {
        assert_eq!(spans("a 2 km 300 m climb"), ["2 km 300 m"]);
        assert_eq!(spans("they ran 300 m, then 2 km"), ["300 m", "2 km"]);
        assert_eq!(
            spans("after 1 hour and 15 minutes"),
            ["1 hour and 15 minutes"]
        );
        assert_eq!(spans("lasting 2 hours 10."), ["2 hours 10"]);
        assert_eq!(spans("for 24 hours 7 days a week"), ["24 hours", "7 days"]);
        assert_eq!(spans("weighing 8 lb 6 oz"), ["8 lb 6 oz"]);
    }

    #[test]
    fn minor_units_and_echoes() {
        let q = read("it cost 3 dollars 50 cents");
        assert_eq!((q[0].0.as_str(), q[0].1), ("3 dollars 50 cents", 3.5));
        let q = read("it costs $4.25 and 32 is the quantity");
        assert_eq!((q[0].0.as_str(), q[0].1), ("$4.25", 4.25));
        assert_eq!(spans("for five (5) years"), ["five (5) years"]);
        assert_eq!(spans("forty-five (45) people"), ["forty-five (45)"]);
    }

    #[test]
    fn ranges_scores_and_ratios() {
        let q = read("between 20 and 25 people");
        assert_eq!(
            (q[0].0.as_str(), q[0].2),
            ("20 and 25", Some(Qualifier::Range))
        );
        // A score or a span of years is not a range, and not two counts.
        assert!(read("they won 3-1").is_empty());
        assert!(read("the 1990-2000 period").is_empty());
        // Descending figures are not a range.
        assert_eq!(spans("from 10 to 5 people"), ["10", "5"]);
        // A change, even when the verb stands a few words back, is two figures.
        assert_eq!(
            spans(
                "The judge raised Chauvin's unconditional bail from $1 million to $1.25 million."
            ),
            ["$1 million", "$1.25 million"]
        );
        assert_eq!(read("from 5 to 10 minutes")[0].2, Some(Qualifier::Range));
        let q = read("one in five adults");
        assert_eq!((q[0].0.as_str(), q[0].1), ("one in five", 0.2));
        assert_eq!(spans("8 in 5"), ["8", "5"]);
    }
}

//! Quantities that start with a word: multiplicatives ("twice", "once a week"), vague
//! plurals ("dozens", "tens of thousands of dollars"), one unit ("an hour", "a dollar"),
//! halves ("half an hour"), "all day", and "percent of 10".

use super::amount::money_val;
use super::attach::unit_after;
use super::fractions;
use super::lexkey::Key;
use super::money;
use super::numbers::{Number, Reader, parse_number};
use super::numwords;
use super::quantity::{Val, is_in};
use super::token::Kind;
use super::units;
use super::{Dimension, NumberForm, Qualifier};

/// Vague plurals and their conventional ranges: (word, low, high).
const VAGUE: [(&str, f64, f64); 8] = [
    ("dozens", 24.0, 99.0),
    ("hundreds", 200.0, 999.0),
    ("thousands", 2000.0, 9999.0),
    ("millions", 2e6, 9_999_999.0),
    ("billions", 2e9, 9_999_999_999.0),
    ("tens", 20.0, 99.0),
    ("scores", 40.0, 99.0),
    ("several", 3.0, 9.0),
];

/// Quantities that start with a word: "twice", "once a week", "dozens of", "tens of
/// thousands", "a few hours", "an hour", "half an hour", "all day", "percent of 10".
pub(crate) fn word_led(r: &Reader, i: usize) -> Option<Val> {
    let w = r.word(i)?;
    let t = &r.tokens[i];
    let one = |value: f64, form: NumberForm, next: usize| {
        let n = Number {
            value,
            precision: 0.5,
            form,
            start: t.start,
            end: r.tokens[next - 1].end,
            exact: true,
        };
        (n, next)
    };
    let mut key = Key::new();
    let lw = key.lower(w);
    match lw {
        "twice" | "thrice" | "once" => {
            if lw == "once" && !once_counts(r, i) {
                return None;
            }
            let value = match lw {
                "twice" => 2.0,
                "thrice" => 3.0,
                _ => 1.0,
            };
            let (n, next) = one(value, NumberForm::Multiplicative, i + 1);
            return Some(Val::new(&n, None, i, next, n.end));
        }
        "percent" | "percents" | "per" => return percent_of(r, i),
        _ => {}
    }
    if let Some(v) = vague(r, i, lw) {
        return Some(v);
    }
    // "an hour", "a kilogram"; not a rate ("$70 a share", "barrels a day").
    if lw == "a" || lw == "an" {
        let rate_before = rate_context(r, i);
        // "a dollar": one of a currency named in words.
        if let Some(cur) = money::after(r, i + 1, false)
            && r.word(i + 1).is_some_and(|w| w.len() > 3)
            && !rate_before
        {
            let (n, _) = one(1.0, NumberForm::Words, i + 1);
            return Some(money_val(
                &n,
                cur.code,
                i,
                cur.next,
                r.tokens[cur.next - 1].end,
            ));
        }
        let m = units::lookup(r.src, r.tokens, i + 1)?;
        let u = m.unit;
        let rate = rate_before;
        let allowed = !u.has(units::NO_ARTICLE | units::ATTACHED | units::CASE | units::END)
            && !matches!(u.dimension, Dimension::Percentage | Dimension::Temperature);
        if rate || !allowed || !r.tok(i + 1)?.space_before {
            return None;
        }
        let (n, _) = one(1.0, NumberForm::Words, i + 1);
        let mut v = Val::new(&n, Some(u), i, m.next, m.end);
        v.exact = false;
        return Some(v);
    }
    // "half an hour", "half-litre", "quarter hour".
    if lw == "half" || lw == "quarter" {
        if fractions::after_number_or(r, i, &fractions::NOT_BEFORE_HALF) {
            return None;
        }
        let mut k = i + 1;
        let hyphen = r.is_punct(k, '-') && r.attached(k);
        if hyphen || r.is_word(k, "a") || r.is_word(k, "an") || r.is_word(k, "of") {
            k += 1;
        }
        let m = units::lookup(r.src, r.tokens, k)?;
        if m.unit.has(units::CASE | units::ATTACHED) && !r.attached(k) {
            return None;
        }
        let value = if lw == "half" { 0.5 } else { 0.25 };
        let (mut n, _) = one(value, NumberForm::Words, i + 1);
        n.precision = value / 2.0;
        n.exact = false;
        return Some(Val::new(&n, Some(m.unit), i, m.next, m.end));
    }
    // "all day", "a full week", "another hour".
    if is_in(&["all", "full", "whole", "another"], lw) {
        let k = if r.is_punct(i + 1, '-') && r.attached(i + 1) {
            i + 2
        } else {
            i + 1
        };
        let m = units::lookup(r.src, r.tokens, k)?;
        let singular = r.word(k).is_some_and(|u| !u.ends_with('s'));
        if m.unit.dimension != Dimension::Duration || !singular || m.next != k + 1 {
            return None;
        }
        let (n, _) = one(1.0, NumberForm::Words, i + 1);
        let mut v = Val::new(&n, Some(m.unit), i, m.next, m.end);
        v.exact = false;
        return Some(v);
    }
    None
}

/// True when "a" at `i` follows an amount or "once"/"times": a rate ("$70 a share",
/// "barrels a day", "twice a week"), not one unit.
fn rate_context(r: &Reader, i: usize) -> bool {
    // "100,000 vehicles a day": an amount just before.
    let counted = (i.saturating_sub(3)..i).any(|k| r.tok(k).is_some_and(|t| t.kind == Kind::Num));
    counted
        || i > 0
            && (r
                .tok(i - 1)
                .is_some_and(|p| p.kind == Kind::Num || p.kind == Kind::Punct)
                || r.word(i - 1).is_some_and(|p| {
                    units::starts_unit(r.src, r.tokens, i - 1)
                        || money::after(r, i - 1, true).is_some()
                        || is_in(&["once", "twice", "times", "per"], p)
                }))
}

/// True when "once" at `i` counts one time ("at least once", "once a week", "once or twice")
/// rather than meaning "formerly" or "as soon as".
fn once_counts(r: &Reader, i: usize) -> bool {
    let prev = i.checked_sub(1).and_then(|p| r.word(p));
    if prev.is_some_and(|p| is_in(&["only", "just", "exactly", "least", "than", "not"], p)) {
        return true;
    }
    let next = r.word(i + 1);
    if next.is_some_and(|n| {
        is_in(
            &[
                "every", "per", "or", "daily", "weekly", "monthly", "annually", "yearly",
            ],
            n,
        )
    }) {
        return true;
    }
    let article = r.is_word(i + 1, "a") || r.is_word(i + 1, "an");
    article
        && units::lookup(r.src, r.tokens, i + 2)
            .is_some_and(|m| m.unit.dimension == Dimension::Duration)
}

/// A vague plural at `i` ("dozens", "tens of thousands", "several", "a few"), with the unit
/// or currency after "of" ("hundreds of miles", "thousands of dollars").
fn vague(r: &Reader, i: usize, lw: &str) -> Option<Val> {
    let t = &r.tokens[i];
    let (mut low, mut high, mut next) =
        if lw == "a" && (r.is_word(i + 1, "few") || r.is_word(i + 1, "handful")) {
            (3.0, 5.0, i + 2)
        } else {
            let &(_, low, high) = VAGUE.iter().find(|(w, _, _)| *w == lw)?;
            (low, high, i + 1)
        };
    // "a few hundred", "several thousand": a vague count of a scale.
    let small = matches!(lw, "a" | "several");
    if let Some(s) = r
        .word(next)
        .filter(|w| small && !w.ends_with(['s', 'S']))
        .and_then(numwords::scale)
    {
        low *= s;
        high *= s;
        next += 1;
    } else if r.is_word(next, "of")
        && let Some(s) = r
            .word(next + 1)
            .filter(|w| w.ends_with(['s', 'S']))
            .and_then(numwords::scale)
            .filter(|&s| s >= 1000.0)
    {
        low *= s;
        high = (high + 1.0) * s - 1.0;
        next += 2;
    } else if lw == "tens" || (lw == "scores" && !r.is_word(next, "of")) {
        return None;
    }
    let n = Number {
        value: low,
        precision: 0.0,
        form: NumberForm::Vague,
        start: t.start,
        end: r.tokens[next - 1].end,
        exact: true,
    };
    let of = usize::from(r.is_word(next, "of"));
    let mut v = if let Some((u, after, end)) = unit_after(r, &n, next + of)
        .filter(|(u, _, _)| of == 1 || u.dimension == Dimension::Duration)
    {
        if u.has(units::MONEY_TOO) {
            money_val(&n, "GBP", i, after, end)
        } else {
            Val::new(&n, Some(u), i, after, end)
        }
    } else if let Some(cur) = (of == 1).then(|| money::after(r, next + 1, true)).flatten() {
        money_val(&n, cur.code, i, cur.next, r.tokens[cur.next - 1].end)
    } else {
        Val::new(&n, None, i, next, n.end)
    };
    let high = v.factor * high + v.offset;
    v.qualifier = Some(Qualifier::Vague);
    v.low = Some(v.value);
    v.high = Some(high);
    v.precision = 0.0;
    Some(v)
}

/// "percent of 10", "per cent of twenty-two": a percentage written before its number.
fn percent_of(r: &Reader, i: usize) -> Option<Val> {
    let m = units::lookup(r.src, r.tokens, i)?;
    if m.unit.dimension != Dimension::Percentage || !r.is_word(m.next, "of") {
        return None;
    }
    let prev = i.checked_sub(1).and_then(|p| r.tok(p));
    if prev.is_some_and(|p| p.kind != Kind::Punct) {
        return None;
    }
    let (n, j) = parse_number(r.src, r.tokens, m.next + 1)?;
    if unit_after(r, &n, j).is_some() || !r.ends_phrase(j) {
        return None;
    }
    let mut v = Val::new(&n, Some(m.unit), i, j, n.end);
    v.start = r.tokens[i].start;
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::token::tokenize;

    fn led(text: &str, at: usize) -> Option<(f64, &'static str, String)> {
        let toks = tokenize(text);
        let r = Reader {
            src: text,
            tokens: &toks,
        };
        word_led(&r, at).map(|v| (v.value, v.unit, text[v.start..v.end].to_string()))
    }

    #[test]
    fn multiplicatives_and_once() {
        assert_eq!(led("twice a year", 0).map(|v| v.0), Some(2.0));
        assert_eq!(led("thrice", 0).map(|v| v.0), Some(3.0));
        assert_eq!(led("at least once", 2).map(|v| v.0), Some(1.0));
        assert_eq!(led("once or twice", 0).map(|v| v.0), Some(1.0));
        assert_eq!(led("once a month", 0).map(|v| v.0), Some(1.0));
        assert_eq!(led("once a deal is done", 0), None);
        assert_eq!(led("he once said", 1), None);
    }

    #[test]
    fn one_unit_after_an_article() {
        assert_eq!(led("an hour", 0), Some((3600.0, "s", "an hour".into())));
        assert_eq!(led("a kilogram", 0).map(|v| v.1), Some("kg"));
        assert_eq!(led("a dollar", 0).map(|v| v.1), Some("USD"));
        // Words that are units only after a number.
        assert_eq!(led("a foot", 0), None);
        assert_eq!(led("a second", 0), None);
        // A rate: "twice a day", "$70 a share".
        assert_eq!(led("twice a day", 1), None);
        assert_eq!(led("half an hour", 0).map(|v| v.0), Some(1800.0));
        assert_eq!(led("the first half hour", 2), None);
        assert_eq!(led("all day", 0).map(|v| v.0), Some(86400.0));
        assert_eq!(led("all days", 0), None);
    }

    #[test]
    fn vague_plurals_and_percent_of() {
        let (v, unit, span) = led("tens of thousands of miles", 0).unwrap_or_default();
        assert_eq!((unit, span.as_str()), ("m", "tens of thousands of miles"));
        assert!((v - 20_000.0 * 1609.344).abs() < 1e-6);
        assert_eq!(led("tens", 0), None);
        assert_eq!(led("scores of people", 0).map(|v| v.0), Some(40.0));
        assert_eq!(led("percent of 10", 0).map(|v| v.0), Some(10.0));
        assert_eq!(led("the percent of 10", 1), None);
    }
}

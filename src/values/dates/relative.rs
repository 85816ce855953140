//! Dates counted from the publication date: "today", "yesterday", "the day after
//! tomorrow", "last week", "next month", "this year", "24 years ago", "two months from now",
//! "a week hence", "in 9 months" (when the sentence looks ahead), "three weeks from
//! tomorrow", "2 weeks before Christmas" — and the times of day absorbed beside a day
//! ("tomorrow morning", "June 25 at 5pm").

use jiff::civil::{Date, Weekday};

use super::calendar::{self, shift, shift_days};
use super::cx::{Cx, Tense};
use super::lexicon::{self, DAY_PARTS, Dir, Unit};
use super::{Hit, anchor_at, months};
use crate::values::DatePrecision;
use crate::values::numbers::parse_number;
use crate::values::token::Kind;

/// The largest count read in "N units ago".
const MAX_COUNT: f64 = 10_000.0;

/// A relative date at token `i`.
pub fn at(cx: &Cx, i: usize) -> Option<Hit> {
    deictic(cx, i)
        .or_else(|| modified_period(cx, i))
        .or_else(|| offset(cx, i))
        .or_else(|| months::at(cx, i))
}

/// "today", "tonight", "tomorrow", "yesterday", "the day before yesterday", "the day after
/// tomorrow", "this morning", "last night".
fn deictic(cx: &Cx, i: usize) -> Option<Hit> {
    let day = |n: i64| shift_days(cx.today, n);
    let (d, end) = match cx.word(i) {
        "today" | "tonight" => (day(0)?, i + 1),
        "tomorrow" | "tomorrows" | "tmrw" => (day(1)?, i + 1),
        "yesterday" => (day(-1)?, i + 1),
        "this" if matches!(cx.word(i + 1), "morning" | "afternoon" | "evening") => (day(0)?, i + 2),
        "last" if cx.is(i + 1, "night") => (day(-1)?, i + 2),
        "the" | "day" => {
            let k = if cx.is(i, "the") { i + 1 } else { i };
            if !cx.is(k, "day") {
                return None;
            }
            match (cx.word(k + 1), cx.word(k + 2)) {
                ("before", "yesterday") => (day(-2)?, k + 3),
                ("after", "tomorrow" | "tmrw") => (day(2)?, k + 3),
                _ => return None,
            }
        }
        _ => return None,
    };
    Some(Hit::day(i, end, d).relative(true))
}

/// "last week", "next month", "this year", "current year", "last yr", "this weekend",
/// "this calendar year". "The previous year" and "the following week" count from a date
/// in the story, not from the publication date, and are left alone.
fn modified_period(cx: &Cx, i: usize) -> Option<Hit> {
    let dir = lexicon::modifier(cx.word(i))?;
    let anaphoric =
        i > 0 && cx.is(i - 1, "the") && matches!(cx.word(i), "previous" | "following" | "prior");
    if anaphoric || matches!(dir, Dir::Past | Dir::Coming) {
        return None;
    }
    let mut k = i + 1;
    if cx.is(k, "calendar") && cx.is(k + 1, "year") {
        k += 1;
    }
    let step = match dir {
        Dir::This => 0,
        Dir::Next => 1,
        _ => -1,
    };
    let (range, precision) = match cx.word(k) {
        "weekend" => {
            let (monday, _) = calendar::week_range(shift(cx.today, Unit::Week, step)?)?;
            (
                (shift_days(monday, 5)?, shift_days(monday, 6)?),
                DatePrecision::Day,
            )
        }
        w => {
            let unit = match w {
                "week" => Unit::Week,
                "month" => Unit::Month,
                "year" | "yr" => Unit::Year,
                _ => return None,
            };
            let precision = match unit {
                Unit::Month => DatePrecision::Month,
                Unit::Year => DatePrecision::Year,
                _ => DatePrecision::Day,
            };
            (
                calendar::period_of(shift(cx.today, unit, step)?, unit)?,
                precision,
            )
        }
    };
    // "last week's", "this year's" are still the period.
    Some(Hit::new(i, k + 1, range, precision).relative(true))
}

/// What is counted: a calendar unit or a weekday ("three fridays from now").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    Unit(Unit),
    Weekday(Weekday),
}

/// A count at `i`: digits, words, "a"/"an", "a few", "a couple of".
pub fn count_at(cx: &Cx, i: usize) -> Option<(i64, usize)> {
    match cx.word(i) {
        "a" | "an" | "one" if cx.is(i + 1, "few") => return Some((3, i + 2)),
        "few" => return Some((3, i + 1)),
        "a" | "couple" => {
            let k = if cx.is(i, "a") { i + 1 } else { i };
            if cx.is(k, "couple") {
                let k = if cx.is(k + 1, "of") { k + 2 } else { k + 1 };
                return Some((2, k));
            }
            if cx.is(i, "a") {
                return Some((1, i + 1));
            }
        }
        "an" => return Some((1, i + 1)),
        _ => {}
    }
    if cx.kind(i) == Some(Kind::Num) && !cx.free_number(i) {
        return None;
    }
    let (n, next) = parse_number(cx.src, cx.toks, i)?;
    let whole = n.value.fract() == 0.0 && (0.0..=MAX_COUNT).contains(&n.value);
    whole.then_some((n.value as i64, next))
}

/// "2 years 1 month 21 days", "1 month and 21 days", "three fridays": the amounts and the
/// next token.
pub fn amounts(cx: &Cx, i: usize) -> Option<(Vec<(i64, Counted)>, usize)> {
    let mut out = Vec::new();
    let mut k = i;
    while let Some((n, next)) = count_at(cx, k) {
        let mut u = next;
        if cx.is(u, "business") || cx.is(u, "working") {
            u += 1;
        }
        let counted = match lexicon::unit(cx.word(u)) {
            Some(Unit::Day) if u > next => Counted::Unit(Unit::BusinessDay),
            Some(unit) => Counted::Unit(unit),
            None => match lexicon::weekday_plural(cx.word(u))
                .or_else(|| lexicon::weekday(cx.word(u)).map(|w| w.0).filter(|_| n == 1))
            {
                Some(w) if out.is_empty() => Counted::Weekday(w),
                _ => break,
            },
        };
        out.push((n, counted));
        k = u + 1;
        if matches!(counted, Counted::Weekday(_)) || out.len() == 4 {
            break;
        }
        let joiner = usize::from(cx.is(k, "and") || cx.punct(k, ','));
        if count_at(cx, k + joiner).is_some_and(|(_, n)| lexicon::unit(cx.word(n)).is_some()) {
            k += joiner;
        } else {
            break;
        }
    }
    (!out.is_empty()).then_some((out, k))
}

/// `base` moved by the amounts, forwards or backwards.
pub fn apply(base: Date, amounts: &[(i64, Counted)], forward: bool) -> Option<Date> {
    let sign = if forward { 1 } else { -1 };
    let mut d = base;
    for &(n, counted) in amounts {
        d = match counted {
            Counted::Unit(unit) => shift(d, unit, sign * n)?,
            Counted::Weekday(w) => {
                let n = i32::try_from(sign * n).ok().filter(|&n| n != 0)?;
                d.nth_weekday(n, w).ok()?
            }
        };
    }
    Some(d)
}

/// "24 years ago", "two weeks from now", "a week hence", "three weeks from tomorrow", "two
/// days before yesterday", "3 days after January 12th", "in 9 months" (looking ahead).
pub fn offset(cx: &Cx, i: usize) -> Option<Hit> {
    if cx.is(i, "in") {
        let (amounts, k) = amounts(cx, i + 1)?;
        let mut end = k;
        // "in a fortnight's time", "in two weeks' time".
        if matches!(cx.low(k), "'" | "’") && cx.is(k + 1, "s") && cx.is(k + 2, "time") {
            end = k + 3;
        } else if matches!(cx.low(k), "'" | "’") && cx.is(k + 1, "time") {
            end = k + 2;
        } else if cx.is(k, "time") {
            end = k + 1;
        }
        if cx.is(end, "from") || cx.is(end, "ago") || cx.is(end, "after") {
            return None;
        }
        // "in two weeks' time" always looks ahead; "in two weeks" only in a sentence that
        // does ("the highest in 24 years" is a span, not a date).
        if end == k && cx.tense(i, end) != Tense::Future {
            return None;
        }
        let d = apply(cx.today, &amounts, true)?;
        return Some(Hit::day(i, end, d).relative(true));
    }
    let (amounts, k) = amounts(cx, i)?;
    let day = |n: i64| shift_days(cx.today, n);
    let (base, forward, end, relative) = match (cx.word(k), cx.word(k + 1)) {
        ("ago", _) => (cx.today, false, k + 1, true),
        ("hence", _) | ("from", "now") => {
            (cx.today, true, k + 1 + usize::from(cx.is(k, "from")), true)
        }
        ("from" | "after", "today") => (cx.today, true, k + 2, true),
        ("from" | "after", "tomorrow" | "tmrw") => (day(1)?, true, k + 2, true),
        ("from" | "after", "yesterday") => (day(-1)?, true, k + 2, true),
        ("before", "yesterday") => (day(-1)?, false, k + 2, true),
        ("before", "today") => (cx.today, false, k + 2, true),
        ("before", "tomorrow") => (day(1)?, false, k + 2, true),
        ("from" | "after" | "before", _) => {
            let anchor = anchor_at(cx, k + 1)?;
            if anchor.precision != DatePrecision::Day {
                return None;
            }
            (
                anchor.range.0,
                !cx.is(k, "before"),
                anchor.end,
                anchor.relative,
            )
        }
        _ => return None,
    };
    let d = apply(base, &amounts, forward)?;
    // "24 years ago" names a year, not a day; "three months ago" a month.
    if base == cx.today {
        let finest = amounts
            .iter()
            .map(|(_, c)| *c)
            .min_by_key(|c| fineness(*c))?;
        let coarse = match finest {
            Counted::Unit(Unit::Year | Unit::Decade) => {
                calendar::year_range(i64::from(d.year())).map(|r| (r, DatePrecision::Year))
            }
            Counted::Unit(Unit::Month) => {
                calendar::month_range(i64::from(d.year()), i64::from(d.month()))
                    .map(|r| (r, DatePrecision::Month))
            }
            _ => None,
        };
        if let Some((range, precision)) = coarse {
            return Some(Hit::new(i, end, range, precision).relative(relative));
        }
    }
    Some(Hit::day(i, end, d).relative(relative))
}

/// How fine a counted unit is: days before weeks before months before years.
fn fineness(c: Counted) -> u8 {
    match c {
        Counted::Unit(Unit::Day | Unit::BusinessDay) | Counted::Weekday(_) => 0,
        Counted::Unit(Unit::Week | Unit::Fortnight) => 1,
        Counted::Unit(Unit::Month) => 2,
        Counted::Unit(Unit::Year) => 3,
        Counted::Unit(Unit::Decade) => 4,
    }
}

/// The token after a time of day written beside a day ("at 5pm", "morning", "at 10:30
/// a.m."), or `end` when there is none. Only days take a time.
pub fn absorb_time(cx: &Cx, end: usize, precision: DatePrecision) -> usize {
    if precision != DatePrecision::Day {
        return end;
    }
    let k = if cx.punct(end, ',') { end + 1 } else { end };
    if lexicon::contains(DAY_PARTS, cx.word(k)) {
        return k + 1;
    }
    if cx.is(k, "in") && cx.is(k + 1, "the") && lexicon::contains(DAY_PARTS, cx.word(k + 2)) {
        return k + 3;
    }
    let t = if cx.is(k, "at") { k + 1 } else { k };
    if t > k && matches!(cx.word(t), "night" | "noon" | "midnight" | "dawn" | "dusk") {
        return t + 1;
    }
    time_of_day(cx, t).unwrap_or(end)
}

/// A clock time at `i` with minutes or am/pm: "5pm", "5 p.m.", "10:30", "10:30 am".
fn time_of_day(cx: &Cx, i: usize) -> Option<usize> {
    let h = cx.num(i).filter(|&h| h <= 24 && cx.digits(i) <= 2)?;
    let _ = h;
    let mut k = i + 1;
    let mut minutes = false;
    if cx.punct(k, ':') && cx.attached(k) && cx.digits(k + 1) == 2 && cx.attached(k + 1) {
        k += 2;
        minutes = true;
    }
    let meridiem = match cx.word(k) {
        "am" | "pm" => Some(k + 1),
        "a" | "p" if cx.punct(k + 1, '.') && cx.is(k + 2, "m") => {
            Some(if cx.punct(k + 3, '.') { k + 4 } else { k + 3 })
        }
        _ => None,
    };
    match meridiem {
        Some(next) => Some(next),
        None if minutes => Some(k),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::Context;
    use crate::values::token::tokenize;
    use jiff::civil::date;

    fn first(text: &str, reference: Date) -> Option<(String, Date, DatePrecision)> {
        let toks = tokenize(text);
        let ctx = Context {
            reference: Some(reference),
        };
        let cx = Cx::new(text, &toks, &ctx);
        (0..toks.len()).find_map(|i| {
            at(&cx, i).map(|h| {
                let end = absorb_time(&cx, h.end, h.precision);
                let (s, e) = (toks[h.start].start, toks[end - 1].end);
                (text[s..e].to_string(), h.range.0, h.precision)
            })
        })
    }

    const REF: Date = date(2016, 11, 7);

    #[test]
    fn deictic_days() {
        assert_eq!(
            first("He left yesterday.", REF).unwrap().1,
            date(2016, 11, 6)
        );
        assert_eq!(
            first("back the day after tomorrow", REF).unwrap(),
            (
                "the day after tomorrow".into(),
                date(2016, 11, 9),
                DatePrecision::Day
            )
        );
        assert_eq!(
            first("we meet tomorrow morning", REF).unwrap().0,
            "tomorrow morning"
        );
        assert_eq!(
            first("It rained last night", REF).unwrap().1,
            date(2016, 11, 6)
        );
    }

    #[test]
    fn periods_with_modifiers() {
        let r = first("Prices fell last month", REF).unwrap();
        assert_eq!((r.1, r.2), (date(2016, 10, 1), DatePrecision::Month));
        assert_eq!(first("next year", REF).unwrap().1, date(2017, 1, 1));
        assert_eq!(first("this week", REF).unwrap().1, date(2016, 11, 7));
        assert_eq!(first("in the previous year", REF), None);
    }

    #[test]
    fn offsets() {
        // Years ago name a year: all of 1992, from its first day.
        assert_eq!(
            first("It closed 24 years ago", REF).unwrap().1,
            date(1992, 1, 1)
        );
        assert_eq!(
            first("two weeks from now", REF).unwrap().1,
            date(2016, 11, 21)
        );
        assert_eq!(first("a few days ago", REF).unwrap().1, date(2016, 11, 4));
        assert_eq!(
            first("1 month and 21 days ago", date(2017, 11, 23))
                .unwrap()
                .1,
            date(2017, 10, 2)
        );
        assert_eq!(
            first("three weeks from tomorrow", date(2018, 5, 31))
                .unwrap()
                .1,
            date(2018, 6, 22)
        );
        assert_eq!(
            first("3 fridays from now", date(2013, 2, 12)).unwrap().1,
            date(2013, 3, 1)
        );
        assert_eq!(
            first("2 thursdays ago", date(2013, 2, 12)).unwrap().1,
            date(2013, 1, 31)
        );
        assert_eq!(
            first("It happened 2 weeks before May 13 1999.", REF)
                .unwrap()
                .1,
            date(1999, 4, 29)
        );
        assert_eq!(
            first("in four business days we will know", date(2018, 8, 21))
                .unwrap()
                .1,
            date(2018, 8, 27)
        );
    }

    #[test]
    fn in_n_units_needs_a_future_cue() {
        assert_eq!(
            first("I will leave in two months", date(2018, 7, 5))
                .unwrap()
                .1,
            date(2018, 9, 5)
        );
        assert_eq!(first("the highest level in 24 years", REF), None);
        assert_eq!(first("It rose 5% in two weeks.", REF), None);
        assert_eq!(
            first("in a fortnight’s time", REF).unwrap().1,
            date(2016, 11, 21)
        );
    }

    #[test]
    fn times_beside_days() {
        assert_eq!(
            first("due tomorrow at 5 p.m. sharp", REF).unwrap().0,
            "tomorrow at 5 p.m."
        );
        assert_eq!(
            first("tomorrow at 10:30, then", REF).unwrap().0,
            "tomorrow at 10:30"
        );
        assert_eq!(first("tomorrow at 10 people", REF).unwrap().0, "tomorrow");
    }
}

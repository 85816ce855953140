//! Days and months picked by position inside a period: "the first Monday of next month",
//! "last Friday of October", "the 20th of next month", "the last day of October 2015",
//! "the fifth last day of May", "the third month of 2021", "the third Tuesday after
//! Christmas 2014". A lone ordinal ("the 21st", "second") is never a date.

use jiff::civil::Date;

use super::absolute::{self, month_at};
use super::calendar::{self, month_range, nth_weekday_of_month};
use super::cx::Cx;
use super::lexicon::{self, NameKind};
use super::parts::year_expr;
use super::years::year_at;
use super::{Hit, anchor_at};
use crate::values::DatePrecision;
use crate::values::numbers::ordinal;

/// A position inside a period at token `i`.
pub fn at(cx: &Cx, i: usize) -> Option<Hit> {
    let s = if cx.is(i, "the") { i + 1 } else { i };
    if let Some(hit) = day_of(cx, s) {
        return Some(hit);
    }
    let (n, next) = position(cx, s)?;
    weekday_of(cx, s, n, next)
        .or_else(|| last_day_of(cx, s, n, next))
        .or_else(|| month_of(cx, s, n, next))
}

/// An ordinal at `s` ("first", "3rd", "twenty-first"), "last" (-1), or "fifth last" (-5).
fn position(cx: &Cx, s: usize) -> Option<(i64, usize)> {
    if cx.is(s, "last") {
        return Some((-1, s + 1));
    }
    let (n, next) = ordinal(cx.src, cx.toks, s)?;
    if cx.is(next, "last") && cx.is(next + 1, "day") {
        return Some((-i64::from(n), next + 1));
    }
    Some((i64::from(n), next))
}

/// A month at `k`: "this/next/last month", "[the] current/previous/following month", or a
/// month name with or without a year (placed by the tense around the expression from `s`).
/// Returns year, month, next token and relativity.
fn month_expr(cx: &Cx, s: usize, k: usize) -> Option<(i64, i64, usize, bool)> {
    let the = usize::from(cx.is(k, "the"));
    if cx.is(k + the + 1, "month") {
        let step = match cx.word(k + the) {
            "this" | "current" => 0,
            "next" | "following" => 1,
            "last" | "previous" => -1,
            _ => return None,
        };
        let d = calendar::shift(cx.today.first_of_month(), lexicon::Unit::Month, step)?;
        return Some((d.year().into(), d.month().into(), k + the + 2, true));
    }
    if the == 1 {
        return None;
    }
    let (m, kind, next) = month_at(cx, k)?;
    let comma = usize::from(cx.punct(next, ','));
    if let Some((y, end)) = year_at(cx, next + comma, false) {
        return Some((y, m.into(), end, false));
    }
    if kind == NameKind::Abbrev {
        return None;
    }
    let (start, _) = absolute::month_alone(cx, m, s, next)?;
    Some((start.year().into(), m.into(), next, true))
}

fn day_hit(start: usize, end: usize, d: Date, relative: bool) -> Hit {
    Hit::day(start, end, d).relative(relative)
}

/// "the first Monday of next month", "last Friday in October", "third Tuesday of
/// September 2014", "the third Tuesday after Christmas 2014".
fn weekday_of(cx: &Cx, s: usize, n: i64, next: usize) -> Option<Hit> {
    let (w, NameKind::Full) = lexicon::weekday(cx.word(next))? else {
        return None;
    };
    let k = next + 1;
    match cx.word(k) {
        "of" | "in" => {
            let (y, m, end, rel) = month_expr(cx, s, k + 1)?;
            let d = nth_weekday_of_month(y, m, n, w)?;
            Some(day_hit(s, end, d, rel))
        }
        "after" | "before" if n > 0 => {
            let anchor = anchor_at(cx, k + 1)?;
            let step = if cx.is(k, "after") { n } else { -n };
            let d = anchor
                .range
                .0
                .nth_weekday(i32::try_from(step).ok()?, w)
                .ok()?;
            Some(day_hit(s, anchor.end, d, anchor.relative))
        }
        _ => None,
    }
}

/// "the last day of October 2015", "last day in october", "the 5th last day of May".
fn last_day_of(cx: &Cx, s: usize, n: i64, next: usize) -> Option<Hit> {
    if n >= 0 || !cx.is(next, "day") || !matches!(cx.word(next + 1), "of" | "in") {
        return None;
    }
    let (y, m, end, rel) = month_expr(cx, s, next + 2)?;
    let last = month_range(y, m)?.1;
    let d = calendar::shift_days(last, n + 1)?;
    (d.month() == last.month()).then(|| day_hit(s, end, d, rel))
}

/// "the 20th of next month", "20 of this month", "the 20th day of the previous month",
/// "around the 21st this month". Month names are left to the absolute dates.
fn day_of(cx: &Cx, s: usize) -> Option<Hit> {
    let dn = absolute::day_number(cx, s)?;
    let mut k = dn.next;
    if cx.is(k, "day") {
        k += 1;
    }
    if cx.is(k, "of") {
        k += 1;
    } else if !(cx.is(k + 1, "month") && matches!(cx.word(k), "this" | "next" | "last")) {
        return None;
    }
    let the = usize::from(cx.is(k, "the"));
    if !cx.is(k + the + 1, "month") {
        return None;
    }
    let (y, m, end, rel) = month_expr(cx, s, k)?;
    let d = calendar::ymd(y, m, dn.day)?;
    Some(day_hit(s, end, d, rel))
}

/// "the third month of 2021", "the 9th month of next year".
fn month_of(cx: &Cx, s: usize, n: i64, next: usize) -> Option<Hit> {
    if !(1..=12).contains(&n) || !cx.is(next, "month") || !cx.is(next + 1, "of") {
        return None;
    }
    let (y, end, rel) = year_expr(cx, next + 2)?;
    let range = month_range(y, n)?;
    Some(Hit::new(s, end, range, DatePrecision::Month).relative(rel))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::Context;
    use crate::values::token::tokenize;
    use jiff::civil::date;

    fn day(text: &str) -> Option<Date> {
        let toks = tokenize(text);
        let ctx = Context {
            reference: Some(date(2013, 2, 12)),
        };
        let cx = Cx::new(text, &toks, &ctx);
        (0..toks.len()).find_map(|i| at(&cx, i).map(|h| h.range.0))
    }

    #[test]
    fn weekdays_by_position() {
        assert_eq!(
            day("the first Monday of this month"),
            Some(date(2013, 2, 4))
        );
        assert_eq!(day("first tuesday of last month"), Some(date(2013, 1, 1)));
        assert_eq!(day("last Monday of March"), Some(date(2013, 3, 25)));
        assert_eq!(day("last Sunday of March 2014"), Some(date(2014, 3, 30)));
        assert_eq!(
            day("third tuesday of september 2014"),
            Some(date(2014, 9, 16))
        );
        assert_eq!(
            day("the first friday in this month"),
            Some(date(2013, 2, 1))
        );
    }

    #[test]
    fn days_and_months_by_position() {
        assert_eq!(day("the 20th of next month"), Some(date(2013, 3, 20)));
        assert_eq!(day("20 of this month"), Some(date(2013, 2, 20)));
        assert_eq!(
            day("20th day of the previous month"),
            Some(date(2013, 1, 20))
        );
        assert_eq!(day("around the 21st this month"), Some(date(2013, 2, 21)));
        assert_eq!(day("last day of october 2015"), Some(date(2015, 10, 31)));
        assert_eq!(day("the 5th last day of May"), Some(date(2013, 5, 27)));
        assert_eq!(day("the third month of 2021"), Some(date(2021, 3, 1)));
        assert_eq!(day("The 9th month of next year"), Some(date(2014, 9, 1)));
    }

    #[test]
    fn lone_ordinals_are_not_dates() {
        assert_eq!(day("set something up the 21st"), None);
        assert_eq!(day("a second round"), None);
        assert_eq!(day("the 31st of this month"), None);
    }
}

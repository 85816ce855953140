//! Weekdays: "on Monday", "Sunday night", "last Sunday", "next Tuesday", "this past
//! Wednesday", "Tuesday of next week", "next week Wednesday", "Friday after next", and a
//! weekday written before a date ("Tuesday, June 25, 2024", "Thursday the 21st").
//!
//! Following Recognizers-Text and Duckling, "next Friday" is the Friday of next week and
//! "last Friday" that of the previous week; "this past"/"coming" mean the nearest one.
//! A bare weekday follows news convention: in a past-tense sentence the latest such day on
//! or before the publication date, in a future one the next on or after it.

use jiff::civil::{Date, Weekday};

use super::cx::{Cx, Tense};
use super::lexicon::{self, NameKind, WEEKDAY_EPITHETS};
use super::{Hit, absolute, calendar, numeric, relative};
use crate::values::DatePrecision;
use crate::values::numbers::{ordinal, small_cardinal};
use crate::values::token::Kind;

/// Which occurrence of a weekday is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pick {
    /// In the Monday-to-Sunday week shifted by this many weeks.
    Week(i64),
    /// The nearest one strictly after the publication date.
    Coming,
    /// The nearest one strictly before it.
    Past,
    /// By the tense of the sentence.
    Tense,
}

/// The modifier before a weekday ("this past", "next", …) and the token after it.
fn pick_at(cx: &Cx, i: usize) -> (Pick, usize) {
    match (cx.word(i), cx.word(i + 1)) {
        ("this", "past") => (Pick::Past, i + 2),
        ("this", "coming" | "upcoming") => (Pick::Coming, i + 2),
        ("this", _) => (Pick::Week(0), i + 1),
        ("next" | "following", _) => (Pick::Week(1), i + 1),
        ("last" | "previous", _) => (Pick::Week(-1), i + 1),
        ("past", _) => (Pick::Past, i + 1),
        ("coming" | "upcoming", _) => (Pick::Coming, i + 1),
        _ => (Pick::Tense, i),
    }
}

/// "[the] this/next/last/following/previous week" at `k`: the week shift and next token.
fn week_at(cx: &Cx, k: usize) -> Option<(i64, usize)> {
    let k = if cx.is(k, "the") { k + 1 } else { k };
    if !cx.is(k + 1, "week") {
        return None;
    }
    let shift = match cx.word(k) {
        "this" | "current" => 0,
        "next" | "following" => 1,
        "last" | "previous" => -1,
        _ => return None,
    };
    Some((shift, k + 2))
}

/// The day `pick` names for `weekday`, seen from `today`.
fn resolve(today: Date, weekday: Weekday, pick: Pick, tense: Tense) -> Option<Date> {
    match pick {
        Pick::Week(n) => {
            let (monday, _) = calendar::week_range(today)?;
            let offset = i64::from(weekday.to_monday_zero_offset());
            calendar::shift_days(monday, 7 * n + offset)
        }
        Pick::Coming => today.nth_weekday(1, weekday).ok(),
        Pick::Past => today.nth_weekday(-1, weekday).ok(),
        Pick::Tense if today.weekday() == weekday => Some(today),
        Pick::Tense if tense == Tense::Future => today.nth_weekday(1, weekday).ok(),
        Pick::Tense => today.nth_weekday(-1, weekday).ok(),
    }
}

/// A weekday used as a date at token `i`.
pub fn at(cx: &Cx, i: usize) -> Option<Hit> {
    // "next week Wednesday", "previous week - Monday", "next week on Friday",
    // "last week's sunday".
    if let Some((shift, mut k)) = week_at(cx, i) {
        if cx.punct(k, '-') || cx.is(k, "on") {
            k += 1;
        } else if matches!(cx.low(k), "'" | "’") && cx.is(k + 1, "s") {
            k += 2;
        }
        let (w, NameKind::Full) = lexicon::weekday(cx.word(k))? else {
            return None;
        };
        let d = resolve(cx.today, w, Pick::Week(shift), Tense::Unknown)?;
        let mut hit = Hit::day(i, k + 1, d).relative(true);
        hit.weekday = Some(w);
        return Some(hit);
    }
    let (mut pick, j) = pick_at(cx, i);
    let (w, NameKind::Full) = lexicon::weekday(cx.word(j))? else {
        return None;
    };
    // "Bloody Sunday", "Super Tuesday": a name, not a date; "second Sunday", "two
    // Mondays later": a count of weekdays.
    if pick == Pick::Tense && j > 0 {
        let epithet = cx.capitalized(j - 1) && lexicon::contains(WEEKDAY_EPITHETS, cx.word(j - 1));
        // "on a Sunday", "every Friday": any such day, not one date.
        let generic = matches!(
            cx.word(j - 1),
            "a" | "an" | "every" | "each" | "any" | "one"
        );
        let counted = generic
            || cx.kind(j - 1) == Some(Kind::Num)
            || ordinal(cx.src, cx.toks, j - 1).is_some()
            || small_cardinal(cx.word(j - 1)).is_some();
        if epithet || counted {
            return None;
        }
    }
    let mut end = j + 1;
    if pick == Pick::Tense {
        // "Tuesday of next week", "sunday from last week", "Tuesday next week",
        // "Friday after next".
        let of = usize::from(cx.is(end, "of") || cx.is(end, "from"));
        if let Some((shift, next)) = week_at(cx, end + of) {
            pick = Pick::Week(shift);
            end = next;
        } else if cx.is(end, "after") && cx.is(end + 1, "next") {
            pick = Pick::Week(1);
            end += 2;
        }
    }
    let tense = cx.tense(i, end);
    let d = resolve(cx.today, w, pick, tense)?;
    let mut hit = Hit::day(i, end, d).relative(true);
    hit.weekday = Some(w);
    Some(hit)
}

/// A weekday written before a date at token `i`: "Tuesday, June 25, 2024", "Sat. Sep 30th,
/// 2023", "Friday 2018-7-6", "this friday (jun-15)", "Thursday the 21st", "Monday 21".
/// The date decides; the weekday is kept as written.
pub fn with_date(cx: &Cx, i: usize) -> Option<Hit> {
    let j = match lexicon::modifier(cx.word(i)) {
        Some(_) => i + 1,
        None => i,
    };
    let (w, kind) = lexicon::weekday(cx.word(j))?;
    let mut k = j + 1;
    if cx.punct(k, '.') && cx.attached(k) {
        k += 1;
    }
    let mut paren = false;
    if cx.punct(k, ',') || (cx.punct(k, '-') && cx.attached(k)) {
        k += 1;
    } else if cx.punct(k, '(') {
        paren = true;
        k += 1;
    }
    let full = kind == NameKind::Full;
    let dated = absolute::at(cx, k)
        .or_else(|| numeric::at(cx, k))
        .or_else(|| numeric::month_day_at(cx, k).filter(|_| full));
    let mut hit = match dated {
        Some(mut hit) if hit.relative && hit.precision == DatePrecision::Day => {
            // A month and day without a year: place it by the tense around the whole
            // expression, not around the day alone ("next" is not a cue here).
            let d = hit.range.0;
            let (placed, _) = absolute::month_day(cx, d.month(), d.day().into(), i, hit.end)?;
            hit.range = (placed, placed);
            hit
        }
        Some(hit) => hit,
        None => day_of_month(cx, k, w).filter(|_| full)?,
    };
    if hit.precision != DatePrecision::Day {
        return None;
    }
    if hit.relative && hit.range.0.weekday() != w {
        // "Friday, June 15" with no year: the year in which June 15 is a Friday, if near.
        let agreeing = [-1, 1].into_iter().find_map(|n| {
            let d = calendar::shift(hit.range.0, lexicon::Unit::Year, n)?;
            (d.weekday() == w && d.day() == hit.range.0.day()).then_some(d)
        });
        if let Some(d) = agreeing {
            hit.range = (d, d);
        }
    }
    let mut end = hit.end;
    if paren && cx.punct(end, ')') {
        end += 1;
    }
    Some(Hit {
        start: i,
        end,
        weekday: Some(w),
        ..hit
    })
}

/// A weekday in the week of a counted date: "Monday two weeks from now", "Thursday, two
/// years from now", "in 3 days on Friday", "3 weeks after Christmas on Friday". Weeks run
/// Sunday to Saturday here, as in the US usage these phrasings come from.
pub fn with_offset(cx: &Cx, i: usize) -> Option<Hit> {
    let in_week = |d: Date, w: Weekday| {
        let back = i64::from(d.weekday().to_sunday_zero_offset());
        calendar::shift_days(d, i64::from(w.to_sunday_zero_offset()) - back)
    };
    if let Some((w, NameKind::Full)) = lexicon::weekday(cx.word(i)) {
        let k = if cx.punct(i + 1, ',') { i + 2 } else { i + 1 };
        let offset = relative::offset(cx, k)?;
        let d = in_week(offset.range.0, w)?;
        return Some(Hit {
            start: i,
            range: (d, d),
            ..offset
        });
    }
    let offset = relative::offset(cx, i)?;
    let k = offset.end;
    if !cx.is(k, "on") {
        return None;
    }
    let (w, NameKind::Full) = lexicon::weekday(cx.word(k + 1))? else {
        return None;
    };
    let d = in_week(offset.range.0, w)?;
    Some(Hit {
        end: k + 2,
        range: (d, d),
        ..offset
    })
}

/// "the 21st", "21", "the eleventh" after a weekday: the day with that number and weekday
/// nearest the publication date (within half a year).
fn day_of_month(cx: &Cx, k: usize, w: Weekday) -> Option<Hit> {
    let the = cx.is(k, "the");
    let s = if the { k + 1 } else { k };
    let dn = absolute::day_number(cx, s)?;
    if !dn.words && !cx.free_number(s) {
        return None;
    }
    if !the && dn.words {
        return None;
    }
    let next = dn.next;
    if absolute::month_at(cx, next).is_some()
        || cx.count_follows(next)
        || cx.punct(next, ':')
        || cx.free_number(next)
    {
        return None;
    }
    let today = cx.today;
    let mut best: Option<(i64, Date)> = None;
    for offset in -6..=6 {
        let Some(month) = calendar::shift(today.first_of_month(), lexicon::Unit::Month, offset)
        else {
            continue;
        };
        let Some(d) = calendar::ymd(month.year().into(), month.month().into(), dn.day) else {
            continue;
        };
        if d.weekday() != w {
            continue;
        }
        let Ok(span) = d.since(today) else { continue };
        let distance = i64::from(span.get_days()).abs();
        if best.is_none_or(|(b, _)| distance < b) {
            best = Some((distance, d));
        }
    }
    let (_, d) = best?;
    Some(Hit::day(k, next, d).relative(true))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::Context;
    use crate::values::token::tokenize;
    use jiff::civil::date;

    fn first(text: &str, reference: Date) -> Option<(String, Date, Option<Weekday>)> {
        let toks = tokenize(text);
        let ctx = Context {
            reference: Some(reference),
        };
        let cx = Cx::new(text, &toks, &ctx);
        (0..toks.len()).find_map(|i| {
            with_date(&cx, i).or_else(|| at(&cx, i)).map(|h| {
                let (s, e) = (toks[h.start].start, toks[h.end - 1].end);
                (text[s..e].to_string(), h.range.0, h.weekday)
            })
        })
    }

    fn day(text: &str, reference: Date) -> Option<Date> {
        first(text, reference).map(|f| f.1)
    }

    #[test]
    fn bare_weekdays_follow_the_tense() {
        // Thursday 2019-01-31.
        let r = date(2019, 1, 31);
        assert_eq!(
            day("The minister resigned on Monday.", r),
            Some(date(2019, 1, 28))
        );
        assert_eq!(
            day("The minister will resign on Monday.", r),
            Some(date(2019, 2, 4))
        );
        // Future in the past: what was said would happen has not happened yet.
        assert_eq!(
            day("The mayor said the town would hold a vigil on Friday.", r),
            Some(date(2019, 2, 1))
        );
        assert_eq!(day("Talks on Thursday", r), Some(r));
        assert_eq!(day("Bloody Sunday was in 1972", r), None);
        assert_eq!(day("They meet on Mondays", r), None);
        assert_eq!(day("Sun readers", r), None);
        assert_eq!(day("on the second Sunday", r), None);
        assert_eq!(day("two Mondays later", r), None);
    }

    #[test]
    fn modifiers_pick_the_week() {
        let r = date(2019, 1, 31);
        assert_eq!(day("last Wednesday", r), Some(date(2019, 1, 23)));
        assert_eq!(day("this past Wednesday", r), Some(date(2019, 1, 30)));
        assert_eq!(day("next Friday", r), Some(date(2019, 2, 8)));
        assert_eq!(day("this upcoming Friday", r), Some(date(2019, 2, 1)));
        assert_eq!(day("coming Thursday", r), Some(date(2019, 2, 7)));
        let r = date(2013, 2, 12);
        assert_eq!(day("wednesday of next week", r), Some(date(2013, 2, 20)));
        assert_eq!(day("friday after next", r), Some(date(2013, 2, 22)));
        assert_eq!(day("last week's sunday", r), Some(date(2013, 2, 10)));
        assert_eq!(day("monday of this week", r), Some(date(2013, 2, 11)));
    }

    #[test]
    fn weekday_in_the_week_of_a_counted_date() {
        let got = |t: &str, r: Date| {
            let toks = tokenize(t);
            let ctx = Context { reference: Some(r) };
            let cx = Cx::new(t, &toks, &ctx);
            (0..toks.len()).find_map(|i| with_offset(&cx, i).map(|h| h.range.0))
        };
        assert_eq!(
            got("back Monday two weeks from now", date(2016, 11, 9)),
            Some(date(2016, 11, 21))
        );
        assert_eq!(
            got("he will be back in 3 days on Friday", date(2016, 11, 9)),
            Some(date(2016, 11, 11))
        );
        assert_eq!(got("on Monday he left", date(2016, 11, 9)), None);
    }

    #[test]
    fn weekday_before_a_date_is_kept() {
        let r = date(2024, 6, 20);
        let got = first("Tuesday, June 26, 2024", r).unwrap();
        assert_eq!(got.1, date(2024, 6, 26));
        assert_eq!(got.2, Some(Weekday::Tuesday));
        assert_eq!(
            first("Sat. Sep 30th, 2023", r).unwrap().0,
            "Sat. Sep 30th, 2023"
        );
        assert_eq!(
            day("I went back Thursday the 21st", date(2017, 9, 27)),
            Some(date(2017, 9, 21))
        );
        assert_eq!(
            day("any arrangement on Monday 21!", date(2019, 1, 21)),
            Some(date(2019, 1, 21))
        );
        assert_eq!(
            first("this friday (jun-15) with Jim", date(2018, 6, 20))
                .unwrap()
                .0,
            "this friday (jun-15)"
        );
    }
}

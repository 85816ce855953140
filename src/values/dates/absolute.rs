//! Dates spelled with a month name: "June 25, 2024", "25 June 2024", "Sep 30th, 2023",
//! "the 4th of July", "April 2019", "January twenty five nineteen eighty six", and a month
//! and day without a year ("July 4"), which takes its year from the publication date.

use jiff::civil::Date;

use super::calendar::{month_range, ymd};
use super::cx::{Cx, Tense};
use super::lexicon::{self, NameKind};
use super::years::year_at;
use super::{Hit, calendar};
use crate::values::DatePrecision;
use crate::values::numbers::{ordinal, small_cardinal};
use crate::values::token::Kind;

/// Days around the publication date within which a month and day keep its year.
const NEAR_DAYS: i32 = 7;

/// A day of the month as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayNum {
    /// 1 to 31.
    pub day: i64,
    /// The token after it.
    pub next: usize,
    /// "4th", "fourth": an ordinal.
    pub ordinal: bool,
    /// Written in words ("fourth", "twenty five").
    pub words: bool,
}

/// Month-first or day-first date, or month and year, starting at token `i`.
pub fn at(cx: &Cx, i: usize) -> Option<Hit> {
    month_first(cx, i)
        .or_else(|| day_first(cx, i))
        .or_else(|| year_month(cx, i))
}

/// The day of the month at token `i`: "25", "4th", "04th", "fourth", "twenty-first",
/// "thirty first", "twenty five".
pub fn day_number(cx: &Cx, i: usize) -> Option<DayNum> {
    let valid = |d: i64| (1..=31).contains(&d);
    match cx.kind(i)? {
        Kind::Num => {
            if cx.digits(i) > 2 {
                return None;
            }
            let value = cx.num(i)?;
            if let Some((n, next)) = ordinal(cx.src, cx.toks, i) {
                return valid(i64::from(n)).then_some(DayNum {
                    day: i64::from(n),
                    next,
                    ordinal: true,
                    words: false,
                });
            }
            // A letter glued after the digits ("4a") is not a day, unless it is a month.
            if cx.attached(i + 1)
                && cx.kind(i + 1) == Some(Kind::Word)
                && lexicon::month(cx.word(i + 1)).is_none()
            {
                return None;
            }
            valid(value).then_some(DayNum {
                day: value,
                next: i + 1,
                ordinal: false,
                words: false,
            })
        }
        Kind::Word => {
            if let Some((n, next)) = ordinal(cx.src, cx.toks, i) {
                return valid(i64::from(n)).then_some(DayNum {
                    day: i64::from(n),
                    next,
                    ordinal: true,
                    words: true,
                });
            }
            let first = small_cardinal(cx.word(i))? as i64;
            if first >= 20 {
                // "thirty first", "twenty-two", "twenty five".
                let k = if cx.punct(i + 1, '-') && cx.attached(i + 1) {
                    i + 2
                } else {
                    i + 1
                };
                if let Some((u, next)) = ordinal(cx.src, cx.toks, k).filter(|(u, _)| *u < 10) {
                    let day = first + i64::from(u);
                    return valid(day).then_some(DayNum {
                        day,
                        next,
                        ordinal: true,
                        words: true,
                    });
                }
                if let Some(u) = small_cardinal(cx.word(k)).filter(|u| (1..10).contains(u)) {
                    let day = first + u as i64;
                    return valid(day).then_some(DayNum {
                        day,
                        next: k + 1,
                        ordinal: false,
                        words: true,
                    });
                }
            }
            valid(first).then_some(DayNum {
                day: first,
                next: i + 1,
                ordinal: false,
                words: true,
            })
        }
        Kind::Punct => None,
    }
}

/// The month named at token `i`, with its kind and the token after it (and after an
/// abbreviation's period).
pub fn month_at(cx: &Cx, i: usize) -> Option<(i8, NameKind, usize)> {
    let (m, kind) = lexicon::month(cx.word(i))?;
    let mut next = i + 1;
    if kind == NameKind::Abbrev && cx.punct(next, '.') && cx.attached(next) {
        next += 1;
    }
    Some((m, kind, next))
}

/// True when the words before token `i` allow an ambiguous month name ("May", "March")
/// with a day but no year: a preposition, punctuation or the start of a sentence.
fn month_context(cx: &Cx, i: usize) -> bool {
    if cx.sentence_start(i) {
        return true;
    }
    let prev = cx.low(i - 1);
    matches!(
        prev,
        "on" | "by"
            | "since"
            | "until"
            | "till"
            | "from"
            | "before"
            | "after"
            | "of"
            | "in"
            | "through"
            | ","
            | "("
            | "-"
            | "–"
            | "and"
            | "or"
            | "to"
            | "the"
            | "late"
            | "early"
            | "mid"
    )
}

/// "June 25, 2024", "Sat. Sep 30th, 2023" (weekday handled by the caller), "Dec31 , 1994",
/// "September the twenty-first nineteen seventy eight", "April 2019", "june of 1992".
fn month_first(cx: &Cx, i: usize) -> Option<Hit> {
    let (m, kind, mut j) = month_at(cx, i)?;
    let the = cx.is(j, "the");
    if the {
        j += 1;
    }
    if let Some(hit) = month_then_day(cx, i, m, kind, j, the) {
        return Some(hit);
    }
    if the {
        return None;
    }
    // Month and year: "April 2019", "Dec, 2018", "June of 1992", "April of 87".
    let mut k = j;
    if cx.punct(k, ',') {
        k += 1;
    }
    let of = cx.is(k, "of");
    if of {
        k += 1;
    }
    let (y, next) = year_at(cx, k, of)?;
    let range = month_range(y, m.into())?;
    Some(Hit::new(i, next, range, DatePrecision::Month))
}

/// The day (and year) after a month name at `i`, the day starting at `j`.
fn month_then_day(cx: &Cx, i: usize, m: i8, kind: NameKind, j: usize, the: bool) -> Option<Hit> {
    let glued = cx.attached(j) && cx.kind(j) == Some(Kind::Num) && j == i + 1;
    let dn = day_number(cx, j).filter(|_| glued || !cx.attached(j))?;
    // "June 10-12", "June 10 to 12": a range of days in one month.
    let (last, after) = match range_end(cx, dn) {
        Some((last, next)) => (last, next),
        None => (dn.day, dn.next),
    };
    let mut k = after;
    if cx.punct(k, ',') {
        k += 1;
    }
    let of = cx.is(k, "of") || cx.is(k, "in");
    let yk = if of { k + 1 } else { k };
    if let Some((y, next)) = year_at(cx, yk, of) {
        let range = (ymd(y, m.into(), dn.day)?, ymd(y, m.into(), last)?);
        return Some(Hit::new(i, next, range, DatePrecision::Day));
    }
    if the && !dn.ordinal {
        return None;
    }
    // Without a year: reject counts and stray numbers after the day.
    if cx.count_follows(after) || cx.free_number(after) || cx.punct(after, ':') {
        return None;
    }
    let ok = match kind {
        NameKind::Full | NameKind::Abbrev => true,
        NameKind::Ambiguous => cx.capitalized(i) || month_context(cx, i),
    };
    if !ok || (dn.words && !dn.ordinal && kind != NameKind::Full) {
        return None;
    }
    let (d, rel) = month_day(cx, m, dn.day, i, after)?;
    let end = ymd(d.year().into(), m.into(), last)?;
    Some(Hit::new(i, after, (d, end), DatePrecision::Day).relative(rel))
}

/// The last day of a range after a first day written in digits: "10-12", "10 to 12",
/// "10 through 12". Returns it and the token after it.
fn range_end(cx: &Cx, first: DayNum) -> Option<(i64, usize)> {
    let k = first.next;
    let joined = matches!(cx.low(k), "-" | "–") || matches!(cx.word(k), "to" | "through");
    if first.words || !joined || cx.kind(k + 1) != Some(Kind::Num) {
        return None;
    }
    let last = day_number(cx, k + 1).filter(|d| d.day > first.day)?;
    if cx.punct(last.next, ':') || (cx.attached(last.next) && cx.kind(last.next) == Some(Kind::Num))
    {
        return None;
    }
    Some((last.day, last.next))
}

/// "25 June 2024", "04th Jan 2019", "the 4th of July", "16. Nov. 2016", "14april 2015",
/// "twenty second of June 2017", "fifteen August nineteen hundred ninety three".
fn day_first(cx: &Cx, i: usize) -> Option<Hit> {
    let start = if cx.is(i, "the") { i + 1 } else { i };
    let dn = day_number(cx, start)?;
    if !dn.words && !cx.free_number(start) {
        return None;
    }
    let mut k = dn.next;
    if !dn.words && cx.punct(k, '.') && cx.attached(k) {
        k += 1;
    }
    let of = cx.is(k, "of") || cx.is(k, "day") && cx.is(k + 1, "of");
    if of {
        k += if cx.is(k, "day") { 2 } else { 1 };
    } else if cx.is(k, "the") {
        return None;
    }
    let (m, kind, after_month) = month_at(cx, k)?;
    let mut l = after_month;
    if cx.punct(l, ',') {
        l += 1;
    }
    let year_of = cx.is(l, "of") || cx.is(l, "in");
    let yl = if year_of { l + 1 } else { l };
    if let Some((y, next)) = year_at(cx, yl, year_of) {
        let d = ymd(y, m.into(), dn.day)?;
        return Some(Hit::day(start, next, d));
    }
    // Without a year the words must leave no doubt: "25 June", "the 4th of July", not
    // "one may ask" or "a second March".
    let ok = match (dn.words, dn.ordinal) {
        (true, false) => false,
        (true, true) => of,
        (false, _) => match kind {
            NameKind::Full => true,
            NameKind::Abbrev => !cx.punct(after_month, ':'),
            NameKind::Ambiguous => of || cx.capitalized(k),
        },
    };
    if !ok || cx.free_number(after_month) {
        return None;
    }
    let (d, rel) = month_day(cx, m, dn.day, start, after_month)?;
    Some(Hit::day(start, after_month, d).relative(rel))
}

/// "2017 april" after a preposition: a year then a month name.
fn year_month(cx: &Cx, i: usize) -> Option<Hit> {
    if i == 0 || !lexicon::contains(lexicon::YEAR_PREPOSITIONS, cx.word(i - 1)) {
        return None;
    }
    if cx.digits(i) != 4 || !cx.free_number(i) {
        return None;
    }
    let y = cx.num(i)?;
    let (m, kind, next) = month_at(cx, i + 1)?;
    if kind != NameKind::Full || day_number(cx, next).is_some() {
        return None;
    }
    let range = month_range(y, m.into())?;
    Some(Hit::new(i, next, range, DatePrecision::Month))
}

/// The year of a month and day written without one: the publication year, moved back a
/// year when the sentence is past and the date would be after the publication date (and
/// forward when it is future and the date would be before). Returns the day and whether
/// it depended on the publication date (always true).
pub fn month_day(cx: &Cx, m: i8, d: i64, start: usize, end: usize) -> Option<(Date, bool)> {
    let today = cx.today;
    let y = i64::from(today.year());
    let this_year = ymd(y, m.into(), d);
    // Within a week of the publication date the tense does not move the year ("ran from
    // Sept. 12 to Sept. 14" written on the 13th).
    let near = |t: Date| {
        t.since(today)
            .is_ok_and(|s| s.get_days().abs() <= NEAR_DAYS)
    };
    let date = match (cx.tense(start, end), this_year) {
        (_, Some(t)) if near(t) => Some(t),
        (Tense::Past, Some(t)) if t > today => ymd(y - 1, m.into(), d),
        (Tense::Future, Some(t)) if t < today => ymd(y + 1, m.into(), d),
        (_, Some(t)) => Some(t),
        // February 29 outside a leap year: the nearest leap year in the tense's direction.
        (tense, None) => {
            let step = if tense == Tense::Future { 1 } else { -1 };
            (1..=8).find_map(|k| ymd(y + step * k, m.into(), d))
        }
    }?;
    Some((date, true))
}

/// The month `m` written without a year, placed like [`month_day`] places a day.
pub fn month_alone(cx: &Cx, m: i8, start: usize, end: usize) -> Option<calendar::Range> {
    let today = cx.today;
    let y = i64::from(today.year());
    let cur = today.month();
    let y = match cx.tense(start, end) {
        Tense::Past if m > cur => y - 1,
        Tense::Future if m < cur => y + 1,
        _ => y,
    };
    month_range(y, m.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::Context;
    use crate::values::token::tokenize;
    use jiff::civil::date;

    fn first(text: &str) -> Option<(String, Date, DatePrecision, bool)> {
        let toks = tokenize(text);
        let cx = Cx::new(
            text,
            &toks,
            &Context {
                reference: Some(date(2024, 6, 20)),
            },
        );
        (0..toks.len()).find_map(|i| {
            at(&cx, i).map(|h| {
                let s = toks[h.start].start;
                let e = toks[h.end - 1].end;
                (text[s..e].to_string(), h.range.0, h.precision, h.relative)
            })
        })
    }

    #[test]
    fn month_first_forms() {
        let d = |t| first(t).map(|f| (f.0, f.1));
        assert_eq!(
            d("It opened on June 25, 2024 in Paris"),
            Some(("June 25, 2024".into(), date(2024, 6, 25)))
        );
        assert_eq!(
            d("Filed Sep 30th, 2023."),
            Some(("Sep 30th, 2023".into(), date(2023, 9, 30)))
        );
        assert_eq!(
            d("sold on Dec. 31 , 1994"),
            Some(("Dec. 31 , 1994".into(), date(1994, 12, 31)))
        );
        assert_eq!(
            d("sold on Dec31 , 1994").map(|f| f.1),
            Some(date(1994, 12, 31))
        );
        assert_eq!(
            d("born January twenty five nineteen eighty six").map(|f| f.1),
            Some(date(1986, 1, 25))
        );
        assert_eq!(
            d("on September the twenty-first nineteen seventy eight").map(|f| f.1),
            Some(date(1978, 9, 21))
        );
    }

    #[test]
    fn day_first_forms() {
        let d = |t| first(t).map(|f| (f.0, f.1));
        assert_eq!(
            d("Elections on 25 June 2024."),
            Some(("25 June 2024".into(), date(2024, 6, 25)))
        );
        assert_eq!(d("back 04th Jan 2019").map(|f| f.1), Some(date(2019, 1, 4)));
        assert_eq!(d("on 16. Nov. 2016").map(|f| f.1), Some(date(2016, 11, 16)));
        assert_eq!(d("on 14april 2015").map(|f| f.1), Some(date(2015, 4, 14)));
        assert_eq!(
            d("born on 15 April of 87").map(|f| f.1),
            Some(date(1987, 4, 15))
        );
        assert_eq!(
            d("on the tenth of September, two thousand").map(|f| f.1),
            Some(date(2000, 9, 10))
        );
        assert_eq!(
            d("the twenty second of June 2017").map(|f| f.1),
            Some(date(2017, 6, 22))
        );
    }

    #[test]
    fn month_and_year() {
        let got = first("The plant closed in April 2019.").unwrap();
        assert_eq!((got.1, got.2), (date(2019, 4, 1), DatePrecision::Month));
        assert_eq!(
            first("born in April of 87").map(|f| f.1),
            Some(date(1987, 4, 1))
        );
        assert_eq!(
            first("plan for Dec, 2018").map(|f| f.1),
            Some(date(2018, 12, 1))
        );
        assert_eq!(
            first("back to China in 2017 april").map(|f| f.1),
            Some(date(2017, 4, 1))
        );
    }

    #[test]
    fn without_a_year_the_publication_year_and_tense_decide() {
        // Reference 2024-06-20.
        let got = first("Parades are held on the 4th of July").unwrap();
        assert_eq!((got.1, got.3), (date(2024, 7, 4), true));
        assert_eq!(
            first("He was arrested on July 4").map(|f| f.1),
            Some(date(2023, 7, 4))
        );
        assert_eq!(
            first("The talks ran until June 25").map(|f| f.1),
            Some(date(2024, 6, 25))
        );
        assert_eq!(
            first("The vote will be held on March 3").map(|f| f.1),
            Some(date(2025, 3, 3))
        );
    }

    #[test]
    fn ranges_of_days() {
        let got = first("The summit runs June 10-12, 2024 in Rome.").unwrap();
        assert_eq!(got.0, "June 10-12, 2024");
        let toks = tokenize("June 10 to 12");
        let ctx = Context {
            reference: Some(date(2024, 6, 1)),
        };
        let cx = Cx::new("June 10 to 12", &toks, &ctx);
        let hit = at(&cx, 0).unwrap();
        assert_eq!(hit.range, (date(2024, 6, 10), date(2024, 6, 12)));
        // A second figure below the first is no range.
        assert_eq!(first("on Jan 5-3").map(|f| f.0), Some("Jan 5".into()));
    }

    #[test]
    fn rejects_non_dates() {
        assert_eq!(first("She may visit next week"), None);
        assert_eq!(first("One may ask a question"), None);
        assert_eq!(first("Troops march 20 miles a day"), None);
        assert_eq!(first("a second March on Washington"), None);
        assert_eq!(first("There is no February 30, 2023"), None);
        assert_eq!(first("set something up the 21st"), None);
        assert_eq!(first("Jan 5 people came"), None);
    }
}

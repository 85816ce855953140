//! Parts of a period: "early 2019", "mid-March", "late July", "the end of 2000", "the
//! beginning of next month", "summer 2020", "the first half of 2019", "Q3 2021",
//! "earlier this year", "later this month". Each is a sub-range of its period, with the
//! period's precision.

use jiff::civil::Date;

use super::calendar::{self, Range, month_range, part_of, year_range, ymd};
use super::cx::Cx;
use super::lexicon::{self, Dir, NameKind, Part};
use super::years::{spelled, year_at};
use super::{Hit, absolute, anchor_at};
use crate::values::DatePrecision;
use crate::values::numbers::ordinal;

/// A part of a period, a season, a half or quarter, or "earlier/later this …" at `i`.
pub fn at(cx: &Cx, i: usize) -> Option<Hit> {
    let i = if cx.is(i, "the") { i + 1 } else { i };
    part_of_period(cx, i)
        .or_else(|| season(cx, i))
        .or_else(|| half_or_quarter(cx, i))
        .or_else(|| earlier_later(cx, i))
}

/// The period a part applies to, at `k`: a year, a month (alone or with a year), "this
/// month", "next year", "the year", or any other date ("late Monday" keeps the day).
fn period(cx: &Cx, k: usize) -> Option<Hit> {
    if let Some((y, next)) = year_at(cx, k, false).filter(|&(y, _)| (1000..=2999).contains(&y))
        && absolute::month_at(cx, next).is_none()
    {
        return Some(Hit::new(k, next, year_range(y)?, DatePrecision::Year));
    }
    let unit_at = if cx.is(k, "the") { k + 1 } else { k };
    let (unit, precision) = match cx.word(unit_at) {
        "month" => (lexicon::Unit::Month, DatePrecision::Month),
        "year" => (lexicon::Unit::Year, DatePrecision::Year),
        _ => {
            if let Some(hit) = anchor_at(cx, k) {
                return Some(hit);
            }
            let (m, kind, next) = absolute::month_at(cx, k)?;
            if kind == NameKind::Abbrev {
                return None;
            }
            let range = absolute::month_alone(cx, m, k, next)?;
            return Some(Hit::new(k, next, range, DatePrecision::Month).relative(true));
        }
    };
    let range = calendar::period_of(cx.today, unit)?;
    Some(Hit::new(k, unit_at + 1, range, precision).relative(true))
}

/// "early 2019", "mid-March", "mid 1989", "late July", "the end of 2000", "the beginning of
/// next month", "end of month", "EOY".
fn part_of_period(cx: &Cx, i: usize) -> Option<Hit> {
    if matches!(cx.word(i), "eoy" | "eom") {
        let unit = if cx.is(i, "eoy") {
            lexicon::Unit::Year
        } else {
            lexicon::Unit::Month
        };
        let precision = if unit == lexicon::Unit::Year {
            DatePrecision::Year
        } else {
            DatePrecision::Month
        };
        let range = part_of(calendar::period_of(cx.today, unit)?, Part::Late)?;
        return Some(Hit::new(i, i + 1, range, precision).relative(true));
    }
    let part = lexicon::part(cx.word(i))?;
    let mut k = i + 1;
    let direct = matches!(cx.word(i), "early" | "mid" | "late");
    if direct {
        if cx.punct(k, '-') && cx.attached(k) {
            k += 1;
        }
    } else if cx.is(k, "of") {
        k += 1;
    } else {
        return None;
    }
    // "the end of the end of July": parts do not nest.
    let inner = if cx.is(k, "the") { k + 1 } else { k };
    if lexicon::part(cx.word(inner)).is_some() {
        return None;
    }
    let p = period(cx, k)?;
    let short = p.range.1 <= calendar::shift_days(p.range.0, 7)?;
    let range = if short {
        // "late Monday", "early next week": the day or week itself.
        if !direct {
            return None;
        }
        p.range
    } else {
        part_of(p.range, part)?
    };
    Some(Hit {
        start: i,
        range,
        ..p
    })
}

/// "summer 2020", "the summer of 2019", "this summer", "last winter".
fn season(cx: &Cx, i: usize) -> Option<Hit> {
    let (dir, s) = match lexicon::modifier(cx.word(i)) {
        Some(d) if lexicon::season(cx.word(i + 1)).is_some() => (Some(d), i + 1),
        _ => (None, i),
    };
    let (first, last) = lexicon::season(cx.word(s))?;
    let range_in = |y: i64| -> Option<Range> {
        Some((ymd(y, first.into(), 1)?, month_range(y, last.into())?.1))
    };
    if let Some(dir) = dir {
        let today = cx.today;
        let y = i64::from(today.year());
        let m = today.month();
        let y = match dir {
            Dir::This => y,
            Dir::Last | Dir::Past => {
                if m > last {
                    y
                } else {
                    y - 1
                }
            }
            Dir::Next | Dir::Coming => {
                if m < first {
                    y
                } else {
                    y + 1
                }
            }
        };
        return Some(Hit::new(i, s + 1, range_in(y)?, DatePrecision::Year).relative(true));
    }
    let mut k = s + 1;
    if cx.is(k, "of") {
        k += 1;
    }
    let (y, next) = year_at(cx, k, false)?;
    Some(Hit::new(i, next, range_in(y)?, DatePrecision::Year))
}

/// "the first half of 2019", "the third quarter of this year", "Q1 2019".
fn half_or_quarter(cx: &Cx, i: usize) -> Option<Hit> {
    let (n, parts, k) = if cx.is(i, "q") && cx.attached(i + 1) && cx.digits(i + 1) == 1 {
        (cx.num(i + 1)?, 4, i + 2)
    } else {
        let (n, next) = match ordinal(cx.src, cx.toks, i) {
            Some((n, next)) => (i64::from(n), next),
            None if cx.is(i, "last") => (0, i + 1),
            None => return None,
        };
        let parts = match cx.word(next) {
            "half" => 2,
            "quarter" => 4,
            _ => return None,
        };
        if !cx.is(next + 1, "of") {
            return None;
        }
        (if n == 0 { parts } else { n }, parts, next + 2)
    };
    if !(1..=parts).contains(&n) {
        return None;
    }
    let (year, next, rel) = year_expr(cx, k)?;
    let months = 12 / parts;
    let first = (n - 1) * months + 1;
    let range = (
        ymd(year, first, 1)?,
        month_range(year, first + months - 1)?.1,
    );
    Some(Hit::new(i, next, range, DatePrecision::Year).relative(rel))
}

/// A year at `k`: digits or words, or "this/next/last year". Returns the year, the next
/// token and whether it was relative.
pub fn year_expr(cx: &Cx, k: usize) -> Option<(i64, usize, bool)> {
    if let Some((y, next)) = year_at(cx, k, false).or_else(|| spelled(cx, k)) {
        return Some((y, next, false));
    }
    let the = usize::from(cx.is(k, "the"));
    let dir = lexicon::modifier(cx.word(k + the))?;
    if !matches!(cx.word(k + the + 1), "year" | "yr") {
        return None;
    }
    let y = i64::from(cx.today.year())
        + match dir {
            Dir::This => 0,
            Dir::Next | Dir::Coming => 1,
            Dir::Last | Dir::Past => -1,
        };
    Some((y, k + the + 2, true))
}

/// "earlier this year" (January 1 to the publication date), "later this month", "earlier
/// this week".
fn earlier_later(cx: &Cx, i: usize) -> Option<Hit> {
    let earlier = match cx.word(i) {
        "earlier" => true,
        "later" => false,
        _ => return None,
    };
    if !cx.is(i + 1, "this") {
        return None;
    }
    let (unit, precision) = match cx.word(i + 2) {
        "year" => (lexicon::Unit::Year, DatePrecision::Year),
        "month" => (lexicon::Unit::Month, DatePrecision::Month),
        "week" => (lexicon::Unit::Week, DatePrecision::Day),
        _ => return None,
    };
    let (start, end) = calendar::period_of(cx.today, unit)?;
    let range: (Date, Date) = if earlier {
        (start, cx.today)
    } else {
        (cx.today, end)
    };
    Some(Hit::new(i, i + 3, range, precision).relative(true))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::Context;
    use crate::values::token::tokenize;
    use jiff::civil::date;

    fn first(text: &str) -> Option<(String, Range, DatePrecision)> {
        let toks = tokenize(text);
        let ctx = Context {
            reference: Some(date(2024, 6, 20)),
        };
        let cx = Cx::new(text, &toks, &ctx);
        (0..toks.len()).find_map(|i| {
            at(&cx, i).map(|h| {
                let (s, e) = (toks[h.start].start, toks[h.end - 1].end);
                (text[s..e].to_string(), h.range, h.precision)
            })
        })
    }

    #[test]
    fn parts_of_years_and_months() {
        let r = first("The plant opens in early 2019.").unwrap();
        assert_eq!(r.0, "early 2019");
        assert_eq!(r.1, (date(2019, 1, 1), date(2019, 4, 30)));
        assert_eq!(r.2, DatePrecision::Year);
        let r = first("Talks stalled in mid-March.").unwrap();
        assert_eq!(r.1, (date(2024, 3, 11), date(2024, 3, 20)));
        assert_eq!(r.2, DatePrecision::Month);
        let r = first("He resigned at the end of July").unwrap();
        assert_eq!(r.0, "end of July");
        assert_eq!(r.1, (date(2023, 7, 21), date(2023, 7, 31)));
        let r = first("It was founded in mid-1972").unwrap();
        assert_eq!(r.1.0, date(1972, 5, 1));
        assert_eq!(
            first("by the end of the year").unwrap().1.0,
            date(2024, 9, 1)
        );
        assert_eq!(
            first("by the end of next month").unwrap().1.0,
            date(2024, 7, 21)
        );
    }

    #[test]
    fn seasons_halves_and_quarters() {
        assert_eq!(
            first("in the summer of 2019").unwrap().1,
            (date(2019, 6, 1), date(2019, 8, 31))
        );
        assert_eq!(first("last winter").unwrap().1.0, date(2024, 1, 1));
        assert_eq!(first("next spring").unwrap().1.0, date(2025, 3, 1));
        assert_eq!(
            first("in the second half of 2019").unwrap().1,
            (date(2019, 7, 1), date(2019, 12, 31))
        );
        assert_eq!(first("profit in Q3 2021").unwrap().1.0, date(2021, 7, 1));
    }

    #[test]
    fn earlier_and_later_this_period() {
        let r = first("He visited earlier this year.").unwrap();
        assert_eq!(r.1, (date(2024, 1, 1), date(2024, 6, 20)));
        assert_eq!(r.2, DatePrecision::Year);
        assert_eq!(
            first("later this month").unwrap().1,
            (date(2024, 6, 20), date(2024, 6, 30))
        );
    }

    #[test]
    fn not_parts() {
        assert_eq!(first("We've reached the end of the line"), None);
        assert_eq!(first("end of"), None);
        assert_eq!(first("a late fee"), None);
    }
}

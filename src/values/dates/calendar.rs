//! Calendar arithmetic on `jiff` dates that never panics: building dates from parts that may
//! be invalid, whole months and years as ranges, thirds of a period, moving by units, and
//! the Easter computus that many holidays hang on.

use jiff::civil::{Date, Weekday};
use jiff::{Span, Unit as JUnit};

use super::lexicon::{Part, Unit};

/// An inclusive range of days.
pub type Range = (Date, Date);

/// The date `y-m-d`, or `None` when it does not exist ("February 30").
pub fn ymd(y: i64, m: i64, d: i64) -> Option<Date> {
    let y = i16::try_from(y).ok()?;
    let m = i8::try_from(m).ok()?;
    let d = i8::try_from(d).ok()?;
    Date::new(y, m, d).ok()
}

/// The whole month `y-m`.
pub fn month_range(y: i64, m: i64) -> Option<Range> {
    let first = ymd(y, m, 1)?;
    Some((first, first.last_of_month()))
}

/// The whole year `y`.
pub fn year_range(y: i64) -> Option<Range> {
    let first = ymd(y, 1, 1)?;
    Some((first, first.last_of_year()))
}

/// A single day as a range.
pub fn day(d: Date) -> Range {
    (d, d)
}

/// The Monday-to-Sunday week containing `d`.
pub fn week_range(d: Date) -> Option<Range> {
    let back = i64::from(d.weekday().to_monday_zero_offset());
    let start = shift_days(d, -back)?;
    Some((start, shift_days(start, 6)?))
}

/// `d` moved by `n` days.
pub fn shift_days(d: Date, n: i64) -> Option<Date> {
    d.checked_add(Span::new().try_days(n).ok()?).ok()
}

/// `d` moved by `n` of `unit` (business days skip Saturdays and Sundays).
pub fn shift(d: Date, unit: Unit, n: i64) -> Option<Date> {
    if n.abs() > 100_000 {
        return None;
    }
    let span = match unit {
        Unit::Day => Span::new().try_days(n).ok()?,
        Unit::Week => Span::new().try_weeks(n).ok()?,
        Unit::Fortnight => Span::new().try_weeks(n.checked_mul(2)?).ok()?,
        Unit::Month => Span::new().try_months(n).ok()?,
        Unit::Year => Span::new().try_years(n).ok()?,
        Unit::Decade => Span::new().try_years(n.checked_mul(10)?).ok()?,
        Unit::BusinessDay => return shift_business_days(d, n),
    };
    d.checked_add(span).ok()
}

fn shift_business_days(mut d: Date, n: i64) -> Option<Date> {
    if n.abs() > 10_000 {
        return None;
    }
    let step = if n < 0 { -1 } else { 1 };
    let mut left = n.abs();
    while left > 0 {
        d = shift_days(d, step)?;
        if !matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday) {
            left -= 1;
        }
    }
    Some(d)
}

/// The period of `unit` containing `d` (a day, a week, a month or a year).
pub fn period_of(d: Date, unit: Unit) -> Option<Range> {
    match unit {
        Unit::Day | Unit::BusinessDay => Some(day(d)),
        Unit::Week | Unit::Fortnight => week_range(d),
        Unit::Month => month_range(d.year().into(), d.month().into()),
        Unit::Year => year_range(d.year().into()),
        Unit::Decade => {
            let y = i64::from(d.year()).div_euclid(10) * 10;
            Some((ymd(y, 1, 1)?, ymd(y + 9, 12, 31)?))
        }
    }
}

/// A third of a month (1–10, 11–20, 21–end) or of a longer range (by months for a year).
pub fn part_of(range: Range, part: Part) -> Option<Range> {
    let (start, end) = range;
    if start.year() == end.year() && start.month() == end.month() {
        let (a, b) = match part {
            Part::Early => (1, 10),
            Part::Mid => (11, 20),
            Part::Late => (21, i64::from(end.day())),
        };
        let y = i64::from(start.year());
        let m = i64::from(start.month());
        return Some((ymd(y, m, a)?, ymd(y, m, b)?));
    }
    let months = start.until((JUnit::Month, end)).ok()?.get_months() as i64 + 1;
    let third = (months / 3).max(1);
    let (from, count) = match part {
        Part::Early => (0, third),
        Part::Mid => (third, third),
        Part::Late => (months - third, third),
    };
    let a = shift(start.first_of_month(), Unit::Month, from)?;
    let b = shift(a, Unit::Month, count)?;
    Some((a, shift_days(b, -1)?))
}

/// A four-digit year from a two-digit one: 00–29 are 2000s, 30–99 are 1900s.
pub fn pivot_year(yy: i64) -> i64 {
    if yy < 30 { 2000 + yy } else { 1900 + yy }
}

/// The `n`-th (1-based; negative from the end) `weekday` of month `y-m`.
pub fn nth_weekday_of_month(y: i64, m: i64, n: i64, weekday: Weekday) -> Option<Date> {
    let n = i8::try_from(n).ok()?;
    ymd(y, m, 1)?.nth_weekday_of_month(n, weekday).ok()
}

/// Western (Gregorian) Easter Sunday of year `y` (the anonymous Gregorian computus).
pub fn easter(y: i64) -> Option<Date> {
    if !(1583..=9999).contains(&y) {
        return None;
    }
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(y, month, day)
}

/// Orthodox Easter Sunday of year `y`: the Julian computus, moved to the Gregorian calendar.
pub fn orthodox_easter(y: i64) -> Option<Date> {
    if !(1583..=9999).contains(&y) {
        return None;
    }
    let a = y % 4;
    let b = y % 7;
    let c = y % 19;
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    // Days the Julian calendar lags the Gregorian one in year y (valid from March 1).
    let lag = y / 100 - y / 400 - 2;
    shift_days(ymd(y, month, day)?, lag)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn invalid_dates_are_none() {
        assert_eq!(ymd(2023, 2, 30), None);
        assert_eq!(ymd(2024, 2, 29), Some(date(2024, 2, 29)));
        assert_eq!(ymd(70_000, 1, 1), None);
    }

    #[test]
    fn thirds_of_months_and_years() {
        let july = month_range(2024, 7).unwrap();
        assert_eq!(
            part_of(july, Part::Late),
            Some((date(2024, 7, 21), date(2024, 7, 31)))
        );
        let y = year_range(2019).unwrap();
        assert_eq!(
            part_of(y, Part::Early),
            Some((date(2019, 1, 1), date(2019, 4, 30)))
        );
        assert_eq!(
            part_of(y, Part::Late),
            Some((date(2019, 9, 1), date(2019, 12, 31)))
        );
    }

    #[test]
    fn shifting_by_units() {
        let d = date(2018, 8, 21);
        assert_eq!(shift(d, Unit::BusinessDay, 4), Some(date(2018, 8, 27)));
        assert_eq!(shift(d, Unit::Month, -2), Some(date(2018, 6, 21)));
        assert_eq!(shift(d, Unit::Fortnight, 1), Some(date(2018, 9, 4)));
        assert_eq!(shift(d, Unit::Year, i64::MAX), None);
        assert_eq!(week_range(d), Some((date(2018, 8, 20), date(2018, 8, 26))));
    }

    #[test]
    fn easter_dates() {
        assert_eq!(easter(2013), Some(date(2013, 3, 31)));
        assert_eq!(easter(2019), Some(date(2019, 4, 21)));
        assert_eq!(easter(2024), Some(date(2024, 3, 31)));
        assert_eq!(orthodox_easter(2018), Some(date(2018, 4, 8)));
        assert_eq!(orthodox_easter(2024), Some(date(2024, 5, 5)));
        assert_eq!(orthodox_easter(2021), Some(date(2021, 5, 2)));
    }
}

//! The Islamic (Hijri) calendar from the Moon: a month begins on the day after the first
//! sunset at Mecca (taken as 15:30 UT) following the conjunction — close to Saudi Arabia's
//! Umm al-Qura rule. Dates announced from sightings can differ by a day.

use jiff::civil::{Date, Weekday};

use super::calendar::{Range, shift_days, ymd};
use super::lunar::{jd_of, jd_to_date, lunation_near, new_moon_jd};

/// Islamic months elapsed since 1 Muharram 1 AH, minus the lunation number (Meeus's `k`)
/// of the same month.
const MONTH_OFFSET: i64 = 17_037;

/// Sunset at Mecca, as a fraction of the UT day.
const MECCA_SUNSET: f64 = 15.5 / 24.0;

/// The first day of the Islamic month that begins with lunation `k`.
fn month_start(k: i64) -> Option<Date> {
    let conjunction = new_moon_jd(k as f64);
    let day = jd_to_date(conjunction, 0.0)?;
    let sunset = jd_of(day)? + MECCA_SUNSET;
    shift_days(day, if conjunction < sunset { 1 } else { 2 })
}

/// Lunations whose Islamic month is `month` (1 = Muharram … 12 = Dhu al-Hijjah) and that
/// begin around Gregorian year `y`.
fn lunations(y: i64, month: i8) -> impl Iterator<Item = i64> {
    let first = ymd(y, 1, 1)
        .and_then(lunation_near)
        .map_or(i64::MAX - 20, |k| k as i64 - 2);
    (first..first.saturating_add(16))
        .filter(move |k| (k + MONTH_OFFSET).rem_euclid(12) == i64::from(month) - 1)
}

/// Day `day` of Islamic month `month` as it first falls in Gregorian year `y`.
pub fn date_in(y: i64, month: i8, day: i8) -> Option<Date> {
    if !(1900..=2100).contains(&y) {
        return None;
    }
    lunations(y, month).find_map(|k| {
        let d = shift_days(month_start(k)?, i64::from(day) - 1)?;
        (i64::from(d.year()) == y).then_some(d)
    })
}

/// The whole Islamic month `month` that begins in Gregorian year `y` ("Ramadan 2024").
pub fn month_in(y: i64, month: i8) -> Option<Range> {
    if !(1900..=2100).contains(&y) {
        return None;
    }
    lunations(y, month).find_map(|k| {
        let start = month_start(k)?;
        let end = shift_days(month_start(k + 1)?, -1)?;
        (i64::from(start.year()) == y).then_some((start, end))
    })
}

/// The last Friday of Islamic month `month` beginning in year `y` (Jumu'atul-Wida, the
/// last Friday of Ramadan).
pub fn last_friday(y: i64, month: i8) -> Option<Date> {
    let (_, end) = month_in(y, month)?;
    shift_days(end, 1)?.nth_weekday(-1, Weekday::Friday).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn hijri_dates() {
        // Eid al-Fitr 2018 and Eid al-Adha 2018 as kept in Saudi Arabia.
        assert_eq!(date_in(2018, 10, 1), Some(date(2018, 6, 15)));
        assert_eq!(date_in(2018, 12, 10), Some(date(2018, 8, 21)));
        assert_eq!(date_in(2018, 1, 1), Some(date(2018, 9, 11)));
        let ramadan = month_in(2017, 9).unwrap();
        assert_eq!(ramadan.0, date(2017, 5, 27));
        assert_eq!(last_friday(2018, 9), Some(date(2018, 6, 8)));
        assert_eq!(date_in(1700, 1, 1), None);
    }
}

//! The arithmetic Hebrew calendar (molad and postponement rules, as in Reingold and
//! Dershowitz, *Calendrical Calculations*), for the Jewish holidays news mentions: Rosh
//! Hashanah, Yom Kippur, Hanukkah, Passover, Yom HaShoah, Yom HaAtzmaut, Tisha B'Av, …

use jiff::civil::{Date, Weekday};

use super::calendar::{shift_days, ymd};

/// Hebrew months, counted from Tishrei (the civil new year). `Adar` is Adar II in a leap
/// year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Month {
    Tishrei,
    Cheshvan,
    Kislev,
    Tevet,
    Shevat,
    Adar,
    Nisan,
    Iyar,
    Sivan,
    Tammuz,
    Av,
    Elul,
}

/// A moved observance: some holidays shift off the Sabbath or its neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    /// Kept on its date.
    None,
    /// Tisha B'Av: a Saturday fast moves to Sunday.
    SaturdayToSunday,
    /// Yom HaShoah: Friday moves to Thursday, Sunday to Monday.
    Shoah,
    /// Yom HaAtzmaut: Friday or Saturday moves to Thursday, Monday to Tuesday.
    Atzmaut,
}

/// Days from 0001-01-01 (R.D. 1) to the Hebrew epoch, as R.D. -1373427.
const EPOCH_RD: i64 = -1_373_427;

fn elapsed_days(year: i64) -> i64 {
    let months = (235 * year - 234).div_euclid(19);
    let parts = 12_084 + 13_753 * months;
    let days = 29 * months + parts.div_euclid(25_920);
    if (3 * (days + 1)).rem_euclid(7) < 3 {
        days + 1
    } else {
        days
    }
}

fn year_length_correction(year: i64) -> i64 {
    let (ny0, ny1, ny2) = (
        elapsed_days(year - 1),
        elapsed_days(year),
        elapsed_days(year + 1),
    );
    if ny2 - ny1 == 356 {
        2
    } else if ny1 - ny0 == 382 {
        1
    } else {
        0
    }
}

/// R.D. of 1 Tishrei of Hebrew `year`.
fn new_year_rd(year: i64) -> i64 {
    EPOCH_RD + elapsed_days(year) + year_length_correction(year)
}

fn is_leap(year: i64) -> bool {
    (7 * year + 1).rem_euclid(19) < 7
}

/// Lengths of the months of Hebrew `year`, from Tishrei, with Adar I in a leap year.
fn month_lengths(year: i64) -> Vec<(Option<Month>, i64)> {
    let days = new_year_rd(year + 1) - new_year_rd(year);
    let cheshvan = if days % 10 == 5 { 30 } else { 29 };
    let kislev = if days % 10 == 3 { 29 } else { 30 };
    let mut out = vec![
        (Some(Month::Tishrei), 30),
        (Some(Month::Cheshvan), cheshvan),
        (Some(Month::Kislev), kislev),
        (Some(Month::Tevet), 29),
        (Some(Month::Shevat), 30),
    ];
    if is_leap(year) {
        out.push((None, 30));
    }
    out.extend([
        (Some(Month::Adar), 29),
        (Some(Month::Nisan), 30),
        (Some(Month::Iyar), 29),
        (Some(Month::Sivan), 30),
        (Some(Month::Tammuz), 29),
        (Some(Month::Av), 30),
        (Some(Month::Elul), 29),
    ]);
    out
}

/// The Gregorian date of `day` `month` in Hebrew `year`.
pub fn to_gregorian(year: i64, month: Month, day: i64) -> Option<Date> {
    if !(3000..=9000).contains(&year) {
        return None;
    }
    let mut rd = new_year_rd(year);
    for (m, len) in month_lengths(year) {
        if m == Some(month) {
            let rd = rd + day - 1;
            return shift_days(ymd(1, 1, 1)?, rd - 1);
        }
        rd += len;
    }
    None
}

/// The day a holiday on `day` `month` is observed in Gregorian year `g`, with its shift.
pub fn holiday(g: i64, month: Month, day: i64, shift: Shift) -> Option<Date> {
    // Tishrei to Kislev fall in the autumn of the Hebrew year that starts in `g`.
    let year = match month {
        Month::Tishrei | Month::Cheshvan | Month::Kislev => g + 3761,
        _ => g + 3760,
    };
    let d = to_gregorian(year, month, day)?;
    let moved = match (shift, d.weekday()) {
        (Shift::SaturdayToSunday, Weekday::Saturday) => 1,
        (Shift::Shoah, Weekday::Friday) => -1,
        (Shift::Shoah, Weekday::Sunday) => 1,
        (Shift::Atzmaut, Weekday::Friday) => -1,
        (Shift::Atzmaut, Weekday::Saturday) => -2,
        (Shift::Atzmaut, Weekday::Monday) => 1,
        _ => 0,
    };
    shift_days(d, moved)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn known_dates() {
        // 1 Tishrei 5779 and 10 Tishrei 5779.
        assert_eq!(
            holiday(2018, Month::Tishrei, 1, Shift::None),
            Some(date(2018, 9, 10))
        );
        assert_eq!(
            holiday(2018, Month::Tishrei, 10, Shift::None),
            Some(date(2018, 9, 19))
        );
        assert_eq!(
            holiday(2024, Month::Kislev, 25, Shift::None),
            Some(date(2024, 12, 26))
        );
        assert_eq!(
            holiday(2024, Month::Nisan, 15, Shift::None),
            Some(date(2024, 4, 23))
        );
        assert_eq!(
            holiday(2018, Month::Shevat, 15, Shift::None),
            Some(date(2018, 1, 31))
        );
        assert_eq!(
            holiday(2024, Month::Adar, 14, Shift::None),
            Some(date(2024, 3, 24))
        );
        // Tisha B'Av 2018 fell on a Saturday and was kept on Sunday.
        assert_eq!(
            holiday(2018, Month::Av, 9, Shift::SaturdayToSunday),
            Some(date(2018, 7, 22))
        );
        assert_eq!(
            holiday(2018, Month::Iyar, 5, Shift::Atzmaut),
            Some(date(2018, 4, 19))
        );
        assert_eq!(
            holiday(2018, Month::Nisan, 27, Shift::Shoah),
            Some(date(2018, 4, 12))
        );
    }
}

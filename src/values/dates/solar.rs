//! The Sun's place in the sky (Meeus, *Astronomical Algorithms*, ch. 25, low accuracy:
//! about 0.01°), for holidays the Sun fixes: the Indian solar-calendar festivals (Makar
//! Sankranti, Pongal, Vaisakhi, Bengali new year), which follow its entry into a sidereal
//! sign, and Nowruz, the March equinox.

use jiff::civil::Date;

use super::calendar::shift_days;
use super::lunar::{jd_of, jd_to_date};

/// India's time zone, hours east of Greenwich.
const IST: f64 = 5.5;

/// Iran's time zone (standard), hours east of Greenwich.
const TEHRAN: f64 = 3.5;

/// Which civil day a sign entry gives, by regional custom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayRule {
    /// The Indian date of the entry (Punjabi Vaisakhi).
    SameDay,
    /// That date if the entry is before sunset (taken as 18:00), else the next (Tamil,
    /// Makar Sankranti).
    BeforeSunset,
    /// The day after the entry (Bengali months).
    NextDay,
}

/// The Sun's apparent tropical longitude in degrees at Julian day `jd`.
pub fn apparent_longitude(jd: f64) -> f64 {
    let t = (jd - 2_451_545.0) / 36_525.0;
    let l0 = 280.466_46 + 36_000.769_83 * t + 0.000_303_2 * t * t;
    let m = (357.529_11 + 35_999.050_29 * t - 0.000_153_7 * t * t).to_radians();
    let c = (1.914_602 - 0.004_817 * t - 0.000_014 * t * t) * m.sin()
        + (0.019_993 - 0.000_101 * t) * (2.0 * m).sin()
        + 0.000_289 * (3.0 * m).sin();
    let omega = (125.04 - 1_934.136 * t).to_radians();
    (l0 + c - 0.005_69 - 0.004_78 * omega.sin()).rem_euclid(360.0)
}

/// The Sun's sidereal longitude (Lahiri ayanamsa, linear approximation).
pub fn sidereal_longitude(jd: f64) -> f64 {
    let t = (jd - 2_451_545.0) / 36_525.0;
    (apparent_longitude(jd) - (23.853_06 + 1.397_22 * t)).rem_euclid(360.0)
}

/// The Julian day, within 20 days of `near`, at which `longitude` reaches `target` degrees.
pub fn crossing(longitude: fn(f64) -> f64, target: f64, near: f64) -> f64 {
    let ahead = |jd: f64| (longitude(jd) - target + 180.0).rem_euclid(360.0) - 180.0;
    let (mut lo, mut hi) = (near - 20.0, near + 20.0);
    for _ in 0..50 {
        let mid = (lo + hi) / 2.0;
        if ahead(mid) < 0.0 {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo
}

/// The day of the Sun's entry into sidereal sign `sign` (0 = Aries/Mesha, about April 14;
/// 9 = Capricorn/Makara, about January 14) in Gregorian year `y`.
pub fn sankranti(y: i64, sign: u8, rule: DayRule) -> Option<Date> {
    if !(1800..=2200).contains(&y) || sign > 11 {
        return None;
    }
    // Mesha falls near April 14; each sign after it about 30.4 days later.
    let april = jd_of(super::calendar::ymd(y, 4, 14)?)?;
    let mut near = april + 30.44 * f64::from(sign);
    if near > april + 261.0 {
        near -= 365.25;
    }
    let jd = crossing(sidereal_longitude, f64::from(sign) * 30.0, near);
    let local = jd_to_date(jd, IST)?;
    match rule {
        DayRule::SameDay => Some(local),
        DayRule::NextDay => shift_days(local, 1),
        DayRule::BeforeSunset => {
            let hour = ((jd + IST / 24.0 + 0.5).rem_euclid(1.0)) * 24.0;
            shift_days(local, i64::from(hour >= 18.0))
        }
    }
}

/// Nowruz of year `y`: the day of the March equinox in Tehran, or the next day when the
/// equinox comes after noon.
pub fn nowruz(y: i64) -> Option<Date> {
    if !(1800..=2200).contains(&y) {
        return None;
    }
    let near = jd_of(super::calendar::ymd(y, 3, 20)?)?;
    let jd = crossing(apparent_longitude, 0.0, near);
    let local = jd_to_date(jd, TEHRAN)?;
    let hour = ((jd + TEHRAN / 24.0 + 0.5).rem_euclid(1.0)) * 24.0;
    shift_days(local, i64::from(hour >= 12.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn solar_festivals() {
        assert_eq!(
            sankranti(2018, 9, DayRule::BeforeSunset),
            Some(date(2018, 1, 14))
        );
        assert_eq!(
            sankranti(2019, 9, DayRule::BeforeSunset),
            Some(date(2019, 1, 15))
        );
        assert_eq!(
            sankranti(2020, 0, DayRule::SameDay),
            Some(date(2020, 4, 13))
        );
        assert_eq!(
            sankranti(2018, 0, DayRule::SameDay),
            Some(date(2018, 4, 14))
        );
        assert_eq!(
            sankranti(2018, 0, DayRule::NextDay),
            Some(date(2018, 4, 15))
        );
    }

    #[test]
    fn nowruz_days() {
        assert_eq!(nowruz(2024), Some(date(2024, 3, 20)));
        assert_eq!(nowruz(2023), Some(date(2023, 3, 21)));
    }
}

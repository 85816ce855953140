//! The Hindu lunisolar calendar, enough to place festivals: lunar days (tithis) from the
//! elongation of the Moon, lunar months (amanta, new moon to new moon) named by the Sun's
//! sidereal sign at their new moon, with leap months skipped. A festival is the first day
//! of its month on which its tithi holds at the moment tradition observes it (sunrise for
//! most, midday, evening or midnight for some), seen from New Delhi.

use jiff::civil::Date;

use super::calendar::{shift_days, ymd};
use super::lunar::{jd_of, jd_to_date, lunation_near, new_moon_jd};
use super::{moon, solar};

/// New Delhi: latitude and longitude in degrees (east positive).
const LATITUDE: f64 = 28.61;
const LONGITUDE: f64 = 77.21;

/// India's time zone, hours east of Greenwich.
const IST: f64 = 5.5;

/// The moment of the day at which a festival's tithi must hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    /// Sunrise (udaya), the usual moment.
    Sunrise,
    /// Midday (madhyahna).
    Noon,
    /// Afternoon (aparahna), halfway from noon to sunset.
    Afternoon,
    /// Sunset.
    Sunset,
    /// Evening twilight (pradosh), 1.2 hours after sunset.
    Pradosh,
    /// About moonrise on the fourth night after full moon, two hours after sunset.
    Moonrise,
    /// Midnight (nishita).
    Midnight,
}

/// Sunrise, noon and sunset at New Delhi on `d`, in hours of UT.
fn sun_times(d: Date) -> Option<(f64, f64, f64)> {
    let jd = jd_of(d)? + 0.5 - LONGITUDE / 360.0;
    let lambda = solar::apparent_longitude(jd).to_radians();
    let declination = (23.44f64.to_radians().sin() * lambda.sin()).asin();
    let b = (360.0 * (f64::from(d.day_of_year()) - 81.0) / 365.0).to_radians();
    let equation_of_time = 9.87 * (2.0 * b).sin() - 7.53 * b.cos() - 1.5 * b.sin();
    let noon = 12.0 - LONGITUDE / 15.0 - equation_of_time / 60.0;
    let lat = LATITUDE.to_radians();
    let cos_h = ((-0.833f64).to_radians().sin() - lat.sin() * declination.sin())
        / (lat.cos() * declination.cos());
    let half_day = cos_h.clamp(-1.0, 1.0).acos().to_degrees() / 15.0;
    Some((noon - half_day, noon, noon + half_day))
}

/// The Julian day of `moment` on civil day `d`.
fn moment_jd(d: Date, moment: Moment) -> Option<f64> {
    let (rise, noon, set) = sun_times(d)?;
    let hours = match moment {
        Moment::Sunrise => rise,
        Moment::Noon => noon,
        Moment::Afternoon => noon + (set - noon) / 2.0,
        Moment::Sunset => set,
        Moment::Pradosh => set + 1.2,
        Moment::Moonrise => set + 2.0,
        Moment::Midnight => noon + 12.0,
    };
    Some(jd_of(d)? + hours / 24.0)
}

/// The sidereal sign (0 = Mesha … 11 = Meena) of the Sun at Julian day `jd`.
fn sun_sign(jd: f64) -> i64 {
    (solar::sidereal_longitude(jd) / 30.0).floor() as i64
}

/// The month (0 = Chaitra … 11 = Phalguna) that lunation `k` begins, or `None` for a leap
/// month (two new moons with the Sun in one sign).
fn month_of(k: i64) -> Option<i64> {
    let here = sun_sign(new_moon_jd(k as f64));
    let next = sun_sign(new_moon_jd(k as f64 + 1.0));
    (here != next).then_some((here + 1).rem_euclid(12))
}

/// Lunar day 1–30 (15 = full moon, 30 = new moon) at `jd`, counted from new moon `k`.
fn tithi(jd: f64) -> i64 {
    let elongation = (moon::longitude(jd) - solar::apparent_longitude(jd)).rem_euclid(360.0);
    (elongation / 12.0).floor() as i64 + 1
}

/// The day in Gregorian year `y` of tithi `day` (1–30) of month `month` (0 = Chaitra),
/// held at `moment`.
pub fn festival(y: i64, month: i64, day: i64, moment: Moment) -> Option<Date> {
    if !(1900..=2100).contains(&y) || !(1..=30).contains(&day) {
        return None;
    }
    let first = lunation_near(ymd(y, 1, 1)?)? as i64 - 1;
    (first..first + 15)
        .filter(|&k| month_of(k) == Some(month))
        .find_map(|k| {
            let (start, end) = (new_moon_jd(k as f64), new_moon_jd(k as f64 + 1.0));
            let first_day = jd_to_date(start, IST)?;
            (-1..32)
                .find_map(|i| {
                    let d = shift_days(first_day, i)?;
                    let jd = moment_jd(d, moment)?;
                    if jd < start {
                        return None;
                    }
                    let t = if jd < end { tithi(jd) } else { 31 };
                    (t >= day).then_some(d)
                })
                .filter(|d| i64::from(d.year()) == y)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn festivals() {
        // Diwali (Lakshmi Puja), Holika Dahan, Ganesh Chaturthi, Janmashtami.
        assert_eq!(
            festival(2019, 6, 30, Moment::Pradosh),
            Some(date(2019, 10, 27))
        );
        assert_eq!(
            festival(2019, 11, 15, Moment::Pradosh),
            Some(date(2019, 3, 20))
        );
        assert_eq!(festival(2019, 5, 4, Moment::Noon), Some(date(2019, 9, 2)));
        assert_eq!(
            festival(2019, 4, 23, Moment::Midnight),
            Some(date(2019, 8, 23))
        );
        // Ugadi, the Chaitra new year.
        assert_eq!(
            festival(2018, 0, 1, Moment::Sunrise),
            Some(date(2018, 3, 18))
        );
        assert_eq!(festival(2018, 0, 31, Moment::Sunrise), None);
    }
}

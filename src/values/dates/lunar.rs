//! Lunar calendars computed from the Moon itself: the instant of each new moon (Meeus,
//! *Astronomical Algorithms*, ch. 49, accurate to about a minute), from which the Chinese
//! New Year follows.

use jiff::civil::Date;

use super::calendar::{shift_days, ymd};

/// Julian day of 2000-01-01 00:00 UT.
const JD_2000: f64 = 2_451_544.5;

/// Mean length of a lunation in days.
pub const SYNODIC_MONTH: f64 = 29.530_588_861;

/// Terrestrial minus universal time (seconds) at some years; interpolated between them.
const DELTA_T: [(f64, f64); 9] = [
    (1900.0, -2.8),
    (1950.0, 29.1),
    (1970.0, 40.2),
    (1990.0, 56.9),
    (2000.0, 63.8),
    (2010.0, 66.1),
    (2020.0, 69.4),
    (2050.0, 93.0),
    (2100.0, 200.0),
];

/// Terrestrial minus universal time, in days.
fn delta_t_days(year: f64) -> f64 {
    let mut seconds = DELTA_T[DELTA_T.len() - 1].1;
    if year <= DELTA_T[0].0 {
        seconds = DELTA_T[0].1;
    }
    for w in DELTA_T.windows(2) {
        let ((y0, d0), (y1, d1)) = (w[0], w[1]);
        if (y0..y1).contains(&year) {
            seconds = d0 + (d1 - d0) * (year - y0) / (y1 - y0);
        }
    }
    seconds / 86_400.0
}

/// Julian day (UT) of new moon number `k` (k = 0 is the new moon of 2000-01-06).
pub fn new_moon_jd(k: f64) -> f64 {
    let t = k / 1236.85;
    let (t2, t3, t4) = (t * t, t * t * t, t * t * t * t);
    let jde = 2_451_550.097_66 + SYNODIC_MONTH * k + 0.000_154_37 * t2 - 0.000_000_150 * t3
        + 0.000_000_000_73 * t4;
    let e = 1.0 - 0.002_516 * t - 0.000_007_4 * t2;
    let rad = |deg: f64| deg.rem_euclid(360.0).to_radians();
    let m = rad(2.5534 + 29.105_356_70 * k - 0.000_001_4 * t2 - 0.000_000_11 * t3);
    let mp = rad(
        201.5643 + 385.816_935_28 * k + 0.010_758_2 * t2 + 0.000_012_38 * t3 - 0.000_000_058 * t4,
    );
    let f = rad(
        160.7108 + 390.670_502_84 * k - 0.001_611_8 * t2 - 0.000_002_27 * t3 + 0.000_000_011 * t4,
    );
    let om = rad(124.7746 - 1.563_755_88 * k + 0.002_067_2 * t2 + 0.000_002_15 * t3);
    let terms: [(f64, f64); 25] = [
        (-0.40720, mp.sin()),
        (0.17241 * e, m.sin()),
        (0.01608, (2.0 * mp).sin()),
        (0.01039, (2.0 * f).sin()),
        (0.00739 * e, (mp - m).sin()),
        (-0.00514 * e, (mp + m).sin()),
        (0.00208 * e * e, (2.0 * m).sin()),
        (-0.00111, (mp - 2.0 * f).sin()),
        (-0.00057, (mp + 2.0 * f).sin()),
        (0.00056 * e, (2.0 * mp + m).sin()),
        (-0.00042, (3.0 * mp).sin()),
        (0.00042 * e, (m + 2.0 * f).sin()),
        (0.00038 * e, (m - 2.0 * f).sin()),
        (-0.00024 * e, (2.0 * mp - m).sin()),
        (-0.00017, om.sin()),
        (-0.00007, (mp + 2.0 * m).sin()),
        (0.00004, (2.0 * mp - 2.0 * f).sin()),
        (0.00004, (3.0 * m).sin()),
        (0.00003, (mp + m - 2.0 * f).sin()),
        (0.00003, (2.0 * mp + 2.0 * f).sin()),
        (-0.00003, (mp + m + 2.0 * f).sin()),
        (0.00003, (mp - m + 2.0 * f).sin()),
        (-0.00002, (mp - m - 2.0 * f).sin()),
        (-0.00002, (3.0 * mp + m).sin()),
        (0.00002, (4.0 * mp).sin()),
    ];
    let planetary: [(f64, f64, f64); 14] = [
        (299.77, 0.107_408, 325.0),
        (251.88, 0.016_321, 165.0),
        (251.83, 26.651_886, 164.0),
        (349.42, 36.412_478, 126.0),
        (84.66, 18.206_239, 110.0),
        (141.74, 53.303_771, 62.0),
        (207.14, 2.453_732, 60.0),
        (154.84, 7.306_860, 56.0),
        (34.52, 27.261_239, 47.0),
        (207.19, 0.121_824, 42.0),
        (291.34, 1.844_379, 40.0),
        (161.72, 24.198_154, 37.0),
        (239.56, 25.513_099, 35.0),
        (331.55, 3.592_518, 23.0),
    ];
    let mut corr: f64 = terms.iter().map(|(c, s)| c * s).sum();
    for (i, (a, b, c)) in planetary.iter().enumerate() {
        let mut arg = a + b * k;
        if i == 0 {
            arg -= 0.009_173 * t2;
        }
        corr += c * 1e-6 * rad(arg).sin();
    }
    let year = 2000.0 + k / 12.3685;
    jde + corr - delta_t_days(year)
}

/// The civil date of Julian day `jd` at `offset_hours` east of Greenwich.
pub fn jd_to_date(jd: f64, offset_hours: f64) -> Option<Date> {
    let days = (jd - JD_2000 + offset_hours / 24.0).floor();
    if !days.is_finite() || days.abs() > 3_000_000.0 {
        return None;
    }
    shift_days(ymd(2000, 1, 1)?, days as i64)
}

/// The Julian day of 00:00 UT on `d`.
pub fn jd_of(d: Date) -> Option<f64> {
    let days = d.since(ymd(2000, 1, 1)?).ok()?.get_days();
    Some(JD_2000 + f64::from(days))
}

/// The lunation number `k` of the first new moon on or after `d` (approximately).
pub fn lunation_near(d: Date) -> Option<f64> {
    let since = d.since(ymd(2000, 1, 6)?).ok()?.get_days();
    Some((f64::from(since) / SYNODIC_MONTH).floor())
}

/// The first new moon whose local date (at `offset_hours`) is on or after `d`.
pub fn new_moon_on_or_after(d: Date, offset_hours: f64) -> Option<(f64, Date)> {
    let k0 = lunation_near(d)? - 1.0;
    (0..4).find_map(|i| {
        let k = k0 + f64::from(i);
        let date = jd_to_date(new_moon_jd(k), offset_hours)?;
        (date >= d).then_some((k, date))
    })
}

/// The Chinese (lunar) New Year of Gregorian year `y`: the new moon, in China's time zone,
/// that falls between January 21 and February 20.
pub fn chinese_new_year(y: i64) -> Option<Date> {
    if !(1900..=2100).contains(&y) {
        return None;
    }
    new_moon_on_or_after(ymd(y, 1, 21)?, 8.0).map(|(_, d)| d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn new_moons() {
        // The new moon of 2024-04-08 18:21 UT (the North American eclipse).
        let (_, d) = new_moon_on_or_after(date(2024, 4, 1), 0.0).unwrap();
        assert_eq!(d, date(2024, 4, 8));
    }

    #[test]
    fn chinese_new_years() {
        assert_eq!(chinese_new_year(2013), Some(date(2013, 2, 10)));
        assert_eq!(chinese_new_year(2018), Some(date(2018, 2, 16)));
        assert_eq!(chinese_new_year(2024), Some(date(2024, 2, 10)));
        assert_eq!(chinese_new_year(2033), Some(date(2033, 1, 31)));
    }
}

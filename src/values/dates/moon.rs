//! The Moon's apparent longitude (Meeus, *Astronomical Algorithms*, ch. 47, the periodic
//! terms of table 47.A), for lunar days (tithis) of the Hindu calendar.

/// Periodic terms of the Moon's longitude: multiples of D, M, M', F and the coefficient
/// in millionths of a degree.
#[rustfmt::skip]
const TERMS: [(i8, i8, i8, i8, i32); 59] = [
    (0, 0, 1, 0, 6_288_774), (2, 0, -1, 0, 1_274_027), (2, 0, 0, 0, 658_314),
    (0, 0, 2, 0, 213_618), (0, 1, 0, 0, -185_116), (0, 0, 0, 2, -114_332),
    (2, 0, -2, 0, 58_793), (2, -1, -1, 0, 57_066), (2, 0, 1, 0, 53_322),
    (2, -1, 0, 0, 45_758), (0, 1, -1, 0, -40_923), (1, 0, 0, 0, -34_720),
    (0, 1, 1, 0, -30_383), (2, 0, 0, -2, 15_327), (0, 0, 1, 2, -12_528),
    (0, 0, 1, -2, 10_980), (4, 0, -1, 0, 10_675), (0, 0, 3, 0, 10_034),
    (4, 0, -2, 0, 8_548), (2, 1, -1, 0, -7_888), (2, 1, 0, 0, -6_766),
    (1, 0, -1, 0, -5_163), (1, 1, 0, 0, 4_987), (2, -1, 1, 0, 4_036),
    (2, 0, 2, 0, 3_994), (4, 0, 0, 0, 3_861), (2, 0, -3, 0, 3_665),
    (0, 1, -2, 0, -2_689), (2, 0, -1, 2, -2_602), (2, -1, -2, 0, 2_390),
    (1, 0, 1, 0, -2_348), (2, -2, 0, 0, 2_236), (0, 1, 2, 0, -2_120),
    (0, 2, 0, 0, -2_069), (2, -2, -1, 0, 2_048), (2, 0, 1, -2, -1_773),
    (2, 0, 0, 2, -1_595), (4, -1, -1, 0, 1_215), (0, 0, 2, 2, -1_110),
    (3, 0, -1, 0, -892), (2, 1, 1, 0, -810), (4, -1, -2, 0, 759),
    (0, 2, -1, 0, -713), (2, 2, -1, 0, -700), (2, 1, -2, 0, 691),
    (2, -1, 0, -2, 596), (4, 0, 1, 0, 549), (0, 0, 4, 0, 537),
    (4, -1, 0, 0, 520), (1, 0, -2, 0, -487), (2, 1, 0, -2, -399),
    (0, 0, 2, -2, -381), (1, 1, 1, 0, 351), (3, 0, -2, 0, -340),
    (4, 0, -3, 0, 330), (2, -1, 2, 0, 327), (0, 2, 1, 0, -323),
    (1, 1, -1, 0, 299), (2, 0, 3, 0, 294),
];

/// The Moon's apparent longitude in degrees at Julian day `jd`.
pub fn longitude(jd: f64) -> f64 {
    let t = (jd - 2_451_545.0) / 36_525.0;
    let (t2, t3, t4) = (t * t, t * t * t, t * t * t * t);
    let lp = 218.316_447_7 + 481_267.881_234_21 * t - 0.001_578_6 * t2 + t3 / 538_841.0
        - t4 / 65_194_000.0;
    let d = 297.850_192_1 + 445_267.111_403_4 * t - 0.001_881_9 * t2 + t3 / 545_868.0
        - t4 / 113_065_000.0;
    let m = 357.529_109_2 + 35_999.050_290_9 * t - 0.000_153_6 * t2 + t3 / 24_490_000.0;
    let mp = 134.963_396_4 + 477_198.867_505_5 * t + 0.008_741_4 * t2 + t3 / 69_699.0
        - t4 / 14_712_000.0;
    let f = 93.272_095 + 483_202.017_523_3 * t - 0.003_653_9 * t2 - t3 / 3_526_000.0
        + t4 / 863_310_000.0;
    let e = 1.0 - 0.002_516 * t - 0.000_007_4 * t2;
    let mut sum: f64 = TERMS
        .iter()
        .map(|&(cd, cm, cmp, cf, c)| {
            let arg =
                f64::from(cd) * d + f64::from(cm) * m + f64::from(cmp) * mp + f64::from(cf) * f;
            f64::from(c) * e.powi(i32::from(cm.abs())) * arg.to_radians().sin()
        })
        .sum();
    let a1 = 119.75 + 131.849 * t;
    let a2 = 53.09 + 479_264.29 * t;
    sum += 3_958.0 * a1.to_radians().sin()
        + 1_962.0 * (lp - f).to_radians().sin()
        + 318.0 * a2.to_radians().sin();
    let omega = (125.044_52 - 1_934.136_261 * t).to_radians();
    (lp + sum / 1e6 - 0.004_78 * omega.sin()).rem_euclid(360.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::dates::lunar::new_moon_jd;
    use crate::values::dates::solar::apparent_longitude;

    #[test]
    fn new_moons_have_no_elongation() {
        for k in [-600.0, 0.0, 228.0, 300.0, 600.0] {
            let jd = new_moon_jd(k);
            let elongation =
                (longitude(jd) - apparent_longitude(jd) + 180.0).rem_euclid(360.0) - 180.0;
            // Within 0.05° (about six minutes of the Moon's motion).
            assert!(elongation.abs() < 0.05, "k={k}: {elongation}");
        }
    }
}

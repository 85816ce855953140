//! The agreement rules of `SEMANTICS.md`, one test per rule, on values built by hand.

use super::*;
use crate::rules::canonical_date;
use crate::values::{DatePrecision, DateValue, Dimension};
use jiff::civil::Date;

const MPH: f64 = 0.44704;
const MILE: f64 = 1609.344;

fn q(dimension: Dimension, unit: &'static str, value: f64, precision: f64) -> Value {
    Value::Quantity(Quantity {
        dimension,
        unit,
        value,
        precision,
        qualifier: None,
        low: None,
        high: None,
        form: NumberForm::Digits,
    })
}

fn speed_mph(v: f64) -> Value {
    q(Dimension::Speed, "m/s", v * MPH, 0.5 * MPH)
}

fn count(v: f64) -> Value {
    q(Dimension::Number, "", v, 0.0)
}

fn hedged(v: Value, qualifier: Qualifier, low: Option<f64>, high: Option<f64>) -> Value {
    let Value::Quantity(q) = v else {
        unreachable!()
    };
    Value::Quantity(Quantity {
        qualifier: Some(qualifier),
        low,
        high,
        ..q
    })
}

fn date(s: &str) -> Value {
    Value::Date(canonical_date(s).unwrap())
}

const NONE: Tolerance = Tolerance::Absolute(0.0);

#[test]
fn exact_values_conflict_beyond_tolerance() {
    assert_eq!(
        compare(
            &speed_mph(37.0),
            &speed_mph(25.0),
            Tolerance::Relative(0.03)
        ),
        Verdict::Conflict
    );
    assert_eq!(
        compare(&speed_mph(37.0), &speed_mph(38.0), NONE),
        Verdict::Conflict
    );
    assert_eq!(
        compare(
            &speed_mph(37.0),
            &speed_mph(38.0),
            Tolerance::Relative(0.03)
        ),
        Verdict::Agree
    );
    assert_eq!(compare(&count(12.0), &count(13.0), NONE), Verdict::Conflict);
    assert_eq!(compare(&count(12.0), &count(12.0), NONE), Verdict::Agree);
}

#[test]
fn rounding_precision_lets_converted_figures_agree() {
    // "25 mph (40 km/h)": 40 km/h is 24.85 mph, and 40 ± 0.5 km/h reaches 25.16 mph.
    let kmh = q(Dimension::Speed, "m/s", 40.0 / 3.6, 0.5 / 3.6);
    assert_eq!(compare(&speed_mph(25.0), &kmh, NONE), Verdict::Agree);
    assert_eq!(compare(&speed_mph(26.0), &kmh, NONE), Verdict::Conflict);
}

#[test]
fn approximations_agree_within_their_width() {
    let about = hedged(
        q(Dimension::Length, "m", 550.0 * MILE, 0.5 * MILE),
        Qualifier::Approx,
        Some(495.0 * MILE),
        Some(605.0 * MILE),
    );
    assert_eq!(
        compare(
            &about,
            &q(Dimension::Length, "m", 600.0 * MILE, 0.5 * MILE),
            NONE
        ),
        Verdict::Agree
    );
    assert_eq!(
        compare(
            &about,
            &q(Dimension::Length, "m", 620.0 * MILE, 0.5 * MILE),
            NONE
        ),
        Verdict::Conflict
    );
}

#[test]
fn bounds_hold_what_lies_inside_them() {
    let hour = 3600.0;
    let at_least_four = hedged(
        q(Dimension::Duration, "s", 4.0 * hour, 0.5 * hour),
        Qualifier::AtLeast,
        Some(4.0 * hour),
        None,
    );
    assert_eq!(
        compare(
            &at_least_four,
            &q(Dimension::Duration, "s", 6.0 * hour, 0.5 * hour),
            NONE
        ),
        Verdict::Agree
    );
    assert_eq!(
        compare(
            &at_least_four,
            &q(Dimension::Duration, "s", 2.0 * hour, 0.5 * hour),
            NONE
        ),
        Verdict::Conflict
    );
    let more_than_30 = hedged(count(30.0), Qualifier::MoreThan, Some(30.0), None);
    assert_eq!(compare(&more_than_30, &count(35.0), NONE), Verdict::Agree);
    assert_eq!(
        compare(&more_than_30, &count(30.0), NONE),
        Verdict::Conflict
    );
    let up_to_700 = hedged(count(700.0), Qualifier::AtMost, Some(0.0), Some(700.0));
    assert_eq!(compare(&up_to_700, &count(700.0), NONE), Verdict::Agree);
    let nearly_40 = hedged(count(40.0), Qualifier::Nearly, Some(36.0), Some(40.0));
    assert_eq!(compare(&nearly_40, &count(38.0), NONE), Verdict::Agree);
    assert_eq!(compare(&nearly_40, &count(40.0), NONE), Verdict::Conflict);
    let range = hedged(count(20.0), Qualifier::Range, Some(20.0), Some(25.0));
    assert_eq!(compare(&range, &count(25.0), NONE), Verdict::Agree);
    assert_eq!(compare(&range, &count(26.0), NONE), Verdict::Conflict);
}

#[test]
fn two_bounds_in_one_direction_with_different_figures_differ() {
    let at_least = |v: f64| hedged(count(v), Qualifier::AtLeast, Some(v), None);
    assert_eq!(
        compare(&at_least(50.0), &at_least(70.0), NONE),
        Verdict::BoundsDiffer
    );
    assert_eq!(
        compare(&at_least(50.0), &at_least(50.0), NONE),
        Verdict::Agree
    );
    let more_than = hedged(count(50.0), Qualifier::MoreThan, Some(50.0), None);
    assert_eq!(compare(&more_than, &at_least(50.0), NONE), Verdict::Agree);
}

#[test]
fn a_multiplicative_is_its_count() {
    let twice = Value::Quantity(Quantity {
        dimension: Dimension::Number,
        unit: "",
        value: 2.0,
        precision: 0.0,
        qualifier: None,
        low: None,
        high: None,
        form: NumberForm::Multiplicative,
    });
    assert_eq!(compare(&twice, &count(2.0), NONE), Verdict::Agree);
}

#[test]
fn different_currencies_are_not_compared() {
    let usd = q(Dimension::Money, "USD", 100.0, 0.5);
    let eur = q(Dimension::Money, "EUR", 100.0, 0.5);
    assert_eq!(compare(&usd, &eur, NONE), Verdict::Incomparable);
}

#[test]
fn months_and_seconds_compare_through_the_average_month() {
    let month = q(Dimension::Duration, "month", 1.0, 0.5);
    let days30 = q(Dimension::Duration, "s", 30.0 * 86400.0, 0.5 * 86400.0);
    let days90 = q(Dimension::Duration, "s", 90.0 * 86400.0, 0.5 * 86400.0);
    assert_eq!(compare(&month, &days30, NONE), Verdict::Agree);
    assert_eq!(compare(&month, &days90, NONE), Verdict::Conflict);
}

#[test]
fn a_coarser_date_agrees_with_a_finer_one_inside_it() {
    assert_eq!(
        compare(&date("2019-04"), &date("2019"), NONE),
        Verdict::Agree
    );
    assert_eq!(
        compare(&date("2019-04-25"), &date("2019-04"), NONE),
        Verdict::Agree
    );
    assert_eq!(
        compare(&date("2019-04"), &date("2020"), NONE),
        Verdict::Conflict
    );
    assert_eq!(
        compare(&date("2019-04-25"), &date("2019-04-26"), NONE),
        Verdict::Conflict
    );
    assert_eq!(
        compare(
            &date("2019-04-25"),
            &date("2019-04-26"),
            Tolerance::Absolute(1.0)
        ),
        Verdict::Agree
    );
}

#[test]
fn an_unresolved_relative_date_agrees_only_with_the_same_words() {
    let rel = |w: &str| {
        Value::Date(DateValue {
            range: None,
            precision: DatePrecision::Month,
            relative: Some(w.to_string()),
            anchor: None,
            weekday: None,
        })
    };
    assert_eq!(
        compare(&rel("last month"), &rel("last month"), NONE),
        Verdict::Agree
    );
    assert_eq!(
        compare(&rel("last month"), &rel("last week"), NONE),
        Verdict::Incomparable
    );
    assert_eq!(
        compare(&rel("last month"), &date("2023-08"), NONE),
        Verdict::Incomparable
    );
    let resolved = Value::Date(DateValue {
        range: Some((
            Date::new(2023, 8, 1).unwrap(),
            Date::new(2023, 8, 31).unwrap(),
        )),
        precision: DatePrecision::Month,
        relative: Some("last month".to_string()),
        anchor: Some(Date::new(2023, 9, 12).unwrap()),
        weekday: None,
    });
    assert_eq!(
        compare(&resolved, &date("2023-08-15"), NONE),
        Verdict::Agree
    );
}

#[test]
fn every_verdict_is_symmetric_and_reflexive() {
    let values = vec![
        speed_mph(37.0),
        speed_mph(25.0),
        hedged(speed_mph(30.0), Qualifier::AtLeast, Some(30.0 * MPH), None),
        hedged(
            speed_mph(30.0),
            Qualifier::LessThan,
            Some(0.0),
            Some(30.0 * MPH),
        ),
        hedged(
            speed_mph(20.0),
            Qualifier::Range,
            Some(20.0 * MPH),
            Some(26.0 * MPH),
        ),
        count(2.0),
        date("2019"),
        date("2019-04"),
    ];
    for tol in [NONE, Tolerance::Relative(0.03), Tolerance::Absolute(1.0)] {
        for a in &values {
            assert_ne!(compare(a, a, tol), Verdict::Conflict);
            for b in &values {
                assert_eq!(compare(a, b, tol), compare(b, a, tol), "{a:?} vs {b:?}");
            }
        }
    }
}

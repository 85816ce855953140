//! Tests of each relation kind on real sentences, with hedged values (intervals), units that
//! convert, and tolerances checked at their boundary.

use jiff::civil::{Date, date};

use super::*;
use crate::extract::extract_all;
use crate::rules::{RuleFile, load};
use crate::source::article;
use crate::values::{Dimension, NumberForm, Quantity, Value};

const PACK: &str = r#"
[[fact]]
id = "distance"
description = "d"
value = "length"
near = ["trip", "journey"]
window = 6
severity = "warning"
message = "{values}"

[[fact]]
id = "speed"
description = "d"
value = "speed"
near = ["speed", "at", "averaging"]
window = 6
severity = "warning"
message = "{values}"

[[fact]]
id = "duration"
description = "d"
value = "duration"
near = ["took", "takes", "lasted"]
window = 6
severity = "warning"
message = "{values}"

[[fact]]
id = "dead"
description = "d"
value = "count"
near = ["killed", "dead"]
not = ["injured"]
window = 6
severity = "error"
message = "{values}"

[[fact]]
id = "injured"
description = "d"
value = "count"
near = ["injured"]
not = ["killed", "dead"]
window = 6
severity = "warning"
message = "{values}"

[[fact]]
id = "casualties"
description = "d"
value = "count"
things = ["casualties"]
near = ["casualties"]
window = 3
severity = "warning"
message = "{values}"

[[fact]]
id = "age"
description = "d"
value = "duration"
near = ["aged", "old"]
appositive = true
assume-unit = "years"
subject = "name"
window = 4
severity = "warning"
message = "{values}"

[[fact]]
id = "born"
description = "d"
value = "date"
near = ["born"]
subject = "name"
window = 5
severity = "warning"
message = "{values}"

[[relation]]
id = "journey"
description = "length = speed × duration"
kind = "product"
result = "distance"
of = ["speed", "duration"]
tolerance = "10%"

[[relation]]
id = "casualty-sum"
description = "casualties = dead + injured"
kind = "sum"
result = "casualties"
of = ["dead", "injured"]
tolerance = "0%"

[[relation]]
id = "names"
description = "the count matches the names"
kind = "list"
counted = ["ministers", "@people"]

[[relation]]
id = "age-birth"
description = "age fits birth"
kind = "age"
of = ["age", "born"]

[[relation]]
id = "weekday"
description = "weekday fits date"
kind = "weekday"
"#;

fn rules() -> RuleSet {
    load(&[RuleFile::new("pack.toml", PACK)]).unwrap()
}

/// The relations checked on `texts` (one article each, with its publication date).
fn checked_dated(texts: &[(&str, Option<Date>)]) -> (Vec<Checked>, RuleSet) {
    let rules = rules();
    let articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .map(|(i, (t, published))| {
            let mut a = article(&format!("a{i}"), "t", t.to_string());
            a.published = *published;
            a
        })
        .collect();
    let facts = extract_all(&articles, &rules);
    (relate(&articles, &facts, &rules), rules)
}

/// Whether the relation `id` holds on one undated article: `None` when it is not checked.
fn verdict(id: &str, text: &str) -> Option<bool> {
    verdict_on(id, text, None)
}

fn verdict_on(id: &str, text: &str, published: Option<Date>) -> Option<bool> {
    let (checked, rules) = checked_dated(&[(text, published)]);
    let mine: Vec<&Checked> = checked
        .iter()
        .filter(|c| rules.relations[c.relation].id == id)
        .collect();
    assert!(mine.len() <= 1, "{mine:?}");
    mine.first().map(|c| c.holds)
}

#[test]
fn a_product_holds_when_length_is_speed_times_duration() {
    assert_eq!(
        verdict("journey", "The 100-mile trip took two hours at 50 mph."),
        Some(true)
    );
    assert_eq!(
        verdict("journey", "The 100-mile trip took four hours at 50 mph."),
        Some(false)
    );
    // Units convert: 160 km is 99.4 miles.
    assert_eq!(
        verdict(
            "journey",
            "The 160-kilometre trip took two hours at 50 mph."
        ),
        Some(true)
    );
    assert_eq!(
        verdict(
            "journey",
            "The 683-mile journey takes two days at 37 miles per hour."
        ),
        Some(false)
    );
    // Nothing to check without all three.
    assert_eq!(
        verdict("journey", "The 100-mile trip took two hours."),
        None
    );
}

#[test]
fn a_hedged_product_holds_when_any_value_in_its_interval_fits() {
    // "up to 4 hours" at 50 mph is up to 200 miles: 100 miles fits.
    assert_eq!(
        verdict(
            "journey",
            "The 100-mile trip takes up to four hours at 50 mph."
        ),
        Some(true)
    );
    // "at least 3 hours" at 50 mph is at least 150 miles: 100 miles does not fit.
    assert_eq!(
        verdict(
            "journey",
            "The 100-mile trip took at least three hours at 50 mph."
        ),
        Some(false)
    );
    // "two hours" is [1.5, 2.5) hours: at 50 mph, 75 to 125 miles, and 10% more.
    assert_eq!(
        verdict("journey", "The 130-mile trip took two hours at 50 mph."),
        Some(true)
    );
    // 96 minutes at 50 mph is 80 miles (give or take the rounding), 88 with the tolerance.
    assert_eq!(
        verdict("journey", "The 85-mile trip took 96 minutes at 50 mph."),
        Some(true)
    );
    assert_eq!(
        verdict("journey", "The 130-mile trip took 96 minutes at 50 mph."),
        Some(false)
    );
}

#[test]
fn the_product_tolerance_holds_at_its_boundary_and_fails_past_it() {
    // 10 m/s for 100 s is 1,000 m; the tolerance is 10%: 1,100 m fits, 1,100.5 m does not.
    let exact = |value: f64, dimension: Dimension, unit: &'static str| {
        Value::Quantity(Quantity {
            dimension,
            unit,
            value,
            precision: 0.0,
            qualifier: None,
            low: None,
            high: None,
            form: NumberForm::Digits,
        })
    };
    let rules = rules();
    let rule = |id: &str| rules.rules.iter().position(|r| r.id == id).unwrap();
    let text = "The trip took 100 seconds at 10 metres per second and covered 1100 metres.";
    let articles = vec![article("a", "a", text.to_string())];
    let fact = |r: usize, value: Value| Fact {
        rule: r,
        source: 0,
        span: Span::new(0, 3),
        hedge: None,
        sentence: Span::new(0, text.len()),
        subject: String::new(),
        value,
    };
    let on = |metres: f64| {
        let facts = vec![
            fact(rule("distance"), exact(metres, Dimension::Length, "m")),
            fact(rule("speed"), exact(10.0, Dimension::Speed, "m/s")),
            fact(rule("duration"), exact(100.0, Dimension::Duration, "s")),
        ];
        let checked = relate(&articles, &facts, &rules);
        checked
            .iter()
            .find(|c| rules.relations[c.relation].id == "journey")
            .unwrap()
            .holds
    };
    assert!(on(1000.0));
    assert!(on(1100.0));
    assert!(!on(1100.5));
    assert!(on(900.0));
    assert!(!on(899.5));
}

#[test]
fn a_sum_holds_when_the_parts_add_up_to_the_total() {
    let text = |total: &str| {
        format!("The blast left {total} casualties: 12 people were killed and 40 were injured.")
    };
    assert_eq!(verdict("casualty-sum", &text("52")), Some(true));
    assert_eq!(verdict("casualty-sum", &text("60")), Some(false));
    // With no tolerance, one off is off.
    assert_eq!(verdict("casualty-sum", &text("53")), Some(false));
    // A hedged total is an interval: "more than 50" admits 52.
    assert_eq!(verdict("casualty-sum", &text("more than 50")), Some(true));
    assert_eq!(verdict("casualty-sum", &text("fewer than 50")), Some(false));
    // A sentence that states no total has nothing to check.
    assert_eq!(
        verdict(
            "casualty-sum",
            "Twelve people were killed and 40 were injured."
        ),
        None
    );
}

#[test]
fn a_list_holds_when_the_names_number_the_count() {
    let s = "Four deputy prime ministers ― Denis Manturov, Marat Khusnullin, Alexei Overchuk and Yuri Trutnev ― took part.";
    assert_eq!(verdict("names", s), Some(true));
    let s = "Three deputy prime ministers ― Denis Manturov, Marat Khusnullin, Alexei Overchuk and Yuri Trutnev ― took part.";
    assert_eq!(verdict("names", s), Some(false));
    assert_eq!(
        verdict("names", "Two victims (Anna Lee and Mark Evans) were named."),
        Some(true)
    );
    assert_eq!(
        verdict(
            "names",
            "Three ministers attended: Anna Lee, Mark Evans and Ruth Okafor."
        ),
        Some(true)
    );
    // Prose after the dash is not a list of names.
    assert_eq!(
        verdict(
            "names",
            "Five people — Ali, his wife Fatima and their children — died."
        ),
        None
    );
    assert_eq!(
        verdict(
            "names",
            "Four people — John Smith, 45, and Mary Smith, 43 — were hurt."
        ),
        None
    );
    // Names with no count before them, or a count of something else.
    assert_eq!(
        verdict(
            "names",
            "Ministers Denis Manturov and Marat Khusnullin took part."
        ),
        None
    );
    assert_eq!(
        verdict(
            "names",
            "Two hospitals — St Mary's and Royal Free — took patients."
        ),
        None
    );
}

#[test]
fn an_age_fits_a_birth_date_on_the_articles_date() {
    let text = |age: u32| {
        format!(
            "In Moscow, Vladimir Putin, {age}, met the envoy. Putin was born in October 1952 in Leningrad."
        )
    };
    let june = Some(date(2024, 6, 19));
    assert_eq!(verdict_on("age-birth", &text(71), june), Some(true));
    assert_eq!(verdict_on("age-birth", &text(72), june), Some(false));
    assert_eq!(verdict_on("age-birth", &text(68), june), Some(false));
    // Born some day in October 1952: in mid-October 2024 he may be 71 or 72, not 70.
    let october = Some(date(2024, 10, 15));
    assert_eq!(verdict_on("age-birth", &text(71), october), Some(true));
    assert_eq!(verdict_on("age-birth", &text(72), october), Some(true));
    assert_eq!(verdict_on("age-birth", &text(70), october), Some(false));
    // A birthday on the very day: born 7 October 1952, 72 on 7 October 2024, 71 the day before.
    let day = |age: u32| {
        format!(
            "In Moscow, Vladimir Putin, {age}, met the envoy. Putin was born on October 7, 1952."
        )
    };
    assert_eq!(
        verdict_on("age-birth", &day(72), Some(date(2024, 10, 7))),
        Some(true)
    );
    assert_eq!(
        verdict_on("age-birth", &day(72), Some(date(2024, 10, 6))),
        Some(false)
    );
    assert_eq!(
        verdict_on("age-birth", &day(71), Some(date(2024, 10, 6))),
        Some(true)
    );
    // Without a publication date the age is not placed in time.
    assert_eq!(verdict_on("age-birth", &text(71), None), None);
}

#[test]
fn an_age_and_a_birth_date_in_two_articles_are_checked_for_one_person() {
    let (checked, rules) = checked_dated(&[
        (
            "In Moscow, Vladimir Putin, 68, met the envoy.",
            Some(date(2024, 6, 19)),
        ),
        ("Vladimir Putin was born in October 1952.", None),
    ]);
    let ages: Vec<&Checked> = checked
        .iter()
        .filter(|c| rules.relations[c.relation].id == "age-birth")
        .collect();
    assert_eq!(ages.len(), 1);
    assert!(!ages[0].holds);
    assert!(
        ages[0]
            .arithmetic
            .contains("was born between 1955-06-20 and 1956-06-19"),
        "{}",
        ages[0].arithmetic
    );
}

#[test]
fn a_weekday_must_be_its_dates_weekday() {
    assert_eq!(
        verdict("weekday", "The summit opened on Tuesday, June 25, 2024."),
        Some(true)
    );
    assert_eq!(
        verdict("weekday", "The summit opened on Wednesday, June 25, 2024."),
        Some(false)
    );
    // A bare weekday is resolved to a matching day: nothing to contradict.
    assert_eq!(
        verdict_on(
            "weekday",
            "The summit opened on Tuesday.",
            Some(date(2024, 6, 27))
        ),
        Some(true)
    );
}

#[test]
fn violated_relations_show_the_sums() {
    let (checked, _) = checked_dated(&[(
        "The 683-mile journey takes two days at 37 miles per hour.",
        None,
    )]);
    let c = &checked[0];
    assert!(!c.holds);
    assert_eq!(
        c.arithmetic,
        "683-mile at 37 miles per hour takes 18.46 h, not two days (48 h): 2.6 times as long"
    );
    assert_eq!(c.items.len(), 3);
}

#[test]
fn sums_and_ages_show_the_computed_value_beside_the_stated_one() {
    let (checked, _) = checked_dated(&[(
        "The blast left 60 casualties: 12 people were killed and 40 were injured.",
        None,
    )]);
    assert_eq!(
        checked[0].arithmetic,
        "12 + 40 = 52, but the article says 60: 1.15 times the sum"
    );
    let (checked, _) = checked_dated(&[(
        "In Moscow, Vladimir Putin, 68, met the envoy. Putin was born in October 1952.",
        Some(date(2024, 6, 19)),
    )]);
    assert_eq!(
        checked[0].arithmetic,
        "Vladimir Putin, 68 on 2024-06-19, was born between 1955-06-20 and 1956-06-19; a0 says October 1952, an age of 71 that day"
    );
}

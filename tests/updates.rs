//! Counts that only grow: the constructed Alder Creek cluster (`fixtures/alder-creek-floods-
//! constructed`, invented for these tests) gives a death toll of 12, 15 and 19 in three
//! articles published a day apart. Dated, that is an update with its timeline; undated (the
//! `-undated` copy), a conflict that says dates would settle it.

mod common;
use common::*;

const DATED: &str = "fixtures/alder-creek-floods-constructed";
const UNDATED: &str = "fixtures/alder-creek-floods-constructed-undated";

fn findings(r: &serde_json::Value, fact: &str) -> Vec<serde_json::Value> {
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["fact"] == fact)
        .cloned()
        .collect()
}

#[test]
fn a_toll_rising_over_three_dated_articles_is_an_update_with_its_timeline() {
    let run = factdiff(&["check", DATED, "--format", "json"]);
    assert_eq!(run.code, 0, "an update is information: {}", run.stdout);
    let r = json(&run);
    let tolls = findings(&r, "death-toll");
    assert_eq!(tolls.len(), 1, "{:#}", r["findings"]);
    let u = &tolls[0];
    assert_eq!(u["kind"], "update");
    assert_eq!(u["severity"], "info");
    let steps: Vec<(&str, &str, &str)> = u["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["published"].as_str().unwrap(),
                s["value"].as_str().unwrap(),
                s["sources"][0].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        steps,
        vec![
            ("2024-06-10", "Twelve", "01_monday"),
            ("2024-06-11", "Fifteen", "02_tuesday"),
            ("2024-06-12", "Nineteen", "03_wednesday"),
        ]
    );
    assert!(u.get("note").is_none());
    let human = factdiff(&["check", DATED, "--color", "never"]);
    assert!(human.stdout.starts_with("info[death-toll]: update: How many people were killed rose as the story developed: Twelve on Monday 2024-06-10 (01_monday), then Fifteen on Tuesday 2024-06-11 (02_tuesday), then Nineteen on Wednesday 2024-06-12 (03_wednesday)\n"), "{}", human.stdout);
    assert!(
        human
            .stdout
            .contains("^^^^^^ 01_monday says Twelve (12), published 2024-06-10")
    );
}

#[test]
fn the_same_articles_without_dates_are_a_conflict_that_says_dates_would_settle_it() {
    let run = factdiff(&["check", UNDATED, "--format", "json"]);
    assert_eq!(run.code, 1);
    let r = json(&run);
    let tolls = findings(&r, "death-toll");
    assert_eq!(tolls.len(), 1);
    assert_eq!(tolls[0]["kind"], "conflict");
    assert_eq!(tolls[0]["severity"], "error");
    assert!(
        tolls[0]["note"]
            .as_str()
            .unwrap()
            .contains("dates would settle")
    );
    assert!(tolls[0].get("timeline").is_none());
    let human = factdiff(&["check", UNDATED, "--color", "never"]);
    assert!(
        human
            .stdout
            .contains("   = note: this count grows as a story develops"),
        "{}",
        human.stdout
    );
}

#[test]
fn dates_given_on_the_command_line_settle_it_and_a_lower_later_figure_stays_a_conflict() {
    let dates = [
        "--published",
        "01_monday=2024-06-10",
        "--published",
        "02_tuesday=2024-06-11",
    ];
    // Two of three dated: still not settled.
    let mut args = vec!["check", UNDATED, "--format", "json"];
    args.extend(dates);
    let r = json(&factdiff(&args));
    assert_eq!(findings(&r, "death-toll")[0]["kind"], "conflict");
    // All three dated: an update.
    args.extend(["--published", "03_wednesday=2024-06-12"]);
    let r = json(&factdiff(&args));
    assert_eq!(findings(&r, "death-toll")[0]["kind"], "update");
    // The 12 published last: a count revised down is still a conflict, and says so.
    let mut args = vec!["check", UNDATED, "--format", "json"];
    args.extend([
        "--published",
        "01_monday=2024-06-13",
        "--published",
        "02_tuesday=2024-06-11",
        "--published",
        "03_wednesday=2024-06-12",
    ]);
    let r = json(&factdiff(&args));
    let toll = &findings(&r, "death-toll")[0];
    assert_eq!(toll["kind"], "conflict");
    assert!(
        toll["note"]
            .as_str()
            .unwrap()
            .contains("a later source gives a lower figure")
    );
    // Two sources published the same day cannot be ordered.
    let mut args = vec!["check", UNDATED, "--format", "json"];
    args.extend([
        "--published",
        "01_monday=2024-06-11",
        "--published",
        "02_tuesday=2024-06-11",
        "--published",
        "03_wednesday=2024-06-12",
    ]);
    let r = json(&factdiff(&args));
    let toll = &findings(&r, "death-toll")[0];
    assert_eq!(toll["kind"], "conflict");
    assert!(toll["note"].as_str().unwrap().contains("the same day"));
}

//! Tests of the changes between two versions of an article.

use super::*;
use crate::rules::{RuleFile, load};
use crate::source::article;

fn pack() -> RuleSet {
    load(&RuleFile::default_pack()).unwrap()
}

#[test]
fn a_corrected_figure_is_a_changed_fact_with_both_values_and_the_sentence_diff() {
    let old = article(
        "a",
        "a.txt",
        "The train travelled at 25 miles per hour, officials said.\n".to_string(),
    );
    let new = article(
        "a",
        "a.txt",
        "The train travelled at 37 miles per hour, officials said.\n".to_string(),
    );
    let changes = changes(Some(&old), Some(&new), &pack());
    let facts: Vec<&Change> = changes
        .iter()
        .filter(|c| c.item == ItemKind::Fact)
        .collect();
    assert_eq!(facts.len(), 1, "{changes:?}");
    let c = facts[0];
    assert_eq!(
        (c.kind, c.fact.as_str()),
        (ChangeKind::Changed, "vehicle-speed")
    );
    assert_eq!(c.before.as_ref().unwrap().written, "25 miles per hour");
    assert_eq!(c.after.as_ref().unwrap().display, "59.55 km/h");
    assert_eq!(
        c.diff,
        vec![
            Part::Equal("The train travelled at".into()),
            Part::Delete("25".into()),
            Part::Insert("37".into()),
            Part::Equal("miles per hour, officials said.".into())
        ]
    );
}

#[test]
fn unchanged_facts_are_not_listed_and_new_or_gone_ones_are() {
    let old = article(
        "a",
        "a.txt",
        "Twelve people were killed. The train travelled at 37 mph.\n".to_string(),
    );
    let new = article(
        "a",
        "a.txt",
        "A new lead.\n\nThe train travelled at 37 mph. About 40 people were injured.\n".to_string(),
    );
    let changes = changes(Some(&old), Some(&new), &pack());
    let facts: Vec<(ChangeKind, &str)> = changes
        .iter()
        .filter(|c| c.item == ItemKind::Fact)
        .map(|c| (c.kind, c.fact.as_str()))
        .collect();
    assert_eq!(
        facts,
        vec![
            (ChangeKind::Removed, "death-toll"),
            (ChangeKind::Added, "injured-count")
        ]
    );
}

#[test]
fn quotations_and_names_that_change_are_listed_the_same_way() {
    let old = article(
        "a",
        "a.txt",
        "“We will not back down from this fight,” said Mayor Ana Lopez.\n".to_string(),
    );
    let new = article(
        "a",
        "a.txt",
        "“We will never back down from this fight,” said Mayor Ana López.\n".to_string(),
    );
    let changes = changes(Some(&old), Some(&new), &pack());
    let quote = changes
        .iter()
        .find(|c| c.item == ItemKind::Quote)
        .expect("a changed quotation");
    assert_eq!(quote.kind, ChangeKind::Changed);
    assert!(
        quote.diff.contains(&Part::Delete("not".into()))
            && quote.diff.contains(&Part::Insert("never".into())),
        "{:?}",
        quote.diff
    );
    let name = changes
        .iter()
        .find(|c| c.item == ItemKind::Name)
        .expect("a changed name");
    assert_eq!(
        (
            name.before.as_ref().unwrap().written.as_str(),
            name.after.as_ref().unwrap().written.as_str()
        ),
        ("Mayor Ana Lopez", "Mayor Ana López")
    );
}

#[test]
fn an_added_article_lists_its_facts_as_added() {
    let new = article("a", "a.txt", "The train travelled at 37 mph.\n".to_string());
    let changes = changes(None, Some(&new), &pack());
    assert!(changes.iter().all(|c| c.kind == ChangeKind::Added));
    assert!(changes.iter().any(|c| c.fact == "vehicle-speed"));
}

/// The effects on the speed findings of changing article `changed` of a cluster of train
/// speeds (the sentences are also one shared passage, whose drift is left out).
fn effects_of(before: &[(&str, &str)], after: &[(&str, &str)], changed: &str) -> Vec<Effect> {
    let cluster = |items: &[(&str, &str)]| -> Vec<Article> {
        items
            .iter()
            .map(|(id, speed)| {
                let text = match *speed {
                    "" => "The armored train left on time.\n".to_string(),
                    _ => format!("The armored train travelled at {speed} miles per hour.\n"),
                };
                article(id, &format!("{id}.txt"), text)
            })
            .collect()
    };
    let rules = pack();
    let b = crate::check(&cluster(before), &rules, Vec::new());
    let a = crate::check(&cluster(after), &rules, Vec::new());
    effects(&b, &a, &[changed])
        .into_iter()
        .filter(|e| e.finding.fact == "vehicle-speed")
        .collect()
}

fn verdicts(effects: &[Effect]) -> Vec<(Verdict, &str)> {
    effects
        .iter()
        .map(|e| (e.verdict, e.finding.fact.as_str()))
        .collect()
}

#[test]
fn a_correction_into_line_resolves_and_one_out_of_line_introduces() {
    let fixed = effects_of(
        &[("a", "37"), ("b", "25")],
        &[("a", "37"), ("b", "37")],
        "b",
    );
    assert_eq!(verdicts(&fixed), vec![(Verdict::Resolves, "vehicle-speed")]);
    assert_eq!(fixed[0].source, "b");
    let broken = effects_of(
        &[("a", "37"), ("b", "37")],
        &[("a", "37"), ("b", "52")],
        "b",
    );
    assert_eq!(
        verdicts(&broken),
        vec![(Verdict::Introduces, "vehicle-speed")]
    );
    assert!(broken[0].finding.message.contains("52 miles per hour"));
}

#[test]
fn a_new_figure_in_an_old_conflict_worsens_it_and_other_figures_change_it() {
    let before = [("a", "37"), ("b", "25")];
    let worse = effects_of(&before, &[("a", "37"), ("b", "25"), ("c", "60")], "c");
    assert_eq!(verdicts(&worse), vec![(Verdict::Worsens, "vehicle-speed")]);
    let was = worse[0].before.as_deref().unwrap();
    assert!(was.contains("25") && !was.contains("60"), "{was}");
    let three = [("a", "37"), ("b", "25"), ("c", "60")];
    let narrower = effects_of(&three, &[("a", "37"), ("b", "25"), ("c", "37")], "c");
    assert_eq!(
        verdicts(&narrower),
        vec![(Verdict::Changes, "vehicle-speed")]
    );
    // One wrong figure for another: no better, no worse.
    let other = effects_of(&before, &[("a", "37"), ("b", "30")], "b");
    assert_eq!(verdicts(&other), vec![(Verdict::Changes, "vehicle-speed")]);
}

#[test]
fn a_finding_the_changed_article_has_no_part_in_is_not_listed() {
    // a and b disagree before and after; c, which changes, gives no speed at all.
    let before = [("a", "37"), ("b", "25"), ("c", "")];
    let unrelated = effects_of(&before, &[("a", "37"), ("b", "25")], "c");
    assert_eq!(verdicts(&unrelated), vec![]);
    // Once c gives a figure already in the conflict it has a part in it: listed, left as it was.
    let edited = effects_of(&before, &[("a", "37"), ("b", "25"), ("c", "25")], "c");
    assert_eq!(verdicts(&edited), vec![(Verdict::Leaves, "vehicle-speed")]);
}

#[test]
fn the_pull_request_comment_stays_under_the_limit_and_says_what_it_left_out() {
    use super::markdown::render_limited;
    use super::render::{ArticleDiff, DiffReport, Status};
    let text = "The armored train travelled at 37 miles per hour, officials said.\n".repeat(3);
    let left = effects_of(
        &[("a", "37"), ("b", "25"), ("c", "")],
        &[("a", "37"), ("b", "25"), ("c", "25")],
        "c",
    );
    assert_eq!(verdicts(&left), vec![(Verdict::Leaves, "vehicle-speed")]);
    let report = DiffReport {
        base: "main".into(),
        head: "HEAD".into(),
        articles: (0..200)
            .map(|i| {
                let new = article(&format!("a{i:03}"), "a.txt", text.clone());
                ArticleDiff {
                    path: format!("story/a{i:03}.txt"),
                    status: Status::Added,
                    changes: changes(None, Some(&new), &pack()),
                    effects: left.clone(),
                }
            })
            .collect(),
    };
    let full = render_limited(&report, usize::MAX);
    assert_eq!(full.matches("<details>").count(), 200);
    // Over the limit: first the findings left as they were go, then whole articles.
    let shorter = render_limited(&report, full.chars().count() - 1);
    assert!(shorter.chars().count() < full.chars().count());
    assert!(!shorter.contains("<details>") && shorter.contains("(not listed, for length)"));
    assert_eq!(shorter.matches("### `story/").count(), 200);
    let short = render_limited(&report, 5_000);
    assert!(short.chars().count() <= 5_000, "{}", short.chars().count());
    let shown = short.matches("### `story/").count();
    assert!(shown > 0 && shown < 200);
    assert!(
        short.contains(&format!("{} more articles not shown", 200 - shown)),
        "{short}"
    );
}

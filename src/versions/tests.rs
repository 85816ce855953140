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

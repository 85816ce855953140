//! Extraction with the default pack on sentences of real articles: figures of other events,
//! breakdowns and subgroups that read like a story's facts but are not them.

use super::*;
use crate::rules::{RuleFile, load};
use crate::source::article;

fn pack() -> RuleSet {
    load(&RuleFile::default_pack()).unwrap()
}

/// The facts of one cluster as `(article, rule, value as written, subject)`.
fn facts_of(texts: &[&str]) -> Vec<(usize, String, String, String)> {
    let rules = pack();
    let articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| article(&format!("a{i}"), "t", t.to_string()))
        .collect();
    extract_all(&articles, &rules)
        .into_iter()
        .map(|f| {
            let text = &articles[f.source].text;
            (
                f.source,
                rules.rules[f.rule].id.clone(),
                text[f.span.start..f.span.end].to_string(),
                f.subject,
            )
        })
        .collect()
}

/// The facts of one article as `(rule, value, subject)`.
fn facts(text: &str) -> Vec<(String, String, String)> {
    facts_of(&[text])
        .into_iter()
        .map(|(_, r, v, s)| (r, v, s))
        .collect()
}

fn has(found: &[(String, String, String)], rule: &str, value: &str, subject: &str) -> bool {
    found
        .iter()
        .any(|(r, v, s)| r == rule && v == value && s == subject)
}

#[test]
fn attackers_are_a_subject_of_their_own() {
    let f = facts("4 gunmen arrested from Moscow concert attack, death toll rises to 93");
    assert!(has(&f, "arrest-count", "4", "attackers"), "{f:?}");
    assert!(has(&f, "death-toll", "93", "people"), "{f:?}");
    let f = facts(
        "Russian authorities said they have arrested the four people who committed the attack \
         on Crocus City Hall in Krasnogorsk.",
    );
    assert!(has(&f, "arrest-count", "four", "attackers"), "{f:?}");
    let f = facts(
        "Russia's FSB security service has arrested 11 people suspected of involvement, \
         including four assailants.",
    );
    assert_eq!(f, [("arrest-count".into(), "11".into(), "people".into())]);
    let f = facts(
        "Putin has vowed to punish those behind a deadly attack on a Moscow concert hall that \
         has claimed 133 lives, after authorities said the four main suspects were caught.",
    );
    assert!(has(&f, "death-toll", "133", "people"), "{f:?}");
    assert!(has(&f, "death-toll", "four", "attackers"), "{f:?}");
    // A headline in title case: "Officials" is no nationality.
    let f = facts("Gujarat Morbi Bridge Collapse Live: Nine Officials of Oreva Group Arrested");
    assert!(has(&f, "arrest-count", "Nine", "people"), "{f:?}");
}

#[test]
fn officers_shot_at_are_counted_as_police() {
    let f = facts(
        "Subsequently, he opened fire on officers, wounding two before being fatally shot by \
         law enforcement.",
    );
    assert_eq!(f, [("injured-count".into(), "two".into(), "police".into())]);
    let f = facts("Two officers were injured—one by gunfire and another when struck by the truck.");
    assert_eq!(f, [("injured-count".into(), "Two".into(), "police".into())]);
}

#[test]
fn a_separate_incident_is_not_the_story() {
    let text = "October 1, 2024\n\n\
        Two people were lightly injured by shrapnel in central Israel.\n\n\
        In a separate incident earlier in the day, a terrorist attack in southern Tel Aviv left \
        eight people dead.\n\n\
        Israeli police labeled it a terror attack, with two suspects killed by authorities. \
        Twelve people were injured, six seriously.";
    let f = facts(text);
    assert_eq!(f, [("injured-count".into(), "Two".into(), "people".into())]);
}

#[test]
fn an_undated_article_is_read_as_of_its_cluster() {
    let undated = "What we know about Iran's missile attack on Israel\n\
        In April, Iran fired a wave of drones and missiles at Israel in the wake of an air \
        strike that hit Tehran's diplomatic mission in Damascus. The embassy attack killed \
        seven Revolutionary Guards, two of them generals.";
    let dated = "October 2, 2024\n\nIran fired about 180 missiles at Israel on Tuesday.";
    let f = facts_of(&[undated, dated]);
    assert!(
        !f.iter().any(|(_, r, _, _)| r == "death-toll"),
        "April is months before the cluster's October: {f:?}"
    );
    // Alone, the article has no date to place April against.
    assert!(has(&facts(undated), "death-toll", "seven", "people"));
}

#[test]
fn a_sentence_set_in_an_earlier_year_is_that_years() {
    let text = "March 24, 2024\n\n\
        Concerts have been targeted before. Last year, Hamas militants carried out an attack \
        on a music concert in Israel, resulting in the deaths of 364 individuals. As of \
        Sunday, the death toll stood at 137.";
    let f = facts(text);
    assert_eq!(f, [("death-toll".into(), "137".into(), "people".into())]);
    let text = "December 30, 2024\n\n\
        This tragedy marks South Korea's deadliest aviation incident since 1997, when a Korean \
        Air crash in Guam killed 228.";
    assert!(facts(text).is_empty());
}

#[test]
fn breakdowns_and_other_groups_are_not_the_total() {
    let f = facts(
        "Among the dead persons, three were hikers who were hit by falling rocks, the rest one \
         was a bus driver, killed by falling rocks as well.",
    );
    assert!(f.is_empty(), "{f:?}");
    let f = facts(
        "At least four people were confirmed dead, 711 were injured, and 77 people trapped \
         awaiting rescue after a 7.3-magnitude quake struck.",
    );
    assert!(has(&f, "injured-count", "711", "people"), "{f:?}");
    assert!(!f.iter().any(|(_, v, _)| v == "77"), "{f:?}");
}

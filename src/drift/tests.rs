//! Drift tests over small articles written for them.

use super::*;
use crate::rules::{RuleFile, load};
use crate::source::article;

fn pack() -> RuleSet {
    load(&[RuleFile::new(
        "words.toml",
        include_str!("../../rules/words.toml"),
    )])
    .unwrap()
}

fn drifts(texts: &[&str]) -> Vec<Drift> {
    let articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| article(&format!("s{i}"), "x", t.to_string()))
        .collect();
    drift(&articles, &pack())
}

#[test]
fn a_shared_passage_with_a_changed_word_is_a_drift_with_its_diff() {
    let found = drifts(&[
        "Koffler formerly worked as a senior officer at the Defense Intelligence Agency, the outlet said.",
        "Koffler, a former senior official at the Defense Intelligence Agency, told reporters.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    let d = &found[0];
    // A changed word: one level below the rule's severity; a changed number takes it whole.
    assert_eq!(
        (d.kind, d.severity),
        (FindingKind::PassageDrift, Severity::Info)
    );
    assert_eq!(d.summary, "officer → official");
    assert_eq!(
        d.diff,
        vec![
            Part::Equal("senior".into()),
            Part::Delete("officer".into()),
            Part::Insert("official".into()),
            Part::Equal("at the Defense Intelligence Agency".into())
        ]
    );
    assert_eq!(
        d.sides.iter().map(|s| s.source).collect::<Vec<_>>(),
        vec![0, 1]
    );
}

#[test]
fn a_changed_number_in_a_shared_passage_takes_the_rule_s_severity_and_added_words_are_not_drift() {
    // The default pack's passage rule is info; a rule at warning shows the two levels.
    let rule = "[[fact]]\nid = \"passage\"\ndescription = \"d\"\nvalue = \"text\"\nseverity = \"warning\"\nmessage = \"{values}\"\n";
    let warning = load(&[RuleFile::new("p.toml", rule)]).unwrap();
    let articles = |texts: &[&str]| -> Vec<Article> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| article(&format!("s{i}"), "x", t.to_string()))
            .collect()
    };
    let texts = [
        "The driver lost control and the bus hit a pole at 35 miles per hour, police said on Sunday.",
        "The driver lost control and the bus hit a pole at 30 miles per hour, police said.",
    ];
    let found = drift(&articles(&texts), &warning);
    assert_eq!(
        (found[0].severity, found[0].summary.as_str()),
        (Severity::Warning, "35 → 30")
    );
    let words = [
        "She formerly worked as a senior officer at the Defense Intelligence Agency, officials said.",
        "He described her as a senior official at the Defense Intelligence Agency until 2019.",
    ];
    assert_eq!(
        drift(&articles(&words), &warning)[0].severity,
        Severity::Info
    );
    let found = drifts(&[
        "The driver lost control and the bus hit a pole at 35 miles per hour, police said on Sunday.",
        "The driver lost control and the bus hit a pole at 30 miles per hour, police said.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].severity, found[0].summary.as_str()),
        (Severity::Info, "35 → 30")
    );
    assert!(
        drifts(&[
            "The driver lost control and the bus hit a concrete pole near the bridge, police said.",
            "The driver lost control and the bus hit a pole near the bridge, police said.",
        ])
        .is_empty()
    );
    assert!(
        drifts(&[
            "Four passengers on the bus were taken to hospital with serious injuries, police said.",
            "4 passengers on the bus were taken to hospital with serious injuries, police said.",
        ])
        .is_empty()
    );
}

#[test]
fn identical_passages_and_rewrites_are_not_drift() {
    assert!(
        drifts(&[
            "The meeting lasted four hours in the Russian Far East.",
            "The meeting lasted four hours in the Russian Far East."
        ])
        .is_empty()
    );
    assert!(drifts(&[
        "This meeting occurred at a time when both Russia and North Korea have strained relations.",
        "The meeting comes at a time when both countries find themselves in strained relationships.",
    ])
    .is_empty());
}

#[test]
fn name_variants_and_descriptor_variants_are_info() {
    let found = drifts(&[
        "Kim Jong Un left by a bulletproof train on Sunday.",
        "Kim Jong-un left by armored train, reports said.",
    ]);
    let summaries: Vec<(&str, Severity)> = found
        .iter()
        .map(|d| (d.summary.as_str(), d.severity))
        .collect();
    assert!(
        summaries.contains(&("Kim Jong Un → Kim Jong-un", Severity::Info)),
        "{summaries:?}"
    );
    assert!(
        summaries.contains(&("bulletproof train → armored train", Severity::Info)),
        "{summaries:?}"
    );
}

#[test]
fn aliases_silence_name_variants() {
    let mut rules = pack();
    let articles = vec![
        article(
            "a",
            "x",
            "Officials met at Vostochny Kosmodrom on Tuesday.".into(),
        ),
        article(
            "b",
            "x",
            "Officials met at Vostochny Cosmodrom on Tuesday.".into(),
        ),
    ];
    assert_eq!(drift(&articles, &rules).len(), 1);
    rules.aliases.push(vec![
        "Vostochny Kosmodrom".into(),
        "Vostochny Cosmodrom".into(),
    ]);
    assert!(drift(&articles, &rules).is_empty());
}

#[test]
fn a_quotation_quoted_word_for_word_is_an_agreement() {
    let found = drifts(&[
        "“We will rebuild every home that was lost in this fire,” the governor said on Monday.",
        "The governor promised: “We will rebuild every home that was lost in this fire.”",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].agreement);
    assert_eq!(found[0].kind, FindingKind::QuoteDrift);
    let found = drifts(&[
        "“We will rebuild every home that was lost in this fire,” the governor said on Monday.",
        "The governor promised: “We will rebuild every house that was lost in this fire.”",
    ]);
    assert!(
        found
            .iter()
            .any(|d| !d.agreement && d.summary == "home → house"),
        "{found:?}"
    );
}

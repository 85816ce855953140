//! Differ tests over facts built by hand.

use super::*;
use crate::rules::{RuleFile, load};
use crate::span::Span;
use crate::values::{Dimension, NumberForm, Qualifier, Quantity, Value};

fn rules() -> RuleSet {
    load(&[RuleFile::new(
        "t.toml",
        "[[fact]]\nid = \"dead\"\ndescription = \"d\"\nvalue = \"count\"\nseverity = \"error\"\n",
    )])
    .unwrap()
}

fn fact(source: usize, at: usize, value: f64, qualifier: Option<Qualifier>, subject: &str) -> Fact {
    let (low, high) = match qualifier {
        Some(Qualifier::Approx) => (Some(value * 0.9), Some(value * 1.1)),
        Some(Qualifier::AtLeast) => (Some(value), None),
        _ => (None, None),
    };
    Fact {
        rule: 0,
        source,
        span: Span::new(at, at + 2),
        hedge: None,
        sentence: Span::new(0, 100),
        subject: subject.to_string(),
        value: Value::Quantity(Quantity {
            dimension: Dimension::Number,
            unit: "",
            value,
            precision: 0.0,
            qualifier,
            low,
            high,
            form: NumberForm::Digits,
        }),
    }
}

fn values(facts: &[Fact], group: &[usize]) -> Vec<(usize, f64)> {
    group
        .iter()
        .map(|&i| match &facts[i].value {
            Value::Quantity(q) => (facts[i].source, q.value),
            Value::Date(_) => unreachable!(),
        })
        .collect()
}

#[test]
fn two_sources_with_exact_values_conflict_at_the_rule_severity() {
    let facts = vec![fact(0, 10, 37.0, None, ""), fact(1, 5, 25.0, None, "")];
    let out = diff(&facts, &rules(), &[]);
    assert_eq!(out.findings.len(), 1);
    let f = &out.findings[0];
    assert_eq!(
        (f.kind, f.severity, f.consensus),
        (FindingKind::Conflict, Severity::Error, false)
    );
    assert_eq!(f.groups.len(), 2);
    assert!(out.agreements.is_empty());
}

#[test]
fn the_consensus_comes_first_and_outliers_after() {
    let facts = vec![
        fact(0, 1, 25.0, None, ""),
        fact(1, 1, 37.0, None, ""),
        fact(2, 1, 37.0, None, ""),
    ];
    let out = diff(&facts, &rules(), &[]);
    let f = &out.findings[0];
    assert!(f.consensus);
    assert_eq!(values(&facts, &f.groups[0]), vec![(1, 37.0), (2, 37.0)]);
    assert_eq!(values(&facts, &f.groups[1]), vec![(0, 25.0)]);
}

#[test]
fn one_source_contradicting_itself_is_an_internal_finding() {
    let facts = vec![
        fact(0, 1, 12.0, None, ""),
        fact(0, 50, 15.0, None, ""),
        fact(1, 1, 13.0, None, ""),
    ];
    let out = diff(&facts, &rules(), &[]);
    let kinds: Vec<FindingKind> = out.findings.iter().map(|f| f.kind).collect();
    assert_eq!(kinds, vec![FindingKind::Conflict, FindingKind::Internal]);
    let internal = &out.findings[1];
    assert_eq!(
        internal.severity,
        Severity::Info,
        "internal findings are shown, never failing"
    );
    assert_eq!(internal.groups.iter().flatten().count(), 2);
    assert!(
        internal
            .groups
            .iter()
            .flatten()
            .all(|&i| facts[i].source == 0)
    );
}

#[test]
fn a_source_that_also_states_the_other_figure_does_not_contradict_it() {
    // Source 0 writes 157 dead (this crash) and 189 (an earlier one); source 1 writes 157.
    let facts = vec![
        fact(0, 1, 157.0, None, ""),
        fact(0, 90, 189.0, None, ""),
        fact(1, 1, 157.0, None, ""),
    ];
    let out = diff(&facts, &rules(), &[]);
    assert!(
        out.findings.iter().all(|f| f.kind == FindingKind::Internal),
        "{:?}",
        out.findings
    );
    // Source 2 writes 150: a disagreement with 157, listed without the 189 nobody disputes.
    let facts = vec![
        fact(0, 1, 157.0, None, ""),
        fact(0, 90, 189.0, None, ""),
        fact(1, 1, 157.0, None, ""),
        fact(2, 1, 150.0, None, ""),
    ];
    let out = diff(&facts, &rules(), &[]);
    let conflict = out
        .findings
        .iter()
        .find(|f| f.kind == FindingKind::Conflict)
        .unwrap();
    let listed: Vec<(usize, f64)> = conflict
        .groups
        .iter()
        .flat_map(|g| values(&facts, g))
        .collect();
    assert_eq!(listed, vec![(0, 157.0), (1, 157.0), (2, 150.0)]);
    assert!(conflict.consensus, "157 (two sources) against 150 (one)");
    // An open bound is no support: "at least 150" does not make 153 and 156 agree.
    let facts = vec![
        fact(0, 1, 150.0, Some(Qualifier::AtLeast), ""),
        fact(0, 50, 153.0, None, ""),
        fact(1, 1, 156.0, None, ""),
    ];
    let out = diff(&facts, &rules(), &[]);
    assert_eq!(out.findings[0].kind, FindingKind::Conflict);
}

#[test]
fn a_figure_below_its_own_sources_lower_bound_is_a_part() {
    // Source 0: "at least 125 dead … 34 were trampled"; source 1: "125".
    let facts = vec![
        fact(0, 1, 125.0, Some(Qualifier::AtLeast), ""),
        fact(0, 60, 34.0, None, ""),
        fact(1, 1, 125.0, None, ""),
    ];
    let out = diff(&facts, &rules(), &[]);
    assert!(
        out.findings.iter().all(|f| f.kind == FindingKind::Internal),
        "{:?}",
        out.findings
    );
}

#[test]
fn a_hedged_value_lowers_the_severity_and_bounds_lower_it_too() {
    let facts = vec![
        fact(0, 1, 10.0, Some(Qualifier::Approx), ""),
        fact(1, 1, 20.0, None, ""),
    ];
    assert_eq!(
        diff(&facts, &rules(), &[]).findings[0].severity,
        Severity::Warning
    );
    let facts = vec![
        fact(0, 1, 50.0, Some(Qualifier::AtLeast), ""),
        fact(1, 1, 70.0, Some(Qualifier::AtLeast), ""),
    ];
    let out = diff(&facts, &rules(), &[]);
    assert_eq!(out.findings[0].severity, Severity::Warning);
    assert!(out.findings[0].bounds_only);
}

#[test]
fn agreements_need_two_sources_and_subjects_are_kept_apart() {
    let facts = vec![
        fact(0, 1, 2.0, None, "attempts"),
        fact(1, 1, 2.0, None, "attempts"),
        fact(2, 1, 9.0, None, "soldiers"),
        fact(3, 1, 4.0, None, "civilians"),
    ];
    let out = diff(&facts, &rules(), &[]);
    assert!(out.findings.is_empty());
    assert_eq!(out.agreements.len(), 1);
    assert_eq!(out.agreements[0].subject, "attempts");
    assert_eq!(out.agreements[0].claims, vec![0, 1]);
}

#[test]
fn the_outcome_does_not_depend_on_input_order() {
    let facts = vec![
        fact(0, 1, 25.0, None, ""),
        fact(1, 1, 37.0, None, ""),
        fact(2, 1, 37.0, None, ""),
        fact(2, 9, 40.0, None, ""),
    ];
    let mut reversed = facts.clone();
    reversed.reverse();
    let a = diff(&facts, &rules(), &[]);
    let b = diff(&reversed, &rules(), &[]);
    let shape = |out: &Outcome, facts: &[Fact]| -> Vec<Vec<Vec<(usize, f64)>>> {
        out.findings
            .iter()
            .map(|f| f.groups.iter().map(|g| values(facts, g)).collect())
            .collect()
    };
    assert_eq!(shape(&a, &facts), shape(&b, &reversed));
}

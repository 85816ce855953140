//! The report's side of reasoning over facts: checked relations become findings (with their
//! arithmetic) or agreements, a count that grew over publication time reads as a timeline,
//! and a conflict about such a count says what would settle it.

use super::{Agreement, Claim, Finding, SourceInfo, Step, make_claim};
use crate::diff::{FindingKind, Note};
use crate::extract::Fact;
use crate::relate::{Checked, Item};
use crate::rules::{RelationKind, RuleSet};
use crate::source::Article;
use crate::span::LineIndex;

/// The claims a checked relation stands on, in the order the relation names them.
fn claims(c: &Checked, articles: &[Article], indexes: &[LineIndex], facts: &[Fact]) -> Vec<Claim> {
    c.items
        .iter()
        .map(|item| match item {
            Item::Fact(i) => make_claim(
                &articles[facts[*i].source],
                &indexes[facts[*i].source],
                &facts[*i],
                0,
            ),
            Item::Text {
                source,
                span,
                sentence,
            } => {
                let text = &articles[*source].text;
                let words = text[span.start..span.end].to_string();
                Claim {
                    source: *source,
                    text: words.clone(),
                    hedge: None,
                    written: words.clone(),
                    value: None,
                    display: words,
                    span: *span,
                    start: indexes[*source].line_col(text, span.start),
                    end: indexes[*source].line_col(text, span.end),
                    sentence: text[sentence.start..sentence.end].to_string(),
                    sentence_start: sentence.start,
                    group: 0,
                }
            }
        })
        .collect()
}

/// Violated relations as findings, and the relations that hold (weekdays aside: a date that
/// matches its weekday is no news) as agreements.
pub(super) fn relations(
    checked: &[Checked],
    articles: &[Article],
    indexes: &[LineIndex],
    facts: &[Fact],
    rules: &RuleSet,
) -> (Vec<Finding>, Vec<Agreement>) {
    let mut findings = Vec::new();
    let mut agreements = Vec::new();
    for c in checked {
        let relation = &rules.relations[c.relation];
        let claims = claims(c, articles, indexes, facts);
        if c.holds {
            if relation.kind != RelationKind::Weekday {
                agreements.push(Agreement {
                    fact: relation.id.clone(),
                    subject: String::new(),
                    claims,
                    arithmetic: Some(c.arithmetic.clone()),
                });
            }
            continue;
        }
        findings.push(Finding {
            kind: if relation.kind == RelationKind::Weekday {
                FindingKind::Internal
            } else {
                FindingKind::Relation
            },
            fact: relation.id.clone(),
            description: relation.description.clone(),
            subject: String::new(),
            severity: c.severity,
            message: relation.render_message(&c.arithmetic),
            consensus: false,
            claims,
            diff: Vec::new(),
            arithmetic: Some(c.arithmetic.clone()),
            note: None,
            timeline: Vec::new(),
        });
    }
    (findings, agreements)
}

/// The steps of an update, earliest first: each group's figure with the first date and the
/// sources that give it.
pub(super) fn timeline(claims: &[Claim], sources: &[SourceInfo]) -> Vec<Step> {
    let mut steps: Vec<Step> = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        let source = &sources[c.source];
        match steps.last_mut() {
            Some(step) if step.group == c.group => {
                if !step.sources.contains(&c.source) {
                    step.sources.push(c.source);
                }
            }
            _ => steps.push(Step {
                group: c.group,
                published: source.published.clone().unwrap_or_default(),
                written: c.written.clone(),
                claim: i,
                sources: vec![c.source],
            }),
        }
    }
    steps
}

/// "The number of people killed rose as the story developed: 12 on Monday 2024-06-10 (a),
/// 15 on Tuesday 2024-06-11 (b)".
pub(super) fn update_message(description: &str, steps: &[Step], sources: &[SourceInfo]) -> String {
    let parts: Vec<String> = steps
        .iter()
        .map(|s| {
            let ids: Vec<&str> = s.sources.iter().map(|&i| sources[i].id.as_str()).collect();
            let day = s
                .published
                .parse::<jiff::civil::Date>()
                .map(|d| format!("{} ", d.strftime("%A")))
                .unwrap_or_default();
            format!("{} on {day}{} ({})", s.written, s.published, ids.join(", "))
        })
        .collect();
    let mut chars = description.chars();
    let capital: String = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    format!(
        "{capital} rose as the story developed: {}",
        parts.join(", then ")
    )
}

/// What a note on a conflict about a growing count says.
pub(super) fn note(note: Note) -> &'static str {
    match note {
        Note::Undated => {
            "this count grows as a story develops, and not every source has a publication date: dates would settle whether the higher figure is an update"
        }
        Note::SameDay => {
            "this count grows as a story develops, but sources published the same day give different figures"
        }
        Note::Receding => {
            "this count only grows as a story develops, yet a later source gives a lower figure"
        }
    }
}

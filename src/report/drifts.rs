//! Word drift in the report: each drift (a quotation, a passage, a name, a descriptor worded
//! two ways) becomes a finding whose claims are the wordings, located in their articles.

use super::{Claim, Finding, SourceInfo};
use crate::drift::Drift;
use crate::rules::RuleSet;
use crate::source::Article;
use crate::span::LineIndex;

/// A drift as a finding: each side a claim whose value is its wording.
pub(super) fn finding(
    d: &Drift,
    articles: &[Article],
    indexes: &[LineIndex],
    sources: &[SourceInfo],
    rules: &RuleSet,
) -> Finding {
    let rule = &rules.word_rules[d.rule];
    let claims: Vec<Claim> = d
        .sides
        .iter()
        .map(|s| {
            let text = &articles[s.source].text;
            let index = &indexes[s.source];
            let words = text[s.span.start..s.span.end].to_string();
            // A quotation may run on past the sentence it opens in: show all of it.
            let sentence = s.sentence.cover(&s.span);
            Claim {
                source: s.source,
                text: words.clone(),
                hedge: None,
                written: words.clone(),
                value: None,
                display: words,
                span: s.span,
                start: index.line_col(text, s.span.start),
                end: index.line_col(text, s.span.end),
                sentence: text[sentence.start..sentence.end].to_string(),
                sentence_start: sentence.start,
                group: s.group,
            }
        })
        .collect();
    let ids = |g: usize| {
        let mut ids: Vec<&str> = Vec::new();
        for s in d.sides.iter().filter(|s| s.group == g) {
            let id = sources[s.source].id.as_str();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids.join(", ")
    };
    let values = format!("{} ({} vs {})", d.summary, ids(0), ids(1));
    Finding {
        kind: d.kind,
        fact: rule.id.clone(),
        description: rule.description.clone(),
        subject: String::new(),
        severity: d.severity,
        message: rule.render_message(&values),
        consensus: false,
        claims,
        diff: d.diff.clone(),
        arithmetic: None,
        note: None,
        timeline: Vec::new(),
    }
}

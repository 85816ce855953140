//! An event is no later than a report of it: when one article dates a person's visit
//! ("Kim's visit … in September last year", read against its own publication date) and
//! another article, dated, opens by reporting that visit as done ("Kim Jong Un has met …"),
//! the visit cannot fall after that article was published. This is how an editor checks a
//! relative date against a source that gives no date of the event, only its own.

use super::{Checked, Item, Read, dated};
use crate::extract::Fact;
use crate::extract::names;
use crate::report::written;
use crate::rules::{RelationRule, RuleSet};
use crate::source::Article;
use crate::span::Span;
use crate::text;
use crate::values::Value;

/// How many opening sentences of an article count as its report of the news.
const OPENING: usize = 3;
/// Past forms that do not end in -ed.
const IRREGULAR_PAST: &[&str] = &[
    "met", "held", "made", "went", "came", "flew", "began", "took", "left", "paid", "spent",
];
/// Words before a verb that make it not (yet) done.
const NOT_DONE: &[&str] = &[
    "will", "would", "to", "could", "may", "might", "shall", "should", "must", "can", "not",
    "never", "expected", "set",
];

/// A dated article's report of an event: who did it, and the words that say so.
struct Report {
    source: usize,
    person: String,
    span: Span,
    sentence: Span,
}

/// Checks each dated, past event of the relation's rule against the dated articles that open
/// by reporting the same person's event as done.
pub(super) fn check(
    index: usize,
    relation: &RelationRule,
    articles: &[Article],
    reads: &[Read],
    facts: &[Fact],
    rules: &RuleSet,
) -> Vec<Checked> {
    let [rule] = relation.of[..] else {
        return Vec::new();
    };
    if !rules.rules[rule].subjects.named() {
        return Vec::new();
    }
    let verbs: Vec<&str> = rules.rules[rule]
        .near
        .iter()
        .filter(|p| p.words.len() == 1)
        .map(|p| p.words[0].0.as_str())
        .collect();
    let reports: Vec<Report> = reads
        .iter()
        .enumerate()
        .filter_map(|(i, a)| report(i, a, &verbs))
        .collect();
    let mut out = Vec::new();
    // A hedged date ("since 2019", "before 2020") bounds another event, not this one.
    for (f, fact) in facts
        .iter()
        .enumerate()
        .filter(|(_, f)| f.rule == rule && !f.subject.is_empty() && f.hedge.is_none())
    {
        let Value::Date(d) = &fact.value else {
            continue;
        };
        let Some((start, end)) = d.range else {
            continue;
        };
        // Only an event the stating article gives as past: a planned visit is another one.
        if dated(&articles[fact.source]).is_none_or(|on| end > on) {
            continue;
        }
        for r in reports.iter().filter(|r| {
            r.source != fact.source && super::arithmetic::same_person(&r.person, &fact.subject)
        }) {
            let Some(published) = dated(&articles[r.source]) else {
                continue;
            };
            let holds = start <= published;
            let how = match (&d.relative, d.anchor) {
                (Some(_), Some(anchor)) => format!(", read from {anchor}"),
                _ => String::new(),
            };
            let arithmetic = format!(
                "{}: “{}” ({}: {}{how}) {} {} published on {published}, which reports it: “{}”",
                fact.subject,
                written(&articles[fact.source].text, fact.span, fact.hedge),
                articles[fact.source].id,
                d.value().unwrap_or_default(),
                if holds {
                    "is no later than"
                } else {
                    "is later than"
                },
                articles[r.source].id,
                &articles[r.source].text[r.span.start..r.span.end],
            );
            let items = vec![
                Item::Fact(f),
                Item::Text {
                    source: r.source,
                    span: r.span,
                    sentence: r.sentence,
                },
            ];
            out.push(Checked {
                relation: index,
                holds,
                severity: relation.severity,
                items,
                arithmetic,
            });
        }
    }
    out
}

/// The first report, in a dated article's opening sentences, of a person's event as done:
/// a name, then within two words one of `verbs` in a past form ("Kim Jong Un has met").
fn report(source: usize, read: &Read, verbs: &[&str]) -> Option<Report> {
    read.article.published?;
    let text = read.article.text.as_str();
    let (tokens, sentences) = (&read.tokens, &read.sentences);
    let opening = &sentences[..sentences.len().min(OPENING)];
    // Names capitalised mid-sentence anywhere in the opening make a sentence's first word a name.
    let known = names::known(text, tokens, opening);
    for &sentence in opening {
        let words = text::words(text, tokens, sentence);
        let found = names::find(text, tokens, sentence, &known);
        for (k, w) in words.iter().enumerate() {
            let past = w.lower.ends_with("ed") || IRREGULAR_PAST.contains(&w.lower.as_str());
            if !past
                || !verbs.contains(&w.lower.as_str())
                || k > 0 && NOT_DONE.contains(&words[k - 1].lower.as_str())
            {
                continue;
            }
            // The doer: a name ending at most two words ("has", "reportedly") before the verb.
            let before = words.partition_point(|x| x.span.end <= w.span.start);
            let Some(doer) = found.iter().rev().find(|n| {
                let after_name = words.partition_point(|x| x.span.end <= n.span.end);
                n.span.end <= w.span.start && before - after_name <= 2
            }) else {
                continue;
            };
            return Some(Report {
                source,
                person: doer.key.clone(),
                span: Span::new(doer.span.start, w.span.end),
                sentence,
            });
        }
    }
    None
}

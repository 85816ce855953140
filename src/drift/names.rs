//! Names spelled differently across sources: every proper name each article writes, and
//! each pair of spellings that `words::names::variants` says are one name, unless an alias
//! says so already. Case alone (a headline in capitals) is not a variant.

use std::collections::{BTreeMap, BTreeSet};

use super::{Drift, Prepared, Uses, variant};
use crate::diff::FindingKind;
use crate::extract::names::find;
use crate::rules::RuleSet;
use crate::span::Span;
use crate::words::names::variants;

/// Name variants across the articles.
pub(super) fn drift(
    prepared: &[Prepared],
    known: &[BTreeSet<String>],
    rules: &RuleSet,
    index: usize,
) -> Vec<Drift> {
    // Each spelling, with its first use in each source.
    let mut forms: BTreeMap<String, Uses> = BTreeMap::new();
    for (source, p) in prepared.iter().enumerate() {
        for &sentence in &p.sentences {
            for name in find(p.text, &p.tokens, sentence, &known[source]) {
                let shouting = name
                    .key
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
                if shouting || name.key.chars().count() < 3 {
                    continue;
                }
                let uses = forms.entry(name.key.clone()).or_default();
                if !uses.iter().any(|u| u.0 == source) {
                    let at = p.text[name.span.start..name.span.end]
                        .find(&name.key)
                        .unwrap_or(0);
                    uses.push((
                        source,
                        Span::new(name.span.start + at, name.span.start + at + name.key.len()),
                        sentence,
                    ));
                }
            }
        }
    }
    let rule = &rules.word_rules[index];
    let list: Vec<(&String, &Uses)> = forms.iter().collect();
    let mut out = Vec::new();
    for (k, &(a, ua)) in list.iter().enumerate() {
        for &(b, ub) in &list[k + 1..] {
            if a.to_lowercase() == b.to_lowercase()
                || !variants(a, b)
                || rules.canonical_name(a) == rules.canonical_name(b)
            {
                continue;
            }
            out.push(variant(
                FindingKind::NameVariant,
                index,
                rule.severity,
                (a, ua),
                (b, ub),
                str::to_string,
            ));
        }
    }
    out
}

//! One subject described differently: for a descriptor rule's heads ("train"), the
//! descriptors each source writes among the three words before it ("a bulletproof train",
//! "his private armored train"); two sources that each use one the other does not are a
//! variant ("bulletproof" / "armored"). Respellings ("armored"/"armoured") are one descriptor.

use std::collections::BTreeMap;

use super::{Drift, Prepared, Uses, variant};
use crate::diff::FindingKind;
use crate::rules::{Phrase, WordRule};
use crate::span::Span;
use crate::words::normalize::{WordRef, spelling_variant};

/// Descriptor variants under one rule.
pub(super) fn drift(prepared: &[Prepared], rule: &WordRule, index: usize) -> Vec<Drift> {
    // head → descriptor → first use in each source.
    let mut uses: BTreeMap<String, BTreeMap<String, Uses>> = BTreeMap::new();
    for (source, p) in prepared.iter().enumerate() {
        for (words, &sentence) in p.words.iter().zip(&p.sentences) {
            for k in 0..words.len() {
                let Some(head) = rule.heads.iter().find(|h| matches_at(words, k, h)) else {
                    continue;
                };
                for j in k.saturating_sub(3)..k {
                    let Some(d) = rule
                        .descriptors
                        .iter()
                        .find(|d| j + d.words.len() <= k && matches_at(words, j, d))
                    else {
                        continue;
                    };
                    let desc = words[j..j + d.words.len()]
                        .iter()
                        .map(|w| w.norm.as_str())
                        .collect::<Vec<_>>()
                        .join(" ");
                    let end = words[k + head.words.len() - 1].span.end;
                    let by_desc = uses.entry(head.text.clone()).or_default();
                    let key = by_desc
                        .keys()
                        .find(|e| spelling_variant(e, &desc))
                        .cloned()
                        .unwrap_or(desc);
                    let list = by_desc.entry(key).or_default();
                    if !list.iter().any(|u| u.0 == source) {
                        list.push((source, Span::new(words[j].span.start, end), sentence));
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    for (head, by_desc) in &uses {
        let list: Vec<(&String, &Uses)> = by_desc.iter().collect();
        for (k, &(da, ua)) in list.iter().enumerate() {
            for &(db, ub) in &list[k + 1..] {
                let only_a = ua.iter().any(|a| !ub.iter().any(|b| b.0 == a.0));
                let only_b = ub.iter().any(|b| !ua.iter().any(|a| a.0 == b.0));
                if only_a && only_b {
                    let label = |d: &str| format!("{d} {head}");
                    out.push(variant(
                        FindingKind::DescriptorVariant,
                        index,
                        rule.severity,
                        (da, ua),
                        (db, ub),
                        label,
                    ));
                }
            }
        }
    }
    out
}

/// True when `phrase` matches the words starting at index `k`.
fn matches_at(words: &[WordRef], k: usize, phrase: &Phrase) -> bool {
    phrase.words.iter().enumerate().all(|(i, (want, wild))| {
        words.get(k + i).is_some_and(|w| {
            if *wild {
                w.norm.starts_with(want.as_str())
            } else {
                w.norm == *want
            }
        })
    })
}

//! Quotations of one speaker whose wordings overlap only in part ("sacred fight to defend
//! sovereignty and security" / "sacred struggle"): attribution says they are one remark.
//! Reported at the quote rule's lower, paraphrase severity, since overlap alone is weak.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::{Drift, Part, Prepared, Side, quoted};
use crate::diff::FindingKind;
use crate::rules::RuleSet;
use crate::words::normalize::{WordRef, is_function};
use crate::words::{align, names};

/// One attributed quotation, with what the comparison needs computed once.
struct Attributed<'a> {
    source: usize,
    quote: &'a crate::words::Quote,
    speaker: Vec<String>,
    words: Vec<WordRef>,
    /// Its content words, sorted, without repeats.
    content: Vec<String>,
}

/// Drifts between quotations of one speaker not already found by their wording. Quotations
/// are indexed by the words of their speaker's name, so only quotations that may share a
/// speaker are compared.
pub(super) fn drift(
    prepared: &[Prepared],
    rules: &RuleSet,
    index: usize,
    found: &[Drift],
    spread: &HashMap<&str, usize>,
) -> Vec<Drift> {
    let rule = &rules.word_rules[index];
    let quotes: Vec<Attributed> = prepared
        .iter()
        .enumerate()
        .flat_map(|(source, p)| {
            p.quotes.iter().filter_map(move |q| {
                let speaker = names::tokens(&q.speaker.as_ref()?.name);
                let words = p.words_of(q.inner);
                let mut content: Vec<String> = words
                    .iter()
                    .filter(|w| !is_function(&w.norm, &rule.function_words))
                    .map(|w| w.norm.clone())
                    .collect();
                content.sort_unstable();
                content.dedup();
                Some(Attributed {
                    source,
                    quote: q,
                    speaker,
                    words,
                    content,
                })
            })
        })
        .collect();
    let mut by_word: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (k, q) in quotes.iter().enumerate() {
        for w in &q.speaker {
            by_word.entry(w.as_str()).or_default().push(k);
        }
    }
    let mut pairs: BTreeSet<(usize, usize)> = BTreeSet::new();
    for list in by_word.values() {
        for (x, &i) in list.iter().enumerate() {
            for &j in &list[x + 1..] {
                if quotes[i].source != quotes[j].source {
                    pairs.insert(if quotes[i].source < quotes[j].source {
                        (i, j)
                    } else {
                        (j, i)
                    });
                }
            }
        }
    }
    let mut out = Vec::new();
    for (i, j) in pairs {
        let (qa, qb) = (&quotes[i], &quotes[j]);
        if !same_tokens(&qa.speaker, &qb.speaker) || !overlapping(qa, qb, spread) {
            continue;
        }
        let covered = found.iter().any(|d| {
            d.sides
                .iter()
                .any(|s| s.source == qa.source && qa.quote.inner.overlaps(&s.span))
                && d.sides
                    .iter()
                    .any(|s| s.source == qb.source && qb.quote.inner.overlaps(&s.span))
        });
        if covered {
            continue;
        }
        let (pa, pb) = (&prepared[qa.source], &prepared[qb.source]);
        // What only one of them quotes at either end is the rest of a longer remark: one
        // quotation contained in the other, or two that overlap, are excerpts, not a drift.
        let edits = align::edits(&qa.words, &qb.words);
        let changed = quoted::changes(
            &quoted::shared(&edits, &qa.words, &qb.words),
            (&qa.words, &qb.words),
            &rule.function_words,
            (None, None),
            true,
        );
        if changed.is_empty() {
            continue;
        }
        let diff: Vec<Part> = super::parts(&qa.words, &qb.words, &edits, pa.text, pb.text);
        let sentence = |p: &Prepared, at: crate::span::Span| {
            p.sentences
                .iter()
                .copied()
                .find(|s| s.overlaps(&at))
                .unwrap_or(at)
        };
        out.push(Drift {
            kind: FindingKind::QuoteDrift,
            rule: index,
            severity: rule.paraphrase_severity,
            sides: vec![
                Side {
                    source: qa.source,
                    span: qa.quote.inner,
                    sentence: sentence(pa, qa.quote.inner),
                    group: 0,
                },
                Side {
                    source: qb.source,
                    span: qb.quote.inner,
                    sentence: sentence(pb, qb.quote.inner),
                    group: 1,
                },
            ],
            summary: quoted::change_summary(&changed, &qa.words, &qb.words, pa.text, pb.text),
            diff,
            agreement: false,
        });
    }
    out
}

/// True when two speakers, as name words, are one person: the same, or one a single word of
/// the other ("Koffler" / "Rebekah Koffler", "Kim" / "Kim Jong Un").
fn same_tokens(ta: &[String], tb: &[String]) -> bool {
    ta == tb || (ta.len() == 1 && tb.contains(&ta[0])) || (tb.len() == 1 && ta.contains(&tb[0]))
}

/// True when two quotations of one speaker differ but share half the content words of the
/// shorter, which has at least two — one of them a word no more than two articles use.
fn overlapping(a: &Attributed, b: &Attributed, spread: &HashMap<&str, usize>) -> bool {
    let same = a.words.len() == b.words.len()
        && a.words.iter().zip(&b.words).all(|(x, y)| x.norm == y.norm);
    let (short, long) = if a.content.len() <= b.content.len() {
        (&a.content, &b.content)
    } else {
        (&b.content, &a.content)
    };
    if same || short.len() < 2 {
        return false;
    }
    let shared: Vec<&String> = short
        .iter()
        .filter(|w| long.binary_search(w).is_ok())
        .collect();
    let rare = shared
        .iter()
        .any(|w| spread.get(w.as_str()).is_some_and(|&n| n <= 2));
    rare && 2 * shared.len() >= short.len()
}

//! Quotations of one speaker whose wordings overlap only in part ("sacred fight to defend
//! sovereignty and security" / "sacred struggle"): attribution says they are one remark.
//! Reported at the quote rule's lower, paraphrase severity, since overlap alone is weak.

use super::{Drift, Part, Prepared, Side, summary};
use crate::diff::FindingKind;
use crate::rules::RuleSet;
use crate::words::normalize::{WordRef, is_function, words};
use crate::words::{align, names};

/// True when two speaker keys name one person: the same, or one a single word of the other
/// ("Koffler" / "Rebekah Koffler", "Kim" / "Kim Jong Un").
pub(super) fn same_speaker(a: &str, b: &str) -> bool {
    let (ta, tb) = (names::tokens(a), names::tokens(b));
    ta == tb || (ta.len() == 1 && tb.contains(&ta[0])) || (tb.len() == 1 && ta.contains(&tb[0]))
}

/// Drifts between quotations of one speaker not already found by their wording.
pub(super) fn drift(
    prepared: &[Prepared],
    rules: &RuleSet,
    index: usize,
    found: &[Drift],
) -> Vec<Drift> {
    let rule = &rules.word_rules[index];
    let mut out = Vec::new();
    for (sa, pa) in prepared.iter().enumerate() {
        for (sb, pb) in prepared.iter().enumerate().skip(sa + 1) {
            for qa in &pa.quotes {
                for qb in &pb.quotes {
                    let (Some(x), Some(y)) = (&qa.speaker, &qb.speaker) else {
                        continue;
                    };
                    if !same_speaker(&x.name, &y.name) {
                        continue;
                    }
                    let covered = found.iter().any(|d| {
                        d.sides
                            .iter()
                            .any(|s| s.source == sa && qa.inner.overlaps(&s.span))
                            && d.sides
                                .iter()
                                .any(|s| s.source == sb && qb.inner.overlaps(&s.span))
                    });
                    let (wa, wb) = (
                        words(pa.text, &pa.tokens, qa.inner),
                        words(pb.text, &pb.tokens, qb.inner),
                    );
                    if covered || !overlapping(&wa, &wb, &rule.function_words) {
                        continue;
                    }
                    let edits = align::edits(&wa, &wb);
                    let diff: Vec<Part> = super::parts(&wa, &wb, &edits, pa.text, pb.text);
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
                                source: sa,
                                span: qa.inner,
                                sentence: sentence(pa, qa.inner),
                                group: 0,
                            },
                            Side {
                                source: sb,
                                span: qb.inner,
                                sentence: sentence(pb, qb.inner),
                                group: 1,
                            },
                        ],
                        summary: summary(&diff),
                        diff,
                    });
                }
            }
        }
    }
    out
}

/// True when two quotations of one speaker differ but share half the content words of the
/// shorter, which has at least two.
fn overlapping(a: &[WordRef], b: &[WordRef], extra: &[String]) -> bool {
    let content = |ws: &[WordRef]| -> Vec<String> {
        let mut v: Vec<String> = ws
            .iter()
            .filter(|w| !is_function(&w.norm, extra))
            .map(|w| w.norm.clone())
            .collect();
        v.sort();
        v.dedup();
        v
    };
    let (ca, cb) = (content(a), content(b));
    let same = a.iter().map(|w| &w.norm).eq(b.iter().map(|w| &w.norm));
    let (short, long) = if ca.len() <= cb.len() {
        (&ca, &cb)
    } else {
        (&cb, &ca)
    };
    let shared = short.iter().filter(|w| long.contains(w)).count();
    !same && short.len() >= 2 && 2 * shared >= short.len()
}

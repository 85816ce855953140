//! Shared passages and quotations that drift: sentence pairs the shingle index proposes are
//! aligned word by word, and each region that runs in parallel with a substantive change is a
//! drift — a quote drift when both sides stand in quotation marks, a paraphrased quote (lower
//! severity) when one does, a passage drift when neither does.

use super::{Drift, Part, Prepared, Side, parts, quoted, summary};
use crate::diff::FindingKind;
use crate::rules::{RuleSet, Severity};
use crate::span::Span;
use crate::words::align::{Params, regions};
use crate::words::passages::candidates;

/// Drifts between shared passages and between quotations whose wording overlaps.
pub(super) fn drift(
    prepared: &[Prepared],
    rules: &RuleSet,
    quote: Option<usize>,
    text: Option<usize>,
) -> Vec<Drift> {
    let sentences: Vec<Vec<_>> = prepared.iter().map(|p| p.words.clone()).collect();
    let mut out = Vec::new();
    for ((sa, ia), (sb, ib)) in candidates(&sentences) {
        let (pa, pb) = (&prepared[sa], &prepared[sb]);
        let (wa, wb) = (&pa.words[ia], &pb.words[ib]);
        // Regions joined across wide gaps catch a paraphrase ("just showed off its brand-new"
        // / "recently unveiled its new"); tight ones keep a one-word change in a long shared
        // passage similar enough. The widest region that qualifies wins where they overlap.
        let mut tried = regions(wa, wb, Params { max_gap: 4 });
        tried.extend(regions(wa, wb, Params { max_gap: 2 }));
        let mut kept: Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> = Vec::new();
        for r in tried {
            if kept.iter().any(|(ka, kb)| {
                ka.start < r.a.end && r.a.start < ka.end && kb.start < r.b.end && r.b.start < kb.end
            }) {
                continue;
            }
            let quoted = |q: &[bool], range: std::ops::Range<usize>| {
                let n = range.len().max(1);
                2 * q[range].iter().filter(|&&x| x).count() >= n
            };
            let (qa, qb) = (
                quoted(&pa.quoted[ia], r.a.clone()),
                quoted(&pb.quoted[ib], r.b.clone()),
            );
            let (kind, index) = match (qa || qb, quote, text) {
                (true, Some(q), _) => (FindingKind::QuoteDrift, q),
                (false, _, Some(t)) => (FindingKind::PassageDrift, t),
                _ => continue,
            };
            let rule = &rules.word_rules[index];
            let span = |ws: &[crate::words::normalize::WordRef], range: &std::ops::Range<usize>| {
                Span::new(ws[range.start].span.start, ws[range.end - 1].span.end)
            };
            let side = |source: usize, p: &Prepared, ws, range, sentence, group| Side {
                source,
                span: span(ws, range),
                sentence: p.sentences[sentence],
                group,
            };
            // A quotation: only its quoted words, and only a word replaced by another.
            let (ma, mb) = (
                qa.then_some(&pa.quoted[ia][..]),
                qb.then_some(&pb.quoted[ib][..]),
            );
            // A passage shares content, not just "at a time when": half its minimum length in
            // equal content words.
            if r.equal < rule.min_words
                || 2 * r.equal_content(wa) < rule.min_words
                || r.similarity() < rule.similarity
            {
                continue;
            }
            // Of a quotation, the quoted words must still be a shared passage. Either way the
            // region is decided: a narrower one inside it is not read as a passage instead.
            let r = match kind {
                FindingKind::PassageDrift => r,
                _ => {
                    kept.push((r.a.clone(), r.b.clone()));
                    match quoted::trim(&r, ma, mb) {
                        Some(t)
                            if t.equal >= rule.min_words && t.similarity() >= rule.similarity =>
                        {
                            t
                        }
                        _ => continue,
                    }
                }
            };
            let (severity, summary) = match kind {
                // A passage: a word or two replaced; the rule's severity when a number changed,
                // one level lower for other words. Words only added or cut are elaboration.
                FindingKind::PassageDrift => {
                    let replaced = r.replacements(wa, wb, &rule.function_words);
                    if replaced.is_empty() {
                        continue;
                    }
                    let severity = if replaced.iter().any(|&number| number) {
                        rule.severity
                    } else {
                        rule.severity.lower()
                    };
                    (
                        severity,
                        summary(&parts(wa, wb, &r.edits, pa.text, pb.text)),
                    )
                }
                _ => {
                    // Two known speakers: two remarks.
                    if quoted::different_speakers(pa, span(wa, &r.a), pb, span(wb, &r.b)) {
                        continue;
                    }
                    if qa && qb && !r.changed() {
                        // Quoted word for word by both (or one an excerpt of the other): an
                        // agreement.
                        out.push(Drift {
                            kind,
                            rule: index,
                            severity: Severity::Info,
                            sides: vec![
                                side(sa, pa, wa, &r.a, ia, 0),
                                side(sb, pb, wb, &r.b, ib, 0),
                            ],
                            diff: Vec::new(),
                            summary: String::new(),
                            agreement: true,
                        });
                        continue;
                    }
                    let changed = quoted::changes(
                        &r.edits,
                        (wa, wb),
                        &rule.function_words,
                        (ma, mb),
                        qa && qb,
                    );
                    if changed.is_empty() {
                        continue;
                    }
                    let severity = if qa && qb {
                        rule.severity
                    } else {
                        rule.paraphrase_severity
                    };
                    (
                        severity,
                        quoted::change_summary(&changed, wa, wb, pa.text, pb.text),
                    )
                }
            };
            let diff: Vec<Part> = parts(wa, wb, &r.edits, pa.text, pb.text);
            kept.push((r.a.clone(), r.b.clone()));
            out.push(Drift {
                kind,
                rule: index,
                severity,
                sides: vec![side(sa, pa, wa, &r.a, ia, 0), side(sb, pb, wb, &r.b, ib, 1)],
                summary,
                diff,
                agreement: false,
            });
        }
    }
    out
}

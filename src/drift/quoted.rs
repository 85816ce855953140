//! When two wordings of one quotation are a misquote rather than an excerpt, a gloss or two
//! remarks. Measured on real story clusters, most quotations "worded differently" were not:
//! the attribution after the quote marks was compared ("… lies,” John Poulos said"), an
//! editor's gloss was counted ("IDF (Israeli Army) systems"), a short excerpt was compared
//! with a longer quotation of the same words, words were only added ("have already reached"),
//! or two different people were quoted. So a quotation is compared by the words inside its
//! quote marks only, parenthesised glosses left out; what counts is a word replaced by
//! another (or a negation added or cut), and quotations attributed to two different known
//! speakers are not compared.

use std::ops::Range;

use super::{Part, Prepared, parts, summary};
use crate::span::Span;
use crate::words::align::{Edit, Region, respelt};
use crate::words::names;
use crate::words::normalize::{WordRef, is_function};

/// Words that turn a statement into its opposite: gaining or losing one is never elaboration.
const NEGATIONS: &[&str] = &["not", "no", "never", "nor", "neither"];

/// The parenthesised insertions inside a quotation ("IDF (Israeli Army) systems"): an
/// editor's gloss, like a bracketed one, and not the speaker's words.
pub(super) fn glosses(text: &str, inner: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for (i, c) in text[inner.start..inner.end].char_indices() {
        match c {
            '(' => open.push(inner.start + i),
            ')' => {
                if let Some(start) = open.pop()
                    && open.is_empty()
                {
                    out.push(Span::new(start, inner.start + i + 1));
                }
            }
            _ => {}
        }
    }
    out
}

/// Per word of a sentence, whether it counts as quoted: None for a side that paraphrases.
type Marks<'a> = Option<&'a [bool]>;

fn inside(m: Marks, range: Range<usize>) -> bool {
    m.is_none_or(|m| range.into_iter().all(|k| m[k]))
}

/// The region cut down to the words inside quote marks on each side that quotes (`ma`, `mb`).
/// Edits at its ends that reach outside a quotation are dropped, and so are words only added
/// or cut at an end — an excerpt, or another stretch of the same remark — while a word
/// swapped right at an end stays. None when no equal words are left.
pub(super) fn trim(r: &Region, ma: Marks, mb: Marks) -> Option<Region> {
    let mut edits = r.edits.clone();
    // The front, then (reversed) the back.
    for back in [false, true] {
        if back {
            edits.reverse();
        }
        while let Some(e) = edits.first().cloned() {
            if let Edit::Equal { a, b } = e.clone() {
                let keep = (0..a.len()).map(|k| {
                    let k = if back { a.len() - 1 - k } else { k };
                    inside(ma, a.start + k..a.start + k + 1)
                        && inside(mb, b.start + k..b.start + k + 1)
                });
                let Some(cut) = keep.into_iter().position(|x| x) else {
                    edits.remove(0);
                    continue;
                };
                let (a, b) = if back {
                    (a.start..a.end - cut, b.start..b.end - cut)
                } else {
                    (a.start + cut..a.end, b.start + cut..b.end)
                };
                edits[0] = Edit::Equal { a, b };
                break;
            }
            // A word swapped right at the end, inside the quote marks.
            if let Some(swapped) = narrowed(&e, back)
                && let Edit::Replace { a, b } = &swapped
                && inside(ma, a.clone())
                && inside(mb, b.clone())
            {
                edits[0] = swapped;
                break;
            }
            edits.remove(0);
        }
        if back {
            edits.reverse();
        }
    }
    let ends = |e: &Edit| match e {
        Edit::Equal { a, b } | Edit::Replace { a, b } => Some((a.clone(), b.clone())),
        _ => None,
    };
    let ((first_a, first_b), (last_a, last_b)) = (ends(edits.first()?)?, ends(edits.last()?)?);
    let equal: usize = edits
        .iter()
        .map(|e| match e {
            Edit::Equal { a, .. } => a.len(),
            _ => 0,
        })
        .sum();
    (equal > 0).then_some(Region {
        a: first_a.start..last_a.end,
        b: first_b.start..last_b.end,
        edits,
        equal,
    })
}

/// The edits that change what a quotation says: a replacement inside the quote marks with a
/// content word, a number or a negation on each side, not a respelling; or, between two
/// quotations (`quotes`), a negation added or cut. Other words only added or only cut are
/// elaboration or excerpting.
pub(super) fn changes(
    edits: &[Edit],
    (a, b): (&[WordRef], &[WordRef]),
    extra: &[String],
    (ma, mb): (Marks, Marks),
    quotes: bool,
) -> Vec<Edit> {
    let negation = |w: &WordRef| NEGATIONS.contains(&w.norm.as_str());
    let counts = |w: &WordRef| {
        negation(w) || w.norm.chars().any(|c| c.is_ascii_digit()) || !is_function(&w.norm, extra)
    };
    edits
        .iter()
        .filter(|e| match e {
            Edit::Equal { .. } => false,
            Edit::Delete { a: r } => {
                quotes && inside(ma, r.clone()) && a[r.clone()].iter().any(negation)
            }
            Edit::Insert { b: r } => {
                quotes && inside(mb, r.clone()) && b[r.clone()].iter().any(negation)
            }
            Edit::Replace { a: ra, b: rb } => {
                let (wa, wb) = (&a[ra.clone()], &b[rb.clone()]);
                inside(ma, ra.clone())
                    && inside(mb, rb.clone())
                    && !respelt(wa, wb)
                    && wa.iter().any(counts)
                    && wb.iter().any(counts)
            }
        })
        .cloned()
        .collect()
}

/// "just showed off → recently unveiled; assault → attack": the changes that count.
pub(super) fn change_summary(
    changed: &[Edit],
    a: &[WordRef],
    b: &[WordRef],
    text_a: &str,
    text_b: &str,
) -> String {
    let diff: Vec<Part> = parts(a, b, changed, text_a, text_b);
    summary(&diff)
}

/// The word diff of two quotations of one speaker, from the first anchor they share to the
/// last (an equal run of two words, or of one content word), without what only one of them
/// quotes beyond — the rest of a longer remark — but with a word swapped right where one of
/// them ends or begins: "sacred fight to defend …" / "sacred struggle" is fight → struggle.
pub(super) fn shared(edits: &[Edit], a: &[WordRef], b: &[WordRef]) -> Vec<Edit> {
    let anchor = |e: &Edit| match e {
        Edit::Equal { a: r, .. } => r.len() >= 2 || !is_function(&a[r.start].norm, &[]),
        _ => false,
    };
    let Some(first) = edits.iter().position(anchor) else {
        return Vec::new();
    };
    let last = edits.iter().rposition(anchor).unwrap_or(first);
    // The one-word side of the swap is where its quotation begins or ends.
    let at_edge = |e: &Edit, after: bool| match e {
        Edit::Replace { a: ra, b: rb } if after => {
            (ra.len() == 1 && ra.end == a.len()) || (rb.len() == 1 && rb.end == b.len())
        }
        Edit::Replace { a: ra, b: rb } => {
            (ra.len() == 1 && ra.start == 0) || (rb.len() == 1 && rb.start == 0)
        }
        _ => false,
    };
    let mut out = Vec::new();
    if first > 0
        && at_edge(&edits[first - 1], false)
        && let Some(e) = narrowed(&edits[first - 1], false)
    {
        out.push(e);
    }
    out.extend_from_slice(&edits[first..=last]);
    if let Some(e) = edits
        .get(last + 1)
        .filter(|e| at_edge(e, true))
        .and_then(|e| narrowed(e, true))
    {
        out.push(e);
    }
    out
}

/// A replacement of one word by words (or words by one) at an end of the shared words, as
/// the one word swapped next to them: the other side's further words run on. None for words
/// only added or cut, and for longer different ends: different stretches of a longer remark.
fn narrowed(e: &Edit, after: bool) -> Option<Edit> {
    let Edit::Replace { a, b } = e else {
        return None;
    };
    if a.len().min(b.len()) != 1 {
        return None;
    }
    Some(if after {
        Edit::Replace {
            a: a.start..a.start + 1,
            b: b.start..b.start + 1,
        }
    } else {
        Edit::Replace {
            a: a.end - 1..a.end,
            b: b.end - 1..b.end,
        }
    })
}

/// True when the quotations a span of each side stands in are attributed to known speakers
/// and no speaker of one can be a speaker of the other: two remarks, not one worded two ways.
pub(super) fn different_speakers(pa: &Prepared, a: Span, pb: &Prepared, b: Span) -> bool {
    let known = |p: &Prepared, at: Span| -> Vec<String> {
        p.quotes
            .iter()
            .filter(|q| q.inner.overlaps(&at))
            .filter_map(|q| q.speaker.as_ref())
            .map(|s| s.name.clone())
            .filter(|n| names::identifies(n))
            .collect()
    };
    let (ka, kb) = (known(pa, a), known(pb, b));
    !ka.is_empty()
        && !kb.is_empty()
        && !ka
            .iter()
            .any(|x| kb.iter().any(|y| names::one_person(x, y)))
}

#[cfg(test)]
mod tests;

//! Where two texts run word for word in parallel, and how they differ there: the regions of a
//! word-level diff (`similar`, Myers) that are anchored by equal runs and joined across small
//! gaps, each with its edits, its similarity, and whether its changes are substantive.

use std::ops::Range;

use similar::{Algorithm, DiffOp, capture_diff_slices};

use super::normalize::{WordRef, is_function, spelling_variant};

/// One step of a word diff, in word indices of the two texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// The same words on both sides.
    Equal { a: Range<usize>, b: Range<usize> },
    /// Words only in the first text.
    Delete { a: Range<usize> },
    /// Words only in the second text.
    Insert { b: Range<usize> },
    /// Words of the first text replaced by words of the second.
    Replace { a: Range<usize>, b: Range<usize> },
}

/// A stretch where the two texts run in parallel.
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    /// Its words in the first text.
    pub a: Range<usize>,
    /// Its words in the second text.
    pub b: Range<usize>,
    /// The edits, from the first equal run to the last.
    pub edits: Vec<Edit>,
    /// How many words are equal.
    pub equal: usize,
}

impl Region {
    /// Dice similarity of the two sides: 2 × equal words / all words.
    pub fn similarity(&self) -> f64 {
        let total = self.a.len() + self.b.len();
        if total == 0 {
            1.0
        } else {
            2.0 * self.equal as f64 / total as f64
        }
    }

    /// How many of the equal words are content words (not function words).
    pub fn equal_content(&self, a: &[WordRef]) -> usize {
        self.edits
            .iter()
            .filter_map(|e| match e {
                Edit::Equal { a: r, .. } => Some(
                    a[r.clone()]
                        .iter()
                        .filter(|w| !is_function(&w.norm, &[]))
                        .count(),
                ),
                _ => None,
            })
            .sum()
    }

    /// The substantive replacements of a passage: a word or two replaced by a word or two,
    /// where a content word or number changes — not a respelling, the same letters joined
    /// ("U S" / "US") or an abbreviation ("Apr" / "April"). Words only added or only cut are
    /// elaboration, not a change of what the passage says. Each with whether a number changed.
    pub fn replacements(&self, a: &[WordRef], b: &[WordRef], extra: &[String]) -> Vec<bool> {
        let number = |w: &WordRef| w.norm.chars().any(|c| c.is_ascii_digit());
        let counts = |w: &WordRef| number(w) || !is_function(&w.norm, extra);
        self.edits
            .iter()
            .filter_map(|e| match e {
                Edit::Replace { a: ra, b: rb } if ra.len() <= 2 && rb.len() <= 2 => {
                    let (wa, wb) = (&a[ra.clone()], &b[rb.clone()]);
                    (!respelt(wa, wb) && (wa.iter().any(counts) || wb.iter().any(counts)))
                        .then(|| wa.iter().any(number) || wb.iter().any(number))
                }
                _ => None,
            })
            .collect()
    }

    /// True when anything differs.
    pub fn changed(&self) -> bool {
        self.edits.iter().any(|e| !matches!(e, Edit::Equal { .. }))
    }

    /// True when a change touches a content word, a number or a name — not only function
    /// words, and not a respelling ("armored"/"armoured").
    pub fn substantive(&self, a: &[WordRef], b: &[WordRef], extra: &[String]) -> bool {
        let counts = |w: &WordRef| {
            w.norm.chars().any(|c| c.is_ascii_digit()) || !is_function(&w.norm, extra)
        };
        self.edits.iter().any(|e| match e {
            Edit::Equal { .. } => false,
            Edit::Delete { a: r } => a[r.clone()].iter().any(counts),
            Edit::Insert { b: r } => b[r.clone()].iter().any(counts),
            Edit::Replace { a: ra, b: rb } => {
                let respelt = ra.len() == rb.len()
                    && a[ra.clone()]
                        .iter()
                        .zip(&b[rb.clone()])
                        .all(|(x, y)| spelling_variant(&x.norm, &y.norm));
                !respelt && (a[ra.clone()].iter().any(counts) || b[rb.clone()].iter().any(counts))
            }
        })
    }
}

/// True when two runs of words are one wording: the same letters joined or split ("U S" /
/// "US"), an abbreviation ("Apr" / "April", not of a number), or each word — function words
/// aside — a respelling ("armored" / "armoured", "the Pokhara" / "Pokhra", "1" / "one").
pub fn respelt(wa: &[WordRef], wb: &[WordRef]) -> bool {
    let join = |ws: &[WordRef]| ws.iter().map(|w| w.norm.as_str()).collect::<String>();
    let (ja, jb) = (join(wa), join(wb));
    let number = wa
        .first()
        .is_some_and(|w| w.norm.chars().any(|c| c.is_ascii_digit()));
    let abbreviated =
        !ja.is_empty() && !jb.is_empty() && (ja.starts_with(&jb) || jb.starts_with(&ja)) && !number;
    fn content(ws: &[WordRef]) -> Vec<&str> {
        ws.iter()
            .map(|w| {
                if w.norm == "one" {
                    "1"
                } else {
                    w.norm.as_str()
                }
            })
            .filter(|w| !is_function(w, &[]))
            .collect()
    }
    let (ca, cb) = (content(wa), content(wb));
    ja == jb
        || abbreviated
        || (!ca.is_empty()
            && ca.len() == cb.len()
            && ca.iter().zip(&cb).all(|(x, y)| spelling_variant(x, y)))
}

/// How regions are formed.
#[derive(Debug, Clone, Copy)]
pub struct Params {
    /// The largest gap (words on either side) joined into a region.
    pub max_gap: usize,
}

impl Default for Params {
    fn default() -> Self {
        Params { max_gap: 4 }
    }
}

/// The regions where `a` and `b` run in parallel, in order. A region starts and ends with an
/// equal run that is an anchor — two or more words, or one content word — and joins the next
/// anchor across a gap of at most `max_gap` words on each side.
pub fn regions(a: &[WordRef], b: &[WordRef], params: Params) -> Vec<Region> {
    let ka: Vec<&str> = a.iter().map(|w| w.norm.as_str()).collect();
    let kb: Vec<&str> = b.iter().map(|w| w.norm.as_str()).collect();
    let ops = capture_diff_slices(Algorithm::Myers, &ka, &kb);
    let anchor = |old: usize, len: usize| len >= 2 || (len == 1 && !is_function(ka[old], &[]));
    let mut out = Vec::new();
    let mut current: Option<Region> = None;
    let mut pending: Vec<Edit> = Vec::new();
    for op in ops {
        match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } if anchor(old_index, len) => {
                let edit = Edit::Equal {
                    a: old_index..old_index + len,
                    b: new_index..new_index + len,
                };
                let gap_ok = pending.iter().all(|e| match e {
                    Edit::Delete { a } => a.len() <= params.max_gap,
                    Edit::Insert { b } => b.len() <= params.max_gap,
                    Edit::Replace { a, b } => {
                        a.len() <= params.max_gap && b.len() <= params.max_gap
                    }
                    Edit::Equal { .. } => true,
                });
                // The gap counts changed words only: "just showed off its brand" against
                // "recently unveiled its" is a gap of four and two around an equal "its".
                let changed = pending.iter().filter(|e| !matches!(e, Edit::Equal { .. }));
                let (gap_a, gap_b) =
                    changed.fold((0, 0), |(x, y), e| (x + width(e).0, y + width(e).1));
                match current.as_mut() {
                    Some(r) if gap_ok && gap_a <= params.max_gap && gap_b <= params.max_gap => {
                        r.equal += pending
                            .iter()
                            .map(|e| match e {
                                Edit::Equal { a, .. } => a.len(),
                                _ => 0,
                            })
                            .sum::<usize>();
                        r.edits.append(&mut pending);
                        r.a.end = old_index + len;
                        r.b.end = new_index + len;
                        r.equal += len;
                        r.edits.push(edit);
                    }
                    _ => {
                        out.extend(current.take());
                        pending.clear();
                        current = Some(Region {
                            a: old_index..old_index + len,
                            b: new_index..new_index + len,
                            edits: vec![edit],
                            equal: len,
                        });
                    }
                }
            }
            other => pending.push(edit_of(other)),
        }
    }
    // One word swapped at the very end of both texts ends the last region ("at night" / "at
    // noon"); likewise at the very start. Longer ends are different continuations.
    let (wa, wb) = pending
        .iter()
        .fold((0, 0), |(x, y), e| (x + width(e).0, y + width(e).1));
    if let Some(r) = current.as_mut()
        && (wa, wb) == (1, 1)
        && r.a.end + 1 == a.len()
        && r.b.end + 1 == b.len()
    {
        r.a.end = a.len();
        r.b.end = b.len();
        r.edits.append(&mut pending);
    }
    out.extend(current);
    if let Some(first) = out.first_mut()
        && first.a.start == 1
        && first.b.start == 1
    {
        let lead = Edit::Replace {
            a: 0..first.a.start,
            b: 0..first.b.start,
        };
        first.edits.insert(0, lead);
        first.a.start = 0;
        first.b.start = 0;
    }
    out
}

/// The whole word diff of `a` and `b`, as edits.
pub fn edits(a: &[WordRef], b: &[WordRef]) -> Vec<Edit> {
    let ka: Vec<&str> = a.iter().map(|w| w.norm.as_str()).collect();
    let kb: Vec<&str> = b.iter().map(|w| w.norm.as_str()).collect();
    capture_diff_slices(Algorithm::Myers, &ka, &kb)
        .into_iter()
        .map(edit_of)
        .collect()
}

/// A diff operation as an edit over word ranges.
fn edit_of(op: DiffOp) -> Edit {
    match op {
        DiffOp::Equal {
            old_index,
            new_index,
            len,
        } => Edit::Equal {
            a: old_index..old_index + len,
            b: new_index..new_index + len,
        },
        DiffOp::Delete {
            old_index, old_len, ..
        } => Edit::Delete {
            a: old_index..old_index + old_len,
        },
        DiffOp::Insert {
            new_index, new_len, ..
        } => Edit::Insert {
            b: new_index..new_index + new_len,
        },
        DiffOp::Replace {
            old_index,
            old_len,
            new_index,
            new_len,
        } => Edit::Replace {
            a: old_index..old_index + old_len,
            b: new_index..new_index + new_len,
        },
    }
}

fn width(e: &Edit) -> (usize, usize) {
    match e {
        Edit::Equal { a, b } | Edit::Replace { a, b } => (a.len(), b.len()),
        Edit::Delete { a } => (a.len(), 0),
        Edit::Insert { b } => (0, b.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;
    use crate::values::token::tokenize;
    use crate::words::normalize::words;

    fn w(text: &str) -> Vec<WordRef> {
        words(text, &tokenize(text), Span::new(0, text.len()))
    }

    fn changes(a: &[WordRef], b: &[WordRef], r: &Region) -> Vec<(String, String)> {
        let join = |ws: &[WordRef]| {
            ws.iter()
                .map(|w| w.norm.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        r.edits
            .iter()
            .filter_map(|e| match e {
                Edit::Equal { .. } => None,
                Edit::Delete { a: ra } => Some((join(&a[ra.clone()]), String::new())),
                Edit::Insert { b: rb } => Some((String::new(), join(&b[rb.clone()]))),
                Edit::Replace { a: ra, b: rb } => {
                    Some((join(&a[ra.clone()]), join(&b[rb.clone()])))
                }
            })
            .collect()
    }

    #[test]
    fn a_shared_passage_with_one_word_changed() {
        let a = w(
            "who formerly worked as a senior officer at the Defense Intelligence Agency, tighter",
        );
        let b = w(
            "a strategic analyst, former senior official at the Defense Intelligence Agency and author",
        );
        let rs = regions(&a, &b, Params::default());
        let best = rs.iter().max_by_key(|r| r.equal).unwrap();
        assert_eq!(
            changes(&a, &b, best),
            vec![("officer".to_string(), "official".to_string())]
        );
        assert_eq!(best.equal, 6);
        assert!(best.similarity() > 0.8);
        assert!(best.substantive(&a, &b, &[]));
    }

    #[test]
    fn rewrites_with_large_gaps_are_separate_regions() {
        let a = w("Kim's visit to Russia includes overseeing a display of Russian warships");
        let b = w("Kim's visit to Russia is expected to include observing Russian warships");
        let rs = regions(&a, &b, Params::default());
        assert!(rs.iter().all(|r| !r.changed()), "{rs:?}");
    }

    #[test]
    fn changes_of_function_words_or_spelling_are_not_substantive() {
        let a = w("the train was armored and it left the station at night");
        let b = w("a train was armoured and it left a station at night");
        let rs = regions(&a, &b, Params::default());
        assert!(rs.iter().any(|r| r.changed()));
        assert!(rs.iter().all(|r| !r.substantive(&a, &b, &[])), "{rs:?}");
        let c = w("the train was armored and it left the station at noon");
        let rs = regions(&a, &c, Params::default());
        assert!(rs.iter().any(|r| r.substantive(&a, &c, &[])));
    }

    #[test]
    fn numbers_are_always_substantive() {
        let a = w("the bridge carried 40,000 vehicles a day before the collapse");
        let b = w("the bridge carried 30,000 vehicles a day before the collapse");
        let rs = regions(&a, &b, Params::default());
        assert!(rs.iter().any(|r| r.substantive(&a, &b, &[])));
    }
}

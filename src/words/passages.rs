//! Finding sentences that two sources share almost word for word, without comparing every
//! sentence with every other: an inverted index of word shingles (runs of three words) gives,
//! in one pass, the sentence pairs from different sources that share a shingle.
//! Only those pairs are aligned.

use std::collections::{BTreeMap, HashMap};
use std::hash::{DefaultHasher, Hash, Hasher};

use super::normalize::{WordRef, is_function};

/// Words per shingle.
const SHINGLE: usize = 3;
/// Shingles two sentences must share to be aligned: one, so that a paraphrase sharing a
/// single run of three words ("new tactical nuclear") is still aligned.
const MIN_SHARED: u32 = 1;
/// A shingle found in more sentences than this is boilerplate ("according to the") and is not
/// used to pair sentences.
const MAX_POSTINGS: usize = 64;

/// A sentence of one source, by index: (source, sentence).
pub type SentenceId = (usize, usize);

/// Sentence pairs from different sources worth aligning, each once, lower source first, in a
/// fixed order. `sentences[s][i]` holds the words of sentence `i` of source `s`.
pub fn candidates(sentences: &[Vec<Vec<WordRef>>]) -> Vec<(SentenceId, SentenceId)> {
    let mut postings: HashMap<u64, Vec<SentenceId>> = HashMap::new();
    for (source, doc) in sentences.iter().enumerate() {
        for (i, words) in doc.iter().enumerate() {
            let mut seen = Vec::new();
            for w in words.windows(SHINGLE) {
                if w.iter().all(|x| is_function(&x.norm, &[])) {
                    continue;
                }
                let mut h = DefaultHasher::new();
                for x in w {
                    x.norm.hash(&mut h);
                }
                let key = h.finish();
                if !seen.contains(&key) {
                    seen.push(key);
                    postings.entry(key).or_default().push((source, i));
                }
            }
        }
    }
    let mut shared: BTreeMap<(SentenceId, SentenceId), u32> = BTreeMap::new();
    for list in postings.values().filter(|l| l.len() <= MAX_POSTINGS) {
        for (k, &x) in list.iter().enumerate() {
            for &y in &list[k + 1..] {
                if x.0 != y.0 {
                    let pair = if x < y { (x, y) } else { (y, x) };
                    *shared.entry(pair).or_default() += 1;
                }
            }
        }
    }
    shared
        .into_iter()
        .filter(|&(_, n)| n >= MIN_SHARED)
        .map(|(pair, _)| pair)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;
    use crate::values::token::tokenize;
    use crate::words::normalize::words;

    fn doc(sentences: &[&str]) -> Vec<Vec<WordRef>> {
        sentences
            .iter()
            .map(|s| words(s, &tokenize(s), Span::new(0, s.len())))
            .collect()
    }

    #[test]
    fn pairs_sentences_that_share_wording_across_sources_only() {
        let docs = vec![
            doc(&[
                "The train left Pyongyang on Sunday night.",
                "She worked as a senior officer at the Defense Intelligence Agency.",
            ]),
            doc(&[
                "A former senior official at the Defense Intelligence Agency said so.",
                "Nothing in common here at all.",
            ]),
            doc(&[
                "The train left Pyongyang on Sunday night.",
                "The train left Pyongyang on Sunday night.",
            ]),
        ];
        let pairs = candidates(&docs);
        assert!(pairs.contains(&((0, 1), (1, 0))), "{pairs:?}");
        assert!(pairs.contains(&((0, 0), (2, 0))));
        assert!(pairs.contains(&((0, 0), (2, 1))));
        assert!(
            !pairs.iter().any(|(a, b)| a.0 == b.0),
            "never within one source"
        );
        assert!(!pairs.iter().any(|(a, b)| *a == (1, 1) || *b == (1, 1)));
    }

    #[test]
    fn the_order_is_fixed() {
        let docs = vec![
            doc(&["one two three four five six"]),
            doc(&["one two three four five six"]),
            doc(&["one two three four five six"]),
        ];
        assert_eq!(
            candidates(&docs),
            vec![((0, 0), (1, 0)), ((0, 0), (2, 0)), ((1, 0), (2, 0))]
        );
    }
}

//! The words around one value in its sentence, and how far a rule's phrases stand from it.
//! Distance is the number of words strictly between the phrase and the value, plus two for
//! each clause boundary crossed (a comma, a dash, "and", "but"), so that in "two were killed
//! and 12 were injured" *injured*, not *killed*, is nearest to 12.

use crate::rules::Phrase;
use crate::span::Span;
use crate::text::Word;

/// Words that may not stand between a number and the thing it counts.
const NOT_MODIFIERS: &[&str] = &[
    "of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "from", "with", "by", "for",
    "were", "was", "are", "is", "have", "had", "been", "be", "that", "which", "who", "more",
    "less", "than", "times", "as",
];

/// Extra distance for each clause boundary between a phrase and the value.
const BARRIER: usize = 2;
/// Punctuation that separates clauses or list items.
const BARRIER_MARKS: &[char] = &[',', ';', ':', '—', '–', '(', ')'];
/// Conjunctions that separate clauses or list items.
const BARRIER_WORDS: &[&str] = &["and", "or", "but", "while", "whereas"];

/// A value's place among the words of its sentence.
pub struct Around<'a> {
    text: &'a str,
    words: &'a [Word],
    value: Span,
    /// Number of words ending before the value.
    before: usize,
    /// Index of the first word after the value.
    after: usize,
}

impl<'a> Around<'a> {
    /// The context of `value` (its hedge included) among `words`.
    pub fn new(text: &'a str, words: &'a [Word], value: Span) -> Self {
        let before = words.partition_point(|w| w.span.end <= value.start);
        let after = words.partition_point(|w| w.span.start < value.end);
        Around {
            text,
            words,
            value,
            before,
            after,
        }
    }

    /// True when one of the phrases occurs anywhere in the sentence, the value's own words
    /// included.
    pub fn anywhere(&self, phrases: &[Phrase]) -> bool {
        self.nearest_or_inside(phrases, &[]).is_some()
    }

    /// The distance to the nearest occurrence of any of the phrases, outside the value.
    pub fn nearest(&self, phrases: &[Phrase]) -> Option<usize> {
        phrases
            .iter()
            .filter_map(|p| self.occurrences(p).map(|(d, _, _)| d).min())
            .min()
    }

    /// Like [`Around::nearest`], but a phrase among the value's own words ("old" in
    /// "54-year-old") counts, at distance 0, and an occurrence inside one of the `masks`
    /// phrases does not count ("speed" in "speed limit").
    pub fn nearest_or_inside(&self, phrases: &[Phrase], masks: &[Phrase]) -> Option<usize> {
        let inside = phrases.iter().any(|p| {
            (self.before..self.after)
                .any(|k| k + p.words.len() <= self.after && matches_at(self.words, k, p))
        });
        if inside {
            return Some(0);
        }
        let mut masked = vec![false; self.words.len()];
        for m in masks {
            let n = m.words.len();
            for k in 0..self.words.len().saturating_sub(n - 1) {
                if matches_at(self.words, k, m) {
                    masked[k..k + n].iter_mut().for_each(|x| *x = true);
                }
            }
        }
        let masked = &masked;
        phrases
            .iter()
            .flat_map(|p| {
                let n = p.words.len();
                self.occurrences(p)
                    .filter(move |(_, _, k)| !masked[*k..*k + n].iter().all(|&x| x))
            })
            .map(|(d, _, _)| d)
            .min()
    }

    /// The index and distance of the nearest of several named groups of phrases; ties go to
    /// the group whose phrase follows the value (the counted noun: "three soldiers").
    pub fn nearest_group<'n>(&self, groups: &'n [(String, Vec<Phrase>)]) -> Option<&'n str> {
        let mut best: Option<(usize, bool, &str)> = None;
        for (name, phrases) in groups {
            for p in phrases {
                for (distance, follows, _) in self.occurrences(p) {
                    let better = match best {
                        None => true,
                        Some((d, f, _)) => distance < d || (distance == d && follows && !f),
                    };
                    if better {
                        best = Some((distance, follows, name));
                    }
                }
            }
        }
        best.map(|(_, _, name)| name)
    }

    /// Every occurrence of `phrase` outside the value: (distance, whether it follows the value,
    /// index of its first word).
    fn occurrences<'p>(
        &'p self,
        phrase: &'p Phrase,
    ) -> impl Iterator<Item = (usize, bool, usize)> + 'p {
        let n = phrase.words.len();
        (0..self.words.len()).filter_map(move |k| {
            if k + n > self.words.len() || !matches_at(self.words, k, phrase) {
                return None;
            }
            if k + n <= self.before {
                let gap = Span::new(self.words[k + n - 1].span.end, self.value.start);
                Some((
                    self.before - (k + n) + self.barriers(k + n..self.before, gap),
                    false,
                    k,
                ))
            } else if k >= self.after {
                let gap = Span::new(self.value.end, self.words[k].span.start);
                Some((k - self.after + self.barriers(self.after..k, gap), true, k))
            } else {
                None
            }
        })
    }

    /// The extra distance of the clause boundaries among `words[between]` and in the text `gap`.
    fn barriers(&self, between: std::ops::Range<usize>, gap: Span) -> usize {
        let marks = self.text[gap.start..gap.end]
            .chars()
            .filter(|c| BARRIER_MARKS.contains(c))
            .count();
        let words = self.words[between]
            .iter()
            .filter(|w| BARRIER_WORDS.contains(&w.lower.as_str()))
            .count();
        BARRIER * (marks + words)
    }

    /// True when the value counts one of `things`: the phrase follows it within `max` words,
    /// with only modifiers ("two ballistic missiles") and no punctuation between.
    pub fn counts(&self, things: &[Phrase], max: usize) -> bool {
        for k in self.after..(self.after + max).min(self.words.len()) {
            let between = &self.words[self.after..k];
            if between
                .iter()
                .any(|w| NOT_MODIFIERS.contains(&w.lower.as_str()))
            {
                return false;
            }
            let gap = &self.text[self.value.end..self.words[k].span.start];
            if gap.contains([',', ';', ':', '.', '(', ')', '—', '–']) {
                return false;
            }
            if things.iter().any(|p| matches_at(self.words, k, p)) {
                return true;
            }
        }
        false
    }

    /// The word right after the value, if any.
    pub fn next_word(&self) -> Option<&str> {
        self.words.get(self.after).map(|w| w.lower.as_str())
    }
}

/// True when `phrase` matches the words starting at index `k`.
fn matches_at(words: &[Word], k: usize, phrase: &Phrase) -> bool {
    phrase.words.iter().enumerate().all(|(i, (want, wild))| {
        words.get(k + i).is_some_and(|w| {
            if *wild {
                w.lower.starts_with(want.as_str())
            } else {
                w.lower == *want
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::token::tokenize;

    fn phrase(text: &str) -> Phrase {
        Phrase {
            text: text.to_string(),
            words: text
                .split(' ')
                .map(|w| match w.strip_suffix('*') {
                    Some(s) => (s.to_string(), true),
                    None => (w.to_string(), false),
                })
                .collect(),
        }
    }

    fn around<'a>(text: &'a str, words: &'a [Word], value: &str) -> Around<'a> {
        let start = text.find(value).unwrap();
        Around::new(text, words, Span::new(start, start + value.len()))
    }

    fn words(text: &str) -> Vec<Word> {
        crate::text::words(text, &tokenize(text), Span::new(0, text.len()))
    }

    #[test]
    fn distances_count_the_words_between_and_clause_boundaries() {
        let text = "Two people were killed and 12 were injured in the blast.";
        let w = words(text);
        let two = around(text, &w, "Two");
        assert_eq!(two.nearest(&[phrase("killed")]), Some(2));
        // people, were, killed, and, were: five words, one of them a boundary.
        assert_eq!(two.nearest(&[phrase("injured")]), Some(7));
        let twelve = around(text, &w, "12");
        assert_eq!(twelve.nearest(&[phrase("killed")]), Some(3));
        assert_eq!(twelve.nearest(&[phrase("injured")]), Some(1));
        assert_eq!(twelve.nearest(&[phrase("injur*")]), Some(1));
        let text = "It killed 30 people, including eight children.";
        let w = words(text);
        assert_eq!(
            around(text, &w, "30").nearest(&[phrase("including")]),
            Some(3)
        );
    }

    #[test]
    fn words_inside_the_value_count_only_where_asked() {
        let text = "The speed was 37 miles per hour.";
        let w = words(text);
        let v = around(text, &w, "37 miles per hour");
        assert_eq!(v.nearest(&[phrase("miles")]), None);
        assert_eq!(v.nearest_or_inside(&[phrase("miles")], &[]), Some(0));
        assert_eq!(v.nearest(&[phrase("speed")]), Some(1));
        assert!(v.anywhere(&[phrase("the speed")]));
        let text = "It hit 50 mph in a speed limit zone.";
        let w = words(text);
        let v = around(text, &w, "50 mph");
        assert_eq!(v.nearest_or_inside(&[phrase("speed")], &[]), Some(2));
        assert_eq!(
            v.nearest_or_inside(&[phrase("speed")], &[phrase("speed limit")]),
            None
        );
    }

    #[test]
    fn counted_things_follow_with_only_modifiers_between() {
        let text = "It fired two ballistic missiles, then 30 of the missiles and 5, missiles.";
        let w = words(text);
        let things = [phrase("missile*")];
        assert!(around(text, &w, "two").counts(&things, 3));
        assert!(!around(text, &w, "30").counts(&things, 3));
        assert!(!around(text, &w, "5").counts(&things, 3));
    }

    #[test]
    fn nearest_group_prefers_the_following_noun_on_ties() {
        let text = "Soldiers said 3 civilians died.";
        let w = words(text);
        let groups = vec![
            ("soldiers".to_string(), vec![phrase("soldiers")]),
            ("civilians".to_string(), vec![phrase("civilians")]),
        ];
        assert_eq!(
            around(text, &w, "3").nearest_group(&groups),
            Some("civilians")
        );
    }
}

//! The words around one value in its sentence, and how far a rule's phrases stand from it.
//! Distance is the number of words strictly between the phrase and the value.

use crate::rules::Phrase;
use crate::span::Span;
use crate::text::Word;

/// Words that may not stand between a number and the thing it counts.
const NOT_MODIFIERS: &[&str] = &[
    "of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "from", "with", "by", "for",
    "were", "was", "are", "is", "have", "had", "been", "be", "that", "which", "who", "more",
    "less", "than", "times", "as",
];

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

    /// True when one of the phrases occurs anywhere in the sentence outside the value.
    pub fn anywhere(&self, phrases: &[Phrase]) -> bool {
        self.nearest(phrases).is_some()
    }

    /// The distance to the nearest occurrence of any of the phrases, outside the value.
    pub fn nearest(&self, phrases: &[Phrase]) -> Option<usize> {
        phrases.iter().filter_map(|p| self.nearest_one(p)).min()
    }

    /// The index and distance of the nearest of several named groups of phrases; ties go to
    /// the group whose phrase follows the value (the counted noun: "three soldiers").
    pub fn nearest_group<'n>(&self, groups: &'n [(String, Vec<Phrase>)]) -> Option<&'n str> {
        let mut best: Option<(usize, bool, &str)> = None;
        for (name, phrases) in groups {
            for p in phrases {
                for (distance, follows) in self.occurrences(p) {
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

    fn nearest_one(&self, phrase: &Phrase) -> Option<usize> {
        self.occurrences(phrase).map(|(d, _)| d).min()
    }

    /// Every occurrence of `phrase` outside the value: (distance, whether it follows the value).
    fn occurrences<'p>(&'p self, phrase: &'p Phrase) -> impl Iterator<Item = (usize, bool)> + 'p {
        let n = phrase.words.len();
        (0..self.words.len()).filter_map(move |k| {
            if k + n > self.words.len() || !matches_at(self.words, k, phrase) {
                return None;
            }
            if k + n <= self.before {
                Some((self.before - (k + n), false))
            } else if k >= self.after {
                Some((k - self.after, true))
            } else {
                None
            }
        })
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
    fn distances_count_the_words_between() {
        let text = "Two people were killed and 12 were injured in the blast.";
        let w = words(text);
        let two = around(text, &w, "Two");
        assert_eq!(two.nearest(&[phrase("killed")]), Some(2));
        assert_eq!(two.nearest(&[phrase("injured")]), Some(5));
        let twelve = around(text, &w, "12");
        assert_eq!(twelve.nearest(&[phrase("killed")]), Some(1));
        assert_eq!(twelve.nearest(&[phrase("injured")]), Some(1));
        assert_eq!(twelve.nearest(&[phrase("injur*")]), Some(1));
    }

    #[test]
    fn words_inside_the_value_do_not_count() {
        let text = "The speed was 37 miles per hour.";
        let w = words(text);
        let v = around(text, &w, "37 miles per hour");
        assert_eq!(v.nearest(&[phrase("miles")]), None);
        assert_eq!(v.nearest(&[phrase("speed")]), Some(1));
        assert!(v.anywhere(&[phrase("the speed")]));
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

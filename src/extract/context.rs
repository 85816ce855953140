//! The words around one value in its sentence, and how far a rule's phrases stand from it.
//! Distance is the number of words strictly between the phrase and the value, plus two for
//! each clause boundary crossed (a comma, a dash, "and", "but"), so that in "two were killed
//! and 12 were injured" *injured*, not *killed*, is nearest to 12. No word reaches across a
//! semicolon.

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

/// Words that end a search for the counted noun: what follows them is not what the number
/// counts ("12 were killed", "killing 12 in the city").
#[rustfmt::skip]
const FUNCTION_WORDS: &[&str] = &[
    "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "will", "would",
    "could", "may", "might", "also", "still", "so", "far", "now", "more", "in", "on", "at", "by",
    "for", "from", "to", "with", "of", "and", "or", "but", "after", "before", "during", "since",
    "as", "when", "who", "whom", "which", "that", "including", "among", "across", "near", "inside",
    "outside", "there", "here", "this", "these", "those", "the", "a", "an", "remain", "remained",
    "remains", "reportedly", "people", "due", "because", "amid", "following", "according",
    "yesterday", "today", "tonight", "overnight", "last", "over", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday",
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
    /// Other figures of the same kind in the sentence: a word beyond one belongs to it.
    rivals: Vec<Span>,
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
            rivals: Vec::new(),
        }
    }

    /// The same context, where a phrase beyond another figure of the value's kind does not
    /// reach it: in "has risen to 632, with 329 injured", *injured* is 329's, not 632's.
    pub fn with_rivals(mut self, rivals: Vec<Span>) -> Self {
        self.rivals = rivals;
        self
    }

    /// True when a rival figure lies inside `gap`.
    fn blocked(&self, gap: Span) -> bool {
        self.rivals.iter().any(|r| gap.contains(r))
    }

    /// True when a semicolon lies inside `gap`: it joins two statements ("rises to 133;
    /// suspected gunmen arrested"), and no word reaches across it.
    fn apart(&self, gap: Span) -> bool {
        self.text[gap.start..gap.end].contains(';')
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
    /// the group whose phrase follows the value (the counted noun: "three soldiers"). With
    /// `counted_only`, only a phrase among the three words after the value counts.
    pub fn nearest_group<'n>(
        &self,
        groups: &'n [(String, Vec<Phrase>)],
        counted_only: bool,
    ) -> Option<&'n str> {
        let mut best: Option<(usize, bool, &str)> = None;
        for (name, phrases) in groups {
            for p in phrases {
                for (distance, follows, _) in self.occurrences(p) {
                    if counted_only && !(follows && distance < 3) {
                        continue;
                    }
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

    /// The group a count with no noun of its own counts when a clause before it names the
    /// group attacked: "opened fire on officers, wounding two" (officers), "an attack on
    /// troops that killed five". The group's phrase stands right after "on", "at" or
    /// "against", within `window` of the value; "police said 3 died" names no such group.
    pub fn attacked_group<'n>(
        &self,
        groups: &'n [(String, Vec<Phrase>)],
        window: usize,
    ) -> Option<&'n str> {
        const AGAINST: &[&str] = &["on", "at", "against"];
        groups
            .iter()
            .flat_map(|(name, phrases)| phrases.iter().map(move |p| (name, p)))
            .flat_map(|(name, p)| self.occurrences(p).map(move |o| (o, name)))
            .filter(|((d, follows, k), _)| {
                !follows
                    && *d < window
                    && k.checked_sub(1)
                        .is_some_and(|j| AGAINST.contains(&self.words[j].lower.as_str()))
            })
            .min_by_key(|((d, _, _), _)| *d)
            .map(|(_, name)| name.as_str())
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
                if self.blocked(gap) || self.apart(gap) {
                    return None;
                }
                Some((
                    self.before - (k + n) + self.barriers(k + n..self.before, gap),
                    false,
                    k,
                ))
            } else if k >= self.after {
                let gap = Span::new(self.value.end, self.words[k].span.start);
                if self.blocked(gap) || self.apart(gap) {
                    return None;
                }
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

    /// The distance from the value to another span of the sentence (words between it and the
    /// value, plus clause boundaries), or `None` when they overlap or a semicolon parts them.
    pub fn distance_to(&self, span: Span) -> Option<usize> {
        let between = if span.end <= self.value.start {
            Span::new(span.end, self.value.start)
        } else {
            Span::new(self.value.end, span.start.max(self.value.end))
        };
        if self.apart(between) {
            return None;
        }
        if span.end <= self.value.start {
            let k = self.words.partition_point(|w| w.span.end <= span.end);
            let gap = Span::new(span.end, self.value.start);
            Some(
                self.before.saturating_sub(k) + self.barriers(k.min(self.before)..self.before, gap),
            )
        } else if span.start >= self.value.end {
            let k = self.words.partition_point(|w| w.span.start < span.start);
            let gap = Span::new(self.value.end, span.start);
            Some(k.saturating_sub(self.after) + self.barriers(self.after..k.max(self.after), gap))
        } else {
            None
        }
    }

    /// True when `span` (a date) stands before the value and opens a "when" clause that the
    /// value is in: "since 1997, when a Korean Air crash in Guam killed 228".
    pub fn in_when_clause_of(&self, span: Span) -> bool {
        if span.end > self.value.start || self.apart(Span::new(span.end, self.value.start)) {
            return false;
        }
        let k = self.words.partition_point(|w| w.span.start < span.end);
        self.words.get(k).is_some_and(|w| {
            w.lower == "when"
                && w.span.end <= self.value.start
                && matches!(self.text[span.end..w.span.start].trim(), "" | ",")
        })
    }

    /// What the number counts, when a noun follows it: `Some(true)` when one of `counted`
    /// follows within three words (modifiers allowed before it), `Some(false)` when some other
    /// noun does ("six hospitals"), `None` when no noun follows ("12 were killed", "killed 12.").
    /// `stops` are words that end the search, besides function words.
    pub fn counted(&self, counted: &[Phrase], stops: &[&[Phrase]]) -> Option<bool> {
        let mut content = false;
        for k in self.after..(self.after + 3).min(self.words.len()) {
            let from = if k == self.after {
                self.value.end
            } else {
                self.words[k - 1].span.end
            };
            if self.text[from..self.words[k].span.start].contains(BARRIER_MARKS) {
                break;
            }
            if counted.iter().any(|p| matches_at(self.words, k, p)) {
                return Some(true);
            }
            let w = self.words[k].lower.as_str();
            let stop = FUNCTION_WORDS.contains(&w)
                || stops
                    .iter()
                    .any(|list| list.iter().any(|p| matches_at(self.words, k, p)));
            if stop {
                break;
            }
            // A capitalised plural after a count is a nationality: "12 Americans".
            let original = &self.text[self.words[k].span.start..self.words[k].span.end];
            if original.starts_with(char::is_uppercase) && w.ends_with('s') && k == self.after {
                return Some(true);
            }
            content = true;
        }
        content.then_some(false)
    }

    /// The counted noun when it is a nationality ("five Indians"), lower-cased: such counts
    /// are their own subject, never the total. A noun among `common` is none, capitalised or
    /// not: "Nine Officials of Oreva Group Arrested" in a headline counts officials.
    pub fn nationality(&self, common: &[Phrase]) -> Option<&str> {
        let w = self.words.get(self.after)?;
        let gap = &self.text[self.value.end..w.span.start];
        let original = &self.text[w.span.start..w.span.end];
        (gap.trim().is_empty()
            && original.starts_with(char::is_uppercase)
            && w.lower.ends_with('s')
            && !common.iter().any(|p| matches_at(self.words, self.after, p)))
        .then_some(w.lower.as_str())
    }

    /// The word right after the value, if any.
    pub fn next_word(&self) -> Option<&str> {
        self.words.get(self.after).map(|w| w.lower.as_str())
    }
}

/// True when `phrase` matches the words starting at index `k`.
fn matches_at(words: &[Word], k: usize, phrase: &Phrase) -> bool {
    phrase.matches_at(words, k)
}

mod parts;
#[cfg(test)]
mod tests;

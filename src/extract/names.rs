//! Proper names in a sentence — runs of capitalised words — so a fact can be tied to the
//! person, place or organisation it is about ("the age of Anna Lee", "when Putin was born").

use std::collections::BTreeSet;

use crate::span::Span;
use crate::values::token::{Kind, Token};

/// A proper name found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    /// The whole run as written, titles included.
    pub span: Span,
    /// The name without leading titles, words joined by single spaces: the grouping key.
    pub key: String,
}

/// Lower-case words that may stand inside a name ("Bank of England", "Ludwig van Beethoven").
const PARTICLES: &[&str] = &[
    "of", "de", "del", "della", "van", "von", "der", "den", "da", "di", "du", "la", "le", "al",
    "bin", "ibn",
];

/// Titles that precede a name but are not part of its key.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "vice",
    "prime",
    "minister",
    "chancellor",
    "secretary",
    "senator",
    "sen",
    "rep",
    "representative",
    "gov",
    "governor",
    "mayor",
    "judge",
    "justice",
    "gen",
    "general",
    "col",
    "colonel",
    "capt",
    "captain",
    "lt",
    "sgt",
    "sergeant",
    "officer",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "chairman",
    "comrade",
    "marshal",
    "leader",
];

/// Titles that also stand inside organisations' names ("UN General Assembly", "US Justice
/// Department"): dropped only at the start of a run.
const ORG_TITLES: &[&str] = &["general", "justice", "judge", "officer", "vice"];

/// True when a single space stands between two tokens: a wider gap ("Russia  Wi Sung-lac")
/// is a lost separator, not the inside of one name.
fn single_space(text: &str, prev: &Token, next: &Token) -> bool {
    text.get(prev.end..next.start)
        .is_some_and(|gap| gap.chars().count() == 1)
}

/// Capitalised words that are not names: months, weekdays, pronouns and common sentence openers.
const NOT_NAMES: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "i",
    "a",
    "an",
    "the",
    "he",
    "she",
    "it",
    "they",
    "we",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "after",
    "before",
    "during",
    "when",
    "while",
    "if",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "as",
    "police",
    "officials",
    "authorities",
    "according",
    "meanwhile",
    "however",
    "also",
    "still",
    "some",
    "many",
    "most",
    "both",
    "each",
    "every",
    "all",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "earlier",
    "later",
    "last",
    "next",
    "today",
    "yesterday",
    "tomorrow",
    "what",
    "who",
    "why",
    "how",
    "where",
    "which",
    "image",
    "photo",
];

/// True when a place preposition stands right before the name ("born in Leningrad"): the
/// name is where something happened, not whom it is about.
pub fn after_place_preposition(text: &str, name: Span) -> bool {
    let before = text[..name.start].trim_end();
    let last = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    matches!(
        last,
        "in" | "at" | "near" | "from" | "to" | "outside" | "inside"
    ) && before.len() < name.start
}

/// The proper names among `tokens` inside `sentence`, in order. A lone capitalised word
/// opening the sentence counts only when `known` has it (lower-cased): the article also
/// capitalises it mid-sentence, so it is a name and not just the first word.
pub fn find(text: &str, tokens: &[Token], sentence: Span, known: &BTreeSet<String>) -> Vec<Name> {
    let first = tokens.partition_point(|t| t.start < sentence.start);
    let toks: Vec<&Token> = tokens[first..]
        .iter()
        .take_while(|t| t.end <= sentence.end)
        .collect();
    let capital = |t: &Token| {
        t.kind == Kind::Word && t.text(text).chars().next().is_some_and(char::is_uppercase)
    };
    let mut names = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !capital(toks[i]) || NOT_NAMES.contains(&toks[i].text(text).to_lowercase().as_str()) {
            i += 1;
            continue;
        }
        // Extend over capitalised words, hyphenated parts ("Jong-un") and particles between capitals.
        let start = i;
        let mut end = i;
        let mut j = i + 1;
        while j < toks.len() {
            let t = toks[j];
            let hyphen_part = t.is_punct(text, '-')
                && t.attached()
                && toks
                    .get(j + 1)
                    .is_some_and(|n| n.kind == Kind::Word && n.attached());
            if hyphen_part {
                end = j + 1;
                j += 2;
            } else if capital(t)
                && t.space_before
                && single_space(text, toks[j - 1], t)
                && !NOT_NAMES.contains(&t.text(text).to_lowercase().as_str())
            {
                end = j;
                j += 1;
            } else if t.kind == Kind::Word
                && PARTICLES.contains(&t.text(text))
                && toks.get(j + 1).is_some_and(|n| capital(n))
            {
                j += 1;
            } else {
                break;
            }
        }
        let words: Vec<&Token> = toks[start..=end]
            .iter()
            .copied()
            .filter(|t| t.kind == Kind::Word)
            .collect();
        // Titles are dropped before the name proper, also after capitalised modifiers
        // ("Russian President Vladimir Putin", "Foreign Minister Sergei Lavrov").
        let title = |t: &Token| TITLES.contains(&t.text(text).to_lowercase().as_str());
        let inner = words
            .iter()
            .rposition(|t| title(t) && !ORG_TITLES.contains(&t.text(text).to_lowercase().as_str()))
            .filter(|&last| last + 1 < words.len())
            .map_or(0, |last| last + 1);
        let mut skip = inner + words[inner..].iter().take_while(|t| title(t)).count();
        // A sentence's first word is capitalised by position: when the article does not
        // know it as a name but knows the next word, the name starts at the next word
        // ("Replace Kim Jong-un", a caption).
        let lower = |t: &Token| t.text(text).to_lowercase();
        if start == 0
            && skip == 0
            && words.len() > 1
            && !known.contains(&lower(words[0]))
            && known.contains(&lower(words[1]))
        {
            skip = 1;
        }
        let key = words
            .get(skip)
            .map(|first| {
                text[first.start..toks[end].end]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default();
        // A lone capitalised word opening the sentence is a name only if known as one.
        let opener = start == 0 && end == start && !known.contains(&key.to_lowercase());
        if !key.is_empty() && !opener {
            names.push(Name {
                span: Span::new(toks[start].start, toks[end].end),
                key,
            });
        }
        i = end + 1;
    }
    names
}

/// The words of the names an article writes mid-sentence, lower-cased: what makes a lone
/// capitalised word at a sentence's start a name too.
pub fn known(text: &str, tokens: &[Token], sentences: &[Span]) -> BTreeSet<String> {
    let none = BTreeSet::new();
    sentences
        .iter()
        .flat_map(|&s| {
            // Only names written mid-sentence: a sentence's first word is capitalised anyway.
            let first = tokens
                .get(tokens.partition_point(|t| t.start < s.start))
                .map_or(s.start, |t| t.start);
            find(text, tokens, s, &none)
                .into_iter()
                .filter(move |n| n.span.start != first)
        })
        .flat_map(|n| {
            n.key
                .split([' ', '-'])
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::token::tokenize;

    fn keys(text: &str) -> Vec<String> {
        find(
            text,
            &tokenize(text),
            Span::new(0, text.len()),
            &BTreeSet::new(),
        )
        .into_iter()
        .map(|n| n.key)
        .collect()
    }

    #[test]
    fn finds_names_with_titles_particles_and_hyphens() {
        assert_eq!(
            keys(
                "North Korean leader Kim Jong-un met President Vladimir Putin at the Bank of England."
            ),
            vec![
                "North Korean",
                "Kim Jong-un",
                "Vladimir Putin",
                "Bank of England"
            ]
        );
        assert_eq!(
            keys("He met Russian President Vladimir Putin and Energy Minister Fatih Donmez."),
            vec!["Vladimir Putin", "Fatih Donmez"]
        );
    }

    #[test]
    fn months_weekdays_and_sentence_openers_are_not_names() {
        assert_eq!(
            keys("On Monday in July the police said Lee was 19."),
            vec!["Lee"]
        );
        assert_eq!(keys("Police named the victim."), Vec::<String>::new());
        assert_eq!(keys("Koffler said it."), Vec::<String>::new());
        assert_eq!(keys("Rebekah Koffler said it."), vec!["Rebekah Koffler"]);
        // Known from elsewhere in the article, an opening word is a name.
        let text = "Koffler said it.";
        let known: BTreeSet<String> = ["koffler".to_string()].into();
        let found = find(text, &tokenize(text), Span::new(0, text.len()), &known);
        assert_eq!(found[0].key, "Koffler");
        // An opening word the article does not know as a name is not part of one.
        let text = "Replace Kim Jong-un";
        let known: BTreeSet<String> = ["kim".to_string(), "jong".to_string()].into();
        let found = find(text, &tokenize(text), Span::new(0, text.len()), &known);
        assert_eq!(found[0].key, "Kim Jong-un");
    }

    #[test]
    fn titles_after_modifiers_are_dropped_and_wide_gaps_split_names() {
        assert_eq!(
            keys("He met Russian President Vladimir Putin and Foreign Minister Sergei Lavrov."),
            vec!["Vladimir Putin", "Sergei Lavrov"]
        );
        assert_eq!(
            keys("It was the UN General Assembly and the US Justice Department."),
            vec!["UN General Assembly", "US Justice Department"]
        );
        assert_eq!(
            keys("the ambassador to Russia \u{a0}Wi Sung-lac said"),
            vec!["Russia", "Wi Sung-lac"]
        );
    }

    #[test]
    fn possessives_end_the_name() {
        assert_eq!(keys("It was Putin’s plan."), vec!["Putin"]);
    }
}

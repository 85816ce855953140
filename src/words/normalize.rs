//! Words as they are compared across sources: lower-cased, with their spans, numbers kept,
//! punctuation and typography dropped, bracketed insertions ("[building]") left out — and
//! the test of whether a change between two wordings is substantive.

use crate::span::Span;
use crate::values::token::{Kind, Token};

/// One word of a text, normalised for comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordRef {
    /// Lower case ("officer"), or the digits of a number ("37").
    pub norm: String,
    /// Where it stands in the article text.
    pub span: Span,
    /// True when written with a capital (a name, or a sentence's first word).
    pub capital: bool,
}

/// The words of `text[span]`: letter runs and digit runs, lower-cased, skipping anything in
/// square brackets (an editor's insertion).
pub fn words(text: &str, tokens: &[Token], span: Span) -> Vec<WordRef> {
    let first = tokens.partition_point(|t| t.start < span.start);
    let toks: Vec<&Token> = tokens[first..]
        .iter()
        .take_while(|t| t.end <= span.end)
        .collect();
    let mut depth = 0usize;
    let mut out: Vec<WordRef> = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        let t = toks[k];
        let s = t.text(text);
        match t.kind {
            Kind::Punct if s == "[" => depth += 1,
            Kind::Punct if s == "]" => depth = depth.saturating_sub(1),
            // A figure is one word: "11,300", "2.5".
            Kind::Num if depth == 0 => {
                let mut end = k;
                while end + 2 < toks.len()
                    && matches!(toks[end + 1].text(text), "," | ".")
                    && toks[end + 1].attached()
                    && toks[end + 2].kind == Kind::Num
                    && toks[end + 2].attached()
                {
                    end += 2;
                }
                out.push(WordRef {
                    norm: text[t.start..toks[end].end].replace(',', ""),
                    span: Span::new(t.start, toks[end].end),
                    capital: false,
                });
                k = end;
            }
            // A number in words is its figure: "four" and "4" are one word. A negative
            // contraction is its two words: "don’t" is "do not".
            Kind::Word if depth == 0 => {
                let lower = s.to_lowercase();
                let apostrophe = |k: usize| {
                    toks.get(k)
                        .is_some_and(|t| t.attached() && matches!(t.text(text), "’" | "'"))
                };
                let norm = if lower == "t" && k >= 2 && apostrophe(k - 1) && t.attached() && {
                    let base = toks[k - 2].text(text);
                    toks[k - 2].kind == Kind::Word && base.to_lowercase().ends_with('n')
                } {
                    "not".to_string()
                } else if lower.ends_with('n')
                    && apostrophe(k + 1)
                    && toks
                        .get(k + 2)
                        .is_some_and(|n| n.attached() && n.is_word(text, "t"))
                {
                    negated(&lower)
                } else {
                    match crate::values::numbers::small_cardinal(&lower) {
                        Some(n) if n <= 20 && lower != "one" => n.to_string(),
                        _ => lower,
                    }
                };
                out.push(WordRef {
                    norm,
                    span: Span::new(t.start, t.end),
                    capital: s.starts_with(char::is_uppercase),
                });
            }
            _ => {}
        }
        k += 1;
    }
    out
}

/// The verb of a negative contraction, "don" of "don’t": "do" ("won" is "will", "can" stays).
fn negated(base: &str) -> String {
    match base {
        "won" => "will".to_string(),
        "can" => "can".to_string(),
        "shan" => "shall".to_string(),
        "ain" => "is".to_string(),
        _ => base[..base.len() - 1].to_string(),
    }
}

/// English function words: a change of only these is not substantive.
#[rustfmt::skip]
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "of", "in", "on", "at", "to", "for",
    "from", "by", "with", "about", "as", "into", "onto", "over", "under", "than", "that", "this",
    "these", "those", "which", "who", "whom", "whose", "what", "it", "its", "it's", "he", "she",
    "they", "them", "their", "his", "her", "him", "we", "us", "our", "you", "your", "i", "me",
    "my", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do",
    "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
    "s", "t", "also", "just", "very", "too", "then", "there", "here", "when", "where", "while",
    "if", "because", "since", "though", "although", "after", "before", "during", "between",
    "through", "up", "down", "out", "off", "such", "all", "both", "each", "some", "any", "other",
    "own", "same", "only", "not", "no", "said", "says", "told", "according", "mr", "mrs", "ms",
];

/// True for a function word, or one of the rule's own (`function-words`).
pub fn is_function(word: &str, extra: &[String]) -> bool {
    FUNCTION_WORDS.contains(&word) || extra.iter().any(|e| e == word)
}

/// True when two words are spellings of one word ("armored"/"armoured", "Russia"/"Russian"
/// is not: a different word) — close letters, not numbers.
pub fn spelling_variant(a: &str, b: &str) -> bool {
    if a == b || a.chars().any(|c| c.is_ascii_digit()) || b.chars().any(|c| c.is_ascii_digit()) {
        return a == b;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // A suffix makes another word: Korea/Korean, Russia/Russian, leader/leaders.
    if long.starts_with(short) {
        return false;
    }
    short.chars().count() >= 4
        && strsim::levenshtein(a, b) <= 2
        && strsim::normalized_levenshtein(a, b) >= 0.75
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::token::tokenize;

    #[test]
    fn words_drop_punctuation_typography_and_brackets() {
        let text = "“The process of [building] a multipolar world…” is 37% done.";
        let w: Vec<String> = words(text, &tokenize(text), Span::new(0, text.len()))
            .into_iter()
            .map(|w| w.norm)
            .collect();
        assert_eq!(
            w,
            vec![
                "the",
                "process",
                "of",
                "a",
                "multipolar",
                "world",
                "is",
                "37",
                "done"
            ]
        );
    }

    #[test]
    fn a_negative_contraction_is_its_two_words() {
        let norms = |text: &str| -> Vec<String> {
            words(text, &tokenize(text), Span::new(0, text.len()))
                .into_iter()
                .map(|w| w.norm)
                .collect()
        };
        assert_eq!(
            norms("We don’t know and we won't stop; it can’t last."),
            norms("We do not know and we will not stop; it can not last.")
        );
        // Other apostrophes are not negations.
        assert_eq!(norms("Dominion’s CEO"), vec!["dominion", "s", "ceo"]);
        assert_eq!(norms("Poulos' own words"), vec!["poulos", "own", "words"]);
    }

    #[test]
    fn spellings_of_one_word_and_different_words() {
        assert!(spelling_variant("armored", "armoured"));
        assert!(spelling_variant("organization", "organisation"));
        assert!(!spelling_variant("officer", "official"));
        assert!(!spelling_variant("assault", "attack"));
        assert!(!spelling_variant("korea", "korean"));
        assert!(!spelling_variant("37", "36"));
        assert!(
            !spelling_variant("cat", "cut"),
            "short words are different words"
        );
    }
}

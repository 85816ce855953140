//! Sentences and words: the units a rule's cue words are matched in.
//!
//! Sentences end at `.`, `!` or `?` (after any closing quotes) before a capital, digit or
//! opening quote, and always at a line break, since headlines, captions and paragraphs are
//! lines of their own. Abbreviations ("Mr.", "Sept.", "U.S.") and initials do not end one.

use crate::span::Span;
use crate::values::token::{Kind, Token};

/// Words that take a period without ending a sentence (lower case, without the period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "cmdr",
    "adm", "maj", "rep", "sen", "gov", "pres", "rev", "hon", "no", "nos", "vs", "etc", "inc",
    "ltd", "co", "corp", "dept", "univ", "approx", "est", "fig", "vol", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
    "thur", "thurs", "fri", "sat", "sun", "mt", "ft", "ave", "blvd", "rd", "e.g", "i.e", "a.m",
    "p.m", "u.s", "u.k", "u.n", "d.c",
];

const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»'];
const OPENERS: &[char] = &['"', '\'', '“', '‘', '(', '[', '«'];

/// The sentences of `text[region]`, as trimmed, non-empty spans in order.
pub fn sentences(text: &str, region: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = region.start;
    let mut i = region.start;
    while i < region.end {
        let c = text[i..].chars().next().unwrap_or(' ');
        let len = c.len_utf8();
        if c == '\n' {
            push_trimmed(text, Span::new(start, i), &mut out);
            start = i + 1;
        } else if matches!(c, '.' | '!' | '?') && !(c == '.' && is_abbreviation(text, start, i)) {
            // Take any run of terminators and closing quotes.
            let mut end = i + len;
            while end < region.end {
                let n = text[end..].chars().next().unwrap_or(' ');
                if matches!(n, '.' | '!' | '?') || CLOSERS.contains(&n) {
                    end += n.len_utf8();
                } else {
                    break;
                }
            }
            let after = &text[end..region.end];
            let rest = after.trim_start_matches([' ', '\t']);
            let spaced = rest.len() < after.len();
            let next = rest.chars().next();
            let closed_quote = end > i + len;
            let boundary = match next {
                None => true,
                Some('\n' | '\r') => true,
                Some(n) if spaced || closed_quote => {
                    n.is_uppercase() || n.is_ascii_digit() || OPENERS.contains(&n)
                }
                _ => false,
            };
            if boundary {
                push_trimmed(text, Span::new(start, end), &mut out);
                start = end;
            }
            i = end;
            continue;
        }
        i += len;
    }
    let _ = bytes;
    push_trimmed(text, Span::new(start, region.end), &mut out);
    out
}

/// True when the period at `dot` ends an abbreviation or an initial rather than a sentence.
fn is_abbreviation(text: &str, sentence_start: usize, dot: usize) -> bool {
    let before = &text[sentence_start..dot];
    let word: &str = before
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '.'))
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    // A single capital letter ("J." in "John J. Smith"), or dotted initials ("U.S").
    let mut chars = word.chars();
    let single = chars.next().is_some_and(|c| c.is_uppercase()) && chars.next().is_none();
    single || (word.contains('.') && word.split('.').all(|p| p.chars().count() <= 1))
}

fn push_trimmed(text: &str, span: Span, out: &mut Vec<Span>) {
    let s = &text[span.start..span.end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Span::new(span.start + lead, span.end - trail));
    }
}

/// One word of a sentence, lower-cased, for phrase matching.
#[derive(Debug, Clone)]
pub struct Word {
    /// The word in lower case.
    pub lower: String,
    /// Where it stands in the text.
    pub span: Span,
}

/// The words (letter runs) among `tokens` that lie inside `span`, lower-cased.
pub fn words(text: &str, tokens: &[Token], span: Span) -> Vec<Word> {
    let first = tokens.partition_point(|t| t.start < span.start);
    tokens[first..]
        .iter()
        .take_while(|t| t.end <= span.end)
        .filter(|t| t.kind == Kind::Word)
        .map(|t| Word {
            lower: t.text(text).to_lowercase(),
            span: Span::new(t.start, t.end),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn splits_at_terminators_before_capitals() {
        assert_eq!(
            split("The train left. It was slow! Was it? Yes."),
            vec!["The train left.", "It was slow!", "Was it?", "Yes."]
        );
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_a_sentence() {
        assert_eq!(
            split(
                "Mr. Kim met Gen. Shoigu in Sept. 2023. The U.S. objected. John J. Smith agreed."
            ),
            vec![
                "Mr. Kim met Gen. Shoigu in Sept. 2023.",
                "The U.S. objected.",
                "John J. Smith agreed."
            ]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            split("“It is over,” he said. “We won.” Then he left.”But still"),
            vec![
                "“It is over,” he said.",
                "“We won.”",
                "Then he left.”",
                "But still"
            ]
        );
    }

    #[test]
    fn line_breaks_always_end_a_sentence() {
        assert_eq!(
            split("Tuesday, June 25, 2024\nHeadline Without Period\n\nBody text here."),
            vec![
                "Tuesday, June 25, 2024",
                "Headline Without Period",
                "Body text here."
            ]
        );
    }

    #[test]
    fn decimals_and_lower_case_continuations_do_not_split() {
        assert_eq!(
            split("It grew 2.5 percent. and then it fell. Done"),
            vec!["It grew 2.5 percent. and then it fell.", "Done"]
        );
    }

    #[test]
    fn words_are_lower_cased_and_limited_to_the_span() {
        let text = "The Train’s speed. Next";
        let toks = crate::values::token::tokenize(text);
        let w = words(text, &toks, Span::new(0, text.find('.').unwrap()));
        let lower: Vec<&str> = w.iter().map(|w| w.lower.as_str()).collect();
        assert_eq!(lower, vec!["the", "train", "s", "speed"]);
    }
}

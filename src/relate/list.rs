//! Counting what an article lists, and checking weekdays against the calendar: "four deputy
//! prime ministers ― Denis Manturov, Marat Khusnullin, Alexei Overchuk and Yuri Trutnev ―"
//! names four, and "Tuesday, June 25, 2024" was a Tuesday. Both read the article's own
//! words, not extracted facts, so they are checked on each article alone.

use super::{Checked, Item, Read};
use crate::report::display;
use crate::rules::{Phrase, RelationRule};
use crate::span::Span;
use crate::text::{self, Word};
use crate::values::{Dimension, Value};

/// Marks that open a list after its counted noun: dashes, a colon, a parenthesis.
const OPENERS: [char; 6] = ['―', '—', '–', ':', '(', '-'];
/// Most words a counted noun phrase may take after the count ("four deputy Russian prime ministers").
const NOUN_REACH: usize = 5;
/// Most words one listed name may have.
const NAME_WORDS: usize = 6;
/// Lower-case words that may stand inside a name.
const PARTICLES: &[&str] = &[
    "of", "de", "del", "da", "di", "van", "von", "der", "la", "le", "al", "bin", "ibn",
];

/// Stated counts followed by a list of names, each checked against the names listed.
pub(super) fn check(index: usize, relation: &RelationRule, reads: &[Read]) -> Vec<Checked> {
    let mut out = Vec::new();
    for (source, read) in reads.iter().enumerate() {
        let (text, tokens, sentences) = (read.article.text.as_str(), &read.tokens, &read.sentences);
        for r in read.found.iter().filter(|r| r.hedge.is_none()) {
            let Value::Quantity(q) = &r.value else {
                continue;
            };
            if q.dimension != Dimension::Number
                || q.qualifier.is_some()
                || q.value.fract() != 0.0
                || !(2.0..=30.0).contains(&q.value)
            {
                continue;
            }
            let Some(&sentence) = sentences.iter().find(|s| s.contains(&r.span)) else {
                continue;
            };
            let words = text::words(text, tokens, sentence);
            let Some(noun_end) = counted_noun(text, &words, r.span, &relation.counted) else {
                continue;
            };
            let Some(names) = listed(text, noun_end, sentence) else {
                continue;
            };
            let stated = q.value as usize;
            let holds = names.len() == stated;
            let counted = Span::new(r.span.start, noun_end);
            let listed: Vec<&str> = names.iter().map(|n| &text[n.start..n.end]).collect();
            let arithmetic = format!(
                "“{}” {} {} {}: {}",
                &text[counted.start..counted.end],
                if holds { "and" } else { "but" },
                display::figure(names.len() as f64),
                if names.len() == 1 {
                    "name follows"
                } else {
                    "names follow"
                },
                listed.join(", ")
            );
            let mut items = vec![Item::Text {
                source,
                span: counted,
                sentence,
            }];
            items.extend(names.iter().map(|&span| Item::Text {
                source,
                span,
                sentence,
            }));
            out.push(Checked {
                relation: index,
                holds,
                severity: relation.severity,
                items,
                arithmetic,
            });
        }
    }
    out
}

/// Where the counted noun after the count ends, when one of `counted` follows within a few
/// words with nothing but modifiers between: "four deputy Russian prime ministers".
fn counted_noun(text: &str, words: &[Word], count: Span, counted: &[Phrase]) -> Option<usize> {
    let after = words.partition_point(|w| w.span.start < count.end);
    let mut from = count.end;
    for k in after..(after + NOUN_REACH).min(words.len()) {
        let gap = &text[from..words[k].span.start];
        if !gap.trim().is_empty() && gap.trim() != "-" {
            return None;
        }
        if let Some(p) = counted.iter().find(|p| p.matches_at(words, k)) {
            return Some(words[k + p.words.len() - 1].span.end);
        }
        if matches!(
            words[k].lower.as_str(),
            "of" | "and"
                | "or"
                | "were"
                | "was"
                | "are"
                | "is"
                | "who"
                | "including"
                | "among"
                | "from"
                | "in"
                | "at"
        ) {
            return None;
        }
        from = words[k].span.end;
    }
    None
}

/// The names listed right after the counted noun: opened by a dash, colon or parenthesis,
/// closed by the matching mark or the end of the sentence, separated by commas and "and".
/// `None` unless every item is a name, so that prose is never counted.
fn listed(text: &str, noun_end: usize, sentence: Span) -> Option<Vec<Span>> {
    let rest = &text[noun_end..sentence.end];
    let trimmed = rest.trim_start();
    let (opener, start) = match trimmed.chars().next().filter(|c| OPENERS.contains(c)) {
        Some(c) => (c, noun_end + (rest.len() - trimmed.len()) + c.len_utf8()),
        // "Three ministers attended: …": a colon after a few lower-case words.
        None => {
            let colon = rest.find(':')?;
            let between = &rest[..colon];
            let plain = between.split_whitespace().count() <= 3
                && between
                    .chars()
                    .all(|c| c.is_lowercase() || c.is_whitespace());
            if !plain {
                return None;
            }
            (':', noun_end + colon + 1)
        }
    };
    let inner = &text[start..sentence.end];
    let end = match opener {
        '(' => start + inner.find(')')?,
        ':' => start + inner.trim_end_matches(['.', '!', '?', '"', '”', ' ']).len(),
        _ => {
            start
                + inner
                    .find(['―', '—', '–', '('])
                    .or_else(|| inner.find(" - "))
                    .unwrap_or(inner.trim_end_matches(['.', ' ']).len())
        }
    };
    let mut names = Vec::new();
    let mut at = start;
    for piece in text[start..end].split([',', ';']) {
        let piece_start = at;
        at += piece.len() + 1;
        let mut parts = vec![(piece_start, piece)];
        // "A and B": two names; a leading "and" after the last comma belongs to neither.
        if let Some(i) = piece.find(" and ") {
            parts = vec![
                (piece_start, &piece[..i]),
                (piece_start + i + 5, &piece[i + 5..]),
            ];
        }
        for (offset, part) in parts {
            let lead = part.len() - part.trim_start().len();
            let mut name = part.trim();
            let mut offset = offset + lead;
            if let Some(stripped) = name.strip_prefix("and ") {
                offset += 4;
                name = stripped.trim_start();
            }
            if name.is_empty() {
                if part.trim().is_empty() && names.is_empty() {
                    return None;
                }
                continue;
            }
            if !is_name(name) {
                return None;
            }
            names.push(Span::new(offset, offset + name.len()));
        }
    }
    (names.len() >= 2).then_some(names)
}

/// True for a run of capitalised words, particles allowed inside: "Marat Khusnullin",
/// "Park Jong-cheon", "Ursula von der Leyen".
fn is_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let capital = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase) && !w.chars().any(|c| c.is_ascii_digit())
    };
    !words.is_empty()
        && words.len() <= NAME_WORDS
        && capital(words[0])
        && capital(words[words.len() - 1])
        && words.iter().all(|w| capital(w) || PARTICLES.contains(w))
}

/// Weekdays written beside a full date, checked against the calendar.
pub(super) fn weekdays(index: usize, relation: &RelationRule, reads: &[Read]) -> Vec<Checked> {
    let mut out = Vec::new();
    for (source, read) in reads.iter().enumerate() {
        let (text, found, sentences) = (read.article.text.as_str(), &read.found, &read.sentences);
        for r in found {
            let Value::Date(d) = &r.value else { continue };
            let (Some(written), Some((day, last))) = (d.weekday, d.range) else {
                continue;
            };
            if day != last {
                continue;
            }
            let holds = day.weekday() == written;
            let sentence = sentences
                .iter()
                .copied()
                .find(|s| s.contains(&r.span))
                .unwrap_or(r.span);
            let arithmetic = format!(
                "“{}”: {day} is a {}",
                &text[r.span.start..r.span.end],
                day.strftime("%A")
            );
            out.push(Checked {
                relation: index,
                holds,
                severity: relation.severity,
                items: vec![Item::Text {
                    source,
                    span: r.span,
                    sentence,
                }],
                arithmetic,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_capitalised_runs() {
        assert!(is_name("Marat Khusnullin"));
        assert!(is_name("Ursula von der Leyen"));
        assert!(!is_name("his colleagues"));
        assert!(!is_name("Sergei Shoigu, 68"));
        assert!(!is_name("Yuri Trutnev participated"));
    }
}

//! Quotations and who said them: straight and typographic double quotes, single quotes where
//! they clearly delimit a quotation, quotations reopened across paragraphs, and attribution
//! ("X said", "said X", "X told …", "according to X", "X wrote", a pronoun resolved to the
//! nearest preceding named person where that is safe) — the rules are in `attribution`.
//!
//! The marks are found in one pass over the characters. A double quote opens and closes by
//! its kind and its neighbours: `“` opens, `”` closes (and opens, when nothing is open and a
//! word follows right after it, as in `told NPR.”But still`), a straight `"` opens when a word
//! follows and closes otherwise. Double marks inside an open quotation nest. A paragraph (a
//! line) that ends inside a quotation continues it when the next paragraph opens with a
//! double mark; otherwise the quotation ends at the paragraph's end. Single quotes are only
//! taken outside double ones, as an opening mark after a space and a closing mark before a
//! space or punctuation, two words or more apart; apostrophes ("Putin’s", "’90s", "rock ’n’
//! roll", "leaders’") are not quotes.

use super::{Quote, attribution};
use crate::span::Span;
use crate::values::token::Token;

/// A quotation's marks, before attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Marks {
    /// With the marks.
    pub outer: Span,
    /// Without them, trimmed.
    pub inner: Span,
}

/// Every quotation in `text[body]`, in order. `tokens` are the text's tokens and `sentences`
/// its sentences (as `crate::text::sentences` gives them).
pub fn find(text: &str, tokens: &[Token], body: Span, sentences: &[Span]) -> Vec<Quote> {
    let body = clamp(text, body);
    let marks = scan(text, body);
    if marks.is_empty() {
        return Vec::new();
    }
    let speakers = attribution::speakers(text, tokens, body, sentences, &marks);
    marks
        .into_iter()
        .zip(speakers)
        .map(|(m, speaker)| Quote {
            inner: m.inner,
            outer: m.outer,
            speaker,
        })
        .collect()
}

/// `body` limited to the text and moved onto character boundaries.
fn clamp(text: &str, body: Span) -> Span {
    let mut end = body.end.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut start = body.start.min(end);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    Span::new(start, end)
}

/// A double quotation being read.
struct Open {
    start: usize,
    inner_start: usize,
    depth: u32,
}

/// A possible single quote mark.
#[derive(Clone, Copy)]
struct Single {
    at: usize,
    paragraph: usize,
    /// A closing mark that may be a plural possessive ("leaders’ talks").
    weak: bool,
}

/// The quotations of `text[body]`, in order: one pass over its characters.
pub(super) fn scan(text: &str, body: Span) -> Vec<Marks> {
    let chars: Vec<(usize, char)> = text[body.start..body.end]
        .char_indices()
        .map(|(i, c)| (body.start + i, c))
        .collect();
    let mut doubles: Vec<Marks> = Vec::new();
    let mut openers: Vec<Single> = Vec::new();
    let mut closers: Vec<Single> = Vec::new();
    let mut open: Option<Open> = None;
    let mut paragraph = 0;
    let mut k = 0;
    while k < chars.len() {
        let (at, c) = chars[k];
        let prev = if k == 0 { '\n' } else { chars[k - 1].1 };
        let next = chars.get(k + 1).map(|&(_, n)| n);
        let after = at + c.len_utf8();
        if c == '\n' {
            paragraph += 1;
            if let Some(o) = open.take() {
                // Reopened in the next paragraph: one quotation.
                let mut m = k + 1;
                while m < chars.len() && chars[m].1.is_whitespace() {
                    m += 1;
                }
                if m < chars.len() && matches!(chars[m].1, '“' | '"') {
                    open = Some(o);
                    k = m + 1;
                    continue;
                }
                push(text, &mut doubles, o.start, o.inner_start, at, None);
            }
            k += 1;
            continue;
        }
        let left = left_flank(prev, next);
        let right = right_flank(prev, next);
        match (c, open.as_mut()) {
            ('“', None) => open = Some(opening(at, after)),
            ('”', None) if next.is_some_and(char::is_alphanumeric) || left => {
                open = Some(opening(at, after));
            }
            ('"', None) if next.is_some_and(|n| !n.is_whitespace()) && !prev.is_ascii_digit() => {
                open = Some(opening(at, after));
            }
            ('“', Some(o)) if !right || left => o.depth += 1,
            ('"', Some(o)) if left && !right => o.depth += 1,
            ('“' | '”' | '"', Some(o)) => {
                if o.depth > 0 {
                    o.depth -= 1;
                } else {
                    let o = open.take().expect("matched Some");
                    push(text, &mut doubles, o.start, o.inner_start, at, Some(after));
                }
            }
            ('‘' | '\'', None) if single_opener(&chars, k) => openers.push(Single {
                at,
                paragraph,
                weak: false,
            }),
            _ => {}
        }
        if matches!(c, '’' | '\'') && open.is_none() && single_closer(&chars, k) {
            closers.push(Single {
                at,
                paragraph,
                weak: prev == 's' && next.is_none_or(char::is_whitespace),
            });
        }
        k += 1;
    }
    if let Some(o) = open {
        push(text, &mut doubles, o.start, o.inner_start, body.end, None);
    }
    let singles = pair_singles(text, &openers, &closers);
    merge(doubles, singles)
}

fn opening(at: usize, after: usize) -> Open {
    Open {
        start: at,
        inner_start: after,
        depth: 0,
    }
}

/// Records a double quotation from `start` (its opening mark) to `close` (its closing mark,
/// ending at `after`), or to `close` as a paragraph end when it was not closed.
fn push(
    text: &str,
    out: &mut Vec<Marks>,
    start: usize,
    inner_start: usize,
    close: usize,
    after: Option<usize>,
) {
    let inner = trim(text, Span::new(inner_start, close.max(inner_start)));
    if !text[inner.start..inner.end]
        .chars()
        .any(char::is_alphanumeric)
    {
        return;
    }
    let end = after.unwrap_or(inner.end);
    out.push(Marks {
        outer: Span::new(start, end),
        inner,
    });
}

fn trim(text: &str, span: Span) -> Span {
    let s = &text[span.start..span.end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        return Span::new(span.start, span.start);
    }
    Span::new(span.start + lead, span.end - trail)
}

const OPENING_PUNCT: &[char] = &['(', '[', '{', '—', '–', '-', '/', '“', '‘', '"', '\''];
const CLOSING_PUNCT: &[char] = &[
    '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '”', '’', '"', '\'', '…',
];

/// A mark after a space (or an opening bracket) and before a non-space: an opening mark.
fn left_flank(prev: char, next: Option<char>) -> bool {
    (prev.is_whitespace() || OPENING_PUNCT.contains(&prev))
        && next.is_some_and(|n| !n.is_whitespace())
}

/// A mark after a non-space and before a space, punctuation or the end: a closing mark.
fn right_flank(prev: char, next: Option<char>) -> bool {
    !prev.is_whitespace()
        && !OPENING_PUNCT.contains(&prev)
        && next.is_none_or(|n| n.is_whitespace() || CLOSING_PUNCT.contains(&n))
}

/// Words that an apostrophe shortens at their start ("’em", "’tis", "rock ’n’ roll").
const ELISIONS: &[&str] = &[
    "em", "tis", "twas", "cause", "til", "n", "bout", "round", "s",
];

/// True when the single mark at `k` may open a quotation.
fn single_opener(chars: &[(usize, char)], k: usize) -> bool {
    let prev = if k == 0 { '\n' } else { chars[k - 1].1 };
    if !(prev.is_whitespace() || OPENING_PUNCT.contains(&prev)) {
        return false;
    }
    let word: String = chars[k + 1..]
        .iter()
        .map(|&(_, c)| c)
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let Some(first) = word.chars().next() else {
        return false;
    };
    if first.is_ascii_digit() {
        // "’90s", "'24": a shortened year, not a quotation.
        return false;
    }
    !ELISIONS.contains(&word.to_lowercase().as_str())
}

/// True when the single mark at `k` may close a quotation.
fn single_closer(chars: &[(usize, char)], k: usize) -> bool {
    if k == 0 {
        return false;
    }
    let prev = chars[k - 1].1;
    let next = chars.get(k + 1).map(|&(_, n)| n);
    if !right_flank(prev, next) {
        return false;
    }
    // "rock ’n’ roll": the mark closes a shortened one-letter word.
    let shortened =
        k >= 2 && matches!(chars[k - 2].1, '’' | '\'' | '‘') && chars[k - 1].1.is_alphabetic();
    !shortened
}

/// Pairs single marks within a paragraph: each opening mark with the first closing mark after
/// it (a possessive-looking one only when no other follows), two words or more apart.
fn pair_singles(text: &str, openers: &[Single], closers: &[Single]) -> Vec<Marks> {
    let mut out: Vec<Marks> = Vec::new();
    let mut from = 0;
    for o in openers {
        if out.last().is_some_and(|m| m.outer.end > o.at) {
            continue;
        }
        while from < closers.len() && closers[from].at <= o.at {
            from += 1;
        }
        let same: Vec<&Single> = closers[from..]
            .iter()
            .take_while(|c| c.paragraph == o.paragraph)
            .collect();
        let strong = same.iter().any(|c| !c.weak);
        let Some(close) = same.iter().find(|c| !c.weak || !strong) else {
            continue;
        };
        let after = close.at + text[close.at..].chars().next().map_or(1, char::len_utf8);
        let start = o.at + text[o.at..].chars().next().map_or(1, char::len_utf8);
        let inner = trim(text, Span::new(start, close.at));
        let words = text[inner.start..inner.end]
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count();
        if words >= 2 {
            out.push(Marks {
                outer: Span::new(o.at, after),
                inner,
            });
        }
    }
    out
}

/// Double and single quotations in order; double ones inside a single one are nested in it.
fn merge(doubles: Vec<Marks>, singles: Vec<Marks>) -> Vec<Marks> {
    if singles.is_empty() {
        return doubles;
    }
    let mut all: Vec<Marks> = doubles
        .into_iter()
        .filter(|d| !singles.iter().any(|s| s.outer.contains(&d.outer)))
        .collect();
    all.extend(singles);
    all.sort_by_key(|m| m.outer.start);
    all
}

#[cfg(test)]
mod tests;

//! Stretches of an article whose figures belong to another event than the story's: what
//! follows "in a separate incident" to the end of its paragraph (and through the next one,
//! when the phrase's sentence ends its own: the details follow), and a sentence or a whole
//! paragraph that opens with the date of an earlier event ("In April, Iran fired … The
//! embassy attack killed seven"). A paragraph is a line of the text.

use crate::span::Span;
use crate::text::{self, Word};
use crate::values::token::Token;

/// Words that make the noun after them another event's: "in a separate incident".
const SEPARATE: &[&str] = &["separate", "unrelated"];
/// The events "separate" speaks of.
#[rustfmt::skip]
const EVENTS: &[&str] = &[
    "incident", "incidents", "attack", "attacks", "accident", "accidents", "shooting", "shootings",
    "strike", "strikes", "crash", "crashes", "explosion", "explosions", "blast", "blasts",
    "case", "cases", "raid", "raids", "operation", "operations",
];
/// Words that may open a paragraph before the date that sets it in the past: "In April,",
/// "Back in 2019,", "Earlier in March,".
const OPENERS: &[&[&str]] = &[
    &[],
    &["in"],
    &["on"],
    &["during"],
    &["back", "in"],
    &["earlier", "in"],
    &["later", "in"],
];

/// The article's stretches of other events, in order; `stale` are the dates of earlier events
/// that the article names.
pub fn other_events(
    text: &str,
    tokens: &[Token],
    body: Span,
    sentences: &[Span],
    stale: &[Span],
) -> Vec<Span> {
    let paragraphs = paragraphs(text, body);
    let mut out = Vec::new();
    for (p, para) in paragraphs.iter().enumerate() {
        let in_para: Vec<Span> = sentences
            .iter()
            .copied()
            .filter(|s| para.contains(s))
            .collect();
        for (i, s) in in_para.iter().enumerate() {
            let words = text::words(text, tokens, *s);
            // A sentence that opens with an earlier event's date is that event's; a paragraph
            // that does, too.
            if opens_with_date(&words, stale, *s) {
                out.push(if i == 0 { *para } else { *s });
                if i == 0 {
                    break;
                }
                continue;
            }
            let Some(at) = separate_event(&words) else {
                continue;
            };
            // The lead-in alone ends its paragraph: its details are the next paragraph.
            let end = match paragraphs.get(p + 1) {
                Some(next) if i + 1 == in_para.len() => next.end,
                _ => para.end,
            };
            out.push(Span::new(at.start, end));
            break;
        }
    }
    out
}

/// The non-blank lines of the text that lie in `body`.
fn paragraphs(text: &str, body: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.trim_end().len();
        let lead = line.len() - line.trim_start().len();
        if start + lead < end {
            let span = Span::new(start + lead, end);
            if body.contains(&span) {
                out.push(span);
            }
        }
        start += line.len();
    }
    out
}

/// Where "in a separate incident" (or the like) stands in the sentence's words, if it does.
fn separate_event(words: &[Word]) -> Option<Span> {
    let is = |k: Option<usize>, list: &[&str]| {
        k.and_then(|k| words.get(k))
            .is_some_and(|w| list.contains(&w.lower.as_str()))
    };
    (0..words.len()).find_map(|k| {
        // "a separate attack", not "three separate attacks" (the story's own).
        let article = is(k.checked_sub(1), &["a", "an"]);
        let separate = (article && is(Some(k), SEPARATE))
            || (is(Some(k), &["another"]) && is(Some(k + 1), &["incident"]));
        if !(separate && is(Some(k + 1), EVENTS)) {
            return None;
        }
        let mut start = if article { k - 1 } else { k };
        if is(start.checked_sub(1), &["in"]) {
            start -= 1;
        }
        Some(words[start].span)
    })
}

/// True when the sentence opens with one of the `stale` dates, after at most an opener ("In
/// April, …").
fn opens_with_date(words: &[Word], stale: &[Span], sentence: Span) -> bool {
    stale.iter().filter(|d| sentence.contains(d)).any(|d| {
        let before: Vec<&str> = words
            .iter()
            .take_while(|w| w.span.end <= d.start)
            .map(|w| w.lower.as_str())
            .collect();
        OPENERS.contains(&before.as_slice())
    })
}

#[cfg(test)]
mod tests;

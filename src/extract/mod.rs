//! The extractor: finds each rule's fact in one article, with its exact span and sentence.
//! It recognises the article's values once, then asks each rule whether a value, in its
//! sentence, is that rule's fact. Of the other articles it uses only their latest publication
//! date, to place an undated article's dates in time.

mod context;
mod frames;
mod guards;
pub mod names;

use crate::rules::{Rule, RuleSet, Subjects, ValueType};
use crate::source::Article;
use crate::span::Span;
use crate::text::{self, Word};
use crate::values::{self, Dimension, NumberForm, Quantity, Recognized, Value, token};

use context::Around;

/// One fact found in one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// Index of the rule in the rule set.
    pub rule: usize,
    /// Index of the article in the input.
    pub source: usize,
    /// The value as written, without its hedge.
    pub span: Span,
    /// The hedge before the value ("about"), if any.
    pub hedge: Option<Span>,
    /// The sentence the value stands in.
    pub sentence: Span,
    /// What the fact is about, when the rule splits facts by subject; empty otherwise.
    pub subject: String,
    /// The value, converted to its canonical unit.
    pub value: Value,
}

/// Every fact of every rule in `article` (the `source`-th input), in order of position.
pub fn extract(article: &Article, source: usize, rules: &RuleSet) -> Vec<Fact> {
    extract_in(article, source, rules, None)
}

/// Every fact of every article, in article order. An undated article is read, for the guards
/// that date figures, as of the latest publication date among the others.
pub fn extract_all(articles: &[Article], rules: &RuleSet) -> Vec<Fact> {
    extract_all_with(articles, rules, &mut |_| {})
}

/// [`extract_all`], calling `progress` with the number of articles read after each one.
pub fn extract_all_with(
    articles: &[Article],
    rules: &RuleSet,
    progress: &mut dyn FnMut(usize),
) -> Vec<Fact> {
    let cluster = articles.iter().filter_map(|a| a.published).max();
    let mut facts = Vec::new();
    for (i, a) in articles.iter().enumerate() {
        facts.extend(extract_in(a, i, rules, cluster));
        progress(i + 1);
    }
    facts
}

/// [`extract`], with the cluster's latest publication date.
fn extract_in(
    article: &Article,
    source: usize,
    rules: &RuleSet,
    cluster: Option<jiff::civil::Date>,
) -> Vec<Fact> {
    let text = article.text.as_str();
    let tokens = token::tokenize(text);
    let ctx = values::Context {
        reference: article.published,
    };
    let found: Vec<Recognized> = values::recognize_tokens(text, &tokens, &ctx)
        .into_iter()
        .filter(|r| article.body.contains(&r.span))
        .collect();
    let sentences = join_straddled(text::sentences(text, article.body), &found);
    // Dates of earlier events, and the stretches of the article about other events.
    let (reference, dates) = guards::timeline(article, &tokens, &found, cluster);
    let stale = guards::stale(&dates, reference);
    let frames = frames::other_events(text, &tokens, article.body, &sentences, &stale);
    // The old figures of changes ("from 6 to 79"): no rule's fact, and no rival of the new.
    let old: Vec<bool> = found
        .iter()
        .map(|r| {
            guards::old_figure(
                text,
                &tokens,
                r.hedge.map_or(r.span, |h| h.cover(&r.span)),
                &found,
            )
        })
        .collect();
    let known = if rules.rules.iter().any(|r| r.subjects.named()) {
        names::known(text, &tokens, &sentences)
    } else {
        Default::default()
    };
    let mut facts = Vec::new();
    let mut cached: Option<(usize, Vec<Word>)> = None;
    for (ri, r) in found.iter().enumerate() {
        let Some(s) = sentence_of(&sentences, r.span) else {
            continue;
        };
        if cached.as_ref().is_none_or(|(i, _)| *i != s) {
            cached = Some((s, text::words(text, &tokens, sentences[s])));
        }
        let words = &cached.as_ref().map(|c| &c.1).expect("cached above")[..];
        let full = r.hedge.map_or(r.span, |h| h.cover(&r.span));
        let sentence = sentences[s];
        let rivals = found
            .iter()
            .zip(&old)
            .filter(|(o, old)| {
                !**old
                    && o.span != r.span
                    && sentence.contains(&o.span)
                    && o.value.dimension() == r.value.dimension()
            })
            .map(|(o, _)| o.span)
            .collect();
        let around = Around::new(text, words, full).with_rivals(rivals);
        // Figures of another, earlier event (dated, or in a stretch about another event), old
        // figures of changes, and rates ("$1 million per hostage") are no rule's fact (dates
        // excepted: a date is a date rule's fact).
        let in_sentence: Vec<Span> = stale
            .iter()
            .copied()
            .filter(|d| sentence.contains(d))
            .collect();
        let elsewhere = guards::earlier_event(&around, &in_sentence)
            || frames.iter().any(|f| f.contains(&r.span))
            || old[ri]
            || around.per_unit();
        let multiplicative =
            matches!(&r.value, Value::Quantity(q) if q.form == NumberForm::Multiplicative);
        // Every rule that takes the value, with the distance of its nearest cue word.
        let mut taken: Vec<(usize, Value, String, Option<usize>)> = Vec::new();
        for (index, rule) in rules.rules.iter().enumerate() {
            if elsewhere && rule.value != ValueType::Date {
                continue;
            }
            let Some(value) = accept(rule, text, &r.value, r.span, &around) else {
                continue;
            };
            let Some(near) = matches(rule, text, sentence, &around, multiplicative) else {
                continue;
            };
            let Some(subject) = subject(rule, text, &tokens, &known, sentence, full, &around)
            else {
                continue;
            };
            // Names an alias declares one thing are one subject.
            let subject = match rule.subjects {
                Subjects::Name | Subjects::Actor => rules.canonical_name(&subject).to_string(),
                _ => subject,
            };
            taken.push((index, value, subject, near));
        }
        // A value two rules take belongs to the one whose cue word stands nearest: the $50m
        // "fine as part of the settlement" is a fine, not the settlement.
        let nearest = taken.iter().filter_map(|t| t.3).min();
        for (index, value, subject, near) in taken {
            if near.is_some_and(|d| Some(d) != nearest) {
                continue;
            }
            facts.push(Fact {
                rule: index,
                source,
                span: r.span,
                hedge: r.hedge,
                sentence,
                subject,
                value,
            });
        }
    }
    facts
}

/// Joins sentences that a recognised value straddles ("16. Nov. 2016" is one date, whatever
/// the period after "16" looked like).
fn join_straddled(sentences: Vec<Span>, found: &[Recognized]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(sentences.len());
    let mut values = found
        .iter()
        .map(|r| r.hedge.map_or(r.span, |h| h.cover(&r.span)))
        .peekable();
    for s in sentences {
        while values.next_if(|v| v.end <= s.start).is_some() {}
        match out.last_mut() {
            Some(last)
                if values
                    .peek()
                    .is_some_and(|v| v.start < last.end && v.end > last.end) =>
            {
                *last = last.cover(&s);
            }
            _ => out.push(s),
        }
    }
    out
}

/// The index of the sentence containing `span`.
fn sentence_of(sentences: &[Span], span: Span) -> Option<usize> {
    let i = sentences.partition_point(|s| s.end <= span.start);
    sentences.get(i).filter(|s| s.contains(&span)).map(|_| i)
}

/// The value, converted if needed, when its type suits the rule.
fn accept(rule: &Rule, text: &str, value: &Value, span: Span, around: &Around) -> Option<Value> {
    let q = match value {
        Value::Date(_) => return (rule.value == ValueType::Date).then(|| value.clone()),
        Value::Quantity(q) => q,
    };
    match rule.value {
        ValueType::Date => None,
        ValueType::Number => {
            let plain = q.dimension == Dimension::Number
                && matches!(q.form, NumberForm::Digits | NumberForm::Words);
            plain.then(|| value.clone())
        }
        ValueType::Count => {
            let whole =
                q.dimension == Dimension::Number && q.value >= 0.0 && q.value.fract() == 0.0;
            let ok = match q.form {
                // "twice" counts only where the rule names what is counted, and never as a
                // ratio ("twice as many", "three times more").
                NumberForm::Multiplicative => {
                    !rule.things.is_empty()
                        && !rule.near.is_empty()
                        && !around.next_word().is_some_and(|w| RATIO_WORDS.contains(&w))
                }
                // A long run of digits with no separators is a phone number or an id, and
                // "one of the busiest" is a pronoun.
                _ => {
                    let written = &text[span.start..span.end];
                    let id = written.len() >= 6 && written.bytes().all(|b| b.is_ascii_digit());
                    let pronoun = q.value == 1.0 && around.next_word() == Some("of");
                    !id && !pronoun
                }
            };
            (whole && ok).then(|| value.clone())
        }
        ValueType::Quantity(d) if q.dimension == d => Some(value.clone()),
        ValueType::Quantity(_) => {
            let (unit, factor) = rule.assume_unit?;
            let bare = q.dimension == Dimension::Number
                && matches!(q.form, NumberForm::Digits | NumberForm::Words);
            bare.then(|| {
                Value::Quantity(Quantity {
                    dimension: rule.value.dimension(),
                    unit,
                    value: q.value * factor,
                    precision: q.precision.max(0.5) * factor,
                    low: q.low.map(|v| v * factor),
                    high: q.high.map(|v| v * factor),
                    ..q.clone()
                })
            })
        }
    }
}

/// Words after a multiplicative that make it a ratio, not a count.
const RATIO_WORDS: &[&str] = &[
    "as", "more", "less", "fewer", "larger", "bigger", "higher", "lower", "the", "that", "than",
];

/// The rule's conditions on the sentence and on the words around the value.
/// The rule's conditions on the sentence and on the words around the value: `None` when the
/// value is not the rule's fact, else the distance of the rule's nearest cue word, if it has any.
fn matches(
    rule: &Rule,
    text: &str,
    sentence: Span,
    around: &Around,
    multiplicative: bool,
) -> Option<Option<usize>> {
    if !rule.cues.is_empty() && !around.anywhere(&rule.cues) {
        return None;
    }
    if rule
        .pattern
        .as_ref()
        .is_some_and(|re| !re.is_match(&text[sentence.start..sentence.end]))
    {
        return None;
    }
    let bare = rule.appositive && around.appositive();
    let near = if bare {
        Some(0)
    } else {
        around.nearest_or_inside(&rule.near, &rule.not)
    }
    .filter(|&d| d < rule.window);
    if !rule.near.is_empty() && near.is_none() {
        return None;
    }
    if let Some(not) = around.nearest(&rule.not).filter(|&d| d < rule.window)
        && near.is_none_or(|n| n >= not)
    {
        return None;
    }
    if around.nearest(&rule.never).is_some_and(|d| d < rule.window) {
        return None;
    }
    if rule.value == ValueType::Count && !multiplicative {
        if around.partitive_of(&rule.near)
            || around.part_of_list()
            || around.after_dash_of(&rule.near)
        {
            return None;
        }
        if !rule.counted.is_empty()
            && around.counted(&rule.counted, &[&rule.near, &rule.not, &rule.never]) == Some(false)
        {
            return None;
        }
    }
    // "twice" has no noun after it: the `near` words say what it counts.
    let counted = rule.things.is_empty() || multiplicative || around.counts(&rule.things, 3);
    counted.then_some(near)
}

/// The fact's subject; `None` when the rule needs one and the sentence gives none.
fn subject(
    rule: &Rule,
    text: &str,
    tokens: &[token::Token],
    known: &std::collections::BTreeSet<String>,
    sentence: Span,
    value: Span,
    around: &Around,
) -> Option<String> {
    match &rule.subjects {
        Subjects::One => Some(String::new()),
        Subjects::Named { subjects, default } => {
            let counted = !rule.counted.is_empty();
            // With no noun of its own, a count may count the group attacked in the clause
            // before it ("opened fire on officers, wounding two").
            let bare = counted
                && around
                    .counted(&rule.counted, &[&rule.near, &rule.not, &rule.never])
                    .is_none();
            let group = around
                .nearest_group(subjects, counted)
                .or_else(|| {
                    bare.then(|| around.attacked_group(subjects, rule.window))
                        .flatten()
                })
                .map(str::to_string);
            // "Five Indians" among the dead are a count of their own, not the toll.
            let nationality = counted
                .then(|| around.nationality(&rule.counted))
                .flatten()
                .map(str::to_string);
            Some(
                group
                    .or(nationality)
                    .or_else(|| default.clone())
                    .unwrap_or_default(),
            )
        }
        Subjects::Actor => {
            // The doer of the cue: a name at most two words before a `near` word ("Kim’s
            // visit"), the cue itself within the window of the value; the nearest such.
            let words = crate::text::words(text, tokens, sentence);
            let at = words.partition_point(|w| w.span.end <= value.start);
            names::find(text, tokens, sentence, known)
                .iter()
                .filter(|n| !names::after_place_preposition(text, n.span))
                .filter_map(|n| {
                    let after = words.partition_point(|w| w.span.end <= n.span.end);
                    (after..(after + 3).min(words.len()))
                        .find(|&k| rule.near.iter().any(|p| p.matches_at(&words, k)))
                        .filter(|&k| k.abs_diff(at) < rule.window)
                        .map(|k| (k.abs_diff(at), n.key.clone()))
                })
                .min()
                .map(|(_, key)| key)
        }
        Subjects::Name => {
            // A name right after the value is its own ("79-year-old Buddy Jantoc"); else the
            // nearest name before it within the window (the subject of the sentence), else the
            // nearest after it.
            let found = names::find(text, tokens, sentence, known);
            found
                .iter()
                .filter(|n| !names::after_place_preposition(text, n.span))
                .filter_map(|n| {
                    around
                        .distance_to(n.span)
                        .map(|d| (n.span.start > value.start, d, n))
                })
                .filter(|(_, d, _)| *d < rule.window)
                .min_by_key(|&(after, d, _)| (!(after && d == 0), after, d))
                .map(|(_, _, n)| n.key.clone())
        }
    }
}

#[cfg(test)]
mod pack_tests;
#[cfg(test)]
mod tests;

//! What a change to an article does: which facts, quotations and names were added, removed or
//! changed between two versions (value as written before → after, converted values, and the
//! sentence before and after with a word diff), and what the change does to the cluster —
//! which findings it introduces, resolves, or leaves as they were. Reviewers of a correction
//! ask which facts changed and whether the article now agrees with its sources, not which
//! characters moved.

mod effect;
pub mod git;
pub mod markdown;
pub mod render;

use std::collections::BTreeMap;

use similar::{ChangeTag, TextDiff};

use crate::drift::Part;
use crate::extract::{Fact, extract};
use crate::report::display;
use crate::rules::RuleSet;
use crate::source::Article;
use crate::span::{LineIndex, Span};
use crate::values::token;

pub use effect::{Effect, Verdict, effects};

/// What happened to one item between two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChangeKind {
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Removed,
    /// In both, written differently.
    Changed,
}

impl ChangeKind {
    /// The name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Changed => "changed",
        }
    }
}

/// What kind of item changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ItemKind {
    /// A fact of a value rule.
    Fact,
    /// A quotation.
    Quote,
    /// A proper name.
    Name,
}

impl ItemKind {
    /// The name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            ItemKind::Fact => "fact",
            ItemKind::Quote => "quote",
            ItemKind::Name => "name",
        }
    }
}

/// One version's side of a change.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    /// As written.
    pub written: String,
    /// Converted, for a value ("59.55 km/h"); the wording otherwise.
    pub display: String,
    /// 1-based line and column in that version.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The sentence it stands in.
    pub sentence: String,
}

/// One added, removed or changed item.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// Added, removed or changed.
    pub kind: ChangeKind,
    /// Fact, quotation or name.
    pub item: ItemKind,
    /// The rule id for a fact; empty otherwise.
    pub fact: String,
    /// The fact's subject, or empty.
    pub subject: String,
    /// The old version's side.
    pub before: Option<Side>,
    /// The new version's side.
    pub after: Option<Side>,
    /// For a change: the word diff from the old sentence to the new.
    pub diff: Vec<Part>,
}

fn side(
    article: &Article,
    index: &LineIndex,
    span: Span,
    written: String,
    display: String,
    sentence: Span,
) -> Side {
    let at = index.line_col(&article.text, span.start);
    Side {
        written,
        display,
        line: at.line,
        column: at.column,
        sentence: article.text[sentence.start..sentence.end].to_string(),
    }
}

/// A word diff of two sentences.
pub fn word_diff(a: &str, b: &str) -> Vec<Part> {
    let diff = TextDiff::from_words(a, b);
    let mut parts: Vec<Part> = Vec::new();
    for change in diff.iter_all_changes() {
        let text = change.value().trim();
        if text.is_empty() {
            continue;
        }
        let part = match change.tag() {
            ChangeTag::Equal => Part::Equal(text.to_string()),
            ChangeTag::Delete => Part::Delete(text.to_string()),
            ChangeTag::Insert => Part::Insert(text.to_string()),
        };
        // Runs of one kind read as one piece.
        match (parts.last_mut(), &part) {
            (Some(Part::Equal(t)), Part::Equal(n))
            | (Some(Part::Delete(t)), Part::Delete(n))
            | (Some(Part::Insert(t)), Part::Insert(n)) => {
                t.push(' ');
                t.push_str(n);
            }
            _ => parts.push(part),
        }
    }
    parts
}

fn fact_side(article: &Article, index: &LineIndex, f: &Fact) -> Side {
    let written = crate::report::written(&article.text, f.span, f.hedge);
    side(
        article,
        index,
        f.span,
        written,
        display::value(&f.value),
        f.sentence,
    )
}

/// The facts, quotations and names that differ between `old` and `new` (either may be absent:
/// an article added or deleted).
pub fn changes(old: Option<&Article>, new: Option<&Article>, rules: &RuleSet) -> Vec<Change> {
    let mut out = fact_changes(old, new, rules);
    out.extend(quote_changes(old, new));
    out.extend(name_changes(old, new));
    out
}

/// A rule's facts about one subject, in the old and the new version.
type Versions<'a> = (Vec<&'a Fact>, Vec<&'a Fact>);

fn fact_changes(old: Option<&Article>, new: Option<&Article>, rules: &RuleSet) -> Vec<Change> {
    let facts = |a: Option<&Article>| a.map(|a| extract(a, 0, rules)).unwrap_or_default();
    let (fo, fn_) = (facts(old), facts(new));
    let mut keys: BTreeMap<(usize, String), Versions> = BTreeMap::new();
    for f in &fo {
        keys.entry((f.rule, f.subject.clone()))
            .or_default()
            .0
            .push(f);
    }
    for f in &fn_ {
        keys.entry((f.rule, f.subject.clone()))
            .or_default()
            .1
            .push(f);
    }
    let io = old.map(|a| LineIndex::new(&a.text));
    let in_ = new.map(|a| LineIndex::new(&a.text));
    let mut out = Vec::new();
    for ((rule, subject), (mut before, mut after)) in keys {
        // A value written the same way in both versions is unchanged.
        let same = |a: &Fact, b: &Fact| {
            crate::report::written(&old.unwrap().text, a.span, a.hedge)
                == crate::report::written(&new.unwrap().text, b.span, b.hedge)
        };
        before.retain(|b| match after.iter().position(|a| same(b, a)) {
            Some(i) => {
                after.remove(i);
                false
            }
            None => true,
        });
        let n = before.len().max(after.len());
        for k in 0..n {
            let b = before
                .get(k)
                .map(|f| fact_side(old.unwrap(), io.as_ref().unwrap(), f));
            let a = after
                .get(k)
                .map(|f| fact_side(new.unwrap(), in_.as_ref().unwrap(), f));
            let kind = match (&b, &a) {
                (Some(_), Some(_)) => ChangeKind::Changed,
                (Some(_), None) => ChangeKind::Removed,
                _ => ChangeKind::Added,
            };
            let diff = match (&b, &a) {
                (Some(b), Some(a)) => word_diff(&b.sentence, &a.sentence),
                _ => Vec::new(),
            };
            out.push(Change {
                kind,
                item: ItemKind::Fact,
                fact: rules.rules[rule].id.clone(),
                subject: subject.clone(),
                before: b,
                after: a,
                diff,
            });
        }
    }
    out
}

/// The quotations of an article, with their sentences.
fn quotes(a: &Article) -> Vec<(Span, Span)> {
    let tokens = token::tokenize(&a.text);
    let sentences = crate::text::sentences(&a.text, a.body);
    crate::words::quotes::find(&a.text, &tokens, a.body, &sentences)
        .into_iter()
        .map(|q| {
            let s = sentences
                .iter()
                .copied()
                .find(|s| s.start <= q.inner.start && q.inner.start < s.end)
                .unwrap_or(q.inner);
            (q.inner, s.cover(&q.inner))
        })
        .collect()
}

fn quote_changes(old: Option<&Article>, new: Option<&Article>) -> Vec<Change> {
    let get = |a: Option<&Article>| a.map(quotes).unwrap_or_default();
    let (qo, qn) = (get(old), get(new));
    let text = |a: Option<&Article>, s: Span| {
        a.map(|a| a.text[s.start..s.end].to_string())
            .unwrap_or_default()
    };
    let mut before: Vec<(Span, Span)> = qo
        .iter()
        .copied()
        .filter(|(q, _)| !qn.iter().any(|(n, _)| text(new, *n) == text(old, *q)))
        .collect();
    let mut after: Vec<(Span, Span)> = qn
        .iter()
        .copied()
        .filter(|(q, _)| !qo.iter().any(|(o, _)| text(old, *o) == text(new, *q)))
        .collect();
    let mut out = Vec::new();
    let mk = |a: &Article, (q, s): (Span, Span)| {
        let w = a.text[q.start..q.end].to_string();
        side(a, &LineIndex::new(&a.text), q, w.clone(), w, s)
    };
    // A changed quotation: the most similar pair, when close enough to be one quotation.
    while let Some((i, j, _)) = before
        .iter()
        .enumerate()
        .flat_map(|(i, b)| after.iter().enumerate().map(move |(j, a)| (i, j, (b, a))))
        .map(|(i, j, (b, a))| {
            (
                i,
                j,
                strsim::normalized_levenshtein(&text(old, b.0), &text(new, a.0)),
            )
        })
        .filter(|(_, _, sim)| *sim >= 0.5)
        .max_by(|x, y| x.2.total_cmp(&y.2))
    {
        let (b, a) = (before.remove(i), after.remove(j));
        let (sb, sa) = (mk(old.unwrap(), b), mk(new.unwrap(), a));
        let diff = word_diff(&sb.written, &sa.written);
        out.push(Change {
            kind: ChangeKind::Changed,
            item: ItemKind::Quote,
            fact: String::new(),
            subject: String::new(),
            before: Some(sb),
            after: Some(sa),
            diff,
        });
    }
    out.extend(before.into_iter().map(|b| Change {
        kind: ChangeKind::Removed,
        item: ItemKind::Quote,
        fact: String::new(),
        subject: String::new(),
        before: Some(mk(old.unwrap(), b)),
        after: None,
        diff: Vec::new(),
    }));
    out.extend(after.into_iter().map(|a| Change {
        kind: ChangeKind::Added,
        item: ItemKind::Quote,
        fact: String::new(),
        subject: String::new(),
        before: None,
        after: Some(mk(new.unwrap(), a)),
        diff: Vec::new(),
    }));
    out
}

/// Each distinct proper name of an article, at its first occurrence.
fn names(a: &Article) -> Vec<(String, Span, Span)> {
    let tokens = token::tokenize(&a.text);
    let sentences = crate::text::sentences(&a.text, a.body);
    let known = crate::extract::names::known(&a.text, &tokens, &sentences);
    let mut out: Vec<(String, Span, Span)> = Vec::new();
    for &s in &sentences {
        for n in crate::extract::names::find(&a.text, &tokens, s, &known) {
            let written = a.text[n.span.start..n.span.end].to_string();
            if !out.iter().any(|(w, _, _)| *w == written) {
                out.push((written, n.span, s));
            }
        }
    }
    out
}

/// The names respelled between two versions ("Ana Lopez" → "Ana López"). Names that merely
/// come or go are not listed: sentences are added and cut all the time, and the facts and
/// quotations they carry are listed on their own.
fn name_changes(old: Option<&Article>, new: Option<&Article>) -> Vec<Change> {
    let (Some(old), Some(new)) = (old, new) else {
        return Vec::new();
    };
    let (no, nn) = (names(old), names(new));
    let came: Vec<&(String, Span, Span)> = nn
        .iter()
        .filter(|(w, _, _)| !no.iter().any(|(x, _, _)| x == w))
        .collect();
    let mk = |a: &Article, (w, span, s): &(String, Span, Span)| {
        side(a, &LineIndex::new(&a.text), *span, w.clone(), w.clone(), *s)
    };
    let mut out = Vec::new();
    let mut used = vec![false; came.len()];
    for g in no
        .iter()
        .filter(|(w, _, _)| !nn.iter().any(|(x, _, _)| x == w))
    {
        let respelled =
            (0..came.len()).find(|&j| !used[j] && crate::words::names::variants(&g.0, &came[j].0));
        if let Some(j) = respelled {
            used[j] = true;
            let (b, a) = (mk(old, g), mk(new, came[j]));
            let diff = word_diff(&b.written, &a.written);
            out.push(Change {
                kind: ChangeKind::Changed,
                item: ItemKind::Name,
                fact: String::new(),
                subject: String::new(),
                before: Some(b),
                after: Some(a),
                diff,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests;

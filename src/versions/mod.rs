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

/// One version of an article, read once for all of its comparisons.
struct Version<'a> {
    article: &'a Article,
    index: LineIndex,
    tokens: Vec<token::Token>,
    sentences: Vec<Span>,
}

impl<'a> Version<'a> {
    fn new(article: &'a Article) -> Version<'a> {
        Version {
            article,
            index: LineIndex::new(&article.text),
            tokens: token::tokenize(&article.text),
            sentences: crate::text::sentences(&article.text, article.body),
        }
    }

    /// The text of `span`.
    fn text(&self, span: Span) -> &'a str {
        &self.article.text[span.start..span.end]
    }

    /// This version's side of a change at `span`, in `sentence`.
    fn side(&self, span: Span, written: String, display: String, sentence: Span) -> Side {
        let at = self.index.line_col(&self.article.text, span.start);
        Side {
            written,
            display,
            line: at.line,
            column: at.column,
            sentence: self.text(sentence).to_string(),
        }
    }

    /// The side of a quotation or name: its wording is its display.
    fn wording(&self, span: Span, sentence: Span) -> Side {
        let w = self.text(span).to_string();
        self.side(span, w.clone(), w, sentence)
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

fn fact_side(v: &Version, f: &Fact) -> Side {
    let written = crate::report::written(&v.article.text, f.span, f.hedge);
    v.side(f.span, written, display::value(&f.value), f.sentence)
}

/// The facts, quotations and names that differ between `old` and `new` (either may be absent:
/// an article added or deleted).
pub fn changes(old: Option<&Article>, new: Option<&Article>, rules: &RuleSet) -> Vec<Change> {
    let (old, new) = (old.map(Version::new), new.map(Version::new));
    let (old, new) = (old.as_ref(), new.as_ref());
    let mut out = fact_changes(old, new, rules);
    out.extend(quote_changes(old, new));
    if let (Some(old), Some(new)) = (old, new) {
        out.extend(name_changes(old, new));
    }
    out
}

/// A rule's facts about one subject, in the old and the new version.
type Versions<'a> = (Vec<&'a Fact>, Vec<&'a Fact>);

fn fact_changes(old: Option<&Version>, new: Option<&Version>, rules: &RuleSet) -> Vec<Change> {
    let facts = |v: Option<&Version>| v.map(|v| extract(v.article, 0, rules)).unwrap_or_default();
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
    let mut out = Vec::new();
    for ((rule, subject), (mut before, mut after)) in keys {
        // A value written the same way in both versions is unchanged.
        let same = |a: &Fact, b: &Fact| {
            crate::report::written(&old.unwrap().article.text, a.span, a.hedge)
                == crate::report::written(&new.unwrap().article.text, b.span, b.hedge)
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
            let b = before.get(k).map(|f| fact_side(old.unwrap(), f));
            let a = after.get(k).map(|f| fact_side(new.unwrap(), f));
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
fn quotes(v: &Version) -> Vec<(Span, Span)> {
    let a = v.article;
    crate::words::quotes::find(&a.text, &v.tokens, a.body, &v.sentences)
        .into_iter()
        .map(|q| {
            let s = v
                .sentences
                .iter()
                .copied()
                .find(|s| s.start <= q.inner.start && q.inner.start < s.end)
                .unwrap_or(q.inner);
            (q.inner, s.cover(&q.inner))
        })
        .collect()
}

/// The text of `span` in a version, or nothing without one.
fn text<'a>(v: Option<&Version<'a>>, span: Span) -> &'a str {
    v.map_or("", |v| v.text(span))
}

fn quote_changes(old: Option<&Version>, new: Option<&Version>) -> Vec<Change> {
    let get = |v: Option<&Version>| v.map(quotes).unwrap_or_default();
    let (qo, qn) = (get(old), get(new));
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
    // A changed quotation: the most similar pair, when close enough to be one quotation.
    while let Some((i, j, _)) = before
        .iter()
        .enumerate()
        .flat_map(|(i, b)| after.iter().enumerate().map(move |(j, a)| (i, j, (b, a))))
        .map(|(i, j, (b, a))| {
            (
                i,
                j,
                strsim::normalized_levenshtein(text(old, b.0), text(new, a.0)),
            )
        })
        .filter(|(_, _, sim)| *sim >= 0.5)
        .max_by(|x, y| x.2.total_cmp(&y.2))
    {
        let ((qb, sb), (qa, sa)) = (before.remove(i), after.remove(j));
        let (sb, sa) = (old.unwrap().wording(qb, sb), new.unwrap().wording(qa, sa));
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
    out.extend(before.into_iter().map(|(q, s)| Change {
        kind: ChangeKind::Removed,
        item: ItemKind::Quote,
        fact: String::new(),
        subject: String::new(),
        before: Some(old.unwrap().wording(q, s)),
        after: None,
        diff: Vec::new(),
    }));
    out.extend(after.into_iter().map(|(q, s)| Change {
        kind: ChangeKind::Added,
        item: ItemKind::Quote,
        fact: String::new(),
        subject: String::new(),
        before: None,
        after: Some(new.unwrap().wording(q, s)),
        diff: Vec::new(),
    }));
    out
}

/// Each distinct proper name of an article, at its first occurrence, with its sentence.
fn names<'a>(v: &Version<'a>) -> Vec<(&'a str, Span, Span)> {
    let text = &v.article.text;
    let known = crate::extract::names::known(text, &v.tokens, &v.sentences);
    let mut out: Vec<(&str, Span, Span)> = Vec::new();
    for &s in &v.sentences {
        for n in crate::extract::names::find(text, &v.tokens, s, &known) {
            let written = v.text(n.span);
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
fn name_changes(old: &Version, new: &Version) -> Vec<Change> {
    let (no, nn) = (names(old), names(new));
    let came: Vec<&(&str, Span, Span)> = nn
        .iter()
        .filter(|(w, _, _)| !no.iter().any(|(x, _, _)| x == w))
        .collect();
    let mut out = Vec::new();
    let mut used = vec![false; came.len()];
    for (gone, span, sentence) in no
        .iter()
        .filter(|(w, _, _)| !nn.iter().any(|(x, _, _)| x == w))
    {
        let respelled =
            (0..came.len()).find(|&j| !used[j] && crate::words::names::variants(gone, came[j].0));
        if let Some(j) = respelled {
            used[j] = true;
            let (b, a) = (
                old.wording(*span, *sentence),
                new.wording(came[j].1, came[j].2),
            );
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

//! Drift: words that differ between sources — a quotation worded two ways, a shared passage
//! with a changed word, a name spelled two ways, a subject described two ways. A pure
//! function over all articles, like `diff`; its results join the same report model.

mod descriptors;
mod names;
mod passages;
mod quoted;
mod speakers;

use crate::diff::FindingKind;
use crate::extract::names as name_finder;
use crate::rules::{RuleSet, Severity, WordKind};
use crate::source::Article;
use crate::span::Span;
use crate::text;
use crate::values::token::{self, Token};
use crate::words::normalize::{self, WordRef};
use crate::words::{Quote, quotes};

/// One side of a drift: what one source writes.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    /// Index of the article.
    pub source: usize,
    /// The wording, in the article's text.
    pub span: Span,
    /// The sentence it stands in.
    pub sentence: Span,
    /// Sides with the same wording share a group (0: the most widely written).
    pub group: usize,
}

/// One piece of a word diff from the first side's wording to another's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// Words both write.
    Equal(String),
    /// Words only the first side writes.
    Delete(String),
    /// Words only the other side writes.
    Insert(String),
}

/// A difference in wording between sources.
#[derive(Debug, Clone, PartialEq)]
pub struct Drift {
    /// Quote, passage, name or descriptor.
    pub kind: FindingKind,
    /// Index of the word rule.
    pub rule: usize,
    /// How bad it is.
    pub severity: Severity,
    /// What each source writes.
    pub sides: Vec<Side>,
    /// The word diff from the first side to the second (empty for names and descriptors).
    pub diff: Vec<Part>,
    /// The difference in a line: "officer → official", "Kim Jong Un → Kim Jong-un".
    pub summary: String,
    /// True for a quotation two sources quote word for word: an agreement, not a finding.
    pub agreement: bool,
}

/// What drift needs to know of one article, computed once.
pub(crate) struct Prepared<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Span>,
    /// The words of each sentence.
    pub words: Vec<Vec<WordRef>>,
    /// For each sentence's words, whether each stands inside a quotation.
    pub quoted: Vec<Vec<bool>>,
    pub quotes: Vec<Quote>,
    /// Parenthesised glosses inside quotations, whose words are left out.
    pub glosses: Vec<Span>,
}

impl Prepared<'_> {
    /// The words of `span`, without the glosses inside quotations.
    fn words_of(&self, span: Span) -> Vec<WordRef> {
        let mut words = normalize::words(self.text, &self.tokens, span);
        words.retain(|w| !self.glosses.iter().any(|g| g.contains(&w.span)));
        words
    }
}

fn prepare(article: &Article) -> Prepared<'_> {
    let text = article.text.as_str();
    let tokens = token::tokenize(text);
    let sentences = text::sentences(text, article.body);
    let quotes = quotes::find(text, &tokens, article.body, &sentences);
    let glosses = quotes
        .iter()
        .flat_map(|q| quoted::glosses(text, q.inner))
        .collect();
    let mut p = Prepared {
        text,
        tokens,
        sentences,
        words: Vec::new(),
        quoted: Vec::new(),
        quotes,
        glosses,
    };
    p.words = p.sentences.iter().map(|&s| p.words_of(s)).collect();
    p.quoted = p
        .words
        .iter()
        .map(|ws| {
            ws.iter()
                .map(|w| p.quotes.iter().any(|q| q.inner.contains(&w.span)))
                .collect()
        })
        .collect();
    p
}

/// Every drift between the articles, under the word rules of `rules`, most severe first.
pub fn drift(articles: &[Article], rules: &RuleSet) -> Vec<Drift> {
    if rules.word_rules.is_empty() {
        return Vec::new();
    }
    let prepared: Vec<Prepared> = articles.iter().map(prepare).collect();
    let rule_of = |kind: WordKind| rules.word_rules.iter().position(|r| r.kind == kind);
    let mut out = Vec::new();
    let (quote, text) = (rule_of(WordKind::Quote), rule_of(WordKind::Text));
    if quote.is_some() || text.is_some() {
        out.extend(passages::drift(&prepared, rules, quote, text));
    }
    if let Some(q) = quote {
        // In how many articles each word stands: a word shared by two quotations of one
        // speaker ties them only when few articles use it ("sacred", not "space").
        let mut spread: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for p in &prepared {
            let mut seen: Vec<&str> = p.words.iter().flatten().map(|w| w.norm.as_str()).collect();
            seen.sort_unstable();
            seen.dedup();
            for w in seen {
                *spread.entry(w).or_default() += 1;
            }
        }
        out.extend(speakers::drift(&prepared, rules, q, &out, &spread));
    }
    if let Some(n) = rule_of(WordKind::Name) {
        let known: Vec<_> = prepared
            .iter()
            .map(|p| name_finder::known(p.text, &p.tokens, &p.sentences))
            .collect();
        out.extend(names::drift(&prepared, &known, rules, n));
    }
    for (index, rule) in rules
        .word_rules
        .iter()
        .enumerate()
        .filter(|(_, r)| r.kind == WordKind::Descriptor)
    {
        out.extend(descriptors::drift(&prepared, rule, index));
    }
    out.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then(a.kind.cmp(&b.kind))
            .then(a.rule.cmp(&b.rule))
            .then(first(a).cmp(&first(b)))
    });
    out
}

/// Where a source writes a wording: (source, span, sentence), first use per source.
pub(crate) type Uses = Vec<(usize, Span, Span)>;

/// A variant finding between two wordings: the one more sources use first (on a tie, the one
/// the earliest source uses), each source's first use a side.
pub(crate) fn variant(
    kind: FindingKind,
    rule: usize,
    severity: Severity,
    a: (&str, &Uses),
    b: (&str, &Uses),
    label: impl Fn(&str) -> String,
) -> Drift {
    let earliest = |u: &Uses| u.iter().map(|x| x.0).min();
    let b_first =
        b.1.len() > a.1.len() || (b.1.len() == a.1.len() && earliest(b.1) < earliest(a.1));
    let (first, second) = if b_first { (b, a) } else { (a, b) };
    let side = |group: usize| {
        move |&(source, span, sentence): &(usize, Span, Span)| Side {
            source,
            span,
            sentence,
            group,
        }
    };
    let mut sides: Vec<Side> = first.1.iter().map(side(0)).collect();
    sides.extend(second.1.iter().map(side(1)));
    Drift {
        kind,
        rule,
        severity,
        sides,
        diff: Vec::new(),
        summary: format!("{} → {}", label(first.0), label(second.0)),
        agreement: false,
    }
}

fn first(d: &Drift) -> (usize, usize) {
    d.sides
        .iter()
        .map(|s| (s.source, s.span.start))
        .min()
        .unwrap_or((usize::MAX, 0))
}

/// The word diff of a region, in the original words of each side.
pub(crate) fn parts(
    a: &[WordRef],
    b: &[WordRef],
    edits: &[crate::words::align::Edit],
    text_a: &str,
    text_b: &str,
) -> Vec<Part> {
    use crate::words::align::Edit;
    let join = |ws: &[WordRef], text: &str| {
        ws.iter()
            .map(|w| &text[w.span.start..w.span.end])
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut out = Vec::new();
    for e in edits {
        match e {
            Edit::Equal { a: r, .. } => out.push(Part::Equal(join(&a[r.clone()], text_a))),
            Edit::Delete { a: r } => out.push(Part::Delete(join(&a[r.clone()], text_a))),
            Edit::Insert { b: r } => out.push(Part::Insert(join(&b[r.clone()], text_b))),
            Edit::Replace { a: ra, b: rb } => {
                out.push(Part::Delete(join(&a[ra.clone()], text_a)));
                out.push(Part::Insert(join(&b[rb.clone()], text_b)));
            }
        }
    }
    out
}

/// "officer → official": the changed words of a diff.
pub(crate) fn summary(parts: &[Part]) -> String {
    let mut changes: Vec<String> = Vec::new();
    let mut k = 0;
    while k < parts.len() {
        match (&parts[k], parts.get(k + 1)) {
            (Part::Delete(d), Some(Part::Insert(i))) => {
                changes.push(format!("{d} → {i}"));
                k += 2;
            }
            (Part::Delete(d), _) => {
                changes.push(format!("{d} → (nothing)"));
                k += 1;
            }
            (Part::Insert(i), _) => {
                changes.push(format!("(nothing) → {i}"));
                k += 1;
            }
            (Part::Equal(_), _) => k += 1,
        }
    }
    changes.join("; ")
}

#[cfg(test)]
mod tests;

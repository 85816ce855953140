//! Reasoning over facts: the relations rule files declare between them — a journey's length is
//! its speed times its duration, a total is the sum of its parts, a stated count matches the
//! names listed after it, an age fits a birth date, a weekday fits its date. A pure function
//! over the articles and their facts, like `diff`.

mod arithmetic;
mod list;
mod reported;

use jiff::civil::Date;

use crate::extract::Fact;
use crate::rules::{RelationKind, RuleSet, Scope, Severity};
use crate::source::Article;
use crate::span::Span;
use crate::text;
use crate::values::token::{self, Token};
use crate::values::{self, Recognized};

/// What a checked relation stands on.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A fact (index into the facts).
    Fact(usize),
    /// Words of an article that are not a fact: a listed name, a date with its weekday.
    Text {
        /// Index of the article.
        source: usize,
        /// The words.
        span: Span,
        /// Their sentence.
        sentence: Span,
    },
}

/// One relation checked on one set of facts.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// Index of the relation rule.
    pub relation: usize,
    /// True when the relation holds.
    pub holds: bool,
    /// The severity when it does not.
    pub severity: Severity,
    /// What it was checked on.
    pub items: Vec<Item>,
    /// The sums, as a reader can follow them: "683-mile ÷ 37 miles per hour = 18.46 h, …".
    pub arithmetic: String,
}

/// Every relation of `rules` checked on the facts of every article, in a fixed order.
/// `facts` are those `extract` gives for `articles`.
pub fn relate(articles: &[Article], facts: &[Fact], rules: &RuleSet) -> Vec<Checked> {
    let reads_words = rules.relations.iter().any(|r| {
        matches!(
            r.kind,
            RelationKind::List | RelationKind::Weekday | RelationKind::Reported
        )
    });
    let reads: Vec<Read> = if reads_words {
        articles.iter().map(Read::new).collect()
    } else {
        Vec::new()
    };
    let mut out = Vec::new();
    for (index, relation) in rules.relations.iter().enumerate() {
        match relation.kind {
            RelationKind::Product | RelationKind::Sum => {
                out.extend(arithmetic::check(index, relation, articles, facts, rules));
            }
            RelationKind::Age => {
                out.extend(arithmetic::age(index, relation, articles, facts, rules))
            }
            RelationKind::List => out.extend(list::check(index, relation, &reads)),
            RelationKind::Weekday => out.extend(list::weekdays(index, relation, &reads)),
            RelationKind::Reported => out.extend(reported::check(
                index, relation, articles, &reads, facts, rules,
            )),
        }
    }
    out
}

/// An article's words as the relations that read them (lists, weekdays, reports) need them:
/// computed once per article and shared.
pub(crate) struct Read<'a> {
    /// The article.
    pub article: &'a Article,
    /// Its tokens.
    pub tokens: Vec<Token>,
    /// The values recognised in its body.
    pub found: Vec<Recognized>,
    /// The sentences of its body.
    pub sentences: Vec<Span>,
}

impl<'a> Read<'a> {
    fn new(article: &'a Article) -> Self {
        let text = article.text.as_str();
        let tokens = token::tokenize(text);
        let context = values::Context {
            reference: article.published,
        };
        let found = values::recognize_tokens(text, &tokens, &context)
            .into_iter()
            .filter(|r| article.body.contains(&r.span))
            .collect();
        let sentences = text::sentences(text, article.body);
        Read {
            article,
            tokens,
            found,
            sentences,
        }
    }
}

/// The stretch of text a relation's facts must share.
pub(crate) fn unit(scope: Scope, article: &Article, fact: &Fact) -> (usize, usize) {
    match scope {
        Scope::Sentence => (fact.source, fact.sentence.start),
        Scope::Paragraph => (
            fact.source,
            article.text[..fact.sentence.start]
                .rfind('\n')
                .map_or(0, |i| i + 1),
        ),
        Scope::Article => (fact.source, 0),
    }
}

/// The article's date: its publication date.
pub(crate) fn dated(article: &Article) -> Option<Date> {
    article.published
}

#[cfg(test)]
mod tests;

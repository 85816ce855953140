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
    let mut out = Vec::new();
    for (index, relation) in rules.relations.iter().enumerate() {
        match relation.kind {
            RelationKind::Product | RelationKind::Sum => {
                out.extend(arithmetic::check(index, relation, articles, facts, rules));
            }
            RelationKind::Age => {
                out.extend(arithmetic::age(index, relation, articles, facts, rules))
            }
            RelationKind::List => out.extend(list::check(index, relation, articles)),
            RelationKind::Weekday => out.extend(list::weekdays(index, relation, articles)),
            RelationKind::Reported => {
                out.extend(reported::check(index, relation, articles, facts, rules))
            }
        }
    }
    out
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

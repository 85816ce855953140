//! factdiff reads several news articles about the same story and reports the facts on which
//! they disagree.
//!
//! The pipeline: [`values`] recognises typed values in text.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod config;
pub mod diff;
pub mod drift;
pub mod examples;
pub mod extract;
pub mod relate;
pub mod report;
pub mod rules;
pub mod source;
pub mod span;
pub mod text;
pub mod values;
pub mod versions;
pub mod words;

use rules::RuleSet;
use source::{Article, InputError};

/// The whole check of a cluster: facts extracted from each article, compared across them,
/// related, words compared, and the report built. An article's inline
/// `factdiff-ignore: FACT` markers silence that fact in it: its values are not compared, and
/// no finding stands on it.
pub fn check(
    articles: &[Article],
    rules: &RuleSet,
    input_errors: Vec<InputError>,
) -> report::Report {
    check_with_progress(articles, rules, input_errors, &mut |_| {})
}

/// [`check`], calling `progress` with the number of articles read so far after each one.
pub fn check_with_progress(
    articles: &[Article],
    rules: &RuleSet,
    input_errors: Vec<InputError>,
    progress: &mut dyn FnMut(usize),
) -> report::Report {
    let silenced = |source: usize, id: &str| articles[source].ignored.iter().any(|i| i == id);
    let facts: Vec<extract::Fact> = extract::extract_all_with(articles, rules, progress)
        .into_iter()
        .filter(|f| !silenced(f.source, &rules.rules[f.rule].id))
        .collect();
    let published: Vec<_> = articles.iter().map(|a| a.published).collect();
    let outcome = diff::diff(&facts, rules, &published);
    let drifts = drift::drift(articles, rules);
    let checked = relate::relate(articles, &facts, rules);
    let mut report = report::build(
        articles,
        &facts,
        &outcome,
        &drifts,
        &checked,
        rules,
        input_errors,
    );
    report
        .findings
        .retain(|f| !f.claims.iter().any(|c| silenced(c.source, &f.fact)));
    report
        .agreements
        .retain(|a| !a.claims.iter().any(|c| silenced(c.source, &a.fact)));
    report.summary = report::Summary::of(
        &report.findings,
        articles.len(),
        report.summary.input_errors,
    );
    report
}

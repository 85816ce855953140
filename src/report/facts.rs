//! The output of `factdiff extract`: every fact found, one JSON object a line, or one line
//! each for people. Useful to see what the rules pick out, and to score value recognition.

use std::io::{self, Write};

use serde::Serialize;

use super::json::{WireValue, wire_value};
use super::{display, make_claim};
use crate::extract::Fact;
use crate::rules::RuleSet;
use crate::source::Article;
use crate::span::LineIndex;

#[derive(Serialize)]
struct WireFact<'a> {
    source: &'a str,
    fact: &'a str,
    #[serde(rename = "type")]
    value_type: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    subject: &'a str,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    hedge: Option<&'a str>,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    #[serde(flatten)]
    value: WireValue,
    sentence: &'a str,
}

/// Writes each fact as one JSON object a line, in article order, then position.
pub fn render_jsonl(
    articles: &[Article],
    facts: &[Fact],
    rules: &RuleSet,
    out: &mut dyn Write,
) -> io::Result<()> {
    let indexes: Vec<LineIndex> = articles.iter().map(|a| LineIndex::new(&a.text)).collect();
    for f in facts {
        let a = &articles[f.source];
        let c = make_claim(a, &indexes[f.source], f, 0);
        let rule = &rules.rules[f.rule];
        let wire = WireFact {
            source: &a.id,
            fact: &rule.id,
            value_type: rule.value.name(),
            subject: &f.subject,
            text: &c.text,
            hedge: c.hedge.as_deref(),
            start: f.span.start,
            end: f.span.end,
            line: c.start.line,
            column: c.start.column,
            value: wire_value(&f.value),
            sentence: &c.sentence,
        };
        serde_json::to_writer(&mut *out, &wire)?;
        writeln!(out)?;
    }
    Ok(())
}

/// Writes each fact on one line: `id:line:column  fact  text = converted`.
/// The text of each article as read: what line and column numbers refer to. Several
/// articles are each introduced by a `==> PATH <==` line, as `head` does.
pub fn render_text(articles: &[Article], out: &mut dyn Write) -> io::Result<()> {
    for (i, a) in articles.iter().enumerate() {
        if articles.len() > 1 {
            if i > 0 {
                writeln!(out)?;
            }
            writeln!(out, "==> {} <==", a.origin)?;
        }
        out.write_all(a.text.as_bytes())?;
        if !a.text.ends_with('\n') {
            writeln!(out)?;
        }
    }
    Ok(())
}

pub fn render_human(
    articles: &[Article],
    facts: &[Fact],
    rules: &RuleSet,
    out: &mut dyn Write,
) -> io::Result<()> {
    let indexes: Vec<LineIndex> = articles.iter().map(|a| LineIndex::new(&a.text)).collect();
    for f in facts {
        let a = &articles[f.source];
        let at = indexes[f.source].line_col(&a.text, f.span.start);
        let written = super::written(&a.text, f.span, f.hedge);
        let subject = if f.subject.is_empty() {
            String::new()
        } else {
            format!(" [{}]", f.subject)
        };
        writeln!(
            out,
            "{}:{}:{}\t{}{subject}\t{written} = {}",
            a.id,
            at.line,
            at.column,
            rules.rules[f.rule].id,
            display::value(&f.value)
        )?;
    }
    writeln!(out, "{} facts in {} sources", facts.len(), articles.len())
}

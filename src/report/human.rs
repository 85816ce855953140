//! The terminal report: per finding, the fact, each claim located as `path:line:column`, its
//! value as written and converted, and its sentence with the value marked. The only module
//! that writes colour, and only when asked to.

use std::io::{self, Write};

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet, Title};
use anstyle::{AnsiColor, Style};

use super::{Claim, Report};
use crate::diff::FindingKind;
use crate::drift::Part;
use crate::rules::Severity;

/// The width snippets are cut to: long lines (a news paragraph is one line) are shown around
/// their claims. Fixed, so that the output is the same on every terminal.
const TERM_WIDTH: usize = 140;

/// Colours and marks used by the terminal report.
struct Paint {
    color: bool,
}

impl Paint {
    fn paint(&self, style: Style, text: &str) -> String {
        if self.color {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_string()
        }
    }

    fn dim(&self, text: &str) -> String {
        self.paint(
            Style::new().fg_color(Some(AnsiColor::BrightBlack.into())),
            text,
        )
    }
}

/// Writes the report for people.
pub fn render(
    report: &Report,
    show_agreements: bool,
    color: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let p = Paint { color };
    for f in &report.findings {
        let kind = match f.kind {
            FindingKind::Internal => "inside one source: ",
            FindingKind::Update => "update: ",
            _ => "",
        };
        let level = match f.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
            Severity::Info => Level::INFO,
        };
        let title = level
            .primary_title(format!("{kind}{}", f.message))
            .id(f.fact.as_str());
        let groups = f.claims.iter().map(|c| c.group).max().unwrap_or(0) + 1;
        let roles: Vec<String> = f
            .claims
            .iter()
            .map(|c| match (f.kind, groups, f.consensus, c.group) {
                (FindingKind::Update, ..) => report.sources[c.source]
                    .published
                    .as_ref()
                    .map_or(String::new(), |d| format!(", published {d}")),
                (_, 1, _, _) => String::new(),
                (_, _, true, 0) => ", the consensus".to_string(),
                (_, _, true, _) => ", an outlier".to_string(),
                _ => String::new(),
            })
            .collect();
        writeln!(out, "{}", claims(report, title, &f.claims, &roles, color))?;
        if !f.diff.is_empty() {
            writeln!(out, "   {} {}", p.dim("="), word_diff(&f.diff, &p))?;
        }
        if let Some(note) = &f.note {
            writeln!(out, "   {} note: {note}", p.dim("="))?;
        }
        writeln!(out)?;
    }
    if show_agreements {
        for a in &report.agreements {
            let value = a.claims.first().map_or("", |c| c.display.as_str());
            let subject = if a.subject.is_empty() {
                String::new()
            } else {
                format!(" ({})", a.subject)
            };
            let what = match &a.arithmetic {
                Some(sums) => format!("holds: {sums}"),
                None => format!("sources agree: {value}"),
            };
            let title = Level::INFO
                .with_name("agreement")
                .primary_title(format!("{what}{subject}"))
                .id(a.fact.as_str());
            let roles = vec![String::new(); a.claims.len()];
            writeln!(out, "{}", claims(report, title, &a.claims, &roles, color))?;
            writeln!(out)?;
        }
    }
    let s = &report.summary;
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    write!(
        out,
        "{}, {}, {} in {}",
        plural(s.errors, "error", "errors"),
        plural(s.warnings, "warning", "warnings"),
        plural(s.infos, "info", "infos"),
        plural(s.sources, "source", "sources")
    )?;
    if !report.agreements.is_empty() {
        write!(
            out,
            "; {}",
            plural(report.agreements.len(), "agreement", "agreements")
        )?;
        if !show_agreements {
            write!(out, " (--show-agreements lists them)")?;
        }
    }
    if s.input_errors > 0 {
        write!(
            out,
            "; {} could not be read",
            plural(s.input_errors, "input", "inputs")
        )?;
    }
    writeln!(out)
}

/// The claims as compiler-style snippets: each source's lines with line numbers, every claim
/// underlined and labelled; consecutive claims of one source share a snippet. Long lines are
/// cut around the claims.
fn claims(
    report: &Report,
    title: Title<'_>,
    claims: &[Claim],
    roles: &[String],
    color: bool,
) -> String {
    let mut group = Group::with_title(title);
    let mut i = 0;
    while i < claims.len() {
        let run = claims[i..]
            .iter()
            .take_while(|c| c.source == claims[i].source)
            .count();
        let source = &report.sources[claims[i].source];
        let text = source.text.as_str();
        let first = claims[i..i + run]
            .iter()
            .map(|c| c.span.start)
            .min()
            .unwrap_or(0)
            .min(text.len());
        let last = claims[i..i + run]
            .iter()
            .map(|c| c.span.end)
            .max()
            .unwrap_or(0)
            .min(text.len());
        let start = text[..first].rfind('\n').map_or(0, |n| n + 1);
        let end = text[last..].find('\n').map_or(text.len(), |n| last + n);
        let line = claims[i..i + run]
            .iter()
            .map(|c| c.start.line)
            .min()
            .unwrap_or(1);
        let mut snippet = Snippet::source(&text[start..end])
            .line_start(line)
            .path(source.location.as_str())
            .fold(true);
        for (c, role) in claims[i..i + run].iter().zip(&roles[i..i + run]) {
            let label = match c.value {
                Some(_) => format!("{} says {} ({}){role}", source.id, c.written, c.display),
                None => format!("{} writes “{}”{role}", source.id, c.written),
            };
            let span = c.span.start.clamp(start, end) - start..c.span.end.clamp(start, end) - start;
            snippet = snippet.annotation(AnnotationKind::Primary.span(span).label(label));
        }
        group = group.element(snippet);
        i += run;
    }
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .term_width(TERM_WIDTH);
    renderer.render(&[group])
}

/// A word diff on one line: deleted words `[-so-]`, inserted `{+so+}` (coloured on a
/// terminal: red and struck through, green and underlined).
fn word_diff(parts: &[Part], p: &Paint) -> String {
    parts
        .iter()
        .map(|part| match part {
            Part::Equal(t) => t.clone(),
            Part::Delete(t) if p.color => p.paint(
                Style::new()
                    .fg_color(Some(AnsiColor::Red.into()))
                    .strikethrough(),
                t,
            ),
            Part::Insert(t) if p.color => p.paint(
                Style::new()
                    .fg_color(Some(AnsiColor::Green.into()))
                    .underline(),
                t,
            ),
            Part::Delete(t) => format!("[-{t}-]"),
            Part::Insert(t) => format!("{{+{t}+}}"),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

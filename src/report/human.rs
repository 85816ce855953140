//! The terminal report: per finding, the fact, each claim located as `path:line:column`, its
//! value as written and converted, and its sentence with the value marked. The only module
//! that writes colour, and only when asked to.

use std::io::{self, Write};

use anstyle::{AnsiColor, Effects, Style};

use super::{Claim, Report};
use crate::diff::FindingKind;
use crate::drift::Part;
use crate::rules::Severity;

/// Longest sentence excerpt shown, in characters.
const EXCERPT: usize = 180;

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

    fn severity(&self, s: Severity) -> String {
        let color = match s {
            Severity::Error => AnsiColor::Red,
            Severity::Warning => AnsiColor::Yellow,
            Severity::Info => AnsiColor::Cyan,
        };
        self.paint(Style::new().fg_color(Some(color.into())).bold(), s.name())
    }

    fn mark(&self, value: &str) -> String {
        if self.color {
            self.paint(
                Style::new().effects(Effects::BOLD | Effects::UNDERLINE),
                value,
            )
        } else {
            format!("[{value}]")
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
            FindingKind::Internal => " (inside one source)",
            FindingKind::Update => " (update)",
            _ => "",
        };
        writeln!(
            out,
            "{}[{}]{kind}: {}",
            p.severity(f.severity),
            f.fact,
            f.message
        )?;
        let groups = f.claims.iter().map(|c| c.group).max().unwrap_or(0) + 1;
        let roles: Vec<String> = f
            .claims
            .iter()
            .map(|c| match (f.kind, groups, f.consensus, c.group) {
                (FindingKind::Update, ..) => report.sources[c.source]
                    .published
                    .as_ref()
                    .map_or(String::new(), |d| format!(" (published {d})")),
                (_, 1, _, _) => String::new(),
                (_, _, true, 0) => " (consensus)".to_string(),
                (_, _, true, _) => " (outlier)".to_string(),
                _ => String::new(),
            })
            .collect();
        claims(report, &f.claims, &roles, &p, out)?;
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
            writeln!(
                out,
                "{}[{}]{subject}: {what}",
                p.paint(
                    Style::new().fg_color(Some(AnsiColor::Green.into())).bold(),
                    "agreement"
                ),
                a.fact
            )?;
            claims(
                report,
                &a.claims,
                &vec![String::new(); a.claims.len()],
                &p,
                out,
            )?;
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

/// The claims, each located; claims in one sentence share one excerpt with each value marked.
fn claims(
    report: &Report,
    claims: &[Claim],
    roles: &[String],
    p: &Paint,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut i = 0;
    while i < claims.len() {
        let same = |c: &Claim| {
            c.source == claims[i].source && c.sentence_start == claims[i].sentence_start
        };
        let run = claims[i..].iter().take_while(|c| same(c)).count();
        for (c, role) in claims[i..i + run].iter().zip(&roles[i..i + run]) {
            claim(report, c, role, p, out)?;
        }
        let marked: Vec<&Claim> = claims[i..i + run].iter().collect();
        writeln!(out, "   {} {}", p.dim("|"), excerpt(&marked, p))?;
        i += run;
    }
    Ok(())
}

/// One claim's location and value as written.
fn claim(report: &Report, c: &Claim, role: &str, p: &Paint, out: &mut dyn Write) -> io::Result<()> {
    let source = &report.sources[c.source];
    let written = &c.written;
    writeln!(
        out,
        "  {} {}:{}:{}",
        p.dim("-->"),
        source.location,
        c.start.line,
        c.start.column
    )?;
    match c.value {
        Some(_) => writeln!(
            out,
            "   {} {} says {written} ({}){role}",
            p.dim("|"),
            source.id,
            c.display
        )?,
        None => writeln!(
            out,
            "   {} {} writes “{written}”{role}",
            p.dim("|"),
            source.id
        )?,
    }
    Ok(())
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

/// The claims' sentence (one sentence) with each value marked, shortened around the marked
/// stretch when long.
fn excerpt(claims: &[&Claim], p: &Paint) -> String {
    let c = claims[0];
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for m in claims {
        let (a, b) = (
            m.span.start - c.sentence_start,
            m.span.end - c.sentence_start,
        );
        // Overlapping marks (a value inside a marked stretch) are shown once.
        if !spans.iter().any(|&(x, y)| a < y && x < b) {
            spans.push((a, b));
        }
    }
    spans.sort_unstable();
    let s = &c.sentence;
    let (start, end) = (spans[0].0, spans[spans.len() - 1].1);
    let mut value = String::new();
    let mut at = start;
    for &(a, b) in &spans {
        value.push_str(&s[at..a]);
        value.push_str(&p.mark(&s[a..b]));
        at = b;
    }
    let (before, after) = (&s[..start], &s[end..]);
    let shown = s[start..end].chars().count();
    let room = EXCERPT.saturating_sub(shown) / 2;
    let before_chars = before.chars().count();
    // Cut at word boundaries, so no word is shown in part.
    let before = if before_chars > room {
        let cut: String = before.chars().skip(before_chars - room).collect();
        let whole = cut
            .split_once(char::is_whitespace)
            .map_or("", |(_, rest)| rest);
        format!("…{}", whole.trim_start())
    } else {
        before.to_string()
    };
    let after = if after.chars().count() > room {
        let cut: String = after.chars().take(room).collect();
        let whole = cut
            .rsplit_once(char::is_whitespace)
            .map_or("", |(kept, _)| kept);
        format!("{}…", whole.trim_end())
    } else {
        after.to_string()
    };
    let one_line = |t: &str| t.replace(['\n', '\r'], " ");
    format!(
        "{}{}{}",
        one_line(&before),
        one_line(&value),
        one_line(&after)
    )
}

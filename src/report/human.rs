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
        for c in &f.claims {
            let role = match (groups, f.consensus, c.group) {
                (1, _, _) => "",
                (_, true, 0) => " (consensus)",
                (_, true, _) => " (outlier)",
                _ => "",
            };
            claim(report, c, role, &p, out)?;
        }
        if !f.diff.is_empty() {
            writeln!(out, "   {} {}", p.dim("="), word_diff(&f.diff, &p))?;
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
            writeln!(
                out,
                "{}[{}]{subject}: sources agree: {value}",
                p.paint(
                    Style::new().fg_color(Some(AnsiColor::Green.into())).bold(),
                    "agreement"
                ),
                a.fact
            )?;
            for c in &a.claims {
                claim(report, c, "", &p, out)?;
            }
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
    writeln!(out, "   {} {}", p.dim("|"), excerpt(c, p))?;
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

/// The claim's sentence with the value marked, shortened around it when long.
fn excerpt(c: &Claim, p: &Paint) -> String {
    let start = c.span.start - c.sentence_start;
    let end = c.span.end - c.sentence_start;
    let s = &c.sentence;
    let (before, value, after) = (&s[..start], &s[start..end], &s[end..]);
    let room = EXCERPT.saturating_sub(value.chars().count()) / 2;
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
    format!("{}{}{}", one_line(&before), p.mark(value), one_line(&after))
}

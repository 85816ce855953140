//! The Markdown report (`--format markdown`), shaped for a pull-request comment: a summary
//! line, then each finding with a table of its claims (source, value as written, converted
//! value, line), word diffs for quotes and passages, and the agreements folded away. Article
//! text is escaped so that it can never turn into markup, a mention or a link, and the comment
//! stays under GitHub's limit by leaving out the least severe findings and saying so.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::{Claim, Finding, Report};
use crate::drift::Part;
use crate::rules::Severity;

/// GitHub's limit on a comment, in characters.
pub const COMMENT_LIMIT: usize = 65_536;
/// Room kept for the closing lines.
const RESERVE: usize = 600;

/// Escapes article text for Markdown: punctuation that makes markup is backslash-escaped,
/// `<`, `>` and `&` become entities, `@` cannot start a mention, and line breaks become spaces
/// (a table cell is one line).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '-' | '!'
            | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '@' => out.push_str("&#64;"),
            '\n' | '\r' | '\t' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

fn badge(s: Severity) -> &'static str {
    match s {
        Severity::Error => "🔴 error",
        Severity::Warning => "🟠 warning",
        Severity::Info => "🔵 info",
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn claim_row(report: &Report, c: &Claim) -> String {
    let source = &report.sources[c.source];
    let value = if c.value.is_some() {
        escape(&c.display)
    } else {
        String::new()
    };
    format!(
        "| {} | {} | {} | {} |\n",
        escape(&source.id),
        escape(&c.written),
        value,
        c.start.line
    )
}

/// A word diff in Markdown: deleted words struck out, inserted ones underlined.
pub fn word_diff(parts: &[Part]) -> String {
    parts
        .iter()
        .map(|p| match p {
            Part::Equal(t) => escape(t),
            Part::Delete(t) => format!("<del>{}</del>", escape(t)),
            Part::Insert(t) => format!("<ins>{}</ins>", escape(t)),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// One finding as a section.
fn section(report: &Report, f: &Finding) -> String {
    let mut s = String::new();
    let subject = if f.subject.is_empty() {
        String::new()
    } else {
        format!(" ({})", escape(&f.subject))
    };
    let _ = writeln!(
        s,
        "### {} · `{}`{subject} · {}\n",
        badge(f.severity),
        f.fact,
        f.kind.name()
    );
    let _ = writeln!(s, "{}\n", escape(&f.message));
    s.push_str("| source | as written | value | line |\n|---|---|---|---:|\n");
    for c in &f.claims {
        s.push_str(&claim_row(report, c));
    }
    if !f.diff.is_empty() {
        let _ = writeln!(s, "\nWord diff: {}", word_diff(&f.diff));
    }
    if let Some(note) = &f.note {
        let _ = writeln!(s, "\n_Note: {}_", escape(note));
    }
    s.push('\n');
    s
}

/// The agreements, folded.
fn agreements(report: &Report) -> String {
    if report.agreements.is_empty() {
        return String::new();
    }
    let mut s = format!(
        "<details><summary>{} (facts the sources agree on)</summary>\n\n",
        plural(report.agreements.len(), "agreement", "agreements")
    );
    s.push_str("| fact | source | as written | value |\n|---|---|---|---|\n");
    for a in &report.agreements {
        for c in &a.claims {
            let value = if c.value.is_some() {
                escape(&c.display)
            } else {
                String::new()
            };
            let _ = writeln!(
                s,
                "| `{}` | {} | {} | {} |",
                a.fact,
                escape(&report.sources[c.source].id),
                escape(&c.written),
                value
            );
        }
    }
    s.push_str("\n</details>\n");
    s
}

/// Renders the comment, at most `limit` characters long.
pub fn render_limited(report: &Report, limit: usize) -> String {
    let s = &report.summary;
    let mut out = format!(
        "## factdiff: {}, {}, {} in {}\n\n",
        plural(s.errors, "error", "errors"),
        plural(s.warnings, "warning", "warnings"),
        plural(s.infos, "info", "infos"),
        plural(s.sources, "source", "sources")
    );
    if report.findings.is_empty() {
        out.push_str("The sources agree on every fact the rules compare.\n\n");
    }
    let tail = agreements(report);
    let budget = limit.saturating_sub(RESERVE);
    let mut left_out = 0;
    for f in &report.findings {
        let section = section(report, f);
        if left_out > 0 || out.chars().count() + section.chars().count() > budget {
            left_out += 1;
            continue;
        }
        out.push_str(&section);
    }
    if left_out > 0 {
        let _ = writeln!(
            out,
            "_{} left out to fit a comment: the JSON or SARIF report has them all._\n",
            plural(left_out, "less severe finding", "less severe findings")
        );
    }
    if out.chars().count() + tail.chars().count() <= budget {
        out.push_str(&tail);
    }
    if s.input_errors > 0 {
        let _ = writeln!(
            out,
            "\n{} could not be read.",
            plural(s.input_errors, "input", "inputs")
        );
    }
    out
}

/// Writes the comment.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(render_limited(report, COMMENT_LIMIT).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_text_cannot_become_markup() {
        assert_eq!(escape("a | b"), "a \\| b");
        assert_eq!(escape("`rm -rf`"), "\\`rm \\-rf\\`");
        assert_eq!(
            escape("<script>alert(1)</script>"),
            "&lt;script&gt;alert\\(1\\)&lt;/script&gt;"
        );
        assert_eq!(escape("[click](http://x)"), "\\[click\\]\\(http://x\\)");
        assert_eq!(escape("@octocat"), "&#64;octocat");
        assert_eq!(escape("two\nlines"), "two lines");
    }
}

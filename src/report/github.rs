//! GitHub Actions workflow commands (`--format github`): one `::error`, `::warning` or
//! `::notice` line per finding, located at its first claim, so the runner annotates the
//! article in the pull request. Escaping follows the runner's own rules (actions/toolkit
//! `command.ts`): `%`, `\r`, `\n` in the message, and also `:` and `,` in properties.

use std::io::{self, Write};

use super::{Claim, Finding, Report};
use crate::rules::Severity;

/// How many annotations of one level GitHub shows for a step; the rest are dropped.
const SHOWN_PER_LEVEL: usize = 10;

/// Escapes a command's message.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command's property value.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn command(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// "25 miles per hour in 001_… (path:12:239)": where the other claims stand.
fn elsewhere(report: &Report, f: &Finding) -> String {
    let first = &f.claims[0];
    let others: Vec<String> = f
        .claims
        .iter()
        .skip(1)
        .filter(|c| c.source != first.source || c.span != first.span)
        .map(|c| located(report, c))
        .collect();
    if others.is_empty() {
        String::new()
    } else {
        format!(" — see {}", others.join("; "))
    }
}

fn located(report: &Report, c: &Claim) -> String {
    let s = &report.sources[c.source];
    format!(
        "“{}” in {} ({}:{}:{})",
        c.written, s.id, s.location, c.start.line, c.start.column
    )
}

/// Writes one workflow command a finding.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for f in &report.findings {
        let Some(c) = f.claims.first() else { continue };
        let source = &report.sources[c.source];
        let title = format!("factdiff {} ({})", f.fact, f.kind.name());
        writeln!(
            out,
            "::{} file={},line={},endLine={},col={},endColumn={},title={}::{}",
            command(f.severity),
            escape_property(&source.location),
            c.start.line,
            c.end.line,
            c.start.column,
            c.end.column,
            escape_property(&title),
            escape_data(&format!("{}{}", f.message, elsewhere(report, f)))
        )?;
    }
    for level in [Severity::Error, Severity::Warning, Severity::Info] {
        let n = report
            .findings
            .iter()
            .filter(|f| f.severity == level)
            .count();
        if n > SHOWN_PER_LEVEL {
            writeln!(
                out,
                "::notice title=factdiff::{}",
                escape_data(&format!(
                    "{n} findings at {} level: GitHub shows only the first {SHOWN_PER_LEVEL} annotations of a level in a step; the Markdown or SARIF report has them all",
                    level.name()
                ))
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_escape_percent_and_line_breaks_and_properties_also_colons_and_commas() {
        assert_eq!(
            escape_data("100% sure\r\nnext: a, b"),
            "100%25 sure%0D%0Anext: a, b"
        );
        assert_eq!(escape_property("dir/a,b:c%.txt"), "dir/a%2Cb%3Ac%25.txt");
        // The percent sign is escaped first, so an escape is never escaped twice.
        assert_eq!(escape_data("%0A"), "%250A");
        assert_eq!(escape_property("%3A"), "%253A");
    }
}

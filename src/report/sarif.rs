//! SARIF 2.1.0 (`--format sarif`), as GitHub code scanning accepts it: one run, the rule set as
//! `tool.driver.rules`, one result per finding located at its first claim, the other claims as
//! `relatedLocations` linked from the message, UTF-16 columns, and a fingerprint that depends on
//! the fact and the values, never on line numbers. Hand-written serde types for the few objects
//! used; `tests/sarif_schema.rs` validates the output against the official schema.

use std::io::{self, Write};

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::{Claim, Finding, Report, SourceInfo};
use crate::rules::Severity;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool<'a>,
    results: Vec<SarifResult>,
    column_kind: &'static str,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<'a> {
    name: &'static str,
    semantic_version: &'static str,
    information_uri: &'static str,
    rules: Vec<Rule<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule<'a> {
    id: &'a str,
    short_description: Text,
    help: Help,
    default_configuration: Configuration,
    properties: RuleProperties<'a>,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct RuleProperties<'a> {
    tags: Vec<&'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: String,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location>,
    partial_fingerprints: Fingerprints,
    properties: ResultProperties,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
}

#[derive(Serialize)]
struct Fingerprints {
    #[serde(rename = "factdiff/v1")]
    factdiff: String,
}

#[derive(Serialize)]
struct ResultProperties {
    kind: &'static str,
    subject: String,
    values: Vec<String>,
}

/// The SARIF level of a severity.
pub fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A path as a relative URI reference: forward slashes, and every byte outside the unreserved
/// set and `/` percent-encoded, so spaces, `#`, `%` and non-ASCII letters are safe.
pub fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let path = path.strip_prefix("./").unwrap_or(&path);
    let mut out = String::new();
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    if out.is_empty() {
        "stdin".to_string()
    } else {
        out
    }
}

fn location(
    source: &SourceInfo,
    c: &Claim,
    id: Option<usize>,
    message: Option<String>,
) -> Location {
    Location {
        id,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation {
                uri: uri(&source.location),
            },
            region: Region {
                start_line: c.start.line,
                start_column: c.start.utf16,
                end_line: c.end.line,
                end_column: c
                    .end
                    .utf16
                    .max(c.start.utf16 + usize::from(c.end.line == c.start.line)),
            },
        },
        message: message.map(|text| Text { text }),
    }
}

/// A key for the finding that stays the same when unrelated text moves or another source
/// repeats a value already in dispute: the kind, fact and subject, and the distinct values
/// in dispute (converted: "Twelve" and "12" are one), sorted.
pub fn fingerprint(_report: &Report, f: &Finding) -> String {
    let mut values: Vec<String> = f.claims.iter().map(|c| c.display.to_lowercase()).collect();
    values.sort();
    values.dedup();
    let key = format!(
        "{}\u{1f}{}\u{1f}{}\u{1f}{}",
        f.kind.name(),
        f.fact,
        f.subject,
        values.join("\u{1e}")
    );
    let digest = Sha256::digest(key.as_bytes());
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

fn result(report: &Report, f: &Finding) -> Option<SarifResult> {
    let first = f.claims.first()?;
    let related: Vec<(usize, &Claim)> = f
        .claims
        .iter()
        .skip(1)
        .enumerate()
        .map(|(i, c)| (i + 1, c))
        .collect();
    // GitHub links a related location only when the message names it: "[text](id)".
    let links: Vec<String> = related
        .iter()
        .map(|(id, c)| {
            format!(
                "[{} in {}]({id})",
                c.written.replace(['[', ']'], ""),
                report.sources[c.source].id
            )
        })
        .collect();
    let text = if links.is_empty() {
        f.message.clone()
    } else {
        format!("{} See {}.", f.message, links.join(", "))
    };
    Some(SarifResult {
        rule_id: f.fact.clone(),
        rule_index: report
            .rules
            .iter()
            .position(|r| r.id == f.fact)
            .unwrap_or(0),
        level: level(f.severity),
        message: Text { text },
        locations: vec![location(&report.sources[first.source], first, None, None)],
        related_locations: related
            .iter()
            .map(|(id, c)| {
                location(
                    &report.sources[c.source],
                    c,
                    Some(*id),
                    Some(c.written.clone()),
                )
            })
            .collect(),
        partial_fingerprints: Fingerprints {
            factdiff: fingerprint(report, f),
        },
        properties: ResultProperties {
            kind: f.kind.name(),
            subject: f.subject.clone(),
            values: f.claims.iter().map(|c| c.written.clone()).collect(),
        },
    })
}

/// Writes the SARIF log.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let rules = report
        .rules
        .iter()
        .map(|r| Rule {
            id: &r.id,
            short_description: Text { text: r.description.clone() },
            help: Help {
                text: format!("factdiff compares {} across the articles of a story. Rule defined at {}.", r.description, r.location),
                markdown: format!(
                    "factdiff compares **{}** across the articles of a story. Rule defined at `{}`; the kinds of finding are explained in `docs/findings.md`.",
                    r.description, r.location
                ),
            },
            default_configuration: Configuration { level: level(r.severity) },
            properties: RuleProperties { tags: vec!["factdiff", &r.kind] },
        })
        .collect();
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "factdiff",
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    information_uri: "https://github.com/factdiff/factdiff",
                    rules,
                },
            },
            results: report
                .findings
                .iter()
                .filter_map(|f| result(report, f))
                .collect(),
            column_kind: "utf16CodeUnits",
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(
            uri("fixtures/kim-putin-2023/000_a.txt"),
            "fixtures/kim-putin-2023/000_a.txt"
        );
        assert_eq!(uri("./my articles/a#1.txt"), "my%20articles/a%231.txt");
        assert_eq!(uri("dir\\Zürich.txt"), "dir/Z%C3%BCrich.txt");
        assert_eq!(uri(""), "stdin");
    }
}

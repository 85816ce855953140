//! The JSON contract (`--format json`, and the lines of `extract --format jsonl`): wire types
//! used only for serialisation, kept apart from the report model so that a refactor cannot
//! change the output by accident. `docs/json.md` documents every field.

use serde::Serialize;

use super::{Agreement, Claim, Finding, Report, SourceInfo};
use crate::drift::Part;
use crate::values::Value;

/// The version of the JSON contract; bumped on any incompatible change.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct WireReport<'a> {
    version: u32,
    sources: Vec<WireSource<'a>>,
    findings: Vec<WireFinding<'a>>,
    agreements: Vec<WireAgreement<'a>>,
    input_errors: Vec<WireInputError<'a>>,
    summary: WireSummary,
}

#[derive(Serialize)]
struct WireSource<'a> {
    id: &'a str,
    path: &'a str,
    published: Option<&'a str>,
    published_from: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

#[derive(Serialize)]
pub(super) struct WireFinding<'a> {
    kind: &'a str,
    fact: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    subject: &'a str,
    severity: &'a str,
    message: &'a str,
    consensus: bool,
    claims: Vec<WireClaim<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    diff: Vec<WirePart<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    arithmetic: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    timeline: Vec<WireStep<'a>>,
}

/// One figure of an update's timeline, earliest first.
#[derive(Serialize)]
struct WireStep<'a> {
    published: &'a str,
    value: &'a str,
    sources: Vec<&'a str>,
    claim: usize,
}

/// One piece of a word diff: `equal`, `delete` (only in the first group's wording) or
/// `insert` (only in the second's).
#[derive(Serialize)]
pub(crate) struct WirePart<'a> {
    op: &'static str,
    text: &'a str,
}

/// A word diff as it is written in JSON.
pub(crate) fn wire_parts(parts: &[Part]) -> Vec<WirePart<'_>> {
    parts
        .iter()
        .map(|p| match p {
            Part::Equal(t) => WirePart {
                op: "equal",
                text: t,
            },
            Part::Delete(t) => WirePart {
                op: "delete",
                text: t,
            },
            Part::Insert(t) => WirePart {
                op: "insert",
                text: t,
            },
        })
        .collect()
}

#[derive(Serialize)]
struct WireAgreement<'a> {
    fact: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    subject: &'a str,
    claims: Vec<WireClaim<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    arithmetic: Option<&'a str>,
}

/// A value in the wire format: canonical figure or date, unit, hedge and interval.
#[derive(Serialize)]
pub(crate) struct WireValue {
    pub value: serde_json::Value,
    pub unit: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub low: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relative: Option<WireRelative>,
}

/// How a relative date was read.
#[derive(Serialize)]
pub(crate) struct WireRelative {
    pub expression: String,
    pub anchor: Option<String>,
}

#[derive(Serialize)]
struct WireClaim<'a> {
    source: &'a str,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    hedge: Option<&'a str>,
    #[serde(flatten)]
    value: WireValue,
    display: &'a str,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    sentence: &'a str,
    group: usize,
}

#[derive(Serialize)]
struct WireInputError<'a> {
    path: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    message: &'a str,
}

#[derive(Serialize)]
struct WireSummary {
    errors: usize,
    warnings: usize,
    infos: usize,
    sources: usize,
    input_errors: usize,
}

/// The value, unit, hedge and interval of a value, as the wire format writes them.
pub(crate) fn wire_value(v: &Value) -> WireValue {
    match v {
        Value::Quantity(q) => WireValue {
            value: serde_json::json!(q.value),
            unit: q.unit.to_string(),
            qualifier: q.qualifier.map(|k| k.name()),
            low: q.qualifier.and(q.low),
            high: q.qualifier.and(q.high),
            relative: None,
        },
        Value::Date(d) => WireValue {
            value: d
                .value()
                .map_or(serde_json::Value::Null, serde_json::Value::String),
            unit: "date".to_string(),
            qualifier: None,
            low: None,
            high: None,
            relative: d.relative.as_ref().map(|r| WireRelative {
                expression: r.clone(),
                anchor: d.anchor.map(|a| a.to_string()),
            }),
        },
    }
}

fn claim<'a>(c: &'a Claim, sources: &'a [SourceInfo]) -> WireClaim<'a> {
    WireClaim {
        source: &sources[c.source].id,
        text: &c.text,
        hedge: c.hedge.as_deref(),
        value: match &c.value {
            Some(v) => wire_value(v),
            None => WireValue {
                value: serde_json::Value::String(c.text.clone()),
                unit: "text".to_string(),
                qualifier: None,
                low: None,
                high: None,
                relative: None,
            },
        },
        display: &c.display,
        start: c.span.start,
        end: c.span.end,
        line: c.start.line,
        column: c.start.column,
        end_line: c.end.line,
        end_column: c.end.column,
        sentence: &c.sentence,
        group: c.group,
    }
}

pub(super) fn finding<'a>(f: &'a Finding, sources: &'a [SourceInfo]) -> WireFinding<'a> {
    WireFinding {
        kind: f.kind.name(),
        fact: &f.fact,
        subject: &f.subject,
        severity: f.severity.name(),
        message: &f.message,
        consensus: f.consensus,
        claims: f.claims.iter().map(|c| claim(c, sources)).collect(),
        diff: wire_parts(&f.diff),
        arithmetic: f.arithmetic.as_deref(),
        note: f.note.as_deref(),
        timeline: f
            .timeline
            .iter()
            .map(|s| WireStep {
                published: &s.published,
                value: &s.written,
                sources: s.sources.iter().map(|&i| sources[i].id.as_str()).collect(),
                claim: s.claim,
            })
            .collect(),
    }
}

fn agreement<'a>(a: &'a Agreement, sources: &'a [SourceInfo]) -> WireAgreement<'a> {
    WireAgreement {
        fact: &a.fact,
        subject: &a.subject,
        claims: a.claims.iter().map(|c| claim(c, sources)).collect(),
        arithmetic: a.arithmetic.as_deref(),
    }
}

/// Writes one finding a line, each the same object as in `findings[]` of the JSON report:
/// for pipelines that read findings as a stream.
pub fn render_lines(report: &Report, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    for f in &report.findings {
        serde_json::to_writer(&mut *out, &finding(f, &report.sources))?;
        writeln!(out)?;
    }
    Ok(())
}

/// Writes the report as one pretty-printed JSON object.
pub fn render(report: &Report, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let wire = WireReport {
        version: VERSION,
        sources: report
            .sources
            .iter()
            .map(|s| WireSource {
                id: &s.id,
                path: &s.origin,
                published: s.published.as_deref(),
                published_from: s.published_from,
                title: s.title.as_deref(),
                url: s.url.as_deref(),
            })
            .collect(),
        findings: report
            .findings
            .iter()
            .map(|f| finding(f, &report.sources))
            .collect(),
        agreements: report
            .agreements
            .iter()
            .map(|a| agreement(a, &report.sources))
            .collect(),
        input_errors: report
            .input_errors
            .iter()
            .map(|e| WireInputError {
                path: &e.path,
                line: e.line,
                column: e.column,
                message: &e.message,
            })
            .collect(),
        summary: WireSummary {
            errors: report.summary.errors,
            warnings: report.summary.warnings,
            infos: report.summary.infos,
            sources: report.summary.sources,
            input_errors: report.summary.input_errors,
        },
    };
    serde_json::to_writer_pretty(&mut *out, &wire)?;
    writeln!(out)
}

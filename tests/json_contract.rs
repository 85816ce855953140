//! The JSON contract of docs/json.md, decoded by mirror types that refuse unknown fields: adding,
//! renaming or removing a field breaks this test, so the contract only changes on purpose.

mod common;
use common::*;

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Report {
    version: u32,
    sources: Vec<Source>,
    findings: Vec<Finding>,
    agreements: Vec<Agreement>,
    input_errors: Vec<InputError>,
    summary: Summary,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Source {
    id: String,
    path: String,
    published: Option<String>,
    published_from: Option<String>,
    title: Option<String>,
    url: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Finding {
    kind: String,
    fact: String,
    subject: Option<String>,
    severity: String,
    message: String,
    consensus: bool,
    claims: Vec<Claim>,
    diff: Option<Vec<Part>>,
    arithmetic: Option<String>,
    note: Option<String>,
    timeline: Option<Vec<Step>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Step {
    published: String,
    value: String,
    sources: Vec<String>,
    claim: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Part {
    op: String,
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Agreement {
    fact: String,
    subject: Option<String>,
    claims: Vec<Claim>,
    arithmetic: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Claim {
    source: String,
    text: String,
    hedge: Option<String>,
    value: serde_json::Value,
    unit: String,
    qualifier: Option<String>,
    low: Option<f64>,
    high: Option<f64>,
    relative: Option<Relative>,
    display: String,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    sentence: String,
    group: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Relative {
    expression: String,
    anchor: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct InputError {
    path: String,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Summary {
    errors: usize,
    warnings: usize,
    infos: usize,
    sources: usize,
    input_errors: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct ExtractedFact {
    source: String,
    fact: String,
    #[serde(rename = "type")]
    value_type: String,
    subject: Option<String>,
    text: String,
    hedge: Option<String>,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    value: serde_json::Value,
    unit: String,
    qualifier: Option<String>,
    low: Option<f64>,
    high: Option<f64>,
    relative: Option<Relative>,
    sentence: String,
}

#[test]
fn the_check_report_decodes_into_the_documented_shape() {
    let dir = temp_dir("contract");
    let a = write(
        &dir,
        "a.txt",
        "---\npublished: 2024-06-13\ntitle: A\n---\nAt least 12 people were killed on Monday.\n",
    );
    let b = write(
        &dir,
        "b.txt",
        "The crash killed 9 people, officials said last month.\n",
    );
    let c = write(&dir, "c.txt", b"\xff\n");
    let run = factdiff(&["check", &a, &b, &c, "--format", "json"]);
    let report: Report =
        serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    assert_eq!(report.version, 1);
    assert_eq!(report.sources.len(), 2);
    assert_eq!(report.sources[0].title.as_deref(), Some("A"));
    assert_eq!(report.input_errors.len(), 1);
    assert_eq!(report.findings.len(), 1, "at least 12 vs 9 dead");
    let f = &report.findings[0];
    assert_eq!(
        (f.kind.as_str(), f.fact.as_str(), f.severity.as_str()),
        ("conflict", "death-toll", "warning")
    );
    let hedged = f.claims.iter().find(|c| c.qualifier.is_some()).unwrap();
    assert_eq!(hedged.qualifier.as_deref(), Some("at-least"));
    assert_eq!(hedged.hedge.as_deref(), Some("At least"));
    assert_eq!(hedged.low, Some(12.0));
    assert_eq!(hedged.high, None);
    assert_eq!(hedged.line, 5, "lines count the front matter");
}

#[test]
fn extract_lines_decode_into_the_documented_shape() {
    let dir = temp_dir("contract-extract");
    let a = write(
        &dir,
        "a.txt",
        "The 683-mile voyage will take about two days. It began last month.\n",
    );
    let run = factdiff(&[
        "extract",
        &a,
        "--no-default-rules",
        "--rules",
        "rules/values.toml",
        "--format",
        "jsonl",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let facts: Vec<ExtractedFact> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    let length = facts.iter().find(|f| f.value_type == "length").unwrap();
    assert_eq!(
        (length.text.as_str(), length.unit.as_str()),
        ("683-mile", "m")
    );
    let days = facts.iter().find(|f| f.value_type == "duration").unwrap();
    assert_eq!(days.qualifier.as_deref(), Some("approx"));
    let date = facts.iter().find(|f| f.value_type == "date").unwrap();
    assert_eq!(
        date.value,
        serde_json::Value::Null,
        "no publication date: unresolved"
    );
    assert_eq!(date.relative.as_ref().unwrap().expression, "last month");
}

#[test]
fn the_seed_report_with_its_word_findings_decodes_too() {
    let run = factdiff(&["check", SEED, "--format", "json", "--show-agreements"]);
    let report: Report =
        serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    let drift = report
        .findings
        .iter()
        .find(|f| f.kind == "passage-drift")
        .expect("S2");
    assert!(
        drift
            .diff
            .as_ref()
            .is_some_and(|d| d.iter().any(|p| p.op == "delete"))
    );
    assert!(
        drift
            .claims
            .iter()
            .all(|c| c.unit == "text" && c.value == serde_json::Value::String(c.text.clone()))
    );
}

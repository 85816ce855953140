//! Report tests over two hand-made articles whose facts are built by hand.

use super::*;
use crate::diff;
use crate::extract::Fact;
use crate::rules::{RuleFile, load};
use crate::source::article;
use crate::values::{Dimension, NumberForm, Quantity};

const A: &str = "Headline\nThe train’s speed was 37 mph, officials said.";
const B: &str = "It went 25 mph.";

fn speed(mph: f64) -> Value {
    Value::Quantity(Quantity {
        dimension: Dimension::Speed,
        unit: "m/s",
        value: mph * 0.44704,
        precision: 0.5 * 0.44704,
        qualifier: None,
        low: None,
        high: None,
        form: NumberForm::Digits,
    })
}

fn sample() -> Report {
    let rules = load(&[RuleFile::new(
        "t.toml",
        "[[fact]]\nid = \"vehicle-speed\"\ndescription = \"d\"\nvalue = \"speed\"\nseverity = \"error\"\nmessage = \"Speeds differ: {values}\"\n",
    )])
    .unwrap();
    let articles = vec![
        article("a", "dir/a.txt", A.to_string()),
        article("b", "dir/b.txt", B.to_string()),
    ];
    let at = |text: &str, s: &str| {
        let i = text.find(s).unwrap();
        Span::new(i, i + s.len())
    };
    let facts = vec![
        Fact {
            rule: 0,
            source: 0,
            span: at(A, "37 mph"),
            hedge: None,
            sentence: at(A, "The train’s speed was 37 mph, officials said."),
            subject: String::new(),
            value: speed(37.0),
        },
        Fact {
            rule: 0,
            source: 1,
            span: at(B, "25 mph"),
            hedge: None,
            sentence: at(B, B),
            subject: String::new(),
            value: speed(25.0),
        },
    ];
    let outcome = diff::diff(&facts, &rules, &[]);
    build(&articles, &facts, &outcome, &[], &[], &rules, Vec::new())
}

#[test]
fn claims_are_located_in_lines_and_character_columns() {
    let r = sample();
    assert_eq!(r.findings.len(), 1);
    let c = &r.findings[0].claims[0];
    assert_eq!(r.sources[c.source].id, "a");
    // Line 2; "The train’s speed was " is 22 characters (the apostrophe is 3 bytes).
    assert_eq!((c.start.line, c.start.column), (2, 23));
    assert_eq!((c.end.line, c.end.column), (2, 29));
    assert_eq!(c.text, "37 mph");
    assert_eq!(c.display, "59.55 km/h");
    assert_eq!(
        r.findings[0].message,
        "Speeds differ: 37 mph (a) vs 25 mph (b)"
    );
    assert_eq!(
        r.summary,
        Summary {
            errors: 1,
            warnings: 0,
            infos: 0,
            sources: 2,
            input_errors: 0
        }
    );
}

#[test]
fn the_exit_code_comes_from_the_summary() {
    let s = sample().summary;
    assert_eq!(s.exit_code(FailOn::At(Severity::Error)), 1);
    assert_eq!(s.exit_code(FailOn::Never), 0);
    let warnings_only = Summary {
        errors: 0,
        warnings: 2,
        ..s
    };
    assert_eq!(warnings_only.exit_code(FailOn::At(Severity::Error)), 0);
    assert_eq!(warnings_only.exit_code(FailOn::At(Severity::Warning)), 1);
    assert_eq!(
        Summary {
            input_errors: 1,
            ..s
        }
        .exit_code(FailOn::Never),
        2
    );
}

#[test]
fn the_human_report_marks_values_and_colours_only_when_asked() {
    let r = sample();
    let mut plain = Vec::new();
    human::render(&r, false, false, &mut plain).unwrap();
    let plain = String::from_utf8(plain).unwrap();
    assert!(
        plain.starts_with("error[vehicle-speed]: Speeds differ: 37 mph (a) vs 25 mph (b)\n"),
        "{plain}"
    );
    // A compiler-style snippet: the line with its number, the value underlined and labelled.
    assert!(
        plain.contains(
            " --> dir/a.txt:2:23\n  |\n2 | The train’s speed was 37 mph, officials said.\n  |                       ^^^^^^ a says 37 mph (59.55 km/h)\n"
        ),
        "{plain}"
    );
    assert!(
        plain.ends_with("1 error, 0 warnings, 0 infos in 2 sources\n"),
        "{plain}"
    );
    assert!(!plain.contains('\u{1b}'));
    let mut coloured = Vec::new();
    human::render(&r, false, true, &mut coloured).unwrap();
    assert!(String::from_utf8(coloured).unwrap().contains('\u{1b}'));
}

#[test]
fn the_json_report_follows_the_contract() {
    let mut out = Vec::new();
    json::render(&sample(), &mut out).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["summary"]["errors"], 1);
    let f = &v["findings"][0];
    assert_eq!(
        (
            f["kind"].as_str(),
            f["fact"].as_str(),
            f["severity"].as_str()
        ),
        (Some("conflict"), Some("vehicle-speed"), Some("error"))
    );
    let c = &f["claims"][1];
    assert_eq!(c["source"], "b");
    assert_eq!(c["text"], "25 mph");
    assert_eq!(c["unit"], "m/s");
    assert_eq!(
        (c["start"].as_u64(), c["end"].as_u64()),
        (Some(8), Some(14))
    );
    assert_eq!(
        (c["line"].as_u64(), c["column"].as_u64()),
        (Some(1), Some(9))
    );
    assert_eq!(c["sentence"], B);
    assert!(c.get("qualifier").is_none());
    assert!(!String::from_utf8(out).unwrap().contains('\u{1b}'));
}

#[test]
fn long_lines_are_cut_around_the_value() {
    // A news paragraph is one long line: the snippet shows the part around the value.
    let long = format!(
        "{}It went 25 mph.{}\n",
        "word ".repeat(60),
        " more".repeat(60)
    );
    let rules = load(&[RuleFile::new(
        "t.toml",
        "[[fact]]\nid = \"vehicle-speed\"\ndescription = \"d\"\nvalue = \"speed\"\nseverity = \"error\"\nmessage = \"Speeds differ: {values}\"\n",
    )])
    .unwrap();
    let articles = vec![
        article("a", "dir/a.txt", A.to_string()),
        article("b", "dir/b.txt", long.clone()),
    ];
    let at = long.find("25 mph").unwrap();
    let a_at = A.find("37 mph").unwrap();
    let first = Fact {
        rule: 0,
        source: 0,
        span: Span::new(a_at, a_at + 6),
        hedge: None,
        sentence: Span::new(A.find("The").unwrap(), A.len()),
        subject: String::new(),
        value: speed(37.0),
    };
    let second = Fact {
        source: 1,
        span: Span::new(at, at + 6),
        sentence: Span::new(0, long.len() - 1),
        value: speed(25.0),
        ..first.clone()
    };
    let facts = vec![first, second];
    let outcome = diff::diff(&facts, &rules, &[]);
    let r = build(&articles, &facts, &outcome, &[], &[], &rules, Vec::new());
    let mut out = Vec::new();
    human::render(&r, false, false, &mut out).unwrap();
    let out = String::from_utf8(out).unwrap();
    let line = out.lines().find(|l| l.contains("25 mph.")).unwrap();
    assert!(
        line.contains("...") && line.contains("word It went 25 mph. more"),
        "{line}"
    );
    assert!(line.chars().count() <= 140, "{line}");
}

#[test]
fn a_quotation_longer_than_its_sentence_is_shown_whole() {
    // "“Well, look, he is." ends a sentence; the quotation runs on into the next one.
    let rules = load(&[RuleFile::new(
        "t.toml",
        "[[fact]]\nid = \"quote-drift\"\ndescription = \"d\"\nvalue = \"quote\"\nseverity = \"warning\"\nmessage = \"Quotes differ: {values}\"\n",
    )])
    .unwrap();
    let a = "“Well, look, he is. I mean, he’s a dictator,” Biden said.";
    let b = "Biden said, “Well, look, he is a dictator.”";
    let articles = vec![
        article("a", "a.txt", a.to_string()),
        article("b", "b.txt", b.to_string()),
    ];
    let at = |text: &str, s: &str| {
        let i = text.find(s).unwrap();
        Span::new(i, i + s.len())
    };
    let drift = Drift {
        kind: FindingKind::QuoteDrift,
        rule: 0,
        severity: Severity::Warning,
        sides: vec![
            crate::drift::Side {
                source: 0,
                span: at(a, "Well, look, he is. I mean, he’s a dictator"),
                sentence: at(a, "“Well, look, he is."),
                group: 0,
            },
            crate::drift::Side {
                source: 1,
                span: at(b, "Well, look, he is a dictator."),
                sentence: at(b, b),
                group: 1,
            },
        ],
        diff: Vec::new(),
        summary: "s".to_string(),
        agreement: false,
    };
    let r = build(
        &articles,
        &[],
        &Outcome::default(),
        &[drift],
        &[],
        &rules,
        Vec::new(),
    );
    let c = &r.findings[0].claims[0];
    assert!(
        c.sentence.contains("I mean, he’s a dictator"),
        "{}",
        c.sentence
    );
    let mut out = Vec::new();
    human::render(&r, false, false, &mut out).unwrap();
    let out = String::from_utf8(out).unwrap();
    assert!(
        out.contains("1 | “Well, look, he is. I mean, he’s a dictator,” Biden said.\n  |  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ a writes"),
        "{out}"
    );
}

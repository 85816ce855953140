//! Every report format, over one shared sample (`tests/data/sample report/`: three invented
//! articles whose findings cover every kind, with text that is hostile to every format:
//! pipes, backticks, `<script>`, a mention, a space in the path) and over the seed cluster.
//! Snapshots (`tests/snapshots/`) pin the bytes; the SARIF is also validated against the
//! official schema (`tests/fixtures/sarif-schema-2.1.0.json`).

mod common;
use common::*;

const SAMPLE: &str = "tests/data/sample report";
const FORMATS: [&str; 7] = [
    "human", "json", "jsonl", "markdown", "sarif", "github", "html",
];

fn render(cluster: &str, format: &str) -> String {
    let run = factdiff(&[
        "check",
        cluster,
        "--format",
        format,
        "--color",
        "never",
        "--fail-on",
        "never",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    run.stdout
}

#[test]
fn every_format_of_the_sample_report() {
    for format in FORMATS {
        insta::assert_snapshot!(format!("sample-{format}"), render(SAMPLE, format));
    }
}

#[test]
fn every_format_of_the_seed_cluster() {
    for format in FORMATS {
        insta::assert_snapshot!(format!("seed-{format}"), render(SEED, format));
    }
}

fn sarif_validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/fixtures/sarif-schema-2.1.0.json")).unwrap(),
    )
    .unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the vendored schema compiles")
}

#[test]
fn the_sarif_is_valid_against_the_official_schema() {
    let validator = sarif_validator();
    for cluster in [
        SAMPLE,
        SEED,
        "fixtures/alder-creek-floods-constructed-undated",
    ] {
        let log: serde_json::Value = serde_json::from_str(&render(cluster, "sarif")).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&log)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{cluster}: {}", errors.join("\n"));
    }
    // The validator is not a formality: a level SARIF does not know is refused.
    let mut bad: serde_json::Value = serde_json::from_str(&render(SEED, "sarif")).unwrap();
    bad["runs"][0]["results"][0]["level"] = "fatal".into();
    bad["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        0.into();
    assert_eq!(validator.iter_errors(&bad).count(), 2);
}

#[test]
fn sarif_locates_each_finding_and_links_the_other_sources() {
    let log: serde_json::Value = serde_json::from_str(&render(SEED, "sarif")).unwrap();
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "utf16CodeUnits");
    let s1 = &run["results"][0];
    assert_eq!(s1["ruleId"], "vehicle-speed");
    assert_eq!(s1["level"], "error");
    let region = &s1["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 2);
    assert_eq!(region["startColumn"], 288);
    assert_eq!(region["endColumn"], 305);
    let related = &s1["relatedLocations"][0];
    assert_eq!(
        related["physicalLocation"]["artifactLocation"]["uri"],
        "fixtures/kim-putin-2023/001_9d6b5a4998291132.txt"
    );
    assert!(
        s1["message"]["text"]
            .as_str()
            .unwrap()
            .contains("[25 miles per hour in 001_9d6b5a4998291132](1)")
    );
    let rule = &run["tool"]["driver"]["rules"][s1["ruleIndex"].as_u64().unwrap() as usize];
    assert_eq!(rule["id"], "vehicle-speed");
    // A space in a path is percent-encoded.
    let log: serde_json::Value = serde_json::from_str(&render(SAMPLE, "sarif")).unwrap();
    let uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
        ["uri"]
        .as_str()
        .unwrap();
    assert!(uri.starts_with("tests/data/sample%20report/"), "{uri}");
}

#[test]
fn sarif_fingerprints_do_not_move_with_the_text_around_a_finding() {
    let dir = temp_dir("fingerprints");
    let a = "The train travelled at 37 mph.\n";
    let b = "The train travelled at 25 mph.\n";
    write(&dir, "a.txt", a);
    write(&dir, "b.txt", b);
    let first: serde_json::Value =
        serde_json::from_str(&render(dir.to_str().unwrap(), "sarif")).unwrap();
    write(
        &dir,
        "a.txt",
        format!("A new first paragraph.\n\nAnd another.\n\n{a}"),
    );
    let second: serde_json::Value =
        serde_json::from_str(&render(dir.to_str().unwrap(), "sarif")).unwrap();
    let key = |log: &serde_json::Value| {
        log["runs"][0]["results"][0]["partialFingerprints"]["factdiff/v1"].clone()
    };
    let line = |log: &serde_json::Value| {
        log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"]
            .clone()
    };
    assert_ne!(line(&first), line(&second));
    assert_eq!(key(&first), key(&second));
    write(&dir, "b.txt", "The train travelled at 30 mph.\n");
    let third: serde_json::Value =
        serde_json::from_str(&render(dir.to_str().unwrap(), "sarif")).unwrap();
    assert_ne!(key(&first), key(&third));
}

#[test]
fn github_commands_escape_paths_and_messages_as_the_runner_requires() {
    let dir = temp_dir("github-escape");
    write(
        &dir,
        "one, two: 100%.txt",
        "The train travelled at 37 mph.\n",
    );
    write(&dir, "z.txt", "The train travelled at 25 mph.\n");
    let out = render(dir.to_str().unwrap(), "github");
    let line = out.lines().find(|l| l.starts_with("::error ")).unwrap();
    assert!(
        line.contains("one%2C two%3A 100%25.txt,line=1,endLine=1,col=24,endColumn=30,"),
        "{line}"
    );
    assert!(
        line.contains(",title=factdiff vehicle-speed (conflict)::"),
        "{line}"
    );
    // In the message only %, \r and \n are escaped.
    assert!(
        line.contains("37 mph (one, two: 100%25) vs 25 mph (z)"),
        "{line}"
    );
    // One line a finding: no raw line break can reach the runner.
    assert_eq!(
        out.lines().filter(|l| l.starts_with("::")).count(),
        out.lines().count()
    );
}

#[test]
fn the_markdown_comment_keeps_the_most_severe_findings_under_the_limit() {
    let full = render(SAMPLE, "markdown");
    assert!(full.chars().count() < factdiff::report::markdown::COMMENT_LIMIT);
    assert!(!full.contains("<script>"), "article text is escaped");
    assert!(full.contains("&lt;script&gt;"));
    assert!(!full.contains("@harbour"), "no mention is made");
    assert!(!full.contains("left out"));
    // The same report cut to a small limit keeps the error first and says how many were
    // left out.
    let short = markdown_at(2_000);
    assert!(short.chars().count() <= 2_000, "{}", short.chars().count());
    assert!(short.contains("### 🔴 error · `vehicle-speed`"), "{short}");
    assert!(
        short.contains("less severe findings left out to fit a comment"),
        "{short}"
    );
}

/// The sample's Markdown report at a given limit, through the library.
fn markdown_at(limit: usize) -> String {
    use factdiff::{report, rules, source};
    let loaded = source::load(
        &[root().join(SAMPLE)],
        source::InputFormat::Auto,
        &mut std::io::empty(),
    );
    let rules = rules::load(&rules::RuleFile::default_pack()).unwrap();
    let r = factdiff::check(&loaded.articles, &rules, Vec::new());
    report::markdown::render_limited(&r, limit)
}

#[test]
fn output_files_are_written_whole_and_a_failed_write_is_an_error() {
    let dir = temp_dir("output");
    let path = dir.join("report.sarif");
    let run = factdiff(&[
        "check",
        SEED,
        "--format",
        "sarif",
        "--output",
        path.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1, "the exit code still reports the findings");
    assert!(run.stdout.is_empty());
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(written, render(SEED, "sarif"));
    // No temporary file is left beside it.
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
    let run = factdiff(&["check", SEED, "--output", "/no/such/dir/report.txt"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("cannot write /no/such/dir/report.txt"),
        "{}",
        run.stderr
    );
}

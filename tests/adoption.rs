//! What a team sets up around the tool: `factdiff.toml` (found up the tree, or `--config`),
//! inline `factdiff-ignore` markers, a baseline so that only new findings fail, excluded paths,
//! `.factdiffignore` and glob patterns as inputs.

mod common;
use common::*;

use std::process::Command;

/// Runs the binary in `dir`.
fn factdiff_in(dir: &std::path::Path, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(args)
        .current_dir(dir)
        .env_remove("FACTDIFF_CONFIG")
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// A cluster where two articles disagree on a train's speed and a death toll.
fn cluster(name: &str) -> std::path::PathBuf {
    let dir = temp_dir(name);
    write(
        &dir,
        "news/a.txt",
        "The train travelled at 37 mph. Twelve people were killed.\n",
    );
    write(
        &dir,
        "news/b.txt",
        "The train travelled at 25 mph. Fifteen people were killed.\n",
    );
    dir
}

#[test]
fn the_nearest_configuration_sets_format_fail_on_ignored_facts_and_severities() {
    let dir = cluster("config");
    write(
        &dir,
        "factdiff.toml",
        "format = \"jsonl\"\nfail-on = \"warning\"\nignore = [\"death-toll\"]\n[severity]\nvehicle-speed = \"warning\"\n",
    );
    let sub = dir.join("news");
    let run = factdiff_in(&sub, &["check", "."]);
    assert_eq!(
        run.code, 1,
        "a warning fails with fail-on = warning: {}",
        run.stderr
    );
    let lines: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1, "{}", run.stdout);
    assert_eq!(lines[0]["fact"], "vehicle-speed");
    assert_eq!(lines[0]["severity"], "warning");
    assert!(
        run.stderr
            .contains("1 finding(s) of facts the configuration ignores not shown"),
        "{}",
        run.stderr
    );
    // Flags win over the configuration; --no-config ignores it.
    let run = factdiff_in(
        &sub,
        &["check", ".", "--format", "json", "--fail-on", "never"],
    );
    assert_eq!(run.code, 0);
    assert!(run.stdout.starts_with('{'));
    let run = factdiff_in(&sub, &["check", ".", "--no-config", "--format", "json"]);
    assert_eq!(json(&run)["findings"].as_array().unwrap().len(), 2);
}

#[test]
fn configuration_mistakes_are_located_and_exit_2() {
    let dir = cluster("config-bad");
    write(
        &dir,
        "factdiff.toml",
        "ignore = [\"deth-toll\"]\nformat = \"pdf\"\n",
    );
    let run = factdiff_in(&dir, &["check", "news"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("unknown format `pdf`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("factdiff.toml:2:10"), "{}", run.stderr);
    write(&dir, "factdiff.toml", "ignore = [\"deth-toll\"]\n");
    let run = factdiff_in(&dir, &["check", "news"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("error: no rule has the id `deth-toll`\n --> "),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("factdiff.toml:1:11\n"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty());
}

#[test]
fn an_inline_marker_silences_one_fact_in_its_article() {
    let dir = cluster("inline");
    write(
        &dir,
        "news/b.txt",
        "<!-- factdiff-ignore: vehicle-speed -->\nThe train travelled at 25 mph. Fifteen people were killed.\n",
    );
    let r = json(&factdiff_in(&dir, &["check", "news", "--format", "json"]));
    let facts: Vec<&str> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["fact"].as_str().unwrap())
        .collect();
    assert_eq!(facts, vec!["death-toll"]);
}

#[test]
fn a_baseline_is_written_then_only_new_findings_fail() {
    let dir = cluster("baseline");
    let run = factdiff_in(&dir, &["check", "news", "--baseline", "known.json"]);
    assert_eq!(
        run.code, 0,
        "the first run records the findings: {}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("wrote the baseline known.json with 2 finding(s)"),
        "{}",
        run.stderr
    );
    let known: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("known.json")).unwrap()).unwrap();
    assert_eq!(known["findings"].as_array().unwrap().len(), 2);
    // Unchanged: nothing new.
    let run = factdiff_in(&dir, &["check", "news", "--baseline", "known.json"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stderr
            .contains("2 finding(s) in the baseline not shown"),
        "{}",
        run.stderr
    );
    // A new disagreement fails; the known ones stay quiet, even after unrelated edits above.
    write(
        &dir,
        "news/c.txt",
        "A new paragraph.\n\nThe train travelled at 31 mph. Fifteen people were killed.\n",
    );
    let run = factdiff_in(
        &dir,
        &[
            "check",
            "news",
            "--baseline",
            "known.json",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 1);
    let facts: Vec<String> = json(&run)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["fact"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(facts, vec!["vehicle-speed"]);
    // A broken baseline is an error with its place.
    write(&dir, "broken.json", "{\"version\": 1,\n \"findings\": 3}\n");
    let run = factdiff_in(&dir, &["check", "news", "--baseline", "broken.json"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("broken.json:2:"), "{}", run.stderr);
}

#[test]
fn excluded_paths_ignore_files_and_glob_patterns_choose_the_articles() {
    let dir = cluster("paths");
    write(
        &dir,
        "news/drafts/c.txt",
        "The train travelled at 99 mph.\n",
    );
    write(&dir, "news/old.txt", "The train travelled at 80 mph.\n");
    let sources = |run: &Run| -> Vec<String> {
        json(run)["sources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        sources(&factdiff_in(&dir, &["check", "news", "--format", "json"])).len(),
        4
    );
    write(&dir, "factdiff.toml", "exclude = [\"drafts\"]\n");
    assert_eq!(
        sources(&factdiff_in(&dir, &["check", "news", "--format", "json"])),
        vec!["a", "b", "old"]
    );
    write(&dir, "news/.factdiffignore", "# old copy\nold.txt\n");
    assert_eq!(
        sources(&factdiff_in(&dir, &["check", "news", "--format", "json"])),
        vec!["a", "b"]
    );
    // Glob patterns and several paths at once.
    let run = factdiff_in(
        &dir,
        &[
            "check",
            "--no-config",
            "news/[ab].txt",
            "news/drafts",
            "--format",
            "json",
        ],
    );
    assert_eq!(sources(&run), vec!["a", "b", "c"]);
    let run = factdiff_in(&dir, &["check", "news/*.md"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("news/*.md: no article file matches this pattern"),
        "{}",
        run.stderr
    );
}

#[test]
fn no_progress_is_drawn_into_a_pipe_and_quiet_keeps_notes_out() {
    let dir = temp_dir("progress");
    for i in 0..60 {
        write(
            &dir,
            &format!("n{i:02}.txt"),
            format!("The train travelled at {} mph.\n", 30 + i % 2),
        );
    }
    write(&dir, "notes.pdf", "not an article");
    let run = factdiff_in(&dir, &["check", ".", "--format", "json"]);
    assert!(!run.stderr.contains("articles"), "{}", run.stderr);
    assert!(
        run.stderr.contains("note: skipped notes.pdf"),
        "{}",
        run.stderr
    );
    let run = factdiff_in(&dir, &["check", ".", "--format", "json", "--quiet"]);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

//! Bad inputs get a clear message and exit code 2; one bad article is reported and the others
//! are still checked. Inputs are never written to.

mod common;
use common::*;

const SPEED_A: &str = "The train travelled at 40 mph through the valley.";
const SPEED_B: &str = "Witnesses said the train travelled at 60 mph before it derailed.";

#[test]
fn a_missing_file_is_an_error() {
    let run = factdiff(&["check", "no/such/article.txt"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("error: no/such/article.txt: no such file or directory"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_directory_with_no_articles_is_an_error() {
    let dir = temp_dir("no-articles");
    write(&dir, "photo.jpg", [0xffu8, 0xd8]);
    let run = factdiff(&["check", dir.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("note: skipped"), "{}", run.stderr);
    assert!(
        run.stderr.contains("no articles found in this directory"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_bad_article_is_reported_and_the_others_still_checked() {
    let dir = temp_dir("bad-article");
    write(&dir, "a.txt", SPEED_A);
    write(&dir, "b.txt", SPEED_B);
    write(&dir, "c.txt", b"The train\n\xff\xfe broke down.");
    write(&dir, "d.txt", "   \n");
    let before: Vec<Vec<u8>> = ["a.txt", "b.txt", "c.txt", "d.txt"]
        .iter()
        .map(|n| std::fs::read(dir.join(n)).unwrap())
        .collect();
    let run = factdiff(&["check", dir.to_str().unwrap(), "--format", "json"]);
    assert_eq!(run.code, 2, "an unreadable input makes the run fail");
    assert!(
        run.stderr.contains("c.txt:2:1: not valid UTF-8 text"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("d.txt: the article is empty"),
        "{}",
        run.stderr
    );
    let report = json(&run);
    assert_eq!(report["summary"]["sources"], 2);
    assert_eq!(report["summary"]["input_errors"], 2);
    assert_eq!(
        report["findings"][0]["fact"], "vehicle-speed",
        "the good articles are still compared"
    );
    let after: Vec<Vec<u8>> = ["a.txt", "b.txt", "c.txt", "d.txt"]
        .iter()
        .map(|n| std::fs::read(dir.join(n)).unwrap())
        .collect();
    assert_eq!(before, after, "inputs are never written to");
}

#[test]
fn standard_input_is_an_article() {
    let dir = temp_dir("stdin");
    let a = write(&dir, "a.txt", SPEED_A);
    let run = factdiff_with_input(&["check", &a, "-", "--format", "json"], SPEED_B.as_bytes());
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = json(&run);
    let sources: Vec<&str> = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(sources, vec!["a", "stdin"]);
}

#[test]
fn json_lines_articles_with_a_bad_line() {
    let dir = temp_dir("jsonl");
    let lines = format!(
        "{{\"id\": \"wire\", \"text\": \"{SPEED_A}\", \"published\": \"2024-06-13\"}}\n{{\"id\": \"broken\", \n{{\"text\": \"{SPEED_B}\"}}\n"
    );
    let path = write(&dir, "cluster.jsonl", lines);
    let run = factdiff(&["check", &path, "--format", "json"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("cluster.jsonl:2:"), "{}", run.stderr);
    let report = json(&run);
    assert_eq!(report["sources"][0]["id"], "wire");
    assert_eq!(report["sources"][0]["published"], "2024-06-13");
    assert_eq!(report["sources"][0]["published_from"], "jsonl");
    assert_eq!(report["sources"][1]["id"], "line-3");
    assert_eq!(report["findings"][0]["fact"], "vehicle-speed");
}

#[test]
fn an_unknown_id_in_published_is_an_error() {
    let dir = temp_dir("published");
    let a = write(&dir, "a.txt", SPEED_A);
    let run = factdiff(&["check", &a, "--published", "zzz=2024-01-01"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("--published: no article has the id `zzz`"),
        "{}",
        run.stderr
    );
    let run = factdiff(&["check", &a, "--published", "a=June 2024"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("not a date in the form YYYY-MM-DD"),
        "{}",
        run.stderr
    );
}

#[test]
fn bad_arguments_exit_with_2() {
    assert_eq!(factdiff(&["check"]).code, 2);
    assert_eq!(factdiff(&["check", SEED, "--format", "yaml"]).code, 2);
    assert_eq!(factdiff(&["check", SEED, "--fail-on", "sometimes"]).code, 2);
    let run = factdiff(&["check", SEED, "--no-default-rules"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no rules to check"), "{}", run.stderr);
}

#[test]
fn a_broken_pipe_is_a_clean_exit() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let dir = temp_dir("pipe");
    let text: String = (0..3000)
        .map(|i| format!("The train travelled {i} miles in {i} hours.\n"))
        .collect();
    let path = write(&dir, "big.txt", text);
    let mut child = Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args([
            "extract",
            &path,
            "--no-default-rules",
            "--rules",
            "rules/values.toml",
            "--format",
            "jsonl",
        ])
        .current_dir(root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

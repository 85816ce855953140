//! `factdiff diff` on a git repository each test builds in a temporary directory: a copy of the
//! seed cluster, then commits that correct `001_…` from 25 to 37 mph (resolves S1), move it on
//! to 52 mph (introduces a conflict), and delete one article while adding another (a third
//! figure joins that conflict). Also two files and two folders outside git. The working tree
//! is checked byte for byte after every run.

mod common;
use common::*;

use std::path::{Path, PathBuf};
use std::process::Command;

const ARTICLE: &str = "story/001_9d6b5a4998291132.txt";
const SENTENCE_25: &str = "only traveled 25 miles per hour";

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args([
            "-c",
            "user.name=factdiff tests",
            "-c",
            "user.email=tests@factdiff.invalid",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .expect("git runs (.ci/run installs it)");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Replaces `from` with `to` in `dir/path` and commits it under `tag`.
fn edit(dir: &Path, path: &str, from: &str, to: &str, tag: &str) {
    let file = dir.join(path);
    let text = std::fs::read_to_string(&file).unwrap();
    assert_eq!(text.matches(from).count(), 1, "{from} once in {path}");
    std::fs::write(&file, text.replace(from, to)).unwrap();
    git(dir, &["commit", "-q", "-am", tag]);
    git(dir, &["tag", tag]);
}

/// The repository: tags `base` (the seed as it is), `fix` (25 → 37 mph), `worse` (37 → 52
/// mph) and `reshuffle` (004 deleted, 005 added with a third speed).
fn repository(name: &str) -> PathBuf {
    let dir = temp_dir(name);
    git(&dir, &["init", "-q", "."]);
    for entry in std::fs::read_dir(root().join(SEED)).unwrap() {
        let entry = entry.unwrap();
        let to = dir.join("story").join(entry.file_name());
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(entry.path(), to).unwrap();
    }
    write(&dir, "README.md", "Not an article folder of its own.\n");
    git(&dir, &["add", "-A"]);
    git(&dir, &["commit", "-q", "-m", "base"]);
    git(&dir, &["tag", "base"]);
    edit(
        &dir,
        ARTICLE,
        SENTENCE_25,
        "only traveled 37 miles per hour",
        "fix",
    );
    edit(
        &dir,
        ARTICLE,
        "traveled 37 miles",
        "traveled 52 miles",
        "worse",
    );
    git(&dir, &["rm", "-q", "story/004_5ff9f7e693aef6ae.txt"]);
    write(
        &dir,
        "story/005_railway.txt",
        "Kim arrives in Vladivostok\n\nNorth Korean leader Kim Jong Un arrived in Vladivostok \
         on Wednesday. His armored train traveled at 60 miles per hour for most of the journey, \
         a Russian railway official said.\n",
    );
    git(&dir, &["add", "-A"]);
    git(&dir, &["commit", "-q", "-m", "reshuffle"]);
    git(&dir, &["tag", "reshuffle"]);
    dir
}

/// Every file of the working tree (outside .git) with its bytes.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if path.file_name().unwrap() != ".git" {
                    stack.push(path);
                }
            } else {
                out.push((path.clone(), std::fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

/// Runs `factdiff diff ARGS` in `dir` and checks that the working tree, the index and HEAD
/// are as they were.
fn diff_in(dir: &Path, args: &[&str]) -> Run {
    let (files, head, status) = (
        snapshot(dir),
        git(dir, &["rev-parse", "HEAD"]),
        git(dir, &["status", "--porcelain"]),
    );
    let mut all = vec!["diff"];
    all.extend_from_slice(args);
    let run = factdiff_in(dir, &all);
    assert_eq!(snapshot(dir), files, "the working tree is untouched");
    assert_eq!(
        git(dir, &["rev-parse", "HEAD"]),
        head,
        "HEAD is where it was"
    );
    assert_eq!(
        git(dir, &["status", "--porcelain"]),
        status,
        "nothing staged or changed"
    );
    run
}

fn article<'a>(r: &'a serde_json::Value, path: &str) -> &'a serde_json::Value {
    r["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["path"] == path)
        .unwrap_or_else(|| panic!("{path} in {r:#}"))
}

fn facts(a: &serde_json::Value) -> Vec<&serde_json::Value> {
    a["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["item"] == "fact")
        .collect()
}

/// The (verdict, severity, fact) of each effect other than "leaves".
fn verdicts(a: &serde_json::Value) -> Vec<(String, String, String)> {
    a["effects"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["verdict"] != "leaves")
        .map(|e| {
            let s = |k: &str| e[k].as_str().unwrap().to_string();
            (s("verdict"), s("severity"), s("fact"))
        })
        .collect()
}

fn triple(v: &str, s: &str, f: &str) -> (String, String, String) {
    (v.to_string(), s.to_string(), f.to_string())
}

#[test]
fn correcting_001_to_37_mph_changes_one_fact_and_resolves_s1() {
    let dir = repository("diff-fix");
    let run = diff_in(&dir, &["--git", "base..fix", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let r = json(&run);
    assert_eq!(
        (r["version"].as_u64(), &r["base"], &r["head"]),
        (Some(1), &"base".into(), &"fix".into())
    );
    assert_eq!(r["articles"].as_array().unwrap().len(), 1, "{r:#}");
    let a = article(&r, ARTICLE);
    assert_eq!(a["status"], "modified");
    let changed = facts(a);
    assert_eq!(changed.len(), 1, "{changed:#?}");
    let c = changed[0];
    assert_eq!(
        (&c["change"], &c["fact"], &c["subject"]),
        (&"changed".into(), &"vehicle-speed".into(), &"train".into())
    );
    assert_eq!(
        (&c["before"]["written"], &c["after"]["written"]),
        (&"25 miles per hour".into(), &"37 miles per hour".into())
    );
    assert_eq!(
        (&c["before"]["display"], &c["after"]["display"]),
        (&"40.23 km/h".into(), &"59.55 km/h".into())
    );
    assert_eq!(
        (&c["after"]["line"], &c["after"]["column"]),
        (&12.into(), &239.into())
    );
    let ops: Vec<(&str, &str)> = c["diff"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["op"] != "equal")
        .map(|p| (p["op"].as_str().unwrap(), p["text"].as_str().unwrap()))
        .collect();
    assert_eq!(ops, vec![("delete", "25"), ("insert", "37")]);
    let sentence = c["after"]["sentence"].as_str().unwrap();
    assert!(
        sentence.contains("border with Russia in an armored train"),
        "{sentence}"
    );
    assert!(sentence.ends_with("37 miles per hour."), "{sentence}");
    assert_eq!(
        verdicts(a),
        vec![triple("resolves", "error", "vehicle-speed")]
    );
    let s1 = &a["effects"][0]["message"];
    assert!(s1.as_str().unwrap().contains("25 miles per hour"), "{s1}");
    assert_eq!(r["summary"]["resolved"], 1);
    assert_eq!(r["summary"]["introduced"], 0);
    assert_eq!(r["summary"]["facts_changed"], 1);
}

#[test]
fn moving_it_on_to_52_mph_introduces_a_conflict_and_fails_the_run() {
    let dir = repository("diff-worse");
    let run = diff_in(&dir, &["--git", "fix..worse", "--format", "json"]);
    assert_eq!(run.code, 1, "an error introduced: {}", run.stderr);
    let r = json(&run);
    let a = article(&r, ARTICLE);
    assert_eq!(facts(a).len(), 1);
    assert_eq!(facts(a)[0]["after"]["written"], "52 miles per hour");
    assert_eq!(
        verdicts(a),
        vec![triple("introduces", "error", "vehicle-speed")]
    );
    let message = a["effects"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("37 miles per hour") && message.contains("52 miles per hour"),
        "{message}"
    );
    // A threshold above the finding lets it through; the human view says the same.
    assert_eq!(
        diff_in(&dir, &["--git", "fix..worse", "--fail-on", "never"]).code,
        0
    );
    let human = diff_in(&dir, &["--git", "fix..worse"]);
    assert_eq!(human.code, 1);
    assert!(
        human.stdout.contains("introduces error[vehicle-speed]"),
        "{}",
        human.stdout
    );
    assert!(human.stdout.contains("[-37-] {+52+}"), "{}", human.stdout);
    assert!(!human.stdout.contains('\x1b'), "no colour into a pipe");
    assert!(
        human
            .stdout
            .contains("leaves 6 findings as they were: quote-drift ×3, passage-drift"),
        "{}",
        human.stdout
    );
    let coloured = diff_in(&dir, &["--git", "fix..worse", "--color", "always"]);
    assert!(
        coloured.stdout.contains("\x1b[32m{+52+}\x1b[0m"),
        "{}",
        coloured.stdout
    );
    assert!(
        human
            .stdout
            .ends_with("1 fact changed; resolves 0 findings, introduces 1\n"),
        "{}",
        human.stdout
    );
    // Over both commits, 25 → 52: one wrong figure for another, the conflict changed (with
    // its old message), neither better nor worse, and not a failure.
    let both = diff_in(&dir, &["--git", "base..worse", "--format", "json"]);
    assert_eq!(both.code, 0);
    let a = article(&json(&both), ARTICLE).clone();
    assert_eq!(
        verdicts(&a),
        vec![triple("changes", "error", "vehicle-speed")]
    );
    assert!(
        a["effects"][0]["before"]
            .as_str()
            .unwrap()
            .contains("25 miles per hour")
    );
}

#[test]
fn deleted_and_added_articles_are_read_at_their_revision() {
    let dir = repository("diff-reshuffle");
    let run = diff_in(&dir, &["--git", "worse..reshuffle", "--format", "json"]);
    let r = json(&run);
    assert_eq!(
        article(&r, "story/004_5ff9f7e693aef6ae.txt")["status"],
        "deleted"
    );
    let added = article(&r, "story/005_railway.txt");
    assert_eq!(added["status"], "added");
    let c = facts(added);
    assert!(
        c.iter()
            .all(|c| c["change"] == "added" && c["before"].is_null()),
        "{c:#?}"
    );
    assert!(
        c.iter()
            .any(|c| c["fact"] == "vehicle-speed" && c["after"]["written"] == "60 miles per hour")
    );
    // 60 mph joins the 37-vs-52 conflict: worse, not new, and still a failure.
    assert_eq!(
        verdicts(added),
        vec![triple("worsens", "error", "vehicle-speed")]
    );
    let was = added["effects"][0]["before"].as_str().unwrap();
    assert!(
        was.contains("52 miles per hour") && !was.contains("60"),
        "{was}"
    );
    assert_eq!(run.code, 1);
    assert_eq!(r["summary"]["worsened"], 1);
}

#[test]
fn paths_limit_the_files_looked_at_and_ranges_take_the_usual_forms() {
    let dir = repository("diff-paths");
    let none = json(&diff_in(
        &dir,
        &["--git", "base..fix", "--format", "json", "README.md"],
    ));
    assert_eq!(none["articles"], serde_json::json!([]));
    let story = json(&diff_in(
        &dir,
        &["--git", "base..fix", "--format", "json", "story"],
    ));
    assert_eq!(story["articles"].as_array().unwrap().len(), 1);
    // From inside the folder, paths are relative to it, as git gives them.
    let inside = factdiff_in(
        &dir.join("story"),
        &["diff", "--git", "base..fix", "--format", "json"],
    );
    assert_eq!(
        json(&inside)["articles"][0]["path"],
        "001_9d6b5a4998291132.txt"
    );
    // BASE.. runs to HEAD; BASE...HEAD starts where HEAD branched off.
    let to_head = json(&diff_in(&dir, &["--git", "worse..", "--format", "json"]));
    assert_eq!(to_head["head"], "HEAD");
    assert_eq!(to_head["articles"].as_array().unwrap().len(), 2);
    let three_dots = json(&diff_in(
        &dir,
        &["--git", "reshuffle...fix", "--format", "json"],
    ));
    assert_eq!(
        three_dots["articles"],
        serde_json::json!([]),
        "fix is an ancestor: nothing new on it"
    );
}

#[test]
fn a_dirty_working_tree_is_neither_read_nor_touched() {
    let dir = repository("diff-dirty");
    // An uncommitted edit that would otherwise resolve the conflict.
    let text = std::fs::read_to_string(dir.join(ARTICLE))
        .unwrap()
        .replace("60 miles", "37 miles")
        .replace("52 miles", "37 miles");
    std::fs::write(dir.join(ARTICLE), &text).unwrap();
    let r = json(&diff_in(&dir, &["--git", "fix..worse", "--format", "json"]));
    assert_eq!(
        verdicts(article(&r, ARTICLE)),
        vec![triple("introduces", "error", "vehicle-speed")]
    );
    assert_eq!(std::fs::read_to_string(dir.join(ARTICLE)).unwrap(), text);
}

#[test]
fn a_revision_alone_compares_it_with_uncommitted_edits() {
    let dir = repository("diff-worktree");
    // Not yet committed: 001 back to 37 mph, and a new article nobody has added to git.
    let text = std::fs::read_to_string(dir.join(ARTICLE)).unwrap();
    std::fs::write(dir.join(ARTICLE), text.replace("52 miles", "37 miles")).unwrap();
    write(
        &dir,
        "story/006_late.txt",
        "Late news\n\nOfficials said Kim Jong Un's armored train traveled at 37 miles per hour.\n",
    );
    let run = diff_in(&dir, &["--git", "HEAD", "--format", "json"]);
    let r = json(&run);
    assert_eq!(r["head"], "the working tree");
    let fixed = article(&r, ARTICLE);
    assert_eq!(facts(fixed)[0]["after"]["written"], "37 miles per hour");
    assert_eq!(article(&r, "story/006_late.txt")["status"], "added");
    // 37 vs 52 vs 60 before; 37 (000, 001, 006) vs 60 after: one position fewer. (The new
    // article also shares a passage with 005, an info.)
    let all: Vec<_> = r["articles"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(verdicts)
        .filter(|(_, severity, _)| severity != "info")
        .collect();
    assert_eq!(
        all,
        vec![triple("changes", "error", "vehicle-speed")],
        "{r:#}"
    );
    assert_eq!(run.code, 0);
    // Files git ignores are not articles of the change.
    write(&dir, ".gitignore", "drafts/\n");
    write(
        &dir,
        "story/drafts/007_draft.txt",
        "The train traveled at 99 miles per hour.\n",
    );
    let r = json(&diff_in(&dir, &["--git", "HEAD", "--format", "json"]));
    assert!(
        r["articles"]
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["path"] != "story/drafts/007_draft.txt")
    );
}

#[test]
fn bad_ranges_and_folders_outside_a_repository_are_errors() {
    let dir = repository("diff-bad");
    for range in ["nosuch", "nosuch..fix", "..fix", "base..nosuch"] {
        let run = diff_in(&dir, &["--git", range]);
        assert_eq!(run.code, 2, "{range}: {}", run.stdout);
        assert!(run.stderr.starts_with("error: "), "{}", run.stderr);
    }
    assert!(
        diff_in(&dir, &["--git", "nosuch..fix"])
            .stderr
            .contains("`nosuch` is not a revision")
    );
    let outside = temp_dir("diff-outside");
    let run = factdiff_in(&outside, &["diff", "--git", "HEAD~1..HEAD"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with("error: not inside a git repository"),
        "{}",
        run.stderr
    );
    let one = factdiff_in(&outside, &["diff", "only-one.txt"]);
    assert_eq!(one.code, 2);
}

#[test]
fn two_files_and_two_folders_without_git() {
    let dir = temp_dir("diff-files");
    let seed = root().join(SEED);
    let corrected = dir.join("corrected");
    std::fs::create_dir_all(&corrected).unwrap();
    for entry in std::fs::read_dir(&seed).unwrap() {
        let entry = entry.unwrap();
        let text = std::fs::read_to_string(entry.path()).unwrap();
        write(
            &corrected,
            entry.file_name().to_str().unwrap(),
            text.replace(SENTENCE_25, "only traveled 37 miles per hour"),
        );
    }
    let old = seed.join("001_9d6b5a4998291132.txt");
    let new = corrected.join("001_9d6b5a4998291132.txt");
    // Two files: the cluster is the rest of the new version's folder.
    let files = factdiff_in(
        &dir,
        &[
            "diff",
            old.to_str().unwrap(),
            new.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert_eq!(files.code, 0, "{}", files.stderr);
    let r = json(&files);
    assert_eq!(r["articles"].as_array().unwrap().len(), 1);
    assert_eq!(
        verdicts(&r["articles"][0]),
        vec![triple("resolves", "error", "vehicle-speed")]
    );
    // Two folders: articles matched by name; only the changed one is listed.
    let folders = factdiff_in(
        &dir,
        &[
            "diff",
            seed.to_str().unwrap(),
            "corrected",
            "--format",
            "json",
        ],
    );
    let r = json(&folders);
    assert_eq!(r["articles"].as_array().unwrap().len(), 1, "{r:#}");
    assert_eq!(r["articles"][0]["path"], "001_9d6b5a4998291132.txt");
    assert_eq!(
        verdicts(&r["articles"][0]),
        vec![triple("resolves", "error", "vehicle-speed")]
    );
    // Nothing in the seed fixture was written to.
    let seed_text = std::fs::read_to_string(&old).unwrap();
    assert!(seed_text.contains(SENTENCE_25));
}

#[test]
fn the_pull_request_comment_for_a_fix_and_for_a_regression() {
    let dir = repository("diff-markdown");
    let fix = diff_in(&dir, &["--git", "base..fix", "--format", "markdown"]);
    assert_eq!(fix.code, 0);
    insta::assert_snapshot!("diff-fix-markdown", fix.stdout);
    let worse = diff_in(&dir, &["--git", "fix..worse", "--format", "markdown"]);
    assert_eq!(worse.code, 1);
    insta::assert_snapshot!("diff-worse-markdown", worse.stdout);
}

/// The diff JSON of docs/json.md, decoded by mirror types that refuse unknown fields.
mod contract {
    use serde::Deserialize;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    pub struct Diff {
        pub version: u32,
        pub base: String,
        pub head: String,
        pub articles: Vec<Article>,
        pub summary: Summary,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    pub struct Article {
        pub path: String,
        pub status: String,
        pub changes: Vec<Change>,
        pub effects: Vec<Effect>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    pub struct Change {
        pub change: String,
        pub item: String,
        pub fact: Option<String>,
        pub subject: Option<String>,
        pub before: Option<Side>,
        pub after: Option<Side>,
        #[serde(default)]
        pub diff: Vec<Part>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    pub struct Side {
        pub written: String,
        pub display: String,
        pub line: usize,
        pub column: usize,
        pub sentence: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    pub struct Part {
        pub op: String,
        pub text: String,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    pub struct Effect {
        pub verdict: String,
        pub kind: String,
        pub fact: String,
        pub subject: Option<String>,
        pub severity: String,
        pub message: String,
        pub before: Option<String>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    pub struct Summary {
        pub facts_changed: usize,
        pub words_changed: usize,
        pub introduced: usize,
        pub resolved: usize,
        pub worsened: usize,
    }
}

#[test]
fn the_json_is_the_documented_contract() {
    let dir = repository("diff-contract");
    let docs = std::fs::read_to_string(root().join("docs/json.md")).unwrap();
    let mut verdicts = std::collections::BTreeSet::new();
    for range in ["base..fix", "fix..worse", "base..worse", "worse..reshuffle"] {
        let run = diff_in(&dir, &["--git", range, "--format", "json"]);
        let d: contract::Diff = serde_json::from_str(&run.stdout)
            .unwrap_or_else(|e| panic!("{range}: {e}\n{}", run.stdout));
        assert_eq!(d.version, 1);
        for a in &d.articles {
            assert!(["added", "deleted", "modified"].contains(&a.status.as_str()));
            for c in &a.changes {
                assert!(["added", "removed", "changed"].contains(&c.change.as_str()));
                assert!(["fact", "quote", "name"].contains(&c.item.as_str()));
                assert!(
                    c.diff
                        .iter()
                        .all(|p| ["equal", "delete", "insert"].contains(&p.op.as_str()))
                );
            }
            verdicts.extend(a.effects.iter().map(|e| e.verdict.clone()));
        }
    }
    // Every verdict these ranges give is documented.
    for v in &verdicts {
        assert!(docs.contains(&format!("`{v}`")), "{v} in docs/json.md");
    }
    assert!(verdicts.len() >= 4, "{verdicts:?}");
}

#[test]
fn a_cluster_kept_as_json_lines_is_compared_record_by_record() {
    let dir = temp_dir("diff-jsonl");
    git(&dir, &["init", "-q", "."]);
    let mut lines = String::new();
    let mut names: Vec<_> = std::fs::read_dir(root().join(SEED))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for path in names {
        let id = path.file_stem().unwrap().to_str().unwrap()[..3].to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        lines += &format!("{}\n", serde_json::json!({"id": id, "text": text}));
    }
    write(&dir, "cluster.jsonl", &lines);
    git(&dir, &["add", "-A"]);
    git(&dir, &["commit", "-q", "-m", "base"]);
    git(&dir, &["tag", "base"]);
    edit(
        &dir,
        "cluster.jsonl",
        SENTENCE_25,
        "only traveled 37 miles per hour",
        "fix",
    );
    let r = json(&diff_in(&dir, &["--git", "base..fix", "--format", "json"]));
    assert_eq!(
        r["articles"].as_array().unwrap().len(),
        1,
        "only the edited record: {r:#}"
    );
    let a = article(&r, "cluster.jsonl#001");
    assert_eq!(facts(a)[0]["after"]["written"], "37 miles per hour");
    assert_eq!(
        verdicts(a),
        vec![triple("resolves", "error", "vehicle-speed")]
    );
}

#[test]
fn files_check_would_not_read_are_not_articles_of_a_change() {
    let dir = repository("diff-ignored");
    // A notes file and a draft beside the articles, left out as `check` leaves them out.
    write(&dir, "story/.factdiffignore", "notes.txt\n");
    write(&dir, "factdiff.toml", "exclude = [\"story/drafts\"]\n");
    write(
        &dir,
        "story/notes.txt",
        "The train traveled at 99 miles per hour, one reader wrote.\n",
    );
    write(
        &dir,
        "story/drafts/008_draft.txt",
        "The train traveled at 98 miles per hour.\n",
    );
    git(&dir, &["add", "-A"]);
    git(&dir, &["commit", "-q", "-m", "notes"]);
    let check = factdiff_in(
        &dir,
        &["check", "story", "--format", "json", "--fail-on", "never"],
    );
    let check_sources: Vec<String> = json(&check)["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    assert!(
        !check_sources
            .iter()
            .any(|id| id == "notes" || id == "008_draft"),
        "{check_sources:?}"
    );
    let r = json(&diff_in(
        &dir,
        &["--git", "HEAD~1..HEAD", "--format", "json"],
    ));
    assert_eq!(r["articles"], serde_json::json!([]), "{r:#}");
    // Nor are they part of a cluster a change is checked against: no 99 or 98 mph anywhere.
    let r = json(&diff_in(&dir, &["--git", "fix..HEAD", "--format", "json"]));
    let text = r.to_string();
    assert!(
        text.contains("52 miles per hour")
            && !text.contains("99 miles")
            && !text.contains("98 miles")
    );
}

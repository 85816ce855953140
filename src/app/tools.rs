//! The helper commands around the check: `init` (a starter configuration and rule file),
//! `explain` (one rule with its examples), `completions` and `man` (generated from the clap
//! definition, so they never drift from the real options).

use std::io::{self, Write};
use std::path::Path;

use clap::CommandFactory;
use factdiff::rules::{Expect, RelationExpect, RuleSet};

use super::{ERROR, load_rules};
use crate::cli::{Cli, RuleArgs};

const STARTER_CONFIG: &str = r#"# factdiff configuration: found by walking up from the current directory.
# Every key is optional; command-line flags win over it. See docs/config.md.

# Rule files added to the built-in pack, relative to this file.
rules = ["rules/local.toml"]

# The report format when --format is not given:
# human, json, jsonl, markdown, sarif, github or html.
# format = "human"

# Exit with 1 when a finding is at or above this level: error, warning, info or never.
# fail-on = "error"

# Paths never read as articles (globs, relative to this file; a .factdiffignore in an
# article directory does the same for that directory).
# exclude = ["drafts/**"]

# Facts never reported.
# ignore = ["wind-speed"]

# Severities that replace a rule's own.
# [severity]
# vehicle-speed = "warning"
"#;

const STARTER_RULES: &str = r#"# Local rules, added to factdiff's default pack. Every key is described in docs/rules.md.
# A rule names a fact by its value type and the words around it; factdiff reads the values.

[[fact]]
id = "local-budget"
description = "the budget of the project the story is about"
value = "money"
near = ["budget", "cost", "costs", "price tag"]
not = ["overrun", "last year", "previous"]
window = 6
severity = "warning"
message = "Sources disagree on the budget: {values}"

# Every example runs as a test (`factdiff rules check rules/local.toml`).
[[fact.example]]
text = "The new bridge has a budget of $1.2 billion, officials said."
expect = "$1.2 billion"

[[fact.example]]
text = "Last year's cost overrun of $40 million was not repeated."
expect = "none"
"#;

/// Writes the starter files into `dir`, never over an existing file.
pub fn init(dir: &Path) -> io::Result<u8> {
    let files = [
        (dir.join("factdiff.toml"), STARTER_CONFIG),
        (dir.join("rules/local.toml"), STARTER_RULES),
    ];
    if let Some((existing, _)) = files.iter().find(|(p, _)| p.exists()) {
        eprintln!(
            "error: {} exists already; init writes only new files",
            factdiff::source::display(existing)
        );
        return Ok(ERROR);
    }
    for (path, text) in &files {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, text)?;
        writeln!(io::stdout(), "wrote {}", factdiff::source::display(path))?;
    }
    Ok(0)
}

/// Prints one rule, word rule or relation with its examples.
pub fn explain(id: &str, args: &RuleArgs) -> io::Result<u8> {
    let Some(set) = load_rules(args, None) else {
        return Ok(ERROR);
    };
    let mut out = io::stdout().lock();
    match describe(&set, id) {
        Some(text) => {
            out.write_all(text.as_bytes())?;
            Ok(0)
        }
        None => {
            eprintln!(
                "error: no rule, word rule or relation has the id `{id}` (factdiff rules list shows them)"
            );
            Ok(ERROR)
        }
    }
}

fn phrases(list: &[factdiff::rules::Phrase]) -> String {
    list.iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The description of the rule `id`, if there is one.
pub fn describe(set: &RuleSet, id: &str) -> Option<String> {
    let mut s = String::new();
    if let Some(r) = set.rules.iter().find(|r| r.id == id) {
        s += &format!(
            "{} ({} rule, {}; {})\n  {}\n",
            r.id,
            r.value.name(),
            r.severity.name(),
            r.location,
            r.description
        );
        for (key, list) in [
            ("near", &r.near),
            ("not", &r.not),
            ("never", &r.never),
            ("counted", &r.counted),
        ] {
            if !list.is_empty() {
                s += &format!("  {key}: {}\n", phrases(list));
            }
        }
        if r.monotone {
            s += "  monotone: a higher figure published later is an update\n";
        }
        s += "  examples:\n";
        for ex in &r.examples {
            let expect = match &ex.expect {
                Expect::Nothing => "none".to_string(),
                Expect::Values(v) => v
                    .iter()
                    .map(|(w, _)| w.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            };
            s += &format!("    \"{}\" -> {expect}\n", ex.text);
        }
        return Some(s);
    }
    if let Some(r) = set.word_rules.iter().find(|r| r.id == id) {
        s += &format!(
            "{} ({} rule, {}; {})\n  {}\n  examples:\n",
            r.id,
            r.kind.name(),
            r.severity.name(),
            r.location,
            r.description
        );
        for ex in &r.examples {
            let expect = if ex.expect.is_empty() {
                "none".to_string()
            } else {
                ex.expect
                    .iter()
                    .map(|(a, b)| format!("{a} -> {b}"))
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            s += &format!("    \"{}\" / \"{}\" -> {expect}\n", ex.text, ex.other);
        }
        return Some(s);
    }
    let r = set.relations.iter().find(|r| r.id == id)?;
    s += &format!(
        "{} ({} relation, {}; {})\n  {}\n",
        r.id,
        r.kind.name(),
        r.severity.name(),
        r.location,
        r.description
    );
    let name = |i: usize| set.rules[i].id.as_str();
    if let Some(result) = r.result {
        s += &format!("  result: {}\n", name(result));
    }
    if !r.of.is_empty() {
        s += &format!(
            "  of: {}\n",
            r.of.iter().map(|&i| name(i)).collect::<Vec<_>>().join(", ")
        );
    }
    s += "  examples:\n";
    for ex in &r.examples {
        let expect = match ex.expect {
            RelationExpect::Holds => "holds",
            RelationExpect::Violated => "violated",
            RelationExpect::Nothing => "none",
        };
        s += &format!("    \"{}\" -> {expect}\n", ex.text);
    }
    Some(s)
}

/// Prints a completion script for `shell`.
pub fn completions(shell: clap_complete::Shell) -> io::Result<u8> {
    let mut cmd = Cli::command();
    // Into a buffer first: the generator panics on a write error such as a closed pipe.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "factdiff", &mut script);
    io::stdout().write_all(&script)?;
    Ok(0)
}

/// Prints the manual page.
pub fn man() -> io::Result<u8> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    io::stdout().write_all(&out)?;
    Ok(0)
}

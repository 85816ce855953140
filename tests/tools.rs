//! The helper commands: `init` writes a starter configuration and rule file that work as they
//! are and never overwrites, `explain` shows a rule with its examples, `completions` and `man`
//! are generated from the real options.

mod common;
use common::*;

#[test]
fn init_writes_working_starter_files_and_never_overwrites() {
    let dir = temp_dir("init");
    let d = dir.to_str().unwrap();
    let run = factdiff(&["init", d]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("factdiff.toml") && run.stdout.contains("rules/local.toml"));
    // The starter rule file is valid and its examples pass.
    let rules = dir.join("rules/local.toml");
    let run = factdiff(&["rules", "check", rules.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The starter configuration loads, adding the starter rule to the pack.
    let config = dir.join("factdiff.toml");
    let run = factdiff(&[
        "check",
        SEED,
        "--config",
        config.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let run = factdiff(&["init", d]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("exists already"), "{}", run.stderr);
}

#[test]
fn explain_shows_a_rule_its_words_and_examples() {
    let run = factdiff(&["explain", "vehicle-speed"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout
            .starts_with("vehicle-speed (speed rule, error; rules/speed.toml:"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("  near: "), "{}", run.stdout);
    assert!(run.stdout.contains("  examples:\n    \""), "{}", run.stdout);
    let run = factdiff(&["explain", "journey-arithmetic"]);
    assert!(
        run.stdout.contains("of: vehicle-speed, journey-duration"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("-> violated"), "{}", run.stdout);
    let run = factdiff(&["explain", "quote-drift"]);
    assert!(
        run.stdout.starts_with("quote-drift (quote rule"),
        "{}",
        run.stdout
    );
    let run = factdiff(&["explain", "no-such-rule"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("no rule, word rule or relation has the id `no-such-rule`")
    );
}

#[test]
fn completions_and_the_manual_come_from_the_real_options() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = factdiff(&["completions", shell]);
        assert_eq!(run.code, 0, "{shell}");
        assert!(run.stdout.contains("fail-on"), "{shell}");
    }
    let run = factdiff(&["man"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout.starts_with(".ie \\n(.g .ds Aq"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains(".TH factdiff 1"));
    assert!(run.stdout.contains("check"));
}

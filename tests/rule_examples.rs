//! Every example in every bundled rule file runs as a test, and the bundled rules keep the
//! registry's invariants: unique kebab-case ids, a description, and both a positive and a
//! guardrail example for every rule of the default pack.

use factdiff::examples;
use factdiff::rules::{self, DEFAULT_PACK, Expect, RuleFile};

/// Every `.toml` file in `rules/`.
fn bundled_files() -> Vec<RuleFile> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            RuleFile::new(
                format!("rules/{}", p.file_name().unwrap().to_string_lossy()),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect()
}

#[test]
fn every_example_of_every_bundled_rule_passes() {
    let set = rules::load(&bundled_files()).unwrap_or_else(|errs| {
        panic!(
            "{}",
            errs.iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        );
    });
    let failures = examples::check(&set);
    let total: usize = set.rules.iter().map(|r| r.examples.len()).sum();
    assert!(total >= 2 * set.rules.len());
    assert!(
        failures.is_empty(),
        "{} of {total} examples fail:\n{}",
        failures.len(),
        failures
            .iter()
            .map(|f| f.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn every_rule_file_in_rules_is_in_the_default_pack_or_is_the_values_pack() {
    for file in bundled_files() {
        let packed = DEFAULT_PACK
            .iter()
            .any(|(name, text)| *name == file.name && **text == *file.text);
        assert!(
            packed || file.name == "rules/values.toml",
            "{} is neither embedded nor the values pack",
            file.name
        );
    }
}

#[test]
fn default_pack_rules_have_positive_and_guardrail_examples() {
    let set = rules::load(&RuleFile::default_pack()).unwrap();
    assert!(set.rules.len() >= 15);
    for rule in &set.rules {
        assert!(!rule.description.trim().is_empty(), "{}", rule.id);
        let positive = rule
            .examples
            .iter()
            .filter(|e| matches!(e.expect, Expect::Values(_)))
            .count();
        let guardrail = rule
            .examples
            .iter()
            .filter(|e| matches!(e.expect, Expect::Nothing))
            .count();
        assert!(
            positive >= 1 && guardrail >= 1,
            "{} needs a positive and a \"none\" example",
            rule.id
        );
    }
}

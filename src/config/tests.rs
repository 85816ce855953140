//! Tests of reading `factdiff.toml`.

use super::*;

fn parse_text(text: &str) -> Result<Config, Vec<String>> {
    parse(
        Path::new("proj/factdiff.toml"),
        RuleFile::new("proj/factdiff.toml", text),
    )
    .map_err(|e| e.iter().map(|e| e.to_string()).collect())
}

#[test]
fn every_key_is_read() {
    let c = parse_text(
        r#"
rules = ["rules/local.toml"]
default-rules = false
format = "markdown"
fail-on = "warning"
exclude = ["drafts/**"]
ignore = ["wind-speed"]

[severity]
vehicle-speed = "warning"
"#,
    )
    .unwrap();
    assert_eq!(c.rules, vec![PathBuf::from("proj/rules/local.toml")]);
    assert_eq!(c.default_rules, Some(false));
    assert_eq!(c.format.as_deref(), Some("markdown"));
    assert_eq!(c.fail_on, Some(Some(Severity::Warning)));
    assert_eq!(c.exclude, vec!["drafts/**".to_string()]);
    assert_eq!(c.ignore[0].0, "wind-speed");
    assert_eq!(
        (c.severity[0].0.as_str(), c.severity[0].1),
        ("vehicle-speed", Severity::Warning)
    );
    assert_eq!(
        parse_text("fail-on = \"never\"").unwrap().fail_on,
        Some(None)
    );
}

#[test]
fn mistakes_are_reported_with_their_place_all_at_once() {
    let errs = parse_text("format = \"pdf\"\nfail-on = \"sometimes\"\nexclude = [\"a/[b\"]\n[severity]\nvehicle-speed = \"fatal\"\n").unwrap_err();
    assert_eq!(errs.len(), 4, "{errs:?}");
    assert!(
        errs[0].starts_with("proj/factdiff.toml:1:10: unknown format `pdf`"),
        "{errs:?}"
    );
    assert!(
        errs[1].starts_with("proj/factdiff.toml:2:11: unknown fail-on level `sometimes`"),
        "{errs:?}"
    );
    assert!(
        errs[2].starts_with("proj/factdiff.toml:3:12: bad glob `a/[b`"),
        "{errs:?}"
    );
    assert!(
        errs[3].starts_with("proj/factdiff.toml:5:1: severity of `vehicle-speed`"),
        "{errs:?}"
    );
    let errs = parse_text("colour = true\n").unwrap_err();
    assert!(
        errs[0].starts_with("proj/factdiff.toml:1:1: unknown field `colour`"),
        "{errs:?}"
    );
}

#[test]
fn fact_ids_are_checked_against_the_rules() {
    let c = parse_text(
        "ignore = [\"wind-speed\", \"wind-sped\"]\n[severity]\nvehicle-speeed = \"info\"\n",
    )
    .unwrap();
    let errs: Vec<String> = check_facts(&c, &["wind-speed", "vehicle-speed"])
        .iter()
        .map(|e| e.to_string())
        .collect();
    assert_eq!(
        errs,
        vec![
            "proj/factdiff.toml:1:25: no rule has the id `wind-sped`".to_string(),
            "proj/factdiff.toml:3:1: no rule has the id `vehicle-speeed`".to_string()
        ]
    );
}

#[test]
fn the_nearest_configuration_up_the_tree_applies() {
    let dir = std::env::temp_dir().join(format!("factdiff-config-{}", std::process::id()));
    let deep = dir.join("a/b/c");
    std::fs::create_dir_all(&deep).unwrap();
    std::fs::write(dir.join("factdiff.toml"), "").unwrap();
    std::fs::write(dir.join("a/.factdiff.toml"), "").unwrap();
    assert_eq!(discover(&deep), Some(dir.join("a/.factdiff.toml")));
    std::fs::remove_file(dir.join("a/.factdiff.toml")).unwrap();
    assert_eq!(discover(&deep), Some(dir.join("factdiff.toml")));
    std::fs::remove_dir_all(&dir).unwrap();
}

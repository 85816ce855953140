//! Every kind of rule-file mistake is caught at load time, located, reported with the others
//! in one run, and exits with code 2.

mod common;
use common::*;

fn check_rules(name: &str, toml: &str) -> Run {
    let dir = temp_dir(name);
    let rules = write(&dir, "bad.toml", toml);
    let article = write(&dir, "a.txt", "The train travelled at 40 mph.");
    factdiff(&["check", &article, "--rules", &rules])
}

#[test]
fn unknown_key() {
    let run = check_rules(
        "unknown-key",
        "[[fact]]\nid = \"x\"\ndescription = \"d\"\nvalue = \"speed\"\nvolicity = 3\n",
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("error: unknown field `volicity`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("bad.toml:5:1"), "{}", run.stderr);
    assert!(run.stdout.is_empty());
}

#[test]
fn unknown_value_type_and_bad_unit_and_bad_regex_all_at_once() {
    let run = check_rules(
        "many",
        "[[fact]]\nid = \"x\"\ndescription = \"d\"\nvalue = \"velocity\"\n\n[[fact]]\nid = \"y\"\ndescription = \"d\"\nvalue = \"speed\"\ntolerance = \"2 mpg\"\npattern = \"[unclosed\"\n",
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("unknown value type `velocity`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("bad.toml:4:9"), "{}", run.stderr);
    assert!(
        run.stderr.contains("cannot read tolerance `2 mpg`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("bad.toml:10:13"), "{}", run.stderr);
    assert!(
        run.stderr.contains("invalid regular expression"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("bad.toml:11:11"), "{}", run.stderr);
    assert!(
        run.stderr.contains("3 errors in rule files"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_tolerance_in_the_wrong_dimension() {
    let run = check_rules(
        "dimension",
        "[[fact]]\nid = \"x\"\ndescription = \"d\"\nvalue = \"speed\"\ntolerance = \"2 kg\"\n",
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("tolerance `2 kg` is a mass, but `x` compares speed values"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_unknown_assumed_unit() {
    let run = check_rules(
        "assume",
        "[[fact]]\nid = \"x\"\ndescription = \"d\"\nvalue = \"duration\"\nassume-unit = \"fortnights-ish\"\n",
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("unknown unit `fortnights-ish`"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_duplicate_id_across_files_and_with_the_default_pack() {
    let dir = temp_dir("dupe");
    let a = write(
        &dir,
        "a.toml",
        "[[fact]]\nid = \"vehicle-speed\"\ndescription = \"d\"\nvalue = \"speed\"\n",
    );
    let article = write(&dir, "x.txt", "Text.");
    let run = factdiff(&["check", &article, "--rules", &a]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("duplicate rule id `vehicle-speed`, first defined at rules/speed.toml:"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_syntax_error() {
    let run = check_rules("syntax", "[[fact]\nid = \"x\"\n");
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("bad.toml:1:"), "{}", run.stderr);
}

#[test]
fn a_missing_rule_file() {
    let dir = temp_dir("missing-rules");
    let article = write(&dir, "a.txt", "Text.");
    let run = factdiff(&["check", &article, "--rules", "no/such/rules.toml"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("no/such/rules.toml: no such file"),
        "{}",
        run.stderr
    );
}

#[test]
fn rules_check_reports_a_failing_example() {
    let dir = temp_dir("example");
    let rules = write(
        &dir,
        "r.toml",
        "[[fact]]\nid = \"train-speed\"\ndescription = \"d\"\nvalue = \"speed\"\ncues = [\"train\"]\n\n[[fact.example]]\ntext = \"The train went 40 mph.\"\nexpect = \"50 mph\"\n",
    );
    let run = factdiff(&["rules", "check", &rules]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains(
            "r.toml:8: example of `train-speed` fails: expected \"50 mph\", got \"40 mph\""
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn rules_check_accepts_the_bundled_files() {
    let run = factdiff(&["rules", "check", "rules/speed.toml", "rules/values.toml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("examples OK"), "{}", run.stdout);
}

#[test]
fn rules_list_shows_the_default_pack() {
    let run = factdiff(&["rules", "list"]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout
            .lines()
            .any(|l| l.starts_with("vehicle-speed") && l.contains("speed") && l.contains("error")),
        "{}",
        run.stdout
    );
    let run = factdiff(&[
        "rules",
        "list",
        "--no-default-rules",
        "--rules",
        "rules/values.toml",
    ]);
    assert!(run.stdout.starts_with("any-number"), "{}", run.stdout);
    assert!(!run.stdout.contains("vehicle-speed"));
}

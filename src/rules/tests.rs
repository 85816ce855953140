//! Tests of rule loading: every kind of mistake is caught, located, and reported with the others.

use super::*;

fn load_one(text: &str) -> Result<RuleSet, Vec<RuleError>> {
    load(&[RuleFile::new("test.toml", text)])
}

fn errors(text: &str) -> Vec<String> {
    load_one(text)
        .err()
        .unwrap_or_default()
        .iter()
        .map(|e| e.to_string())
        .collect()
}

const GOOD: &str = r#"
[[fact]]
id = "meeting-length"
description = "How long a meeting lasted."
value = "duration"
near = ["meeting", "talks", "lasted"]
not = ["flight"]
window = 6
severity = "warning"
tolerance = "5%"
message = "{description} {values}"
pattern = "(?i)\\bmet\\b|meeting"
"#;

#[test]
fn a_valid_rule_loads_with_its_fields() {
    let set = load_one(GOOD).unwrap();
    let rule = &set.rules[0];
    assert_eq!(rule.id, "meeting-length");
    assert_eq!(
        rule.value,
        ValueType::Quantity(crate::values::Dimension::Duration)
    );
    assert_eq!(rule.near.len(), 3);
    assert_eq!(rule.window, 6);
    assert_eq!(rule.severity, Severity::Warning);
    assert_eq!(rule.tolerance, Tolerance::Relative(0.05));
    assert_eq!(rule.location, "test.toml:2");
    assert!(rule.pattern.as_ref().unwrap().is_match("The meeting ended"));
}

#[test]
fn unknown_keys_are_refused_where_they_stand() {
    let errs =
        errors("[[fact]]\nid = \"a\"\ndescription = \"d\"\nvalue = \"speed\"\nvolicity = 3\n");
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].starts_with("test.toml:5:1: unknown field `volicity`"),
        "{errs:?}"
    );

    let errs = errors("[rules]\nx = 1\n");
    assert_eq!(
        errs,
        vec![
            "test.toml:1:2: unknown top-level key `rules`, expected `[[fact]]`, `[[relation]]` or `[[alias]]` tables"
        ]
    );

    let errs = errors(
        "[[fact]]\nid = \"a\"\ndescription = \"d\"\nvalue = \"count\"\n[[fact.example]]\ntext = \"x\"\nexpect = \"none\"\nexpected = \"2\"\n",
    );
    assert!(
        errs[0].starts_with("test.toml:8:1: unknown field `expected`"),
        "{errs:?}"
    );
}

#[test]
fn unknown_value_types_severities_and_placeholders_are_named() {
    let errs = errors(
        "[[fact]]\nid = \"a\"\ndescription = \"d\"\nvalue = \"velocity\"\nseverity = \"fatal\"\n\n[[fact]]\nid = \"b\"\ndescription = \"d\"\nvalue = \"quote\"\ntolerance = \"3%\"\nmessage = \"{fact} {valeus}\"\n",
    );
    assert_eq!(errs.len(), 4, "{errs:?}");
    assert!(
        errs[0].starts_with(
            "test.toml:4:9: unknown value type `velocity`; expected one of: number, count"
        ),
        "{errs:?}"
    );
    assert!(
        errs[1].starts_with("test.toml:5:12: unknown severity `fatal`"),
        "{errs:?}"
    );
    assert!(
        errs[2].starts_with("test.toml:11:13: `tolerance` does not apply to quote rules"),
        "{errs:?}"
    );
    assert!(
        errs[3].starts_with("test.toml:12:11: unknown placeholder `{valeus}`"),
        "{errs:?}"
    );
}

#[test]
fn bad_regexes_and_tolerances_and_windows() {
    let errs = errors(
        "[[fact]]\nid = \"a\"\ndescription = \"d\"\nvalue = \"speed\"\npattern = \"(unclosed\"\ntolerance = \"fast\"\nwindow = 0\n",
    );
    assert_eq!(errs.len(), 3, "{errs:?}");
    assert!(
        errs[0].starts_with("test.toml:5:11: invalid regular expression"),
        "{errs:?}"
    );
    assert!(
        errs[1].starts_with("test.toml:6:13: cannot read tolerance `fast`"),
        "{errs:?}"
    );
    assert!(
        errs[2].starts_with("test.toml:7:10: window must be between 1 and 50"),
        "{errs:?}"
    );
    let errs =
        errors("[[fact]]\nid = \"a\"\ndescription = \"d\"\nvalue = \"speed\"\ntolerance = \"3\"\n");
    assert!(errs[0].contains("tolerance `3` has no unit"), "{errs:?}");
}

#[test]
fn ids_must_be_kebab_case_and_unique_across_files() {
    let a = RuleFile::new(
        "a.toml",
        "[[fact]]\nid = \"train-speed\"\ndescription = \"d\"\nvalue = \"speed\"\n",
    );
    let b = RuleFile::new(
        "b.toml",
        "\n[[fact]]\nid = \"train-speed\"\ndescription = \"d\"\nvalue = \"speed\"\n\n[[fact]]\nid = \"Train_Speed\"\ndescription = \"d\"\nvalue = \"speed\"\n",
    );
    let errs: Vec<String> = load(&[a, b])
        .unwrap_err()
        .iter()
        .map(|e| e.to_string())
        .collect();
    assert_eq!(
        errs,
        vec![
            "b.toml:3:6: duplicate rule id `train-speed`, first defined at a.toml:1",
            "b.toml:8:6: rule id `Train_Speed` must be kebab-case: lower-case letters, digits and single hyphens",
        ]
    );
}

#[test]
fn every_broken_rule_is_reported_in_one_run() {
    let errs = errors(
        "[[fact]]\nid = \"a\"\nvalue = \"speed\"\n\n[[fact]]\nid = \"b\"\ndescription = \"d\"\nvalue = \"speed\"\ncues = [\"ok\", \"12 ways\"]\n\n[[fact]]\nid = \"c\"\ndescription = \"d\"\nvalue = \"count\"\nthings = [\"x\"]\nsubject = \"place\"\n",
    );
    assert_eq!(errs.len(), 3, "{errs:?}");
    assert!(
        errs[0].starts_with("test.toml:1:1: missing field `description`"),
        "{errs:?}"
    );
    assert!(
        errs[1].starts_with("test.toml:9:15: `12 ways` is not a word or phrase"),
        "{errs:?}"
    );
    assert!(
        errs[2].starts_with("test.toml:16:11: unknown subject `place`"),
        "{errs:?}"
    );
}

#[test]
fn syntax_errors_are_located() {
    let errs = errors("[[fact]]\nid = \"a\ndescription = \"d\"\n");
    assert!(!errs.is_empty());
    assert!(errs[0].starts_with("test.toml:2:"), "{errs:?}");
}

#[test]
fn rendered_errors_show_the_line_and_a_caret() {
    let err =
        load_one("[[fact]]\nid = \"a\"\ndescription = \"d\"\nvalue = \"sped\"\n").unwrap_err();
    let shown = err[0].render(false);
    assert!(
        shown.contains("error: unknown value type `sped`"),
        "{shown}"
    );
    assert!(shown.contains("--> test.toml:4:9"), "{shown}");
    assert!(shown.contains("value = \"sped\""), "{shown}");
    assert!(shown.contains("^^^^^^"), "{shown}");
}

#[test]
fn canonical_dates_have_the_precision_of_their_form() {
    use crate::values::DatePrecision;
    assert_eq!(
        canonical_date("2019").unwrap().precision,
        DatePrecision::Year
    );
    assert_eq!(
        canonical_date("2019-04").unwrap().value().as_deref(),
        Some("2019-04")
    );
    assert_eq!(
        canonical_date("2024-06-25").unwrap().precision,
        DatePrecision::Day
    );
    assert!(canonical_date("2019-13").is_none());
    assert!(canonical_date("19-04").is_none());
}

#[test]
fn word_rules_load_with_their_own_keys() {
    let set = load_one(
        "[[fact]]\nid = \"passages\"\ndescription = \"d\"\nvalue = \"text\"\nmin-words = 8\nsimilarity = 0.8\nfunction-words = [\"Said\"]\n\n[[fact.example]]\ntext = \"a senior officer at the agency\"\nother = \"a senior official at the agency\"\nexpect = \"officer -> official\"\n\n[[fact]]\nid = \"trains\"\ndescription = \"d\"\nvalue = \"descriptor\"\nheads = [\"train\"]\ndescriptors = [\"armored\", \"bulletproof\"]\n\n[[alias]]\nnames = [\"Vostochny Cosmodrome\", \"Vostochny space center\"]\n",
    )
    .unwrap();
    assert!(set.rules.is_empty());
    let p = &set.word_rules[0];
    assert_eq!(
        (p.kind, p.min_words, p.similarity, p.severity),
        (WordKind::Text, 8, 0.8, Severity::Warning)
    );
    assert_eq!(p.function_words, vec!["said".to_string()]);
    assert_eq!(
        p.examples[0].expect,
        vec![("officer".to_string(), "official".to_string())]
    );
    let d = &set.word_rules[1];
    assert_eq!(
        (d.kind, d.severity, d.heads.len(), d.descriptors.len()),
        (WordKind::Descriptor, Severity::Info, 1, 2)
    );
    assert_eq!(
        set.canonical_name("vostochny space center"),
        "Vostochny Cosmodrome"
    );
    assert_eq!(set.canonical_name("Moscow"), "Moscow");
}

#[test]
fn word_rule_mistakes_are_located() {
    let errs = errors(
        "[[fact]]\nid = \"q\"\ndescription = \"d\"\nvalue = \"quote\"\nheads = [\"train\"]\nsimilarity = 2.0\n\n[[fact.example]]\ntext = \"x\"\nexpect = \"a -> b\"\n\n[[fact]]\nid = \"d\"\ndescription = \"d\"\nvalue = \"descriptor\"\n\n[[fact]]\nid = \"n\"\ndescription = \"d\"\nvalue = \"count\"\nmin-words = 3\n\n[[alias]]\nnames = [\"Only one\"]\n",
    );
    assert_eq!(errs.len(), 6, "{errs:?}");
    assert!(
        errs[0].starts_with("test.toml:5:10: `heads` does not apply to quote rules"),
        "{errs:?}"
    );
    assert!(
        errs[1].starts_with("test.toml:6:14: similarity must be between 0.3 and 1"),
        "{errs:?}"
    );
    assert!(
        errs[2].starts_with("test.toml:9:8: an example of a quote rule needs `other`"),
        "{errs:?}"
    );
    assert!(
        errs[3].starts_with("test.toml:15:9: a descriptor rule needs `heads` and `descriptors`"),
        "{errs:?}"
    );
    assert!(
        errs[4].starts_with(
            "test.toml:21:13: `min-words` applies only to quote, text, name and descriptor rules"
        ),
        "{errs:?}"
    );
    assert!(
        errs[5].starts_with("test.toml:24:9: an alias needs two or more non-empty names"),
        "{errs:?}"
    );
}

#[test]
fn every_relation_kind_is_found_by_its_name() {
    for name in RelationKind::NAMES {
        assert_eq!(
            RelationKind::from_name(name).map(RelationKind::name),
            Some(name)
        );
    }
    assert_eq!(RelationKind::from_name("ratio"), None);
}

#[test]
fn relation_mistakes_are_all_reported_at_their_place() {
    let text = format!(
        "{GOOD}{}",
        r#"
[[relation]]
id = "meeting-length"
description = "a duplicate id"
kind = "weekday"

[[relation]]
id = "bad-product"
description = "lengths"
kind = "product"
result = "meeting-length"
of = ["no-such-fact", "meeting-length"]
tolerance = "ten"

[[relation]]
id = "Bad_Kind"
description = "x"
kind = "ratio"
scope = "chapter"

[[relation]]
id = "list-without-nouns"
description = "names"
kind = "list"
of = ["meeting-length"]

[[relation]]
id = "coloured"
description = "x"
kind = "weekday"
colour = "red"
"#
    );
    let errs = errors(&text);
    let expected = [
        "test.toml:15:6: duplicate rule id `meeting-length`, first defined at test.toml:2",
        "test.toml:24:7: no value rule has the id `no-such-fact`",
        "test.toml:25:13: cannot read tolerance `ten`: a relation's tolerance is a percentage like \"10%\"",
        "test.toml:28:6: relation id `Bad_Kind` must be kebab-case",
        "test.toml:30:8: unknown relation kind `ratio`; expected one of: product, sum, list, age, weekday, reported",
        "test.toml:31:9: unknown scope `chapter`; expected sentence, paragraph or article",
        "test.toml:36:8: a list relation needs `counted`, the nouns of the listed things",
        "test.toml:37:7: `of` does not apply to list relations",
        "test.toml:43:1: unknown field `colour`",
    ];
    for e in expected {
        assert!(
            errs.iter().any(|x| x.starts_with(e)),
            "missing {e:?} in:\n{}",
            errs.join("\n")
        );
    }
}

#[test]
fn a_product_of_the_wrong_dimensions_is_refused() {
    let text = format!(
        "{GOOD}{}",
        r#"
[[relation]]
id = "bad-product"
description = "lengths"
kind = "product"
result = "meeting-length"
of = ["meeting-length", "meeting-length"]
"#
    );
    let errs = errors(&text);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0]
            .contains("a product relation needs `result` a length and `of` a speed and a duration"),
        "{errs:?}"
    );
}

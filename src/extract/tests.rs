//! Extraction tests with values built by hand, so they hold whatever the recognisers do.

use super::*;
use crate::rules::{RuleFile, load};

fn rules(toml: &str) -> RuleSet {
    load(&[RuleFile::new("t.toml", toml)]).unwrap()
}

fn count(value: f64, form: NumberForm) -> Value {
    Value::Quantity(Quantity {
        dimension: Dimension::Number,
        unit: "",
        value,
        precision: 0.0,
        qualifier: None,
        low: None,
        high: None,
        form,
    })
}

/// Runs `accept` and `matches` for the value written as `value` in `text`.
fn takes(set: &RuleSet, text: &str, value: &str, v: Value) -> bool {
    let tokens = token::tokenize(text);
    let words = text::words(text, &tokens, Span::new(0, text.len()));
    let start = text.find(value).unwrap();
    let span = Span::new(start, start + value.len());
    let around = Around::new(text, &words, span);
    let rule = &set.rules[0];
    let multiplicative = matches!(&v, Value::Quantity(q) if q.form == NumberForm::Multiplicative);
    accept(rule, text, &v, span, &around).is_some()
        && matches(
            rule,
            text,
            Span::new(0, text.len()),
            &around,
            multiplicative,
        )
        .is_some()
}

const DEATHS: &str = r#"
[[fact]]
id = "death-toll"
description = "d"
value = "count"
near = ["killed", "died"]
not = ["injured", "including"]
window = 6
"#;

#[test]
fn sentences_a_value_straddles_are_joined() {
    let s = |a: usize, b: usize| Span::new(a, b);
    let r = |a: usize, b: usize| Recognized {
        span: s(a, b),
        hedge: None,
        value: count(1.0, NumberForm::Digits),
    };
    // "16. | Nov. 2016 was cold. | Next."
    let joined = join_straddled(vec![s(0, 3), s(4, 23), s(24, 29)], &[r(0, 13)]);
    assert_eq!(joined, vec![s(0, 23), s(24, 29)]);
    let kept = join_straddled(vec![s(0, 3), s(4, 23)], &[r(5, 9)]);
    assert_eq!(kept, vec![s(0, 3), s(4, 23)]);
}

#[test]
fn a_nearer_guardrail_wins_over_a_cue() {
    let set = rules(DEATHS);
    let text = "Two people were killed and 12 were injured.";
    assert!(takes(&set, text, "Two", count(2.0, NumberForm::Words)));
    assert!(!takes(&set, text, "12", count(12.0, NumberForm::Digits)));
    let text = "The attack killed 30 people, including 8 children.";
    assert!(takes(&set, text, "30", count(30.0, NumberForm::Digits)));
    assert!(!takes(&set, text, "8", count(8.0, NumberForm::Digits)));
}

#[test]
fn near_words_must_be_inside_the_window() {
    let set = rules(DEATHS);
    let text = "Officials said 40 buses had been checked before anyone was killed.";
    assert!(!takes(&set, text, "40", count(40.0, NumberForm::Digits)));
}

#[test]
fn counts_must_be_whole_and_multiplicatives_need_things_and_near() {
    let set = rules(DEATHS);
    assert!(!takes(
        &set,
        "2.5 people were killed",
        "2.5",
        count(2.5, NumberForm::Digits)
    ));
    assert!(!takes(
        &set,
        "They killed twice",
        "twice",
        count(2.0, NumberForm::Multiplicative)
    ));
    let set = rules(
        "[[fact]]\nid = \"attempts\"\ndescription = \"d\"\nvalue = \"count\"\nthings = [\"attempt*\"]\nnear = [\"attempt*\", \"tried\"]\n",
    );
    assert!(takes(
        &set,
        "It tried twice to launch it.",
        "twice",
        count(2.0, NumberForm::Multiplicative)
    ));
    assert!(takes(
        &set,
        "after two failed attempts",
        "two",
        count(2.0, NumberForm::Words)
    ));
    assert!(!takes(
        &set,
        "Twice as many attempted it.",
        "Twice",
        count(2.0, NumberForm::Multiplicative)
    ));
    assert!(!takes(
        &set,
        "two of the attempts failed",
        "two",
        count(2.0, NumberForm::Words)
    ));
}

#[test]
fn cues_and_patterns_look_at_the_whole_sentence() {
    let set = rules(
        "[[fact]]\nid = \"quake\"\ndescription = \"d\"\nvalue = \"number\"\ncues = [\"earthquake\"]\npattern = \"(?i)magnitude\"\n",
    );
    let text = "The magnitude 6.8 earthquake struck.";
    assert!(takes(&set, text, "6.8", count(6.8, NumberForm::Digits)));
    assert!(!takes(
        &set,
        "The magnitude 6.8 storm.",
        "6.8",
        count(6.8, NumberForm::Digits)
    ));
    assert!(!takes(
        &set,
        "A 6.8 earthquake.",
        "6.8",
        count(6.8, NumberForm::Digits)
    ));
}

#[test]
fn subjects_follow_the_nearest_word_or_the_default() {
    let set = rules(
        "[[fact]]\nid = \"dead\"\ndescription = \"d\"\nvalue = \"count\"\nnear = [\"killed\"]\nsubjects = { soldiers = [\"soldiers\"], people = [\"people\"] }\ndefault-subject = \"people\"\n",
    );
    let rule = &set.rules[0];
    let text = "It killed 3 soldiers and 5 civilians; 9 were killed.";
    let tokens = token::tokenize(text);
    let words = text::words(text, &tokens, Span::new(0, text.len()));
    let at = |v: &str| {
        let s = text.find(v).unwrap();
        let span = Span::new(s, s + v.len());
        subject(
            rule,
            text,
            &tokens,
            &Default::default(),
            Span::new(0, text.len()),
            span,
            &Around::new(text, &words, span),
        )
    };
    assert_eq!(at("3").as_deref(), Some("soldiers"));
    // No word reaches across the semicolon: the 9 have no group word and count people.
    assert_eq!(at("9").as_deref(), Some("people"));
    let text2 = "Nine were killed.";
    let tokens2 = token::tokenize(text2);
    let words2 = text::words(text2, &tokens2, Span::new(0, text2.len()));
    let span = Span::new(0, 4);
    let got = subject(
        rule,
        text2,
        &tokens2,
        &Default::default(),
        Span::new(0, text2.len()),
        span,
        &Around::new(text2, &words2, span),
    );
    assert_eq!(got.as_deref(), Some("people"));
}

#[test]
fn name_subjects_prefer_the_name_before_the_value() {
    let set = rules(
        "[[fact]]\nid = \"born\"\ndescription = \"d\"\nvalue = \"date\"\nnear = [\"born\"]\nsubject = \"name\"\n",
    );
    let rule = &set.rules[0];
    let text = "Vladimir Putin was born in 1952 in Leningrad.";
    let tokens = token::tokenize(text);
    let words = text::words(text, &tokens, Span::new(0, text.len()));
    let s = text.find("1952").unwrap();
    let span = Span::new(s, s + 4);
    let got = subject(
        rule,
        text,
        &tokens,
        &Default::default(),
        Span::new(0, text.len()),
        span,
        &Around::new(text, &words, span),
    );
    assert_eq!(got.as_deref(), Some("Vladimir Putin"));
    let text = "He was born in 1952.";
    let tokens = token::tokenize(text);
    let words = text::words(text, &tokens, Span::new(0, text.len()));
    let span = Span::new(15, 19);
    assert_eq!(
        subject(
            rule,
            text,
            &tokens,
            &Default::default(),
            Span::new(0, text.len()),
            span,
            &Around::new(text, &words, span)
        ),
        None
    );
}

#[test]
fn extraction_never_panics_on_odd_text() {
    // A small deterministic generator: news words, numbers, units, dates, quotes, brackets.
    let pieces = [
        "killed",
        "12",
        "people",
        "“",
        "”",
        "’",
        "(",
        ")",
        ",",
        ".",
        "—",
        "Mr.",
        "Kim",
        "Jong-un",
        "aged",
        "34-year-old",
        "mph",
        "train",
        "from",
        "to",
        "$5m",
        "including",
        "of",
        "the",
        "dead",
        "2019",
        "last",
        "Monday",
        "about",
        "twice",
        "é",
        "€",
        "\n",
        "  ",
        "fined",
        "bail",
        "magnitude",
        "7.8",
        "(48)",
        "Smith,",
        "44,",
        "death",
        "toll",
        "at",
        "least",
        "-",
        "½",
        "km²",
        "🙂",
    ];
    let rules = crate::rules::load(&crate::rules::RuleFile::default_pack()).unwrap();
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..400 {
        let mut text = String::new();
        for _ in 0..40 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            if !state.is_multiple_of(3) {
                text.push(' ');
            }
        }
        let a = crate::source::article("x", "x", text.clone());
        for f in extract(&a, 0, &rules) {
            assert!(
                a.text.is_char_boundary(f.span.start) && a.text.is_char_boundary(f.span.end),
                "{text}"
            );
            assert!(f.sentence.contains(&f.span), "{text}");
        }
    }
}

#[test]
fn aliases_make_names_one_subject() {
    let mut set = rules(
        "[[fact]]\nid = \"founded\"\ndescription = \"d\"\nvalue = \"date\"\nnear = [\"founded\"]\nsubject = \"name\"\n",
    );
    let a = crate::source::article(
        "a",
        "a",
        "The Vostochny Cosmodrome was founded in 2011.".to_string(),
    );
    let b = crate::source::article(
        "b",
        "b",
        "The Vostochny Space Center was founded in 2012.".to_string(),
    );
    let subjects = |set: &RuleSet| -> Vec<String> {
        [&a, &b]
            .iter()
            .enumerate()
            .flat_map(|(i, art)| extract(art, i, set))
            .map(|f| f.subject)
            .collect()
    };
    assert_eq!(
        subjects(&set),
        vec!["Vostochny Cosmodrome", "Vostochny Space Center"]
    );
    set.aliases.push(vec![
        "Vostochny Cosmodrome".into(),
        "Vostochny Space Center".into(),
    ]);
    assert_eq!(
        subjects(&set),
        vec!["Vostochny Cosmodrome", "Vostochny Cosmodrome"]
    );
}

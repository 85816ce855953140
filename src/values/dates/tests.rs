//! Whole-scan tests: news-like sentences through [`super::scan`].

use jiff::civil::{Date, date};

use super::scan;
use crate::values::token::tokenize;
use crate::values::{Context, DatePrecision, DateValue, Value};

fn dates(text: &str, reference: Option<Date>) -> Vec<(String, DateValue)> {
    let toks = tokenize(text);
    scan(text, &toks, &Context { reference })
        .into_iter()
        .map(|r| {
            let Value::Date(d) = r.value else {
                panic!("not a date")
            };
            (text[r.span.start..r.span.end].to_string(), d)
        })
        .collect()
}

fn values(text: &str, reference: Option<Date>) -> Vec<(String, Option<String>)> {
    dates(text, reference)
        .into_iter()
        .map(|(t, d)| (t, d.value()))
        .collect()
}

fn v(text: &str, value: &str) -> (String, Option<String>) {
    (text.to_string(), Some(value.to_string()))
}

const REF: Option<Date> = Some(date(2024, 6, 20));

#[test]
fn absolute_dates_in_news_sentences() {
    assert_eq!(
        values(
            "The two leaders previously met in April 2019 in Hanoi.",
            REF
        ),
        vec![v("April 2019", "2019-04")]
    );
    assert_eq!(
        values("It was his first foreign visit since 2019.", REF),
        vec![v("2019", "2019")]
    );
    assert_eq!(
        values(
            "The summit opened Tuesday, June 25, 2024, in Brussels.",
            REF
        ),
        vec![v("Tuesday, June 25, 2024", "2024-06-25")]
    );
    assert_eq!(
        values("Filed on 2024-06-25 and amended 6/28/2024.", REF),
        vec![v("2024-06-25", "2024-06-25"), v("6/28/2024", "2024-06-28")]
    );
}

#[test]
fn weekday_as_written_is_kept_even_when_wrong() {
    let got = dates("Tuesday, June 26, 2024", REF);
    assert_eq!(got[0].1.weekday, Some(jiff::civil::Weekday::Tuesday));
    assert_eq!(got[0].1.value(), Some("2024-06-26".into()));
}

#[test]
fn relative_dates_resolve_against_the_reference() {
    let got = dates(
        "Protesters gathered on Sunday night outside parliament.",
        REF,
    );
    assert_eq!(got[0].0, "Sunday night");
    assert_eq!(got[0].1.value(), Some("2024-06-16".into()));
    assert_eq!(got[0].1.anchor, REF);
    assert_eq!(got[0].1.relative.as_deref(), Some("sunday night"));
}

#[test]
fn unresolved_without_a_reference() {
    let got = dates("They met in September last year.", None);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1.range, None);
    assert_eq!(got[0].1.relative.as_deref(), Some("september last year"));
    assert_eq!(got[0].1.precision, DatePrecision::Month);
    let got = dates("The fair opens in July.", None);
    assert_eq!(got[0].1.relative.as_deref(), Some("july"));
    assert_eq!(got[0].1.range, None);
    // Absolute dates need no reference.
    assert_eq!(
        values("on June 25, 2024", None),
        vec![v("June 25, 2024", "2024-06-25")]
    );
}

#[test]
fn hedges_are_kept_apart() {
    let toks = tokenize("before 2018");
    let got = scan("before 2018", &toks, &Context { reference: REF });
    assert_eq!(got[0].hedge.map(|h| (h.start, h.end)), Some((0, 6)));
    assert_eq!((got[0].span.start, got[0].span.end), (7, 11));
}

#[test]
fn quantities_are_not_dates() {
    for text in [
        "The company employs 2019 people.",
        "Prices rose 2.5% to 1,950 points.",
        "A crowd of 2000 gathered.",
        "She may visit the march, said the Sun.",
        "He finished second in 2:03:45.",
        "There are 10 students and 25 teachers.",
        "The score was 3-7 after 21 minutes.",
        "Call 555-2019 now.",
        "The 2010-11 season was his best.",
        "one in 2000 people",
    ] {
        assert_eq!(values(text, REF), vec![], "{text}");
    }
}

#[test]
fn never_panics_on_odd_input() {
    for text in [
        "",
        "'",
        "Feb 30",
        "99999999",
        "the 0th of May",
        "31/31/31",
        "year 99999",
        "May ",
        "in 9999999999 years",
        "2 weeks before",
        "last",
        "Q9 2019",
        "Dec-",
        "-2020-",
        "the 99th century",
        "on 2/29/2100",
        "in 0 BC",
    ] {
        let _ = values(text, REF);
        let _ = values(text, None);
    }
}

#[test]
fn random_word_salad_never_panics_and_spans_are_sane() {
    const WORDS: &[&str] = &[
        "May",
        "march",
        "the",
        "of",
        "in",
        "on",
        "last",
        "next",
        "this",
        "2019",
        "12",
        "31st",
        "4th",
        "/",
        "-",
        ".",
        ",",
        "'",
        "’",
        "Monday",
        "Sat",
        "Christmas",
        "Easter",
        "days",
        "weeks",
        "ago",
        "after",
        "before",
        "from",
        "now",
        "2",
        "two",
        "thousand",
        "and",
        "nineteen",
        "eighty",
        "early",
        "end",
        "mid",
        "year",
        "month",
        "week",
        "Q3",
        "1990s",
        "at",
        "5pm",
        "a.m.",
        "Eid",
        "al",
        "Fitr",
        "Diwali",
        "closest",
        "to",
        "today",
        "€",
        "Tuesday,",
        "June",
        "25,",
        "2024",
        "0",
        "99999",
        "Feb",
        "30",
        "yom",
        "kippur",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..3000 {
        let mut text = String::new();
        for _ in 0..12 {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let w = WORDS[(seed >> 33) as usize % WORDS.len()];
            if !(seed >> 20).is_multiple_of(3) {
                text.push(' ');
            }
            text.push_str(w);
        }
        for reference in [REF, None] {
            let toks = tokenize(&text);
            for r in scan(&text, &toks, &Context { reference }) {
                assert!(
                    r.span.start < r.span.end && r.span.end <= text.len(),
                    "{text}"
                );
                assert!(text.is_char_boundary(r.span.start) && text.is_char_boundary(r.span.end));
                if let Value::Date(d) = r.value
                    && let Some((a, b)) = d.range
                {
                    assert!(a <= b, "{text}: {a} > {b}");
                }
            }
        }
    }
}

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

/// Each sentence holds exactly one date: its text and its value (reference 2024-06-20).
fn one(cases: &[(&str, &str, &str)]) {
    for &(sentence, text, value) in cases {
        assert_eq!(values(sentence, REF), vec![v(text, value)], "{sentence}");
    }
}

#[test]
fn absolute_formats() {
    one(&[
        (
            "Sales closed on 25 June 2024.",
            "25 June 2024",
            "2024-06-25",
        ),
        (
            "The deal closed Sept. 3, 2021.",
            "Sept. 3, 2021",
            "2021-09-03",
        ),
        ("The deal closed Sep 3 2021.", "Sep 3 2021", "2021-09-03"),
        (
            "Filed Sat. Sep 30th, 2023 at noon",
            "Sat. Sep 30th, 2023 at noon",
            "2023-09-30",
        ),
        (
            "A hearing is set for 2024-07-01.",
            "2024-07-01",
            "2024-07-01",
        ),
        ("A hearing is set for 7/1/2024.", "7/1/2024", "2024-07-01"),
        (
            "The memo is dated 2019/aug/01.",
            "2019/aug/01",
            "2019-08-01",
        ),
        (
            "He was born on 4 July 1946 in New Haven.",
            "4 July 1946",
            "1946-07-04",
        ),
        ("The plant closed in April 2019.", "April 2019", "2019-04"),
        ("It has grown since 2019.", "2019", "2019"),
        ("It grew in 2019.", "2019", "2019"),
        ("Nothing changed during the 1990s.", "1990s", "1990"),
    ]);
}

#[test]
fn month_and_day_without_a_year() {
    one(&[
        // Present tense: the publication year.
        (
            "Parades are held on the 4th of July.",
            "4th of July",
            "2024-07-04",
        ),
        // Past tense: the latest such day.
        (
            "The fireworks on the Fourth of July drew crowds.",
            "Fourth of July",
            "2023-07-04",
        ),
        ("He spoke on July 4 in Boston.", "July 4", "2023-07-04"),
        // Future tense: the next such day.
        (
            "The vote will take place on Jan. 9.",
            "Jan. 9",
            "2025-01-09",
        ),
    ]);
}

#[test]
fn times_of_day_are_absorbed() {
    one(&[
        (
            "The board meets June 25 at 5pm.",
            "June 25 at 5pm",
            "2024-06-25",
        ),
        (
            "The board meets tomorrow morning.",
            "tomorrow morning",
            "2024-06-21",
        ),
        ("Shots rang out Sunday night.", "Sunday night", "2024-06-16"),
        (
            "The talks will end Friday at 10:30 a.m.",
            "Friday at 10:30 a.m.",
            "2024-06-21",
        ),
    ]);
}

#[test]
fn parts_of_periods() {
    one(&[
        ("Talks stalled in mid-March.", "mid-March", "2024-03"),
        (
            "His term ends at the end of July.",
            "end of July",
            "2024-07",
        ),
        ("He resigned at the end of July.", "end of July", "2023-07"),
        ("The plant opens in early 2019.", "early 2019", "2019"),
        ("It was built in the late 1990s.", "late 1990s", "1996"),
        (
            "North Korea tried earlier this year.",
            "earlier this year",
            "2024",
        ),
    ]);
}

#[test]
fn relative_forms_resolved() {
    one(&[
        (
            "Officials said today that the plan failed.",
            "today",
            "2024-06-20",
        ),
        ("The mayor resigned yesterday.", "yesterday", "2024-06-19"),
        ("The mayor will resign tomorrow.", "tomorrow", "2024-06-21"),
        ("The minister resigned on Monday.", "Monday", "2024-06-17"),
        (
            "The minister will resign on Monday.",
            "Monday",
            "2024-06-24",
        ),
        ("The bill passed last week.", "last week", "2024-06-10"),
        ("Inflation rose this month.", "this month", "2024-06"),
        ("It will open next year.", "next year", "2025"),
        (
            "They met in September last year.",
            "September last year",
            "2023-09",
        ),
        ("They met last September.", "last September", "2023-09"),
        (
            "The firm was founded 24 years ago.",
            "24 years ago",
            // A count of years names a year, of months a month.
            "2000",
        ),
        ("Prices fell two months ago.", "two months ago", "2024-04"),
        (
            "The plant will open in 9 months.",
            "in 9 months",
            "2025-03-20",
        ),
        (
            "The plant will open a year from now.",
            "a year from now",
            "2025",
        ),
        (
            "He was seen the day before yesterday.",
            "the day before yesterday",
            "2024-06-18",
        ),
    ]);
}

#[test]
fn relative_forms_unresolved_keep_their_words() {
    for (sentence, words) in [
        ("The minister resigned on Monday.", "monday"),
        ("The bill passed last  Week.", "last week"),
        ("The firm was founded 24 years ago.", "24 years ago"),
        ("The plant will open in 9 months.", "in 9 months"),
        ("Families gathered on Thanksgiving.", "thanksgiving"),
        ("It opens in mid-March.", "mid-march"),
    ] {
        let got = dates(sentence, None);
        assert_eq!(got.len(), 1, "{sentence}");
        assert_eq!(got[0].1.range, None, "{sentence}");
        assert_eq!(got[0].1.anchor, None, "{sentence}");
        assert_eq!(got[0].1.relative.as_deref(), Some(words), "{sentence}");
    }
}

#[test]
fn holidays() {
    one(&[
        (
            "He flew home on Christmas Eve.",
            "Christmas Eve",
            "2023-12-24",
        ),
        (
            "Markets were shut on New Year's Day.",
            "New Year's Day",
            "2024-01-01",
        ),
        (
            "They partied on New Year's Eve.",
            "New Year's Eve",
            "2023-12-31",
        ),
        (
            "Families gathered on Thanksgiving.",
            "Thanksgiving",
            "2023-11-23",
        ),
        ("Banks closed on Good Friday.", "Good Friday", "2024-03-29"),
        (
            "Parades marked Independence Day.",
            "Independence Day",
            "2023-07-04",
        ),
        (
            "Children dressed up for Halloween.",
            "Halloween",
            "2023-10-31",
        ),
        (
            "Roses sold out on Valentine's Day.",
            "Valentine's Day",
            "2024-02-14",
        ),
        (
            "Pools opened on Memorial Day.",
            "Memorial Day",
            "2024-05-27",
        ),
        (
            "Schools will close for Labor Day.",
            "Labor Day",
            "2024-09-02",
        ),
        ("Schools closed for MLK Day.", "MLK Day", "2024-01-15"),
        (
            "Schools closed for Presidents' Day.",
            "Presidents' Day",
            "2024-02-19",
        ),
        (
            "Flowers sold well before Mother's Day.",
            "Mother's Day",
            "2024-05-12",
        ),
        (
            "Dublin celebrated St. Patrick's Day.",
            "St. Patrick's Day",
            "2024-03-17",
        ),
        ("Shops opened on Boxing Day.", "Boxing Day", "2023-12-26"),
        (
            "The store will open next Christmas.",
            "next Christmas",
            "2024-12-25",
        ),
        ("It closed last Easter.", "last Easter", "2024-03-31"),
        (
            "It happened on Christmas 2019.",
            "Christmas 2019",
            "2019-12-25",
        ),
        (
            "Thanksgiving of next year falls late.",
            "Thanksgiving of next year",
            "2025-11-27",
        ),
        ("Diwali 2023 was on a Sunday.", "Diwali 2023", "2023-11-12"),
        (
            "Eid al-Fitr 2024 ended the fast.",
            "Eid al-Fitr 2024",
            "2024-04-10",
        ),
        (
            "Lunar New Year 2024 began a dragon year.",
            "Lunar New Year 2024",
            "2024-02-10",
        ),
        (
            "Hanukkah 2023 began at sundown.",
            "Hanukkah 2023",
            "2023-12-07",
        ),
    ]);
}

#[test]
fn words_that_are_not_dates() {
    for text in [
        "This may take longer than expected.",
        "May I ask a question?",
        "Theresa May said the plan would work.",
        "Thousands joined the march downtown.",
        "March Madness begins soon.",
        "The Sun reported the story.",
        "He finished second.",
        "She came in 21st.",
        "The Good Friday Agreement was signed long ago.",
        "He scored 2019 points in his career.",
        "They won 2-1 and 6-4, 6-3.",
        "A 24/7 service and 3/4 of voters.",
        "the highest level in 24 years",
        "The strike ended three weeks later.",
        "In the previous year sales fell.",
        "The market opens on a Sunday.",
        "He prays every Friday.",
    ] {
        assert_eq!(values(text, REF), vec![], "{text}");
    }
}

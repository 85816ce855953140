//! Tests of the quantity scanner on news-like sentences.

use super::*;
use crate::values::Dimension::*;
use crate::values::token::tokenize;

/// Every quantity in `text`: (written span, dimension, canonical value, unit).
fn all(text: &str) -> Vec<(String, Dimension, f64, &'static str)> {
    let toks = tokenize(text);
    scan(text, &toks)
        .into_iter()
        .filter_map(|r| match r.value {
            Value::Quantity(q) => Some((
                text[r.span.start..r.span.end].to_string(),
                q.dimension,
                q.value,
                q.unit,
            )),
            Value::Date(_) => None,
        })
        .collect()
}

/// The one quantity whose span is `span`, with its hedge text.
fn get(text: &str, span: &str) -> (Quantity, Option<String>) {
    let toks = tokenize(text);
    let found = scan(text, &toks);
    let hit = found
        .into_iter()
        .find(|r| &text[r.span.start..r.span.end] == span);
    match hit {
        Some(Recognized {
            value: Value::Quantity(q),
            hedge,
            ..
        }) => (q, hedge.map(|h| text[h.start..h.end].to_string())),
        _ => panic!("{span:?} not found in {text:?}: {:?}", all(text)),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

/// Asserts that `span` in `text` is a quantity of `dim` with canonical value `value`.
fn is(text: &str, span: &str, dim: Dimension, value: f64) {
    let (q, _) = get(text, span);
    assert!(
        q.dimension == dim && close(q.value, value),
        "{span:?} in {text:?}: {:?} {} {}",
        q.dimension,
        q.value,
        q.unit
    );
}

/// Asserts that no quantity's span contains `piece`.
fn none_in(text: &str, piece: &str) {
    let found = all(text);
    assert!(
        found.iter().all(|(s, ..)| !s.contains(piece)),
        "{piece:?} should not be a quantity in {text:?}: {found:?}"
    );
}

#[test]
fn counts_in_digits_and_words() {
    is(
        "Police said 1,200 people were evacuated.",
        "1,200",
        Number,
        1200.0,
    );
    is(
        "Thirty-seven passengers were hurt.",
        "Thirty-seven",
        Number,
        37.0,
    );
    is(
        "The fund holds four hundred and twelve properties.",
        "four hundred and twelve",
        Number,
        412.0,
    );
    is(
        "The city has 1.5 million residents.",
        "1.5 million",
        Number,
        1.5e6,
    );
    is("A dozen homes were destroyed.", "A dozen", Number, 12.0);
    is("It took a couple of tries.", "a couple", Number, 2.0);
    is("Temperatures fell to -4 overnight.", "-4", Number, -4.0);
    is("Runners finished the 10k in the rain.", "10k", Number, 1e4);
}

#[test]
fn fractions_and_mixed_numbers() {
    is(
        "Two thirds of voters backed the plan.",
        "Two thirds",
        Number,
        2.0 / 3.0,
    );
    is("Turnout was 3/4 of last year's.", "3/4", Number, 0.75);
    is(
        "The cable ran 10 1/2 miles.",
        "10 1/2 miles",
        Length,
        10.5 * 1609.344,
    );
    is(
        "It took one and a half hours.",
        "one and a half hours",
        Duration,
        5400.0,
    );
    is("About a half of the crop was lost.", "a half", Number, 0.5);
}

#[test]
fn ordinals_are_not_quantities() {
    none_in("The second wave hit in the third quarter.", "second");
    none_in("The second wave hit in the third quarter.", "third");
    none_in("She finished 3rd in the 21st edition.", "3");
    none_in("She finished 3rd in the 21st edition.", "21");
    // After a number, "second" is a unit of time.
    is("The gap was 1.5 seconds.", "1.5 seconds", Duration, 1.5);
    is("A one second delay.", "one second", Duration, 1.0);
}

#[test]
fn units_with_and_without_space_or_period() {
    is("The train hit 37mph.", "37mph", Speed, 37.0 * 0.44704);
    is("The train hit 37 mph.", "37 mph", Speed, 37.0 * 0.44704);
    is("The run is 5 km.", "5 km", Length, 5000.0);
    is("He weighs 200lbs.", "200lbs", Mass, 200.0 * 0.453_592_37);
    is("Winds reached 120 km/h.", "120 km/h", Speed, 120.0 / 3.6);
    is(
        "Gusts of 60 miles per hour were recorded.",
        "60 miles per hour",
        Speed,
        60.0 * 0.44704,
    );
    is(
        "The flat is 750 sq ft.",
        "750 sq ft",
        Area,
        750.0 * 0.3048 * 0.3048,
    );
    is("The reserve covers 190 km².", "190 km²", Area, 1.9e8);
    is(
        "The lake holds 3 million cubic metres.",
        "3 million cubic metres",
        Volume,
        3e6,
    );
    is(
        "The tanker carried 2 million barrels.",
        "2 million barrels",
        Volume,
        2e6 * 0.158_987_294_928,
    );
    is(
        "Ships sailed at 12 knots.",
        "12 knots",
        Speed,
        12.0 * 1852.0 / 3600.0,
    );
    is(
        "The farm covers 45 acres.",
        "45 acres",
        Area,
        45.0 * 4_046.856_422_4,
    );
}

#[test]
fn temperatures_need_a_scale() {
    is(
        "It reached 41C in Seville, a record temperature.",
        "41C",
        Temperature,
        41.0,
    );
    is("Water boils at 212 °F.", "212 °F", Temperature, 100.0);
    is(
        "Highs of 30 degrees Celsius.",
        "30 degrees Celsius",
        Temperature,
        30.0,
    );
    is(
        "It was minus 5 degrees Celsius.",
        "minus 5 degrees Celsius",
        Temperature,
        -5.0,
    );
    // A bare "C" or "F" is a code without a temperature word nearby.
    none_in("The 13F filing showed the stake.", "13");
    none_in("Boeing delivered a 777F freighter.", "777");
    // "degrees" alone may be an angle.
    assert!(
        all("Turn the dial 90 degrees.")
            .iter()
            .all(|q| q.1 != Temperature)
    );
}

#[test]
fn ambiguous_unit_words() {
    // "pounds": weight unless money is being talked about.
    is(
        "He lost 25 pounds in a year.",
        "25 pounds",
        Mass,
        25.0 * 0.453_592_37,
    );
    is(
        "The club paid 500 pounds for it.",
        "500 pounds",
        Money,
        500.0,
    );
    is(
        "Profits were 361 million pounds.",
        "361 million pounds",
        Money,
        3.61e8,
    );
    // "m" after money is a million, after a number a metre.
    is("He was fined £3m.", "£3m", Money, 3e6);
    is("The wall is 3.5m high.", "3.5m", Length, 3.5);
    // "in" is an inch only at the end of a phrase or in a compound.
    is(
        "The striker is 6 ft 2 in.",
        "6 ft 2 in",
        Length,
        6.0 * 0.3048 + 2.0 * 0.0254,
    );
    none_in("They met 2 in April.", "in");
    // "feet" after a number, not "a foot injury".
    is(
        "The wave was 30 feet high.",
        "30 feet",
        Length,
        30.0 * 0.3048,
    );
    assert!(all("He has a foot injury.").is_empty());
}

#[test]
fn years_are_not_quantities() {
    none_in("The plant opened in 1982 and closed in 2019.", "1982");
    none_in("The plant opened in 1982 and closed in 2019.", "2019");
    none_in("Growth slowed in the 1990s.", "1990");
    none_in("Tickets for the 2019-20 season sold out.", "20");
    none_in("Sales of the 2024 model rose.", "2024");
    // A count of the same size is kept.
    is("They delivered 2000 pieces.", "2000", Number, 2000.0);
}

#[test]
fn identifiers_are_not_counts() {
    for (text, piece) in [
        ("COVID-19 cases rose.", "19"),
        ("Two F-16 jets took off.", "16"),
        ("The Boeing 737 was grounded.", "737"),
        ("Leaders met at the G7 summit.", "7"),
        ("The 5G network launched.", "5"),
        ("Flight MH17 was shot down.", "17"),
        ("NATO invoked Article 5.", "5"),
        ("They drove along Route 66.", "66"),
        (
            "He was charged under sections 153 (negligence), 154 and 175 of the Act.",
            "175",
        ),
        (
            "He was charged under sections 153 (negligence), 154 and 175 of the Act.",
            "153",
        ),
        (
            "The case was registered under IPC sections like 37 and 38.",
            "38",
        ),
        ("Polls close at 8pm.", "8"),
        ("The vote is at 10:30 today.", "10"),
        ("The ruling came on 6/25.", "6"),
        ("Call 555-1234 now.", "555"),
        ("Arsenal won 3-1 at home.", "3"),
        ("Arsenal won 3-1 at home.", "1"),
        ("Version 2.1.3 fixed it.", "2"),
        ("The BA.2 variant spread.", "2"),
        ("Apply via form No.5 today.", "5"),
        ("See www.example.com/a?id=30 for more.", "30"),
        ("Mortgage rates hit 7% (https://x.org/?r=7%25).", "25"),
    ] {
        none_in(text, piece);
    }
}

#[test]
fn every_hedge_with_its_bounds() {
    let check = |text: &str, span: &str, q: Qualifier, low: Option<f64>, high: Option<f64>| {
        let (got, hedge) = get(text, span);
        assert_eq!(got.qualifier, Some(q), "{text}");
        assert!(hedge.is_some(), "{text}: no hedge span");
        let same = |a: Option<f64>, b: Option<f64>| match (a, b) {
            (Some(a), Some(b)) => close(a, b),
            (None, None) => true,
            _ => false,
        };
        assert!(
            same(got.low, low) && same(got.high, high),
            "{text}: {:?} {:?}",
            got.low,
            got.high
        );
    };
    check(
        "About 200 people came.",
        "200",
        Qualifier::Approx,
        Some(180.0),
        Some(220.0),
    );
    check(
        "An estimated 50 died.",
        "50",
        Qualifier::Approx,
        Some(45.0),
        Some(55.0),
    );
    check(
        "Nearly 40 homes burned.",
        "40",
        Qualifier::Nearly,
        Some(36.0),
        Some(40.0),
    );
    check(
        "Just under 10 km.",
        "10 km",
        Qualifier::Nearly,
        Some(9000.0),
        Some(10000.0),
    );
    check(
        "At least 14 were killed.",
        "14",
        Qualifier::AtLeast,
        Some(14.0),
        None,
    );
    check(
        "No fewer than 3 ships.",
        "3",
        Qualifier::AtLeast,
        Some(3.0),
        None,
    );
    check(
        "More than 100 were hurt.",
        "100",
        Qualifier::MoreThan,
        Some(100.0),
        None,
    );
    check(
        "Upwards of 60 firms.",
        "60",
        Qualifier::MoreThan,
        Some(60.0),
        None,
    );
    check(
        "Up to 30 cm of snow.",
        "30 cm",
        Qualifier::AtMost,
        Some(0.0),
        Some(0.3),
    );
    check(
        "No more than 5 people.",
        "5",
        Qualifier::AtMost,
        Some(0.0),
        Some(5.0),
    );
    check(
        "Less than 2% voted.",
        "2%",
        Qualifier::LessThan,
        Some(0.0),
        Some(2.0),
    );
    check(
        "Fewer than 20 seats.",
        "20",
        Qualifier::LessThan,
        Some(0.0),
        Some(20.0),
    );
    check(
        "Below -10 °C at night.",
        "-10 °C",
        Qualifier::LessThan,
        None,
        Some(-10.0),
    );
    // The hedge is not part of the value's span.
    let (_, hedge) = get("Some 325 kilometres north.", "325 kilometres");
    assert_eq!(hedge.as_deref(), Some("Some"));
    // "some" before a word is not a hedge.
    let (q, hedge) = get("Some officials said 40 died.", "40");
    assert_eq!((q.qualifier, hedge), (None, None));
}

#[test]
fn ranges() {
    let range = |text: &str, span: &str, low: f64, high: f64| {
        let (q, _) = get(text, span);
        assert_eq!(q.qualifier, Some(Qualifier::Range), "{text}");
        assert!(
            close(q.value, low) && q.low == Some(q.value),
            "{text}: {}",
            q.value
        );
        assert!(
            q.high.is_some_and(|h| close(h, high)),
            "{text}: {:?}",
            q.high
        );
    };
    range(
        "Between 20 and 25 km were closed.",
        "20 and 25 km",
        20_000.0,
        25_000.0,
    );
    range(
        "The storm dropped 10 to 15 inches.",
        "10 to 15 inches",
        0.254,
        0.381,
    );
    range("Rates rose 3-4% a year.", "3-4%", 3.0, 4.0);
    range(
        "It will cost $2 billion to $3 billion.",
        "$2 billion to $3 billion",
        2e9,
        3e9,
    );
    range(
        "Between 2 and 3 million people fled.",
        "2 and 3 million",
        2e6,
        3e6,
    );
    range(
        "Trips take from 5 to 10 minutes.",
        "5 to 10 minutes",
        300.0,
        600.0,
    );
    let (_, hedge) = get("Between 20 and 25 km were closed.", "20 and 25 km");
    assert_eq!(hedge.as_deref(), Some("Between"));
    // A change is two values, not a range.
    is(
        "Unemployment rose from 4.5% to 5.2%.",
        "4.5%",
        Percentage,
        4.5,
    );
    is(
        "Unemployment rose from 4.5% to 5.2%.",
        "5.2%",
        Percentage,
        5.2,
    );
}

#[test]
fn hyphenated_adjectives() {
    is(
        "The 683-mile voyage ended.",
        "683-mile",
        Length,
        683.0 * 1609.344,
    );
    is("A two-day summit began.", "two-day", Duration, 172_800.0);
    is("A 3-inch gap.", "3-inch", Length, 0.0762);
    is(
        "A 34-year-old man was held.",
        "34-year-old",
        Duration,
        408.0,
    );
    let (q, _) = get("A 34-year-old man was held.", "34-year-old");
    assert_eq!(q.unit, "month");
}

#[test]
fn precision_of_counts_and_measures() {
    let prec = |text: &str, span: &str| get(text, span).0.precision;
    assert!(close(prec("The train hit 37 mph.", "37 mph"), 0.22352));
    assert_eq!(prec("Police arrested 12 people.", "12"), 0.0);
    assert_eq!(prec("Police arrested twelve people.", "twelve"), 0.0);
    assert_eq!(prec("It happened twice.", "twice"), 0.0);
    assert!(close(
        prec("The city has 1.5 million residents.", "1.5 million"),
        50_000.0
    ));
    assert!(close(prec("Sales hit $4.5bn.", "$4.5bn"), 5e7));
    assert!(close(prec("It rose 2.25%.", "2.25%"), 0.005));
}

#[test]
fn money_in_its_many_forms() {
    is("Revenue was $5bn.", "$5bn", Money, 5e9);
    is("A US$4.7 billion deal.", "US$4.7 billion", Money, 4.7e9);
    is(
        "A c $ 16.4 million charge.",
        "c $ 16.4 million",
        Money,
        1.64e7,
    );
    is("Tickets cost €20.", "€20", Money, 20.0);
    is("Tickets cost 20 euros.", "20 euros", Money, 20.0);
    is("The fee is USD 200.", "USD 200", Money, 200.0);
    is(
        "He received five million yen.",
        "five million yen",
        Money,
        5e6,
    );
    is(
        "It only cost 3 dollars 50 cents.",
        "3 dollars 50 cents",
        Money,
        3.5,
    );
    is(
        "The stake is worth 10,000 Swiss francs.",
        "10,000 Swiss francs",
        Money,
        1e4,
    );
    let (q, _) = get("A C$300 million charge.", "C$300 million");
    assert_eq!(q.unit, "CAD");
    // "a $4 billion deal": the article is not an Australian dollar.
    let (q, _) = get("It signed a $4 billion deal.", "$4 billion");
    assert_eq!(q.unit, "USD");
    is("It cost 10 euro cents.", "10 euro cents", Money, 0.1);
    // Cents alone have no currency to convert to.
    none_in("Shares rose 50 cents.", "50");
}

#[test]
fn vague_plurals_and_multiplicatives() {
    let vague = |text: &str, span: &str, low: f64, high: f64| {
        let (q, _) = get(text, span);
        assert_eq!(
            (q.qualifier, q.form),
            (Some(Qualifier::Vague), NumberForm::Vague)
        );
        assert!(close(q.value, low) && q.high.is_some_and(|h| close(h, high)));
    };
    vague("Dozens were hurt.", "Dozens", 24.0, 99.0);
    vague("Hundreds of police watched.", "Hundreds", 200.0, 999.0);
    vague("Thousands marched.", "Thousands", 2000.0, 9999.0);
    vague(
        "Tens of thousands fled.",
        "Tens of thousands",
        20_000.0,
        99_999.0,
    );
    vague(
        "It cost thousands of dollars.",
        "thousands of dollars",
        2000.0,
        9999.0,
    );
    let mult = |text: &str, span: &str, v: f64| {
        let (q, _) = get(text, span);
        assert_eq!(q.form, NumberForm::Multiplicative, "{text}");
        assert!(close(q.value, v));
    };
    mult("Prices doubled, rising twice as fast.", "twice", 2.0);
    mult("He was stopped three times.", "three times", 3.0);
    mult("It has happened only once.", "once", 1.0);
    mult("Trains run once a week.", "once", 1.0);
    // "once" as "as soon as" or "formerly" is not a count.
    assert!(all("Once the votes are counted, we will know.").is_empty());
    assert!(all("The once mighty firm collapsed.").is_empty());
}

#[test]
fn compound_durations_and_lengths() {
    is(
        "The hearing lasted 1 hour and 30 minutes.",
        "1 hour and 30 minutes",
        Duration,
        5400.0,
    );
    is(
        "They waited an hour and a half.",
        "an hour and a half",
        Duration,
        5400.0,
    );
    is(
        "The talks lasted a fortnight.",
        "a fortnight",
        Duration,
        1_209_600.0,
    );
    is(
        "He is 5 feet 2 inches tall.",
        "5 feet 2 inches",
        Length,
        1.5748,
    );
    is("He stands 6'2\" tall.", "6'2\"", Length, 1.8796);
    // A rate is not one unit: "barrels a day".
    none_in("Output fell by 500 barrels a day.", "a day");
}

#[test]
fn percentages() {
    is("Turnout was 62 per cent.", "62 per cent", Percentage, 62.0);
    is(
        "Rates rose by 25 basis points.",
        "25 basis points",
        Percentage,
        0.25,
    );
    is(
        "Support fell 3 percentage points.",
        "3 percentage points",
        Percentage,
        3.0,
    );
    is("It grew 5pc last year.", "5pc", Percentage, 5.0);
}

#[test]
fn pronoun_one_is_not_a_count() {
    assert!(all("Which one do you prefer?").is_empty());
    assert!(all("At one point the crowd surged.").is_empty());
    is("Only one person survived.", "one", Number, 1.0);
    is(
        "It is that one mile that matters.",
        "one mile",
        Length,
        1609.344,
    );
}

#[test]
fn ratios() {
    is("One in five adults smokes.", "One in five", Number, 0.2);
    is(
        "Two out of three voters agreed.",
        "Two out of three",
        Number,
        2.0 / 3.0,
    );
    // A bigger first figure is two counts.
    is("He counted 12 in six boxes.", "12", Number, 12.0);
}

#[test]
fn never_panics_on_odd_text() {
    let odd = [
        "",
        "-",
        "$",
        "1/",
        "/2",
        "½½",
        "1e",
        "1e+",
        "^",
        "3^",
        "x10^",
        "1,",
        ",5",
        "1.",
        ".",
        "2 1/",
        "a",
        "an hour and",
        "between 5 and",
        "from 3 to",
        "½ ¾ ⅔ hour",
        "£",
        "US$",
        "café 5 €",
        "5 ° ",
        "5°",
        "−5",
        "- -5",
        "((5))",
        "5 (5",
        "1.2.3.4.5.6",
        "99999999999999999999999",
        "1e308 km",
        "5 km/",
        "5 sq",
        "5 cubic",
        "a couple",
        "half",
        "quarter of",
        "tens of",
        "年 5 元",
        "٣ ٤",
        "5\u{202f}",
        "5 000 000 000 000 000 000 000",
        "—5—",
        "'",
        "6'",
        "6'2",
    ];
    for text in odd {
        let toks = tokenize(text);
        let found = scan(text, &toks);
        for r in found {
            assert!(r.span.end <= text.len() && text.is_char_boundary(r.span.start));
        }
    }
}

#[test]
fn random_pieces_never_panic_and_spans_stay_in_order() {
    const PIECES: [&str; 48] = [
        "1", "12", "1,200", "3.5", ".", ",", "-", "/", "$", "£", "€", "%", "km", "m", "mph", "a",
        "an", "half", "quarter", "and", "between", "to", "from", "about", "over", "one", "two",
        "thirds", "hundred", "million", "dozens", "of", "pounds", "C", "°", "'", "\"", "(", ")",
        "½", "x", "^", "e", "in", "per", "hour", "US", "times",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..3000 {
        let mut text = String::new();
        for _ in 0..(next() % 9 + 1) {
            if next() % 3 != 0 {
                text.push(' ');
            }
            text.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
        }
        let toks = tokenize(&text);
        let found = scan(&text, &toks);
        let mut last_end = 0;
        for r in &found {
            let full = r.hedge.map_or(r.span, |h| h.cover(&r.span));
            assert!(full.start >= last_end, "{text:?}: overlapping values");
            assert!(text.is_char_boundary(full.start) && text.is_char_boundary(full.end));
            last_end = full.end;
            if let Value::Quantity(q) = &r.value {
                assert!(!q.value.is_nan() && !q.precision.is_nan(), "{text:?}: NaN");
            }
        }
    }
}

#[test]
fn addresses_unknown_scales_and_rates() {
    assert!(all("He lives at 221 Baker Street.").is_empty());
    assert!(all("Turn it 5 to 10 degrees left.").is_empty());
    none_in("The bridge carries 100,000 vehicles a day.", "a day");
    is("He waited for a day.", "a day", Duration, 86400.0);
    // "COP26" is a summit, not Colombian pesos.
    assert!(all("Leaders met at COP26.").is_empty());
}

#[test]
fn vague_counts_of_a_scale_and_approximate_ranges() {
    let (q, _) = get("A few hundred people gathered.", "A few hundred");
    assert_eq!((q.value, q.high), (300.0, Some(500.0)));
    let (q, _) = get("Several thousand troops moved.", "Several thousand");
    assert_eq!((q.value, q.high), (3000.0, Some(9000.0)));
    let (q, hedge) = get("About 10 to 15 km of road.", "10 to 15 km");
    assert_eq!(hedge.as_deref(), Some("About"));
    assert!(q.low.is_some_and(|l| close(l, 9000.0)) && q.high.is_some_and(|h| close(h, 16_500.0)));
    none_in("Sales grew in 2019 and 2020.", "2020");
}

#[test]
fn plus_signs_idioms_and_hyphenated_phrases() {
    let (q, hedge) = get("The firm has 10,000+ staff.", "10,000");
    assert_eq!(
        (q.qualifier, hedge.as_deref()),
        (Some(Qualifier::AtLeast), Some("+"))
    );
    let (q, _) = get("Rates of 3.75%-4% were set.", "3.75%-4%");
    assert_eq!(q.high, Some(4.0));
    assert!(all("Net zero is the goal.").is_empty());
    assert!(all("Copyright 2023 The Times.").is_empty());
    assert!(all("A 1-in-100-year flood and a 2-for-1 deal.").is_empty());
    is("A 12-member panel met.", "12", Number, 12.0);
}

#[test]
fn a_news_paragraph_end_to_end() {
    let text = "PARIS, June 3 (Reuters) - A high-speed train travelling at about 250 km/h \
        derailed near Lyon on Sunday, killing at least 14 people and injuring dozens, \
        officials said. The TGV, carrying 487 passengers, left the tracks 2.5 miles outside \
        the station at 10:42 a.m. Repairs to the 12-mile stretch will cost an estimated \
        EUR 35 million and take up to six weeks. In 2019, a similar crash on Route 66 killed 3.";
    let toks = tokenize(text);
    let got: Vec<(String, Option<Qualifier>)> = scan(text, &toks)
        .into_iter()
        .filter_map(|r| match r.value {
            Value::Quantity(q) => Some((text[r.span.start..r.span.end].to_string(), q.qualifier)),
            Value::Date(_) => None,
        })
        .collect();
    let want = [
        ("250 km/h", Some(Qualifier::Approx)),
        ("14", Some(Qualifier::AtLeast)),
        ("dozens", Some(Qualifier::Vague)),
        ("487", None),
        ("2.5 miles", None),
        ("12-mile", None),
        ("EUR 35 million", Some(Qualifier::Approx)),
        ("six weeks", Some(Qualifier::AtMost)),
        ("3", None),
    ];
    let want: Vec<(String, Option<Qualifier>)> =
        want.iter().map(|(s, q)| (s.to_string(), *q)).collect();
    assert_eq!(got, want);
}

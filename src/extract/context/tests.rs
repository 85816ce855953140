//! Tests of the words around a value: distances, boundaries, counted nouns, partitives.
use super::*;
use crate::values::token::tokenize;

fn phrase(text: &str) -> Phrase {
    Phrase {
        text: text.to_string(),
        words: text
            .split(' ')
            .map(|w| match w.strip_suffix('*') {
                Some(s) => (s.to_string(), true),
                None => (w.to_string(), false),
            })
            .collect(),
    }
}

fn around<'a>(text: &'a str, words: &'a [Word], value: &str) -> Around<'a> {
    let start = text.find(value).unwrap();
    Around::new(text, words, Span::new(start, start + value.len()))
}

fn words(text: &str) -> Vec<Word> {
    crate::text::words(text, &tokenize(text), Span::new(0, text.len()))
}

#[test]
fn distances_count_the_words_between_and_clause_boundaries() {
    let text = "Two people were killed and 12 were injured in the blast.";
    let w = words(text);
    let two = around(text, &w, "Two");
    assert_eq!(two.nearest(&[phrase("killed")]), Some(2));
    // people, were, killed, and, were: five words, one of them a boundary.
    assert_eq!(two.nearest(&[phrase("injured")]), Some(7));
    let twelve = around(text, &w, "12");
    assert_eq!(twelve.nearest(&[phrase("killed")]), Some(3));
    assert_eq!(twelve.nearest(&[phrase("injured")]), Some(1));
    assert_eq!(twelve.nearest(&[phrase("injur*")]), Some(1));
    let text = "It killed 30 people, including eight children.";
    let w = words(text);
    assert_eq!(
        around(text, &w, "30").nearest(&[phrase("including")]),
        Some(3)
    );
}

#[test]
fn words_inside_the_value_count_only_where_asked() {
    let text = "The speed was 37 miles per hour.";
    let w = words(text);
    let v = around(text, &w, "37 miles per hour");
    assert_eq!(v.nearest(&[phrase("miles")]), None);
    assert_eq!(v.nearest_or_inside(&[phrase("miles")], &[]), Some(0));
    assert_eq!(v.nearest(&[phrase("speed")]), Some(1));
    assert!(v.anywhere(&[phrase("the speed")]));
    let text = "It hit 50 mph in a speed limit zone.";
    let w = words(text);
    let v = around(text, &w, "50 mph");
    assert_eq!(v.nearest_or_inside(&[phrase("speed")], &[]), Some(2));
    assert_eq!(
        v.nearest_or_inside(&[phrase("speed")], &[phrase("speed limit")]),
        None
    );
}

#[test]
fn counted_things_follow_with_only_modifiers_between() {
    let text = "It fired two ballistic missiles, then 30 of the missiles and 5, missiles.";
    let w = words(text);
    let things = [phrase("missile*")];
    assert!(around(text, &w, "two").counts(&things, 3));
    assert!(!around(text, &w, "30").counts(&things, 3));
    assert!(!around(text, &w, "5").counts(&things, 3));
}

#[test]
fn nearest_group_prefers_the_following_noun_on_ties() {
    let text = "Soldiers said 3 civilians died.";
    let w = words(text);
    let groups = vec![
        ("soldiers".to_string(), vec![phrase("soldiers")]),
        ("civilians".to_string(), vec![phrase("civilians")]),
    ];
    assert_eq!(
        around(text, &w, "3").nearest_group(&groups, false),
        Some("civilians")
    );
    let text = "Police said 3 died.";
    let w = words(text);
    let groups = vec![("police".to_string(), vec![phrase("police")])];
    assert_eq!(
        around(text, &w, "3").nearest_group(&groups, false),
        Some("police")
    );
    assert_eq!(
        around(text, &w, "3").nearest_group(&groups, true),
        None,
        "the speaker is not what is counted"
    );
}

#[test]
fn what_a_count_counts() {
    let people = [phrase("people"), phrase("children"), phrase("passengers")];
    let cases = [
        ("It killed 12 people.", "12", Some(true)),
        ("It killed 12 young children.", "12", Some(true)),
        ("Six different hospitals took them.", "Six", Some(false)),
        ("He lived in one of 23 flats.", "23", Some(false)),
        ("12 were killed.", "12", None),
        ("It killed 12, officials said.", "12", None),
        ("It killed 12 Americans.", "12", Some(true)),
        ("It killed all 157 on board.", "157", None),
    ];
    for (text, value, want) in cases {
        let w = words(text);
        assert_eq!(
            around(text, &w, value).counted(&people, &[]),
            want,
            "{text}"
        );
    }
}

#[test]
fn partitives_of_the_counted_group() {
    let dead = [phrase("dead"), phrase("died"), phrase("injured")];
    let cases = [
        ("Five of the dead were named.", "Five", true),
        ("Police said 19 of those injured were critical.", "19", true),
        ("It named 27 of those who died.", "27", true),
        ("12 of the 40 passengers died.", "12", false),
        ("12 of them, they said.", "12", false),
        ("12 died.", "12", false),
    ];
    for (text, value, want) in cases {
        let w = words(text);
        assert_eq!(around(text, &w, value).partitive_of(&dead), want, "{text}");
    }
}

#[test]
fn a_word_beyond_another_figure_belongs_to_it() {
    let text = "The toll has risen to 632, with 329 injured.";
    let w = words(text);
    let at = |s: &str| {
        let i = text.find(s).unwrap();
        Span::new(i, i + s.len())
    };
    let injured = [phrase("injured")];
    assert_eq!(around(text, &w, "632").nearest(&injured), Some(3));
    let v = around(text, &w, "632").with_rivals(vec![at("329")]);
    assert_eq!(v.nearest(&injured), None);
    let v = around(text, &w, "329").with_rivals(vec![at("632")]);
    assert_eq!(v.nearest(&injured), Some(0));
}

#[test]
fn parts_of_a_breakdown() {
    let cases = [
        ("It killed 30 people, including 8 children.", "30", false),
        ("It killed 30 people, including 8 children.", "8", true),
        ("Among the dead were 26 foreigners.", "26", true),
        (
            "It fired 300 missiles, 120 of which were ballistic.",
            "120",
            true,
        ),
        (
            "It fired 300 missiles, 120 of which were ballistic.",
            "300",
            false,
        ),
        (
            "Among them were 26 foreigners, with five from Iran and two from the United States.",
            "five",
            true,
        ),
        (
            "Among them were 26 foreigners, with five from Iran and two from the United States.",
            "two",
            true,
        ),
        ("They evacuated 3,000 from their homes.", "3,000", false),
    ];
    for (text, value, want) in cases {
        let w = words(text);
        assert_eq!(
            around(text, &w, value).part_of_list(),
            want,
            "{text} / {value}"
        );
    }
}

#[test]
fn numbers_in_apposition_to_a_name() {
    let cases = [
        ("Derek Chauvin, 44, was charged.", "44", true),
        (
            "Among the dead was Jim Gaines (48) of New Jersey.",
            "48",
            true,
        ),
        ("The victim was Anna Lee, 19.", "19", true),
        ("In 2019, 12 people died.", "12", false),
        ("The bus, 12, was late.", "12", false),
        ("Chauvin, 44 years old, was charged.", "44", false),
    ];
    for (text, value, want) in cases {
        let w = words(text);
        assert_eq!(around(text, &w, value).appositive(), want, "{text}");
    }
}

#[test]
fn distance_to_another_span() {
    let text = "The Sandy Hook shooting in 2012 that killed 27 was worse.";
    let w = words(text);
    let at = |s: &str| {
        let i = text.find(s).unwrap();
        Span::new(i, i + s.len())
    };
    let v = around(text, &w, "27");
    assert_eq!(v.distance_to(at("2012")), Some(2));
    assert_eq!(v.distance_to(at("worse")), Some(1));
    assert_eq!(v.distance_to(at("27")), None);
}

/// The span of the first `s` in `text`.
fn at(text: &str, s: &str) -> Span {
    let i = text.find(s).unwrap();
    Span::new(i, i + s.len())
}

#[test]
fn no_word_reaches_across_a_semicolon() {
    let text = "Death toll in Moscow concert hall attack rises to 133; suspected gunmen arrested";
    let w = words(text);
    let v = around(text, &w, "133");
    assert_eq!(v.nearest(&[phrase("arrested")]), None);
    assert_eq!(v.nearest(&[phrase("death toll")]), Some(7));
    assert_eq!(v.distance_to(at(text, "gunmen")), None);
    let text = "Four were killed, and 12 were injured.";
    let w = words(text);
    assert_eq!(around(text, &w, "12").nearest(&[phrase("killed")]), Some(5));
}

#[test]
fn a_count_after_a_dash_can_break_down_the_figure_before_it() {
    let near = [phrase("injured")];
    let text = "Two officers were injured—one by gunfire and another when struck by the truck.";
    let w = words(text);
    let one = around(text, &w, "one").with_rivals(vec![at(text, "Two")]);
    assert!(one.after_dash_of(&near));
    // A dash after another fact's figure: the count is its own.
    let text = "Bus Crash Kills 12 — 40 Injured";
    let w = words(text);
    let forty = around(text, &w, "40").with_rivals(vec![at(text, "12")]);
    assert!(!forty.after_dash_of(&near));
    // No figure before the dash: nothing to break down.
    let text = "The latest figures — 40 people injured, officials said.";
    let w = words(text);
    assert!(!around(text, &w, "40").after_dash_of(&near));
}

#[test]
fn among_makes_a_breakdown() {
    let text = "Among the dead persons, three were hikers who were hit by falling rocks, the rest \
                one was a bus driver, killed by falling rocks as well.";
    let w = words(text);
    assert!(around(text, &w, "three").part_of_list());
    assert!(around(text, &w, "one").part_of_list());
    let text = "The passengers were predominantly South Korean, with two Thai nationals among \
                the dead.";
    let w = words(text);
    assert!(around(text, &w, "two").part_of_list());
    let text = "Twelve people were killed, among them two children.";
    let w = words(text);
    assert!(!around(text, &w, "Twelve").part_of_list());
    let text = "Among other measures, police arrested 45 protesters outside parliament.";
    let w = words(text);
    assert!(!around(text, &w, "45").part_of_list());
}

#[test]
fn a_count_without_a_noun_counts_the_group_attacked_before_it() {
    let groups = vec![
        (
            "police".to_string(),
            vec![phrase("police"), phrase("officers")],
        ),
        ("soldiers".to_string(), vec![phrase("troops")]),
    ];
    let text = "Subsequently, he opened fire on officers, wounding two before being fatally shot \
                by law enforcement.";
    let w = words(text);
    assert_eq!(
        around(text, &w, "two").attacked_group(&groups, 6),
        Some("police")
    );
    // The police who speak are not the group counted.
    let text = "Police said 3 died at the scene.";
    let w = words(text);
    assert_eq!(around(text, &w, "3").attacked_group(&groups, 6), None);
    // Too far away to say.
    let text = "He opened fire on officers outside the station on Canal Street before the crash \
                that killed 14.";
    let w = words(text);
    assert_eq!(around(text, &w, "14").attacked_group(&groups, 6), None);
}

#[test]
fn a_when_clause_after_a_date_holds_that_dates_figures() {
    let text = "This tragedy marks South Korea's deadliest aviation incident since 1997, when a \
                Korean Air crash in Guam killed 228.";
    let w = words(text);
    assert!(around(text, &w, "228").in_when_clause_of(at(text, "1997")));
    let text = "The crash killed 179 people, the deadliest since 1997.";
    let w = words(text);
    assert!(!around(text, &w, "179").in_when_clause_of(at(text, "1997")));
    let text = "In 1997 officials said that 228 had died.";
    let w = words(text);
    assert!(!around(text, &w, "228").in_when_clause_of(at(text, "1997")));
}

#[test]
fn a_common_noun_in_a_headline_is_no_nationality() {
    let common = [phrase("officials"), phrase("people")];
    let text = "Gujarat Morbi Bridge Collapse Live: Nine Officials of Oreva Group Arrested";
    let w = words(text);
    assert_eq!(around(text, &w, "Nine").nationality(&common), None);
    let text = "Kabul airport blast causes 3 US personnel casualties, kills 13 Afghans";
    let w = words(text);
    assert_eq!(around(text, &w, "13").nationality(&common), Some("afghans"));
}

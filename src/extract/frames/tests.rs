//! Tests of the stretches of an article about other events, on real paragraphs.

use super::*;
use crate::values::token::tokenize;

/// The stretches of other events in `text`, as the text they cover; `stale` are the dates of
/// earlier events, written as in the text.
fn frames(text: &str, stale: &[&str]) -> Vec<String> {
    let tokens = tokenize(text);
    let body = Span::new(0, text.len());
    let sentences = text::sentences(text, body);
    let stale: Vec<Span> = stale
        .iter()
        .map(|d| {
            let i = text.find(d).unwrap();
            Span::new(i, i + d.len())
        })
        .collect();
    other_events(text, &tokens, body, &sentences, &stale)
        .iter()
        .map(|s| text[s.start..s.end].to_string())
        .collect()
}

const TEL_AVIV: &str = "Iran launched nearly 200 ballistic missiles at Israel.\n\n\
    In a separate incident earlier in the day, a terrorist attack in southern Tel Aviv left \
    eight people dead.\n\n\
    Israeli police labeled it a terror attack, with two suspects killed by authorities. Twelve \
    people were injured, six seriously.\n\n\
    This violence follows Israel's ongoing military operations in Lebanon.";

#[test]
fn a_separate_incident_lead_in_takes_the_next_paragraph_with_it() {
    let got = frames(TEL_AVIV, &[]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("In a separate incident"), "{got:?}");
    assert!(got[0].ends_with("six seriously."), "{got:?}");
}

#[test]
fn a_separate_incident_inside_a_paragraph_ends_with_it() {
    let text = "Two people were lightly injured by shrapnel. In a separate attack, 12 people were \
                wounded at a tram station. Officials said more details would follow.\n\n\
                The missile barrage injured two people in central Israel.";
    let got = frames(text, &[]);
    assert_eq!(
        got,
        [
            "In a separate attack, 12 people were wounded at a tram station. Officials said more \
          details would follow."
        ]
    );
}

#[test]
fn the_storys_own_separate_attacks_are_not_another_event() {
    let text = "The gunmen carried out three separate attacks, killing 12 people.";
    assert!(frames(text, &[]).is_empty());
}

#[test]
fn a_paragraph_opening_with_an_earlier_date_is_that_events() {
    let text = "Iran fired about 180 missiles at Israel on Tuesday.\n\
                In April, Iran fired a wave of drones and missiles at Israel in the wake of an \
                air strike that hit Tehran's diplomatic mission in Damascus. The embassy attack \
                killed seven Revolutionary Guards, two of them generals.\n\
                Israel vowed to respond.";
    let got = frames(text, &["April"]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("In April") && got[0].ends_with("generals."));
    // The same month, not an earlier event's: no stretch.
    assert!(frames(text, &[]).is_empty());
}

#[test]
fn a_sentence_opening_with_an_earlier_date_is_that_events() {
    let text = "Gunmen killed 137 people at a concert hall near Moscow. Last year, Hamas militants \
                carried out an attack on a music concert in Israel, resulting in the deaths of \
                364 individuals. Several suspects have appeared in court.";
    let got = frames(text, &["Last year"]);
    assert_eq!(
        got,
        [
            "Last year, Hamas militants carried out an attack on a music concert in Israel, \
          resulting in the deaths of 364 individuals."
        ]
    );
    // A date later in the sentence does not open it.
    let text = "The quake, the strongest since 1999, killed nine people.";
    assert!(frames(text, &["1999"]).is_empty());
}

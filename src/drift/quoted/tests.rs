//! Quote drift on real sentences from held-out story clusters: each way two wordings of a
//! quotation looked different without being a misquote, and the misquotes that must stay.

use super::*;
use crate::diff::FindingKind;
use crate::rules::{RuleFile, RuleSet, load};
use crate::source::article;
use crate::values::token::tokenize;
use crate::words::normalize::words;

fn pack() -> RuleSet {
    load(&[RuleFile::new(
        "words.toml",
        include_str!("../../../rules/words.toml"),
    )])
    .unwrap()
}

/// The quote drifts between the texts, as their summaries; agreements apart.
fn quote_drifts(texts: &[&str]) -> Vec<String> {
    found(texts, false)
}

/// The quotations the texts quote word for word (or one an excerpt of the other).
fn agreements(texts: &[&str]) -> Vec<String> {
    found(texts, true)
}

fn found(texts: &[&str], agreement: bool) -> Vec<String> {
    let articles: Vec<_> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| article(&format!("s{i}"), "x", t.to_string()))
        .collect();
    super::super::drift(&articles, &pack())
        .into_iter()
        .filter(|d| d.kind == FindingKind::QuoteDrift && d.agreement == agreement)
        .map(|d| {
            if agreement {
                let s = &d.sides[0];
                texts[s.source][s.span.start..s.span.end].to_string()
            } else {
                d.summary
            }
        })
        .collect()
}

fn w(text: &str) -> Vec<WordRef> {
    words(text, &tokenize(text), Span::new(0, text.len()))
}

#[test]
fn the_attribution_after_the_quote_marks_is_not_compared() {
    // Slate and NBC on the Fox–Dominion settlement (2023).
    let slate = "In response to the news, Dominion CEO John Poulos stated that “Fox has \
                 admitted to telling lies about Dominion.”";
    let nbc = "“Fox has admitted to telling lies,” John Poulos, Dominion’s CEO, said at a news \
               conference after the trial ended.";
    assert_eq!(quote_drifts(&[slate, nbc]), Vec::<String>::new());
    // What both quote, they quote word for word.
    assert_eq!(
        agreements(&[slate, nbc]),
        vec!["Fox has admitted to telling lies"]
    );
}

#[test]
fn words_outside_the_quote_marks_are_not_counted() {
    // The Japan Times and AP on the EU's fine on Apple (2024): "applied restrictions on" and
    // "banned" are each paper's own words; inside the marks one adds "fully", one
    // "available".
    let japan = "The European Commission said Monday it \"found that Apple applied restrictions \
                 on app developers preventing them from informing iOS users about alternative \
                 and cheaper music subscription services available outside of the app.\"";
    let ap = "Apple banned app developers from \"fully informing iOS users about alternative and \
              cheaper music subscription services outside of the app,\" said the European \
              Commission.";
    assert_eq!(quote_drifts(&[japan, ap]), Vec::<String>::new());
}

#[test]
fn two_different_known_speakers_are_two_remarks() {
    // Semafor quotes Vestager, the Japan Times the Commission's decision.
    let semafor = "“They did so by restricting developers from informing consumers about \
                   alternative, cheaper music services available outside of the Apple \
                   ecosystem,” said Margrethe Vestager, the EU’s competition chief.";
    let japan = "The European Commission said Monday it \"found that Apple applied restrictions \
                 on app developers preventing them from informing iOS users about alternative \
                 and cheaper music subscription services available outside of the app.\"";
    assert_eq!(quote_drifts(&[semafor, japan]), Vec::<String>::new());
    // The same words given to Vestager, by her surname alone: one speaker, a changed word.
    let vestager = "Vestager said Apple had been \"preventing them from informing iOS users \
                    about alternative and cheaper music subscription services available outside \
                    of the app.\"";
    assert_eq!(
        quote_drifts(&[semafor, vestager]),
        vec!["consumers → iOS users"]
    );
}

#[test]
fn officials_sharing_a_stock_phrase_are_not_one_quotation() {
    // The railway minister and a railway spokesman on the Kanchanjunga collision (2024).
    let minister = "“Senior officials have reached the spot,” Railway Minister Ashwini Vaishnaw \
                    said on Monday.";
    let spokesman = "“Senior officials have reached the site,” the CPRO De told ANI.";
    assert_eq!(quote_drifts(&[minister, spokesman]), Vec::<String>::new());
    let again = "“Senior officials have reached the site,” Vaishnaw told ANI.";
    assert_eq!(quote_drifts(&[minister, again]), vec!["spot → site"]);
}

#[test]
fn words_only_added_or_cut_are_not_a_misquote_but_a_negation_is() {
    let a = "“Senior officials have reached the spot,” Vaishnaw said on Monday.";
    let b = "“Senior officials have already reached the spot,” Vaishnaw told ANI.";
    assert_eq!(quote_drifts(&[a, b]), Vec::<String>::new());
    // A content word that gives way to function words only is a word cut.
    let a = "“Disaster teams have quickly rushed to the scene for rescue,” Banerjee wrote.";
    let b = "“Disaster teams have been rushed to the scene for rescue,” Banerjee wrote on X.";
    assert_eq!(quote_drifts(&[a, b]), Vec::<String>::new());
    let a = "“We will back down from this fight,” the minister said on Monday.";
    let b = "“We will not back down from this fight,” the minister said.";
    assert_eq!(quote_drifts(&[a, b]), vec!["(nothing) → not"]);
    // A contraction is its two words.
    let a = "“We don’t back down from this fight,” the minister said on Monday.";
    let b = "“We do not back down from this fight,” the minister said.";
    assert_eq!(quote_drifts(&[a, b]), Vec::<String>::new());
}

#[test]
fn a_parenthesised_gloss_inside_a_quotation_is_left_out() {
    // AFP and Reuters on Iran's missile attack (October 2024).
    let afp = "“IDF systems have identified approximately 180 missiles fired towards Israeli \
               territory from Iran,” the military said in a statement.";
    let reuters = "“IDF (Israeli Army) systems have identified approximately 180 missiles fired \
                   towards Israeli territory from Iran,” it said.";
    assert_eq!(quote_drifts(&[afp, reuters]), Vec::<String>::new());
    assert_eq!(agreements(&[afp, reuters]).len(), 1);
    let text = "He said “IDF (Israeli Army) systems (all of them) work” today (Tuesday).";
    let inner = Span::new(text.find("IDF").unwrap(), text.find(" work").unwrap() + 5);
    let glossed: Vec<&str> = glosses(text, inner)
        .iter()
        .map(|g| &text[g.start..g.end])
        .collect();
    assert_eq!(glossed, vec!["(Israeli Army)", "(all of them)"]);
}

#[test]
fn a_parenthesis_outside_a_quotation_is_the_writers_own_and_counts() {
    let a = "The accident happened around 11 pm (2000 GMT) on the Eldoret-Kaptagat road in \
             western Kenya.";
    let b = "The accident happened around 11 pm (2100 GMT) on the Eldoret-Kaptagat road in \
             western Kenya.";
    let articles = vec![article("a", "x", a.into()), article("b", "x", b.into())];
    let found = super::super::drift(&articles, &pack());
    assert_eq!(
        found.iter().map(|d| d.summary.as_str()).collect::<Vec<_>>(),
        vec!["2000 → 2100"]
    );
}

#[test]
fn an_excerpt_of_a_longer_quotation_agrees_with_it() {
    // USA Today and Reuters on Biden calling Xi a dictator (2023).
    let usa = "Asked whether he still considered Xi a dictator, Biden said: “Well, look, he is.”";
    let reuters = "“Well, look, he is. I mean, he’s a dictator in the sense that he is a guy who \
                   runs a country that is a communist country,” Biden said.";
    assert_eq!(quote_drifts(&[usa, reuters]), Vec::<String>::new());
    // Two stretches of one remark that overlap (a prosecutor on Bankman-Fried, 2024).
    let a = "“He knew it was wrong, he knew it was criminal,” Kaplan said.";
    let b = "“He knew it was criminal. He regrets that he made a very bad bet about the \
             likelihood of getting caught,” Kaplan said.";
    assert_eq!(quote_drifts(&[a, b]), Vec::<String>::new());
}

#[test]
fn the_shared_words_of_two_quotations_of_one_speaker() {
    let (a, b) = (w("well look he is"), w("well look he is i mean"));
    let kept = shared(&crate::words::align::edits(&a, &b), &a, &b);
    assert_eq!(kept, vec![Edit::Equal { a: 0..4, b: 0..4 }]);
    // "sacred" begins both, and then they differ: fight → struggle is the swapped word.
    let (a, b) = (
        w("sacred fight to defend sovereignty and security"),
        w("sacred struggle"),
    );
    let kept = shared(&crate::words::align::edits(&a, &b), &a, &b);
    assert_eq!(
        kept,
        vec![
            Edit::Equal { a: 0..1, b: 0..1 },
            Edit::Replace { a: 1..2, b: 1..2 }
        ]
    );
    // Different longer continuations after a shared start are no swap.
    let (a, b) = (
        w("he knew it was wrong he regrets that he made a very bad bet"),
        w("he knew it was wrong he knew it was criminal"),
    );
    let kept = shared(&crate::words::align::edits(&a, &b), &a, &b);
    assert!(
        kept.iter().all(|e| matches!(e, Edit::Equal { .. })),
        "{kept:?}"
    );
}

//! Quote marks: every kind, apostrophes that are not quotes, nesting, paragraphs, and a
//! never-panics run on random text. Attribution has its own tests in `attribution/tests.rs`.

use super::*;
use crate::text;
use crate::values::token::tokenize;

/// The quotations of `text` (all of it the body): inner text and outer text.
pub(crate) fn run(text: &str) -> Vec<Quote> {
    let body = Span::new(0, text.len());
    let tokens = tokenize(text);
    let sentences = text::sentences(text, body);
    find(text, &tokens, body, &sentences)
}

fn inners(text: &str) -> Vec<&str> {
    run(text)
        .into_iter()
        .map(|q| &text[q.inner.start..q.inner.end])
        .collect()
}

fn outers(text: &str) -> Vec<&str> {
    run(text)
        .into_iter()
        .map(|q| &text[q.outer.start..q.outer.end])
        .collect()
}

#[test]
fn typographic_and_straight_double_quotes() {
    let text = "“We will not back down,” the minister said. He added: \"Nothing has changed.\"";
    assert_eq!(
        inners(text),
        vec!["We will not back down,", "Nothing has changed."]
    );
    assert_eq!(
        outers(text),
        vec!["“We will not back down,”", "\"Nothing has changed.\""]
    );
}

#[test]
fn inner_is_trimmed_of_spaces() {
    let text = "She called it “ a real threat ” on Monday.";
    assert_eq!(inners(text), vec!["a real threat"]);
    assert_eq!(outers(text), vec!["“ a real threat ”"]);
}

#[test]
fn single_quotes_that_clearly_delimit_a_quotation() {
    let text =
        "The banner read ‘no more war’ in red. Officials called it 'a clear signal', he said.";
    assert_eq!(inners(text), vec!["no more war", "a clear signal"]);
    // A single word between single marks is no quotation.
    assert!(inners("The so-called ‘deal’ collapsed.").is_empty());
}

#[test]
fn apostrophes_are_not_quotes() {
    let text = "Putin’s visit was brief. They don’t agree. It felt like the ’90s, all rock ’n’ roll \
                and the leaders’ aides' smiles. Rock 'n' roll, the '80s, 'em and 'tis.";
    assert!(inners(text).is_empty(), "{:?}", inners(text));
}

#[test]
fn plural_possessive_inside_a_single_quotation_does_not_close_it() {
    let text = "He wrote ‘the two leaders’ talks went well,’ and left.";
    assert_eq!(inners(text), vec!["the two leaders’ talks went well,"]);
}

#[test]
fn scare_quotes_and_titles_are_quotations() {
    let text =
        "Officials explored “possibilities” and cited “Putin’s Playbook” in a “firewall” plan.";
    assert_eq!(
        inners(text),
        vec!["possibilities", "Putin’s Playbook", "firewall"]
    );
}

#[test]
fn nested_quotes_stay_inside_the_outer_one() {
    let text =
        "“He told me ‘never again’ twice,” she said. “Call it “the plan” if you like,” he said.";
    assert_eq!(
        inners(text),
        vec![
            "He told me ‘never again’ twice,",
            "Call it “the plan” if you like,"
        ]
    );
    // British style: double marks inside single ones.
    let text = "‘They called it “a triumph” at home,’ she said.";
    assert_eq!(inners(text), vec!["They called it “a triumph” at home,"]);
}

#[test]
fn a_quotation_reopened_in_the_next_paragraph_is_one() {
    let text = "“The first part ends here.\n\n“The second part follows,” Kim said.\nNext.";
    let q = run(text);
    assert_eq!(q.len(), 1);
    assert_eq!(
        &text[q[0].inner.start..q[0].inner.end],
        "The first part ends here.\n\n“The second part follows,"
    );
    assert_eq!(q[0].outer, Span::new(0, text.find(" Kim").unwrap()));
}

#[test]
fn an_unclosed_quotation_ends_with_its_paragraph() {
    let text = "He said “this never closes.\nThe next paragraph has “a real quote” in it.";
    assert_eq!(inners(text), vec!["this never closes.", "a real quote"]);
    assert_eq!(outers(text)[0], "“this never closes.");
    // Unclosed at the end of the text too.
    assert_eq!(inners("It ends “without a mark "), vec!["without a mark"]);
}

#[test]
fn a_closing_mark_without_its_space_opens_the_next_quotation() {
    let text = "“They do not like it,” the envoy told NPR.”But still, they have reasons.”";
    assert_eq!(
        inners(text),
        vec!["They do not like it,", "But still, they have reasons."]
    );
}

#[test]
fn brackets_and_parentheses_stay_in_the_quotation() {
    let text = "“the process of [building] a multipolar world (Russia) goes on,” Kim said.";
    assert_eq!(
        inners(text),
        vec!["the process of [building] a multipolar world (Russia) goes on,"]
    );
}

#[test]
fn inch_marks_and_stray_marks_are_not_quotes() {
    assert!(inners("The soldier stood 6'2\" tall.").is_empty());
    assert!(inners("A stray ” mark and an empty “” pair.").is_empty());
}

#[test]
fn only_the_body_is_read() {
    let text = "“Front matter quote.”\n“Body quote,” she said.";
    let body = Span::new(text.find('\n').unwrap() + 1, text.len());
    let tokens = tokenize(text);
    let sentences = text::sentences(text, body);
    let q = find(text, &tokens, body, &sentences);
    assert_eq!(q.len(), 1);
    assert_eq!(&text[q[0].inner.start..q[0].inner.end], "Body quote,");
}

/// A small deterministic generator (xorshift), so the test needs no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn never_panics_on_random_text_with_quote_marks() {
    const PIECES: &[&str] = &[
        "“",
        "”",
        "‘",
        "’",
        "\"",
        "'",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        ".",
        ",",
        ":",
        "!",
        "?",
        "(",
        ")",
        "[",
        "—",
        "-",
        "said",
        "told",
        "he",
        "she",
        "the",
        "leader",
        "Kim",
        "Putin",
        "Rebekah Koffler",
        "according to",
        "Interfax",
        "calling it",
        "was quoted as saying",
        "and",
        "’s",
        "s’",
        "’90s",
        "é",
        "日本",
        "🙂",
        "\u{a0}",
        "\r\n",
        "Mr.",
        "U.S.",
        "a",
        "spokesman",
        "North Korean",
        "words",
        "in",
        "Kremlin",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..3000 {
        let n = rng.below(60);
        let text: String = (0..n).map(|_| PIECES[rng.below(PIECES.len())]).collect();
        let tokens = tokenize(&text);
        // Any body, even one off the character boundaries or past the end.
        let a = rng.below(text.len() + 3);
        let b = rng.below(text.len() + 3);
        let body = Span::new(a.min(b), a.max(b));
        let sentences = if rng.below(4) == 0 {
            Vec::new()
        } else {
            let clamped = Span::new(body.start.min(text.len()), body.end.min(text.len()));
            if text.is_char_boundary(clamped.start) && text.is_char_boundary(clamped.end) {
                text::sentences(&text, clamped)
            } else {
                Vec::new()
            }
        };
        let quotes = find(&text, &tokens, body, &sentences);
        let mut last_end = 0;
        for q in &quotes {
            assert!(q.outer.contains(&q.inner), "{text:?}: {q:?}");
            assert!(q.outer.start >= last_end, "{text:?}: {quotes:?}");
            last_end = q.outer.end;
            for at in [q.outer.start, q.outer.end, q.inner.start, q.inner.end] {
                assert!(text.is_char_boundary(at), "{text:?}: {q:?}");
            }
            if let Some(s) = &q.speaker {
                assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
                assert!(!s.name.is_empty());
            }
        }
    }
}

#[test]
fn curly_marks_pair_by_kind_and_an_apostrophe_between_letters_never_closes() {
    // NBC on the Fox–Dominion settlement (2023): the quotation ends at ”, not at the
    // apostrophe of "Dominion’s", and the attribution stays outside it.
    let text = "“Fox has admitted to telling lies,” John Poulos, Dominion’s CEO, said.";
    assert_eq!(inners(text), vec!["Fox has admitted to telling lies,"]);
    let text = "‘Fox has admitted to telling lies,’ John Poulos, Dominion’s CEO, said.";
    assert_eq!(inners(text), vec!["Fox has admitted to telling lies,"]);
    let text = "He said ‘Fox admitted telling lies about Dominion’s machines’ on Tuesday.";
    assert_eq!(
        inners(text),
        vec!["Fox admitted telling lies about Dominion’s machines"]
    );
    // A single closing mark does not close a double opening one: the quotation runs on to
    // the paragraph's end rather than ending at a stray mark.
    let text = "“Fox has admitted to telling lies,’ John Poulos said.\nNext.";
    assert_eq!(
        inners(text),
        vec!["Fox has admitted to telling lies,’ John Poulos said."]
    );
}

//! Digit strings that are not numbers at all: web addresses, times of day, dates written
//! with slashes, phone numbers, dotted versions and addresses, street addresses, scores and
//! spans of years, and the pieces of numbers split by spaces in tokenised text.

use super::fractions;
use super::ident::is_in;
use super::numbers::Reader;
use super::token::{Kind, Token};

/// Words that follow a number giving the time of day.
const CLOCK: &[&str] = &[
    "am", "pm", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "pdt",
];

/// Marks tokens inside web addresses, e-mail addresses and handles, found once per text.
pub fn url_mask(src: &str, tokens: &[Token]) -> Vec<bool> {
    let mut mask = vec![false; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        // A chunk is a run of tokens with no space between them.
        let mut j = i + 1;
        while j < tokens.len() && tokens[j].attached() {
            j += 1;
        }
        let text = &src[tokens[i].start..tokens[j - 1].end];
        let web = text.contains("://")
            || text.starts_with("www.")
            || (text.contains('@') && text.contains('.'))
            || text.starts_with('@')
            || (text.contains('=') && text.contains('?'))
            || percent_encoded(text) >= 2;
        if web {
            mask[i..j].iter_mut().for_each(|m| *m = true);
        }
        i = j;
    }
    mask
}

/// How many "%XX" escapes (two hex digits after "%") a web address holds.
fn percent_encoded(text: &str) -> usize {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(2))
        .filter(|&k| b[k] == b'%' && b[k + 1].is_ascii_hexdigit() && b[k + 2].is_ascii_hexdigit())
        .count()
}

/// If the digits at token `i` start a chain that is not a number — a time "10:30", a date
/// "5/17/2018", a phone number "555-1212-33", an address "192.168.1.2", a version
/// "1.2.3" — the index after the chain.
pub fn chain_end(r: &Reader, i: usize) -> Option<usize> {
    let mut j = i + 1;
    let (mut colons, mut dots, mut slashes, mut dashes) = (0, 0, 0, 0);
    while let (Some(sep), Some(n)) = (r.tok(j), r.tok(j + 1)) {
        if !sep.attached() || !n.attached() || n.kind != Kind::Num {
            break;
        }
        match sep.text(r.src) {
            ":" => colons += 1,
            "." => dots += 1,
            "/" => slashes += 1,
            "-" | "–" => dashes += 1,
            _ => break,
        }
        j += 2;
    }
    let chain = colons > 0 || dots >= 2 || slashes >= 2 || dashes >= 2;
    // A single slash that is not a fraction: "9/11", "24/7", "6/25".
    let slash = slashes == 1 && fractions::slash(r, i).is_none();
    // A span of years or a season: "1990-2000", "2019-20".
    let year =
        |k: usize| r.num_len(k) == 4 && r.num(k).is_some_and(|v| (1900.0..=2100.0).contains(&v));
    let years = dashes == 1 && (year(i) || year(i + 2));
    // Phone numbers: "555-1212", "+44 20 7946 0958", "(206) 555-1212".
    let local = dashes == 1 && r.num_len(i) == 3 && r.num_len(i + 2) == 4;
    let plus = r.is_punct(i.wrapping_sub(1), '+') && r.attached(i);
    let area = r.is_punct(i.wrapping_sub(1), '(') && r.is_punct(i + 1, ')') && r.num_len(i) == 3;
    if (plus || area) && r.num_len(if area { i + 2 } else { j }) > 0 {
        return Some(phone_end(r, if area { i + 2 } else { j }));
    }
    // Codes with leading zeros: "007", "0958".
    let code = j == i + 1
        && r.num_len(i) >= 3
        && r.tok(i).is_some_and(|t| {
            let text = t.text(r.src);
            text.starts_with('0') && text.bytes().any(|b| b != b'0')
        })
        && !(r.attached(i) && r.is_punct(i.wrapping_sub(1), '.'))
        && !(r.attached(j) && (r.is_punct(j, '.') || r.is_punct(j, ',')));
    (chain || slash || years || local || code).then_some(j)
}

/// The end of a phone number's digit groups from token `k`.
fn phone_end(r: &Reader, mut k: usize) -> usize {
    while let Some(t) = r.tok(k) {
        let sep = t.kind == Kind::Punct
            && matches!(t.text(r.src), "-" | "." | ")")
            && r.tok(k + 1).is_some_and(|n| n.kind == Kind::Num);
        if t.kind != Kind::Num && !sep {
            break;
        }
        k += 1;
    }
    k
}

/// Words that end a street address ("221 Baker Street").
const STREETS: &[&str] = &[
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "lane",
    "drive",
    "way",
    "place",
    "terrace",
    "crescent",
    "court",
    "plaza",
];

/// True when the number ending before token `j` starts a street address: capitalised words
/// and a street word follow ("221 Baker Street", "10 Downing St.").
pub fn address_after(r: &Reader, j: usize) -> bool {
    let mut k = j;
    while let Some(w) = r
        .word(k)
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
    {
        if k > j && is_in(STREETS, w) {
            return true;
        }
        k += 1;
        if k > j + 3 {
            break;
        }
    }
    false
}

/// True when the number ending before token `j` is a time of day: "5pm", "5 p.m.",
/// "6 o'clock".
pub fn clock_after(r: &Reader, j: usize) -> bool {
    if let Some(w) = r.word(j)
        && (is_in(CLOCK, w) || w.eq_ignore_ascii_case("o"))
    {
        return !w.eq_ignore_ascii_case("o") || r.is_punct(j + 1, '\'') || r.is_punct(j + 1, '’');
    }
    // "a.m.", "p.m."
    r.word(j)
        .is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("p"))
        && r.is_punct(j + 1, '.')
        && r.attached(j + 1)
        && r.is_word(j + 2, "m")
        && r.attached(j + 2)
}

/// True when the number at token `i` is a leftover piece of a number split by spaces in
/// tokenised text ("10 , 000", "14 . 8"): a group after a spaced comma, or decimals after
/// a spaced dot.
pub fn fragment(r: &Reader, i: usize) -> bool {
    let Some(sep) = i.checked_sub(1).and_then(|p| r.tok(p)) else {
        return false;
    };
    let num_before = i >= 2 && r.tok(i - 2).is_some_and(|t| t.kind == Kind::Num);
    let spaced = sep.space_before && r.tokens[i].space_before;
    match sep.text(r.src) {
        "," => spaced && num_before && r.num_len(i) == 3 && r.num_len(i - 2) <= 3,
        "." => spaced && num_before,
        _ => false,
    }
}

/// True when the numbers around a dash at `dash` are a score or a year span, not a range:
/// "won 3-1", "a 2-0 defeat", "2019-20", "1990-2000".
pub fn score_or_years(r: &Reader, a: f64, b: f64, first: usize, dash: usize) -> bool {
    let year = |v: f64, len: usize| len == 4 && (1900.0..=2100.0).contains(&v);
    if year(a, r.num_len(first)) || year(b, r.num_len(dash + 1)) {
        return true;
    }
    if b <= a {
        return true;
    }
    const SCORE: &[&str] = &[
        "win", "won", "wins", "beat", "beats", "lead", "led", "victory", "defeat", "defeated",
        "lost", "loss", "loses", "draw", "drew", "score", "scored", "tie", "tied", "match", "game",
        "final", "vote", "votes", "voted", "ruling", "decision", "record",
    ];
    let lo = first.saturating_sub(4);
    let hi = (dash + 6).min(r.tokens.len());
    (lo..hi).any(|k| r.word(k).is_some_and(|w| is_in(SCORE, w)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::token::tokenize;

    fn at<F: Fn(&Reader, usize) -> bool>(text: &str, tok: &str, f: F) -> bool {
        let toks = tokenize(text);
        let r = Reader {
            src: text,
            tokens: &toks,
        };
        let i = toks.iter().position(|t| t.text(text) == tok).unwrap_or(0);
        f(&r, i)
    }

    #[test]
    fn chains_times_and_phones() {
        assert!(at("at 10:30 today", "10", |r, i| chain_end(r, i)
            == Some(i + 3)));
        assert!(at("on 5/17/2018", "5", |r, i| chain_end(r, i).is_some()));
        assert!(at("host 192.168.1.2", "192", |r, i| chain_end(r, i).is_some()));
        assert!(at("call 555-1212", "555", |r, i| chain_end(r, i).is_some()));
        assert!(!at("1.5 million", "1", |r, i| chain_end(r, i).is_some()));
        assert!(!at("10-20 people", "10", |r, i| chain_end(r, i).is_some()));
        assert!(at("at 5pm", "5", |r, i| clock_after(r, i + 1)));
        assert!(at("at 5 p.m. on", "5", |r, i| clock_after(r, i + 1)));
    }

    #[test]
    fn web_addresses_are_masked() {
        let text = "see https://x.com/a?q=30%25 and 30%";
        let toks = tokenize(text);
        let mask = url_mask(text, &toks);
        let thirty: Vec<bool> = toks
            .iter()
            .zip(&mask)
            .filter(|(t, _)| t.text(text) == "30")
            .map(|(_, m)| *m)
            .collect();
        assert_eq!(thirty, vec![true, false]);
    }

    #[test]
    fn fragments_of_spaced_numbers() {
        assert!(at("predicts that 10 , 000 m", "000", fragment));
        assert!(!at("1, 200", "200", fragment));
    }
}

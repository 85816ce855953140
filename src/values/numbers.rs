//! Numbers as news writes them: digits with separators and decimals, number words,
//! scale words ("1.5 million"), "a dozen", and ordinals — parsed from the shared token stream.
//!
//! Each parser starts at a token index and returns what it read and the index of the first
//! token after it, so callers (quantities, dates) can chain them without re-scanning text.

use super::NumberForm;
use super::token::{Kind, Token};

/// A number read from the text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    /// The value.
    pub value: f64,
    /// Half the place value of the last written digit ("37" → 0.5, "1.25" → 0.005,
    /// "1.5 million" → 50,000, "two" → 0.5).
    pub precision: f64,
    /// How it was written.
    pub form: NumberForm,
    /// First byte of the number.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
}

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// The value of a single cardinal word below one hundred ("seven", "forty"), ignoring case.
pub fn small_cardinal(word: &str) -> Option<u64> {
    let w = word.to_ascii_lowercase();
    if let Some(i) = UNITS.iter().position(|u| *u == w) {
        return Some(i as u64);
    }
    TENS.iter()
        .position(|t| *t == w)
        .map(|i| (i as u64 + 2) * 10)
}

/// The multiplier of a scale word ("hundred" → 100, "million" → 1e6), ignoring case.
pub fn scale_word(word: &str) -> Option<f64> {
    match word.to_ascii_lowercase().as_str() {
        "hundred" => Some(100.0),
        "thousand" => Some(1e3),
        "million" => Some(1e6),
        "billion" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

/// Reads a number starting at token `i`: digits ("1,200.5", "37"), words ("thirty-seven",
/// "four hundred"), a digit or word number followed by scale words ("1.5 million"), or
/// "a dozen". Returns the number and the index of the next token.
pub fn parse_number(src: &str, tokens: &[Token], i: usize) -> Option<(Number, usize)> {
    let (mut n, mut next) = parse_digits(src, tokens, i).or_else(|| parse_words(src, tokens, i))?;
    // Scale words after digits: "1.5 million", "200 thousand".
    if n.form == NumberForm::Digits {
        while let Some(t) = tokens.get(next) {
            let Some(scale) = scale_word(t.text(src)).filter(|_| t.kind == Kind::Word) else {
                break;
            };
            n.value *= scale;
            n.precision *= scale;
            n.end = t.end;
            next += 1;
        }
    }
    Some((n, next))
}

/// Reads digits with optional thousands separators and a decimal part.
fn parse_digits(src: &str, tokens: &[Token], i: usize) -> Option<(Number, usize)> {
    let first = tokens.get(i)?;
    if first.kind != Kind::Num {
        return None;
    }
    let mut text = first.text(src).to_string();
    let mut j = i + 1;
    // Thousands groups: ",ddd" directly attached.
    if first.end - first.start <= 3 {
        while j + 1 < tokens.len()
            && tokens[j].is_punct(src, ',')
            && tokens[j].attached()
            && tokens[j + 1].kind == Kind::Num
            && tokens[j + 1].attached()
            && tokens[j + 1].end - tokens[j + 1].start == 3
        {
            text.push_str(tokens[j + 1].text(src));
            j += 2;
        }
    }
    let mut decimals = 0;
    if j + 1 < tokens.len()
        && tokens[j].is_punct(src, '.')
        && tokens[j].attached()
        && tokens[j + 1].kind == Kind::Num
        && tokens[j + 1].attached()
    {
        let frac = tokens[j + 1].text(src);
        decimals = frac.len() as i32;
        text.push('.');
        text.push_str(frac);
        j += 2;
    }
    let value: f64 = text.parse().ok()?;
    Some((
        Number {
            value,
            precision: 0.5 * 10f64.powi(-decimals),
            form: NumberForm::Digits,
            start: first.start,
            end: tokens[j - 1].end,
        },
        j,
    ))
}

/// Reads a number written in words: "thirty-seven", "four hundred and twelve", "a dozen".
fn parse_words(src: &str, tokens: &[Token], i: usize) -> Option<(Number, usize)> {
    let first = tokens.get(i)?;
    if first.kind != Kind::Word {
        return None;
    }
    if first.is_word(src, "dozen") || first.is_word(src, "a") {
        let k = if first.is_word(src, "a") { i + 1 } else { i };
        if tokens.get(k).is_some_and(|t| t.is_word(src, "dozen")) {
            return Some((
                Number {
                    value: 12.0,
                    precision: 0.5,
                    form: NumberForm::Words,
                    start: first.start,
                    end: tokens[k].end,
                },
                k + 1,
            ));
        }
        return None;
    }
    let mut total = 0.0;
    let mut current = 0.0;
    let mut j = i;
    let mut end = first.start;
    let mut seen = false;
    loop {
        let Some(t) = tokens.get(j) else { break };
        if t.kind != Kind::Word {
            break;
        }
        let w = t.text(src);
        if let Some(v) = small_cardinal(w) {
            // "thirty-seven": a tens word, a hyphen, a units word.
            let mut v = v as f64;
            let mut k = j + 1;
            if v >= 20.0
                && tokens
                    .get(k)
                    .is_some_and(|h| h.is_punct(src, '-') && h.attached())
                && let Some(u) = tokens
                    .get(k + 1)
                    .filter(|u| u.attached())
                    .and_then(|u| small_cardinal(u.text(src)))
                    .filter(|&u| (1..10).contains(&u))
            {
                v += u as f64;
                k += 2;
            }
            current += v;
            end = tokens[k - 1].end;
            j = k;
            seen = true;
        } else if let (true, Some(scale)) = (seen, scale_word(w)) {
            if scale == 100.0 {
                current *= 100.0;
            } else {
                total += current.max(1.0) * scale;
                current = 0.0;
            }
            end = t.end;
            j += 1;
        } else if seen
            && t.is_word(src, "and")
            && tokens
                .get(j + 1)
                .is_some_and(|n| small_cardinal(n.text(src)).is_some())
            && current >= 100.0
        {
            j += 1;
        } else {
            break;
        }
    }
    if !seen {
        return None;
    }
    Some((
        Number {
            value: total + current,
            precision: 0.5,
            form: NumberForm::Words,
            start: first.start,
            end,
        },
        j,
    ))
}

const ORDINALS: [&str; 20] = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
const TENTHS: [&str; 8] = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

fn ordinal_word(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    if let Some(i) = ORDINALS.iter().position(|o| *o == w) {
        return Some(i as u32);
    }
    TENTHS
        .iter()
        .position(|t| *t == w)
        .map(|i| (i as u32 + 2) * 10)
}

/// Reads an ordinal starting at token `i`: "1st", "30th", "first", "twenty-first".
/// Returns its value and the index of the next token.
pub fn ordinal(src: &str, tokens: &[Token], i: usize) -> Option<(u32, usize)> {
    let t = tokens.get(i)?;
    match t.kind {
        Kind::Num => {
            let suffix = tokens
                .get(i + 1)
                .filter(|s| s.attached() && s.kind == Kind::Word)?;
            let n: u32 = t.text(src).parse().ok()?;
            let want = match (n % 100, n % 10) {
                (11..=13, _) => "th",
                (_, 1) => "st",
                (_, 2) => "nd",
                (_, 3) => "rd",
                _ => "th",
            };
            suffix
                .text(src)
                .eq_ignore_ascii_case(want)
                .then_some((n, i + 2))
        }
        Kind::Word => {
            if let Some(v) = ordinal_word(t.text(src)) {
                return Some((v, i + 1));
            }
            let tens = small_cardinal(t.text(src)).filter(|v| (20..100).contains(v))?;
            let hyphen = tokens
                .get(i + 1)
                .filter(|h| h.is_punct(src, '-') && h.attached())?;
            let _ = hyphen;
            let unit = tokens
                .get(i + 2)
                .filter(|u| u.attached())
                .and_then(|u| ordinal_word(u.text(src)))
                .filter(|u| (1..10).contains(u))?;
            Some((tens as u32 + unit, i + 3))
        }
        Kind::Punct => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::token::tokenize;

    fn num(text: &str) -> Option<(f64, f64, &str)> {
        let toks = tokenize(text);
        parse_number(text, &toks, 0).map(|(n, _)| (n.value, n.precision, &text[n.start..n.end]))
    }

    #[test]
    fn digits_with_separators_and_decimals() {
        assert_eq!(num("1,200.5 km"), Some((1200.5, 0.05, "1,200.5")));
        assert_eq!(num("37 mph"), Some((37.0, 0.5, "37")));
        // A comma followed by a space is a list, not a thousands separator.
        assert_eq!(num("1, 200"), Some((1.0, 0.5, "1")));
    }

    #[test]
    fn scale_words_carry_the_precision() {
        assert_eq!(
            num("1.5 million people"),
            Some((1.5e6, 50_000.0, "1.5 million"))
        );
    }

    #[test]
    fn number_words() {
        assert_eq!(num("thirty-seven miles").map(|n| n.0), Some(37.0));
        assert_eq!(num("four hundred and twelve").map(|n| n.0), Some(412.0));
        assert_eq!(num("two thousand five hundred").map(|n| n.0), Some(2500.0));
        assert_eq!(
            num("a dozen eggs").map(|n| (n.0, n.2)),
            Some((12.0, "a dozen"))
        );
        assert_eq!(num("a train"), None);
    }

    #[test]
    fn ordinals_in_digits_and_words() {
        let text = "30th first twenty-first 2th";
        let toks = tokenize(text);
        assert_eq!(ordinal(text, &toks, 0), Some((30, 2)));
        assert_eq!(ordinal(text, &toks, 2), Some((1, 3)));
        assert_eq!(ordinal(text, &toks, 3), Some((21, 6)));
        assert_eq!(ordinal(text, &toks, 6), None);
    }
}

//! Numbers as news writes them: digits with separators and decimals, number words,
//! scale words ("1.5 million", "three lakh"), fractions and mixed numbers, "a dozen", and
//! ordinals — parsed from the shared token stream.
//!
//! Each parser starts at a token index and returns what it read and the index of the first
//! token after it, so callers (quantities, dates) can chain them without re-scanning text.
//! Digit runs are read in [`super::digits`], cardinals written in pieces in
//! [`super::chain`], number words and fractions in [`super::numwords`] and
//! [`super::fractions`].

use super::NumberForm;
use super::chain::Acc;
use super::digits::{parse_digits, point_digits, suffix_scale};
use super::fractions;
use super::numwords;
use super::token::{Kind, Token};

/// A number read from the text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    /// The value.
    pub value: f64,
    /// Half the place value of the last written digit ("37" → 0.5, "1.25" → 0.005,
    /// "1.5 million" → 50,000, "two" → 0.5, "3/4" → 0.125).
    pub precision: f64,
    /// How it was written.
    pub form: NumberForm,
    /// First byte of the number.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// True for a whole number written out in full ("12", "1,200", "twelve", "a dozen"):
    /// as a count it is exact. False after decimals, scale words and fractions.
    pub exact: bool,
}

/// The value of a single cardinal word below one hundred ("seven", "forty"), ignoring case.
pub fn small_cardinal(word: &str) -> Option<u64> {
    numwords::cardinal(word).map(u64::from)
}

/// The multiplier of a scale word ("hundred" → 100, "million" → 1e6, "lakh" → 1e5),
/// ignoring case.
pub fn scale_word(word: &str) -> Option<f64> {
    numwords::scale(word).filter(|&s| s >= 100.0)
}

/// Reads a number starting at token `i`: digits ("1,200.5", "37", "-4", "1e10"), words
/// ("thirty-seven", "four hundred and twelve", "minus five"), digits or words followed by
/// scale words or letters ("1.5 million", "10k", "3 lakh"), fractions and mixed numbers
/// ("3/4", "10 1/2", "two thirds", "one and a half", "½"), "a dozen", "a couple".
/// Returns the number and the index of the next token.
pub fn parse_number(src: &str, tokens: &[Token], i: usize) -> Option<(Number, usize)> {
    let r = Reader { src, tokens };
    if let Some(after) = r.minus(i) {
        let (mut n, next) = parse_unsigned(&r, after)?;
        // "- 5 people were hurt" opens a bulleted line; "- 1,200" alone on it is negative.
        let bullet = tokens[i].kind == Kind::Punct
            && !r.attached(after)
            && r.tok(next).is_some_and(|t| !t.newline_before);
        if bullet {
            return None;
        }
        n.value = -n.value;
        n.start = tokens[i].start;
        return Some((n, next));
    }
    parse_unsigned(&r, i)
}

/// Token access shared by the number parsers.
#[derive(Clone, Copy)]
pub(crate) struct Reader<'a> {
    pub src: &'a str,
    pub tokens: &'a [Token],
}

impl<'a> Reader<'a> {
    pub fn tok(&self, j: usize) -> Option<&'a Token> {
        self.tokens.get(j)
    }

    /// The text of token `j` when it is a word.
    pub fn word(&self, j: usize) -> Option<&'a str> {
        self.tok(j)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.text(self.src))
    }

    pub fn is_word(&self, j: usize, w: &str) -> bool {
        self.tok(j).is_some_and(|t| t.is_word(self.src, w))
    }

    pub fn is_punct(&self, j: usize, c: char) -> bool {
        self.tok(j).is_some_and(|t| t.is_punct(self.src, c))
    }

    /// True when token `j` exists and touches the token before it.
    pub fn attached(&self, j: usize) -> bool {
        self.tok(j).is_some_and(|t| t.attached())
    }

    /// True when nothing but punctuation (other than a hyphen or slash) or the end of the
    /// text follows token `j - 1`, i.e. token `j` does not continue a phrase.
    pub fn ends_phrase(&self, j: usize) -> bool {
        match self.tok(j) {
            None => true,
            Some(t) => t.kind == Kind::Punct && !matches!(t.text(self.src), "-" | "/" | "–" | "^"),
        }
    }

    /// A digit run's value, without allocating.
    pub fn num(&self, j: usize) -> Option<f64> {
        self.tok(j)
            .filter(|t| t.kind == Kind::Num)
            .and_then(|t| t.text(self.src).parse::<f64>().ok())
    }

    pub fn num_len(&self, j: usize) -> usize {
        self.tok(j)
            .filter(|t| t.kind == Kind::Num)
            .map_or(0, |t| t.end - t.start)
    }

    /// If token `i` is a minus sign or word that negates the number after it, the index of
    /// that number.
    fn minus(&self, i: usize) -> Option<usize> {
        let t = self.tok(i)?;
        if t.is_word(self.src, "minus") || t.is_word(self.src, "negative") {
            return Some(i + 1);
        }
        if t.kind != Kind::Punct || !matches!(t.text(self.src), "-" | "−") {
            return None;
        }
        // A dash touching a word or number before it is a hyphen or a range mark
        // ("F-16", "10-20"); one after a number is a range or list mark ("75 -300").
        if i > 0 {
            let prev = &self.tokens[i - 1];
            if prev.kind != Kind::Punct && (t.attached() || prev.kind == Kind::Num) {
                return None;
            }
        }
        let next = self.tok(i + 1)?;
        if next.attached() {
            return Some(i + 1);
        }
        // "- 1,200" with a space only at the start of a line.
        (i == 0 || t.newline_before).then_some(i + 1)
    }
}

/// A number without a sign.
fn parse_unsigned(r: &Reader, i: usize) -> Option<(Number, usize)> {
    let t = r.tok(i)?;
    if t.kind == Kind::Word {
        return fractions::parse_words(r, i);
    }
    if let Some((v, den, next)) = fractions::vulgar(r, i) {
        let n = fractions::fraction_number(v, den, t.start, r, next, NumberForm::Digits);
        return Some((n, next));
    }
    let d = parse_digits(r, i)?;
    let mut acc = Acc::from_digits(&d);
    if d.decimals == 0 && !d.grouped {
        if let Some((num, den, next)) = fractions::slash(r, i) {
            let n =
                fractions::fraction_number(num / den, den, t.start, r, next, NumberForm::Digits);
            return Some((n, next));
        }
        if let Some((f, den, next)) = fractions::mixed_tail(r, d.next) {
            let v = d.value + f;
            let n = fractions::fraction_number(v, den, t.start, r, next, NumberForm::Digits);
            return Some((n, next));
        }
        if let Some((v, places, next)) = point_digits(r, d.next, true) {
            acc.current += v;
            acc.place = 10f64.powi(-places);
            acc.next = next;
            acc.end = r.tokens[next - 1].end;
        }
    }
    if let Some((scale, next)) = suffix_scale(r, acc.next, &d) {
        acc.apply_scale(scale);
        acc.next = next;
        acc.end = r.tokens[next - 1].end;
    }
    acc.extend(r);
    Some(fractions::finish(r, acc, t.start))
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
            if let Some(v) = numwords::ordinal(t.text(src)) {
                return Some((v, i + 1));
            }
            let tens = small_cardinal(t.text(src)).filter(|v| (20..100).contains(v))?;
            tokens
                .get(i + 1)
                .filter(|h| h.is_punct(src, '-') && h.attached())?;
            let unit = tokens
                .get(i + 2)
                .filter(|u| u.attached())
                .and_then(|u| numwords::ordinal(u.text(src)))
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

    #[test]
    fn whole_numbers_are_exact_counts() {
        let exact = |text: &str| {
            let toks = tokenize(text);
            parse_number(text, &toks, 0).map(|(n, _)| n.exact)
        };
        assert_eq!(exact("1,200 people"), Some(true));
        assert_eq!(exact("twelve people"), Some(true));
        assert_eq!(exact("1.5 people"), Some(false));
        assert_eq!(exact("2 million people"), Some(false));
        assert_eq!(exact("3/4 of"), Some(false));
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

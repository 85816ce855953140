//! Numbers as news writes them: digits with separators and decimals, number words,
//! scale words ("1.5 million", "three lakh"), fractions and mixed numbers, "a dozen", and
//! ordinals — parsed from the shared token stream.
//!
//! Each parser starts at a token index and returns what it read and the index of the first
//! token after it, so callers (quantities, dates) can chain them without re-scanning text.
//! Digit runs are handled here; number words and fractions in [`super::numwords`] and
//! [`super::fractions`].

use super::NumberForm;
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

/// A run of digits with its separators and decimals.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Digits {
    pub value: f64,
    /// Number of decimal places written.
    pub decimals: i32,
    /// True when thousands separators were written.
    pub grouped: bool,
    /// Power of ten written after it ("1.3e6").
    pub exponent: i32,
    pub start: usize,
    pub end: usize,
    pub next: usize,
}

/// Characters that separate thousands groups when written between digits with no other space.
const GROUP_SPACES: [char; 4] = ['\u{a0}', '\u{202f}', '\u{2009}', ' '];

/// Reads digits with optional thousands separators ("1,200", "12,34,567", "40 000"), a decimal
/// part (".5", or ",5" continental style), a leading-dot decimal (".25") and a written
/// exponent ("1.3e6", "1.3x10^6", "2.5^-1").
pub(crate) fn parse_digits(r: &Reader, i: usize) -> Option<Digits> {
    let first = r.tok(i)?;
    let src = r.src;
    // ".25": a dot that opens a number.
    if first.is_punct(src, '.') && r.tok(i + 1).is_some_and(|t| t.kind == Kind::Num) {
        let signed = i > 0 && matches!(r.tokens[i - 1].text(r.src), "-" | "−");
        if !r.attached(i + 1) || (i > 0 && !first.space_before && !signed) {
            return None;
        }
        let places = r.num_len(i + 1) as i32;
        let value = r.num(i + 1)? / 10f64.powi(places);
        let d = Digits {
            value,
            decimals: places,
            grouped: false,
            exponent: 0,
            start: first.start,
            end: r.tokens[i + 1].end,
            next: i + 2,
        };
        return Some(exponent(r, d));
    }
    if first.kind != Kind::Num {
        return None;
    }
    let mut value = r.num(i)?;
    let mut j = i + 1;
    let mut grouped = false;
    let mut decimals = 0;
    let len = r.num_len(i);
    let sep_group = |j: usize, c: char, n: usize| {
        r.is_punct(j, c) && r.attached(j) && r.attached(j + 1) && r.num_len(j + 1) == n
    };
    if len <= 3 && sep_group(j, '.', 3) && european(r, j) {
        // "1.111,11": dots group thousands, the comma marks decimals.
        while sep_group(j, '.', 3) {
            value = value * 1000.0 + r.num(j + 1)?;
            j += 2;
        }
        grouped = true;
        let places = r.num_len(j + 1) as i32;
        value += r.num(j + 1)? / 10f64.powi(places);
        decimals = places;
        j += 2;
    } else {
        if len <= 3 && sep_group(j, ',', 3) {
            while sep_group(j, ',', 3) {
                value = value * 1000.0 + r.num(j + 1)?;
                j += 2;
            }
            grouped = true;
        } else if len <= 2 && sep_group(j, ',', 2) && indian(r, j) {
            while sep_group(j, ',', 2) || sep_group(j, ',', 3) {
                let n = r.num_len(j + 1) as i32;
                value = value * 10f64.powi(n) + r.num(j + 1)?;
                j += 2;
            }
            grouped = true;
        } else if len <= 3
            && let Some(k) = space_groups(r, j)
        {
            while j < k {
                value = value * 1000.0 + r.num(j)?;
                j += 1;
            }
            grouped = true;
        }
        // "22,24,26": a list, not a decimal comma.
        let listed = i >= 2 && r.is_punct(i - 1, ',') && first.attached() && r.num_len(i - 2) > 0;
        let decimal_comma = !grouped
            && !listed
            && r.is_punct(j, ',')
            && r.attached(j)
            && r.attached(j + 1)
            && matches!(r.num_len(j + 1), 1 | 2)
            && !continues(r, j + 2);
        if (r.is_punct(j, '.') || decimal_comma)
            && r.attached(j)
            && r.attached(j + 1)
            && r.num_len(j + 1) > 0
        {
            let places = r.num_len(j + 1) as i32;
            value += r.num(j + 1)? / 10f64.powi(places);
            decimals = places;
            j += 2;
        }
    }
    let d = Digits {
        value,
        decimals,
        grouped,
        exponent: 0,
        start: first.start,
        end: r.tokens[j - 1].end,
        next: j,
    };
    Some(exponent(r, d))
}

/// True when the dot-grouped digits at `j` end in a comma and one or two decimals.
fn european(r: &Reader, mut j: usize) -> bool {
    while r.is_punct(j, '.') && r.attached(j) && r.attached(j + 1) && r.num_len(j + 1) == 3 {
        j += 2;
    }
    r.is_punct(j, ',')
        && r.attached(j)
        && r.attached(j + 1)
        && matches!(r.num_len(j + 1), 1 | 2)
        && !continues(r, j + 2)
}

/// True when token `j` continues a run of digits: attached digits or letters, or an attached
/// separator followed by attached digits.
fn continues(r: &Reader, j: usize) -> bool {
    let Some(t) = r.tok(j).filter(|t| t.attached()) else {
        return false;
    };
    t.kind != Kind::Punct
        || (matches!(t.text(r.src), "," | ".") && r.attached(j + 1) && r.num_len(j + 1) > 0)
}

/// True when the comma groups at `j` follow the Indian pattern: pairs, then one triple.
fn indian(r: &Reader, mut j: usize) -> bool {
    let group = |j: usize, n: usize| {
        r.is_punct(j, ',') && r.attached(j) && r.attached(j + 1) && r.num_len(j + 1) == n
    };
    let mut pairs = 0;
    while group(j, 2) {
        j += 2;
        pairs += 1;
    }
    pairs > 0 && group(j, 3) && !group(j + 2, 3) && !group(j + 2, 2)
}

/// Space-separated thousands groups after the digits before `j` ("1 234 567", "40 000"):
/// returns the index after the last group. A no-break or thin space always separates
/// groups; a plain space only in a run of two or more groups, or before "000".
fn space_groups(r: &Reader, j: usize) -> Option<usize> {
    let mut k = j;
    let mut plain_only = true;
    while r.num_len(k) == 3 && !r.attached(k) {
        let gap = &r.src[r.tokens[k - 1].end..r.tokens[k].start];
        let mut chars = gap.chars();
        let (Some(c), None) = (chars.next(), chars.next()) else {
            break;
        };
        if !GROUP_SPACES.contains(&c) {
            break;
        }
        plain_only &= c == ' ';
        k += 1;
    }
    // The group must not continue as a decimal or a longer digit run.
    let groups = k - j;
    if groups == 0 || (r.attached(k) && r.tok(k).is_some_and(|t| t.kind == Kind::Num)) {
        return None;
    }
    let zeros = r.tok(j).is_some_and(|t| t.text(r.src) == "000");
    (!plain_only || groups >= 2 || zeros).then_some(k)
}

/// A written exponent after digits: "e10", "e+14", "x10^6", "^-1".
fn exponent(r: &Reader, mut d: Digits) -> Digits {
    let j = d.next;
    let signs = |mut k: usize| {
        let mut negative = false;
        while r.attached(k) && (r.is_punct(k, '-') || r.is_punct(k, '+')) {
            negative ^= r.is_punct(k, '-');
            k += 1;
        }
        (negative, k)
    };
    let attached_num = |k: usize| r.attached(k) && r.num_len(k) > 0 && r.num_len(k) <= 3;
    if r.attached(j) && r.word(j).is_some_and(|w| w == "e" || w == "E") {
        let (neg, k) = signs(j + 1);
        if attached_num(k)
            && let Some(e) = r.num(k)
        {
            let e = if neg { -e } else { e } as i32;
            d.value *= 10f64.powi(e);
            d.exponent = e;
            d.end = r.tokens[k].end;
            d.next = k + 1;
        }
    } else if r.attached(j)
        && r.word(j).is_some_and(|w| w == "x" || w == "X")
        && attached_num(j + 1)
        && r.num(j + 1) == Some(10.0)
        && r.attached(j + 2)
        && r.is_punct(j + 2, '^')
    {
        let (neg, k) = signs(j + 3);
        if attached_num(k)
            && let Some(e) = r.num(k)
        {
            let e = if neg { -e } else { e } as i32;
            d.value *= 10f64.powi(e);
            d.exponent = e;
            d.end = r.tokens[k].end;
            d.next = k + 1;
        }
    } else if r.attached(j) && r.is_punct(j, '^') {
        let (neg, k) = signs(j + 1);
        if attached_num(k)
            && let Some(e) = r.num(k)
        {
            d.value = d.value.powf(if neg { -e } else { e });
            d.decimals = 12;
            d.end = r.tokens[k].end;
            d.next = k + 1;
        }
    }
    d
}

/// A scale written straight after digits ("10k", "1.2M", "2mil", "10bn") or, for a single
/// letter, after a space at the end of a phrase ("2.33 k").
fn suffix_scale(r: &Reader, j: usize, d: &Digits) -> Option<(f64, usize)> {
    let w = r.word(j)?;
    let attached = r.attached(j);
    // The letters must end the token run: "5km" is not "5k" + "m".
    if r.attached(j + 1)
        && r.tok(j + 1).is_some_and(|t| {
            t.kind != Kind::Punct
                || t.is_punct(r.src, '-')
                || (t.is_punct(r.src, '.') && r.attached(j + 2) && r.word(j + 2).is_some())
        })
    {
        return None;
    }
    if let Some((scale, ident)) = numwords::suffix_letter(w) {
        let single_digit = d.decimals == 0 && !d.grouped && d.end - d.start == 1;
        if ident && single_digit && attached {
            return None;
        }
        if attached || r.ends_phrase(j + 1) {
            return Some((scale, j + 1));
        }
        return None;
    }
    if attached && w.len() > 1 {
        return numwords::scale(w).map(|s| (s, j + 1));
    }
    None
}

/// Decimals written after "point": digit words ("point zero three"), a word number below one
/// hundred ("point seventy-one", "point eleven") or, after digits, a digit run ("1 point 1").
/// Returns the fraction, its number of places and the next token.
pub(crate) fn point_digits(r: &Reader, j: usize, after_digits: bool) -> Option<(f64, i32, usize)> {
    if !r.is_word(j, "point") {
        return None;
    }
    let k = j + 1;
    if after_digits {
        let t = r.tok(k).filter(|t| t.kind == Kind::Num)?;
        if r.attached(k + 1) && r.tok(k + 1).is_some_and(|n| n.kind != Kind::Punct) {
            return None;
        }
        let places = (t.end - t.start) as i32;
        return Some((r.num(k)? / 10f64.powi(places), places, k + 1));
    }
    let mut digits = 0.0;
    let mut places = 0;
    let mut m = k;
    while let Some(d) = r.word(m).and_then(numwords::digit_word) {
        digits = digits * 10.0 + f64::from(d);
        places += 1;
        m += 1;
    }
    if places == 0 {
        let (v, next) = fractions::word_below_hundred(r, k)?;
        if v < 10 {
            return None;
        }
        return Some((f64::from(v) / 100.0, 2, next));
    }
    Some((digits / 10f64.powi(places), places, m))
}

/// A cardinal being read: `total` holds completed groups of a thousand and up, `current` the
/// group after the last such scale.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Acc {
    pub total: f64,
    pub current: f64,
    /// The largest scale of a thousand or more applied so far (0 when none).
    pub last_scale: f64,
    /// Place value of the last written digit, times the scales applied after it.
    pub place: f64,
    /// A scale applied after the last written digit.
    pub scaled: bool,
    /// The first atom was digits and no scale followed yet ("322 hundred" is allowed).
    pub first_digits: bool,
    /// The value of the last word atom when it was a tens word ("one hundred thirty").
    pub last_tens: Option<u32>,
    pub digits: bool,
    pub words: bool,
    pub end: usize,
    pub next: usize,
}

impl Acc {
    fn from_digits(d: &Digits) -> Acc {
        Acc {
            total: 0.0,
            current: d.value,
            last_scale: 0.0,
            place: 10f64.powi(d.exponent - d.decimals),
            scaled: d.decimals > 0 || d.exponent != 0,
            first_digits: true,
            last_tens: None,
            digits: true,
            words: false,
            end: d.end,
            next: d.next,
        }
    }

    /// A chain that starts with a word atom of value `v` ending at token `next`.
    pub fn from_word(v: f64, end: usize, next: usize) -> Acc {
        Acc {
            total: 0.0,
            current: v,
            last_scale: 0.0,
            place: 1.0,
            scaled: false,
            first_digits: false,
            last_tens: None,
            digits: false,
            words: true,
            end,
            next,
        }
    }

    pub fn value(&self) -> f64 {
        self.total + self.current
    }

    fn integer(&self) -> bool {
        self.place >= 1.0 && self.value().fract() == 0.0
    }

    /// Applies a scale word or letter; false when it cannot follow what was read.
    pub fn apply_scale(&mut self, s: f64) -> bool {
        if s == 100.0 || s == 12.0 {
            let ok = self.current > 0.0 && (s == 12.0 || self.current < 100.0 || self.first_digits);
            if !ok {
                return false;
            }
            self.current *= s;
        } else if self.current == 0.0 {
            if self.total == 0.0 || s <= self.last_scale {
                return false;
            }
            self.total *= s;
        } else {
            if s > self.last_scale {
                self.total = (self.total + self.current) * s;
            } else {
                self.total += self.current * s;
            }
            self.current = 0.0;
        }
        if s >= 1000.0 {
            self.last_scale = self.last_scale.max(s);
        }
        self.first_digits = false;
        self.last_tens = None;
        if s == 12.0 {
            // "two dozen" is a whole count written in full.
            return true;
        }
        self.place *= s;
        self.scaled = true;
        true
    }

    /// True when a word atom of value `w` may follow: at the start of a group, after a
    /// hundred ("hundred twelve"), or a unit after a tens word ("fifty two").
    fn takes(&self, w: u32) -> bool {
        if self.first_digits || w == 0 {
            return false;
        }
        let c = self.current;
        if c == 0.0 {
            return self.total > 0.0;
        }
        let rem = c % 100.0;
        (rem == 0.0 && self.place >= 1.0 && w < 100)
            || ((20.0..100.0).contains(&rem) && rem % 10.0 == 0.0 && w < 10 && self.words)
    }

    fn add(&mut self, w: u32, end: usize, next: usize) {
        self.current += f64::from(w);
        self.place = 1.0;
        self.scaled = false;
        self.words = true;
        self.last_tens = (w >= 20 && w.is_multiple_of(10)).then_some(w);
        self.end = end;
        self.next = next;
    }

    /// Reads scale words, further word atoms, "and" continuations and "point" decimals.
    pub fn extend(&mut self, r: &Reader) {
        loop {
            let j = self.next;
            let Some(t) = r.tok(j) else { break };
            if let Some(s) = r.word(j).and_then(numwords::scale) {
                // A unit word in the scale table ("cr") never starts a group on its own.
                let mut a = *self;
                if !a.apply_scale(s) {
                    break;
                }
                a.end = t.end;
                a.next = j + 1;
                *self = a;
                continue;
            }
            if let Some((w, next)) = self.atom(r, j) {
                self.add(w, r.tokens[next - 1].end, next);
                continue;
            }
            if t.is_word(r.src, "and")
                && let Some((w, next)) = self.and_continues(r, j + 1)
            {
                self.add(w, r.tokens[next - 1].end, next);
                continue;
            }
            if self.total == 0.0
                && self.integer()
                && !self.digits
                && let Some((f, places, next)) = point_digits(r, j, false)
            {
                self.current += f;
                self.place = 10f64.powi(-places);
                self.scaled = false;
                self.end = r.tokens[next - 1].end;
                self.next = next;
                continue;
            }
            break;
        }
    }

    /// A word atom (or, right after a scale, a digit run followed by another scale) that can
    /// continue the chain at token `j`: its value and the next token.
    fn atom(&self, r: &Reader, j: usize) -> Option<(u32, usize)> {
        let t = r.tok(j)?;
        if t.kind == Kind::Num {
            let after_scale = self.current == 0.0 && self.total > 0.0;
            let before_scale = r.word(j + 1).and_then(numwords::scale).is_some();
            let and_before = r.is_word(j.wrapping_sub(1), "and");
            let small = r.num_len(j) <= 3 && !r.attached(j + 1);
            if after_scale && small && (before_scale || and_before) {
                let v = r.num(j)? as u32;
                return (v > 0).then_some((v, j + 1));
            }
            return None;
        }
        // "fifty - two", "fifty-two": a hyphen only between a tens word and a unit.
        if t.kind == Kind::Punct && t.text(r.src) == "-" {
            let tens = self.last_tens?;
            let _ = tens;
            let u = r.word(j + 1).and_then(numwords::cardinal)?;
            let spaced = t.space_before == r.tok(j + 1)?.space_before;
            return ((1..10).contains(&u) && spaced && self.takes(u)).then_some((u, j + 2));
        }
        let w = r.word(j).and_then(numwords::cardinal)?;
        self.takes(w).then_some((w, j + 1))
    }

    /// True when "and" at `j - 1` joins the chain to the atom at `j`: after a hundred or a
    /// scale ("four hundred and twelve", "two thousand and two hundred"), or a unit after a
    /// tens word ("twenty and four") — unless a fraction or a second hundred follows.
    fn and_continues(&self, r: &Reader, j: usize) -> Option<(u32, usize)> {
        let (w, next) = self.atom(r, j).or_else(|| {
            let t = r.tok(j)?;
            let ok = t.kind == Kind::Num && r.num_len(j) <= 3 && !r.attached(j + 1);
            let v = r.num(j)? as u32;
            (ok && self.current > 0.0 && self.current % 100.0 == 0.0 && v > 0 && v < 100)
                .then_some((v, j + 1))
        })?;
        if w == 0 {
            return None;
        }
        let c = self.current;
        let after_hundreds = c > 0.0 && c % 100.0 == 0.0;
        let after_scale = c == 0.0 && self.total > 0.0;
        let tens_unit = c % 100.0 != 0.0 && w < 10;
        if !(after_hundreds || after_scale || tens_unit) {
            return None;
        }
        // "three hundred and two hundred" is two numbers; "twenty and three fifths" a
        // mixed number; "twenty and five hundred" not 2,500.
        let follow = r.word(next);
        let hundred_next = follow.and_then(numwords::scale) == Some(100.0);
        if hundred_next && !after_scale {
            return None;
        }
        if tens_unit && follow.and_then(numwords::scale).is_some() {
            return None;
        }
        // "one hundred and three quarters" is 100¾; "one hundred and thirty fifths" is 130/5.
        let (whole, after) = fractions::word_below_hundred(r, j).unwrap_or((w, next));
        let den = r.word(after).and_then(numwords::denominator);
        if den.is_some_and(|(d, _)| f64::from(whole) < d) || (tens_unit && den.is_some()) {
            return None;
        }
        Some((w, next))
    }
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

    fn num(text: &str) -> Option<(f64, f64, &str)> {
        let toks = tokenize(text);
        parse_number(text, &toks, 0).map(|(n, _)| (n.value, n.precision, &text[n.start..n.end]))
    }

    fn val(text: &str) -> Option<f64> {
        num(text).map(|n| n.0)
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() <= 1e-9 * b.abs().max(1.0))
    }

    #[test]
    fn digits_with_separators_and_decimals() {
        assert_eq!(num("1,200.5 km"), Some((1200.5, 0.05, "1,200.5")));
        assert_eq!(num("37 mph"), Some((37.0, 0.5, "37")));
        // A comma followed by a space is a list, not a thousands separator.
        assert_eq!(num("1, 200"), Some((1.0, 0.5, "1")));
        assert_eq!(val("12,34,567.89 rupees"), Some(1234567.89));
        assert_eq!(val("1.111,11 euros"), Some(1111.11));
        assert_eq!(val("22,24,26 and 31"), Some(22.0));
        assert_eq!(num("5,5 points").map(|n| n.0), Some(5.5));
        assert_eq!(val(".25 inches"), Some(0.25));
        assert_eq!(num("4.800").map(|n| (n.0, n.1)), Some((4.8, 0.0005)));
    }

    #[test]
    fn space_separated_groups() {
        assert_eq!(val("1 414 021 100 people"), Some(1414021100.0));
        assert_eq!(val("40 000 troops"), Some(40000.0));
        assert_eq!(val("40\u{202f}500 troops"), Some(40500.0));
        // Two counts side by side stay apart.
        assert_eq!(val("12 150 people"), Some(12.0));
        assert_eq!(val("423 0000"), Some(423.0));
    }

    #[test]
    fn signs_and_exponents() {
        assert_eq!(val("-9.5 degrees"), Some(-9.5));
        assert_eq!(val("minus 1,200,000"), Some(-1_200_000.0));
        assert_eq!(val("negative five hundred and four"), Some(-504.0));
        assert!(close(val("1.3e6"), 1.3e6));
        assert!(close(val("6.23x10^-4"), 6.23e-4));
        assert!(close(val("2.5^-1"), 0.4));
        let text = "F-16";
        let toks = tokenize(text);
        assert_eq!(parse_number(text, &toks, 1), None);
        let text = "75 -300";
        let toks = tokenize(text);
        assert_eq!(parse_number(text, &toks, 1), None);
    }

    #[test]
    fn scale_words_and_letters_carry_the_precision() {
        assert_eq!(
            num("1.5 million people"),
            Some((1.5e6, 50_000.0, "1.5 million"))
        );
        assert_eq!(num("10k runners").map(|n| (n.0, n.2)), Some((1e4, "10k")));
        assert_eq!(val("$1.2bn"), None);
        assert_eq!(val("1.2bn"), Some(1.2e9));
        assert_eq!(val("2mil"), Some(2e6));
        assert_eq!(val("3 lakh crore"), Some(3e12));
        assert_eq!(val("322 hundred"), Some(32200.0));
        // "5G" and "3M" name things; "10M" is ten million.
        assert_eq!(num("5G network").map(|n| n.2), Some("5"));
        assert_eq!(val("10M"), Some(1e7));
    }

    #[test]
    fn number_words() {
        assert_eq!(val("thirty-seven miles"), Some(37.0));
        assert_eq!(val("four hundred and twelve"), Some(412.0));
        assert_eq!(val("two thousand five hundred"), Some(2500.0));
        assert_eq!(val("fifty - two"), Some(52.0));
        assert_eq!(val("two hundred and two thousand"), Some(202_000.0));
        assert_eq!(val("two thousand and two hundred"), Some(2200.0));
        assert_eq!(
            val("twenty-one trillion and three hundred"),
            Some(21e12 + 300.0)
        );
        assert_eq!(val("4 thousand 3 hundred and 21 votes"), Some(4321.0));
        assert_eq!(val("3 hundred and 2 hundred"), Some(300.0));
        assert_eq!(val("4 thousand 3 hundred and 0"), Some(4300.0));
        assert_eq!(
            num("a dozen eggs").map(|n| (n.0, n.2)),
            Some((12.0, "a dozen"))
        );
        assert_eq!(val("a train"), None);
        assert_eq!(val("two point two million"), Some(2.2e6));
        assert!(close(val("nine point nought four"), 9.04));
        assert!(close(val("two hundred point seventy-one"), 200.71));
    }

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

//! The accumulator that reads a cardinal written in several pieces — number words, digits
//! and scale words: "four hundred and twelve", "4 thousand 3 hundred and 21",
//! "three lakh crore", "two point two million".

use super::digits::{Digits, point_digits};
use super::fractions;
use super::numbers::Reader;
use super::numwords;
use super::token::Kind;

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
    pub fn from_digits(d: &Digits) -> Acc {
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
            // "50 million and 3 billion" is two numbers: a finished group is not multiplied.
            if s > self.last_scale && self.total > 0.0 {
                return false;
            }
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
            let before_scale = r
                .word(j + 1)
                .and_then(numwords::scale)
                .is_some_and(|s| s < self.last_scale);
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
            self.last_tens?;
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
        // "50 million and 3 billion": a larger scale starts another number.
        if follow
            .and_then(numwords::scale)
            .is_some_and(|s| s >= 1000.0 && s >= self.last_scale && self.last_scale > 0.0)
        {
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

#[cfg(test)]
mod tests {
    use crate::values::numbers::parse_number;
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
    fn a_larger_scale_after_and_starts_another_number() {
        assert_eq!(val("50 million and 3 billion"), Some(5e7));
        assert_eq!(val("two million three hundred thousand"), Some(2.3e6));
        assert_eq!(val("three thousand millions"), Some(3e9));
    }
}

//! Numbers written in words and fractions in every form news uses — "3/4", "10 1/2", "½",
//! "two thirds", "one and a half", "a quarter million", "three quarters" — so that the
//! number parser in [`super::numbers`] stays about digits.

use super::NumberForm;
use super::chain::Acc;
use super::numbers::{Number, Reader};
use super::numwords;
use super::token::Kind;
use super::units;

/// Unicode vulgar fractions and their values.
const VULGAR: [(&str, f64, f64); 15] = [
    ("½", 1.0, 2.0),
    ("⅓", 1.0, 3.0),
    ("⅔", 2.0, 3.0),
    ("¼", 1.0, 4.0),
    ("¾", 3.0, 4.0),
    ("⅕", 1.0, 5.0),
    ("⅖", 2.0, 5.0),
    ("⅗", 3.0, 5.0),
    ("⅘", 4.0, 5.0),
    ("⅙", 1.0, 6.0),
    ("⅚", 5.0, 6.0),
    ("⅛", 1.0, 8.0),
    ("⅜", 3.0, 8.0),
    ("⅝", 5.0, 8.0),
    ("⅞", 7.0, 8.0),
];

/// Denominators accepted in a digit fraction "a/b"; others ("6/25", "9/11", "24/7") are dates,
/// names or ratios.
const SLASH_DENOMINATORS: [u32; 16] = [2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 20, 32, 64, 100, 1000];

/// Words before a bare "half" or "quarter" that make it a part of something, not a number
/// ("the first half", "the third quarter").
pub(crate) const NOT_BEFORE_HALF: [&str; 16] = [
    "the", "first", "second", "third", "fourth", "last", "other", "this", "that", "each", "every",
    "per", "latter", "former", "final", "opening",
];

/// A fraction as a [`Number`]: precision is half of one part (`0.5 / den`).
pub(crate) fn fraction_number(
    v: f64,
    den: f64,
    start: usize,
    r: &Reader,
    next: usize,
    form: NumberForm,
) -> Number {
    Number {
        value: v,
        precision: 0.5 / den,
        form,
        start,
        end: r.tokens[next - 1].end,
        exact: false,
    }
}

/// A vulgar fraction character at `i`: (value, denominator, next token).
pub(crate) fn vulgar(r: &Reader, i: usize) -> Option<(f64, f64, usize)> {
    let t = r.tok(i).filter(|t| t.kind == Kind::Punct)?;
    let text = t.text(r.src);
    VULGAR
        .iter()
        .find(|(c, _, _)| *c == text)
        .map(|&(_, n, d)| (n / d, d, i + 1))
}

/// A digit fraction "3/4" or "3 / 4" at `i`: (numerator, denominator, next token).
pub(crate) fn slash(r: &Reader, i: usize) -> Option<(f64, f64, usize)> {
    let a = r.tok(i).filter(|t| t.kind == Kind::Num)?;
    let s = r.tok(i + 1).filter(|t| t.is_punct(r.src, '/'))?;
    let b = r.tok(i + 2).filter(|t| t.kind == Kind::Num)?;
    if s.space_before != b.space_before || a.end - a.start > 4 {
        return None;
    }
    // Part of a longer chain: "5/17/2018", "8/1.5", "1/2/3".
    let chained = |k: usize| {
        r.attached(k)
            && r.tok(k).is_some_and(|t| {
                matches!(t.text(r.src), "/" | "." | "," | "-")
                    && r.tok(k + 1)
                        .is_some_and(|n| n.kind == Kind::Num && n.attached())
            })
    };
    if chained(i + 3) || (i > 0 && r.attached(i) && r.is_punct(i - 1, '/')) {
        return None;
    }
    let num: f64 = a.text(r.src).parse().ok()?;
    let den: u32 = b.text(r.src).parse().ok()?;
    (SLASH_DENOMINATORS.contains(&den) && num < f64::from(den)).then_some((
        num,
        f64::from(den),
        i + 3,
    ))
}

/// The fraction after a whole number: "10 1/2", "2 ½", "2½". (fraction, denominator, next).
pub(crate) fn mixed_tail(r: &Reader, j: usize) -> Option<(f64, f64, usize)> {
    if let Some(v) = vulgar(r, j) {
        return Some(v);
    }
    if r.attached(j) {
        return None;
    }
    let (n, d, next) = slash(r, j)?;
    Some((n / d, d, next))
}

/// A cardinal word below one hundred at `k`, with a unit after a tens word joined by a hyphen
/// or a space ("seventy-one", "seventy one", "eleven"): its value and the next token.
pub(crate) fn word_below_hundred(r: &Reader, k: usize) -> Option<(u32, usize)> {
    let v = r.word(k).and_then(numwords::cardinal)?;
    if v >= 20 && v % 10 == 0 {
        let unit = |m: usize| {
            r.word(m)
                .and_then(numwords::cardinal)
                .filter(|u| (1..10).contains(u))
        };
        if r.is_punct(k + 1, '-') && r.attached(k + 1) && r.attached(k + 2) {
            if let Some(u) = unit(k + 2) {
                return Some((v + u, k + 3));
            }
        } else if let Some(u) = unit(k + 1) {
            return Some((v + u, k + 2));
        }
    }
    Some((v, k + 1))
}

/// A fraction denominator at `j`: a single word ("thirds", "quarter", "hundredth") or a tens
/// word and an ordinal ("twenty-first", "twenty fifths"). (denominator, plural, next).
fn denominator_at(r: &Reader, j: usize) -> Option<(f64, bool, usize)> {
    let w = r.word(j)?;
    if let Some(tens) = numwords::cardinal(w).filter(|v| *v >= 20 && v % 10 == 0) {
        let k = if r.is_punct(j + 1, '-') { j + 2 } else { j + 1 };
        let u = r.word(k)?;
        let (stem, plural) = match u.strip_suffix(['s', 'S']) {
            Some(s) if numwords::ordinal(s).is_some() => (s, true),
            _ => (u, false),
        };
        let unit = numwords::ordinal(stem).filter(|u| (1..10).contains(u))?;
        return Some((f64::from(tens + unit), plural, k + 1));
    }
    let (d, plural) = numwords::denominator(w)?;
    Some((d, plural, j + 1))
}

/// True when what follows a singular fraction ("a third", "one fifth") makes it a number and
/// not an ordinal ("a third of", "a fifth." but not "a third person").
fn singular_fits(r: &Reader, next: usize) -> bool {
    r.ends_phrase(next)
        || ["of", "and", "or", "to"].iter().any(|w| r.is_word(next, w))
        || r.word(next).and_then(numwords::scale).is_some()
        || units::starts_unit(r.src, r.tokens, next)
}

/// After a fraction: "of a million", "billion": the scale it multiplies, and the next token.
fn scale_after(r: &Reader, mut j: usize) -> Option<(f64, usize)> {
    let start = j;
    if r.is_word(j, "of") {
        j += 1;
    }
    if r.is_word(j, "a") || r.is_word(j, "an") {
        j += 1;
    }
    let s = r
        .word(j)
        .and_then(numwords::scale)
        .filter(|&s| s >= 1000.0 || s == 12.0)?;
    // "of" alone needs its article: "two thirds of million" is not English.
    if j > start && !r.is_word(j - 1, "a") && !r.is_word(j - 1, "an") {
        return None;
    }
    Some((s, j + 1))
}

/// A number that starts with a word: "thirty-seven", "a dozen", "a couple", "two thirds",
/// "half a million", "a fifth", "one and a half".
pub(crate) fn parse_words(r: &Reader, i: usize) -> Option<(Number, usize)> {
    let t = r.tok(i)?;
    let w = t.text(r.src);
    let start = t.start;
    let whole = |v: f64, next: usize| Number {
        value: v,
        precision: 0.0,
        form: NumberForm::Words,
        start,
        end: r.tokens[next - 1].end,
        exact: true,
    };
    if w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") {
        if r.is_word(i + 1, "couple") || r.is_word(i + 1, "pair") {
            return Some((whole(2.0, i + 2), i + 2));
        }
        if r.word(i + 1)
            .filter(|w| w.len() > 3)
            .and_then(numwords::scale)
            .is_some()
        {
            let mut acc = Acc::from_word(1.0, t.end, i + 1);
            acc.extend(r);
            return (acc.next > i + 1).then(|| finish(r, acc, start));
        }
        let (den, plural, next) = denominator_at(r, i + 1)?;
        if plural || !singular_fits(r, next) {
            return None;
        }
        return Some(pure_fraction(r, 1.0 / den, den, start, next));
    }
    // "hundred thousand": a bare scale word before a larger one.
    if let Some(s) = numwords::scale(w).filter(|&s| s == 100.0 || s == 1000.0)
        && r.word(i + 1)
            .and_then(numwords::scale)
            .is_some_and(|next| next > s)
    {
        let mut acc = Acc::from_word(s, t.end, i + 1);
        acc.extend(r);
        return Some(finish(r, acc, start));
    }
    if w.eq_ignore_ascii_case("couple") && r.is_word(i + 1, "of") {
        return Some((whole(2.0, i + 1), i + 1));
    }
    if w.eq_ignore_ascii_case("nil") && r.ends_phrase(i + 1) && !r.attached(i) {
        return Some((whole(0.0, i + 1), i + 1));
    }
    if let Some((den, false)) = numwords::denominator(w).filter(|(d, _)| *d == 2.0 || *d == 4.0) {
        // A bare "half" or "quarter" counts only before a scale: "half a million".
        if after_number_or(r, i, &NOT_BEFORE_HALF) {
            return None;
        }
        // "half of the 435 members": a fraction of what follows.
        if r.is_word(i + 1, "of") && scale_after(r, i + 1).is_none() {
            return Some((
                fraction_number(1.0 / den, den, start, r, i + 1, NumberForm::Words),
                i + 1,
            ));
        }
        let (s, next) = scale_after(r, i + 1)?;
        return Some((
            fraction_number(s / den, den / s, start, r, next, NumberForm::Words),
            next,
        ));
    }
    let first = numwords::cardinal(w)?;
    let mut acc = Acc::from_word(f64::from(first), t.end, i + 1);
    acc.last_tens = (first >= 20 && first % 10 == 0).then_some(first);
    acc.extend(r);
    Some(finish(r, acc, start))
}

/// True when the token before `i` is a number, or a word from `list`: a bare "half" or
/// "quarter" there is not a number of its own ("the first half", "two quarter hour").
pub(crate) fn after_number_or(r: &Reader, i: usize, list: &[&str]) -> bool {
    let Some(p) = i.checked_sub(1).and_then(|p| r.tok(p)) else {
        return false;
    };
    let text = p.text(r.src);
    p.kind == Kind::Num
        || numwords::cardinal(text).is_some()
        || list.iter().any(|n| n.eq_ignore_ascii_case(text))
}

/// A fraction with nothing before it ("two thirds", "a fifth"), with the scale it may
/// multiply ("two thirds of a million").
fn pure_fraction(r: &Reader, v: f64, den: f64, start: usize, next: usize) -> (Number, usize) {
    match scale_after(r, next) {
        Some((s, after)) => (
            fraction_number(v * s, den / s, start, r, after, NumberForm::Words),
            after,
        ),
        None => (
            fraction_number(v, den, start, r, next, NumberForm::Words),
            next,
        ),
    }
}

/// Ends a chain of number atoms: a fraction denominator after words ("two thirds"), a mixed
/// fraction ("one and a half", "3 million and a quarter"), and the precision.
pub(crate) fn finish(r: &Reader, acc: Acc, start: usize) -> (Number, usize) {
    let form = if acc.digits {
        NumberForm::Digits
    } else {
        NumberForm::Words
    };
    let n = acc.value();
    if acc.words && !acc.digits && n.fract() == 0.0 && acc.place >= 1.0 {
        // "one hundred thirty-fifths": the tens word belongs to the denominator.
        if let Some(tens) = acc.last_tens
            && r.is_punct(acc.next, '-')
            && r.attached(acc.next)
            && r.attached(acc.next + 1)
            && let Some((d, true, next)) = r
                .word(acc.next + 1)
                .and_then(numwords::denominator)
                .filter(|(d, _)| *d < 10.0)
                .map(|(d, p)| (d, p, acc.next + 2))
            && n > f64::from(tens)
        {
            let den = f64::from(tens) + d;
            return pure_fraction(r, (n - f64::from(tens)) / den, den, start, next);
        }
        let k = if r.is_punct(acc.next, '-') {
            acc.next + 1
        } else {
            acc.next
        };
        if let Some((den, plural, next)) = denominator_at(r, k)
            && n > 0.0
            && ((n == 1.0 && !plural && singular_fits(r, next)) || (n > 1.0 && plural))
        {
            return pure_fraction(r, n / den, den, start, next);
        }
    }
    if let Some((f, den, next)) = and_fraction(r, acc.next) {
        let (v, place, next) = match r.word(next).and_then(numwords::scale) {
            Some(s) if s >= 1000.0 && acc.last_scale > s => (n + f * s, s / den, next + 1),
            Some(s) if s >= 1000.0 => ((n + f) * s, s / den, next + 1),
            _ if acc.last_scale > 0.0 && acc.current == 0.0 => {
                (n + f * acc.last_scale, acc.last_scale / den, next)
            }
            _ => (n + f, 1.0 / den, next),
        };
        let mut num = fraction_number(v, 1.0, start, r, next, form);
        num.precision = 0.5 * place;
        return (num, next);
    }
    let exact = n.fract() == 0.0 && acc.place <= 1.0 && !acc.scaled;
    let num = Number {
        value: n,
        precision: if acc.place >= 1.0 && !acc.scaled {
            0.5
        } else {
            0.5 * acc.place
        },
        form,
        start,
        end: acc.end,
        exact,
    };
    (num, acc.next)
}

/// "and a half", "and three quarters", "and fifty-four hundredths" at `j`:
/// (fraction, denominator, next token).
pub(crate) fn and_fraction(r: &Reader, j: usize) -> Option<(f64, f64, usize)> {
    if !r.is_word(j, "and") {
        return None;
    }
    let k = j + 1;
    let w = r.word(k)?;
    if ["a", "an", "one"].iter().any(|a| a.eq_ignore_ascii_case(w)) {
        let (den, plural, next) = denominator_at(r, k + 1)?;
        return (!plural).then_some((1.0 / den, den, next));
    }
    if let Some((den, false)) = numwords::denominator(w).filter(|(d, _)| *d == 2.0 || *d == 4.0) {
        return Some((1.0 / den, den, k + 1));
    }
    numwords::cardinal(w)?;
    let mut acc = Acc::from_word(f64::from(numwords::cardinal(w)?), r.tokens[k].end, k + 1);
    acc.last_tens = numwords::cardinal(w).filter(|v| *v >= 20 && v % 10 == 0);
    acc.extend(r);
    let n = acc.value();
    let (den, plural, next) = denominator_at(r, acc.next)?;
    (plural && n > 1.0 && n < den).then_some((n / den, den, next))
}

#[cfg(test)]
mod tests {
    use crate::values::numbers::parse_number;
    use crate::values::token::tokenize;

    fn val(text: &str) -> Option<(f64, String)> {
        let toks = tokenize(text);
        parse_number(text, &toks, 0).map(|(n, _)| (n.value, text[n.start..n.end].to_string()))
    }

    fn approx(text: &str, want: f64, span: &str) {
        let got = val(text);
        let ok = got
            .as_ref()
            .is_some_and(|(v, s)| (v - want).abs() <= 1e-9 * want.abs().max(1.0) && s == span);
        assert!(ok, "{text:?}: got {got:?}, want {want} {span:?}");
    }

    #[test]
    fn digit_fractions_and_mixed_numbers() {
        approx("3/4 of voters", 0.75, "3/4");
        approx("10 1/2 miles", 10.5, "10 1/2");
        approx("2½ hours", 2.5, "2½");
        approx("¾ of the vote", 0.75, "¾");
        approx("7 3 / 4 %", 7.75, "7 3 / 4");
        // Dates and ratios are not fractions.
        approx("6/25", 6.0, "6");
        approx("9/11 attacks", 9.0, "9");
        approx("5/17/2018", 5.0, "5");
    }

    #[test]
    fn word_fractions() {
        approx("two thirds of the vote", 2.0 / 3.0, "two thirds");
        approx("a fifth of the budget", 0.2, "a fifth");
        approx("three quarters", 0.75, "three quarters");
        approx("one-eighth", 0.125, "one-eighth");
        approx("a twenty-first", 1.0 / 21.0, "a twenty-first");
        approx("twenty twenty fifths", 0.8, "twenty twenty fifths");
        approx(
            "one hundred thirty-fifths",
            100.0 / 35.0,
            "one hundred thirty-fifths",
        );
        approx(
            "a hundred thousand trillionths",
            1e-7,
            "a hundred thousand trillionths",
        );
        // An ordinal before a noun is not a fraction.
        assert_eq!(val("a third person"), None);
        approx("one third term", 1.0, "one");
    }

    #[test]
    fn mixed_word_numbers() {
        approx("one and a half", 1.5, "one and a half");
        approx("five and a quarter", 5.25, "five and a quarter");
        approx("twenty and three fifths", 20.6, "twenty and three fifths");
        approx(
            "one hundred and three and two thirds",
            103.0 + 2.0 / 3.0,
            "one hundred and three and two thirds",
        );
        approx(
            "two and fifty-four hundredths",
            2.54,
            "two and fifty-four hundredths",
        );
        approx("3 million and a half", 3.5e6, "3 million and a half");
        approx("five and a half million", 5.5e6, "five and a half million");
        approx(
            "one billion and a half million",
            1.0005e9,
            "one billion and a half million",
        );
    }

    #[test]
    fn halves_quarters_and_dozens() {
        approx("half a million", 5e5, "half a million");
        approx("quarter million", 2.5e5, "quarter million");
        approx(
            "two thirds of a million",
            2e6 / 3.0,
            "two thirds of a million",
        );
        approx("half a dozen eggs", 6.0, "half a dozen");
        approx("a couple of days", 2.0, "a couple");
        approx("a hundred people", 100.0, "a hundred");
        assert_eq!(val("the first half"), None);
        let text = "the first half of the year";
        let toks = tokenize(text);
        assert_eq!(parse_number(text, &toks, 2), None);
    }
}

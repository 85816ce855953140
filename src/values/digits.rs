//! Digit runs as news writes them: thousands separators ("1,200", "12,34,567", "40 000"),
//! decimal points and commas, leading-dot decimals, written exponents and scale letters
//! ("10k", "1.2M") — the digit side of [`super::numbers`].

use super::fractions;
use super::numbers::Reader;
use super::numwords;
use super::token::Kind;

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
pub(crate) fn suffix_scale(r: &Reader, j: usize, d: &Digits) -> Option<(f64, usize)> {
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
        assert_eq!(val("- 1,200,000"), Some(-1_200_000.0));
        // A dash and a space open a bulleted line.
        assert_eq!(val("- 5 people were hurt"), None);
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
}

//! Years: digits or words ("nineteen eighty six", "two thousand and fifteen"), read inside
//! a full date or alone. A bare four-digit number is usually a quantity, so a year alone
//! needs context: a preposition ("in 2019", "since 2019"), "the year 2008", an era
//! ("14 A.D."), or a first year it is coordinated with ("in 2007 and 2009"). Decades
//! ("the 1990s") and centuries ("the 19th century") are years too.

use super::Hit;
use super::calendar::{pivot_year, year_range, ymd};
use super::cx::Cx;
use super::lexicon;
use crate::values::DatePrecision;
use crate::values::numbers::{ordinal, small_cardinal};
use crate::values::token::Kind;

/// Bare years outside this range are left to the quantities.
const BARE_YEARS: std::ops::RangeInclusive<i64> = 1600..=2199;

/// Words before "of" that make the year after it a date ("the end of 2000").
const PERIOD_NOUNS: &[&str] = &[
    "end",
    "beginning",
    "start",
    "middle",
    "half",
    "quarter",
    "rest",
    "remainder",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "class",
];

/// A year written at token `i` inside a date: four digits, "'87", words, or — when
/// `two_digits` (after "of") — two digits. Returns the year and the next token.
pub fn year_at(cx: &Cx, i: usize, two_digits: bool) -> Option<(i64, usize)> {
    match cx.kind(i)? {
        Kind::Num => {
            let n = cx.num(i)?;
            let glued_word = cx.attached(i + 1) && cx.kind(i + 1) == Some(Kind::Word);
            if !cx.free_number(i) || glued_word || cx.count_follows(i + 1) {
                return None;
            }
            match cx.digits(i) {
                4 if (1000..=2999).contains(&n) => Some((n, i + 1)),
                2 if two_digits => Some((pivot_year(n), i + 1)),
                _ => None,
            }
        }
        Kind::Punct if cx.low(i) == "'" || cx.low(i) == "’" => {
            let n = cx
                .num(i + 1)
                .filter(|_| cx.digits(i + 1) == 2 && cx.attached(i + 1))?;
            if cx.attached(i + 2) && cx.kind(i + 2) == Some(Kind::Word) {
                return None;
            }
            Some((pivot_year(n), i + 2))
        }
        Kind::Word => spelled(cx, i).filter(|&(_, next)| !cx.count_follows(next)),
        Kind::Punct => None,
    }
}

/// Two-digit number words at `i`: "eighty six", "eighty-six", "fifteen", "ninety".
fn two_digit_words(cx: &Cx, i: usize) -> Option<(i64, usize)> {
    let first = small_cardinal(cx.word(i))? as i64;
    if first >= 20 {
        let k = if cx.punct(i + 1, '-') && cx.attached(i + 1) {
            i + 2
        } else {
            i + 1
        };
        if let Some(u) = small_cardinal(cx.word(k)).filter(|u| (1..10).contains(u)) {
            return Some((first + u as i64, k + 1));
        }
    }
    Some((first, i + 1))
}

/// A year in words at `i`: "nineteen eighty six", "nineteen hundred ninety three",
/// "seventeen hundred thirty three", "nineteen zero one", "two thousand and fifteen",
/// "twenty twenty".
pub fn spelled(cx: &Cx, i: usize) -> Option<(i64, usize)> {
    let head = small_cardinal(cx.word(i))? as i64;
    // "two thousand [and] [fifteen]".
    if (1..=2).contains(&head) && cx.is(i + 1, "thousand") {
        let mut k = i + 2;
        let and = cx.is(k, "and");
        if and {
            k += 1;
        }
        return match two_digit_words(cx, k).filter(|(v, _)| (1..100).contains(v)) {
            Some((v, next)) => Some((head * 1000 + v, next)),
            None => Some((head * 1000, if and { k - 1 } else { k })),
        };
    }
    if !(10..=20).contains(&head) {
        return None;
    }
    let k = i + 1;
    // "nineteen hundred [and] ninety three".
    if cx.is(k, "hundred") {
        let mut l = k + 1;
        if cx.is(l, "and") {
            l += 1;
        }
        let (v, next) = two_digit_words(cx, l).filter(|(v, _)| (1..100).contains(v))?;
        return Some((head * 100 + v, next));
    }
    // "nineteen oh five", "nineteen zero one".
    if matches!(cx.word(k), "oh" | "zero" | "o") {
        let u = small_cardinal(cx.word(k + 1)).filter(|u| (1..10).contains(u))?;
        return Some((head * 100 + u as i64, k + 2));
    }
    let (v, next) = two_digit_words(cx, k).filter(|(v, _)| (10..100).contains(v))?;
    Some((head * 100 + v, next))
}

/// A year standing alone at token `i`, with its context.
pub fn at(cx: &Cx, i: usize) -> Option<Hit> {
    labelled(cx, i)
        .or_else(|| decade(cx, i))
        .or_else(|| century(cx, i))
        .or_else(|| with_era(cx, i))
        .or_else(|| in_context(cx, i))
}

fn year_hit(start: usize, end: usize, y: i64) -> Option<Hit> {
    Some(Hit::new(start, end, year_range(y)?, DatePrecision::Year))
}

/// "year 2008", "calendar year 2008", "fiscal year 2019", "cy 2008", "cy18", "FY2019".
fn labelled(cx: &Cx, i: usize) -> Option<Hit> {
    let mut k = i;
    let short = matches!(cx.word(i), "cy" | "fy");
    if matches!(cx.word(k), "calendar" | "fiscal") && cx.is(k + 1, "year") {
        k += 2;
    } else if cx.is(k, "year") || cx.is(k, "fiscal") || short {
        k += 1;
    } else {
        return None;
    }
    if short && cx.attached(k) && !cx.attached(k + 1) {
        match cx.digits(k) {
            2 => return year_hit(i, k + 1, pivot_year(cx.num(k)?)),
            4 => return year_hit(i, k + 1, cx.num(k)?),
            _ => return None,
        }
    }
    if cx.is(k, "of") {
        k += 1;
    }
    let (y, next) = year_at(cx, k, false)?;
    year_hit(i, next, y)
}

/// "the 1990s", "the '90s", "the 1800s" (a century).
fn decade(cx: &Cx, i: usize) -> Option<Hit> {
    let (first, s) = if cx.punct(i, '\'') || cx.punct(i, '’') {
        let n = cx
            .num(i + 1)
            .filter(|_| cx.digits(i + 1) == 2 && cx.attached(i + 1))?;
        (pivot_year(n), i + 2)
    } else if cx.digits(i) == 4 && cx.free_number(i) {
        (cx.num(i)?, i + 1)
    } else {
        return None;
    };
    // "1990s," is a decade; "1990s-era" and "1990s2" are not read.
    let glued = cx.attached(s + 1) && (cx.kind(s + 1) != Some(Kind::Punct) || cx.punct(s + 1, '-'));
    if !(cx.is(s, "s") && cx.attached(s)) || first % 10 != 0 || glued {
        return None;
    }
    // "the 1800s" is a century; "the 2000s" the decade most writers mean.
    let last = if first % 100 == 0 && first < 2000 && cx.digits(i) == 4 {
        first + 99
    } else {
        first + 9
    };
    Some(Hit::new(
        i,
        s + 1,
        (ymd(first, 1, 1)?, ymd(last, 12, 31)?),
        DatePrecision::Year,
    ))
}

/// "the 19th century", "the twenty-first century": as journalists use it, the 1800s.
fn century(cx: &Cx, i: usize) -> Option<Hit> {
    if i == 0 || !cx.is(i - 1, "the") {
        return None;
    }
    let (n, next) = ordinal(cx.src, cx.toks, i)?;
    let n = i64::from(n);
    if !cx.is(next, "century") || !(1..=30).contains(&n) || cx.punct(next + 1, '-') {
        return None;
    }
    let range = (ymd((n - 1) * 100, 1, 1)?, ymd((n - 1) * 100 + 99, 12, 31)?);
    Some(Hit::new(i, next + 1, range, DatePrecision::Year))
}

/// "14 A.D.", "2014 AD", "44 BC".
fn with_era(cx: &Cx, i: usize) -> Option<Hit> {
    if !cx.free_number(i) || cx.digits(i) > 4 {
        return None;
    }
    let n = cx.num(i)?;
    let k = i + 1;
    let raw = cx.toks.get(k)?.text(cx.src);
    let (bc, next) = match cx.word(k) {
        "ad" | "ce" if raw.chars().all(char::is_uppercase) => (false, k + 1),
        "bc" | "bce" if raw.chars().all(char::is_uppercase) => (true, k + 1),
        "a" | "b" if cx.punct(k + 1, '.') && cx.attached(k + 1) => {
            let second = if cx.word(k) == "a" { "d" } else { "c" };
            if !(cx.is(k + 2, second) && cx.attached(k + 2)) {
                return None;
            }
            let end = if cx.punct(k + 3, '.') { k + 4 } else { k + 3 };
            (cx.word(k) == "b", end)
        }
        _ => return None,
    };
    if n == 0 {
        return None;
    }
    year_hit(i, next, if bc { 1 - n } else { n })
}

/// A four-digit (or spelled) year after a preposition, after "the end of", or
/// coordinated with a year just found.
fn in_context(cx: &Cx, i: usize) -> Option<Hit> {
    if i == 0 {
        return None;
    }
    let prev = cx.word(i - 1);
    let (y, next) = match cx.kind(i)? {
        Kind::Num if cx.digits(i) == 4 => year_at(cx, i, false)?,
        Kind::Word => spelled(cx, i).filter(|&(_, n)| !cx.count_follows(n))?,
        _ => return None,
    };
    if !BARE_YEARS.contains(&y) || cx.punct(next, ':') {
        return None;
    }
    let preposition = lexicon::contains(lexicon::YEAR_PREPOSITIONS, prev)
        // "one in 2000 people": a ratio, not a year.
        && !(i >= 2 && (cx.kind(i - 2) == Some(Kind::Num) || cx.is(i - 2, "one")));
    let of = prev == "of"
        && (i >= 2 && lexicon::contains(PERIOD_NOUNS, cx.word(i - 2))
            || (matches!(cx.word(next), "and" | "or") && cx.digits(next + 1) == 4));
    if preposition || of || cx.after_coordinated_year(i) {
        return year_hit(i, next, y);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::Context;
    use crate::values::token::tokenize;

    fn years(text: &str) -> Vec<(String, i16, i16)> {
        let toks = tokenize(text);
        let cx = Cx::new(text, &toks, &Context::default());
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if let Some(h) = at(&cx, i) {
                let s = toks[h.start].start;
                let e = toks[h.end - 1].end;
                out.push((text[s..e].to_string(), h.range.0.year(), h.range.1.year()));
                cx.note_hit(&h);
                i = h.end;
            } else {
                i += 1;
            }
        }
        out
    }

    #[test]
    fn years_need_context() {
        assert_eq!(
            years("They met in 2019."),
            vec![("2019".into(), 2019, 2019)]
        );
        assert_eq!(years("deliver 2000 pieces of toys"), vec![]);
        assert_eq!(years("in 2000 pieces"), vec![]);
        assert_eq!(years("one in 2000 people"), vec![]);
        assert_eq!(years("1988 sales rose"), vec![]);
        assert_eq!(years("a crowd of 2019"), vec![]);
        assert_eq!(years("the end of 1989"), vec![("1989".into(), 1989, 1989)]);
        assert_eq!(
            years("sales in 2007 and 2009"),
            vec![("2007".into(), 2007, 2007), ("2009".into(), 2009, 2009)]
        );
        assert_eq!(
            years("sales of 2007 and 2009"),
            vec![("2007".into(), 2007, 2007), ("2009".into(), 2009, 2009)]
        );
        assert_eq!(years("by 2030 at 10:00"), vec![("2030".into(), 2030, 2030)]);
        assert_eq!(years("since 1,2019"), vec![]);
    }

    #[test]
    fn labelled_and_spelled_years() {
        assert_eq!(years("in the year 2008").len(), 1);
        assert_eq!(years("the calendar year 2008")[0].1, 2008);
        assert_eq!(years("sales in the cy18")[0].1, 2018);
        assert_eq!(years("Revenue in FY2023 rose")[0].1, 2023);
        assert_eq!(years("its fiscal 2024 outlook")[0].1, 2024);
        assert_eq!(
            years("left in nineteen ninety six and came back in two thousand and fifteen"),
            vec![
                ("nineteen ninety six".into(), 1996, 1996),
                ("two thousand and fifteen".into(), 2015, 2015)
            ]
        );
        assert_eq!(years("in 14 a.d.")[0].1, 14);
        assert_eq!(years("in 44 BC")[0].1, -43);
    }

    #[test]
    fn decades_and_centuries() {
        assert_eq!(years("in the 1990s"), vec![("1990s".into(), 1990, 1999)]);
        assert_eq!(years("in the '80s"), vec![("'80s".into(), 1980, 1989)]);
        assert_eq!(
            years("in the 19th century"),
            vec![("19th century".into(), 1800, 1899)]
        );
        assert_eq!(years("21st-century tools"), vec![]);
        assert_eq!(
            years("Since the 1980s, it grew"),
            vec![("1980s".into(), 1980, 1989)]
        );
        assert_eq!(years("1990s-era cars"), vec![]);
    }
}

//! Dates written with digits and separators: ISO "2024-06-25", US "6/25/2024", "25/06/24",
//! "13.5.2015", mixed "2019/aug/01", "05-Aug-2016", "Sep-23-2020", month and year "2015-03",
//! "2/2013", "Dec-2018", and compact "20240625". The parts must be glued together and the
//! chain must stand alone, so phone numbers, scores and formulas are not read as dates.

use super::Hit;
use super::absolute::month_day;
use super::calendar::{month_range, pivot_year, ymd};
use super::cx::Cx;
use super::lexicon;
use crate::values::DatePrecision;
use crate::values::token::Kind;

/// One glued part of a numeric date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// Digits, with how many there are.
    Num(i64, usize),
    /// A month name.
    Month(i8),
}

const SEPARATORS: [char; 3] = ['-', '/', '.'];

fn part_at(cx: &Cx, i: usize) -> Option<Part> {
    match cx.kind(i)? {
        Kind::Num if cx.digits(i) <= 4 => Some(Part::Num(cx.num(i)?, cx.digits(i))),
        Kind::Word => lexicon::month(cx.word(i)).map(|(m, _)| Part::Month(m)),
        _ => None,
    }
}

/// The glued parts starting at `i` (at most three, one separator throughout), the
/// separator, and the next token; `None` when the chain is glued to more digits.
fn chain(cx: &Cx, i: usize) -> Option<([Option<Part>; 3], char, usize)> {
    // Glued to digits or letters before it ("133-03-03", "A1B2").
    if cx.attached(i) {
        match cx.kind(i - 1) {
            Some(Kind::Num | Kind::Word) => return None,
            _ if i >= 2 && cx.attached(i - 1) && cx.kind(i - 2) == Some(Kind::Num) => {
                return None;
            }
            _ => {}
        }
    }
    let mut parts = [part_at(cx, i), None, None];
    parts[0]?;
    let mut sep = None;
    let mut j = i + 1;
    let mut n = 1;
    while n < 3 {
        let Some(c) = SEPARATORS
            .into_iter()
            .find(|&c| cx.punct(j, c) && cx.attached(j))
        else {
            break;
        };
        if sep.is_some_and(|s| s != c) || !cx.attached(j + 1) {
            break;
        }
        let Some(p) = part_at(cx, j + 1) else { break };
        sep = Some(c);
        parts[n] = Some(p);
        n += 1;
        j += 2;
    }
    // Glued to more digits after it ("8/1.5", "2010-2015-86", "12abc").
    if cx.attached(j) {
        let more = match cx.kind(j) {
            Some(Kind::Num | Kind::Word) => true,
            _ => cx.attached(j + 1) && cx.kind(j + 1) == Some(Kind::Num),
        };
        if more {
            return None;
        }
    }
    Some((parts, sep.unwrap_or(' '), j))
}

/// A full numeric date or a month and year at token `i`.
pub fn at(cx: &Cx, i: usize) -> Option<Hit> {
    if let Some(hit) = compact(cx, i) {
        return Some(hit);
    }
    let (parts, sep, next) = chain(cx, i)?;
    match parts {
        [Some(a), Some(b), Some(c)] => {
            let (y, m, d) = three(a, b, c, sep)?;
            Some(Hit::day(i, next, ymd(y, m, d)?))
        }
        [Some(a), Some(b), None] if sep != '.' => {
            let (y, m) = two(a, b)?;
            Some(Hit::new(i, next, month_range(y, m)?, DatePrecision::Month))
        }
        _ => None,
    }
}

/// A month and day with no year ("6/25", "jun-15"), read only where a weekday vouches
/// for it ("Friday 6/25"); resolved against the publication year.
pub fn month_day_at(cx: &Cx, i: usize) -> Option<Hit> {
    let (parts, sep, next) = chain(cx, i)?;
    let (m, d) = match parts {
        [Some(Part::Num(m, 1..=2)), Some(Part::Num(d, 1..=2)), None] if sep != '.' => (m, d),
        [Some(Part::Month(m)), Some(Part::Num(d, 1..=2)), None] => (i64::from(m), d),
        [Some(Part::Num(d, 1..=2)), Some(Part::Month(m)), None] => (i64::from(m), d),
        _ => return None,
    };
    let m = i8::try_from(m).ok().filter(|m| (1..=12).contains(m))?;
    let (date, rel) = month_day(cx, m, d, i, next)?;
    Some(Hit::day(i, next, date).relative(rel))
}

/// Year, month and day from three parts.
fn three(a: Part, b: Part, c: Part, sep: char) -> Option<(i64, i64, i64)> {
    use Part::{Month, Num};
    let year2 = |v: i64, n: usize| match n {
        4 => Some(v),
        2 => Some(pivot_year(v)),
        _ => None,
    };
    match (a, b, c) {
        // 2024-06-25, 2015.5.13
        (Num(y, 4), Num(m, 1..=2), Num(d, 1..=2)) => Some((y, m, d)),
        // 6/25/2024, 25/06/24, 13.5.2015
        (Num(x, 1..=2), Num(z, 1..=2), Num(y, n)) => {
            if sep == '.' && n != 4 {
                return None;
            }
            let y = year2(y, n)?;
            if x <= 12 {
                Some((y, x, z))
            } else {
                Some((y, z, x))
            }
        }
        // 2019/aug/01, 2020/23/Sep, 05-Aug-2016, Sep-23-2020, 23-2020-September
        _ if sep != '.' => {
            let months = [a, b, c].iter().filter(|p| matches!(p, Month(_))).count();
            if months != 1 {
                return None;
            }
            let m = [a, b, c].iter().find_map(|p| match p {
                Month(m) => Some(i64::from(*m)),
                _ => None,
            })?;
            let nums: Vec<(i64, usize)> = [a, b, c]
                .iter()
                .filter_map(|p| match p {
                    Num(v, n) => Some((*v, *n)),
                    _ => None,
                })
                .collect();
            let (first, second) = (*nums.first()?, *nums.get(1)?);
            match (first.1, second.1) {
                (4, 1..=2) => Some((first.0, m, second.0)),
                (1..=2, 4) => Some((second.0, m, first.0)),
                (1..=2, 2) => Some((pivot_year(second.0), m, first.0)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Year and month from two parts: "2015-03", "2/2013", "Dec-2018"; "2010-11" (a season
/// spanning two years) is not a month.
fn two(a: Part, b: Part) -> Option<(i64, i64)> {
    use Part::{Month, Num};
    let (y, m) = match (a, b) {
        (Num(y, 4), Num(m, 1..=2)) if m != (y + 1) % 100 => (y, m),
        (Num(m, 1..=2), Num(y, 4)) => (y, m),
        (Month(m), Num(y, 4)) => (y, i64::from(m)),
        _ => return None,
    };
    // "2/1000" is a fraction: a month and year needs a plausible year.
    ((1..=12).contains(&m) && (1800..=2199).contains(&y)).then_some((y, m))
}

/// Eight glued digits "20240625" that form a valid date between 1900 and 2099.
fn compact(cx: &Cx, i: usize) -> Option<Hit> {
    if cx.digits(i) != 8 || !cx.free_number(i) {
        return None;
    }
    if cx.attached(i + 1) && cx.kind(i + 1) == Some(Kind::Word) {
        return None;
    }
    let n = cx.num(i)?;
    let (y, m, d) = (n / 10_000, n / 100 % 100, n % 100);
    if !(1900..=2099).contains(&y) {
        return None;
    }
    Some(Hit::day(i, i + 1, ymd(y, m, d)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::Context;
    use crate::values::token::tokenize;
    use jiff::civil::{Date, date};

    fn first(text: &str) -> Option<(String, Date, DatePrecision)> {
        let toks = tokenize(text);
        let cx = Cx::new(text, &toks, &Context::default());
        let mut i = 0;
        while i < toks.len() {
            if let Some(h) = at(&cx, i) {
                let (s, e) = (toks[h.start].start, toks[h.end - 1].end);
                return Some((text[s..e].to_string(), h.range.0, h.precision));
            }
            i += 1;
        }
        None
    }

    fn day(text: &str) -> Option<Date> {
        first(text)
            .filter(|f| f.2 == DatePrecision::Day)
            .map(|f| f.1)
    }

    #[test]
    fn full_numeric_dates() {
        assert_eq!(day("filed 2024-06-25 in court"), Some(date(2024, 6, 25)));
        assert_eq!(day("on 6/25/2024."), Some(date(2024, 6, 25)));
        assert_eq!(day("on 21/04/16"), Some(date(2016, 4, 21)));
        assert_eq!(day("on 13.5.2015?"), Some(date(2015, 5, 13)));
        assert_eq!(day("on 03/18/40"), Some(date(1940, 3, 18)));
        assert_eq!(day("How about 2019/aug/01"), Some(date(2019, 8, 1)));
        assert_eq!(day("dated 05-Aug-2016"), Some(date(2016, 8, 5)));
        assert_eq!(day("back Sep-23-2020."), Some(date(2020, 9, 23)));
        assert_eq!(day("on 31-Oct-74"), Some(date(1974, 10, 31)));
        assert_eq!(day("report-20170302.html"), Some(date(2017, 3, 2)));
        assert_eq!(
            first("sales_report-2002-10-09.xlsx").map(|f| f.0),
            Some("2002-10-09".into())
        );
    }

    #[test]
    fn month_and_year() {
        assert_eq!(
            first("plan for 2015-03"),
            Some(("2015-03".into(), date(2015, 3, 1), DatePrecision::Month))
        );
        assert_eq!(first("on 2/2013").map(|f| f.1), Some(date(2013, 2, 1)));
        assert_eq!(first("for Dec/2018").map(|f| f.1), Some(date(2018, 12, 1)));
        assert_eq!(first("the 2010-11 season"), None);
        assert_eq!(first("2/1000 kilograms"), None);
    }

    #[test]
    fn not_dates() {
        for text in [
            "Tel: +86 138-2010-2015",
            "Tel: +86 2010-2015-86",
            "The ssn is 123-12-1234",
            "object 133-03-03-2020",
            "call (206) 555-1212",
            "0.8/15 looks like a formula",
            "8/1.5 looks like a formula",
            "a BUN/Cr of 30/4.85",
            "at 4-22",
            "at 4.22",
            "a 4:3 ratio",
            "2015-1-32 is wrong",
            "2/29/2019",
            "Is this a valid date? 32-2015",
            "Mortgages were at 6.45 percent",
        ] {
            assert_eq!(first(text), None, "{text}");
        }
    }
}

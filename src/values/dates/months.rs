//! A month named without a day: "in July", "since this August", "next March", "last
//! September", "September last year", "March of next year", "March after next", "March in
//! 1 year". The year comes from the publication date; "May" and "March" are months only
//! when capitalised after a preposition or with a modifier, so "may visit" and "the march"
//! stay words.

use super::absolute::month_at;
use super::calendar::month_range;
use super::cx::Cx;
use super::lexicon::{self, Dir, NameKind};
use super::relative::{amounts, apply};
use super::{Hit, absolute};
use crate::values::DatePrecision;

/// Words before a month alone that make it a date ("in July", "since August").
const MONTH_PREPOSITIONS: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "during",
    "from",
    "through",
    "throughout",
    "before",
    "after",
    "of",
];

/// A month without a day at token `i` (with its modifier, if any).
pub fn at(cx: &Cx, i: usize) -> Option<Hit> {
    if let Some(dir) = lexicon::modifier(cx.word(i)) {
        // "this past March", "this coming May".
        let (dir, m_at) = match lexicon::modifier(cx.word(i + 1)) {
            Some(d @ (Dir::Past | Dir::Coming)) if dir == Dir::This => (d, i + 2),
            _ => (dir, i + 1),
        };
        let (m, kind, next) = month_at(cx, m_at)?;
        let word_like = kind == NameKind::Ambiguous && !cx.capitalized(m_at);
        if kind == NameKind::Abbrev || word_like || absolute::day_number(cx, next).is_some() {
            return None;
        }
        let today = cx.today;
        let y = i64::from(today.year());
        let cur = today.month();
        let y = match dir {
            Dir::This => y,
            Dir::Next | Dir::Coming => y + i64::from(m <= cur),
            Dir::Last | Dir::Past => y - i64::from(m >= cur),
        };
        let (y, end) = after_next(cx, y, next);
        return month_hit(i, end, y, m);
    }
    let (m, kind, next) = month_at(cx, i)?;
    if kind == NameKind::Abbrev {
        return None;
    }
    let y = i64::from(cx.today.year());
    // "September last year", "March of next year".
    let of = usize::from(cx.is(next, "of"));
    if let Some(dir) = lexicon::modifier(cx.word(next + of))
        && matches!(cx.word(next + of + 1), "year" | "yr")
    {
        let y = match dir {
            Dir::This => y,
            Dir::Next | Dir::Coming => y + 1,
            Dir::Last | Dir::Past => y - 1,
        };
        return month_hit(i, next + of + 2, y, m);
    }
    // "March after next".
    if cx.is(next, "after") && cx.is(next + 1, "next") {
        let y = y + i64::from(m <= cx.today.month());
        return month_hit(i, next + 2, y + 1, m);
    }
    // "March in 1 year", "March in a year".
    if cx.is(next, "in")
        && let Some((amounts, end)) = amounts(cx, next + 1)
    {
        let when = apply(cx.today, &amounts, true)?;
        return month_hit(i, end, when.year().into(), m);
    }
    if !in_context(cx, i, kind) {
        return None;
    }
    let range = absolute::month_alone(cx, m, i, next)?;
    Some(Hit::new(i, next, range, DatePrecision::Month).relative(true))
}

/// A month hit in year `y`, always relative to the publication date.
fn month_hit(start: usize, end: usize, y: i64, m: i8) -> Option<Hit> {
    let range = month_range(y, m.into())?;
    Some(Hit::new(start, end, range, DatePrecision::Month).relative(true))
}

/// "next March after next": one more year.
fn after_next(cx: &Cx, y: i64, next: usize) -> (i64, usize) {
    if cx.is(next, "after") && cx.is(next + 1, "next") {
        (y + 1, next + 2)
    } else {
        (y, next)
    }
}

/// True when the words before the month at `i` make it a date: a preposition, or a month
/// just before joined by "and"/"to" ("June and July").
fn in_context(cx: &Cx, i: usize, kind: NameKind) -> bool {
    if i == 0 {
        return false;
    }
    if kind == NameKind::Ambiguous && !cx.capitalized(i) {
        return false;
    }
    let prev = cx.word(i - 1);
    if lexicon::contains(MONTH_PREPOSITIONS, prev) {
        // "the march of progress", "a month of May"? "of" needs a time word before it.
        return prev != "of" || (i >= 2 && matches!(cx.word(i - 2), "month" | "end" | "start"));
    }
    let joined = matches!(cx.low(i - 1), "and" | "or" | "to" | "-" | "–" | ",");
    joined && i >= 2 && lexicon::month(cx.word(i - 2)).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::Context;
    use crate::values::token::tokenize;
    use jiff::civil::{Date, date};

    fn first(text: &str, reference: Date) -> Option<(String, Date)> {
        let toks = tokenize(text);
        let ctx = Context {
            reference: Some(reference),
        };
        let cx = Cx::new(text, &toks, &ctx);
        (0..toks.len()).find_map(|i| {
            at(&cx, i).map(|h| {
                let (s, e) = (toks[h.start].start, toks[h.end - 1].end);
                (text[s..e].to_string(), h.range.0)
            })
        })
    }

    const REF: Date = date(2016, 11, 7);

    #[test]
    fn months_with_modifiers() {
        assert_eq!(
            first("I'll be out this September", REF).unwrap().1,
            date(2016, 9, 1)
        );
        assert_eq!(
            first("next March", date(2013, 2, 12)).unwrap().1,
            date(2013, 3, 1)
        );
        assert_eq!(
            first("March after next", date(2013, 2, 12)).unwrap().1,
            date(2014, 3, 1)
        );
        assert_eq!(first("last September", REF).unwrap().1, date(2016, 9, 1));
        assert_eq!(
            first("they met in September last year", REF).unwrap(),
            ("September last year".into(), date(2015, 9, 1))
        );
        assert_eq!(
            first("March in 1 year", date(2013, 2, 12)).unwrap().1,
            date(2014, 3, 1)
        );
    }

    #[test]
    fn months_after_prepositions() {
        assert_eq!(
            first("The fair opens in July.", REF).unwrap().1,
            date(2016, 7, 1)
        );
        assert_eq!(
            first("It will reopen in July.", REF).unwrap().1,
            date(2017, 7, 1)
        );
        assert_eq!(first("Sales rose in May", REF).unwrap().1, date(2016, 5, 1));
        assert_eq!(first("in June and July", REF).unwrap().0, "June");
    }

    #[test]
    fn months_that_are_words() {
        assert_eq!(first("She may visit in may", REF), None);
        assert_eq!(first("This may take longer", REF), None);
        assert_eq!(first("They joined the march in", REF), None);
        assert_eq!(first("July was hot", REF), None);
        assert_eq!(first("the march of progress", REF), None);
        assert_eq!(first("in Jan", REF), None);
    }
}

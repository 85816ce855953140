//! Named holidays ("Christmas", "Thanksgiving", "Easter", "Yom Kippur", "Chinese New
//! Year", …) with a year, a modifier or an offset: "Thanksgiving 2013", "next Halloween",
//! "last Easter", "MLK Day of last year", "Thanksgiving in 9 months", "Christmas 1 year
//! ago". The names and rules are data, in [`super::holiday_table`].

use std::collections::HashMap;
use std::sync::OnceLock;

use jiff::civil::Date;

use super::calendar::{self, easter, nth_weekday_of_month, orthodox_easter, shift_days, ymd};
use super::cx::{Cx, Tense};
use super::holiday_table::{HOLIDAYS, Holiday, Rule};
use super::lexicon::{self, Dir, Unit};
use super::parts::year_expr;
use super::relative::{amounts, apply};
use super::{Hit, anchor_at, hebrew, hindu, islamic, lunar, solar};
use crate::values::DatePrecision;
use crate::values::numbers::ordinal;
use crate::values::token::Kind;

/// The most words a holiday name has.
const MAX_WORDS: usize = 6;

/// Abbreviations inside holiday names that take a period ("St. Patrick's Day", "MLK Jr.").
const ABBREVIATIONS: &[&str] = &["st", "jr", "sr", "mt"];

/// Words before a weak name ("new year") that make it the holiday.
const WEAK_CONTEXT: &[&str] = &[
    "on", "before", "after", "since", "until", "till", "by", "at",
];

impl Rule {
    /// The day of this rule in Gregorian year `y`.
    fn date(self, y: i64) -> Option<Date> {
        match self {
            Rule::Fixed(m, d) => ymd(y, m.into(), d.into()),
            Rule::NthWeekday(m, n, w) => nth_weekday_of_month(y, m.into(), n.into(), w),
            Rule::After(m, d, w) => ymd(y, m.into(), d.into())?.nth_weekday(1, w).ok(),
            Rule::Before(m, d, w) => ymd(y, m.into(), d.into())?.nth_weekday(-1, w).ok(),
            Rule::NearestWeekday(m, d) => {
                let day = ymd(y, m.into(), d.into())?;
                let shift = match day.weekday() {
                    jiff::civil::Weekday::Saturday => -1,
                    jiff::civil::Weekday::Sunday => 1,
                    _ => 0,
                };
                shift_days(day, shift)
            }
            Rule::SundayBack(m, d) => {
                let day = ymd(y, m.into(), d.into())?;
                let back = i64::from(day.weekday() == jiff::civil::Weekday::Sunday);
                shift_days(day, -back)
            }
            Rule::Easter => easter(y),
            Rule::OrthodoxEaster => orthodox_easter(y),
            Rule::Hebrew(m, d, s) => hebrew::holiday(y, m, d.into(), s),
            Rule::ChineseNewYear => lunar::chinese_new_year(y),
            Rule::Islamic(m, d) => islamic::date_in(y, m, d),
            Rule::IslamicMonth(m) => islamic::month_in(y, m).map(|r| r.0),
            Rule::IslamicLastFriday(m) => islamic::last_friday(y, m),
            Rule::Sankranti(sign, rule) => solar::sankranti(y, sign, rule),
            Rule::Nowruz => solar::nowruz(y),
            Rule::Tithi(month, day, moment) => hindu::festival(y, month.into(), day.into(), moment),
            Rule::Every365(ay, am, ad) => {
                let anchor = ymd(ay.into(), am.into(), ad.into())?;
                let d = shift_days(anchor, 365 * (y - i64::from(ay)))?;
                // A 365-day year drifts a day every four years; take the one in `y`.
                [d, shift_days(d, 365)?, shift_days(d, -365)?]
                    .into_iter()
                    .find(|d| i64::from(d.year()) == y)
            }
        }
    }

    /// The days this rule covers in year `y` (a whole month for "Ramadan").
    fn range(self, y: i64) -> Option<calendar::Range> {
        match self {
            Rule::IslamicMonth(m) => islamic::month_in(y, m),
            _ => self.date(y).map(|d| (d, d)),
        }
    }
}

impl Holiday {
    /// The day the holiday is kept in year `y`, and the range it covers (from the eve for
    /// holidays that begin at sundown).
    fn range_in(&self, y: i64) -> Option<calendar::Range> {
        let (first, last) = self.rule.range(y)?;
        let first = shift_days(first, self.offset.into())?;
        let last = shift_days(last, self.offset.into())?;
        let start = if self.eve {
            shift_days(first, -1)?
        } else {
            first
        };
        Some((start, last))
    }

    /// The nearest occurrence after (`forward`) or before the reference, or on it when
    /// `inclusive`.
    fn occurrence(&self, today: Date, forward: bool, inclusive: bool) -> Option<calendar::Range> {
        let y = i64::from(today.year());
        let years: [i64; 3] = if forward {
            [y - 1, y, y + 1]
        } else {
            [y + 1, y, y - 1]
        };
        years.into_iter().find_map(|y| {
            let r = self.range_in(y)?;
            let d = r.1;
            let ok = match (forward, inclusive) {
                (true, true) => d >= today,
                (true, false) => d > today,
                (false, true) => d <= today,
                (false, false) => d < today,
            };
            ok.then_some(r)
        })
    }
}

/// Name index: first word → (holiday, name words, weak).
type Index = HashMap<&'static str, Vec<(usize, Vec<&'static str>, bool)>>;

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map: Index = HashMap::new();
        for (h, holiday) in HOLIDAYS.iter().enumerate() {
            let names = holiday.names.iter().map(|n| (n, false));
            for (name, weak) in names.chain(holiday.weak.iter().map(|n| (n, true))) {
                let words: Vec<&'static str> = name.split(' ').collect();
                if let Some(first) = words.first() {
                    map.entry(first).or_default().push((h, words, weak));
                }
            }
        }
        map
    })
}

/// The words at `i` as holiday names see them: lower case, possessive "'s" dropped, and
/// apostrophes, hyphens and periods inside names skipped ("Tisha B'Av" → tisha b av,
/// "MLK Jr." → mlk jr). Each word comes with the token after it.
fn name_words<'a>(cx: &'a Cx, i: usize) -> Vec<(&'a str, usize)> {
    let mut out = Vec::new();
    let mut j = i;
    while out.len() < MAX_WORDS && cx.kind(j) == Some(Kind::Word) {
        let word = cx.word(j);
        j += 1;
        let apostrophe = matches!(cx.low(j), "'" | "’") && cx.attached(j);
        if apostrophe && cx.is(j + 1, "s") && cx.attached(j + 1) && !cx.attached(j + 2) {
            j += 2;
        } else if apostrophe && word.ends_with('s') && !cx.attached(j + 1) {
            // "Presidents' Day": a plural possessive.
            j += 1;
        } else if (apostrophe || cx.punct(j, '-')) && cx.attached(j + 1) {
            out.push((word, j));
            j += 1;
            continue;
        } else if cx.punct(j, '.') && cx.attached(j) && ABBREVIATIONS.contains(&word) {
            j += 1;
        }
        out.push((word, j));
    }
    out
}

/// The longest holiday name at `i`: the holiday, whether the name is weak, the next token
/// and whether the name ends in "day".
fn name_at(cx: &Cx, i: usize) -> Option<(&'static Holiday, bool, usize)> {
    let words = name_words(cx, i);
    let (first, _) = *words.first()?;
    let mut best: Option<(&'static Holiday, bool, usize, usize)> = None;
    let keys = [Some(first), first.strip_suffix('s')];
    for entries in keys.into_iter().flatten().filter_map(|k| index().get(k)) {
        for (h, name, weak) in entries {
            if name.len() > words.len() {
                continue;
            }
            let matches = name
                .iter()
                .zip(&words)
                .all(|(n, (w, _))| *w == *n || w.strip_suffix('s') == Some(n));
            if matches && best.is_none_or(|b| name.len() > b.3) {
                let end = words[name.len() - 1].1;
                best = Some((&HOLIDAYS[*h], *weak, end, name.len()));
            }
        }
    }
    let (holiday, weak, mut end, n) = best?;
    // "Thanksgiving Day", "New Year's Day": an extra "day" after the name.
    if cx.is(end, "day") && words.get(n - 1).is_some_and(|(w, _)| *w != "day") {
        end += 1;
    }
    Some((holiday, weak, end))
}

/// "the closest Christmas to today", "the 3rd closest Easter to June 1, 2020": the
/// occurrences of a holiday ranked by distance from a date.
fn closest(cx: &Cx, i: usize) -> Option<Hit> {
    let mut k = if cx.is(i, "the") { i + 1 } else { i };
    let n = match ordinal(cx.src, cx.toks, k) {
        Some((n, next)) => {
            k = next;
            i64::from(n)
        }
        None => 1,
    };
    if !matches!(cx.word(k), "closest" | "nearest") || !(1..=5).contains(&n) {
        return None;
    }
    let (holiday, _, after) = name_at(cx, k + 1)?;
    if !cx.is(after, "to") {
        return None;
    }
    let anchor = anchor_at(cx, after + 1)?;
    let from = anchor.range.0;
    let y = i64::from(from.year());
    let mut found: Vec<(i64, calendar::Range)> = (y - 4..=y + 4)
        .filter_map(|y| holiday.range_in(y))
        .filter_map(|r| Some((i64::from(r.1.since(from).ok()?.get_days()).abs(), r)))
        .collect();
    found.sort_by_key(|&(distance, r)| (distance, r.0));
    let (_, range) = *found.get(usize::try_from(n - 1).ok()?)?;
    let start = if cx.is(i, "the") { i } else { k };
    Some(Hit::new(start, anchor.end, range, DatePrecision::Day).relative(anchor.relative))
}

/// A holiday at token `i`, with its modifier and year or offset.
pub fn at(cx: &Cx, i: usize) -> Option<Hit> {
    if let Some(hit) = closest(cx, i) {
        return Some(hit);
    }
    let (dir, j) = match lexicon::modifier(cx.word(i)) {
        Some(d) => (Some(d), i + 1),
        None => (None, i),
    };
    let (holiday, weak, k) = name_at(cx, j)?;
    // "Islamic New Year", "Thai New Year": another calendar's new year than ours.
    let new_year = holiday
        .names
        .iter()
        .chain(holiday.weak)
        .any(|n| n.starts_with("new year"));
    if new_year && dir.is_none() && j > 0 && cx.capitalized(j - 1) && !cx.sentence_start(j - 1) {
        return None;
    }
    let today = cx.today;
    // A year or a year-fixing offset after the name.
    let suffix = {
        let of = usize::from(cx.is(k, "of") || cx.is(k, "in"));
        if let Some((y, next, rel)) = year_expr(cx, k + of) {
            Some((y, next, rel))
        } else if cx.is(k, "in")
            && let Some((a, next)) = amounts(cx, k + 1)
        {
            Some((apply(today, &a, true)?.year().into(), next, true))
        } else if let Some((a, next)) = amounts(cx, k).filter(|(a, _)| {
            a.iter()
                .all(|(_, c)| matches!(c, super::relative::Counted::Unit(u) if *u != Unit::Day))
        }) {
            let (forward, end) = match (cx.word(next), cx.word(next + 1)) {
                ("ago", _) => (false, next + 1),
                ("hence", _) => (true, next + 1),
                ("from", "now") => (true, next + 2),
                _ => return None,
            };
            Some((apply(today, &a, forward)?.year().into(), end, true))
        } else {
            None
        }
    };
    let (range, end, relative) = match (suffix, dir) {
        (Some((y, end, rel)), None) => (holiday.range_in(y)?, end, rel),
        (Some(_), Some(_)) => return None,
        (None, Some(dir)) => {
            let r = match dir {
                Dir::Next | Dir::Coming => holiday.occurrence(today, true, false)?,
                Dir::Last | Dir::Past => holiday.occurrence(today, false, false)?,
                Dir::This => holiday.range_in(today.year().into())?,
            };
            (r, k, true)
        }
        (None, None) => {
            if weak && !(i > 0 && lexicon::contains(WEAK_CONTEXT, cx.word(i - 1))) {
                return None;
            }
            // "the Good Friday Agreement", "the Easter Rising": a name built on a holiday.
            if cx.kind(k) == Some(Kind::Word) && cx.capitalized(k) && !cx.sentence_start(k) {
                return None;
            }
            let r = match cx.tense(i, k) {
                Tense::Future => holiday.occurrence(today, true, true)?,
                Tense::Past => holiday.occurrence(today, false, true)?,
                Tense::Unknown => holiday.range_in(today.year().into())?,
            };
            (r, k, true)
        }
    };
    let mut hit = Hit::new(i, end, range, DatePrecision::Day).relative(relative);
    hit.start = i;
    Some(hit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::Context;
    use crate::values::token::tokenize;
    use jiff::civil::date;

    fn first(text: &str) -> Option<(String, Date)> {
        let toks = tokenize(text);
        let ctx = Context {
            reference: Some(date(2013, 2, 12)),
        };
        let cx = Cx::new(text, &toks, &ctx);
        (0..toks.len()).find_map(|i| {
            at(&cx, i).map(|h| {
                let (s, e) = (toks[h.start].start, toks[h.end - 1].end);
                (text[s..e].to_string(), h.range.0)
            })
        })
    }

    fn day(text: &str) -> Option<Date> {
        first(text).map(|f| f.1)
    }

    #[test]
    fn holidays_with_years_and_modifiers() {
        assert_eq!(day("thanksgiving 2013"), Some(date(2013, 11, 28)));
        assert_eq!(day("next thanksgiving day"), Some(date(2013, 11, 28)));
        assert_eq!(day("last thanksgiving"), Some(date(2012, 11, 22)));
        assert_eq!(day("thanksgiving of next year"), Some(date(2014, 11, 27)));
        assert_eq!(day("thanksgiving in 9 months"), Some(date(2013, 11, 28)));
        assert_eq!(day("thanksgiving 3 months ago"), Some(date(2012, 11, 22)));
        assert_eq!(day("black friday 2017"), Some(date(2017, 11, 24)));
        assert_eq!(day("last MLK Jr. day"), Some(date(2013, 1, 21)));
        assert_eq!(
            day("next Martin Luther King's day"),
            Some(date(2014, 1, 20))
        );
        assert_eq!(day("boss's day 2021"), Some(date(2021, 10, 15)));
        assert_eq!(day("Presidents' Day 2024"), Some(date(2024, 2, 19)));
        assert_eq!(day("King's Day 2014"), Some(date(2014, 4, 26)));
        assert_eq!(day("st patrick's day 2013"), Some(date(2013, 3, 17)));
        assert_eq!(day("orthodox good friday 2020"), Some(date(2020, 4, 17)));
        assert_eq!(day("clean monday 2018"), Some(date(2018, 2, 19)));
        assert_eq!(day("pancake day 2013"), Some(date(2013, 2, 12)));
    }

    #[test]
    fn lunar_and_hebrew_holidays() {
        assert_eq!(day("last chinese new year"), Some(date(2013, 2, 10)));
        assert_eq!(day("chinese new year's day 2018"), Some(date(2018, 2, 16)));
        // Jewish holidays begin at sundown: the range starts on the eve.
        assert_eq!(day("yom kippur 2018"), Some(date(2018, 9, 18)));
        assert_eq!(day("tisha b'av 2018"), Some(date(2018, 7, 21)));
        assert_eq!(day("Eid al-Adha 2018"), Some(date(2018, 8, 21)));
        assert_eq!(day("Jumu'atul-Wida 2018"), Some(date(2018, 6, 8)));
        assert_eq!(day("makar sankranti 2019"), Some(date(2019, 1, 15)));
        assert_eq!(day("Rabindra Jayanti 2018"), Some(date(2018, 5, 9)));
        assert_eq!(day("parsi new year 2022"), Some(date(2022, 8, 16)));
        assert_eq!(day("They marked Thai New Year 2018"), None);
        assert_eq!(day("Deepavali in 2019"), Some(date(2019, 10, 27)));
        assert_eq!(day("holi 2019"), Some(date(2019, 3, 21)));
        assert_eq!(
            day("the closest Christmas to today"),
            Some(date(2012, 12, 25))
        );
        assert_eq!(
            day("the second nearest Christmas to today"),
            Some(date(2013, 12, 25))
        );
    }

    #[test]
    fn bare_holidays_follow_the_tense() {
        assert_eq!(day("We met at Christmas."), Some(date(2012, 12, 25)));
        assert_eq!(day("They will marry at Easter."), Some(date(2013, 3, 31)));
        assert_eq!(day("Christmas shopping"), Some(date(2013, 12, 25)));
        assert_eq!(day("the Good Friday Agreement"), None);
        assert_eq!(day("the Easter Rising"), None);
    }

    #[test]
    fn weak_names_need_context() {
        assert_eq!(day("Martin Luther King' day"), None);
        assert_eq!(day("a St Patrick statue"), None);
        assert_eq!(day("saint patrick 2020"), Some(date(2020, 3, 17)));
        assert_eq!(day("5 days before new year"), Some(date(2013, 1, 1)));
        assert_eq!(day("palm"), None);
        assert_eq!(
            first("born on New Year's Day.").map(|f| f.0),
            Some("New Year's Day".into())
        );
    }
}

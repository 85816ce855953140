//! The English words of dates — months, weekdays, calendar units, modifiers, parts of a
//! period and tense cues — kept as tables so that other languages can be added as data.

use jiff::civil::Weekday;

/// How safely a name can be read as a date on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    /// A full name that is rarely anything else ("January", "Monday").
    Full,
    /// A short form ("Jan", "Sept", "Sat"): a date only beside a day or a year.
    Abbrev,
    /// A full name that is also a common word ("May", "March"): needs date context.
    Ambiguous,
}

/// Month names and their numbers.
pub const MONTHS: &[(&str, i8, NameKind)] = &[
    ("january", 1, NameKind::Full),
    ("jan", 1, NameKind::Abbrev),
    ("february", 2, NameKind::Full),
    ("feb", 2, NameKind::Abbrev),
    ("march", 3, NameKind::Ambiguous),
    ("mar", 3, NameKind::Abbrev),
    ("april", 4, NameKind::Full),
    ("apr", 4, NameKind::Abbrev),
    ("may", 5, NameKind::Ambiguous),
    ("june", 6, NameKind::Full),
    ("jun", 6, NameKind::Abbrev),
    ("july", 7, NameKind::Full),
    ("jul", 7, NameKind::Abbrev),
    ("august", 8, NameKind::Full),
    ("aug", 8, NameKind::Abbrev),
    ("september", 9, NameKind::Full),
    ("sept", 9, NameKind::Abbrev),
    ("sep", 9, NameKind::Abbrev),
    ("october", 10, NameKind::Full),
    ("oct", 10, NameKind::Abbrev),
    ("november", 11, NameKind::Full),
    ("nov", 11, NameKind::Abbrev),
    ("december", 12, NameKind::Full),
    ("dec", 12, NameKind::Abbrev),
];

/// Weekday names.
pub const WEEKDAYS: &[(&str, Weekday, NameKind)] = &[
    ("monday", Weekday::Monday, NameKind::Full),
    ("mon", Weekday::Monday, NameKind::Abbrev),
    ("tuesday", Weekday::Tuesday, NameKind::Full),
    ("tues", Weekday::Tuesday, NameKind::Abbrev),
    ("tue", Weekday::Tuesday, NameKind::Abbrev),
    ("wednesday", Weekday::Wednesday, NameKind::Full),
    ("wed", Weekday::Wednesday, NameKind::Abbrev),
    ("thursday", Weekday::Thursday, NameKind::Full),
    ("thurs", Weekday::Thursday, NameKind::Abbrev),
    ("thur", Weekday::Thursday, NameKind::Abbrev),
    ("thu", Weekday::Thursday, NameKind::Abbrev),
    ("friday", Weekday::Friday, NameKind::Full),
    ("fri", Weekday::Friday, NameKind::Abbrev),
    ("saturday", Weekday::Saturday, NameKind::Full),
    ("sat", Weekday::Saturday, NameKind::Abbrev),
    ("sunday", Weekday::Sunday, NameKind::Full),
    ("sun", Weekday::Sunday, NameKind::Abbrev),
];

/// A calendar unit counted in relative dates ("three weeks ago").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// "day", "days".
    Day,
    /// Monday to Friday only ("four business days").
    BusinessDay,
    /// "week", "wk".
    Week,
    /// Two weeks.
    Fortnight,
    /// "month", "months".
    Month,
    /// "year", "yr".
    Year,
    /// Ten years.
    Decade,
}

/// Unit words, singular and plural.
pub const UNITS: &[(&str, Unit)] = &[
    ("day", Unit::Day),
    ("days", Unit::Day),
    ("week", Unit::Week),
    ("weeks", Unit::Week),
    ("wk", Unit::Week),
    ("wks", Unit::Week),
    ("fortnight", Unit::Fortnight),
    ("fortnights", Unit::Fortnight),
    ("month", Unit::Month),
    ("months", Unit::Month),
    ("year", Unit::Year),
    ("years", Unit::Year),
    ("yr", Unit::Year),
    ("yrs", Unit::Year),
    ("decade", Unit::Decade),
    ("decades", Unit::Decade),
];

/// Which occurrence a modifier picks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    /// "this", "current": the period containing the reference date.
    This,
    /// "next", "following": the period after it.
    Next,
    /// "last", "previous", "past", "prior": the period before it.
    Last,
    /// "coming", "upcoming", "this coming": the next occurrence, this period included.
    Coming,
    /// "this past": the latest occurrence before the reference date.
    Past,
}

/// Modifier words before a period, weekday, month or holiday.
pub const MODIFIERS: &[(&str, Dir)] = &[
    ("this", Dir::This),
    ("current", Dir::This),
    ("next", Dir::Next),
    ("following", Dir::Next),
    ("last", Dir::Last),
    ("previous", Dir::Last),
    ("prior", Dir::Last),
    ("past", Dir::Past),
    ("coming", Dir::Coming),
    ("upcoming", Dir::Coming),
];

/// A third of a period ("early", "mid", "late"; "the beginning/middle/end of").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// "early", "the beginning of", "the start of": the first third.
    Early,
    /// "mid", "the middle of": the middle third.
    Mid,
    /// "late", "the end of": the last third.
    Late,
}

/// Words naming a part of a period, used as "early 2019" or "the end of July".
pub const PARTS: &[(&str, Part)] = &[
    ("early", Part::Early),
    ("beginning", Part::Early),
    ("start", Part::Early),
    ("mid", Part::Mid),
    ("middle", Part::Mid),
    ("late", Part::Late),
    ("end", Part::Late),
];

/// Seasons of the northern hemisphere: name, first month, last month.
pub const SEASONS: &[(&str, i8, i8)] = &[
    ("spring", 3, 5),
    ("summer", 6, 8),
    ("autumn", 9, 11),
    ("fall", 9, 11),
    ("winter", 1, 3),
];

/// Words before a bare year that make it a date ("in 2019", "since 2019").
#[rustfmt::skip]
pub const YEAR_PREPOSITIONS: &[&str] = &[
    "in", "since", "by", "until", "till", "til", "during", "before", "after", "from", "through",
    "throughout", "between", "circa", "ca",
];

/// Words that join a second year to a first one ("in 2007 and 2009", "from 2010 to 2015").
pub const COORDINATORS: &[&str] = &["and", "or", "to", "through", "until", ",", "-", "–"];

/// Hedge words kept apart from a date's span ("before 2018", "since 2019").
pub const HEDGES: &[&str] = &["before", "after", "since", "until", "till", "by"];

/// Words after a number that make it a count, not a year or a day ("in 2000 pieces").
#[rustfmt::skip]
pub const COUNT_NOUNS: &[&str] = &[
    "people", "persons", "person", "pieces", "parts", "units", "cases", "copies", "votes", "times",
    "members", "residents", "troops", "soldiers", "workers", "jobs", "homes", "households",
    "students", "children", "patients", "deaths", "dollars", "euros", "pounds", "points", "meters",
    "metres", "km", "kilometers", "kilometres", "miles", "feet", "tons", "tonnes", "kg", "acres",
    "hectares", "barrels", "shares", "cars", "vehicles", "flights", "passengers", "men", "women",
    "refugees", "migrants", "beds", "doses", "tests", "lbs", "percent", "per", "ft", "m", "mi",
    "mph", "hours", "minutes", "seconds", "days", "weeks", "months", "years", "million", "billion",
    "thousand", "hundred", "games", "goals", "runs", "yards", "laps", "seats", "companies",
    "firms", "buildings", "houses", "rooms",
];

/// Words that point a bare weekday, month or holiday to the future.
#[rustfmt::skip]
pub const FUTURE_CUES: &[&str] = &[
    "will", "shall", "ll", "going", "gonna", "scheduled", "expected", "plans", "plan", "planning",
    "sometime", "please", "upcoming", "tomorrow", "next", "coming", "until", "till", "await",
    "awaits", "awaiting", "slated", "intends", "hopes", "aims", "would",
];

/// Past-tense words that do not end in "-ed".
#[rustfmt::skip]
pub const PAST_CUES: &[&str] = &[
    "was", "were", "had", "did", "said", "went", "came", "told", "took", "made", "got", "held",
    "began", "met", "saw", "left", "won", "lost", "fell", "rose", "ago", "last", "yesterday",
    "earlier", "spent", "paid", "sold", "bought", "found", "gave", "led", "ran", "sent", "struck",
    "became", "brought", "wrote", "spoke", "knew", "thought", "felt", "kept", "since", "stood",
    "put", "cut", "hit", "shut", "quit", "sought", "caught", "wore", "swore", "hid", "fled",
    "grew", "drew", "broke", "chose", "flew", "shot", "fought", "taught",
];

/// Words ending in "-ed" that are not past-tense cues.
#[rustfmt::skip]
pub const NOT_PAST: &[&str] = &[
    "need", "needed", "speed", "seed", "breed", "feed", "bed", "red", "shed", "united", "weed",
    "proceed", "exceed", "succeed", "indeed", "hundred", "scheduled", "expected", "planned",
];

/// Words for a part of the day, absorbed into a day's span ("Sunday night").
#[rustfmt::skip]
pub const DAY_PARTS: &[&str] = &[
    "morning", "afternoon", "evening", "night", "noon", "midday", "midnight", "overnight",
];

/// Capitalised words that turn a weekday into a name ("Bloody Sunday", "Super Tuesday").
#[rustfmt::skip]
pub const WEEKDAY_EPITHETS: &[&str] = &[
    "bloody", "black", "blue", "super", "manic", "mad", "giving", "cyber", "small", "fat", "holy",
    "great", "ash", "palm", "good", "easter", "whit", "low", "plough", "clean", "maundy", "shrove",
    "passion", "white", "branch", "lazarus", "orthodox", "red", "green",
];

/// Abbreviations written with a period that does not end a sentence.
#[rustfmt::skip]
pub const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "gov", "sen", "rep",
    "inc", "co", "corp", "ltd", "no", "vs", "prof", "capt", "cmdr", "adm", "maj", "mt", "ft",
    "rev", "hon", "pres", "dept", "univ", "approx", "est", "etc", "ave", "blvd",
];

/// Looks a word up in a `(name, value, kind)` table.
pub fn lookup<T: Copy>(table: &[(&str, T, NameKind)], word: &str) -> Option<(T, NameKind)> {
    table
        .iter()
        .find(|(name, _, _)| *name == word)
        .map(|&(_, v, k)| (v, k))
}

/// The month named by `word` (lower case), with how safe the name is.
pub fn month(word: &str) -> Option<(i8, NameKind)> {
    lookup(MONTHS, word)
}

/// The weekday named by `word` (lower case), with how safe the name is.
pub fn weekday(word: &str) -> Option<(Weekday, NameKind)> {
    lookup(WEEKDAYS, word)
}

/// The weekday of a plural full name ("fridays"), for "three fridays from now".
pub fn weekday_plural(word: &str) -> Option<Weekday> {
    let singular = word.strip_suffix('s')?;
    match weekday(singular)? {
        (w, NameKind::Full) => Some(w),
        _ => None,
    }
}

/// The unit named by `word` (lower case).
pub fn unit(word: &str) -> Option<Unit> {
    UNITS.iter().find(|(n, _)| *n == word).map(|&(_, u)| u)
}

/// The modifier named by `word` (lower case).
pub fn modifier(word: &str) -> Option<Dir> {
    MODIFIERS.iter().find(|(n, _)| *n == word).map(|&(_, d)| d)
}

/// The part of a period named by `word` (lower case).
pub fn part(word: &str) -> Option<Part> {
    PARTS.iter().find(|(n, _)| *n == word).map(|&(_, p)| p)
}

/// The months of the season named by `word` (lower case).
pub fn season(word: &str) -> Option<(i8, i8)> {
    SEASONS
        .iter()
        .find(|(n, _, _)| *n == word)
        .map(|&(_, a, b)| (a, b))
}

/// True when `word` is in `list`.
pub fn contains(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_their_kinds() {
        assert_eq!(month("sept"), Some((9, NameKind::Abbrev)));
        assert_eq!(month("may"), Some((5, NameKind::Ambiguous)));
        assert_eq!(month("mayor"), None);
        assert_eq!(weekday("sat"), Some((Weekday::Saturday, NameKind::Abbrev)));
        assert_eq!(weekday_plural("fridays"), Some(Weekday::Friday));
        assert_eq!(weekday_plural("suns"), None);
        assert_eq!(unit("yrs"), Some(Unit::Year));
        assert_eq!(modifier("previous"), Some(Dir::Last));
        assert_eq!(part("end"), Some(Part::Late));
        assert_eq!(season("fall"), Some((9, 11)));
    }
}

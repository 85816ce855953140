//! Numbers that are not quantities: names and codes ("F-16", "Boeing 737", "MH17", "5G",
//! "Article 5"), years, and "one" or "zero" in idioms. In news a false value is worse than a
//! missed one, so these are dropped before any number is read as a count (digit strings that
//! are not numbers at all — times, phone numbers, web addresses — are in [`super::codes`]).

use super::numbers::Reader;
use super::token::Kind;

/// Words after which a number names something instead of counting it ("Route 66",
/// "Article 5", "Game 7", "No. 1").
#[rustfmt::skip]
const LABELS: &[&str] = &[
    "article", "articles", "route", "flight", "chapter", "section", "room", "page", "pages",
    "version", "level", "gate", "platform", "model", "type", "category", "grade", "stage",
    "phase", "season", "episode", "series", "class", "bus", "line", "row", "seat", "channel",
    "district", "highway", "interstate", "exit", "unit", "ward", "block", "lot", "item",
    "paragraph", "clause", "amendment", "resolution", "proposition", "prop", "figure", "fig",
    "table", "appendix", "volume", "vol", "no", "nos", "nr", "nrs", "number", "psalm", "verse",
    "track", "game", "round", "lap", "hole", "pier", "terminal", "runway", "reactor", "sector",
    "zone", "tower", "floor", "apartment", "apt", "suite", "box", "code", "pin", "id", "batch",
    "division", "league", "tier", "step", "part", "book", "act", "scene", "title", "form",
    "annex", "week", "day", "wave", "term", "rank", "ranked", "no.", "tel", "phone", "fax",
    "ext", "p", "pp", "sec", "art", "ch", "vs", "v", "lane", "road", "street", "avenue",
    "reg", "regulation", "rule", "bill", "ssn", "question", "problem", "exercise", "exercises",
    "option", "slot", "aisle", "bay", "dock", "berth", "precinct", "sura", "surah", "hymn",
];

/// Plural labels that introduce a list of names: "sections 153, 154 and 175".
#[rustfmt::skip]
const LIST_LABELS: &[&str] = &[
    "articles", "sections", "chapters", "clauses", "paragraphs", "rules", "routes", "flights",
    "regulations", "amendments", "pages", "lines", "platforms", "gates", "units", "wards",
];

/// Month names and abbreviations: a number next to one is a day or a year.
#[rustfmt::skip]
const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
];

/// Words before a four-digit number that make it a year ("in 1982", "since 2020").
#[rustfmt::skip]
const YEAR_CUES: &[&str] = &[
    "in", "since", "of", "by", "until", "till", "before", "after", "during", "from", "circa",
    "year", "fiscal", "fy", "early", "late", "mid", "spring", "summer", "autumn", "fall",
    "winter", "the", "a", "its", "his", "her", "their", "this", "that", "last", "next",
    "through", "between", "around", "census", "vintage", "class", "model", "'", "’", "c",
];

/// Year cues strong enough for any year from 1000 on ("in 1659", "since 1066").
const STRONG_YEAR_CUES: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "during",
    "circa",
    "year",
    "copyright",
    "©",
];

/// Capitalised words that do not make the number after them a name.
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    "I", "US", "UK", "EU", "UN", "About", "Some", "Over", "Nearly", "Almost", "Around",
    "Roughly", "More", "Less", "Fewer", "Only", "Just", "At", "Up", "Under", "Between",
];

/// Determiners after which "one" is a pronoun ("the one", "which one").
const ONE_PRONOUN_BEFORE: &[&str] = &[
    "the", "this", "that", "which", "each", "every", "any", "no", "some", "another", "a", "an",
    "someone", "anyone", "one",
];

/// Words after which "one" is a pronoun ("one may ask", "one another").
const ONE_PRONOUN_AFTER: &[&str] = &[
    "may", "can", "must", "should", "would", "could", "might", "will", "cannot", "another",
    "shall", "needs",
];

/// True when `word` names a month ("June", "Sept"); lower-case "may" and "march" are verbs.
pub fn is_month(word: &str) -> bool {
    is_in(MONTHS, word) && !(word == "may" || word == "march" || word == "mar")
}

pub(crate) fn is_in(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// True when token `i` starts a sentence (or a quotation or bracket).
fn sentence_start(r: &Reader, i: usize) -> bool {
    i == 0
        || r.tokens[i].newline_before
        || r.tok(i - 1).is_some_and(|t| {
            t.kind == Kind::Punct
                && matches!(
                    t.text(r.src),
                    "." | "!" | "?" | ":" | "\"" | "“" | "(" | "[" | "—" | "–" | "‘" | "'"
                )
        })
}

/// True when the line around token `i` is written in title case (a headline), where a
/// capitalised word says nothing about names.
fn title_case(r: &Reader, i: usize) -> bool {
    let lo = i.saturating_sub(12);
    let hi = (i + 12).min(r.tokens.len());
    let (mut caps, mut words) = (0, 0);
    for t in &r.tokens[lo..hi] {
        if t.kind == Kind::Word && t.end - t.start > 3 {
            words += 1;
            caps += usize::from(t.text(r.src).starts_with(|c: char| c.is_uppercase()));
        }
    }
    words >= 3 && caps * 10 >= words * 7
}

/// True when the number starting at token `i` is glued to a name before it: "MH17",
/// "F-16", "COVID-19", "#5", "Boeing 737", "Article 5", "No. 1", "June 25".
pub fn named_before(r: &Reader, i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).and_then(|p| r.tok(p)) else {
        return false;
    };
    let t = &r.tokens[i];
    if t.attached() {
        match prev.kind {
            Kind::Word => return true,
            Kind::Punct if matches!(prev.text(r.src), "-" | "#" | "№") => {
                return prev.text(r.src) != "-" || (prev.attached() && word_in_run(r, i - 2));
            }
            _ => {}
        }
    }
    if r.is_punct(i - 1, '.') && i >= 2 {
        // "No. 1", "Jan. 5", "nrs. 22"; "BA.2" (a variant's name) is glued on both sides.
        let glued = t.attached() && prev.attached() && r.word(i - 2).is_some();
        return glued
            || r.word(i - 2)
                .is_some_and(|w| is_in(LABELS, w) || is_in(MONTHS, w));
    }
    if in_labelled_list(r, i) {
        return true;
    }
    let Some(w) = r.word(i - 1) else {
        return false;
    };
    if is_in(LABELS, w) || is_in(MONTHS, w) {
        // "may" and "march" are also verbs: "prices may 5" is not English, but "march 5" is.
        return !w.eq_ignore_ascii_case("may") || w.starts_with('M');
    }
    let capitalised = w.chars().any(|c| c.is_uppercase());
    capitalised && !is_in(NOT_NAMES, w) && !sentence_start(r, i - 1) && !title_case(r, i)
}

/// True when the number at token `i` continues a list that a plural label opened: the 154
/// and 175 of "sections 153 (negligence), 154 and 175". Looks back over numbers, commas,
/// "and"/"or" and bracketed asides.
fn in_labelled_list(r: &Reader, i: usize) -> bool {
    let mut k = i;
    let mut depth = 0usize;
    for _ in 0..40 {
        let Some(p) = k.checked_sub(1) else {
            return false;
        };
        k = p;
        let t = &r.tokens[k];
        let text = t.text(r.src);
        match (t.kind, text) {
            (Kind::Punct, ")") => depth += 1,
            (Kind::Punct, "(") if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            (Kind::Num, _) => {}
            (Kind::Punct, "," | "&") => {}
            (Kind::Word, w)
                if ["and", "or", "like", "including", "namely", "as", "such"]
                    .iter()
                    .any(|x| w.eq_ignore_ascii_case(x)) => {}
            (Kind::Word, w) => return is_in(LIST_LABELS, w),
            _ => return false,
        }
    }
    false
}

/// True when the run of attached tokens ending at token `k` contains a word ("scp2" in
/// "scp2-173").
fn word_in_run(r: &Reader, mut k: usize) -> bool {
    loop {
        let Some(t) = r.tok(k) else { return false };
        if t.kind == Kind::Word {
            return true;
        }
        if !t.attached() || k == 0 {
            return false;
        }
        k -= 1;
    }
}

/// True when the number ending before token `j` runs into letters that make it a code or
/// a name ("5G", "13F", "24703L202", "3-D").
pub fn named_after(r: &Reader, j: usize) -> bool {
    let Some(t) = r.tok(j).filter(|t| t.attached()) else {
        return false;
    };
    match t.kind {
        Kind::Word => true,
        Kind::Num => true,
        // "3-D", "7-Eleven": a capitalised name after a dash (outside headlines);
        // "2-for-1", "1-in-100-year", "15-to-life": a number inside a hyphenated phrase.
        Kind::Punct if t.text(r.src) == "-" => r.tok(j + 1).is_some_and(|n| {
            let name = n.text(r.src).starts_with(|c: char| c.is_uppercase())
                && (n.end - n.start == 1 || !title_case(r, j));
            let phrase = r.is_punct(j + 2, '-') && r.attached(j + 2) && r.attached(j + 3);
            n.attached() && n.kind == Kind::Word && (name || phrase)
        }),
        _ => false,
    }
}

/// True when the whole number `v` at token `i` (digits only, no separators) is a year:
/// "in 1982", "the 2020 election", "1990s", "June 2024".
pub fn year(r: &Reader, i: usize, next: usize, v: f64) -> bool {
    if next != i + 1 || r.num_len(i) != 4 || !(1000.0..=2100.0).contains(&v) {
        return false;
    }
    // "1990s", "1990's"
    if r.word(next).is_some_and(|w| w == "s") && r.attached(next) {
        return true;
    }
    if (r.is_punct(next, '\'') || r.is_punct(next, '’')) && r.is_word(next + 1, "s") {
        return true;
    }
    let lo = i.saturating_sub(4);
    if (lo..i).any(|k| r.word(k).is_some_and(|w| is_in(MONTHS, w) && w != "may")) {
        return true;
    }
    let recent = (1900.0..=2100.0).contains(&v);
    let prev = i
        .checked_sub(1)
        .and_then(|p| r.tok(p))
        .map(|t| t.text(r.src));
    // "in 2019 and 2020": a year after another.
    let listed = prev.is_some_and(|w| is_in(&["and", "or", "to", "through", ","], w))
        && r.num_len(i.saturating_sub(2)) == 4
        && r.num(i.saturating_sub(2))
            .is_some_and(|y| (1000.0..=2100.0).contains(&y));
    let cue = listed || prev.is_some_and(|w| is_in(YEAR_CUES, w));
    let strong = prev.is_some_and(|w| is_in(STRONG_YEAR_CUES, w));
    let bracketed = r.is_punct(i.wrapping_sub(1), '(') && r.is_punct(next, ')');
    strong || (recent && (cue || bracketed))
}

/// Words around "zero" that make it a notion, not a count ("net zero", "zero tolerance").
const ZERO_IDIOMS: &[&str] = &[
    "net",
    "ground",
    "patient",
    "absolute",
    "tolerance",
    "sum",
    "hour",
    "hours",
    "day",
    "emissions",
    "carbon",
    "covid",
];

/// True when "zero" at token `i` is part of an idiom: "net zero", "ground zero",
/// "zero tolerance".
pub fn zero_idiom(r: &Reader, i: usize) -> bool {
    if !r.is_word(i, "zero") {
        return false;
    }
    let near = |k: Option<usize>| {
        k.and_then(|k| r.word(k))
            .is_some_and(|w| is_in(ZERO_IDIOMS, w))
    };
    let after = if r.is_punct(i + 1, '-') { i + 2 } else { i + 1 };
    near(i.checked_sub(1)) || near(Some(after))
}

/// True when "one" at token `i` is a pronoun: "the one", "which one", "one may ask".
pub fn one_pronoun(r: &Reader, i: usize) -> bool {
    if !r.is_word(i, "one") {
        return false;
    }
    let before = i.checked_sub(1).and_then(|p| r.word(p));
    if before.is_some_and(|w| is_in(ONE_PRONOUN_BEFORE, w)) {
        return true;
    }
    let after = r.word(i + 1);
    if after.is_some_and(|w| is_in(ONE_PRONOUN_AFTER, w)) {
        return true;
    }
    // "at one point", "at one time": a moment, not a count.
    if before.is_some_and(|w| w.eq_ignore_ascii_case("at"))
        && after.is_some_and(|w| is_in(&["point", "time", "stage"], w))
    {
        return true;
    }
    // "one's"
    (r.is_punct(i + 1, '\'') || r.is_punct(i + 1, '’')) && r.is_word(i + 2, "s")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::token::tokenize;

    fn at<F: Fn(&Reader, usize) -> bool>(text: &str, tok: &str, f: F) -> bool {
        let toks = tokenize(text);
        let r = Reader {
            src: text,
            tokens: &toks,
        };
        let i = toks.iter().position(|t| t.text(text) == tok).unwrap_or(0);
        f(&r, i)
    }

    #[test]
    fn names_and_codes_before_a_number() {
        assert!(at("a Boeing 737 crashed", "737", named_before));
        assert!(at("the F-16 jets", "16", named_before));
        assert!(at("flight MH17 was", "17", named_before));
        assert!(at("under Article 5 of", "5", named_before));
        assert!(at("ranked No. 1 in", "1", named_before));
        assert!(!at("About 37 people", "37", named_before));
        assert!(!at("police said 37 people", "37", named_before));
        // Headlines capitalise every word.
        assert!(!at(
            "Train Derails At Curve, Kills 37 Passengers",
            "37",
            named_before
        ));
    }

    #[test]
    fn codes_after_a_number() {
        assert!(at("5G networks", "5", |r, i| named_after(r, i + 1)));
        assert!(at("the 13F filing", "13", |r, i| named_after(r, i + 1)));
        assert!(!at("12 people", "12", |r, i| named_after(r, i + 1)));
    }

    #[test]
    fn years_are_not_counts() {
        let year_at = |text: &str, tok: &str| {
            at(text, tok, |r, i| {
                let v: f64 = tok.parse().unwrap_or(0.0);
                year(r, i, i + 1, v)
            })
        };
        assert!(year_at("in 1982 the", "1982"));
        assert!(year_at("the 1990s", "1990"));
        assert!(year_at("June 2024", "2024"));
        assert!(!year_at("deliver 2000 pieces", "2000"));
        assert!(!year_at("in 3000 cases", "3000"));
    }

    #[test]
    fn pronoun_one() {
        assert!(at("Which one do you", "one", one_pronoun));
        assert!(at("one may ask", "one", one_pronoun));
        assert!(!at("one person died", "one", one_pronoun));
    }
}

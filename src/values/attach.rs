//! What follows a number: its unit, checked against the unit's usage rules ("37mph",
//! "683-mile", "34-year-old", "20 (kg)", "2 more minutes"), and the cues that settle
//! ambiguous letters and words ("1m people", "30C" in a weather story, "30 degrees").

use super::NumberForm;
use super::compose;
use super::numbers::{Number, Reader, parse_number};
use super::quantity::is_in;
use super::units::{self, Unit};

/// Words between a number and its unit that do not change it ("2 more minutes").
const FILLERS: [&str; 13] = [
    "more",
    "additional",
    "extra",
    "fewer",
    "less",
    "further",
    "straight",
    "consecutive",
    "successive",
    "full",
    "whole",
    "long",
    "solid",
];

/// Words after a hyphenated unit that belong to it ("34-year-old", "10-mile-long").
const HYPHEN_TAILS: [&str; 7] = ["old", "long", "wide", "high", "tall", "deep", "thick"];

/// A unit written after a number ending before token `j`, with its usage rules checked:
/// "37 mph", "37mph", "683-mile", "34-year-old", "20 (kg)", "2 more minutes",
/// "a couple of days". Returns the unit, the next token and the end byte.
pub(crate) fn unit_after(r: &Reader, n: &Number, j: usize) -> Option<(Unit, usize, usize)> {
    // Hyphenated adjectives: "683-mile voyage", "28 - year - old".
    if r.is_punct(j, '-') && r.attached(j) == r.attached(j + 1) {
        let m = units::lookup(r.src, r.tokens, j + 1)?;
        if m.unit.has(units::TEMP_CUE) {
            return None;
        }
        let mut next = m.next;
        if r.is_punct(next, '-')
            && r.attached(next) == r.attached(j)
            && r.word(next + 1).is_some_and(|w| is_in(&HYPHEN_TAILS, w))
        {
            next += 2;
        }
        return Some((m.unit, next, r.tokens[next - 1].end));
    }
    // "20 (kg)", "20 [kg]".
    if let Some(close) = r.tok(j).and_then(|t| match t.text(r.src) {
        "(" => Some(')'),
        "[" => Some(']'),
        "{" => Some('}'),
        "<" => Some('>'),
        _ => None,
    }) {
        let m = units::lookup(r.src, r.tokens, j + 1)?;
        return (r.is_punct(m.next, close) && r.attached(m.next) && r.attached(j + 1))
            .then(|| (m.unit, m.next + 1, r.tokens[m.next].end));
    }
    // "6'2\"": a foot mark before inches.
    if let Some(foot) = compose::foot_mark(r, j)
        && let Some((m, after)) = parse_number(r.src, r.tokens, foot.1)
        && let Some((inch, _, _)) = unit_after(r, &m, after)
        && inch.factor == 0.0254
    {
        return Some(foot);
    }
    let mut k = j;
    if r.word(k).is_some_and(|w| is_in(&FILLERS, w)) && !r.attached(k) {
        k += 1;
    } else if r.is_word(k, "of") && n.form == NumberForm::Words {
        k += 1;
        if r.is_word(k, "a") || r.is_word(k, "an") {
            k += 1;
        }
    }
    let m = units::lookup(r.src, r.tokens, k)?;
    let attached = k == j && r.attached(k);
    let u = m.unit;
    if u.has(units::ATTACHED) && !attached {
        return None;
    }
    if u.has(units::END) && !attached && !r.ends_phrase(m.next) {
        return None;
    }
    if u.has(units::TEMP_CUE) && (!temperature_cue(r, j) || r.is_punct(m.next, '/')) {
        return None;
    }
    // An inch mark closes a quotation as often as it measures: only outside quotes.
    if r.is_punct(k, '"') && r.src[..r.tokens[k].start].matches('"').count() % 2 == 1 {
        return None;
    }
    Some((u, m.next, m.end))
}

/// Words near a bare "C" or "F" that make it a temperature ("highs of 30C").
const TEMPERATURE_CUES: [&str; 30] = [
    "hottest",
    "coldest",
    "warmest",
    "coolest",
    "heatwaves",
    "humid",
    "temperature",
    "temperatures",
    "degrees",
    "heat",
    "heatwave",
    "hot",
    "hotter",
    "cold",
    "colder",
    "warm",
    "warmer",
    "weather",
    "forecast",
    "highs",
    "lows",
    "high",
    "low",
    "freezing",
    "frost",
    "chill",
    "thermometer",
    "mercury",
    "celsius",
    "fahrenheit",
];

pub(crate) fn temperature_cue(r: &Reader, j: usize) -> bool {
    let lo = j.saturating_sub(12);
    let hi = (j + 8).min(r.tokens.len());
    (lo..hi).any(|k| r.word(k).is_some_and(|w| is_in(&TEMPERATURE_CUES, w)))
}

/// True when the number ending before token `j` is followed by "degrees" or "°" with no
/// scale: an angle or a temperature in unknown units, not a count.
pub(crate) fn unknown_scale(r: &Reader, j: usize) -> bool {
    r.is_word(j, "degrees") || r.is_word(j, "degree") || r.is_punct(j, '°') || r.is_word(j, "deg")
}

/// Plural nouns that follow metres ("the 100m hurdles").
const METRE_EVENTS: [&str; 10] = [
    "hurdles",
    "freestyle",
    "butterfly",
    "backstroke",
    "breaststroke",
    "medley",
    "relays",
    "races",
    "heats",
    "finals",
];

/// Plural nouns without an "s".
const IRREGULAR_PLURALS: [&str; 8] = [
    "people",
    "children",
    "men",
    "women",
    "staff",
    "cattle",
    "livestock",
    "personnel",
];

/// True when the "m" at token `j`, glued to digits, abbreviates "million": a plural noun
/// follows it ("1m people"), where a metre would be followed by "high", "long", "of"...
pub(crate) fn million_m(r: &Reader, j: usize) -> bool {
    r.word(j) == Some("m")
        && r.attached(j)
        && r.word(j + 1).is_some_and(|w| {
            w.len() > 3
                && (w.ends_with('s') || is_in(&IRREGULAR_PLURALS, w))
                && !is_in(&METRE_EVENTS, w)
                && !units::starts_unit(r.src, r.tokens, j + 1)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::Dimension;
    use crate::values::token::tokenize;

    /// The unit after the number that starts `text`: (dimension, factor, text up to its end).
    fn after(text: &str) -> Option<(Dimension, f64, &str)> {
        let toks = tokenize(text);
        let r = Reader {
            src: text,
            tokens: &toks,
        };
        let (n, j) = parse_number(text, &toks, 0)?;
        unit_after(&r, &n, j).map(|(u, _, end)| (u.dimension, u.factor, &text[..end]))
    }

    #[test]
    fn hyphens_brackets_and_fillers() {
        assert_eq!(after("683-mile voyage").map(|u| u.2), Some("683-mile"));
        assert_eq!(after("34-year-old man").map(|u| u.2), Some("34-year-old"));
        assert_eq!(after("20 (kg) net").map(|u| u.2), Some("20 (kg)"));
        assert_eq!(after("2 more minutes").map(|u| u.2), Some("2 more minutes"));
        assert_eq!(
            after("a couple of days").map(|u| u.0),
            Some(Dimension::Duration)
        );
        assert_eq!(after("9 - iron"), None);
    }

    #[test]
    fn usage_rules_of_short_units() {
        // "h" touching the digits, or alone at the end of a phrase.
        assert_eq!(after("3h later").map(|u| u.0), Some(Dimension::Duration));
        assert_eq!(after("3 h.").map(|u| u.0), Some(Dimension::Duration));
        assert_eq!(after("3 h later"), None);
        assert_eq!(after("2 in April"), None);
        assert_eq!(after("5 in.").map(|u| u.1), Some(0.0254));
        // A bare "C" needs a temperature word nearby.
        assert_eq!(after("30C in Madrid"), None);
        assert_eq!(after("30C heat").map(|u| u.0), Some(Dimension::Temperature));
        // An inch mark that closes a quotation is not an inch.
        let text = "\"he paid 5\" said";
        let toks = tokenize(text);
        let r = Reader {
            src: text,
            tokens: &toks,
        };
        let i = toks.iter().position(|t| t.text(text) == "5").unwrap_or(0);
        let found = parse_number(text, &toks, i).and_then(|(n, j)| unit_after(&r, &n, j));
        assert_eq!(found, None);
    }

    #[test]
    fn million_or_metre_and_unknown_scales() {
        let at = |text: &str, f: fn(&Reader, usize) -> bool| {
            let toks = tokenize(text);
            let r = Reader {
                src: text,
                tokens: &toks,
            };
            f(&r, 1)
        };
        assert!(at("1m people", million_m));
        assert!(at("2m homes", million_m));
        assert!(!at("2m tall", million_m));
        assert!(!at("100m hurdles", million_m));
        assert!(at("30 degrees", unknown_scale));
        assert!(!at("30 days", unknown_scale));
    }
}

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

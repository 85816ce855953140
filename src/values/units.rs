//! The unit table: every unit word and abbreviation factdiff recognises, its dimension,
//! and its factor to the dimension's canonical unit. Data, not code paths.
//!
//! [`lookup`] finds the longest unit written at a token, including the compound forms
//! built from the table: speeds ("miles per hour", "km/h"), areas ("square feet", "km2")
//! and volumes ("cubic metres", "m³").

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::Dimension;
use super::token::{Kind, Token};

/// Only directly after the digits ("3h", "30C"), never after a space.
pub const ATTACHED: u8 = 1;
/// After a space, only at the end of a phrase ("5 in." but not "5 in April").
pub const END: u8 = 2;
/// Never after a bare "a"/"an" ("a foot injury", "a second wave", "a yard").
pub const NO_ARTICLE: u8 = 4;
/// Needs a temperature word nearby ("30C" in a weather story; not "777F", "13F filing").
pub const TEMP_CUE: u8 = 8;
/// Matched with its exact case ("m" metre, not "M"; "C" Celsius, not "c" cents).
pub const CASE: u8 = 16;
/// Also a currency ("pounds"): the caller decides from context.
pub const MONEY_TOO: u8 = 32;

/// One unit: what it measures and how to convert it (`canonical = value × factor + offset`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unit {
    /// What the unit measures.
    pub dimension: Dimension,
    /// The canonical unit of that dimension.
    pub canonical: &'static str,
    /// Multiplier to the canonical unit.
    pub factor: f64,
    /// Added after the multiplication (temperatures only).
    pub offset: f64,
    /// Usage restrictions: [`ATTACHED`], [`END`], [`NO_ARTICLE`], [`TEMP_CUE`], [`CASE`],
    /// [`MONEY_TOO`].
    pub flags: u8,
}

impl Unit {
    /// True when the unit carries restriction `flag`.
    pub fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }
}

use Dimension::{Area, Duration, Length, Mass, Percentage, Speed, Temperature, Volume};

const MILE: f64 = 1609.344;
const KNOT: f64 = 1852.0 / 3600.0;
const F_FACTOR: f64 = 5.0 / 9.0;
const F_OFFSET: f64 = -32.0 * 5.0 / 9.0;

/// (written form, dimension, canonical unit, factor, flags). Written forms are matched
/// ignoring case unless flagged [`CASE`]; spacing between words and punctuation is normalised.
#[rustfmt::skip]
const TABLE: &[(&str, Dimension, &str, f64, u8)] = &[
    // Length.
    ("m", Length, "m", 1.0, CASE | NO_ARTICLE), ("metre", Length, "m", 1.0, 0),
    ("metres", Length, "m", 1.0, 0), ("meter", Length, "m", 1.0, 0),
    ("meters", Length, "m", 1.0, 0),
    ("km", Length, "m", 1e3, 0), ("kms", Length, "m", 1e3, 0),
    ("kilometre", Length, "m", 1e3, 0), ("kilometres", Length, "m", 1e3, 0),
    ("kilometer", Length, "m", 1e3, 0), ("kilometers", Length, "m", 1e3, 0),
    ("cm", Length, "m", 1e-2, 0), ("centimetre", Length, "m", 1e-2, 0),
    ("centimetres", Length, "m", 1e-2, 0), ("centimeter", Length, "m", 1e-2, 0),
    ("centimeters", Length, "m", 1e-2, 0),
    ("mm", Length, "m", 1e-3, 0), ("millimetre", Length, "m", 1e-3, 0),
    ("millimetres", Length, "m", 1e-3, 0), ("millimeter", Length, "m", 1e-3, 0),
    ("millimeters", Length, "m", 1e-3, 0),
    ("dm", Length, "m", 0.1, CASE), ("decimetre", Length, "m", 0.1, 0),
    ("decimetres", Length, "m", 0.1, 0), ("decimeter", Length, "m", 0.1, 0),
    ("decimeters", Length, "m", 0.1, 0),
    ("picometer", Length, "m", 1e-12, 0), ("picometers", Length, "m", 1e-12, 0),
    ("picometre", Length, "m", 1e-12, 0), ("picometres", Length, "m", 1e-12, 0),
    ("mile", Length, "m", MILE, 0), ("miles", Length, "m", MILE, 0),
    ("mi", Length, "m", MILE, CASE | NO_ARTICLE),
    ("nautical mile", Length, "m", 1852.0, 0), ("nautical miles", Length, "m", 1852.0, 0),
    ("nmi", Length, "m", 1852.0, 0),
    ("ft", Length, "m", 0.3048, NO_ARTICLE), ("foot", Length, "m", 0.3048, NO_ARTICLE),
    ("feet", Length, "m", 0.3048, NO_ARTICLE),
    ("in", Length, "m", 0.0254, CASE | END | NO_ARTICLE), ("inch", Length, "m", 0.0254, 0),
    ("inches", Length, "m", 0.0254, 0), ("\"", Length, "m", 0.0254, NO_ARTICLE),
    ("''", Length, "m", 0.0254, ATTACHED | NO_ARTICLE),
    ("yard", Length, "m", 0.9144, NO_ARTICLE), ("yards", Length, "m", 0.9144, NO_ARTICLE),
    ("yd", Length, "m", 0.9144, NO_ARTICLE), ("yds", Length, "m", 0.9144, NO_ARTICLE),
    // Speed (the compound forms "km/h", "miles per hour" are built by `lookup`).
    ("mph", Speed, "m/s", 0.44704, 0), ("kph", Speed, "m/s", 1.0 / 3.6, 0),
    ("kmh", Speed, "m/s", 1.0 / 3.6, 0), ("kmph", Speed, "m/s", 1.0 / 3.6, 0),
    ("kph.", Speed, "m/s", 1.0 / 3.6, 0),
    ("knot", Speed, "m/s", KNOT, 0), ("knots", Speed, "m/s", KNOT, 0),
    ("kts", Speed, "m/s", KNOT, 0),
    // Duration: seconds to weeks in seconds; months and longer in calendar months.
    ("second", Duration, "s", 1.0, NO_ARTICLE), ("seconds", Duration, "s", 1.0, 0),
    ("sec", Duration, "s", 1.0, 0), ("secs", Duration, "s", 1.0, 0),
    ("millisecond", Duration, "s", 1e-3, 0), ("milliseconds", Duration, "s", 1e-3, 0),
    ("ms", Duration, "s", 1e-3, CASE | NO_ARTICLE),
    ("minute", Duration, "s", 60.0, 0), ("minutes", Duration, "s", 60.0, 0),
    ("min", Duration, "s", 60.0, CASE), ("mins", Duration, "s", 60.0, CASE),
    ("hour", Duration, "s", 3600.0, 0), ("hours", Duration, "s", 3600.0, 0),
    ("hr", Duration, "s", 3600.0, 0), ("hrs", Duration, "s", 3600.0, 0),
    ("h", Duration, "s", 3600.0, CASE | END | NO_ARTICLE),
    ("day", Duration, "s", 86400.0, 0), ("days", Duration, "s", 86400.0, 0),
    ("night", Duration, "s", 86400.0, 0), ("nights", Duration, "s", 86400.0, 0),
    ("week", Duration, "s", 604_800.0, 0), ("weeks", Duration, "s", 604_800.0, 0),
    ("wk", Duration, "s", 604_800.0, 0), ("wks", Duration, "s", 604_800.0, 0),
    ("fortnight", Duration, "s", 1_209_600.0, 0), ("fortnights", Duration, "s", 1_209_600.0, 0),
    ("month", Duration, "month", 1.0, 0), ("months", Duration, "month", 1.0, 0),
    ("year", Duration, "month", 12.0, 0), ("years", Duration, "month", 12.0, 0),
    ("yr", Duration, "month", 12.0, 0), ("yrs", Duration, "month", 12.0, 0),
    ("decade", Duration, "month", 120.0, 0), ("decades", Duration, "month", 120.0, 0),
    ("century", Duration, "month", 1200.0, 0), ("centuries", Duration, "month", 1200.0, 0),
    // Mass.
    ("kg", Mass, "kg", 1.0, 0), ("kgs", Mass, "kg", 1.0, 0), ("k.g.", Mass, "kg", 1.0, 0),
    ("k.gs", Mass, "kg", 1.0, 0), ("kilogram", Mass, "kg", 1.0, 0),
    ("kilograms", Mass, "kg", 1.0, 0), ("kilogramme", Mass, "kg", 1.0, 0),
    ("kilogrammes", Mass, "kg", 1.0, 0), ("kilo", Mass, "kg", 1.0, 0),
    ("kilos", Mass, "kg", 1.0, 0),
    ("g", Mass, "kg", 1e-3, CASE | NO_ARTICLE), ("gs", Mass, "kg", 1e-3, CASE | NO_ARTICLE),
    ("gram", Mass, "kg", 1e-3, 0), ("grams", Mass, "kg", 1e-3, 0),
    ("gramme", Mass, "kg", 1e-3, 0), ("grammes", Mass, "kg", 1e-3, 0),
    ("mg", Mass, "kg", 1e-6, 0), ("milligram", Mass, "kg", 1e-6, 0),
    ("milligrams", Mass, "kg", 1e-6, 0), ("milligramme", Mass, "kg", 1e-6, 0),
    ("µg", Mass, "kg", 1e-9, 0), ("μg", Mass, "kg", 1e-9, 0), ("mcg", Mass, "kg", 1e-9, 0),
    ("microgram", Mass, "kg", 1e-9, 0), ("micrograms", Mass, "kg", 1e-9, 0),
    ("microgramme", Mass, "kg", 1e-9, 0), ("microgrammes", Mass, "kg", 1e-9, 0),
    ("tonne", Mass, "kg", 1e3, 0), ("tonnes", Mass, "kg", 1e3, 0),
    ("t", Mass, "kg", 1e3, CASE | ATTACHED),
    ("metric ton", Mass, "kg", 1e3, 0), ("metric tons", Mass, "kg", 1e3, 0),
    ("metric tonne", Mass, "kg", 1e3, 0), ("metric tonnes", Mass, "kg", 1e3, 0),
    // A bare "ton" in English-language news is the US short ton.
    ("ton", Mass, "kg", 907.184_74, NO_ARTICLE), ("tons", Mass, "kg", 907.184_74, NO_ARTICLE),
    ("lb", Mass, "kg", 0.453_592_37, 0), ("lbs", Mass, "kg", 0.453_592_37, 0),
    ("pound", Mass, "kg", 0.453_592_37, MONEY_TOO | NO_ARTICLE),
    ("pounds", Mass, "kg", 0.453_592_37, MONEY_TOO),
    ("oz", Mass, "kg", 0.028_349_523_125, 0), ("ounce", Mass, "kg", 0.028_349_523_125, 0),
    ("ounces", Mass, "kg", 0.028_349_523_125, 0),
    ("troy ounce", Mass, "kg", 0.031_103_476_8, 0),
    ("troy ounces", Mass, "kg", 0.031_103_476_8, 0),
    ("stone", Mass, "kg", 6.350_293_18, NO_ARTICLE),
    ("carat", Mass, "kg", 2e-4, 0), ("carats", Mass, "kg", 2e-4, 0),
    // Percentages.
    ("%", Percentage, "%", 1.0, 0), ("percent", Percentage, "%", 1.0, 0),
    ("per cent", Percentage, "%", 1.0, 0), ("percents", Percentage, "%", 1.0, 0),
    ("pct", Percentage, "%", 1.0, 0), ("pc", Percentage, "%", 1.0, CASE | ATTACHED),
    ("percentage", Percentage, "%", 1.0, 0),
    ("percentage point", Percentage, "%", 1.0, 0),
    ("percentage points", Percentage, "%", 1.0, 0),
    ("basis point", Percentage, "%", 0.01, 0), ("basis points", Percentage, "%", 0.01, 0),
    ("bps", Percentage, "%", 0.01, 0),
    // Temperatures: a bare "degrees" or "°" is an angle or an unknown scale.
    ("°c", Temperature, "C", 1.0, 0), ("ºc", Temperature, "C", 1.0, 0),
    ("℃", Temperature, "C", 1.0, 0), ("°celsius", Temperature, "C", 1.0, 0),
    ("° celsius", Temperature, "C", 1.0, 0), ("celsius", Temperature, "C", 1.0, 0),
    ("celcius", Temperature, "C", 1.0, 0), ("centigrade", Temperature, "C", 1.0, 0),
    ("degrees celsius", Temperature, "C", 1.0, 0), ("degree celsius", Temperature, "C", 1.0, 0),
    ("degrees celcius", Temperature, "C", 1.0, 0),
    ("degrees centigrade", Temperature, "C", 1.0, 0), ("deg celsius", Temperature, "C", 1.0, 0),
    ("deg c", Temperature, "C", 1.0, 0), ("degrees c", Temperature, "C", 1.0, 0),
    ("degree c", Temperature, "C", 1.0, 0),
    ("C", Temperature, "C", 1.0, CASE | ATTACHED | TEMP_CUE),
    ("°f", Temperature, "C", F_FACTOR, 0), ("ºf", Temperature, "C", F_FACTOR, 0),
    ("℉", Temperature, "C", F_FACTOR, 0), ("°fahrenheit", Temperature, "C", F_FACTOR, 0),
    ("fahrenheit", Temperature, "C", F_FACTOR, 0), ("farenheit", Temperature, "C", F_FACTOR, 0),
    ("degrees fahrenheit", Temperature, "C", F_FACTOR, 0),
    ("degree fahrenheit", Temperature, "C", F_FACTOR, 0),
    ("degrees farenheit", Temperature, "C", F_FACTOR, 0),
    ("deg fahrenheit", Temperature, "C", F_FACTOR, 0), ("deg f", Temperature, "C", F_FACTOR, 0),
    ("degrees f", Temperature, "C", F_FACTOR, 0), ("degree f", Temperature, "C", F_FACTOR, 0),
    ("F", Temperature, "C", F_FACTOR, CASE | ATTACHED | TEMP_CUE),
    // Areas (square and "2" forms of lengths are built by `lookup`).
    ("acre", Area, "m2", 4_046.856_422_4, 0), ("acres", Area, "m2", 4_046.856_422_4, 0),
    ("hectare", Area, "m2", 1e4, 0), ("hectares", Area, "m2", 1e4, 0),
    ("ha", Area, "m2", 1e4, CASE | NO_ARTICLE),
    // Volumes. Gallons are US gallons; barrels are oil barrels.
    ("l", Volume, "m3", 1e-3, NO_ARTICLE), ("litre", Volume, "m3", 1e-3, 0),
    ("litres", Volume, "m3", 1e-3, 0), ("liter", Volume, "m3", 1e-3, 0),
    ("liters", Volume, "m3", 1e-3, 0), ("ml", Volume, "m3", 1e-6, 0),
    ("mls", Volume, "m3", 1e-6, 0), ("millilitre", Volume, "m3", 1e-6, 0),
    ("millilitres", Volume, "m3", 1e-6, 0), ("milliliter", Volume, "m3", 1e-6, 0),
    ("milliliters", Volume, "m3", 1e-6, 0), ("cl", Volume, "m3", 1e-5, CASE),
    ("centilitre", Volume, "m3", 1e-5, 0), ("centilitres", Volume, "m3", 1e-5, 0),
    ("hectolitre", Volume, "m3", 0.1, 0), ("hectolitres", Volume, "m3", 0.1, 0),
    ("hectoliter", Volume, "m3", 0.1, 0), ("hectoliters", Volume, "m3", 0.1, 0),
    ("cc", Volume, "m3", 1e-6, CASE),
    ("gallon", Volume, "m3", 0.003_785_411_784, 0),
    ("gallons", Volume, "m3", 0.003_785_411_784, 0),
    ("barrel", Volume, "m3", 0.158_987_294_928, 0),
    ("barrels", Volume, "m3", 0.158_987_294_928, 0),
    ("bbl", Volume, "m3", 0.158_987_294_928, 0),
];

/// Time units that can follow "per", "/", "an" in a speed: (form, seconds).
const PER_TIME: [(&str, f64); 10] = [
    ("hour", 3600.0),
    ("hr", 3600.0),
    ("h", 3600.0),
    ("minute", 60.0),
    ("min", 60.0),
    ("second", 1.0),
    ("sec", 1.0),
    ("s", 1.0),
    ("millisecond", 1e-3),
    ("ms", 1e-3),
];

struct Lexicon {
    units: HashMap<&'static str, Vec<Unit>>,
    raw: HashMap<&'static str, &'static str>,
    prefixes: HashSet<String>,
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut units: HashMap<&'static str, Vec<Unit>> = HashMap::new();
        let mut raw = HashMap::new();
        let mut prefixes = HashSet::new();
        for &(form, dimension, canonical, factor, flags) in TABLE {
            let key: &'static str = Box::leak(normalise(form, true).into_boxed_str());
            let offset = if canonical == "C" && factor != 1.0 {
                F_OFFSET
            } else {
                0.0
            };
            units.entry(key).or_default().push(Unit {
                dimension,
                canonical,
                factor,
                offset,
                flags,
            });
            if flags & CASE != 0 {
                raw.insert(form, key);
            }
            for (i, _) in key.char_indices().skip(1) {
                prefixes.insert(key[..i].to_string());
            }
        }
        Lexicon {
            units,
            raw,
            prefixes,
        }
    })
}

/// The key of a written form: tokens joined, ASCII lower-cased (unless `fold` is false),
/// with one space between two words separated by whitespace and none elsewhere.
fn normalise(text: &str, fold: bool) -> String {
    let tokens = super::token::tokenize(text);
    let mut key = String::new();
    push_tokens(&mut key, text, &tokens, fold);
    key
}

fn push_tokens(key: &mut String, src: &str, tokens: &[Token], fold: bool) {
    for (n, t) in tokens.iter().enumerate() {
        push_token(key, src, t, n > 0 && tokens[n - 1].kind == Kind::Word, fold);
    }
}

fn push_token(key: &mut String, src: &str, t: &Token, after_word: bool, fold: bool) {
    if after_word && t.kind == Kind::Word && t.space_before {
        key.push(' ');
    }
    let text = t.text(src);
    if fold {
        key.extend(text.chars().map(|c| c.to_ascii_lowercase()));
    } else {
        key.push_str(text);
    }
}

/// A unit found in the text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UnitMatch {
    /// The unit, compounds resolved ("km/h" is a speed with factor 1/3.6).
    pub unit: Unit,
    /// Index of the token after the unit.
    pub next: usize,
    /// One past the last byte of the unit.
    pub end: usize,
}

/// The longest table entry written from token `j`, ignoring the usage flags.
fn base(src: &str, tokens: &[Token], j: usize) -> Option<(Unit, usize)> {
    let lex = lexicon();
    let mut key = String::with_capacity(24);
    let mut best = None;
    for k in j..tokens.len().min(j + 6) {
        let t = &tokens[k];
        if k > j && (t.newline_before || (t.kind == Kind::Num && t.space_before)) {
            break;
        }
        push_token(
            &mut key,
            src,
            t,
            k > j && tokens[k - 1].kind == Kind::Word,
            true,
        );
        if let Some(list) = lex.units.get(key.as_str()) {
            let raw = &src[tokens[j].start..t.end];
            let hit = list
                .iter()
                .find(|u| !u.has(CASE) || lex.raw.get(raw).is_some_and(|k| *k == key.as_str()));
            if let Some(&u) = hit {
                best = Some((u, k + 1));
            }
        }
        if !lex.prefixes.contains(key.as_str()) {
            break;
        }
    }
    best
}

/// The longest unit written from token `j`: a table entry, a speed ("km/h", "miles an
/// hour"), an area ("square miles", "km²") or a volume ("cubic feet", "m3"). The unit must
/// end its token run: "m212" is not a metre.
pub fn lookup(src: &str, tokens: &[Token], j: usize) -> Option<UnitMatch> {
    let word = |k: usize, w: &str| tokens.get(k).is_some_and(|t| t.is_word(src, w));
    let punct = |k: usize, c: char| tokens.get(k).is_some_and(|t| t.is_punct(src, c));
    // "square miles", "sq ft", "cubic feet".
    let power = if word(j, "square") || word(j, "sq") {
        2
    } else if word(j, "cubic") || word(j, "cu") {
        3
    } else {
        1
    };
    let (mut unit, mut next) = if power > 1 {
        let k = if punct(j + 1, '.') { j + 2 } else { j + 1 };
        let (u, next) = base(src, tokens, k).filter(|(u, _)| u.dimension == Length)?;
        (powered(u, power), next)
    } else {
        base(src, tokens, j)?
    };
    if unit.dimension == Length && power == 1 {
        let t = tokens.get(next);
        let sup = t.filter(|t| t.attached()).map(|t| t.text(src));
        if let Some(p) = sup.and_then(|s| match s {
            "2" | "²" => Some(2),
            "3" | "³" => Some(3),
            _ => None,
        }) {
            unit = powered(unit, p);
            next += 1;
        } else if let Some((per, after)) = per_time(src, tokens, next) {
            unit = Unit {
                dimension: Speed,
                canonical: "m/s",
                factor: unit.factor / per,
                offset: 0.0,
                flags: 0,
            };
            next = after;
        }
    }
    // The unit must not run on into letters or digits ("m212", "mb"), a code ("L-202") or
    // a dotted abbreviation ("L.E.").
    if let Some(t) = tokens.get(next)
        && t.attached()
    {
        let glued = tokens.get(next + 1).is_some_and(|n| {
            n.attached() && (n.kind == Kind::Num || (n.kind == Kind::Word && t.is_punct(src, '.')))
        });
        if t.kind != Kind::Punct || (glued && (t.is_punct(src, '-') || t.is_punct(src, '.'))) {
            return None;
        }
    }
    Some(UnitMatch {
        unit,
        next,
        end: tokens[next - 1].end,
    })
}

/// True when a unit is written at token `j` (whatever its usage restrictions).
pub fn starts_unit(src: &str, tokens: &[Token], j: usize) -> bool {
    lookup(src, tokens, j).is_some()
}

fn powered(u: Unit, p: i32) -> Unit {
    let (dimension, canonical) = if p == 2 { (Area, "m2") } else { (Volume, "m3") };
    Unit {
        dimension,
        canonical,
        factor: u.factor.powi(p),
        offset: 0.0,
        flags: 0,
    }
}

/// "per hour", "/h", "an hour", "a second" after a length: (seconds, next token).
fn per_time(src: &str, tokens: &[Token], j: usize) -> Option<(f64, usize)> {
    let t = tokens.get(j)?;
    let connector = t.is_punct(src, '/')
        || t.is_word(src, "per")
        || t.is_word(src, "an")
        || t.is_word(src, "a");
    if !connector {
        return None;
    }
    let u = tokens.get(j + 1).filter(|u| u.kind == Kind::Word)?;
    let text = u.text(src);
    let (_, secs) = PER_TIME
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(text))?;
    // "a" and "an" only before the word: "miles an hour", not "km a h".
    if !t.is_punct(src, '/') && text.len() < 3 {
        return None;
    }
    Some((*secs, j + 2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::token::tokenize;

    fn unit(text: &str) -> Option<(Dimension, f64, &str)> {
        let toks = tokenize(text);
        lookup(text, &toks, 0).map(|m| (m.unit.dimension, m.unit.factor, &text[..m.end]))
    }

    #[test]
    fn longest_written_form_wins() {
        assert_eq!(
            unit("nautical miles out"),
            Some((Length, 1852.0, "nautical miles"))
        );
        assert_eq!(unit("miles out"), Some((Length, MILE, "miles")));
        assert_eq!(
            unit("metric tons of steel"),
            Some((Mass, 1e3, "metric tons"))
        );
        assert_eq!(unit("per cent."), Some((Percentage, 1.0, "per cent")));
        assert_eq!(unit("k.g. of rice").map(|u| u.2), Some("k.g."));
    }

    #[test]
    fn compound_speeds_areas_and_volumes() {
        let close = |text: &str, dim: Dimension, f: f64| {
            let (d, got, _) = unit(text).unwrap_or((Dimension::Number, 0.0, ""));
            assert!(
                d == dim && (got - f).abs() < 1e-12 * f.max(1.0),
                "{text}: {d:?} {got}"
            );
        };
        close("km/h", Speed, 1.0 / 3.6);
        close("miles an hour", Speed, 0.44704);
        close("Kilometers per hour", Speed, 1.0 / 3.6);
        close("centimeters/millisecond", Speed, 10.0);
        close("square miles", Area, MILE * MILE);
        close("sq. ft.", Area, 0.3048 * 0.3048);
        close("km2", Area, 1e6);
        close("m²", Area, 1.0);
        close("cubic feet", Volume, 0.3048f64.powi(3));
        close("knots", Speed, KNOT);
    }

    #[test]
    fn case_matters_for_symbols() {
        assert_eq!(unit("m").map(|u| u.0), Some(Length));
        assert_eq!(unit("M"), None);
        assert_eq!(unit("C").map(|u| u.0), Some(Temperature));
        assert_eq!(unit("c"), None);
        assert_eq!(unit("Celsius").map(|u| u.0), Some(Temperature));
    }

    #[test]
    fn a_unit_does_not_run_into_letters_or_digits() {
        assert_eq!(unit("m212"), None);
        assert_eq!(unit("mb"), None);
        assert_eq!(unit("people"), None);
        assert_eq!(unit("degrees"), None);
    }

    #[test]
    fn fahrenheit_converts_with_an_offset() {
        let toks = tokenize("°F");
        let u = lookup("°F", &toks, 0).map(|m| m.unit);
        let c = u.map(|u| 98.6 * u.factor + u.offset);
        assert!(c.is_some_and(|c| (c - 37.0).abs() < 1e-9));
    }
}

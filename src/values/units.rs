//! Units: what one is ([`Unit`]: dimension, factor to the canonical unit, usage rules) and
//! how one is found in the text. The words and abbreviations themselves are data, in
//! [`super::unit_table`].
//!
//! [`lookup`] finds the longest unit written at a token, including the compound forms
//! built from the table: speeds ("miles per hour", "km/h"), areas ("square feet", "km2")
//! and volumes ("cubic metres", "m³").

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::Dimension;
use super::lexkey::Key;
use super::token::{Kind, Token};
use super::unit_table::{F_OFFSET, PER_TIME, TABLE};

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

use Dimension::{Area, Length, Speed, Volume};

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
        if n > 0 && tokens[n - 1].kind == Kind::Word && t.kind == Kind::Word && t.space_before {
            key.push(' ');
        }
        let text = t.text(src);
        if fold {
            key.extend(text.chars().map(|c| c.to_ascii_lowercase()));
        } else {
            key.push_str(text);
        }
    }
}

/// Appends token `t` to a lookup key the way [`normalise`] writes the table's forms.
fn push_key(key: &mut Key, src: &str, t: &Token, after_word: bool) -> bool {
    if after_word && t.kind == Kind::Word && t.space_before && !key.push(" ") {
        return false;
    }
    key.push(t.text(src))
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
    let mut key = Key::new();
    let mut best = None;
    for k in j..tokens.len().min(j + 6) {
        let t = &tokens[k];
        if k > j && (t.newline_before || (t.kind == Kind::Num && t.space_before)) {
            break;
        }
        if !push_key(&mut key, src, t, k > j && tokens[k - 1].kind == Kind::Word) {
            break;
        }
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
        let lettered = tokens[next - 1].kind == Kind::Word;
        let glued = lettered
            && tokens.get(next + 1).is_some_and(|n| {
                n.attached()
                    && (n.kind == Kind::Num || (n.kind == Kind::Word && t.is_punct(src, '.')))
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
    use crate::values::Dimension::{Mass, Percentage, Temperature};
    use crate::values::token::tokenize;
    use crate::values::unit_table::{KNOT, MILE};

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

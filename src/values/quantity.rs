//! Quantities: a number (digits, words, multiplicatives, vague plurals) with an optional unit
//! from the unit table, the hedge before it, and ranges — found in one pass over the tokens.
//!
//! [`scan`] walks the tokens once. At each token it tries, in order: a currency before an
//! amount, a quantity led by a word ("twice", "dozens of", "an hour"), and a number with what
//! follows it (a unit, a currency, "times"). Identifiers, years and times of day are skipped
//! whole. The value found is then extended ([`super::compose`]: "5 feet 2 inches", "10 to 15
//! km") and given the hedge written around it.

use super::compose;
use super::hedge;
use super::ident;
use super::money;
use super::numbers::{Number, Reader, parse_number};
use super::numwords;
use super::token::{Kind, Token};
use super::units::{self, Unit};
use super::{Dimension, NumberForm, Qualifier, Quantity, Recognized, Value};
use crate::span::Span;

/// A value being assembled, in canonical units.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Val {
    pub dimension: Dimension,
    pub unit: &'static str,
    /// Canonical value.
    pub value: f64,
    /// Canonical precision (half the place value of the last written digit).
    pub precision: f64,
    /// The number as written, before conversion.
    pub number: f64,
    /// The written number's own precision, before conversion.
    pub number_precision: f64,
    /// The conversion used: canonical = number × factor + offset.
    pub factor: f64,
    pub offset: f64,
    /// A whole count written out in full.
    pub exact: bool,
    /// A unit or currency was written (not inherited).
    pub has_unit: bool,
    pub form: NumberForm,
    /// First token and the token after the value.
    pub first: usize,
    pub next: usize,
    /// Byte span of the value.
    pub start: usize,
    pub end: usize,
    pub qualifier: Option<Qualifier>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub hedge: Option<Span>,
}

impl Val {
    /// A value from a written number and a unit (`None`: a plain number).
    pub fn new(n: &Number, unit: Option<Unit>, first: usize, next: usize, end: usize) -> Val {
        let (dimension, canonical, factor, offset) = match unit {
            Some(u) => (u.dimension, u.canonical, u.factor, u.offset),
            None => (Dimension::Number, "", 1.0, 0.0),
        };
        Val {
            dimension,
            unit: canonical,
            value: n.value * factor + offset,
            precision: n.precision * factor.abs(),
            number: n.value,
            number_precision: n.precision,
            factor,
            offset,
            exact: n.exact,
            has_unit: unit.is_some(),
            form: n.form,
            first,
            next,
            start: n.start,
            end,
            qualifier: None,
            low: None,
            high: None,
            hedge: None,
        }
    }

    /// The same written number read in another unit (a range "8 to 10 feet").
    pub fn with_unit_of(&self, other: &Val) -> Val {
        Val {
            dimension: other.dimension,
            unit: other.unit,
            value: self.number * other.factor + other.offset,
            precision: self.number_precision * other.factor.abs(),
            factor: other.factor,
            offset: other.offset,
            ..*self
        }
    }

    fn set_bounds(&mut self, q: Qualifier) {
        let (low, high) = hedge::bounds(q, self.value, self.dimension == Dimension::Temperature);
        self.qualifier = Some(q);
        self.low = low;
        self.high = high;
    }
}

/// What reading at a token gave.
pub(crate) enum Read {
    /// A value.
    Found(Val),
    /// Digits that are not a quantity (a name, a year, a time), up to this token.
    Skip(usize),
    /// Nothing starts here.
    Nothing,
}

/// Every number and quantity in the token stream (candidates; [`super::recognize`] resolves
/// overlaps with dates).
pub fn scan(src: &str, tokens: &[Token]) -> Vec<Recognized> {
    let r = Reader { src, tokens };
    let mask = ident::url_mask(src, tokens);
    let mut out = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    while i < tokens.len() {
        if mask[i] {
            i += 1;
            continue;
        }
        match read(&r, i, floor) {
            Read::Found(v) => {
                out.push(recognized(&v));
                floor = v.next;
                i = v.next.max(i + 1);
            }
            Read::Skip(next) => {
                i = next.max(i + 1);
                floor = i;
            }
            Read::Nothing => i += 1,
        }
    }
    out
}

fn recognized(v: &Val) -> Recognized {
    let precision = if v.dimension == Dimension::Number && v.exact {
        0.0
    } else {
        v.precision
    };
    Recognized {
        span: Span::new(v.start, v.end),
        hedge: v.hedge,
        value: Value::Quantity(Quantity {
            dimension: v.dimension,
            unit: v.unit,
            value: v.value,
            precision,
            qualifier: v.qualifier,
            low: v.low,
            high: v.high,
            form: v.form,
        }),
    }
}

/// A value at token `i` with its compounds, range and hedges.
fn read(r: &Reader, i: usize, floor: usize) -> Read {
    let mut v = match value_at(r, i) {
        Read::Found(v) => v,
        other => return other,
    };
    if v.qualifier.is_none() {
        compose::extend(r, &mut v);
        match compose::range(r, &v, floor) {
            compose::Ranged::Range(range) => return Read::Found(range),
            compose::Ranged::Suppress(next) => return Read::Skip(next),
            compose::Ranged::No => {}
        }
        compose::ratio(r, &mut v);
    }
    if v.qualifier.is_none() {
        // "$1.7 trillion over 66 years": "over" after an amount spans a period.
        let during = v.dimension == Dimension::Duration
            && floor > 0
            && v.first >= 1
            && r.is_word(v.first - 1, "over")
            && v.first - 1 <= floor + 1;
        if during {
            return Read::Found(v);
        }
        if let Some((q, span)) = hedge::before(r, v.first, floor) {
            v.set_bounds(q);
            v.hedge = Some(span);
        } else if let Some((q, span, next)) = hedge::after(r, v.next) {
            v.set_bounds(q);
            v.hedge = Some(span);
            v.next = next;
        }
    }
    Read::Found(v)
}

/// A single value at token `i`: an amount of money, a word-led quantity or a number with
/// its unit — no range, no hedge.
pub(crate) fn value_at(r: &Reader, i: usize) -> Read {
    let first_num = match r.tok(i).map(|t| t.kind) {
        Some(Kind::Num) => Some(i),
        Some(Kind::Punct) if r.tok(i + 1).is_some_and(|t| t.kind == Kind::Num) => Some(i + 1),
        _ => None,
    };
    if let Some(k) = first_num {
        if let Some(end) = ident::chain_end(r, k) {
            return Read::Skip(skip_tail(r, end));
        }
        if ident::fragment(r, k) {
            return Read::Skip(k + 1);
        }
    }
    if let Some(found) = money_before(r, i) {
        return found;
    }
    if let Some(v) = word_led(r, i) {
        return Read::Found(v);
    }
    measure(r, i)
}

/// After digits that are not a quantity, the index past any figures glued to them by a
/// dash or slash ("Rams 24-17", "F-16/17").
fn skip_tail(r: &Reader, mut j: usize) -> usize {
    while r
        .tok(j)
        .is_some_and(|t| matches!(t.text(r.src), "-" | "–" | "/"))
        && r.attached(j)
        && r.attached(j + 1)
        && r.tok(j + 1).is_some_and(|t| t.kind == Kind::Num)
    {
        j += 2;
    }
    j
}

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

fn temperature_cue(r: &Reader, j: usize) -> bool {
    let lo = j.saturating_sub(12);
    let hi = (j + 8).min(r.tokens.len());
    (lo..hi).any(|k| r.word(k).is_some_and(|w| is_in(&TEMPERATURE_CUES, w)))
}

/// Words near "pounds" that make it money, and words that make it a weight.
const MONEY_CUES: [&str; 40] = [
    "cost",
    "costs",
    "paid",
    "pay",
    "pays",
    "price",
    "priced",
    "prices",
    "worth",
    "fine",
    "fined",
    "fee",
    "fees",
    "salary",
    "wage",
    "wages",
    "budget",
    "spent",
    "spend",
    "raised",
    "sold",
    "bought",
    "buy",
    "bid",
    "deal",
    "contract",
    "profit",
    "profits",
    "revenue",
    "tax",
    "debt",
    "earn",
    "earned",
    "donated",
    "award",
    "awarded",
    "compensation",
    "invested",
    "funding",
    "cash",
];
const MASS_CUES: [&str; 16] = [
    "weigh", "weighs", "weighed", "weighing", "weight", "heavy", "heavier", "lighter", "lose",
    "lost", "losing", "gain", "gained", "drop", "shed", "baby",
];

/// True when "pounds" after a number at `first..j` is money: a scale word ("361 million
/// pounds") or a money word nearby and no weight word.
fn pounds_are_money(r: &Reader, first: usize, j: usize, scaled: bool) -> bool {
    if scaled {
        return true;
    }
    if r.is_word(j + 1, "of") {
        return false;
    }
    let lo = first.saturating_sub(8);
    let near = |list: &[&str]| (lo..j).any(|k| r.word(k).is_some_and(|w| is_in(list, w)));
    near(&MONEY_CUES) && !near(&MASS_CUES)
}

fn is_in(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// True when a scale word or letter was written in the number from `first` to `next`.
fn has_scale(r: &Reader, first: usize, next: usize) -> bool {
    (first..next).any(|k| {
        r.word(k).is_some_and(|w| {
            numwords::scale(w).is_some_and(|s| s >= 1000.0) || numwords::suffix_letter(w).is_some()
        })
    })
}

/// An amount with its currency written first: "$5", "$ 75 million", "US$4.7 billion",
/// "£3m", "USD 200", "MAUD 60", "Rs. 20".
fn money_before(r: &Reader, i: usize) -> Option<Read> {
    let cur = money::before(r, i)?;
    let k = cur.next;
    let t = r.tok(k)?;
    let starts = t.kind == Kind::Num || (t.kind == Kind::Punct && r.tok(k + 1)?.kind == Kind::Num);
    if !starts {
        return None;
    }
    // A code word glued to digits after it must be the whole token run: "USD115", not "A1B2".
    let (n, mut j) = parse_number(r.src, r.tokens, k)?;
    let mut n = n;
    let mut scaled = has_scale(r, k, j);
    if !scaled
        && r.attached(j)
        && let Some(s) = r.word(j).and_then(money::money_scale)
        && !(r.attached(j + 1) && r.tok(j + 1).is_some_and(|t| t.kind != Kind::Punct))
    {
        n.value *= s;
        n.precision *= s;
        n.exact = false;
        n.end = r.tokens[j].end;
        j += 1;
        scaled = true;
    }
    if ident::chain_end(r, k).is_some() {
        return Some(Read::Skip(j));
    }
    n.value *= cur.scale;
    n.precision *= cur.scale;
    n.start = r.tokens[i].start;
    // "$ 10 dollars": the currency written twice.
    let mut end = n.end;
    if let Some(again) = money::after(r, j, scaled).filter(|c| c.code == cur.code) {
        j = again.next;
        end = r.tokens[j - 1].end;
    }
    let mut v = money_val(&n, cur.code, i, j, end);
    compose::cents(r, &mut v, scaled);
    Some(Read::Found(v))
}

fn money_val(n: &Number, code: &'static str, first: usize, next: usize, end: usize) -> Val {
    let unit = Unit {
        dimension: Dimension::Money,
        canonical: code,
        factor: 1.0,
        offset: 0.0,
        flags: 0,
    };
    Val::new(n, Some(unit), first, next, end)
}

/// A number at token `i` and what follows it: a unit, a currency, "times", or nothing.
fn measure(r: &Reader, i: usize) -> Read {
    let Some((mut n, mut j)) = parse_number(r.src, r.tokens, i) else {
        return Read::Nothing;
    };
    // "1m people", "2.5m homes": a lower-case "m" before a plural noun is a million.
    if million_m(r, j) {
        n.value *= 1e6;
        n.precision *= 1e6;
        n.exact = false;
        n.end = r.tokens[j].end;
        j += 1;
    }
    let k = (i..j)
        .find(|&k| r.tok(k).is_some_and(|t| t.kind != Kind::Punct) && !r.is_word(k, "minus"))
        .unwrap_or(i);
    let digits = r.tok(k).is_some_and(|t| t.kind == Kind::Num);
    if digits && ident::named_before(r, k) {
        return Read::Skip(skip_tail(r, j));
    }
    let scaled = has_scale(r, i, j);
    let unit = unit_after(r, &n, j);
    if unit.is_none() && ident::one_pronoun(r, i) {
        return Read::Skip(j);
    }
    if let Some((u, next, end)) = unit {
        if u.has(units::MONEY_TOO) && pounds_are_money(r, i, j, scaled) {
            let mut v = money_val(&n, "GBP", i, next, end);
            compose::cents(r, &mut v, scaled);
            return Read::Found(v);
        }
        return Read::Found(Val::new(&n, Some(u), i, next, end));
    }
    if let Some(v) = currency_after(r, &n, i, j, scaled) {
        return Read::Found(v);
    }
    // "three times", "3x": a multiplicative.
    let times = r.is_word(j, "times") && !r.attached(j);
    let x = r.is_word(j, "x") && r.attached(j) && !r.attached(j + 1) && digits;
    if times || x {
        let mut v = Val::new(&n, None, i, j + 1, r.tokens[j].end);
        v.form = NumberForm::Multiplicative;
        v.exact = true;
        return Read::Found(v);
    }
    if ident::named_after(r, j) || ident::clock_after(r, j) || ident::address_after(r, j) {
        let dash = r.is_punct(j, '-');
        return Read::Skip(j + 1 + usize::from(dash));
    }
    // "50 cents" has no currency to convert to; "30 degrees" no scale.
    if money::minor_unit(r, j) || unknown_scale(r, j) {
        return Read::Skip(j + 1);
    }
    let plain = digits && n.exact && n.form == NumberForm::Digits;
    if plain && ident::year(r, k, j, n.value) {
        return Read::Skip(j);
    }
    if digits && r.word(j).is_some_and(ident::is_month) {
        return Read::Skip(j + 1);
    }
    Read::Found(Val::new(&n, None, i, j, n.end))
}

/// True when the number ending before token `j` is followed by "degrees" or "°" with no
/// scale: an angle or a temperature in unknown units, not a count.
fn unknown_scale(r: &Reader, j: usize) -> bool {
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
fn million_m(r: &Reader, j: usize) -> bool {
    r.word(j) == Some("m")
        && r.attached(j)
        && r.word(j + 1).is_some_and(|w| {
            w.len() > 3
                && (w.ends_with('s') || is_in(&IRREGULAR_PLURALS, w))
                && !is_in(&METRE_EVENTS, w)
                && !units::starts_unit(r.src, r.tokens, j + 1)
        })
}

/// A currency after an amount: "5 dollars", "10 €", "115USD", "75 USD million",
/// "one-yen", "361 million pounds".
fn currency_after(r: &Reader, n: &Number, first: usize, j: usize, scaled: bool) -> Option<Val> {
    let k = if r.is_punct(j, '-') && r.attached(j) && r.attached(j + 1) && r.word(j + 1).is_some() {
        j + 1
    } else {
        j
    };
    let cur = money::after(r, k, scaled)?;
    let mut n = *n;
    let mut next = cur.next;
    n.value *= cur.scale;
    n.precision *= cur.scale;
    // "75 USD million".
    if let Some(s) = r
        .word(next)
        .and_then(numwords::scale)
        .filter(|&s| s >= 1000.0)
    {
        n.value *= s;
        n.precision *= s;
        next += 1;
    }
    if cur.scale != 1.0 || next > cur.next {
        n.exact = false;
    }
    let mut v = money_val(&n, cur.code, first, next, r.tokens[next - 1].end);
    compose::cents(r, &mut v, scaled || cur.scale != 1.0);
    Some(v)
}

/// Vague plurals and their conventional ranges: (word, low, high).
const VAGUE: [(&str, f64, f64); 8] = [
    ("dozens", 24.0, 99.0),
    ("hundreds", 200.0, 999.0),
    ("thousands", 2000.0, 9999.0),
    ("millions", 2e6, 9_999_999.0),
    ("billions", 2e9, 9_999_999_999.0),
    ("tens", 20.0, 99.0),
    ("scores", 40.0, 99.0),
    ("several", 3.0, 9.0),
];

/// Quantities that start with a word: "twice", "once a week", "dozens of", "tens of
/// thousands", "a few hours", "an hour", "half an hour", "all day", "percent of 10".
fn word_led(r: &Reader, i: usize) -> Option<Val> {
    let w = r.word(i)?;
    let t = &r.tokens[i];
    let one = |value: f64, form: NumberForm, next: usize| {
        let n = Number {
            value,
            precision: 0.5,
            form,
            start: t.start,
            end: r.tokens[next - 1].end,
            exact: true,
        };
        (n, next)
    };
    let lw = w.to_ascii_lowercase();
    match lw.as_str() {
        "twice" | "thrice" | "once" => {
            if lw == "once" && !once_counts(r, i) {
                return None;
            }
            let value = match lw.as_str() {
                "twice" => 2.0,
                "thrice" => 3.0,
                _ => 1.0,
            };
            let (n, next) = one(value, NumberForm::Multiplicative, i + 1);
            return Some(Val::new(&n, None, i, next, n.end));
        }
        "percent" | "percents" | "per" => return percent_of(r, i),
        _ => {}
    }
    if let Some(v) = vague(r, i, &lw) {
        return Some(v);
    }
    // "an hour", "a kilogram"; not a rate ("$70 a share", "barrels a day").
    if lw == "a" || lw == "an" {
        let rate_before = rate_context(r, i);
        // "a dollar": one of a currency named in words.
        if let Some(cur) = money::after(r, i + 1, false)
            && r.word(i + 1).is_some_and(|w| w.len() > 3)
            && !rate_before
        {
            let (n, _) = one(1.0, NumberForm::Words, i + 1);
            return Some(money_val(
                &n,
                cur.code,
                i,
                cur.next,
                r.tokens[cur.next - 1].end,
            ));
        }
        let m = units::lookup(r.src, r.tokens, i + 1)?;
        let u = m.unit;
        let rate = rate_before;
        let allowed = !u.has(units::NO_ARTICLE | units::ATTACHED | units::CASE | units::END)
            && !matches!(u.dimension, Dimension::Percentage | Dimension::Temperature);
        if rate || !allowed || !r.tok(i + 1)?.space_before {
            return None;
        }
        let (n, _) = one(1.0, NumberForm::Words, i + 1);
        let mut v = Val::new(&n, Some(u), i, m.next, m.end);
        v.exact = false;
        return Some(v);
    }
    // "half an hour", "half-litre", "quarter hour".
    if lw == "half" || lw == "quarter" {
        if super::fractions::after_number_or(r, i, &super::fractions::NOT_BEFORE_HALF) {
            return None;
        }
        let mut k = i + 1;
        let hyphen = r.is_punct(k, '-') && r.attached(k);
        if hyphen || r.is_word(k, "a") || r.is_word(k, "an") || r.is_word(k, "of") {
            k += 1;
        }
        let m = units::lookup(r.src, r.tokens, k)?;
        if m.unit.has(units::CASE | units::ATTACHED) && !r.attached(k) {
            return None;
        }
        let value = if lw == "half" { 0.5 } else { 0.25 };
        let (mut n, _) = one(value, NumberForm::Words, i + 1);
        n.precision = value / 2.0;
        n.exact = false;
        return Some(Val::new(&n, Some(m.unit), i, m.next, m.end));
    }
    // "all day", "a full week", "another hour".
    if is_in(&["all", "full", "whole", "another"], &lw) {
        let k = if r.is_punct(i + 1, '-') && r.attached(i + 1) {
            i + 2
        } else {
            i + 1
        };
        let m = units::lookup(r.src, r.tokens, k)?;
        let singular = r.word(k).is_some_and(|u| !u.ends_with('s'));
        if m.unit.dimension != Dimension::Duration || !singular || m.next != k + 1 {
            return None;
        }
        let (n, _) = one(1.0, NumberForm::Words, i + 1);
        let mut v = Val::new(&n, Some(m.unit), i, m.next, m.end);
        v.exact = false;
        return Some(v);
    }
    None
}

/// True when "a" at `i` follows an amount or "once"/"times": a rate ("$70 a share",
/// "barrels a day", "twice a week"), not one unit.
fn rate_context(r: &Reader, i: usize) -> bool {
    // "100,000 vehicles a day": an amount just before.
    let counted = (i.saturating_sub(3)..i).any(|k| r.tok(k).is_some_and(|t| t.kind == Kind::Num));
    counted
        || i > 0
            && (r
                .tok(i - 1)
                .is_some_and(|p| p.kind == Kind::Num || p.kind == Kind::Punct)
                || r.word(i - 1).is_some_and(|p| {
                    units::starts_unit(r.src, r.tokens, i - 1)
                        || money::after(r, i - 1, true).is_some()
                        || is_in(&["once", "twice", "times", "per"], p)
                }))
}

/// True when "once" at `i` counts one time ("at least once", "once a week", "once or twice")
/// rather than meaning "formerly" or "as soon as".
fn once_counts(r: &Reader, i: usize) -> bool {
    let prev = i.checked_sub(1).and_then(|p| r.word(p));
    if prev.is_some_and(|p| is_in(&["only", "just", "exactly", "least", "than", "not"], p)) {
        return true;
    }
    let next = r.word(i + 1);
    if next.is_some_and(|n| {
        is_in(
            &[
                "every", "per", "or", "daily", "weekly", "monthly", "annually", "yearly",
            ],
            n,
        )
    }) {
        return true;
    }
    let article = r.is_word(i + 1, "a") || r.is_word(i + 1, "an");
    article
        && units::lookup(r.src, r.tokens, i + 2)
            .is_some_and(|m| m.unit.dimension == Dimension::Duration)
}

/// A vague plural at `i` ("dozens", "tens of thousands", "several", "a few"), with the unit
/// or currency after "of" ("hundreds of miles", "thousands of dollars").
fn vague(r: &Reader, i: usize, lw: &str) -> Option<Val> {
    let t = &r.tokens[i];
    let (mut low, mut high, mut next) = if lw == "a" && r.is_word(i + 1, "few") {
        (3.0, 5.0, i + 2)
    } else {
        let &(_, low, high) = VAGUE.iter().find(|(w, _, _)| *w == lw)?;
        (low, high, i + 1)
    };
    // "tens of thousands", "hundreds of millions".
    if r.is_word(next, "of")
        && let Some(s) = r
            .word(next + 1)
            .filter(|w| w.ends_with(['s', 'S']))
            .and_then(numwords::scale)
            .filter(|&s| s >= 1000.0)
    {
        low *= s;
        high = (high + 1.0) * s - 1.0;
        next += 2;
    } else if lw == "tens" || lw == "scores" {
        return None;
    }
    let n = Number {
        value: low,
        precision: 0.0,
        form: NumberForm::Vague,
        start: t.start,
        end: r.tokens[next - 1].end,
        exact: true,
    };
    let of = usize::from(r.is_word(next, "of"));
    let mut v = if let Some((u, after, end)) = unit_after(r, &n, next + of)
        .filter(|(u, _, _)| of == 1 || u.dimension == Dimension::Duration)
    {
        if u.has(units::MONEY_TOO) {
            money_val(&n, "GBP", i, after, end)
        } else {
            Val::new(&n, Some(u), i, after, end)
        }
    } else if let Some(cur) = (of == 1).then(|| money::after(r, next + 1, true)).flatten() {
        money_val(&n, cur.code, i, cur.next, r.tokens[cur.next - 1].end)
    } else {
        Val::new(&n, None, i, next, n.end)
    };
    let high = v.factor * high + v.offset;
    v.qualifier = Some(Qualifier::Vague);
    v.low = Some(v.value);
    v.high = Some(high);
    v.precision = 0.0;
    Some(v)
}

/// "percent of 10", "per cent of twenty-two": a percentage written before its number.
fn percent_of(r: &Reader, i: usize) -> Option<Val> {
    let m = units::lookup(r.src, r.tokens, i)?;
    if m.unit.dimension != Dimension::Percentage || !r.is_word(m.next, "of") {
        return None;
    }
    let prev = i.checked_sub(1).and_then(|p| r.tok(p));
    if prev.is_some_and(|p| p.kind != Kind::Punct) {
        return None;
    }
    let (n, j) = parse_number(r.src, r.tokens, m.next + 1)?;
    if unit_after(r, &n, j).is_some() || !r.ends_phrase(j) {
        return None;
    }
    let mut v = Val::new(&n, Some(m.unit), i, j, n.end);
    v.start = r.tokens[i].start;
    Some(v)
}

#[cfg(test)]
#[path = "quantity_tests.rs"]
mod tests;

//! Amounts of money in the scanner: a currency before ("$5m", "US$4.7 billion") or after
//! ("5 dollars", "75 USD million") the amount, with its minor units, and whether "pounds"
//! weigh or pay.

use super::Dimension;
use super::codes;
use super::compose;
use super::money;
use super::numbers::{Number, Reader, parse_number};
use super::numwords;
use super::quantity::{Read, Val, has_scale, is_in};
use super::token::Kind;
use super::units::Unit;

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
pub(crate) fn pounds_are_money(r: &Reader, first: usize, j: usize, scaled: bool) -> bool {
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

/// An amount with its currency written first: "$5", "$ 75 million", "US$4.7 billion",
/// "£3m", "USD 200", "MAUD 60", "Rs. 20".
pub(crate) fn money_before(r: &Reader, i: usize) -> Option<Read> {
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
    if codes::chain_end(r, k).is_some() {
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

pub(crate) fn money_val(
    n: &Number,
    code: &'static str,
    first: usize,
    next: usize,
    end: usize,
) -> Val {
    let unit = Unit {
        dimension: Dimension::Money,
        canonical: code,
        factor: 1.0,
        offset: 0.0,
        flags: 0,
    };
    Val::new(n, Some(unit), first, next, end)
}

/// A currency after an amount: "5 dollars", "10 €", "115USD", "75 USD million",
/// "one-yen", "361 million pounds".
pub(crate) fn currency_after(
    r: &Reader,
    n: &Number,
    first: usize,
    j: usize,
    scaled: bool,
) -> Option<Val> {
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
    } else if money::minor_unit(r, next) && !r.attached(next) {
        // "10 euro cents", "50 US cents": hundredths of the currency.
        n.value /= 100.0;
        n.precision /= 100.0;
        next += 1;
    }
    if cur.scale != 1.0 || next > cur.next {
        n.exact = false;
    }
    let mut v = money_val(&n, cur.code, first, next, r.tokens[next - 1].end);
    compose::cents(r, &mut v, scaled || cur.scale != 1.0);
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::token::tokenize;

    fn money(text: &str) -> Option<(&'static str, f64, &str)> {
        let toks = tokenize(text);
        let r = Reader {
            src: text,
            tokens: &toks,
        };
        let v = match money_before(&r, 0) {
            Some(Read::Found(v)) => v,
            _ => {
                let (n, j) = parse_number(text, &toks, 0)?;
                currency_after(&r, &n, 0, j, has_scale(&r, 0, j))?
            }
        };
        Some((v.unit, v.value, &text[v.start..v.end]))
    }

    #[test]
    fn currency_before_or_after_with_scales() {
        assert_eq!(money("$5m in damages"), Some(("USD", 5e6, "$5m")));
        assert_eq!(money("£3bn."), Some(("GBP", 3e9, "£3bn")));
        assert_eq!(
            money("US$ 4.7 billion"),
            Some(("USD", 4.7e9, "US$ 4.7 billion"))
        );
        assert_eq!(money("$ 10 dollars"), Some(("USD", 10.0, "$ 10 dollars")));
        assert_eq!(
            money("75 USD million"),
            Some(("USD", 7.5e7, "75 USD million"))
        );
        assert_eq!(money("MEUR 120"), Some(("EUR", 1.2e8, "MEUR 120")));
        assert_eq!(
            money("20 dollars 43 cents"),
            Some(("USD", 20.43, "20 dollars 43 cents"))
        );
        assert_eq!(money("$DEC farming"), None);
    }

    #[test]
    fn pounds_weigh_unless_money_is_talked_about() {
        let money_at = |text: &str| {
            let toks = tokenize(text);
            let r = Reader {
                src: text,
                tokens: &toks,
            };
            let i = toks.iter().position(|t| t.kind == Kind::Num).unwrap_or(0);
            let j = toks
                .iter()
                .position(|t| t.is_word(text, "pounds"))
                .unwrap_or(0);
            pounds_are_money(&r, i, j, has_scale(&r, i, j))
        };
        assert!(money_at("The ticket cost 40 pounds."));
        assert!(money_at("Profits of 361 million pounds."));
        assert!(!money_at("The baby weighed 8 pounds."));
        assert!(!money_at("He paid for 2 pounds of meat."));
        assert!(!money_at("It is 2,204.62 pounds."));
    }
}

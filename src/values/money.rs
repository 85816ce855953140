//! Currencies: symbols ("$", "€", "US$", "C$"), ISO 4217 codes ("USD 200", "115USD",
//! "MEUR") and names ("dollars", "Swiss francs", "yen"), before or after the amount, with the
//! minor units that complete an amount ("3 dollars 50 cents"). Tables, so that other
//! languages and currencies are data.

use super::lexkey::Key;
use super::numbers::Reader;
use super::numwords;
use super::token::Kind;

/// Symbols written before or after an amount.
const SYMBOLS: [(&str, &str); 19] = [
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₿", "BTC"),
    ("₩", "KRW"),
    ("₽", "RUB"),
    ("₺", "TRY"),
    ("₴", "UAH"),
    ("₦", "NGN"),
    ("₱", "PHP"),
    ("₪", "ILS"),
    ("฿", "THB"),
    ("₫", "VND"),
    ("元", "CNY"),
    ("₡", "CRC"),
    ("₾", "GEL"),
    ("₭", "LAK"),
];

/// Letters written before "$" ("US$", "C$", "HK$"), and whether they may stand apart from
/// the "$" ("hk $"; a lone "a" is the article in "a $4 billion deal").
const DOLLAR_PREFIXES: [(&str, &str, bool); 19] = [
    ("us", "USD", true),
    ("u.s", "USD", true),
    ("u.s.", "USD", true),
    ("usd", "USD", true),
    ("c", "CAD", true),
    ("ca", "CAD", false),
    ("cad", "CAD", true),
    ("a", "AUD", false),
    ("au", "AUD", false),
    ("aud", "AUD", true),
    ("nz", "NZD", true),
    ("nzd", "NZD", true),
    ("hk", "HKD", true),
    ("s", "SGD", false),
    ("sg", "SGD", false),
    ("mex", "MXN", true),
    ("mxn", "MXN", true),
    ("r", "BRL", false),
    ("nt", "TWD", false),
];

/// ISO 4217 codes recognised next to an amount (upper case), plus "RMB" and "BTC". Codes that
/// are English words or names in capitals ("ALL", "TOP", "CUP", "COP" of the climate summits)
/// are left out.
const CODES: [&str; 61] = [
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "INR",
    "RUB", "BRL", "MXN", "ZAR", "KRW", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "TRY", "ILS",
    "AED", "SAR", "QAR", "KWD", "BHD", "OMR", "JOD", "EGP", "LBP", "BGN", "RON", "MYR", "IDR",
    "THB", "PHP", "VND", "NGN", "KES", "GHS", "UAH", "MNT", "TWD", "ARS", "CLP", "PKR", "BDT",
    "LKR", "NPR", "IRR", "IQD", "ISK", "KZT", "GEL", "BTC", "XAU",
];

/// Codes also accepted in lower case next to an amount ("20 usd", "rmb 10").
const LOWER_CODES: [&str; 8] = ["usd", "eur", "gbp", "rmb", "cny", "inr", "aud", "cad"];

/// Abbreviations written before or after an amount that are not ISO codes.
const ABBREVIATIONS: [(&str, &str); 6] = [
    ("Rs", "INR"),
    ("Rs.", "INR"),
    ("RM", "MYR"),
    ("LE", "EGP"),
    ("L.E", "EGP"),
    ("L.E.", "EGP"),
];

/// Currency names after an amount (lower case; the longest written form wins). "pounds" is
/// here for the forms that are unambiguous; a bare "pounds" is decided from context.
#[rustfmt::skip]
const NAMES: &[(&str, &str)] = &[
    ("dollar", "USD"), ("dollars", "USD"), ("us dollar", "USD"), ("us dollars", "USD"),
    ("u.s. dollars", "USD"), ("american dollars", "USD"),
    ("australian dollar", "AUD"), ("australian dollars", "AUD"),
    ("canadian dollar", "CAD"), ("canadian dollars", "CAD"),
    ("hong kong dollars", "HKD"), ("new zealand dollars", "NZD"),
    ("singapore dollars", "SGD"), ("taiwan dollars", "TWD"), ("new taiwan dollars", "TWD"),
    ("euro", "EUR"), ("euros", "EUR"), ("€ur", "EUR"),
    ("pounds sterling", "GBP"), ("pound sterling", "GBP"), ("sterling", "GBP"),
    ("british pounds", "GBP"),
    ("lebanese pound", "LBP"), ("lebanese pounds", "LBP"),
    ("egyptian pound", "EGP"), ("egyptian pounds", "EGP"), ("egyptianpound", "EGP"),
    ("geneh", "EGP"),
    ("yen", "JPY"), ("yuan", "CNY"), ("chinese yuan", "CNY"), ("renminbi", "CNY"),
    ("kuai", "CNY"), ("元", "CNY"),
    ("rupee", "INR"), ("rupees", "INR"), ("indian rupees", "INR"),
    ("pakistani rupees", "PKR"), ("sri lankan rupees", "LKR"), ("ரூ", "LKR"),
    ("rouble", "RUB"), ("roubles", "RUB"), ("ruble", "RUB"), ("rubles", "RUB"),
    ("swiss franc", "CHF"), ("swiss francs", "CHF"), ("french francs", "FRF"),
    ("finnish markka", "FIM"), ("finnish markkaa", "FIM"), ("markkaa", "FIM"),
    ("peseta", "ESP"), ("pesetas", "ESP"),
    ("dutch guilders", "NLG"), ("guilders", "NLG"),
    ("deutsche marks", "DEM"), ("deutschmarks", "DEM"),
    ("lira", "TRY"), ("turkish lira", "TRY"), ("liras", "TRY"),
    ("shekel", "ILS"), ("shekels", "ILS"), ("new shekels", "ILS"),
    ("tugrik", "MNT"), ("tugriks", "MNT"),
    ("ringgit", "MYR"), ("ringgits", "MYR"), ("malaysian ringgit", "MYR"),
    ("malaysian ringgits", "MYR"), ("malaysia ringgit", "MYR"), ("malaysia ringgits", "MYR"),
    ("saudi riyal", "SAR"), ("saudi riyals", "SAR"), ("saudiriyal", "SAR"),
    ("qatari riyal", "QAR"), ("qatari riyals", "QAR"),
    ("kuwaiti dinar", "KWD"), ("kuwaiti dinars", "KWD"),
    ("uae dirhams", "AED"), ("emirati dirhams", "AED"),
    ("korean won", "KRW"), ("south korean won", "KRW"),
    ("rand", "ZAR"), ("naira", "NGN"), ("cedis", "GHS"), ("kenyan shillings", "KES"),
    ("baht", "THB"), ("rupiah", "IDR"), ("reais", "BRL"), ("brazilian reais", "BRL"),
    ("mexican pesos", "MXN"), ("philippine pesos", "PHP"), ("argentine pesos", "ARS"),
    ("zloty", "PLN"), ("zlotys", "PLN"), ("forint", "HUF"), ("forints", "HUF"),
    ("swedish kronor", "SEK"), ("kronor", "SEK"), ("norwegian kroner", "NOK"),
    ("danish kroner", "DKK"), ("hryvnia", "UAH"), ("hryvnias", "UAH"),
    ("bitcoin", "BTC"), ("bitcoins", "BTC"),
];

/// Names that count as a currency only after a scale word ("3 billion won").
const AFTER_SCALE_ONLY: [(&str, &str); 1] = [("won", "KRW")];

/// Minor units: a hundredth of the major unit ("50 cents", "43c", "1 pence").
const MINOR: [&str; 16] = [
    "cent", "cents", "c", "pence", "p", "penny", "pennies", "sen", "sens", "kopiyka", "kopiykas",
    "kopecks", "kopeks", "paise", "centavos", "centimes",
];

/// A currency found in the text: its ISO code, a scale it carries ("MUSD" is a million
/// dollars) and the token after it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Currency {
    /// ISO 4217 code (or "BTC").
    pub code: &'static str,
    /// Multiplier written into the currency itself ("MEUR": 1e6), else 1.
    pub scale: f64,
    /// Index of the token after the currency.
    pub next: usize,
}

fn code_of(word: &str) -> Option<&'static str> {
    if word.len() != 3 {
        return None;
    }
    if let Some(c) = CODES.iter().find(|c| **c == word) {
        return Some(if *c == "RMB" { "CNY" } else { c });
    }
    LOWER_CODES.iter().find(|c| **c == word).map(|c| match *c {
        "rmb" | "cny" => "CNY",
        "usd" => "USD",
        "eur" => "EUR",
        "gbp" => "GBP",
        "inr" => "INR",
        "aud" => "AUD",
        _ => "CAD",
    })
}

/// A code with a leading "M" for millions ("MUSD", "MEUR").
fn million_code(word: &str) -> Option<&'static str> {
    let rest = word.strip_prefix('M')?;
    (rest.len() == 3).then(|| code_of(rest)).flatten()
}

/// A symbol token at `j`.
fn symbol(r: &Reader, j: usize) -> Option<&'static str> {
    let t = r.tok(j).filter(|t| t.kind == Kind::Punct)?;
    let text = t.text(r.src);
    SYMBOLS.iter().find(|(s, _)| *s == text).map(|&(_, c)| c)
}

/// Letters (with dots) ending at a "$", read from token `j`: ("us", index of "$").
fn dollar_prefix(r: &Reader, j: usize) -> Option<(&'static str, usize)> {
    if r.word(j).is_none() || !(j + 1..j + 5).any(|k| r.is_punct(k, '$')) {
        return None;
    }
    let mut k = j;
    let mut key = Key::new();
    while k < j + 4 {
        let t = r.tok(k)?;
        if t.is_punct(r.src, '$') {
            break;
        }
        if k > j && t.space_before && !r.is_punct(k + 1, '$') {
            return None;
        }
        if t.kind == Kind::Num {
            return None;
        }
        if !key.push(t.text(r.src)) {
            return None;
        }
        k += 1;
    }
    if k == j || !r.is_punct(k, '$') {
        return None;
    }
    let spaced = r.tok(k)?.space_before;
    let text = key.as_str();
    let &(_, code, may_space) = DOLLAR_PREFIXES.iter().find(|(p, _, _)| *p == text)?;
    if spaced && !may_space {
        return None;
    }
    // "A$" only in capitals; "a $" is the article.
    if text == "a" && r.tok(j)?.text(r.src) != "A" {
        return None;
    }
    Some((code, k + 1))
}

/// A currency written before an amount at token `i`: "$", "US$", "c $", "€", "USD",
/// "MAUD", "Rs.", "RM".
pub fn before(r: &Reader, i: usize) -> Option<Currency> {
    let one = |code, next| Currency {
        code,
        scale: 1.0,
        next,
    };
    if let Some((code, next)) = dollar_prefix(r, i) {
        return Some(one(code, next));
    }
    if let Some(code) = symbol(r, i) {
        // "$" attached to a word before it is part of a name or an identifier.
        if r.attached(i) && i > 0 && r.word(i - 1).is_some() {
            return None;
        }
        return Some(one(code, i + 1));
    }
    let w = r.word(i)?;
    if let Some(code) = code_of(w) {
        return Some(one(code, i + 1));
    }
    if let Some(code) = million_code(w) {
        return Some(Currency {
            code,
            scale: 1e6,
            next: i + 1,
        });
    }
    abbreviation(r, i)
}

/// "Rs", "Rs.", "RM", "L.E." at `i` (exact case).
fn abbreviation(r: &Reader, i: usize) -> Option<Currency> {
    let mut best = None;
    for len in 1..=4 {
        let (Some(first), Some(last)) = (r.tok(i), r.tok(i + len - 1)) else {
            break;
        };
        if len > 1 && !last.attached() {
            break;
        }
        let text = &r.src[first.start..last.end];
        if let Some(&(_, code)) = ABBREVIATIONS.iter().find(|(a, _)| *a == text) {
            best = Some(Currency {
                code,
                scale: 1.0,
                next: i + len,
            });
        }
    }
    best
}

/// A currency written after an amount at token `j`: "$", "€", "USD", "MUSD", "dollars",
/// "Swiss francs", "US$". `scaled` says whether the amount had a scale word, which admits
/// "won". A bare "pound(s)" is not read here.
pub fn after(r: &Reader, j: usize, scaled: bool) -> Option<Currency> {
    if let Some((code, next)) = dollar_prefix(r, j) {
        return Some(Currency {
            code,
            scale: 1.0,
            next,
        });
    }
    // A symbol or code before another amount belongs to that amount: "1 $ 10", "3 USD50".
    let amount_next = |k: usize| {
        r.tok(k).is_some_and(|t| t.kind == Kind::Num)
            || (r.is_punct(k, '.') && r.tok(k + 1).is_some_and(|t| t.kind == Kind::Num))
    };
    if let Some(code) = symbol(r, j) {
        return (!amount_next(j + 1)).then_some(Currency {
            code,
            scale: 1.0,
            next: j + 1,
        });
    }
    let w = r.word(j)?;
    if r.attached(j + 1) && amount_next(j + 1) {
        return None;
    }
    if let Some(code) = code_of(w) {
        return Some(Currency {
            code,
            scale: 1.0,
            next: j + 1,
        });
    }
    if let Some(code) = million_code(w) {
        return Some(Currency {
            code,
            scale: 1e6,
            next: j + 1,
        });
    }
    if let Some(c) = abbreviation(r, j) {
        return Some(c);
    }
    if scaled
        && let Some(&(_, code)) = AFTER_SCALE_ONLY
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(w))
    {
        return Some(Currency {
            code,
            scale: 1.0,
            next: j + 1,
        });
    }
    name(r, j)
}

/// The longest currency name from token `j` ("dollars", "hong kong dollars").
fn name(r: &Reader, j: usize) -> Option<Currency> {
    let mut key = Key::new();
    let mut best = None;
    for k in j..j + 4 {
        let Some(t) = r.tok(k) else { break };
        if k > j {
            if t.kind == Kind::Word && r.tok(k - 1).is_some_and(|p| p.kind == Kind::Word) {
                if !t.space_before {
                    break;
                }
                key.push(" ");
            } else if t.space_before {
                break;
            }
        }
        if !key.push(t.text(r.src)) {
            break;
        }
        let key = key.as_str();
        if let Some(&(_, code)) = NAMES.iter().find(|(n, _)| *n == key) {
            best = Some(Currency {
                code,
                scale: 1.0,
                next: k + 1,
            });
        }
        if !NAMES.iter().any(|(n, _)| n.starts_with(key)) {
            break;
        }
    }
    best
}

/// True when token `j` is a minor-unit word ("cents", "pence"); "c" and "p" only attached.
pub fn minor_unit(r: &Reader, j: usize) -> bool {
    let Some(w) = r.word(j) else { return false };
    if !MINOR.iter().any(|m| m.eq_ignore_ascii_case(w)) {
        return false;
    }
    w.len() > 1 || r.attached(j)
}

/// True when a scale letter may follow an amount with a currency symbol ("$5m", "£3bn").
pub fn money_scale(word: &str) -> Option<f64> {
    match word {
        "m" | "mn" | "M" => Some(1e6),
        "b" | "bn" | "B" => Some(1e9),
        "k" | "K" => Some(1e3),
        "tn" | "trn" | "T" => Some(1e12),
        _ => numwords::scale(word).filter(|&s| s >= 1000.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::token::tokenize;

    fn before_code(text: &str) -> Option<(&'static str, f64)> {
        let toks = tokenize(text);
        let r = Reader {
            src: text,
            tokens: &toks,
        };
        before(&r, 0).map(|c| (c.code, c.scale))
    }

    fn after_code(text: &str) -> Option<&'static str> {
        let toks = tokenize(text);
        let r = Reader {
            src: text,
            tokens: &toks,
        };
        after(&r, 0, false).map(|c| c.code)
    }

    #[test]
    fn symbols_and_dollar_prefixes() {
        assert_eq!(before_code("$5"), Some(("USD", 1.0)));
        assert_eq!(before_code("US$ 4.7 billion"), Some(("USD", 1.0)));
        assert_eq!(before_code("c $ 16.4 million"), Some(("CAD", 1.0)));
        assert_eq!(before_code("HK$10"), Some(("HKD", 1.0)));
        assert_eq!(before_code("A$5"), Some(("AUD", 1.0)));
        assert_eq!(before_code("€20"), Some(("EUR", 1.0)));
        assert_eq!(before_code("MEUR 120"), Some(("EUR", 1e6)));
        assert_eq!(before_code("Rs. 20"), Some(("INR", 1.0)));
    }

    #[test]
    fn article_before_a_dollar_sign_is_not_australian() {
        // "a $4 billion deal": the "$" alone is read from the next token.
        assert_eq!(before_code("a $4 billion"), None);
    }

    #[test]
    fn codes_need_capitals_except_a_few() {
        assert_eq!(before_code("USD 200"), Some(("USD", 1.0)));
        assert_eq!(before_code("usd 20"), Some(("USD", 1.0)));
        assert_eq!(before_code("ALL 5 solutions"), None);
        assert_eq!(before_code("Usd 5"), None);
    }

    #[test]
    fn names_after_an_amount() {
        assert_eq!(after_code("dollars"), Some("USD"));
        assert_eq!(after_code("hong kong dollars"), Some("HKD"));
        assert_eq!(after_code("Swiss francs"), Some("CHF"));
        assert_eq!(after_code("pounds sterling"), Some("GBP"));
        assert_eq!(after_code("pounds"), None);
        assert_eq!(after_code("won"), None);
        assert_eq!(after_code("francs"), None);
    }
}

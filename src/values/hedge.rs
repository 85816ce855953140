//! Hedges and bounds written before a value ("about", "at least", "up to") and the interval
//! each implies — where factdiff keeps what its peers drop: "nearly 40" and "40" agree.

use super::Qualifier;
use super::numbers::Reader;
use crate::span::Span;

use Qualifier::{Approx, AtLeast, AtMost, LessThan, MoreThan, Nearly};

/// Hedge phrases, as words, and what they mean. The longest phrase before a value wins
/// ("no more than" over "more than").
#[rustfmt::skip]
const HEDGES: &[(&[&str], Qualifier)] = &[
    (&["about"], Approx), (&["around"], Approx), (&["roughly"], Approx), (&["some"], Approx),
    (&["approximately"], Approx), (&["approx", "."], Approx), (&["an", "estimated"], Approx),
    (&["estimated"], Approx), (&["circa"], Approx),
    (&["nearly"], Nearly), (&["almost"], Nearly), (&["just", "under"], Nearly),
    (&["close", "to"], Nearly), (&["just", "shy", "of"], Nearly),
    (&["at", "least"], AtLeast), (&["no", "fewer", "than"], AtLeast),
    (&["no", "less", "than"], AtLeast), (&["not", "less", "than"], AtLeast),
    (&["a", "minimum", "of"], AtLeast),
    (&["more", "than"], MoreThan), (&["over"], MoreThan), (&["above"], MoreThan),
    (&["upwards", "of"], MoreThan), (&["upward", "of"], MoreThan),
    (&["in", "excess", "of"], MoreThan), (&["greater", "than"], MoreThan),
    (&["just", "over"], MoreThan), (&["just", "above"], MoreThan),
    (&["at", "most"], AtMost), (&["up", "to"], AtMost), (&["no", "more", "than"], AtMost),
    (&["not", "more", "than"], AtMost), (&["a", "maximum", "of"], AtMost),
    (&["as", "many", "as"], AtMost), (&["as", "much", "as"], AtMost),
    (&["less", "than"], LessThan), (&["under"], LessThan), (&["fewer", "than"], LessThan),
    (&["below"], LessThan), (&["just", "below"], LessThan),
    // Verbs news uses as bounds: "the toll passed 5,000", "approaches 5,000".
    (&["passed"], MoreThan), (&["passes"], MoreThan), (&["surpassed"], MoreThan),
    (&["surpasses"], MoreThan), (&["exceeded"], MoreThan), (&["exceeds"], MoreThan),
    (&["exceeding"], MoreThan), (&["topped"], MoreThan), (&["tops"], MoreThan),
    (&["approaching"], Nearly), (&["approaches"], Nearly), (&["approached"], Nearly),
    (&["nearing"], Nearly), (&["nears"], Nearly),
];

/// The hedge written right before token `i` (and after token `floor`, which it may not
/// reach back past): its qualifier and span.
pub fn before(r: &Reader, i: usize, floor: usize) -> Option<(Qualifier, Span)> {
    let mut best: Option<(usize, Qualifier)> = None;
    for &(words, q) in HEDGES {
        let n = words.len();
        if n > i - floor.min(i) || best.is_some_and(|(len, _)| len >= n) {
            continue;
        }
        let first = i - n;
        let matches = words.iter().enumerate().all(|(k, w)| {
            r.tok(first + k)
                .is_some_and(|t| t.text(r.src).eq_ignore_ascii_case(w))
        });
        if matches {
            best = Some((n, q));
        }
    }
    let (n, q) = best?;
    let span = Span::new(r.tokens[i - n].start, r.tokens[i - 1].end);
    Some((q, span))
}

/// A hedge written right after a value ending before token `j`: "or so", "or more",
/// "or less", "plus" ("50-plus"). Returns the qualifier, its span and the next token.
pub fn after(r: &Reader, j: usize) -> Option<(Qualifier, Span, usize)> {
    let q = if r.is_word(j, "or") && r.is_word(j + 1, "so") {
        Approx
    } else if r.is_word(j, "or") && (r.is_word(j + 1, "more") || r.is_word(j + 1, "above")) {
        AtLeast
    } else if r.is_word(j, "or") && (r.is_word(j + 1, "less") || r.is_word(j + 1, "fewer")) {
        AtMost
    } else if r.is_punct(j, '+') && r.attached(j) && !r.tok(j + 1).is_some_and(|t| t.attached()) {
        // "10,000+ employees".
        return Some((
            AtLeast,
            Span::new(r.tokens[j].start, r.tokens[j].end),
            j + 1,
        ));
    } else if r.is_punct(j, '-') && r.attached(j) && r.is_word(j + 1, "plus") && r.attached(j + 1) {
        return Some((
            AtLeast,
            Span::new(r.tokens[j].start, r.tokens[j + 1].end),
            j + 2,
        ));
    } else {
        return None;
    };
    Some((q, Span::new(r.tokens[j].start, r.tokens[j + 1].end), j + 2))
}

/// The interval a qualifier puts around value `v` (canonical units): `(low, high)`, `None`
/// for unbounded. Upper bounds start at zero except for temperatures (`signed`).
pub fn bounds(q: Qualifier, v: f64, signed: bool) -> (Option<f64>, Option<f64>) {
    let tenth = 0.1 * v.abs();
    let floor = if signed { None } else { Some(0.0) };
    match q {
        Approx => (Some(v - tenth), Some(v + tenth)),
        Nearly => (Some(v - tenth), Some(v)),
        AtLeast | MoreThan => (Some(v), None),
        AtMost | LessThan => (floor, Some(v)),
        Qualifier::Range | Qualifier::Vague => (Some(v), Some(v)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::token::tokenize;

    fn hedge(text: &str, at: &str) -> Option<(Qualifier, String)> {
        let toks = tokenize(text);
        let r = Reader {
            src: text,
            tokens: &toks,
        };
        let i = toks.iter().position(|t| t.text(text) == at)?;
        before(&r, i, 0).map(|(q, s)| (q, text[s.start..s.end].to_string()))
    }

    #[test]
    fn longest_hedge_wins() {
        assert_eq!(
            hedge("no more than 40 people", "40"),
            Some((AtMost, "no more than".into()))
        );
        assert_eq!(
            hedge("more than 40 people", "40"),
            Some((MoreThan, "more than".into()))
        );
        assert_eq!(
            hedge("It rose just under 5%", "5"),
            Some((Nearly, "just under".into()))
        );
        assert_eq!(
            hedge("an estimated 3,000", "3"),
            Some((Approx, "an estimated".into()))
        );
        assert_eq!(hedge("the 40 people", "40"), None);
        assert_eq!(
            hedge("the toll passed 5,000", "5"),
            Some((MoreThan, "passed".into()))
        );
        assert_eq!(
            hedge("the toll is nearing 5,000", "5"),
            Some((Nearly, "nearing".into()))
        );
        assert_eq!(
            hedge("speeds exceeded 100 mph", "100"),
            Some((MoreThan, "exceeded".into()))
        );
    }

    #[test]
    fn hedges_after_the_value() {
        let text = "40 people or more";
        let toks = tokenize(text);
        let r = Reader {
            src: text,
            tokens: &toks,
        };
        assert_eq!(after(&r, 2).map(|(q, _, n)| (q, n)), Some((AtLeast, 4)));
        let text = "50-plus";
        let toks = tokenize(text);
        let r = Reader {
            src: text,
            tokens: &toks,
        };
        assert_eq!(after(&r, 1).map(|(q, _, n)| (q, n)), Some((AtLeast, 3)));
    }

    #[test]
    fn bounds_per_qualifier() {
        let close = |a: Option<f64>, b: f64| a.is_some_and(|a| (a - b).abs() < 1e-9);
        let (lo, hi) = bounds(Approx, 100.0, false);
        assert!(close(lo, 90.0) && close(hi, 110.0));
        let (lo, hi) = bounds(Nearly, 40.0, false);
        assert!(close(lo, 36.0) && close(hi, 40.0));
        assert_eq!(bounds(AtLeast, 5.0, false), (Some(5.0), None));
        assert_eq!(bounds(MoreThan, 5.0, false), (Some(5.0), None));
        assert_eq!(bounds(AtMost, 5.0, false), (Some(0.0), Some(5.0)));
        assert_eq!(bounds(LessThan, 5.0, false), (Some(0.0), Some(5.0)));
        // Temperatures have no floor at zero.
        assert_eq!(bounds(LessThan, -5.0, true), (None, Some(-5.0)));
    }
}

//! The sums of relations between facts: a product (length = speed × duration) or a sum (a
//! total of parts) checked on facts that stand together, and an age checked against a birth
//! date. Values are intervals, so a hedged value passes when any value in it fits.

use std::collections::BTreeMap;

use jiff::ToSpan;

use super::{Checked, Item, dated, unit};
use crate::diff::compare::{Interval, quantity_interval};
use crate::extract::Fact;
use crate::report::display;
use crate::report::written;
use crate::rules::{RelationKind, RelationRule, RuleSet};
use crate::source::Article;
use crate::values::{Dimension, Quantity, Value};

fn quantity(f: &Fact) -> Option<&Quantity> {
    match &f.value {
        Value::Quantity(q) => Some(q),
        Value::Date(_) => None,
    }
}

fn words(articles: &[Article], f: &Fact) -> String {
    written(&articles[f.source].text, f.span, f.hedge)
}

/// Products and sums on facts that stand together (in one sentence, paragraph or article).
pub(super) fn check(
    index: usize,
    relation: &RelationRule,
    articles: &[Article],
    facts: &[Fact],
    rules: &RuleSet,
) -> Vec<Checked> {
    let Some(result) = relation.result else {
        return Vec::new();
    };
    let mut units: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for (i, f) in facts.iter().enumerate() {
        if f.rule == result || relation.of.contains(&f.rule) {
            units
                .entry(unit(relation.scope, &articles[f.source], f))
                .or_default()
                .push(i);
        }
    }
    let mut out = Vec::new();
    for members in units.values() {
        let of: Vec<Vec<usize>> = relation
            .of
            .iter()
            .map(|&r| {
                members
                    .iter()
                    .copied()
                    .filter(|&i| facts[i].rule == r)
                    .collect()
            })
            .collect();
        if of.iter().any(Vec::is_empty) {
            continue;
        }
        for &r in members.iter().filter(|&&i| facts[i].rule == result) {
            // One fact of each part: the first of each in the unit (a sentence rarely states two).
            let parts: Vec<usize> = of.iter().map(|list| list[0]).collect();
            if parts.contains(&r) {
                continue;
            }
            let checked = match relation.kind {
                RelationKind::Product => product(relation, articles, facts, rules, r, &parts),
                _ => sum(relation, articles, facts, r, &parts),
            };
            if let Some((holds, arithmetic)) = checked {
                let mut items = vec![Item::Fact(r)];
                items.extend(parts.iter().map(|&p| Item::Fact(p)));
                out.push(Checked {
                    relation: index,
                    holds,
                    severity: relation.severity,
                    items,
                    arithmetic,
                });
            }
        }
    }
    out
}

/// length = speed × duration, solved for the duration: "683-mile ÷ 37 miles per hour = 18.46 h".
fn product(
    relation: &RelationRule,
    articles: &[Article],
    facts: &[Fact],
    rules: &RuleSet,
    r: usize,
    parts: &[usize],
) -> Option<(bool, String)> {
    let is_speed = |i: usize| rules.rules[facts[i].rule].value.dimension() == Dimension::Speed;
    let (speed, duration) = if is_speed(parts[0]) {
        (parts[0], parts[1])
    } else {
        (parts[1], parts[0])
    };
    let (qr, qs, qd) = (
        quantity(&facts[r])?,
        quantity(&facts[speed])?,
        quantity(&facts[duration])?,
    );
    let (ir, is, id) = (
        quantity_interval(qr),
        quantity_interval(qs),
        quantity_interval(qd),
    );
    let computed = Interval {
        lo: is.lo * id.lo,
        hi: is.hi * id.hi,
        lo_open: false,
        hi_open: false,
    };
    let holds = widen(computed, relation.tolerance).overlaps(&ir);
    let seconds = |q: &Quantity| {
        if q.unit == "month" {
            q.value * 2_629_746.0
        } else {
            q.value
        }
    };
    let implied = qr.value / qs.value;
    let stated = seconds(qd);
    let factor = if implied > stated {
        implied / stated
    } else {
        stated / implied
    };
    let shown = |x: f64| display::amount(Dimension::Duration, "s", x);
    let arithmetic = if holds {
        format!(
            "{} at {} takes {}, as {} says",
            words(articles, &facts[r]),
            words(articles, &facts[speed]),
            shown(implied),
            words(articles, &facts[duration])
        )
    } else {
        format!(
            "{} at {} takes {}, not {} ({}): {} times {}",
            words(articles, &facts[r]),
            words(articles, &facts[speed]),
            shown(implied),
            words(articles, &facts[duration]),
            shown(stated),
            display::figure(factor),
            if stated > implied {
                "as long"
            } else {
                "as short"
            }
        )
    };
    Some((holds, arithmetic))
}

/// total = part + part + …: "12 + 40 = 52, but 60 is stated".
fn sum(
    relation: &RelationRule,
    articles: &[Article],
    facts: &[Fact],
    r: usize,
    parts: &[usize],
) -> Option<(bool, String)> {
    let qr = quantity(&facts[r])?;
    let mut total = Interval {
        lo: 0.0,
        hi: 0.0,
        lo_open: false,
        hi_open: false,
    };
    let mut value = 0.0;
    for &p in parts {
        let q = quantity(&facts[p])?;
        let i = quantity_interval(q);
        total.lo += i.lo;
        total.hi += i.hi;
        value += q.value;
    }
    let holds = widen(total, relation.tolerance).overlaps(&quantity_interval(qr));
    let terms: Vec<String> = parts.iter().map(|&p| words(articles, &facts[p])).collect();
    let verdict = if holds {
        "as stated"
    } else {
        "but the article says"
    };
    let mut sums = format!(
        "{} = {}, {verdict} {}",
        terms.join(" + "),
        display::figure(value),
        words(articles, &facts[r])
    );
    if !holds && value > 0.0 {
        sums.push_str(&format!(": {:.2} times the sum", qr.value / value));
    }
    Some((holds, sums))
}

/// True when two names are one person: every word of the shorter is a word of the longer
/// ("Putin" and "Vladimir Putin", "Kim" and "Kim Jong Un").
pub(super) fn same_person(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        s.split([' ', '-'])
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    let (x, y) = (words(a), words(b));
    let (short, long) = if x.len() <= y.len() {
        (&x, &y)
    } else {
        (&y, &x)
    };
    !short.is_empty() && short.iter().all(|w| long.contains(w))
}

fn widen(i: Interval, tolerance: f64) -> Interval {
    Interval {
        lo: i.lo - i.lo.abs() * tolerance,
        hi: i.hi + i.hi.abs() * tolerance,
        ..i
    }
}

/// An age against a birth date of the same person, anywhere in the cluster: the age is
/// counted on the date of the article that states it.
pub(super) fn age(
    index: usize,
    relation: &RelationRule,
    articles: &[Article],
    facts: &[Fact],
    _rules: &RuleSet,
) -> Vec<Checked> {
    let [age_rule, birth_rule] = relation.of[..] else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (a, fa) in facts
        .iter()
        .enumerate()
        .filter(|(_, f)| f.rule == age_rule && !f.subject.is_empty())
    {
        let (Some(on), Some(q)) = (dated(&articles[fa.source]), quantity(fa)) else {
            continue;
        };
        if q.unit != "month" {
            continue;
        }
        let years = (q.value / 12.0).floor() as i16;
        for (b, fb) in facts
            .iter()
            .enumerate()
            .filter(|(_, f)| f.rule == birth_rule && same_person(&f.subject, &fa.subject))
        {
            let Value::Date(d) = &fb.value else { continue };
            let Some((start, end)) = d.range else {
                continue;
            };
            // Born between (on − (years + 1) years + 1 day) and (on − years years).
            let (Ok(latest), Ok(earliest)) = (
                on.checked_sub(years.years()),
                on.checked_sub((years + 1).years())
                    .and_then(|d| d.checked_add(1.day())),
            ) else {
                continue;
            };
            let holds = start <= latest && earliest <= end;
            // The age the birth date gives on that day: from the latest birth (youngest) to
            // the earliest (oldest).
            let age_on = |born: jiff::civil::Date| {
                let before_birthday = (on.month(), on.day()) < (born.month(), born.day());
                on.year() - born.year() - i16::from(before_birthday)
            };
            let (young, old) = (age_on(end), age_on(start));
            let implied = if young == old {
                young.to_string()
            } else {
                format!("{young} to {old}")
            };
            let arithmetic = format!(
                "{}, {} on {on}, was born between {earliest} and {latest}; {} says {}, an age of {implied} that day",
                fa.subject,
                words(articles, fa),
                articles[fb.source].id,
                words(articles, fb)
            );
            out.push(Checked {
                relation: index,
                holds,
                severity: relation.severity,
                items: vec![Item::Fact(a), Item::Fact(b)],
                arithmetic,
            });
        }
    }
    out
}

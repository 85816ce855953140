//! Running a rule's examples: each `[[fact.example]]` is extracted with its rule alone and
//! must give exactly the values it expects. `factdiff rules check` and the test suite both
//! run them, so a rule file documents and tests itself.

use crate::extract::{Fact, extract};
use crate::rules::{Expect, RelationExpect, Rule, RuleSet, WordRule};
use crate::source::article;
use crate::values::{Qualifier, Value};

/// An example whose rule did not extract what it expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleFailure {
    /// The rule's id.
    pub rule: String,
    /// Where the example stands (`file:line`).
    pub location: String,
    /// What was expected and what came out.
    pub message: String,
}

impl std::fmt::Display for ExampleFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: example of `{}` fails: {}",
            self.location, self.rule, self.message
        )
    }
}

/// Runs every example of every rule; returns the failures.
pub fn check(rules: &RuleSet) -> Vec<ExampleFailure> {
    let mut out: Vec<ExampleFailure> = rules.rules.iter().flat_map(check_rule).collect();
    out.extend(rules.word_rules.iter().flat_map(check_word_rule));
    out.extend((0..rules.relations.len()).flat_map(|i| check_relation(rules, i)));
    out
}

/// Runs the examples of the `index`-th relation: each text is one article, its facts
/// extracted with every value rule (as in a real run), and the relation checked on them.
pub fn check_relation(rules: &RuleSet, index: usize) -> Vec<ExampleFailure> {
    let relation = &rules.relations[index];
    let mut failures = Vec::new();
    for ex in &relation.examples {
        let mut a = article("example", "example", ex.text.clone());
        a.body = crate::span::Span::new(0, a.text.len());
        a.published = ex.published;
        let facts = extract(&a, 0, rules);
        let articles = [a];
        let checked: Vec<_> = crate::relate::relate(&articles, &facts, rules)
            .into_iter()
            .filter(|c| c.relation == index)
            .collect();
        let got = match (checked.iter().any(|c| !c.holds), checked.is_empty()) {
            (true, _) => RelationExpect::Violated,
            (false, true) => RelationExpect::Nothing,
            (false, false) => RelationExpect::Holds,
        };
        if got != ex.expect {
            let name = |e: RelationExpect| match e {
                RelationExpect::Holds => "holds",
                RelationExpect::Violated => "violated",
                RelationExpect::Nothing => "none",
            };
            let sums: Vec<&str> = checked.iter().map(|c| c.arithmetic.as_str()).collect();
            failures.push(ExampleFailure {
                rule: relation.id.clone(),
                location: ex.location.clone(),
                message: format!(
                    "expected {}, got {} in \"{}\"{}",
                    name(ex.expect),
                    name(got),
                    ex.text,
                    if sums.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", sums.join("; "))
                    }
                ),
            });
        }
    }
    failures
}

/// Runs the examples of one word rule: the two texts as two sources, and the changes the
/// rule reports between them.
pub fn check_word_rule(rule: &WordRule) -> Vec<ExampleFailure> {
    let alone = RuleSet {
        word_rules: vec![rule.clone()],
        ..RuleSet::default()
    };
    let mut failures = Vec::new();
    for ex in &rule.examples {
        let articles = vec![
            article("a", "a", ex.text.clone()),
            article("b", "b", ex.other.clone()),
        ];
        let got: Vec<String> = crate::drift::drift(&articles, &alone)
            .into_iter()
            .filter(|d| !d.agreement)
            .map(|d| d.summary)
            .collect();
        let want: Vec<String> = ex
            .expect
            .iter()
            .map(|(a, b)| format!("{a} → {b}"))
            .collect();
        if got != want {
            let show = |v: &[String]| {
                if v.is_empty() {
                    "none".to_string()
                } else {
                    v.join("; ")
                }
            };
            failures.push(ExampleFailure {
                rule: rule.id.clone(),
                location: ex.location.clone(),
                message: format!("expected {}, got {}", show(&want), show(&got)),
            });
        }
    }
    failures
}

/// Runs the examples of one rule.
pub fn check_rule(rule: &Rule) -> Vec<ExampleFailure> {
    let alone = RuleSet {
        rules: vec![rule.clone()],
        ..RuleSet::default()
    };
    let mut failures = Vec::new();
    for ex in &rule.examples {
        let mut a = article("example", "example", ex.text.clone());
        a.body = crate::span::Span::new(0, a.text.len());
        a.published = ex.published;
        let facts = extract(&a, 0, &alone);
        let got: Vec<String> = facts.iter().map(|f| written(&a.text, f)).collect();
        let ok = match &ex.expect {
            Expect::Nothing => facts.is_empty(),
            Expect::Values(want) => {
                want.len() == facts.len()
                    && want
                        .iter()
                        .zip(&facts)
                        .all(|((_, w), f)| same(&w.value, &f.value))
            }
        };
        if !ok {
            let want = match &ex.expect {
                Expect::Nothing => "none".to_string(),
                Expect::Values(v) => v
                    .iter()
                    .map(|(s, _)| format!("\"{s}\""))
                    .collect::<Vec<_>>()
                    .join(", "),
            };
            let got = if got.is_empty() {
                "none".to_string()
            } else {
                got.join(", ")
            };
            failures.push(ExampleFailure {
                rule: rule.id.clone(),
                location: ex.location.clone(),
                message: format!("expected {want}, got {got} in \"{}\"", ex.text),
            });
        }
    }
    failures
}

fn written(text: &str, f: &Fact) -> String {
    let shown = crate::report::display::value(&f.value);
    format!(
        "\"{}\" ({shown})",
        crate::report::written(text, f.span, f.hedge)
    )
}

/// True when two values say the same: same unit, figure and hedge, or the same date.
fn same(want: &Value, got: &Value) -> bool {
    match (want, got) {
        (Value::Quantity(w), Value::Quantity(g)) => {
            let close = (w.value - g.value).abs() <= 1e-9 * w.value.abs().max(1.0);
            let kind = |q: Option<Qualifier>| q.filter(|k| *k != Qualifier::Vague);
            w.unit == g.unit && close && kind(w.qualifier) == kind(g.qualifier)
        }
        (Value::Date(w), Value::Date(g)) => w.value() == g.value() && w.value().is_some(),
        _ => false,
    }
}

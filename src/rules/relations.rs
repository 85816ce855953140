//! Compiling `[[relation]]` tables: relations between facts, checked by `crate::relate`. They
//! refer to value rules by id, so they are compiled after every file's rules are loaded, and
//! a missing or mistyped fact is an error at the reference.

use std::ops::Range;

use toml::Spanned;

use super::compile::{check_heading, example_date, message, phrases, severity};
use super::model::{
    RelationExample, RelationExpect, RelationKind, RelationRule, Rule, Scope, Severity, ValueType,
};
use super::raw::RawRelation;
use super::{RuleError, RuleFile};
use crate::values::Dimension;

const RELATION_PLACEHOLDERS: [&str; 3] = ["fact", "description", "arithmetic"];

/// Checks one raw relation against the value rules; `None` when any error was recorded.
pub(super) fn compile(
    file: &RuleFile,
    raw: RawRelation,
    span: Range<usize>,
    rules: &[Rule],
    errors: &mut Vec<RuleError>,
) -> Option<RelationRule> {
    let found = std::cell::RefCell::new(Vec::new());
    let mut err =
        |span: Range<usize>, msg: String| found.borrow_mut().push(file.error(Some(span), msg));
    let clean = || found.borrow().is_empty();
    let id = raw.id.get_ref().clone();
    check_heading("relation", &raw.id, &raw.description, &mut err);
    let kind = RelationKind::from_name(raw.kind.get_ref());
    if kind.is_none() {
        err(
            raw.kind.span(),
            format!(
                "unknown relation kind `{}`; expected one of: {}",
                raw.kind.get_ref(),
                RelationKind::NAMES.join(", ")
            ),
        );
    }
    let find =
        |name: &Spanned<String>, err: &mut dyn FnMut(Range<usize>, String)| -> Option<usize> {
            let found = rules.iter().position(|r| r.id == *name.get_ref());
            if found.is_none() {
                err(
                    name.span(),
                    format!("no value rule has the id `{}`", name.get_ref()),
                );
            }
            found
        };
    let result = raw.result.as_ref().and_then(|r| find(r, &mut err));
    let of: Vec<Option<usize>> = raw.of.iter().map(|o| find(o, &mut err)).collect();
    let counted = phrases(&raw.counted, &mut err);
    let value = |i: Option<usize>| i.map(|i| rules[i].value);
    let dim = |i: Option<usize>| value(i).map(ValueType::dimension);
    let whole = raw.kind.span();
    match kind {
        Some(RelationKind::Product) => {
            let dims: Vec<Option<Dimension>> = of.iter().map(|&o| dim(o)).collect();
            let fits = raw.result.is_some()
                && dim(result) == Some(Dimension::Length)
                && (dims == [Some(Dimension::Speed), Some(Dimension::Duration)]
                    || dims == [Some(Dimension::Duration), Some(Dimension::Speed)]);
            if !fits && clean() {
                err(whole.clone(), "a product relation needs `result` a length and `of` a speed and a duration (length = speed × duration)".to_string());
            }
        }
        Some(RelationKind::Sum) => {
            let countable =
                |v: Option<ValueType>| matches!(v, Some(ValueType::Count | ValueType::Number));
            if raw.result.is_none() || of.len() < 2 {
                err(
                    whole.clone(),
                    "a sum relation needs `result` and two or more facts in `of`".to_string(),
                );
            } else if clean()
                && !(countable(value(result)) && of.iter().all(|&o| countable(value(o))))
            {
                err(whole.clone(), "a sum relation adds counts or numbers: `result` and `of` must be count or number rules".to_string());
            }
        }
        Some(RelationKind::List) => {
            if raw.counted.is_empty() {
                err(
                    whole.clone(),
                    "a list relation needs `counted`, the nouns of the listed things".to_string(),
                );
            }
        }
        Some(RelationKind::Age) => {
            let dims: Vec<Option<Dimension>> = of.iter().map(|&o| dim(o)).collect();
            if clean() && dims != [Some(Dimension::Duration), Some(Dimension::Date)] {
                err(
                    whole.clone(),
                    "an age relation needs `of` = [an age (duration) rule, a birth date rule]"
                        .to_string(),
                );
            }
        }
        Some(RelationKind::Reported) => {
            let named = |o: &Option<usize>| o.is_some_and(|i| rules[i].subjects.named());
            if clean() && !(of.len() == 1 && dim(of[0]) == Some(Dimension::Date) && named(&of[0])) {
                err(
                    whole.clone(),
                    "a reported relation needs `of` = [one date rule with `subject = \"name\"`]"
                        .to_string(),
                );
            }
        }
        Some(RelationKind::Weekday) | None => {}
    }
    let facts_used = matches!(
        kind,
        Some(
            RelationKind::Product | RelationKind::Sum | RelationKind::Age | RelationKind::Reported
        )
    );
    if !facts_used {
        for (key, at) in [
            ("result", raw.result.as_ref().map(|r| r.span())),
            ("of", raw.of.first().map(|o| o.span())),
        ] {
            if let Some(at) = at {
                err(
                    at,
                    format!("`{key}` does not apply to {} relations", raw.kind.get_ref()),
                );
            }
        }
    }
    if kind != Some(RelationKind::List)
        && let Some(c) = raw.counted.first()
    {
        err(
            c.span(),
            "`counted` applies only to list relations".to_string(),
        );
    }
    let tolerance = match &raw.tolerance {
        None => 0.1,
        Some(t) => match t
            .get_ref()
            .trim()
            .strip_suffix('%')
            .and_then(|p| p.trim().parse::<f64>().ok())
        {
            Some(p) if (0.0..100.0).contains(&p) => p / 100.0,
            _ => {
                err(
                    t.span(),
                    format!(
                        "cannot read tolerance `{}`: a relation's tolerance is a percentage like \"10%\"",
                        t.get_ref()
                    ),
                );
                0.1
            }
        },
    };
    let severity = severity(raw.severity.as_ref(), Severity::Warning, &mut err);
    let scope = match raw.scope.as_ref().map(|s| s.get_ref().as_str()) {
        None | Some("sentence") => Scope::Sentence,
        Some("paragraph") => Scope::Paragraph,
        Some("article") => Scope::Article,
        Some(other) => {
            err(
                raw.scope
                    .as_ref()
                    .map(Spanned::span)
                    .unwrap_or(whole.clone()),
                format!("unknown scope `{other}`; expected sentence, paragraph or article"),
            );
            Scope::Sentence
        }
    };
    let message = message(
        raw.message.as_ref(),
        "{description} does not hold: {arithmetic}",
        &RELATION_PLACEHOLDERS,
        &mut err,
    );
    let mut examples = Vec::new();
    for ex in &raw.example {
        let published = example_date(ex.published.as_ref(), &mut err);
        let expect = match ex.expect.get_ref().as_str() {
            "holds" => RelationExpect::Holds,
            "violated" => RelationExpect::Violated,
            "none" => RelationExpect::Nothing,
            other => {
                err(
                    ex.expect.span(),
                    format!("unknown expectation `{other}`; expected holds, violated or none"),
                );
                RelationExpect::Nothing
            }
        };
        examples.push(RelationExample {
            text: ex.text.get_ref().clone(),
            published,
            expect,
            location: file.location(ex.text.span().start),
        });
    }
    let found = found.into_inner();
    if !found.is_empty() {
        errors.extend(found);
        return None;
    }
    Some(RelationRule {
        id,
        description: raw.description.into_inner(),
        kind: kind?,
        result,
        of: of.into_iter().flatten().collect(),
        counted,
        tolerance,
        severity,
        scope,
        message,
        examples,
        location: file.location(span.start),
    })
}

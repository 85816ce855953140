//! The second stage of loading: checks every raw field and builds a [`Rule`]. Each problem
//! is reported at the span of the value that causes it, and checking goes on, so one run
//! shows every mistake in a rule.

use std::ops::Range;

use jiff::civil::Date;
use regex::Regex;
use toml::Spanned;

use super::amounts::{assume_unit, expected, tolerance};
use super::model::{
    Example, Expect, PLACEHOLDERS, Phrase, Rule, Severity, Subjects, Tolerance, ValueType,
};
use super::raw::{RawExpect, RawFact};
use super::{RuleError, RuleFile};

const DEFAULT_WINDOW: usize = 8;
const DEFAULT_MESSAGE: &str = "Sources disagree on {fact}: {values}";

/// Checks one raw fact; returns the rule, or `None` when any error was recorded.
pub fn compile(
    file: &RuleFile,
    raw: RawFact,
    span: Range<usize>,
    errors: &mut Vec<RuleError>,
) -> Option<Rule> {
    let before = errors.len();
    let mut err = |span: Range<usize>, msg: String| errors.push(file.error(Some(span), msg));

    let id = raw.id.get_ref().clone();
    check_heading("rule", &raw.id, &raw.description, &mut err);
    let value = match ValueType::from_name(raw.value.get_ref()) {
        Some(v) => Some(v),
        None => {
            let name = raw.value.get_ref();
            err(
                raw.value.span(),
                format!(
                    "unknown value type `{name}`; expected one of: {}, quote, text, name, descriptor",
                    ValueType::NAMES.join(", ")
                ),
            );
            None
        }
    };
    for (key, span) in super::words::word_only_keys(&raw) {
        err(
            span,
            format!("`{key}` applies only to quote, text, name and descriptor rules"),
        );
    }
    for ex in raw.example.iter().filter_map(|e| e.other.as_ref()) {
        err(
            ex.span(),
            "`other` applies only to examples of quote, text, name and descriptor rules"
                .to_string(),
        );
    }
    let cues = phrases(&raw.cues, &mut err);
    let near = phrases(&raw.near, &mut err);
    let not = phrases(&raw.not, &mut err);
    let never = phrases(&raw.never, &mut err);
    let things = phrases(&raw.things, &mut err);
    let counted = phrases(&raw.counted, &mut err);
    if !raw.counted.is_empty() && value.is_some_and(|v| v != ValueType::Count) {
        err(
            raw.counted[0].span(),
            "`counted` applies only to `count` values".to_string(),
        );
    }
    if !raw.things.is_empty()
        && value.is_some_and(|v| !matches!(v, ValueType::Count | ValueType::Number))
    {
        err(
            raw.things[0].span(),
            "`things` applies only to `count` and `number` values".to_string(),
        );
    }
    let window = match &raw.window {
        None => DEFAULT_WINDOW,
        Some(w) if (1..=50).contains(w.get_ref()) => *w.get_ref() as usize,
        Some(w) => {
            err(
                w.span(),
                format!("window must be between 1 and 50 words, not {}", w.get_ref()),
            );
            DEFAULT_WINDOW
        }
    };
    let subjects = subjects(&raw, &mut err);
    let assume_unit = match (&raw.assume_unit, value) {
        (Some(u), Some(v)) => assume_unit(u.get_ref(), v)
            .map_err(|m| err(u.span(), m))
            .ok(),
        _ => None,
    };
    let pattern = raw
        .pattern
        .as_ref()
        .and_then(|p| match Regex::new(p.get_ref()) {
            Ok(re) => Some(re),
            Err(e) => {
                let detail = e.to_string();
                let last = detail.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("");
                err(
                    p.span(),
                    format!(
                        "invalid regular expression: {}",
                        last.trim().trim_start_matches("error: ")
                    ),
                );
                None
            }
        });
    let tolerance = match (&raw.tolerance, value) {
        (None, _) => Tolerance::Absolute(0.0),
        (Some(t), Some(v)) => tolerance(t.get_ref(), v, &raw.id).unwrap_or_else(|msg| {
            err(t.span(), msg);
            Tolerance::Absolute(0.0)
        }),
        (Some(_), None) => Tolerance::Absolute(0.0),
    };
    let severity = severity(raw.severity.as_ref(), Severity::Warning, &mut err);
    let message = message(
        raw.message.as_ref(),
        DEFAULT_MESSAGE,
        &PLACEHOLDERS,
        &mut err,
    );
    let mut examples = Vec::new();
    for ex in &raw.example {
        let published = example_date(ex.published.as_ref(), &mut err);
        if ex.text.get_ref().trim().is_empty() {
            err(
                ex.text.span(),
                "the example text must not be empty".to_string(),
            );
        }
        let Some(v) = value else { continue };
        let expect = match ex.expect.get_ref() {
            RawExpect::One(s) if s.trim() == "none" => Some(Expect::Nothing),
            RawExpect::One(s) => {
                expected(s, v, published, assume_unit).map(|r| Expect::Values(vec![(s.clone(), r)]))
            }
            RawExpect::Many(list) => {
                let parsed: Option<Vec<_>> = list
                    .iter()
                    .map(|s| expected(s, v, published, assume_unit).map(|r| (s.clone(), r)))
                    .collect();
                parsed.map(Expect::Values)
            }
        };
        match expect {
            Some(expect) => examples.push(Example {
                text: ex.text.get_ref().clone(),
                expect,
                published,
                location: file.location(ex.text.span().start),
            }),
            None => err(
                ex.expect.span(),
                format!(
                    "cannot read the expected value as a {}; write it as the text would, e.g. \"37 mph\", \"2019-04\", or \"none\"",
                    v.name()
                ),
            ),
        }
    }
    if errors.len() > before {
        return None;
    }
    Some(Rule {
        id,
        description: raw.description.into_inner(),
        value: value?,
        cues,
        near,
        not,
        never,
        things,
        counted,
        window,
        subjects,
        assume_unit,
        appositive: raw.appositive.as_ref().is_some_and(|a| *a.get_ref()),
        compared: raw.compared.as_ref().is_none_or(|c| *c.get_ref()),
        monotone: raw.monotone.as_ref().is_some_and(|m| *m.get_ref()),
        pattern,
        tolerance,
        severity,
        message,
        examples,
        location: file.location(span.start),
    })
}

/// Checks what every rule and relation has: a kebab-case id (`what` says which kind of id)
/// and a description.
pub(super) fn check_heading(
    what: &str,
    id: &Spanned<String>,
    description: &Spanned<String>,
    err: &mut impl FnMut(Range<usize>, String),
) {
    let name = id.get_ref();
    if !is_kebab(name) {
        err(
            id.span(),
            format!(
                "{what} id `{name}` must be kebab-case: lower-case letters, digits and single hyphens"
            ),
        );
    }
    if description.get_ref().trim().is_empty() {
        err(
            description.span(),
            "the description must not be empty".to_string(),
        );
    }
}

/// The message template, or `default`; every placeholder it uses must be one of `allowed`.
pub(super) fn message(
    raw: Option<&Spanned<String>>,
    default: &str,
    allowed: &[&str],
    err: &mut impl FnMut(Range<usize>, String),
) -> String {
    let Some(m) = raw else {
        return default.to_string();
    };
    for name in placeholders(m.get_ref()) {
        if !allowed.contains(&name.as_str()) {
            let names: Vec<String> = allowed.iter().map(|a| format!("{{{a}}}")).collect();
            let (last, rest) = names.split_last().expect("some placeholders are allowed");
            err(
                m.span(),
                format!(
                    "unknown placeholder `{{{name}}}` in message; expected {} or {last}",
                    rest.join(", ")
                ),
            );
        }
    }
    m.get_ref().clone()
}

/// A severity by name, or `default` when none is given.
pub(super) fn severity(
    raw: Option<&Spanned<String>>,
    default: Severity,
    err: &mut impl FnMut(Range<usize>, String),
) -> Severity {
    let Some(s) = raw else { return default };
    Severity::from_name(s.get_ref()).unwrap_or_else(|| {
        err(
            s.span(),
            format!(
                "unknown severity `{}`; expected error, warning or info",
                s.get_ref()
            ),
        );
        default
    })
}

/// An example's publication date, `YYYY-MM-DD`.
pub(super) fn example_date(
    raw: Option<&Spanned<String>>,
    err: &mut impl FnMut(Range<usize>, String),
) -> Option<Date> {
    let p = raw?;
    match p.get_ref().parse::<Date>() {
        Ok(d) => Some(d),
        Err(_) => {
            err(
                p.span(),
                format!("`{}` is not a date in the form YYYY-MM-DD", p.get_ref()),
            );
            None
        }
    }
}

pub(super) fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Parses a list of phrases: words of letters, split at spaces and hyphens, `*` only at a word's end.
pub(super) fn phrases(
    list: &[Spanned<String>],
    err: &mut impl FnMut(Range<usize>, String),
) -> Vec<Phrase> {
    let mut out = Vec::new();
    for item in list {
        let text = item.get_ref();
        if let Some(name) = text.strip_prefix('@') {
            match super::lexicon::list(name) {
                Some(words) => {
                    let items: Vec<Spanned<String>> = words
                        .iter()
                        .map(|w| Spanned::new(item.span(), w.to_string()))
                        .collect();
                    out.extend(phrases(&items, err));
                }
                None => err(
                    item.span(),
                    format!(
                        "unknown word list `{text}`; the built-in lists are {}",
                        super::lexicon::NAMES.join(", ")
                    ),
                ),
            }
            continue;
        }
        let mut words = Vec::new();
        let mut ok = true;
        for w in text.split(|c: char| c.is_whitespace() || c == '-' || c == '\'' || c == '’') {
            if w.is_empty() {
                continue;
            }
            let (stem, wild) = match w.strip_suffix('*') {
                Some(stem) => (stem, true),
                None => (w, false),
            };
            if stem.is_empty() || !stem.chars().all(char::is_alphabetic) {
                ok = false;
                break;
            }
            words.push((stem.to_lowercase(), wild));
        }
        if !ok || words.is_empty() {
            err(
                item.span(),
                format!(
                    "`{text}` is not a word or phrase: use letters, spaces and hyphens, with `*` only at the end of a word"
                ),
            );
            continue;
        }
        out.push(Phrase {
            text: text.clone(),
            words,
        });
    }
    out
}

fn subjects(raw: &RawFact, err: &mut impl FnMut(Range<usize>, String)) -> Subjects {
    let subjects = match (&raw.subject, &raw.subjects) {
        (Some(s), None) if s.get_ref() == "name" => Subjects::Name,
        (Some(s), None) if s.get_ref() == "actor" => Subjects::Actor,
        (Some(s), None) => {
            err(
                s.span(),
                format!(
                    "unknown subject `{}`; the built-in subjects are \"name\" and \"actor\" (or give a `subjects` table)",
                    s.get_ref()
                ),
            );
            Subjects::One
        }
        (Some(s), Some(_)) => {
            err(
                s.span(),
                "give either `subject` or `subjects`, not both".to_string(),
            );
            Subjects::One
        }
        (None, None) => Subjects::One,
        (None, Some(table)) => {
            let mut named = Vec::new();
            for (name, words) in table.get_ref() {
                let list: Option<Vec<Spanned<String>>> = words.as_array().and_then(|a| {
                    a.iter()
                        .map(|w| {
                            w.as_str()
                                .map(|s| Spanned::new(table.span(), s.to_string()))
                        })
                        .collect()
                });
                match list {
                    Some(list) if !list.is_empty() => {
                        named.push((name.clone(), phrases(&list, err)))
                    }
                    _ => err(
                        table.span(),
                        format!("subject `{name}` must be a non-empty list of words"),
                    ),
                }
            }
            Subjects::Named {
                subjects: named,
                default: None,
            }
        }
    };
    match (&raw.default_subject, subjects) {
        (None, subjects) => subjects,
        (Some(d), Subjects::Named { subjects, .. }) => Subjects::Named {
            subjects,
            default: Some(d.get_ref().clone()),
        },
        (Some(d), subjects) => {
            err(
                d.span(),
                "`default-subject` needs a `subjects` table".to_string(),
            );
            subjects
        }
    }
}

/// The `{name}` placeholders in a template.
pub(super) fn placeholders(template: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        rest = &rest[i + 1..];
        match rest.find('}') {
            Some(j) => {
                out.push(rest[..j].to_string());
                rest = &rest[j + 1..];
            }
            None => break,
        }
    }
    out
}

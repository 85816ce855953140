//! Compiling rules about words — `value = "quote"`, `"text"`, `"name"` or `"descriptor"` —
//! which share the raw `[[fact]]` table, the id namespace and the error reporting of value
//! rules, and have keys of their own. A key that does not apply to a rule's kind is an error.

use std::ops::Range;

use toml::Spanned;

use super::compile::{check_heading, message, phrases, severity};
use super::model::{PLACEHOLDERS, Severity, WordExample, WordKind, WordRule};
use super::raw::{RawExpect, RawFact};
use super::{RuleError, RuleFile};

/// The keys only word rules have, with their spans, when present.
pub(super) fn word_only_keys(raw: &RawFact) -> Vec<(&'static str, Range<usize>)> {
    let mut out = Vec::new();
    if let Some(v) = &raw.paraphrase_severity {
        out.push(("paraphrase-severity", v.span()));
    }
    if let Some(v) = &raw.min_words {
        out.push(("min-words", v.span()));
    }
    if let Some(v) = &raw.similarity {
        out.push(("similarity", v.span()));
    }
    for (key, list) in [
        ("function-words", &raw.function_words),
        ("heads", &raw.heads),
        ("descriptors", &raw.descriptors),
    ] {
        if let Some(first) = list.first() {
            out.push((key, first.span()));
        }
    }
    out
}

/// The keys only value rules have, with their spans, when present.
fn value_only_keys(raw: &RawFact) -> Vec<(&'static str, Range<usize>)> {
    let mut out = Vec::new();
    for (key, list) in [
        ("cues", &raw.cues),
        ("near", &raw.near),
        ("not", &raw.not),
        ("never", &raw.never),
        ("things", &raw.things),
        ("counted", &raw.counted),
    ] {
        if let Some(first) = list.first() {
            out.push((key, first.span()));
        }
    }
    let single = [
        ("window", raw.window.as_ref().map(Spanned::span)),
        ("subject", raw.subject.as_ref().map(Spanned::span)),
        ("subjects", raw.subjects.as_ref().map(Spanned::span)),
        (
            "default-subject",
            raw.default_subject.as_ref().map(Spanned::span),
        ),
        ("assume-unit", raw.assume_unit.as_ref().map(Spanned::span)),
        ("appositive", raw.appositive.as_ref().map(Spanned::span)),
        ("monotone", raw.monotone.as_ref().map(Spanned::span)),
        ("compared", raw.compared.as_ref().map(Spanned::span)),
        ("pattern", raw.pattern.as_ref().map(Spanned::span)),
        ("tolerance", raw.tolerance.as_ref().map(Spanned::span)),
    ];
    out.extend(single.into_iter().filter_map(|(k, s)| s.map(|s| (k, s))));
    out
}

/// Checks one raw word rule; returns it, or `None` when any error was recorded.
pub(super) fn compile(
    file: &RuleFile,
    raw: RawFact,
    span: Range<usize>,
    kind: WordKind,
    errors: &mut Vec<RuleError>,
) -> Option<WordRule> {
    let before = errors.len();
    let mut err = |span: Range<usize>, msg: String| errors.push(file.error(Some(span), msg));
    let id = raw.id.get_ref().clone();
    check_heading("rule", &raw.id, &raw.description, &mut err);
    for (key, at) in value_only_keys(&raw) {
        err(
            at,
            format!("`{key}` does not apply to {} rules", kind.name()),
        );
    }
    let passages = matches!(kind, WordKind::Quote | WordKind::Text);
    for (key, at) in word_only_keys(&raw) {
        let applies = match key {
            "paraphrase-severity" => kind == WordKind::Quote,
            "heads" | "descriptors" => kind == WordKind::Descriptor,
            _ => passages,
        };
        if !applies {
            err(
                at,
                format!("`{key}` does not apply to {} rules", kind.name()),
            );
        }
    }
    let default = if passages {
        Severity::Warning
    } else {
        Severity::Info
    };
    let paraphrase_severity = severity(raw.paraphrase_severity.as_ref(), Severity::Info, &mut err);
    let severity = severity(raw.severity.as_ref(), default, &mut err);
    let min_words = match &raw.min_words {
        None => {
            if kind == WordKind::Quote {
                5
            } else {
                6
            }
        }
        Some(m) if (2..=50).contains(m.get_ref()) => *m.get_ref() as usize,
        Some(m) => {
            err(
                m.span(),
                format!("min-words must be between 2 and 50, not {}", m.get_ref()),
            );
            6
        }
    };
    let similarity = match &raw.similarity {
        None => {
            if kind == WordKind::Quote {
                0.6
            } else {
                0.75
            }
        }
        Some(s) if (0.3..=1.0).contains(s.get_ref()) => *s.get_ref(),
        Some(s) => {
            err(
                s.span(),
                format!("similarity must be between 0.3 and 1, not {}", s.get_ref()),
            );
            0.75
        }
    };
    let function_words = raw
        .function_words
        .iter()
        .map(|w| w.get_ref().to_lowercase())
        .collect();
    let heads = phrases(&raw.heads, &mut err);
    let descriptors = phrases(&raw.descriptors, &mut err);
    if kind == WordKind::Descriptor && (raw.heads.is_empty() || raw.descriptors.is_empty()) {
        err(
            raw.value.span(),
            "a descriptor rule needs `heads` and `descriptors`".to_string(),
        );
    }
    let message = message(
        raw.message.as_ref(),
        "Sources word {fact} differently: {values}",
        &PLACEHOLDERS,
        &mut err,
    );
    let mut examples = Vec::new();
    for ex in &raw.example {
        let Some(other) = &ex.other else {
            err(
                ex.text.span(),
                format!(
                    "an example of a {} rule needs `other`, the second source's text",
                    kind.name()
                ),
            );
            continue;
        };
        if ex.published.is_some() {
            err(
                ex.text.span(),
                "`published` does not apply to word rule examples".to_string(),
            );
        }
        let items: Vec<&str> = match ex.expect.get_ref() {
            RawExpect::One(s) if s.trim() == "none" => Vec::new(),
            RawExpect::One(s) => vec![s.as_str()],
            RawExpect::Many(list) => list.iter().map(String::as_str).collect(),
        };
        let mut expect = Vec::new();
        for item in items {
            match item.split_once("->") {
                Some((a, b)) => expect.push((a.trim().to_string(), b.trim().to_string())),
                None => err(
                    ex.expect.span(),
                    format!(
                        "expected a change written \"first -> second\" or \"none\", not `{item}`"
                    ),
                ),
            }
        }
        examples.push(WordExample {
            text: ex.text.get_ref().clone(),
            other: other.get_ref().clone(),
            expect,
            location: file.location(ex.text.span().start),
        });
    }
    if errors.len() > before {
        return None;
    }
    Some(WordRule {
        id,
        description: raw.description.into_inner(),
        kind,
        severity,
        paraphrase_severity,
        min_words,
        similarity,
        function_words,
        heads,
        descriptors,
        message,
        examples,
        location: file.location(span.start),
    })
}

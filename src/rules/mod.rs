//! Rule files: loading TOML in two stages (raw structs that mirror the file, then validated
//! rules), the default pack compiled into the binary, and errors that name file, line and
//! column — every error of a run at once.

mod amounts;
mod compile;
pub mod lexicon;
mod model;
mod raw;
mod relations;
mod words;

use std::ops::Range;
use std::sync::Arc;

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};

pub use amounts::canonical_date;
pub use model::{
    Example, Expect, Phrase, RelationExample, RelationExpect, RelationKind, RelationRule, Rule,
    RuleSet, Scope, Severity, Subjects, Tolerance, ValueType, WordExample, WordKind, WordRule,
};

use crate::span::LineIndex;

/// The default rule pack: news in general. Embedded so `factdiff check DIR` needs no setup.
pub const DEFAULT_PACK: &[(&str, &str)] = &[
    ("rules/speed.toml", include_str!("../../rules/speed.toml")),
    ("rules/travel.toml", include_str!("../../rules/travel.toml")),
    (
        "rules/casualties.toml",
        include_str!("../../rules/casualties.toml"),
    ),
    ("rules/counts.toml", include_str!("../../rules/counts.toml")),
    ("rules/people.toml", include_str!("../../rules/people.toml")),
    ("rules/money.toml", include_str!("../../rules/money.toml")),
    (
        "rules/measures.toml",
        include_str!("../../rules/measures.toml"),
    ),
    ("rules/dates.toml", include_str!("../../rules/dates.toml")),
    (
        "rules/relations.toml",
        include_str!("../../rules/relations.toml"),
    ),
    ("rules/words.toml", include_str!("../../rules/words.toml")),
];

/// One rule file's name (as shown in messages) and contents.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleFile {
    /// The path as shown in messages.
    pub name: String,
    /// The file's text.
    pub text: Arc<str>,
}

impl RuleFile {
    /// A rule file from its name and text.
    pub fn new(name: impl Into<String>, text: impl Into<Arc<str>>) -> Self {
        RuleFile {
            name: name.into(),
            text: text.into(),
        }
    }

    /// The files of the default pack.
    pub fn default_pack() -> Vec<RuleFile> {
        DEFAULT_PACK
            .iter()
            .map(|(name, text)| RuleFile::new(*name, *text))
            .collect()
    }

    /// An error at byte range `span` of this file.
    pub(crate) fn error(&self, span: Option<Range<usize>>, message: String) -> RuleError {
        let (line, column) = match &span {
            Some(s) => {
                let at = LineIndex::new(&self.text).line_col(&self.text, s.start);
                (Some(at.line), Some(at.column))
            }
            None => (None, None),
        };
        RuleError {
            file: self.name.clone(),
            line,
            column,
            message,
            span,
            text: Some(self.text.clone()),
        }
    }

    /// `file:line` of byte `offset`, for rules and examples.
    fn location(&self, offset: usize) -> String {
        let at = LineIndex::new(&self.text).line_col(&self.text, offset);
        format!("{}:{}", self.name, at.line)
    }
}

/// A mistake in a rule file, located where possible.
#[derive(Debug, Clone)]
pub struct RuleError {
    /// The file, as shown in messages.
    pub file: String,
    /// 1-based line.
    pub line: Option<usize>,
    /// 1-based column, in characters.
    pub column: Option<usize>,
    /// What is wrong.
    pub message: String,
    span: Option<Range<usize>>,
    text: Option<Arc<str>>,
}

impl RuleError {
    /// An error about a whole file (e.g. it cannot be read).
    pub fn file(file: impl Into<String>, message: impl Into<String>) -> Self {
        RuleError {
            file: file.into(),
            line: None,
            column: None,
            message: message.into(),
            span: None,
            text: None,
        }
    }

    /// The error as a compiler-style diagnostic with the offending line and a caret.
    pub fn render(&self, styled: bool) -> String {
        let renderer = if styled {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        match (&self.span, &self.text) {
            (Some(span), Some(text)) => {
                let report = &[Level::ERROR.primary_title(&self.message).element(
                    Snippet::source(&**text)
                        .path(&self.file)
                        .annotation(AnnotationKind::Primary.span(span.clone())),
                )];
                renderer.render(report)
            }
            _ => format!("error: {self}"),
        }
    }
}

impl std::fmt::Display for RuleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file)?;
        if let (Some(l), Some(c)) = (self.line, self.column) {
            write!(f, ":{l}:{c}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Loads and validates rule files, in order. Returns every error of every file when any is wrong.
pub fn load(files: &[RuleFile]) -> Result<RuleSet, Vec<RuleError>> {
    let mut errors = Vec::new();
    let mut rules: Vec<Rule> = Vec::new();
    let mut word_rules: Vec<WordRule> = Vec::new();
    let mut aliases: Vec<Vec<String>> = Vec::new();
    let mut first_seen: Vec<(String, String)> = Vec::new();
    let mut raw_relations = Vec::new();
    for (file_index, file) in files.iter().enumerate() {
        let raw_file = raw::parse_file(file, &mut errors);
        for (raw, span) in raw_file.facts {
            let id = raw.id.get_ref().clone();
            let id_span = raw.id.span();
            let duplicate = first_seen
                .iter()
                .find(|(seen, _)| *seen == id)
                .map(|(_, at)| at.clone());
            match WordKind::from_name(raw.value.get_ref()) {
                Some(kind) => {
                    word_rules.extend(words::compile(file, raw, span.clone(), kind, &mut errors))
                }
                None => rules.extend(compile::compile(file, raw, span.clone(), &mut errors)),
            }
            match duplicate {
                Some(at) => errors.push(file.error(
                    Some(id_span),
                    format!("duplicate rule id `{id}`, first defined at {at}"),
                )),
                None => first_seen.push((id, file.location(span.start))),
            }
        }
        for (raw, span) in raw_file.relations {
            let id = raw.id.get_ref().clone();
            match first_seen.iter().find(|(seen, _)| *seen == id) {
                Some((_, at)) => errors.push(file.error(
                    Some(raw.id.span()),
                    format!("duplicate rule id `{id}`, first defined at {at}"),
                )),
                None => first_seen.push((id, file.location(span.start))),
            }
            raw_relations.push((file_index, raw, span));
        }
        for alias in raw_file.aliases {
            let names: Vec<String> = alias
                .names
                .get_ref()
                .iter()
                .map(|n| n.trim().to_string())
                .collect();
            if names.len() < 2 || names.iter().any(String::is_empty) {
                errors.push(file.error(
                    Some(alias.names.span()),
                    "an alias needs two or more non-empty names".to_string(),
                ));
            } else {
                aliases.push(names);
            }
        }
    }
    // Relations refer to value rules of any file: compiled once all are loaded.
    let mut relation_rules = Vec::new();
    for (file_index, raw, span) in raw_relations {
        relation_rules.extend(relations::compile(
            &files[file_index],
            raw,
            span,
            &rules,
            &mut errors,
        ));
    }
    let order = |e: &RuleError| {
        (
            files
                .iter()
                .position(|f| f.name == e.file)
                .unwrap_or(usize::MAX),
            e.span.as_ref().map_or(0, |s| s.start),
        )
    };
    errors.sort_by_key(order);
    if errors.is_empty() {
        Ok(RuleSet {
            rules,
            relations: relation_rules,
            word_rules,
            aliases,
        })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests;

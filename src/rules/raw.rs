//! The first stage of loading a rule file: serde structs that mirror the TOML exactly, with
//! spans, and unknown keys refused. Each `[[fact]]` is deserialised on its own, so one broken
//! rule does not hide the errors of the next.

use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::RuleError;

/// A `[[fact]]` table as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawFact {
    pub id: Spanned<String>,
    pub description: Spanned<String>,
    pub value: Spanned<String>,
    #[serde(default)]
    pub cues: Vec<Spanned<String>>,
    #[serde(default)]
    pub near: Vec<Spanned<String>>,
    #[serde(default)]
    pub not: Vec<Spanned<String>>,
    #[serde(default)]
    pub never: Vec<Spanned<String>>,
    #[serde(default)]
    pub things: Vec<Spanned<String>>,
    #[serde(default)]
    pub counted: Vec<Spanned<String>>,
    pub window: Option<Spanned<i64>>,
    pub subject: Option<Spanned<String>>,
    pub subjects: Option<Spanned<toml::Table>>,
    pub default_subject: Option<Spanned<String>>,
    pub assume_unit: Option<Spanned<String>>,
    pub appositive: Option<Spanned<bool>>,
    pub compared: Option<Spanned<bool>>,
    pub monotone: Option<Spanned<bool>>,
    pub paraphrase_severity: Option<Spanned<String>>,
    pub min_words: Option<Spanned<i64>>,
    pub similarity: Option<Spanned<f64>>,
    #[serde(default)]
    pub function_words: Vec<Spanned<String>>,
    #[serde(default)]
    pub heads: Vec<Spanned<String>>,
    #[serde(default)]
    pub descriptors: Vec<Spanned<String>>,
    pub pattern: Option<Spanned<String>>,
    pub tolerance: Option<Spanned<String>>,
    pub severity: Option<Spanned<String>>,
    pub message: Option<Spanned<String>>,
    #[serde(default)]
    pub example: Vec<RawExample>,
}

/// A `[[fact.example]]` table as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawExample {
    pub text: Spanned<String>,
    pub other: Option<Spanned<String>>,
    pub expect: Spanned<RawExpect>,
    pub published: Option<Spanned<String>>,
}

/// `expect = "37 mph"`, `expect = "none"` or `expect = ["2 days", "37 mph"]`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum RawExpect {
    /// One value, or "none".
    One(String),
    /// Several values, in order.
    Many(Vec<String>),
}

/// An `[[alias]]` table as written: names that are one thing.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawAlias {
    pub names: Spanned<Vec<String>>,
}

/// A `[[relation]]` table as written: a relation between facts.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawRelation {
    pub id: Spanned<String>,
    pub description: Spanned<String>,
    pub kind: Spanned<String>,
    pub result: Option<Spanned<String>>,
    #[serde(default)]
    pub of: Vec<Spanned<String>>,
    #[serde(default)]
    pub counted: Vec<Spanned<String>>,
    pub tolerance: Option<Spanned<String>>,
    pub severity: Option<Spanned<String>>,
    pub scope: Option<Spanned<String>>,
    pub message: Option<Spanned<String>>,
    #[serde(default)]
    pub example: Vec<RawRelationExample>,
}

/// A `[[relation.example]]` table as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RawRelationExample {
    pub text: Spanned<String>,
    pub published: Option<Spanned<String>>,
    pub expect: Spanned<String>,
}

/// The keys a rule file may have at its top level.
const TOP_LEVEL: [&str; 3] = ["fact", "alias", "relation"];

/// What a rule file holds, as written.
#[derive(Debug, Default)]
pub struct RawFile {
    /// The `[[fact]]` tables, each with its span.
    pub facts: Vec<(RawFact, Range<usize>)>,
    /// The `[[alias]]` tables.
    pub aliases: Vec<RawAlias>,
    /// The `[[relation]]` tables, each with its span.
    pub relations: Vec<(RawRelation, Range<usize>)>,
}

/// Parses one rule file into its raw tables; every error found is appended to `errors`.
pub fn parse_file(file: &super::RuleFile, errors: &mut Vec<RuleError>) -> RawFile {
    let (table, parse_errors) = DeTable::parse_recoverable(&file.text);
    let had_syntax_errors = !parse_errors.is_empty();
    for e in parse_errors {
        errors.push(file.error(e.span(), e.message().trim().to_string()));
    }
    let mut raw = RawFile::default();
    if had_syntax_errors {
        return raw;
    }
    for (key, value) in table.get_ref().iter() {
        let name = key.get_ref().as_ref();
        if !TOP_LEVEL.contains(&name) {
            errors.push(file.error(
                Some(key.span()),
                format!(
                    "unknown top-level key `{name}`, expected `[[fact]]`, `[[relation]]` or `[[alias]]` tables"
                ),
            ));
            continue;
        }
        let DeValue::Array(items) = value.get_ref() else {
            errors.push(file.error(
                Some(value.span()),
                format!("`{name}` must be an array of tables, written `[[{name}]]`"),
            ));
            continue;
        };
        for item in items.iter() {
            let span = item.span();
            let value = ValueDeserializer::from(item.clone());
            let result = match name {
                "fact" => RawFact::deserialize(value).map(|f| raw.facts.push((f, span.clone()))),
                "relation" => {
                    RawRelation::deserialize(value).map(|r| raw.relations.push((r, span.clone())))
                }
                _ => RawAlias::deserialize(value).map(|a| raw.aliases.push(a)),
            };
            if let Err(e) = result {
                let at = e.span().or(Some(span.clone()));
                errors.push(file.error(at, e.message().trim().to_string()));
            }
        }
    }
    raw
}

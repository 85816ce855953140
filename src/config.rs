//! The project configuration, `factdiff.toml`: rule files to add, the default format and
//! fail-on level, paths to leave out, facts to ignore and per-fact severities. Found by
//! walking up from the current directory (or named with `--config`); every mistake is
//! reported with its file, line and column, like a rule file's, and all of them at once.

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::rules::{RuleError, RuleFile, Severity};

/// The names a configuration file may have, in the order they are looked for in a directory.
pub const NAMES: [&str; 2] = ["factdiff.toml", ".factdiff.toml"];

/// The report formats a configuration may name.
pub const FORMATS: [&str; 7] = [
    "human", "json", "jsonl", "markdown", "sarif", "github", "html",
];

/// A validated configuration.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    /// Where it was read from.
    pub path: PathBuf,
    /// Rule files to add to the default pack, relative to the configuration's directory.
    pub rules: Vec<PathBuf>,
    /// False to drop the default pack.
    pub default_rules: Option<bool>,
    /// The default `--format`.
    pub format: Option<String>,
    /// The default `--fail-on`: a severity, or `None` inside for `never`.
    pub fail_on: Option<Option<Severity>>,
    /// Glob patterns of paths never read as articles.
    pub exclude: Vec<String>,
    /// Facts never reported, with where each is named (for checking against the rules).
    pub ignore: Vec<(String, Located)>,
    /// Per-fact severities, with where each is named.
    pub severity: Vec<(String, Severity, Located)>,
}

/// Where a value stands in the configuration file, to report a mistake found later (a fact
/// id no rule has).
#[derive(Debug, Clone, PartialEq)]
pub struct Located {
    file: RuleFile,
    span: Range<usize>,
}

impl Located {
    /// An error at this place.
    pub fn error(&self, message: String) -> RuleError {
        self.file.error(Some(self.span.clone()), message)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Raw {
    #[serde(default)]
    rules: Vec<Spanned<String>>,
    default_rules: Option<bool>,
    format: Option<Spanned<String>>,
    fail_on: Option<Spanned<String>>,
    #[serde(default)]
    exclude: Vec<Spanned<String>>,
    #[serde(default)]
    ignore: Vec<Spanned<String>>,
    #[serde(default)]
    severity: toml::Table,
}

/// The configuration that applies in `dir`: the first `factdiff.toml` or `.factdiff.toml`
/// found there or in a parent directory.
pub fn discover(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .flat_map(|d| NAMES.iter().map(move |n| d.join(n)))
        .find(|p| p.is_file())
}

/// Reads and validates a configuration file.
pub fn load(path: &Path) -> Result<Config, Vec<RuleError>> {
    let name = crate::source::display(path);
    let text = std::fs::read_to_string(path).map_err(|e| {
        vec![RuleError::file(
            &name,
            format!("cannot read the configuration: {e}"),
        )]
    })?;
    parse(path, RuleFile::new(name, text))
}

/// Validates a configuration's text; `path` places its relative rule paths.
pub fn parse(path: &Path, file: RuleFile) -> Result<Config, Vec<RuleError>> {
    let raw: Raw = toml::from_str(&file.text)
        .map_err(|e| vec![file.error(e.span(), e.message().to_string())])?;
    let mut errors = Vec::new();
    let dir = path.parent().unwrap_or(Path::new(""));
    let at = |s: Range<usize>| Located {
        file: file.clone(),
        span: s,
    };
    let mut config = Config {
        path: path.to_path_buf(),
        rules: raw.rules.iter().map(|r| dir.join(r.get_ref())).collect(),
        default_rules: raw.default_rules,
        ..Config::default()
    };
    if let Some(f) = &raw.format {
        if FORMATS.contains(&f.get_ref().as_str()) {
            config.format = Some(f.get_ref().clone());
        } else {
            errors.push(file.error(
                Some(f.span()),
                format!(
                    "unknown format `{}`; expected one of: {}",
                    f.get_ref(),
                    FORMATS.join(", ")
                ),
            ));
        }
    }
    if let Some(f) = &raw.fail_on {
        match f.get_ref().as_str() {
            "never" => config.fail_on = Some(None),
            name => match Severity::from_name(name) {
                Some(s) => config.fail_on = Some(Some(s)),
                None => errors.push(file.error(
                    Some(f.span()),
                    format!(
                        "unknown fail-on level `{name}`; expected error, warning, info or never"
                    ),
                )),
            },
        }
    }
    for g in &raw.exclude {
        match globset::Glob::new(g.get_ref()) {
            Ok(_) => config.exclude.push(g.get_ref().clone()),
            Err(e) => errors.push(file.error(
                Some(g.span()),
                format!("bad glob `{}`: {}", g.get_ref(), e.kind()),
            )),
        }
    }
    config.ignore = raw
        .ignore
        .iter()
        .map(|i| (i.get_ref().clone(), at(i.span())))
        .collect();
    // A table's values keep no spans here: point at the key's line by searching for it.
    for (fact, value) in &raw.severity {
        let span = key_span(&file.text, fact);
        match value.as_str().and_then(Severity::from_name) {
            Some(s) => config.severity.push((fact.clone(), s, at(span))),
            None => errors.push(file.error(
                Some(span),
                format!("severity of `{fact}` must be \"error\", \"warning\" or \"info\""),
            )),
        }
    }
    if errors.is_empty() {
        Ok(config)
    } else {
        Err(errors)
    }
}

/// The span of `key = …` in the `[severity]` table, or of the table header.
fn key_span(text: &str, key: &str) -> Range<usize> {
    let table = text.find("[severity]").unwrap_or(0);
    text[table..]
        .match_indices(key)
        .map(|(i, _)| table + i)
        .find(|&i| text[i + key.len()..].trim_start().starts_with('=') || text[..i].ends_with('"'))
        .map_or(table..table + "[severity]".len(), |i| i..i + key.len())
}

/// Checks the fact ids a configuration names against the rules: every one must exist.
pub fn check_facts(config: &Config, ids: &[&str]) -> Vec<RuleError> {
    let named = config
        .ignore
        .iter()
        .map(|(f, at)| (f, at))
        .chain(config.severity.iter().map(|(f, _, at)| (f, at)));
    named
        .filter(|(f, _)| !ids.contains(&f.as_str()))
        .map(|(f, at)| at.error(format!("no rule has the id `{f}`")))
        .collect()
}

#[cfg(test)]
mod tests;

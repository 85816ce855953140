//! Orchestration only: load rules → read articles → extract → diff → build the report →
//! render; print errors to standard error and return the exit code. No parsing or
//! formatting logic lives here.

mod check;
mod diff;
mod diff_git;
mod tools;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use factdiff::config::Config;
use factdiff::report;
use factdiff::rules::{self, RuleError, RuleFile, RuleSet};
use factdiff::source::{self, Article, InputError, InputFormat};
use factdiff::{examples, extract};

use crate::cli::{
    ColorArg, Command, ConfigArgs, ExtractArgs, ExtractFormat, InputArgs, InputFormatArg, RuleArgs,
    RulesCommand,
};

/// Exit code for errors.
const ERROR: u8 = 2;

/// Runs a command; returns the process exit code.
pub fn run(command: Command) -> u8 {
    let result = match command {
        Command::Check(args) => check::check(args),
        Command::Extract(args) => extract_cmd(args),
        Command::Diff(args) => diff::diff(args),
        Command::Rules(RulesCommand::Check { files }) => rules_check(&files),
        Command::Rules(RulesCommand::List { rules }) => rules_list(&rules),
        Command::Init { dir } => tools::init(&dir),
        Command::Explain { id, rules } => tools::explain(&id, &rules),
        Command::Completions { shell } => tools::completions(shell),
        Command::Man => tools::man(),
    };
    match result {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprintln!("error: cannot write the output: {e}");
            ERROR
        }
    }
}

fn extract_cmd(args: ExtractArgs) -> io::Result<u8> {
    let Ok(config) = load_config(&args.config) else {
        return Ok(ERROR);
    };
    let Some(rules) = load_rules(&args.rules, config.as_ref()) else {
        return Ok(ERROR);
    };
    let Some((articles, errors)) = read_inputs(&args.input, config.as_ref(), false) else {
        return Ok(ERROR);
    };
    let facts = extract::extract_all(&articles, &rules);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match args.format {
        ExtractFormat::Human => report::facts::render_human(&articles, &facts, &rules, &mut out)?,
        ExtractFormat::Text => report::facts::render_text(&articles, &mut out)?,
        ExtractFormat::Jsonl => report::facts::render_jsonl(&articles, &facts, &rules, &mut out)?,
    }
    out.flush()?;
    Ok(if errors.is_empty() { 0 } else { ERROR })
}

fn rules_check(files: &[PathBuf]) -> io::Result<u8> {
    let (files, mut errors) = read_rule_files(files);
    let set = match rules::load(&files) {
        Ok(set) => set,
        Err(e) => {
            errors.extend(e);
            RuleSet::default()
        }
    };
    if !errors.is_empty() {
        print_rule_errors(&errors, "rule files");
        return Ok(ERROR);
    }
    let failures = examples::check(&set);
    for f in &failures {
        eprintln!("error: {f}");
    }
    let total: usize = set.rules.iter().map(|r| r.examples.len()).sum::<usize>()
        + set
            .word_rules
            .iter()
            .map(|r| r.examples.len())
            .sum::<usize>()
        + set
            .relations
            .iter()
            .map(|r| r.examples.len())
            .sum::<usize>();
    if failures.is_empty() {
        writeln!(
            io::stdout(),
            "{} rules, {} relations and {total} examples OK",
            set.rules.len() + set.word_rules.len(),
            set.relations.len()
        )?;
        Ok(0)
    } else {
        eprintln!("{} of {total} examples failed", failures.len());
        Ok(ERROR)
    }
}

fn rules_list(args: &RuleArgs) -> io::Result<u8> {
    let Some(set) = load_rules(args, None) else {
        return Ok(ERROR);
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    // Value rules, word rules and relations, each as: id, what it holds, severity, description.
    let mut rows: Vec<(&str, String, &str, &str, &str)> = Vec::new();
    for r in &set.rules {
        rows.push((
            &r.id,
            r.value.name().to_string(),
            r.severity.name(),
            &r.description,
            &r.location,
        ));
    }
    for r in &set.word_rules {
        rows.push((
            &r.id,
            r.kind.name().to_string(),
            r.severity.name(),
            &r.description,
            &r.location,
        ));
    }
    for r in &set.relations {
        let kind = format!("relation:{}", r.kind.name());
        rows.push((&r.id, kind, r.severity.name(), &r.description, &r.location));
    }
    let width = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
    let kinds = rows.iter().map(|r| r.1.len()).max().unwrap_or(0);
    for (id, kind, severity, description, location) in rows {
        writeln!(
            out,
            "{id:width$}  {kind:kinds$} {severity:8} {description}  ({location})"
        )?;
    }
    out.flush()?;
    Ok(0)
}

/// Reads rule files from disk; unreadable ones become errors.
fn read_rule_files(paths: &[PathBuf]) -> (Vec<RuleFile>, Vec<RuleError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        let name = source::display(path);
        match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => files.push(RuleFile::new(name, text)),
                Err(_) => errors.push(RuleError::file(name, "not valid UTF-8 text")),
            },
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                errors.push(RuleError::file(name, "no such file"))
            }
            Err(e) => errors.push(RuleError::file(name, e.to_string())),
        }
    }
    (files, errors)
}

/// The effective rule set, or `None` after printing every error.
/// The configuration, if one applies: `--config`, else the nearest `factdiff.toml`. `Err`
/// after printing its errors.
fn load_config(args: &ConfigArgs) -> Result<Option<Config>, ()> {
    if args.no_config {
        return Ok(None);
    }
    let path = match &args.config {
        Some(p) => p.clone(),
        None => match std::env::current_dir()
            .ok()
            .and_then(|d| factdiff::config::discover(&d))
        {
            Some(p) => p,
            None => return Ok(None),
        },
    };
    match factdiff::config::load(&path) {
        Ok(c) => Ok(Some(c)),
        Err(errors) => {
            print_rule_errors(&errors, "the configuration");
            Err(())
        }
    }
}

fn load_rules(args: &RuleArgs, config: Option<&Config>) -> Option<RuleSet> {
    let no_default =
        args.no_default_rules || config.is_some_and(|c| c.default_rules == Some(false));
    let mut files = if no_default {
        Vec::new()
    } else {
        RuleFile::default_pack()
    };
    let mut paths = config.map(|c| c.rules.clone()).unwrap_or_default();
    paths.extend(args.rules.iter().cloned());
    let (extra, mut errors) = read_rule_files(&paths);
    files.extend(extra);
    match rules::load(&files) {
        Ok(set) if errors.is_empty() && set.rules.is_empty() && set.word_rules.is_empty() => {
            eprintln!(
                "error: no rules to check: the default rules are off and no rule file was given"
            );
            None
        }
        Ok(set) if errors.is_empty() => Some(set),
        Ok(_) => {
            print_rule_errors(&errors, "rule files");
            None
        }
        Err(e) => {
            errors.extend(e);
            print_rule_errors(&errors, "rule files");
            None
        }
    }
}

fn print_rule_errors(errors: &[RuleError], what: &str) {
    let styled = io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    for e in errors {
        eprintln!("{}", e.render(styled));
    }
    let n = errors.len();
    eprintln!("{n} error{} in {what}", if n == 1 { "" } else { "s" });
}

/// The articles, and the inputs that failed; `None` when no article could be read.
fn read_inputs(
    args: &InputArgs,
    config: Option<&Config>,
    quiet: bool,
) -> Option<(Vec<Article>, Vec<InputError>)> {
    let format = match args.input_format {
        InputFormatArg::Auto => InputFormat::Auto,
        InputFormatArg::Text => InputFormat::Text,
        InputFormatArg::Jsonl => InputFormat::Jsonl,
        InputFormatArg::Html => InputFormat::Html,
    };
    let exclude = exclude_of(config);
    let mut loaded = source::load_excluding(&args.paths, format, &mut io::stdin().lock(), &exclude);
    if !quiet {
        for note in &loaded.notes {
            eprintln!("note: {note}");
        }
    }
    for id in source::apply_published(&mut loaded.articles, &args.published) {
        loaded.errors.push(InputError {
            path: "--published".to_string(),
            line: None,
            column: None,
            message: format!("no article has the id `{id}`"),
        });
    }
    for e in &loaded.errors {
        eprintln!("error: {e}");
    }
    if loaded.articles.is_empty() {
        eprintln!("error: no article could be read");
        return None;
    }
    Some((loaded.articles, loaded.errors))
}

/// The configuration's `exclude` globs (none without a configuration).
pub(super) fn exclude_of(config: Option<&Config>) -> source::Exclude {
    match config {
        Some(c) => {
            let base = c.path.parent().unwrap_or(std::path::Path::new("."));
            source::Exclude::new(&c.exclude, base)
                .expect("exclude globs are checked when the configuration is read")
        }
        None => source::Exclude::default(),
    }
}

pub(super) fn use_color(choice: ColorArg) -> bool {
    match choice {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            anstream::AutoStream::choice(&io::stdout()) != anstream::ColorChoice::Never
        }
    }
}

//! Orchestration only: load rules → read articles → extract → diff → build the report →
//! render; print errors to standard error and return the exit code. No parsing or
//! formatting logic lives here.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use factdiff::report::{self, FailOn, Report};
use factdiff::rules::{self, RuleError, RuleFile, RuleSet, Severity};
use factdiff::source::{self, Article, InputError, InputFormat};
use factdiff::{diff, drift, examples, extract, relate};

use crate::cli::{
    CheckArgs, CheckFormat, ColorArg, Command, ExtractArgs, ExtractFormat, FailOnArg, InputArgs,
    InputFormatArg, RuleArgs, RulesCommand,
};

/// Exit code for errors.
const ERROR: u8 = 2;

/// Runs a command; returns the process exit code.
pub fn run(command: Command) -> u8 {
    let result = match command {
        Command::Check(args) => check(args),
        Command::Extract(args) => extract_cmd(args),
        Command::Rules(RulesCommand::Check { files }) => rules_check(&files),
        Command::Rules(RulesCommand::List { rules }) => rules_list(&rules),
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

fn check(args: CheckArgs) -> io::Result<u8> {
    let Some(rules) = load_rules(&args.rules) else {
        return Ok(ERROR);
    };
    let Some((articles, errors)) = read_inputs(&args.input) else {
        return Ok(ERROR);
    };
    let facts = extract::extract_all(&articles, &rules);
    let published: Vec<_> = articles.iter().map(|a| a.published).collect();
    let outcome = diff::diff(&facts, &rules, &published);
    let drifts = drift::drift(&articles, &rules);
    let checked = relate::relate(&articles, &facts, &rules);
    let report = report::build(
        &articles, &facts, &outcome, &drifts, &checked, &rules, errors,
    );
    let fail_on = match args.fail_on {
        FailOnArg::Error => FailOn::At(Severity::Error),
        FailOnArg::Warning => FailOn::At(Severity::Warning),
        FailOnArg::Info => FailOn::At(Severity::Info),
        FailOnArg::Never => FailOn::Never,
    };
    match &args.output {
        None => {
            let color = use_color(args.color);
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            render(&report, args.format, args.show_agreements, color, &mut out)?;
            out.flush()?;
        }
        Some(path) => {
            if let Err(e) = write_atomically(path, |out| {
                render(&report, args.format, args.show_agreements, false, out)
            }) {
                eprintln!("error: cannot write {}: {e}", source::display(path));
                return Ok(ERROR);
            }
        }
    }
    Ok(report.summary.exit_code(fail_on))
}

/// The one place a check format is mapped to its renderer.
fn render(
    report: &Report,
    format: CheckFormat,
    show_agreements: bool,
    color: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        CheckFormat::Human => report::human::render(report, show_agreements, color, out),
        CheckFormat::Json => report::json::render(report, out),
        CheckFormat::Jsonl => report::json::render_lines(report, out),
        CheckFormat::Markdown => report::markdown::render(report, out),
        CheckFormat::Sarif => report::sarif::render(report, out),
        CheckFormat::Github => report::github::render(report, out),
        CheckFormat::Html => report::html::render(report, out),
    }
}

#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
}

/// Writes a file whole or not at all: into a temporary file in the same directory, renamed
/// over `path` once complete, so a reader (or a crash) never sees half a report.
fn write_atomically(
    path: &std::path::Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => std::path::Path::new("."),
    };
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    // A temporary file is private; the report gets the target's permissions, or the usual ones.
    let permissions = match std::fs::metadata(path) {
        Ok(m) => Some(m.permissions()),
        Err(_) => default_permissions(),
    };
    if let Some(p) = permissions {
        file.as_file().set_permissions(p)?;
    }
    {
        let mut out = io::BufWriter::new(file.as_file_mut());
        write(&mut out)?;
        out.flush()?;
    }
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}

fn extract_cmd(args: ExtractArgs) -> io::Result<u8> {
    let Some(rules) = load_rules(&args.rules) else {
        return Ok(ERROR);
    };
    let Some((articles, errors)) = read_inputs(&args.input) else {
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
        print_rule_errors(&errors);
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
    let Some(set) = load_rules(args) else {
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
fn load_rules(args: &RuleArgs) -> Option<RuleSet> {
    let mut files = if args.no_default_rules {
        Vec::new()
    } else {
        RuleFile::default_pack()
    };
    let (extra, mut errors) = read_rule_files(&args.rules);
    files.extend(extra);
    match rules::load(&files) {
        Ok(set) if errors.is_empty() && set.rules.is_empty() && set.word_rules.is_empty() => {
            eprintln!(
                "error: no rules to check: --no-default-rules was given without --rules FILE"
            );
            None
        }
        Ok(set) if errors.is_empty() => Some(set),
        Ok(_) => {
            print_rule_errors(&errors);
            None
        }
        Err(e) => {
            errors.extend(e);
            print_rule_errors(&errors);
            None
        }
    }
}

fn print_rule_errors(errors: &[RuleError]) {
    let styled = io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    for e in errors {
        eprintln!("{}", e.render(styled));
    }
    let n = errors.len();
    eprintln!("{n} error{} in rule files", if n == 1 { "" } else { "s" });
}

/// The articles, and the inputs that failed; `None` when no article could be read.
fn read_inputs(args: &InputArgs) -> Option<(Vec<Article>, Vec<InputError>)> {
    let format = match args.input_format {
        InputFormatArg::Auto => InputFormat::Auto,
        InputFormatArg::Text => InputFormat::Text,
        InputFormatArg::Jsonl => InputFormat::Jsonl,
        InputFormatArg::Html => InputFormat::Html,
    };
    let mut loaded = source::load(&args.paths, format, &mut io::stdin().lock());
    for note in &loaded.notes {
        eprintln!("note: {note}");
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

fn use_color(choice: ColorArg) -> bool {
    match choice {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => {
            anstream::AutoStream::choice(&io::stdout()) != anstream::ColorChoice::Never
        }
    }
}

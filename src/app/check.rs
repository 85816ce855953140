//! `factdiff check`: the configuration, rules and articles loaded, the pipeline run, the
//! team's policy applied (ignored facts, severities, baseline), the report rendered to
//! standard output or written whole to a file, and the exit code decided from its summary.

use std::collections::BTreeSet;
use std::io::{self, IsTerminal, Write};
use std::path::Path;

use factdiff::config::Config;
use factdiff::report::policy::{self, Policy};
use factdiff::report::{self, FailOn, Report};
use factdiff::rules::Severity;
use factdiff::source;

use super::{ERROR, load_config, load_rules, print_rule_errors, read_inputs, use_color};
use crate::cli::{CheckArgs, CheckFormat, FailOnArg};

pub fn check(args: CheckArgs) -> io::Result<u8> {
    let Ok(config) = load_config(&args.config) else {
        return Ok(ERROR);
    };
    let Some(rules) = load_rules(&args.rules, config.as_ref()) else {
        return Ok(ERROR);
    };
    if let Some(c) = &config {
        let mut ids: Vec<&str> = rules.rules.iter().map(|r| r.id.as_str()).collect();
        ids.extend(rules.word_rules.iter().map(|r| r.id.as_str()));
        ids.extend(rules.relations.iter().map(|r| r.id.as_str()));
        let errors = factdiff::config::check_facts(c, &ids);
        if !errors.is_empty() {
            print_rule_errors(&errors, "the configuration");
            return Ok(ERROR);
        }
    }
    let Some((articles, errors)) = read_inputs(&args.input, config.as_ref(), args.quiet) else {
        return Ok(ERROR);
    };
    let bar = progress_bar(articles.len(), args.quiet);
    let mut report = factdiff::check_with_progress(&articles, &rules, errors, &mut |n| {
        if let Some(b) = &bar {
            b.set_position(n as u64);
            if n == articles.len() {
                b.set_message("comparing");
            }
        }
    });
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let Some(policy) = policy_of(config.as_ref(), &args, &report) else {
        return Ok(ERROR);
    };
    let applied = policy::apply(&mut report, &policy);
    if !args.quiet {
        if applied.known > 0 {
            eprintln!(
                "note: {} finding(s) in the baseline not shown",
                applied.known
            );
        }
        if applied.ignored > 0 {
            eprintln!(
                "note: {} finding(s) of facts the configuration ignores not shown",
                applied.ignored
            );
        }
    }
    let format = args
        .format
        .or_else(|| {
            config
                .as_ref()
                .and_then(|c| c.format.as_deref())
                .and_then(format_named)
        })
        .unwrap_or(CheckFormat::Human);
    let fail_on = match args.fail_on {
        Some(FailOnArg::Error) => FailOn::At(Severity::Error),
        Some(FailOnArg::Warning) => FailOn::At(Severity::Warning),
        Some(FailOnArg::Info) => FailOn::At(Severity::Info),
        Some(FailOnArg::Never) => FailOn::Never,
        None => match config.as_ref().and_then(|c| c.fail_on) {
            Some(Some(s)) => FailOn::At(s),
            Some(None) => FailOn::Never,
            None => FailOn::At(Severity::Error),
        },
    };
    match &args.output {
        None => {
            let color = use_color(args.color);
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            render(&report, format, args.show_agreements, color, &mut out)?;
            out.flush()?;
        }
        Some(path) => {
            if let Err(e) = write_atomically(path, |out| {
                render(&report, format, args.show_agreements, false, out)
            }) {
                eprintln!("error: cannot write {}: {e}", source::display(path));
                return Ok(ERROR);
            }
        }
    }
    Ok(report.summary.exit_code(fail_on))
}

fn format_named(name: &str) -> Option<CheckFormat> {
    clap::ValueEnum::from_str(name, true).ok()
}

/// The configuration's ignored facts and severities.
pub(super) fn config_policy(config: Option<&Config>) -> Policy {
    let mut policy = Policy::default();
    if let Some(c) = config {
        policy.ignore = c.ignore.iter().map(|(f, _)| f.clone()).collect();
        policy.severity = c.severity.iter().map(|(f, s, _)| (f.clone(), *s)).collect();
    }
    policy
}

/// The policy: the configuration's ignored facts and severities, and the baseline (read, or
/// written when missing or asked to). `None` after printing an error.
fn policy_of(config: Option<&Config>, args: &CheckArgs, report: &Report) -> Option<Policy> {
    let mut policy = config_policy(config);
    let Some(path) = &args.baseline else {
        return Some(policy);
    };
    let shown = source::display(path);
    if args.update_baseline || !path.exists() {
        // The baseline records what the configuration lets through, before the baseline itself.
        let mut current = report.clone();
        policy::apply(&mut current, &policy);
        let json = serde_json::to_string_pretty(&policy::baseline(&current))
            .expect("a baseline serialises");
        if let Err(e) = write_atomically(path, |out| writeln!(out, "{json}")) {
            eprintln!("error: cannot write {shown}: {e}");
            return None;
        }
        if !args.quiet {
            eprintln!(
                "note: wrote the baseline {shown} with {} finding(s)",
                current.findings.len()
            );
        }
        // What is recorded is known: this run reports only what the configuration lets through
        // and the baseline does not hold, which is nothing.
        policy.baseline = Some(
            current
                .findings
                .iter()
                .map(|f| report::sarif::fingerprint(&current, f))
                .collect::<BTreeSet<_>>(),
        );
        return Some(policy);
    }
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot read the baseline {shown}: {e}");
            return None;
        }
    };
    match serde_json::from_str::<policy::Baseline>(&text) {
        Ok(b) => {
            policy.baseline = Some(b.findings.into_iter().map(|f| f.fingerprint).collect());
            Some(policy)
        }
        Err(e) => {
            eprintln!(
                "error: {shown}:{}:{}: not a factdiff baseline: {e}",
                e.line(),
                e.column()
            );
            None
        }
    }
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
pub(super) fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
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

/// Articles from which a run shows its progress.
const PROGRESS_FROM: usize = 50;

/// A progress bar on standard error, for a long run on a terminal: never in a pipe, in CI
/// logs, or with `--quiet`.
fn progress_bar(articles: usize, quiet: bool) -> Option<indicatif::ProgressBar> {
    let shown = !quiet
        && articles >= PROGRESS_FROM
        && io::stderr().is_terminal()
        && std::env::var_os("CI").is_none();
    shown.then(|| {
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(articles as u64),
            indicatif::ProgressDrawTarget::stderr(),
        );
        bar.set_style(
            indicatif::ProgressStyle::with_template("{msg:>10} [{bar:30}] {pos}/{len} articles")
                .expect("the template is valid")
                .progress_chars("=> "),
        );
        bar.set_message("reading");
        bar
    })
}

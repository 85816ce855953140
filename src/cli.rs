//! The command line: clap definitions for `check`, `extract` and `rules`, and nothing else.
//! Usage errors exit with code 2 (clap's default), like every other error.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use jiff::civil::Date;

const EXIT_CODES: &str = "\
Exit codes:
  0  nothing at or above --fail-on
  1  findings at or above --fail-on
  2  an error: a bad rule file, an unreadable input, bad arguments";

const DIFF_EXIT_CODES: &str = "\
Exit codes:
  0  the change introduces no finding at or above --fail-on
  1  it introduces one
  2  an error: a bad rule file, an unreadable version, a bad revision";

/// Reports the facts on which news articles about the same story disagree.
#[derive(Debug, Parser)]
#[command(name = "factdiff", version, about, after_help = EXIT_CODES)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compare the facts of a cluster of articles and report disagreements.
    #[command(after_help = EXIT_CODES)]
    Check(CheckArgs),
    /// List every fact found in each article, without comparing.
    Extract(ExtractArgs),
    /// What a change does to an article's facts and to its cluster: two versions (files or
    /// folders), or the article files changed between two git revisions.
    #[command(after_help = DIFF_EXIT_CODES)]
    Diff(DiffArgs),
    /// Validate or list rule files.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Write a commented starter factdiff.toml and rule file.
    Init {
        /// The directory to write them in.
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
    /// Show a rule, word rule or relation: what it compares, its words and its examples.
    Explain {
        /// The rule's id.
        id: String,
        #[command(flatten)]
        rules: RuleArgs,
    },
    /// Print a shell completion script.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), for `man -l -`.
    Man,
}

/// Where articles come from.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Article files, directories (read recursively: .txt, .md, .html, .jsonl), or - for standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// How to read inputs: by extension, as text, or as JSON Lines (one article a line).
    #[arg(long, value_enum, default_value_t = InputFormatArg::Auto)]
    pub input_format: InputFormatArg,
    /// Publication date of an article, overriding the one in the text: ID=YYYY-MM-DD. Repeatable.
    #[arg(long = "published", value_name = "ID=DATE", value_parser = parse_published)]
    pub published: Vec<(String, Date)>,
}

fn parse_published(arg: &str) -> Result<(String, Date), String> {
    factdiff::source::parse_date_arg(arg)
}

/// Which rules to use.
#[derive(Debug, Args)]
pub struct RuleArgs {
    /// A rule file to add to the default pack. Repeatable.
    #[arg(long = "rules", value_name = "FILE")]
    pub rules: Vec<PathBuf>,
    /// Do not use the built-in default rule pack.
    #[arg(long)]
    pub no_default_rules: bool,
}

/// `factdiff check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub rules: RuleArgs,
    #[command(flatten)]
    pub config: ConfigArgs,
    /// Output format [default: the configuration's `format`, else human].
    #[arg(long, short = 'f', visible_alias = "output-format", value_enum)]
    pub format: Option<CheckFormat>,
    /// Exit with 1 when a finding is at or above this severity [default: the
    /// configuration's `fail-on`, else error].
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOnArg>,
    /// Report only findings that are not in this baseline file. When the file does not
    /// exist, it is written with the current findings (commit it; later runs fail only on new
    /// findings).
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Rewrite the baseline file with the current findings.
    #[arg(long, requires = "baseline")]
    pub update_baseline: bool,
    /// Print nothing on standard error but errors: no notes, no progress.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Also list the facts on which sources agree (human format; JSON always has them).
    #[arg(long)]
    pub show_agreements: bool,
    /// When to colour the output (NO_COLOR is honoured with auto). Only the human format
    /// is ever coloured.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    /// Write the report to this file instead of standard output; it appears whole or not at
    /// all (written to a temporary file beside it, then renamed into place).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `factdiff diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// OLD NEW (two files or two folders); with --git, the paths to look at (all when none).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Compare the article files changed between two revisions: BASE..HEAD, BASE.. (to HEAD),
    /// BASE...HEAD (from where HEAD branched off BASE, as a pull request does), or BASE alone
    /// (with the working tree: edits not yet committed). Files are read with git show; nothing
    /// is checked out and the working tree is not written to.
    #[arg(long, value_name = "BASE..HEAD")]
    pub git: Option<String>,
    #[command(flatten)]
    pub rules: RuleArgs,
    #[command(flatten)]
    pub config: ConfigArgs,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = DiffFormat::Human)]
    pub format: DiffFormat,
    /// Exit with 1 when the change introduces or worsens a finding at or above this severity.
    #[arg(long, value_enum, default_value_t = FailOnArg::Error)]
    pub fail_on: FailOnArg,
    /// When to colour the output (NO_COLOR is honoured with auto). Only the human format
    /// is ever coloured.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    /// Write the report to this file (whole or not at all).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `diff --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// For people, in a terminal.
    Human,
    /// One JSON object (see docs/json.md).
    Json,
    /// A pull-request comment.
    Markdown,
}

/// Which configuration file applies.
#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// The configuration file [default: FACTDIFF_CONFIG, else the nearest factdiff.toml or
    /// .factdiff.toml in the current directory or a parent].
    #[arg(long, value_name = "FILE", env = "FACTDIFF_CONFIG")]
    pub config: Option<PathBuf>,
    /// Use no configuration file.
    #[arg(long, conflicts_with = "config")]
    pub no_config: bool,
}

/// `factdiff extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub rules: RuleArgs,
    #[command(flatten)]
    pub config: ConfigArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Human)]
    pub format: ExtractFormat,
}

/// `factdiff rules …`.
#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Validate rule files and run their examples.
    Check {
        /// Rule files to check.
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// List the effective rules.
    List {
        #[command(flatten)]
        rules: RuleArgs,
    },
}

/// `--input-format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    /// `.jsonl` is JSON Lines; `.txt`, `.md` are text; `.html`, `.htm` are pages; others are skipped.
    Auto,
    /// Plain text or Markdown, one article a file.
    Text,
    /// JSON Lines: one article a line.
    Jsonl,
    /// Saved HTML pages: the main text, headline and date of each.
    Html,
}

/// `check --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// For people, in a terminal.
    Human,
    /// One JSON object (see docs/json.md).
    Json,
    /// One finding a line, each as in the JSON report's `findings`.
    Jsonl,
    /// A pull-request comment.
    Markdown,
    /// SARIF 2.1.0, for GitHub code scanning.
    Sarif,
    /// GitHub Actions workflow commands: annotations on the articles.
    Github,
    /// One self-contained HTML page for editors.
    Html,
}

/// `extract --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// One line a fact.
    Human,
    /// The text each article is read as (an HTML page's extracted text), which every line and
    /// column refers to; a `==> PATH <==` line before each when there are several.
    Text,
    /// One JSON object a line.
    Jsonl,
}

/// `--fail-on`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOnArg {
    /// Fail on errors.
    Error,
    /// Fail on warnings and errors.
    Warning,
    /// Fail on any finding.
    Info,
    /// Never fail because of findings.
    Never,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

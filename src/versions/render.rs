//! The report of `factdiff diff`: per changed article, its changed facts, quotations and
//! names, and what the change does to the cluster's findings; rendered for a terminal, as
//! JSON (versioned, documented in `docs/json.md`) and as a pull-request comment.

use std::fmt::Write as _;
use std::io::{self, Write};

use serde::Serialize;

use super::{Change, ChangeKind, Effect, ItemKind, Verdict};
use crate::drift::Part;
use crate::report::markdown::escape;
use crate::report::{FailOn, Summary};
use crate::rules::Severity;

/// The version of the diff JSON.
pub const VERSION: u32 = 1;

/// How a file changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// New.
    Added,
    /// Gone.
    Deleted,
    /// Edited.
    Modified,
}

/// One changed article.
#[derive(Debug, Clone)]
pub struct ArticleDiff {
    /// Its path.
    pub path: String,
    /// Added, deleted or modified.
    pub status: Status,
    /// What changed in it.
    pub changes: Vec<Change>,
    /// What the change does to its cluster.
    pub effects: Vec<Effect>,
}

/// Everything `factdiff diff` found.
#[derive(Debug, Clone, Default)]
pub struct DiffReport {
    /// The old side, as given: a revision, a file or a folder.
    pub base: String,
    /// The new side, as given.
    pub head: String,
    /// The changed articles, in path order.
    pub articles: Vec<ArticleDiff>,
}

/// The counts in a diff report's summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct DiffSummary {
    /// Facts added, removed or changed.
    pub facts_changed: usize,
    /// Quotations and names added, removed or changed.
    pub words_changed: usize,
    /// Findings the change introduces.
    pub introduced: usize,
    /// Findings it resolves.
    pub resolved: usize,
    /// Findings it worsens (a new figure joins them).
    pub worsened: usize,
}

impl DiffReport {
    /// The counts.
    pub fn summary(&self) -> DiffSummary {
        let changes = self.articles.iter().flat_map(|a| &a.changes);
        let effects = || self.articles.iter().flat_map(|a| &a.effects);
        let verdicts = |v: Verdict| effects().filter(|e| e.verdict == v).count();
        let facts = changes.clone().filter(|c| c.item == ItemKind::Fact).count();
        DiffSummary {
            facts_changed: facts,
            words_changed: changes.count() - facts,
            introduced: verdicts(Verdict::Introduces),
            resolved: verdicts(Verdict::Resolves),
            worsened: verdicts(Verdict::Worsens),
        }
    }

    /// 1 when the change introduces or worsens a finding at or above `fail_on`, else 0.
    pub fn exit_code(&self, fail_on: FailOn) -> u8 {
        let introduced: Vec<_> = self
            .articles
            .iter()
            .flat_map(|a| &a.effects)
            .filter(|e| matches!(e.verdict, Verdict::Introduces | Verdict::Worsens))
            .map(|e| e.finding.clone())
            .collect();
        Summary::of(&introduced, 0, 0).exit_code(fail_on)
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "2 facts changed; resolves 1 finding, introduces 0".
pub fn summary_line(s: DiffSummary) -> String {
    let mut line = plural(s.facts_changed, "fact changed", "facts changed");
    if s.words_changed > 0 {
        line += &format!(
            ", {}",
            plural(
                s.words_changed,
                "quotation or name changed",
                "quotations or names changed"
            )
        );
    }
    line += &format!(
        "; resolves {}, introduces {}",
        plural(s.resolved, "finding", "findings"),
        s.introduced
    );
    if s.worsened > 0 {
        line += &format!(", worsens {}", s.worsened);
    }
    line
}

fn diff_text(parts: &[Part]) -> String {
    parts
        .iter()
        .map(|p| match p {
            Part::Equal(t) => t.clone(),
            Part::Delete(t) => format!("[-{t}-]"),
            Part::Insert(t) => format!("{{+{t}+}}"),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn what(c: &Change) -> String {
    match c.item {
        ItemKind::Fact if c.subject.is_empty() => c.fact.clone(),
        ItemKind::Fact => format!("{} ({})", c.fact, c.subject),
        other => other.name().to_string(),
    }
}

fn value(side: &Option<super::Side>, item: ItemKind) -> String {
    match side {
        None => "(none)".to_string(),
        Some(s) if item == ItemKind::Fact => {
            format!("{} ({}) at {}:{}", s.written, s.display, s.line, s.column)
        }
        Some(s) => format!("“{}” at {}:{}", s.written, s.line, s.column),
    }
}

/// The report for people.
pub fn human(report: &DiffReport, out: &mut dyn Write) -> io::Result<()> {
    if !report.base.is_empty() {
        writeln!(out, "Comparing {} with {}\n", report.base, report.head)?;
    }
    for a in &report.articles {
        let status = match a.status {
            Status::Added => "added",
            Status::Deleted => "deleted",
            Status::Modified => "modified",
        };
        writeln!(out, "{} ({status})", a.path)?;
        if a.changes.is_empty() {
            writeln!(out, "  no fact, quotation or name changed")?;
        }
        for c in &a.changes {
            writeln!(
                out,
                "  {} {}: {} → {}",
                c.kind.name(),
                what(c),
                value(&c.before, c.item),
                value(&c.after, c.item)
            )?;
            if !c.diff.is_empty() {
                writeln!(out, "    = {}", diff_text(&c.diff))?;
            }
        }
        for e in &a.effects {
            writeln!(
                out,
                "  {} {}[{}]: {}",
                e.verdict.name(),
                e.finding.severity.name(),
                e.finding.fact,
                e.finding.message
            )?;
            if let Some(before) = &e.before {
                writeln!(out, "    was: {before}")?;
            }
        }
        writeln!(out)?;
    }
    writeln!(out, "{}", summary_line(report.summary()))
}

#[derive(Serialize)]
struct WireSide<'a> {
    written: &'a str,
    display: &'a str,
    line: usize,
    column: usize,
    sentence: &'a str,
}

#[derive(Serialize)]
struct WirePart<'a> {
    op: &'static str,
    text: &'a str,
}

#[derive(Serialize)]
struct WireChange<'a> {
    change: &'static str,
    item: &'static str,
    #[serde(skip_serializing_if = "str::is_empty")]
    fact: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    subject: &'a str,
    before: Option<WireSide<'a>>,
    after: Option<WireSide<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    diff: Vec<WirePart<'a>>,
}

#[derive(Serialize)]
struct WireEffect<'a> {
    verdict: &'static str,
    kind: &'static str,
    fact: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    subject: &'a str,
    severity: &'static str,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    before: Option<&'a str>,
}

#[derive(Serialize)]
struct WireArticle<'a> {
    path: &'a str,
    status: Status,
    changes: Vec<WireChange<'a>>,
    effects: Vec<WireEffect<'a>>,
}

#[derive(Serialize)]
struct Wire<'a> {
    version: u32,
    base: &'a str,
    head: &'a str,
    articles: Vec<WireArticle<'a>>,
    summary: DiffSummary,
}

fn wire_side(s: &Option<super::Side>) -> Option<WireSide<'_>> {
    s.as_ref().map(|s| WireSide {
        written: &s.written,
        display: &s.display,
        line: s.line,
        column: s.column,
        sentence: &s.sentence,
    })
}

/// The report as JSON.
pub fn json(report: &DiffReport, out: &mut dyn Write) -> io::Result<()> {
    let wire = Wire {
        version: VERSION,
        base: &report.base,
        head: &report.head,
        articles: report
            .articles
            .iter()
            .map(|a| WireArticle {
                path: &a.path,
                status: a.status,
                changes: a
                    .changes
                    .iter()
                    .map(|c| WireChange {
                        change: c.kind.name(),
                        item: c.item.name(),
                        fact: &c.fact,
                        subject: &c.subject,
                        before: wire_side(&c.before),
                        after: wire_side(&c.after),
                        diff: c
                            .diff
                            .iter()
                            .map(|p| match p {
                                Part::Equal(t) => WirePart {
                                    op: "equal",
                                    text: t,
                                },
                                Part::Delete(t) => WirePart {
                                    op: "delete",
                                    text: t,
                                },
                                Part::Insert(t) => WirePart {
                                    op: "insert",
                                    text: t,
                                },
                            })
                            .collect(),
                    })
                    .collect(),
                effects: a
                    .effects
                    .iter()
                    .map(|e| WireEffect {
                        verdict: e.verdict.name(),
                        kind: e.finding.kind.name(),
                        fact: &e.finding.fact,
                        subject: &e.finding.subject,
                        severity: e.finding.severity.name(),
                        message: &e.finding.message,
                        before: e.before.as_deref(),
                    })
                    .collect(),
            })
            .collect(),
        summary: report.summary(),
    };
    serde_json::to_writer_pretty(&mut *out, &wire)?;
    writeln!(out)
}

fn md_side(s: &Option<super::Side>, item: ItemKind) -> String {
    match s {
        None => "—".to_string(),
        Some(s) if item == ItemKind::Fact => {
            format!("{} ({})", escape(&s.written), escape(&s.display))
        }
        Some(s) => format!("“{}”", escape(&s.written)),
    }
}

fn md_diff(parts: &[Part]) -> String {
    parts
        .iter()
        .map(|p| match p {
            Part::Equal(t) => escape(t),
            Part::Delete(t) => format!("<del>{}</del>", escape(t)),
            Part::Insert(t) => format!("<ins>{}</ins>", escape(t)),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first line of the pull-request comment: a workflow finds its earlier comment by it and
/// updates that comment instead of adding another.
pub const MARKER: &str = "<!-- factdiff diff -->";

fn md_effect(e: &Effect) -> String {
    let mark = match (e.verdict, e.finding.severity) {
        (Verdict::Resolves, _) => "✅ resolves",
        (Verdict::Introduces, Severity::Error) => "🔴 introduces",
        (Verdict::Introduces, _) => "🟠 introduces",
        (Verdict::Worsens, Severity::Error) => "🔴 worsens",
        (Verdict::Worsens, _) => "🟠 worsens",
        (Verdict::Changes, _) => "✏️ changes",
        (Verdict::Leaves, _) => "➖ leaves",
    };
    let mut line = format!(
        "- {mark} {} `{}`: {}",
        e.finding.severity.name(),
        e.finding.fact,
        escape(&e.finding.message)
    );
    if let Some(before) = &e.before {
        line += &format!(" (was: {})", escape(before));
    }
    line
}

/// The report as a pull-request comment: the summary line, then per article a table of what
/// changed, the sentences' word diffs, and what the change does to the cluster's findings
/// (those it leaves as they were folded away).
pub fn markdown(report: &DiffReport, out: &mut dyn Write) -> io::Result<()> {
    let mut s = format!(
        "{MARKER}\n## factdiff: {}\n\n",
        summary_line(report.summary())
    );
    if !report.base.is_empty() {
        let _ = writeln!(
            s,
            "Comparing `{}` with `{}`.\n",
            report.base.replace('`', "'"),
            report.head.replace('`', "'")
        );
    }
    for a in &report.articles {
        let status = match a.status {
            Status::Added => "added",
            Status::Deleted => "deleted",
            Status::Modified => "modified",
        };
        let _ = writeln!(s, "### `{}` ({status})\n", a.path.replace('`', "'"));
        if a.changes.is_empty() {
            s.push_str("No fact, quotation or name changed.\n\n");
        } else {
            s.push_str("| change | what | before | after | line |\n|---|---|---|---|---:|\n");
            for c in &a.changes {
                let line = c.after.as_ref().or(c.before.as_ref()).map_or(0, |x| x.line);
                let _ = writeln!(
                    s,
                    "| {} | {} | {} | {} | {line} |",
                    c.kind.name(),
                    escape(&what(c)),
                    md_side(&c.before, c.item),
                    md_side(&c.after, c.item)
                );
            }
            s.push('\n');
            let diffs: Vec<&Change> = a
                .changes
                .iter()
                .filter(|c| !c.diff.is_empty() && c.kind == ChangeKind::Changed)
                .collect();
            for c in &diffs {
                let _ = writeln!(s, "- {}: {}", escape(&what(c)), md_diff(&c.diff));
            }
            if !diffs.is_empty() {
                s.push('\n');
            }
        }
        let (left, moved): (Vec<&Effect>, Vec<&Effect>) =
            a.effects.iter().partition(|e| e.verdict == Verdict::Leaves);
        for e in &moved {
            let _ = writeln!(s, "{}", md_effect(e));
        }
        if !moved.is_empty() {
            s.push('\n');
        }
        if !left.is_empty() {
            let _ = writeln!(
                s,
                "<details><summary>{} left as {}</summary>\n",
                plural(left.len(), "finding", "findings"),
                if left.len() == 1 {
                    "it was"
                } else {
                    "they were"
                }
            );
            for e in &left {
                let _ = writeln!(s, "{}", md_effect(e));
            }
            s.push_str("\n</details>\n\n");
        }
    }
    out.write_all(s.as_bytes())
}

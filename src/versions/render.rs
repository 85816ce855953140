//! The report of `factdiff diff`: per changed article, its changed facts, quotations and
//! names, and what the change does to the cluster's findings; rendered for a terminal and as
//! JSON (versioned, documented in `docs/json.md`). The pull-request comment is in `markdown`.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use serde::Serialize;

use super::{Change, Effect, ItemKind, Verdict};
use crate::drift::Part;
use crate::report::json::{WirePart, wire_parts};
use crate::report::{FailOn, Summary};

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

pub(super) fn plural(n: usize, one: &str, many: &str) -> String {
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

/// Terminal styles; all plain without colour.
struct Styles {
    bad: Style,
    good: Style,
    changed: Style,
    dim: Style,
    bold: Style,
}

impl Styles {
    fn new(color: bool) -> Styles {
        let c = |s: Style| if color { s } else { Style::new() };
        Styles {
            bad: c(AnsiColor::Red.on_default().bold()),
            good: c(AnsiColor::Green.on_default()),
            changed: c(AnsiColor::Yellow.on_default()),
            dim: c(Style::new().dimmed()),
            bold: c(Style::new().bold()),
        }
    }

    fn verdict(&self, v: Verdict) -> Style {
        match v {
            Verdict::Introduces | Verdict::Worsens => self.bad,
            Verdict::Resolves => self.good,
            Verdict::Changes => self.changed,
            Verdict::Leaves => self.dim,
        }
    }
}

fn diff_text(parts: &[Part], st: &Styles) -> String {
    let (bad, good) = (st.bad, st.good);
    parts
        .iter()
        .map(|p| match p {
            Part::Equal(t) => t.clone(),
            Part::Delete(t) => format!("{bad}[-{t}-]{bad:#}"),
            Part::Insert(t) => format!("{good}{{+{t}+}}{good:#}"),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub(super) fn what(c: &Change) -> String {
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

/// The report for people; coloured when `color` is true.
pub fn human(report: &DiffReport, out: &mut dyn Write, color: bool) -> io::Result<()> {
    let st = Styles::new(color);
    let bold = st.bold;
    if !report.base.is_empty() {
        writeln!(out, "Comparing {} with {}\n", report.base, report.head)?;
    }
    for a in &report.articles {
        let status = match a.status {
            Status::Added => "added",
            Status::Deleted => "deleted",
            Status::Modified => "modified",
        };
        writeln!(out, "{bold}{}{bold:#} ({status})", a.path)?;
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
                writeln!(out, "    = {}", diff_text(&c.diff, &st))?;
            }
        }
        let (left, moved): (Vec<&Effect>, Vec<&Effect>) =
            a.effects.iter().partition(|e| e.verdict == Verdict::Leaves);
        for e in moved {
            let v = st.verdict(e.verdict);
            writeln!(
                out,
                "  {v}{}{v:#} {}[{}]: {}",
                e.verdict.name(),
                e.finding.severity.name(),
                e.finding.fact,
                e.finding.message
            )?;
            if let Some(before) = &e.before {
                writeln!(out, "    was: {before}")?;
            }
        }
        if !left.is_empty() {
            // The findings left as they were, by fact: the JSON has them in full.
            let mut facts: Vec<(&str, usize)> = Vec::new();
            for e in &left {
                match facts.iter_mut().find(|(f, _)| *f == e.finding.fact) {
                    Some((_, n)) => *n += 1,
                    None => facts.push((&e.finding.fact, 1)),
                }
            }
            let facts: Vec<String> = facts
                .iter()
                .map(|(f, n)| {
                    if *n == 1 {
                        f.to_string()
                    } else {
                        format!("{f} ×{n}")
                    }
                })
                .collect();
            let them = plural(left.len(), "finding", "findings");
            let was = if left.len() == 1 {
                "it was"
            } else {
                "they were"
            };
            let dim = st.dim;
            writeln!(
                out,
                "  {dim}leaves {them} as {was}: {}{dim:#}",
                facts.join(", ")
            )?;
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
                        diff: wire_parts(&c.diff),
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

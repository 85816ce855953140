//! The report of `factdiff diff` as a pull-request comment: a summary line, then per changed
//! article a table of what changed, the sentences' word diffs and what the change does to the
//! cluster's findings, those it leaves as they were folded away. Article text is escaped, and
//! the comment stays under GitHub's size limit by dropping detail and saying so.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::render::{ArticleDiff, DiffReport, Status, plural, summary_line, what};
use super::{Change, ChangeKind, Effect, ItemKind, Side, Verdict};
use crate::report::markdown::{COMMENT_LIMIT, escape, word_diff};
use crate::rules::Severity;

fn md_side(s: &Option<Side>, item: ItemKind) -> String {
    match s {
        None => "—".to_string(),
        Some(s) if item == ItemKind::Fact => {
            format!("{} ({})", escape(&s.written), escape(&s.display))
        }
        Some(s) => format!("“{}”", escape(&s.written)),
    }
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

/// One article's section; without the findings left as they were when `leaves` is false.
fn section(a: &ArticleDiff, leaves: bool) -> String {
    let mut s = String::new();
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
            let _ = writeln!(s, "- {}: {}", escape(&what(c)), word_diff(&c.diff));
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
        let them = if left.len() == 1 {
            "it was"
        } else {
            "they were"
        };
        let n = plural(left.len(), "finding", "findings");
        if leaves {
            let _ = writeln!(s, "<details><summary>{n} left as {them}</summary>\n");
            for e in &left {
                let _ = writeln!(s, "{}", md_effect(e));
            }
            s.push_str("\n</details>\n\n");
        } else {
            let _ = writeln!(s, "{n} left as {them} (not listed, for length).\n");
        }
    }
    s
}

/// The comment, at most `limit` characters: in full when it fits, else without the findings
/// left as they were, else with as many articles as fit and a line saying how many are not.
pub fn render_limited(report: &DiffReport, limit: usize) -> String {
    let mut head = format!(
        "{MARKER}\n## factdiff: {}\n\n",
        summary_line(report.summary())
    );
    if !report.base.is_empty() {
        let _ = writeln!(
            head,
            "Comparing `{}` with `{}`.\n",
            report.base.replace('`', "'"),
            report.head.replace('`', "'")
        );
    }
    let chars = |s: &str| s.chars().count();
    for leaves in [true, false] {
        let sections: Vec<String> = report.articles.iter().map(|a| section(a, leaves)).collect();
        if chars(&head) + sections.iter().map(|s| chars(s)).sum::<usize>() <= limit {
            return head + &sections.concat();
        }
    }
    // Articles in order while they fit, keeping room for the closing line.
    let mut out = head;
    let mut shown = 0;
    for a in &report.articles {
        let s = section(a, false);
        if chars(&out) + chars(&s) + 200 > limit {
            break;
        }
        out += &s;
        shown += 1;
    }
    let rest = report.articles.len() - shown;
    let _ = writeln!(
        out,
        "{} not shown: the comment would pass GitHub's limit. `factdiff diff --format json` lists them all.",
        plural(rest, "more article", "more articles")
    );
    out
}

/// The report as a pull-request comment, under GitHub's limit.
pub fn markdown(report: &DiffReport, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(render_limited(report, COMMENT_LIMIT).as_bytes())
}

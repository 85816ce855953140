//! What a change does to its cluster: the cluster is checked before and after, and each
//! finding that stands on a changed article is introduced by the change (only after), resolved
//! by it (only before), changed (both, with other values) or left as it was. A finding is
//! the same finding before and after when its kind, fact and subject are.

use crate::report::{Finding, Report, sarif};

/// What the change does to one finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    /// New after the change.
    Introduces,
    /// Gone after the change.
    Resolves,
    /// Still there, with other values.
    Changes,
    /// Still there, as it was.
    Leaves,
}

impl Verdict {
    /// The name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Introduces => "introduces",
            Verdict::Resolves => "resolves",
            Verdict::Changes => "changes",
            Verdict::Leaves => "leaves",
        }
    }
}

/// One finding and what the change does to it.
#[derive(Debug, Clone)]
pub struct Effect {
    /// Introduces, resolves, changes or leaves.
    pub verdict: Verdict,
    /// The finding after the change (before it, for one the change resolves).
    pub finding: Finding,
    /// For a changed finding: its message before.
    pub before: Option<String>,
}

fn key(f: &Finding) -> (&'static str, &str, &str) {
    (f.kind.name(), f.fact.as_str(), f.subject.as_str())
}

fn involves(report: &Report, f: &Finding, ids: &[&str]) -> bool {
    f.claims
        .iter()
        .any(|c| ids.contains(&report.sources[c.source].id.as_str()))
}

/// The effects on the findings that stand on one of the articles `ids`, given the cluster's
/// report before and after the change; most severe first. A finding with the same values
/// before and after is left as it was; one of the same kind, fact and subject with other
/// values is changed (several word findings share a kind: they are paired in order).
pub fn effects(before: &Report, after: &Report, ids: &[&str]) -> Vec<Effect> {
    let was: Vec<&Finding> = before
        .findings
        .iter()
        .filter(|f| involves(before, f, ids))
        .collect();
    let now: Vec<&Finding> = after
        .findings
        .iter()
        .filter(|f| involves(after, f, ids))
        .collect();
    let mut was_used = vec![false; was.len()];
    let mut now_used = vec![false; now.len()];
    let mut out = Vec::new();
    for (j, f) in now.iter().enumerate() {
        let print = sarif::fingerprint(after, f);
        if let Some(i) = (0..was.len()).find(|&i| {
            !was_used[i] && key(was[i]) == key(f) && sarif::fingerprint(before, was[i]) == print
        }) {
            was_used[i] = true;
            now_used[j] = true;
            out.push(Effect {
                verdict: Verdict::Leaves,
                finding: (*f).clone(),
                before: None,
            });
        }
    }
    for (_, f) in now.iter().enumerate().filter(|(j, _)| !now_used[*j]) {
        match (0..was.len()).find(|&i| !was_used[i] && key(was[i]) == key(f)) {
            Some(i) => {
                was_used[i] = true;
                out.push(Effect {
                    verdict: Verdict::Changes,
                    finding: (*f).clone(),
                    before: Some(was[i].message.clone()),
                });
            }
            None => out.push(Effect {
                verdict: Verdict::Introduces,
                finding: (*f).clone(),
                before: None,
            }),
        }
    }
    for (_, b) in was.iter().enumerate().filter(|(i, _)| !was_used[*i]) {
        out.push(Effect {
            verdict: Verdict::Resolves,
            finding: (*b).clone(),
            before: None,
        });
    }
    out.sort_by(|a, b| {
        a.verdict
            .cmp(&b.verdict)
            .then(b.finding.severity.cmp(&a.finding.severity))
    });
    out
}

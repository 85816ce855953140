//! What a change does to its cluster: the cluster is checked before and after, and each
//! finding that stands on a changed article is introduced by the change (only after), resolved
//! by it (only before), worsened (a new figure joins it), changed (both, with other values) or left
//! as it was. A finding is the same finding before and after when its kind, fact and subject
//! are.

use crate::report::{Finding, Report, sarif};

/// What the change does to one finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    /// New after the change.
    Introduces,
    /// Still there, setting more positions against each other (a new figure joins a
    /// conflict), or more severe.
    Worsens,
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
            Verdict::Worsens => "worsens",
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
    /// The changed article it stands on (the first, when several are).
    pub source: String,
}

fn key(f: &Finding) -> (&'static str, &str, &str) {
    (f.kind.name(), f.fact.as_str(), f.subject.as_str())
}

/// How many positions a finding sets against each other (its groups of agreeing claims).
fn positions(f: &Finding) -> usize {
    let mut groups: Vec<usize> = f.claims.iter().map(|c| c.group).collect();
    groups.sort_unstable();
    groups.dedup();
    groups.len()
}

/// The first of the changed articles `ids` that a finding has a claim in.
fn involved(report: &Report, f: &Finding, ids: &[&str]) -> Option<String> {
    ids.iter()
        .find(|id| f.claims.iter().any(|c| report.sources[c.source].id == **id))
        .map(|id| id.to_string())
}

/// What a change to the articles `ids` does to their cluster's findings, given the cluster's
/// report before and after; most telling first. Every finding before is paired with one after:
/// the same kind, fact, subject and values is left as it was; the same kind, fact and subject
/// with other values is changed, or worsened when it sets more positions against each other
/// than before (a new figure joins a conflict) or its severity rose; an unpaired finding
/// after is introduced, one before resolved. Only effects on findings that stand on a changed
/// article (before or after) are kept: the rest of the cluster is as it was.
pub fn effects(before: &Report, after: &Report, ids: &[&str]) -> Vec<Effect> {
    let was: Vec<&Finding> = before.findings.iter().collect();
    let now: Vec<&Finding> = after.findings.iter().collect();
    let mut partner: Vec<Option<usize>> = vec![None; now.len()];
    let mut taken = vec![false; was.len()];
    let prints: Vec<String> = was.iter().map(|f| sarif::fingerprint(before, f)).collect();
    for (j, f) in now.iter().enumerate() {
        let print = sarif::fingerprint(after, f);
        if let Some(i) =
            (0..was.len()).find(|&i| !taken[i] && prints[i] == print && key(was[i]) == key(f))
        {
            taken[i] = true;
            partner[j] = Some(i);
        }
    }
    let mut out = Vec::new();
    for (j, f) in now.iter().enumerate() {
        let (verdict, old) = match partner[j] {
            Some(i) => (Verdict::Leaves, Some(i)),
            None => match (0..was.len()).find(|&i| !taken[i] && key(was[i]) == key(f)) {
                Some(i) => {
                    taken[i] = true;
                    let worse = f.severity > was[i].severity || positions(f) > positions(was[i]);
                    (
                        if worse {
                            Verdict::Worsens
                        } else {
                            Verdict::Changes
                        },
                        Some(i),
                    )
                }
                None => (Verdict::Introduces, None),
            },
        };
        let source =
            involved(after, f, ids).or_else(|| old.and_then(|i| involved(before, was[i], ids)));
        if let Some(source) = source {
            let before = matches!(verdict, Verdict::Changes | Verdict::Worsens)
                .then(|| was[old.unwrap()].message.clone());
            out.push(Effect {
                verdict,
                finding: (*f).clone(),
                before,
                source,
            });
        }
    }
    for f in was.iter().zip(&taken).filter(|(_, t)| !**t).map(|(f, _)| f) {
        if let Some(source) = involved(before, f, ids) {
            out.push(Effect {
                verdict: Verdict::Resolves,
                finding: (*f).clone(),
                before: None,
                source,
            });
        }
    }
    out.sort_by(|a, b| {
        a.verdict
            .cmp(&b.verdict)
            .then(b.finding.severity.cmp(&a.finding.severity))
    });
    out
}

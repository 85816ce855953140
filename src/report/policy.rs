//! What a team has decided about findings, applied to the report before it is rendered: facts
//! ignored everywhere, per-fact severities (both from `factdiff.toml`), and a baseline of
//! known findings, so that during gradual adoption only new findings fail a run. A baseline
//! keys findings by the same fingerprint as SARIF: the fact and its values, not line numbers.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::{Report, Summary, sarif};
use crate::rules::Severity;

/// The decisions to apply.
#[derive(Debug, Clone, Default)]
pub struct Policy {
    /// Facts never reported.
    pub ignore: Vec<String>,
    /// Severities that replace the rules' own, by fact.
    pub severity: Vec<(String, Severity)>,
    /// Fingerprints of findings already known: not reported.
    pub baseline: Option<BTreeSet<String>>,
}

/// What applying a policy left out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Applied {
    /// Findings of ignored facts.
    pub ignored: usize,
    /// Findings in the baseline.
    pub known: usize,
}

/// Applies the policy to the report and recounts its summary.
pub fn apply(report: &mut Report, policy: &Policy) -> Applied {
    let mut applied = Applied::default();
    let before = report.findings.len();
    report.findings.retain(|f| !policy.ignore.contains(&f.fact));
    report
        .agreements
        .retain(|a| !policy.ignore.contains(&a.fact));
    applied.ignored = before - report.findings.len();
    for f in &mut report.findings {
        if let Some((_, s)) = policy.severity.iter().find(|(fact, _)| *fact == f.fact) {
            f.severity = *s;
        }
    }
    if let Some(known) = &policy.baseline {
        let keep: Vec<bool> = report
            .findings
            .iter()
            .map(|f| !known.contains(&sarif::fingerprint(report, f)))
            .collect();
        applied.known = keep.iter().filter(|k| !**k).count();
        let mut keep = keep.into_iter();
        report.findings.retain(|_| keep.next().unwrap_or(true));
    }
    report
        .findings
        .sort_by_key(|f| std::cmp::Reverse(f.severity));
    report.summary = Summary::of(
        &report.findings,
        report.summary.sources,
        report.summary.input_errors,
    );
    applied
}

/// A baseline file: the findings known when it was written.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// The format's version.
    pub version: u32,
    /// One entry a finding.
    pub findings: Vec<BaselineEntry>,
}

/// One known finding; only the fingerprint is used, the rest is for people reading the file.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BaselineEntry {
    /// The SARIF `factdiff/v1` fingerprint.
    pub fingerprint: String,
    /// The fact.
    pub fact: String,
    /// The message when it was written.
    pub message: String,
}

/// The baseline of a report's findings.
pub fn baseline(report: &Report) -> Baseline {
    Baseline {
        version: 1,
        findings: report
            .findings
            .iter()
            .map(|f| BaselineEntry {
                fingerprint: sarif::fingerprint(report, f),
                fact: f.fact.clone(),
                message: f.message.clone(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Finding, SourceInfo};

    fn report() -> Report {
        let finding = |fact: &str, severity: Severity| Finding {
            kind: crate::diff::FindingKind::Conflict,
            fact: fact.to_string(),
            description: String::new(),
            subject: String::new(),
            severity,
            message: format!("{fact} differs"),
            consensus: false,
            claims: Vec::new(),
            diff: Vec::new(),
            arithmetic: None,
            note: None,
            timeline: Vec::new(),
        };
        let findings = vec![
            finding("death-toll", Severity::Error),
            finding("wind-speed", Severity::Info),
            finding("vehicle-speed", Severity::Error),
        ];
        Report {
            sources: vec![SourceInfo {
                id: "a".into(),
                origin: "a".into(),
                location: "a".into(),
                published: None,
                published_from: None,
                title: None,
                url: None,
                text: String::new(),
            }],
            summary: Summary::of(&findings, 1, 0),
            findings,
            ..Report::default()
        }
    }

    #[test]
    fn ignored_facts_go_and_severities_are_replaced_and_recounted() {
        let mut r = report();
        let applied = apply(
            &mut r,
            &Policy {
                ignore: vec!["wind-speed".into()],
                severity: vec![("vehicle-speed".into(), Severity::Warning)],
                baseline: None,
            },
        );
        assert_eq!(
            applied,
            Applied {
                ignored: 1,
                known: 0
            }
        );
        let facts: Vec<(&str, Severity)> = r
            .findings
            .iter()
            .map(|f| (f.fact.as_str(), f.severity))
            .collect();
        assert_eq!(
            facts,
            vec![
                ("death-toll", Severity::Error),
                ("vehicle-speed", Severity::Warning)
            ]
        );
        assert_eq!(
            (r.summary.errors, r.summary.warnings, r.summary.infos),
            (1, 1, 0)
        );
    }

    #[test]
    fn findings_in_the_baseline_are_left_out_and_new_ones_stay() {
        let mut r = report();
        let mut known = baseline(&r);
        known.findings.retain(|e| e.fact != "vehicle-speed");
        let set = known
            .findings
            .iter()
            .map(|e| e.fingerprint.clone())
            .collect();
        let applied = apply(
            &mut r,
            &Policy {
                baseline: Some(set),
                ..Policy::default()
            },
        );
        assert_eq!(applied.known, 2);
        assert_eq!(r.findings.len(), 1);
        assert_eq!(r.findings[0].fact, "vehicle-speed");
        assert_eq!(r.summary.errors, 1);
    }
}

//! The report: one model built once from the differ's outcome, which every output format
//! renders and from whose summary alone the exit code is decided. Byte spans become lines and
//! columns here, and nowhere earlier.

pub mod display;
mod drifts;
pub mod facts;
pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod markdown;
pub mod policy;
mod reasoning;
pub mod sarif;

use crate::diff::{FindingKind, Outcome};
use crate::drift::{Drift, Part};
use crate::extract::Fact;
use crate::relate::Checked;
use crate::rules::{RuleSet, Severity};
use crate::source::{Article, InputError};
use crate::span::{LineCol, LineIndex, Span};
use crate::values::Value;

/// One article as the report names it.
#[derive(Debug, Clone)]
pub struct SourceInfo {
    /// The article's id.
    pub id: String,
    /// Where it was read from.
    pub origin: String,
    /// What locations are prefixed with: the path for a file, the id otherwise.
    pub location: String,
    /// Publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Where the date came from.
    pub published_from: Option<&'static str>,
    /// Headline.
    pub title: Option<String>,
    /// Address.
    pub url: Option<String>,
    /// The article's text, for formats that show it (the HTML page).
    pub text: String,
}

/// One claim: a value one source states, located in its text.
#[derive(Debug, Clone)]
pub struct Claim {
    /// Index of the source.
    pub source: usize,
    /// The value as written.
    pub text: String,
    /// The hedge words, as written (before the value, or after it: "or more").
    pub hedge: Option<String>,
    /// The value with its hedge, in the order written: "at least 12", "2,000 or more".
    pub written: String,
    /// The value; `None` for words (a quotation, a passage, a name).
    pub value: Option<Value>,
    /// The value in a familiar unit, for people.
    pub display: String,
    /// Byte range in the article text.
    pub span: Span,
    /// Where the value starts.
    pub start: LineCol,
    /// Where the value ends (the column after its last character).
    pub end: LineCol,
    /// The sentence, as written.
    pub sentence: String,
    /// Byte offset of the sentence in the article text.
    pub sentence_start: usize,
    /// The group of agreeing values the claim belongs to (0: the most widely stated).
    pub group: usize,
}

/// A disagreement, ready to render.
#[derive(Debug, Clone)]
pub struct Finding {
    /// Conflict or internal.
    pub kind: FindingKind,
    /// The rule id.
    pub fact: String,
    /// The rule's description.
    pub description: String,
    /// The subject, or empty.
    pub subject: String,
    /// How bad it is.
    pub severity: Severity,
    /// The rule's message, filled in.
    pub message: String,
    /// True when the first group is stated by more sources than any other.
    pub consensus: bool,
    /// The claims, group by group.
    pub claims: Vec<Claim>,
    /// For drift: the word diff from the first claim's wording to the next group's.
    pub diff: Vec<Part>,
    /// For a relation: the sums, as a reader can follow them.
    pub arithmetic: Option<String>,
    /// What else a reader should know ("publication dates would settle it").
    pub note: Option<String>,
    /// For an update: the figures in order of publication.
    pub timeline: Vec<Step>,
}

/// One figure of an update's timeline.
#[derive(Debug, Clone)]
pub struct Step {
    /// The group of the claims that give it.
    pub group: usize,
    /// The earliest publication date that gives it, `YYYY-MM-DD`.
    pub published: String,
    /// The figure as the earliest source writes it.
    pub written: String,
    /// Index of that claim in the finding's claims.
    pub claim: usize,
    /// The sources that give it (indices), earliest first.
    pub sources: Vec<usize>,
}

/// A fact on which sources agree.
#[derive(Debug, Clone)]
pub struct Agreement {
    /// The rule id.
    pub fact: String,
    /// The subject, or empty.
    pub subject: String,
    /// The agreeing claims.
    pub claims: Vec<Claim>,
    /// For a relation that holds: the sums.
    pub arithmetic: Option<String>,
}

/// Counts of findings by severity, and of inputs that failed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Findings at error level.
    pub errors: usize,
    /// Findings at warning level.
    pub warnings: usize,
    /// Findings at info level.
    pub infos: usize,
    /// Articles checked.
    pub sources: usize,
    /// Inputs that could not be read.
    pub input_errors: usize,
}

/// The lowest severity that makes the run fail (`--fail-on`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOn {
    /// Fail on findings at this severity or above.
    At(Severity),
    /// Never fail because of findings.
    Never,
}

impl Summary {
    /// The counts of a list of findings.
    pub fn of(findings: &[Finding], sources: usize, input_errors: usize) -> Summary {
        let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
        Summary {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
            sources,
            input_errors,
        }
    }

    /// 2 when an input failed; 1 when a finding is at or above `fail_on`; else 0.
    pub fn exit_code(&self, fail_on: FailOn) -> u8 {
        if self.input_errors > 0 {
            return 2;
        }
        let failing = match fail_on {
            FailOn::Never => 0,
            FailOn::At(Severity::Error) => self.errors,
            FailOn::At(Severity::Warning) => self.errors + self.warnings,
            FailOn::At(Severity::Info) => self.errors + self.warnings + self.infos,
        };
        u8::from(failing > 0)
    }
}

/// A rule as the reports describe it (SARIF's `tool.driver.rules`, the HTML page's filter).
#[derive(Debug, Clone)]
pub struct RuleInfo {
    /// The rule id.
    pub id: String,
    /// What it compares, as a phrase.
    pub description: String,
    /// What kind of rule: a value type (`speed`), a word kind (`quote`), or `relation`.
    pub kind: String,
    /// The severity of its findings between exactly stated values.
    pub severity: Severity,
    /// Where it is defined (`file:line`).
    pub location: String,
}

/// Everything a run found.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// The articles checked, in input order.
    pub sources: Vec<SourceInfo>,
    /// Every rule of the run, value rules, word rules and relations, in load order.
    pub rules: Vec<RuleInfo>,
    /// Disagreements, most severe first.
    pub findings: Vec<Finding>,
    /// Agreements across sources.
    pub agreements: Vec<Agreement>,
    /// Inputs that could not be read.
    pub input_errors: Vec<InputError>,
    /// Counts.
    pub summary: Summary,
}

/// Builds the report from the articles, their facts, the differ's outcome, the drift in
/// their words and the relations checked on their facts.
pub fn build(
    articles: &[Article],
    facts: &[Fact],
    outcome: &Outcome,
    drifts: &[Drift],
    checked: &[Checked],
    rules: &RuleSet,
    input_errors: Vec<InputError>,
) -> Report {
    let indexes: Vec<LineIndex> = articles.iter().map(|a| LineIndex::new(&a.text)).collect();
    let sources: Vec<SourceInfo> = articles.iter().map(source_info).collect();
    let claim = |i: usize, group: usize| {
        make_claim(
            &articles[facts[i].source],
            &indexes[facts[i].source],
            &facts[i],
            group,
        )
    };
    let mut findings: Vec<Finding> = outcome
        .findings
        .iter()
        .map(|f| {
            let rule = &rules.rules[f.rule];
            let claims: Vec<Claim> = f
                .groups
                .iter()
                .enumerate()
                .flat_map(|(g, members)| members.iter().map(move |&i| (i, g)))
                .map(|(i, g)| claim(i, g))
                .collect();
            let values = values_phrase(&f.groups, facts, articles, &sources);
            let timeline = match f.kind {
                FindingKind::Update => reasoning::timeline(&claims, &sources),
                _ => Vec::new(),
            };
            let message = match f.kind {
                FindingKind::Update => {
                    reasoning::update_message(&rule.description, &timeline, &sources)
                }
                _ => rule.render_message(&f.subject, &values),
            };
            Finding {
                kind: f.kind,
                fact: rule.id.clone(),
                description: rule.description.clone(),
                subject: f.subject.clone(),
                severity: f.severity,
                message,
                consensus: f.consensus,
                claims,
                diff: Vec::new(),
                arithmetic: None,
                note: f.note.map(|n| reasoning::note(n).to_string()),
                timeline,
            }
        })
        .collect();
    findings.extend(
        drifts
            .iter()
            .filter(|d| !d.agreement)
            .map(|d| drifts::finding(d, articles, &indexes, &sources, rules)),
    );
    let (relation_findings, relation_agreements) =
        reasoning::relations(checked, articles, &indexes, facts, rules);
    findings.extend(relation_findings);
    findings.sort_by(|a, b| {
        let first = |f: &Finding| f.claims.iter().map(|c| (c.source, c.span.start)).min();
        b.severity
            .cmp(&a.severity)
            .then(a.kind.cmp(&b.kind))
            .then(a.fact.cmp(&b.fact))
            .then(first(a).cmp(&first(b)))
    });
    let mut agreements: Vec<Agreement> = outcome
        .agreements
        .iter()
        .map(|a| Agreement {
            fact: rules.rules[a.rule].id.clone(),
            subject: a.subject.clone(),
            claims: a.claims.iter().map(|&i| claim(i, 0)).collect(),
            arithmetic: None,
        })
        .collect();
    agreements.extend(relation_agreements);
    // Quotations two sources quote word for word.
    agreements.extend(drifts.iter().filter(|d| d.agreement).map(|d| {
        let f = drifts::finding(d, articles, &indexes, &sources, rules);
        Agreement {
            fact: f.fact,
            subject: String::new(),
            claims: f.claims,
            arithmetic: None,
        }
    }));
    let summary = Summary::of(&findings, articles.len(), input_errors.len());
    Report {
        sources,
        rules: rule_infos(rules),
        findings,
        agreements,
        input_errors,
        summary,
    }
}

fn rule_infos(rules: &RuleSet) -> Vec<RuleInfo> {
    let info =
        |id: &str, description: &str, kind: String, severity: Severity, location: &str| RuleInfo {
            id: id.to_string(),
            description: description.to_string(),
            kind,
            severity,
            location: location.to_string(),
        };
    let mut out: Vec<RuleInfo> = rules
        .rules
        .iter()
        .map(|r| {
            info(
                &r.id,
                &r.description,
                r.value.name().to_string(),
                r.severity,
                &r.location,
            )
        })
        .collect();
    out.extend(rules.word_rules.iter().map(|r| {
        info(
            &r.id,
            &r.description,
            r.kind.name().to_string(),
            r.severity,
            &r.location,
        )
    }));
    out.extend(rules.relations.iter().map(|r| {
        info(
            &r.id,
            &r.description,
            format!("relation:{}", r.kind.name()),
            r.severity,
            &r.location,
        )
    }));
    out
}

fn source_info(a: &Article) -> SourceInfo {
    let is_file = !a.origin.starts_with('<')
        && a.origin
            .rsplit_once(':')
            .is_none_or(|(_, n)| n.parse::<usize>().is_err());
    SourceInfo {
        id: a.id.clone(),
        origin: a.origin.clone(),
        location: if is_file {
            a.origin.clone()
        } else {
            a.id.clone()
        },
        published: a.published.map(|d| d.to_string()),
        published_from: a.published_from.map(|p| p.name()),
        title: a.title.clone(),
        url: a.url.clone(),
        text: a.text.clone(),
    }
}

/// A claim, located.
pub fn make_claim(article: &Article, index: &LineIndex, fact: &Fact, group: usize) -> Claim {
    let text = &article.text;
    Claim {
        source: fact.source,
        text: text[fact.span.start..fact.span.end].to_string(),
        hedge: fact.hedge.map(|h| text[h.start..h.end].to_string()),
        written: written(text, fact.span, fact.hedge),
        value: Some(fact.value.clone()),
        display: display::value(&fact.value),
        span: fact.span,
        start: index.line_col(text, fact.span.start),
        end: index.line_col(text, fact.span.end),
        sentence: text[fact.sentence.start..fact.sentence.end].to_string(),
        sentence_start: fact.sentence.start,
        group,
    }
}

/// A value with its hedge, in the order written: "at least 12", "2,000 or more".
pub fn written(text: &str, span: Span, hedge: Option<Span>) -> String {
    let value = &text[span.start..span.end];
    match hedge {
        Some(h) if h.start >= span.end => format!("{value} {}", &text[h.start..h.end]),
        Some(h) => format!("{} {value}", &text[h.start..h.end]),
        None => value.to_string(),
    }
}

/// "37 miles per hour (000_a) vs 25 miles per hour (001_b)": each group of agreeing values,
/// each distinct value as written with the sources that wrote it, groups joined by "vs".
fn values_phrase(
    groups: &[Vec<usize>],
    facts: &[Fact],
    articles: &[Article],
    sources: &[SourceInfo],
) -> String {
    groups
        .iter()
        .map(|g| {
            let mut values: Vec<(String, Vec<&str>)> = Vec::new();
            for &i in g {
                let f = &facts[i];
                let w = written(&articles[f.source].text, f.span, f.hedge);
                let id = sources[f.source].id.as_str();
                match values.iter_mut().find(|(v, _)| v.eq_ignore_ascii_case(&w)) {
                    Some((_, ids)) if !ids.contains(&id) => ids.push(id),
                    Some(_) => {}
                    None => values.push((w, vec![id])),
                }
            }
            values
                .iter()
                .map(|(v, ids)| format!("{v} ({})", ids.join(", ")))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .collect::<Vec<_>>()
        .join(" vs ")
}

#[cfg(test)]
mod tests;

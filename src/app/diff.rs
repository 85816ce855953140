//! `factdiff diff`: two versions of an article (files), of a cluster (folders), or the article
//! files changed between two git revisions; each changed article's facts compared across its
//! versions, and its cluster checked before and after to say which findings the change
//! introduces or resolves.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::Path;

use factdiff::report::FailOn;
use factdiff::report::policy::{self, Policy};
use factdiff::rules::{RuleSet, Severity};
use factdiff::source::{self, Article};
use factdiff::versions;
use factdiff::versions::render::{self, ArticleDiff, DiffReport, Status};

use super::check::{config_policy, write_atomically};
use super::{ERROR, exclude_of, load_config, load_rules, use_color};
use crate::cli::{DiffArgs, DiffFormat, FailOnArg};

/// One changed article: its path, and its old and new versions.
pub(super) struct Pair {
    pub(super) path: String,
    pub(super) old: Option<Article>,
    pub(super) new: Option<Article>,
}

/// The articles of one cluster before and after, and which of them changed.
pub(super) struct Cluster {
    pub(super) before: Vec<Article>,
    pub(super) after: Vec<Article>,
    pub(super) changed: Vec<Pair>,
}

/// What was read: the clusters, the two sides' names, and the inputs that could not be read
/// (reported; the other articles are still compared).
#[derive(Default)]
pub(super) struct Versions {
    pub(super) clusters: Vec<Cluster>,
    pub(super) base: String,
    pub(super) head: String,
    pub(super) errors: Vec<String>,
}

pub fn diff(args: DiffArgs) -> io::Result<u8> {
    let Ok(config) = load_config(&args.config) else {
        return Ok(ERROR);
    };
    let Some(rules) = load_rules(&args.rules, config.as_ref()) else {
        return Ok(ERROR);
    };
    let exclude = exclude_of(config.as_ref());
    let versions = match &args.git {
        Some(range) => super::diff_git::from_git(range, &args.paths, &exclude),
        None => match args.paths.as_slice() {
            [old, new] => from_paths(old, new),
            _ => Err(
                "give two versions, OLD NEW (files or folders), or --git BASE..HEAD".to_string(),
            ),
        },
    };
    let versions = match versions {
        Ok(v) => v,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(ERROR);
        }
    };
    for e in &versions.errors {
        eprintln!("error: {e}");
    }
    let policy = config_policy(config.as_ref());
    let mut report = compare(&versions.clusters, &rules, &policy);
    report.base = versions.base.clone();
    report.head = versions.head.clone();
    let fail_on = match args.fail_on {
        FailOnArg::Error => FailOn::At(Severity::Error),
        FailOnArg::Warning => FailOn::At(Severity::Warning),
        FailOnArg::Info => FailOn::At(Severity::Info),
        FailOnArg::Never => FailOn::Never,
    };
    let color = args.output.is_none() && use_color(args.color);
    let render = |out: &mut dyn Write| match args.format {
        DiffFormat::Human => render::human(&report, out, color),
        DiffFormat::Json => render::json(&report, out),
        DiffFormat::Markdown => factdiff::versions::markdown::markdown(&report, out),
    };
    match &args.output {
        None => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            render(&mut out)?;
            out.flush()?;
        }
        Some(path) => {
            if let Err(e) = write_atomically(path, render) {
                eprintln!("error: cannot write {}: {e}", source::display(path));
                return Ok(ERROR);
            }
        }
    }
    if versions.errors.is_empty() {
        Ok(report.exit_code(fail_on))
    } else {
        Ok(ERROR)
    }
}

/// The diff report: each changed article's changes, and the effects on its cluster.
fn compare(clusters: &[Cluster], rules: &RuleSet, policy: &Policy) -> DiffReport {
    let mut report = DiffReport::default();
    for c in clusters {
        let mut before = factdiff::check(&c.before, rules, Vec::new());
        let mut after = factdiff::check(&c.after, rules, Vec::new());
        policy::apply(&mut before, policy);
        policy::apply(&mut after, policy);
        let id = |pair: &Pair| {
            pair.new
                .as_ref()
                .or(pair.old.as_ref())
                .map_or(String::new(), |a| a.id.clone())
        };
        let ids: Vec<String> = c.changed.iter().map(id).collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        // Each effect is shown under the changed article it stands on.
        let mut effects = versions::effects(&before, &after, &ids);
        for pair in &c.changed {
            let status = match (&pair.old, &pair.new) {
                (None, _) => Status::Added,
                (_, None) => Status::Deleted,
                _ => Status::Modified,
            };
            let mine;
            (mine, effects) = effects.into_iter().partition(|e| e.source == id(pair));
            report.articles.push(ArticleDiff {
                path: pair.path.clone(),
                status,
                changes: versions::changes(pair.old.as_ref(), pair.new.as_ref(), rules)
                    .into_iter()
                    .filter(|c| !policy.ignore.contains(&c.fact))
                    .collect(),
                effects: mine,
            });
        }
    }
    report.articles.sort_by(|a, b| a.path.cmp(&b.path));
    report
}

/// The articles under `path`; what cannot be read is added to `errors`.
fn read(path: &Path, errors: &mut Vec<String>) -> Vec<Article> {
    let loaded = source::load(
        &[path.to_path_buf()],
        source::InputFormat::Auto,
        &mut io::empty(),
    );
    errors.extend(loaded.errors.iter().map(|e| e.to_string()));
    loaded.articles
}

/// Two files (one article; its cluster is the rest of the new version's folder) or two
/// folders (a cluster; articles matched by their path inside the folder).
fn from_paths(old: &Path, new: &Path) -> Result<Versions, String> {
    let mut v = Versions {
        base: source::display(old),
        head: source::display(new),
        ..Versions::default()
    };
    if old.is_file() && new.is_file() {
        let o = read(old, &mut v.errors).into_iter().next();
        let n = read(new, &mut v.errors).into_iter().next();
        let (Some(mut o), Some(n)) = (o, n) else {
            return Err(v.errors.join("\n"));
        };
        let dir = new
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        // The rest of the folder, without either version of the article.
        let others: Vec<Article> = read(dir, &mut Vec::new())
            .into_iter()
            .filter(|a| a.origin != n.origin && a.origin != o.origin && a.id != n.id)
            .collect();
        o.id = n.id.clone();
        // In folder order, as `check` reads the folder.
        let mut before = others.clone();
        before.push(o.clone());
        before.sort_by(|a, b| a.id.cmp(&b.id));
        let mut after = others;
        after.push(n.clone());
        after.sort_by(|a, b| a.id.cmp(&b.id));
        let pair = Pair {
            path: source::display(new),
            old: Some(o),
            new: Some(n),
        };
        v.clusters.push(Cluster {
            before,
            after,
            changed: vec![pair],
        });
        return Ok(v);
    }
    if !(old.is_dir() && new.is_dir()) {
        return Err(format!(
            "{} and {}: OLD and NEW must be two files or two folders",
            v.base, v.head
        ));
    }
    let (before, after) = (read(old, &mut v.errors), read(new, &mut v.errors));
    let rel = |a: &Article, root: &Path| {
        let root = source::display(root);
        let origin = file_of(&a.origin);
        origin
            .strip_prefix(&root)
            .unwrap_or(origin)
            .trim_start_matches('/')
            .to_string()
    };
    let mut files: BTreeMap<String, (Vec<Article>, Vec<Article>)> = BTreeMap::new();
    for a in &before {
        files.entry(rel(a, old)).or_default().0.push(a.clone());
    }
    for a in &after {
        files.entry(rel(a, new)).or_default().1.push(a.clone());
    }
    let changed = files
        .into_iter()
        .flat_map(|(path, (o, n))| pairs(&path, o, n))
        .collect();
    v.clusters.push(Cluster {
        before,
        after,
        changed,
    });
    Ok(v)
}

/// The file an article was read from, without the line of a JSON Lines record.
fn file_of(origin: &str) -> &str {
    match origin.rsplit_once(':') {
        Some((file, line))
            if !line.is_empty()
                && line.bytes().all(|b| b.is_ascii_digit())
                && file.to_lowercase().ends_with(".jsonl") =>
        {
            file
        }
        _ => origin,
    }
}

/// The articles of one file that differ between its versions, paired by id (a text file holds
/// one; a JSON Lines file many, each shown as `FILE#ID`).
pub(super) fn pairs(path: &str, old: Vec<Article>, new: Vec<Article>) -> Vec<Pair> {
    let many = path.to_lowercase().ends_with(".jsonl");
    let mut by_id: BTreeMap<String, (Option<Article>, Option<Article>)> = BTreeMap::new();
    for a in old {
        let id = a.id.clone();
        by_id.entry(id).or_default().0 = Some(a);
    }
    for a in new {
        let id = a.id.clone();
        by_id.entry(id).or_default().1 = Some(a);
    }
    by_id
        .into_iter()
        .filter(|(_, (o, n))| o.as_ref().map(|a| &a.text) != n.as_ref().map(|a| &a.text))
        .map(|(id, (old, new))| Pair {
            path: if many {
                format!("{path}#{id}")
            } else {
                path.to_string()
            },
            old,
            new,
        })
        .collect()
}

//! The versions `factdiff diff --git` compares: the article files changed between two
//! revisions (or a revision and the working tree), grouped by folder, each folder a cluster
//! read whole at both sides with git. The configuration's `exclude` globs, `.factdiffignore`
//! files (as they are at each side) and hidden files leave paths out, as when `check` walks a
//! folder.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use factdiff::source::{self, Article, Exclude};
use factdiff::versions::git::{self, Rev};

use super::diff::{Cluster, Versions, pairs};

/// Which paths are not articles at one side: excluded, ignored or hidden.
struct Skip<'a> {
    exclude: &'a Exclude,
    /// The `.factdiffignore` of each folder at each side, read once.
    ignore_files: HashMap<(String, String), Option<String>>,
}

impl Skip<'_> {
    fn skips(&mut self, rev: &Rev, path: &str) -> Result<bool, String> {
        let p = Path::new(path);
        if self.exclude.matches(p)
            || p.components()
                .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
        {
            return Ok(true);
        }
        for dir in p.ancestors().skip(1) {
            let dir = source::display(dir);
            let key = (rev.name().to_string(), dir.clone());
            if !self.ignore_files.contains_key(&key) {
                let file = if dir.is_empty() {
                    source::IGNORE_FILE.to_string()
                } else {
                    format!("{dir}/{}", source::IGNORE_FILE)
                };
                let text = git::show(rev, &file)?.map(|b| String::from_utf8_lossy(&b).into_owned());
                self.ignore_files.insert(key.clone(), text);
            }
            if let Some(text) = &self.ignore_files[&key] {
                let rel = p.strip_prefix(&dir).unwrap_or(p);
                if source::ignores(text, rel) {
                    return Ok(true);
                }
            }
        }
        Ok(false)
    }
}

/// The articles of the file `path` at `rev` (none when it does not exist there).
fn file_at(rev: &Rev, path: &str, errors: &mut Vec<String>) -> Result<Vec<Article>, String> {
    let Some(bytes) = git::show(rev, path)? else {
        return Ok(Vec::new());
    };
    let loaded = source::read_contents(path, &bytes);
    errors.extend(
        loaded
            .errors
            .iter()
            .map(|e| format!("{e} (in {})", rev.name())),
    );
    Ok(loaded.articles)
}

/// The articles of `dir` at `rev`, read with git.
fn folder_at(
    rev: &Rev,
    dir: &str,
    skip: &mut Skip,
    errors: &mut Vec<String>,
) -> Result<Vec<Article>, String> {
    let mut out = Vec::new();
    for path in git::list(rev, dir)?
        .into_iter()
        .filter(|p| source::is_article_path(p))
    {
        if skip.skips(rev, &path)? {
            continue;
        }
        // Only the folder's own files: a subfolder is a cluster of its own.
        if Path::new(&path)
            .parent()
            .map(source::display)
            .unwrap_or_default()
            == dir
        {
            out.extend(file_at(rev, &path, errors)?);
        }
    }
    Ok(out)
}

/// The two sides of a range: `BASE..HEAD`, `BASE..` (to HEAD), `BASE...HEAD` (from where
/// HEAD branched off BASE, as a pull request compares), or `BASE` alone (to the working tree,
/// for edits not yet committed).
fn revisions(range: &str) -> Result<(String, Rev), String> {
    let bad = || format!("`{range}` is not a range BASE..HEAD, BASE...HEAD or BASE");
    let (base, head, merge_base) = match range.split_once("...") {
        Some((b, h)) => (b, h, true),
        None => match range.split_once("..") {
            Some((b, h)) => (b, if h.is_empty() { "HEAD" } else { h }, false),
            None => {
                git::verify(range)?;
                return Ok((range.to_string(), Rev::WorkTree));
            }
        },
    };
    let head = if head.is_empty() { "HEAD" } else { head };
    if base.is_empty() {
        return Err(bad());
    }
    git::verify(base)?;
    git::verify(head)?;
    let base = if merge_base {
        git::merge_base(base, head)?
    } else {
        base.to_string()
    };
    Ok((base, Rev::Commit(head.to_string())))
}

/// The article files changed between two revisions, grouped by folder: each folder is a
/// cluster, checked at both revisions.
pub(super) fn from_git(
    range: &str,
    paths: &[std::path::PathBuf],
    exclude: &Exclude,
) -> Result<Versions, String> {
    let (base, head) = revisions(range)?;
    let mut skip = Skip {
        exclude,
        ignore_files: HashMap::new(),
    };
    let base_rev = Rev::Commit(base.clone());
    let mut v = Versions {
        base: base.clone(),
        head: head.name().to_string(),
        ..Versions::default()
    };
    let paths: Vec<String> = paths.iter().map(|p| source::display(p)).collect();
    let mut folders: BTreeMap<String, Vec<git::FileChange>> = BTreeMap::new();
    for change in git::changed(&base, &head, &paths)?
        .into_iter()
        .filter(|c| source::is_article_path(c.path()))
    {
        // The side the file is at now decides (the base, for a deleted file).
        let side = match change {
            git::FileChange::Deleted(_) => &base_rev,
            _ => &head,
        };
        if skip.skips(side, change.path())? {
            continue;
        }
        let dir = Path::new(change.path())
            .parent()
            .map(source::display)
            .unwrap_or_default();
        folders.entry(dir).or_default().push(change);
    }
    for (dir, changes) in folders {
        let mut changed = Vec::new();
        for c in changes {
            let old = file_at(&base_rev, c.path(), &mut Vec::new())?;
            let new = file_at(&head, c.path(), &mut Vec::new())?;
            changed.extend(pairs(c.path(), old, new));
        }
        let before = folder_at(&base_rev, &dir, &mut skip, &mut Vec::new())?;
        let after = folder_at(&head, &dir, &mut skip, &mut v.errors)?;
        v.clusters.push(Cluster {
            before,
            after,
            changed,
        });
    }
    Ok(v)
}

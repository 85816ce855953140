//! Versions from a git repository, read with the `git` command (`git diff --name-status`,
//! `git show REV:path`, `git ls-tree`): nothing is checked out and the working tree is never
//! touched. Paths are relative to the current directory, as the user gives them.

use std::process::Command;

/// How a file changed between two revisions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileChange {
    /// Added at the later revision.
    Added(String),
    /// Deleted at the later revision.
    Deleted(String),
    /// Present at both, modified.
    Modified(String),
}

impl FileChange {
    /// The file's path.
    pub fn path(&self) -> &str {
        match self {
            FileChange::Added(p) | FileChange::Deleted(p) | FileChange::Modified(p) => p,
        }
    }
}

fn git(args: &[&str]) -> Result<Vec<u8>, String> {
    let out = Command::new("git")
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        Err(String::from_utf8_lossy(&out.stderr).trim().to_string())
    }
}

/// The files changed between `base` and `head` under `paths` (all, when empty).
pub fn changed(base: &str, head: &str, paths: &[String]) -> Result<Vec<FileChange>, String> {
    let mut args = vec![
        "diff",
        "--name-status",
        "--no-renames",
        "--relative",
        "-z",
        base,
        head,
        "--",
    ];
    args.extend(paths.iter().map(String::as_str));
    let out = git(&args)?;
    let fields: Vec<String> = out
        .split(|&b| b == 0)
        .filter(|f| !f.is_empty())
        .map(|f| String::from_utf8_lossy(f).into_owned())
        .collect();
    Ok(fields
        .chunks(2)
        .filter_map(|pair| match pair {
            [status, path] => Some(match status.chars().next() {
                Some('A') => FileChange::Added(path.clone()),
                Some('D') => FileChange::Deleted(path.clone()),
                _ => FileChange::Modified(path.clone()),
            }),
            _ => None,
        })
        .collect())
}

/// The contents of `path` at `rev`, or `None` when it does not exist there.
pub fn show(rev: &str, path: &str) -> Result<Option<Vec<u8>>, String> {
    let spec = format!("{rev}:./{path}");
    if git(&["cat-file", "-e", &spec]).is_err() {
        return Ok(None);
    }
    git(&["show", &spec]).map(Some)
}

/// The files under directory `dir` at `rev`.
pub fn list(rev: &str, dir: &str) -> Result<Vec<String>, String> {
    let dir = if dir.is_empty() { "." } else { dir };
    let out = git(&["ls-tree", "-r", "--name-only", "-z", rev, "--", dir])?;
    Ok(out
        .split(|&b| b == 0)
        .filter(|f| !f.is_empty())
        .map(|f| String::from_utf8_lossy(f).into_owned())
        .collect())
}

/// Checks that the current directory is inside a git repository and `rev` names a commit.
pub fn verify(rev: &str) -> Result<(), String> {
    git(&["rev-parse", "--git-dir"]).map_err(|e| {
        if e.starts_with("cannot run git") {
            e
        } else {
            "not inside a git repository (--git reads the repository of the current directory)"
                .to_string()
        }
    })?;
    git(&[
        "rev-parse",
        "--verify",
        "--quiet",
        &format!("{rev}^{{commit}}"),
    ])
    .map(|_| ())
    .map_err(|_| format!("`{rev}` is not a revision of this repository"))
}

/// The commit where `head` branched off `base`.
pub fn merge_base(base: &str, head: &str) -> Result<String, String> {
    let out = git(&["merge-base", base, head])
        .map_err(|_| format!("`{base}` and `{head}` have no common ancestor"))?;
    Ok(String::from_utf8_lossy(&out).trim().to_string())
}

//! Versions from a git repository, read with the `git` command (`git diff --name-status`,
//! `git show REV:path`, `git ls-tree`), or from the working tree for uncommitted edits:
//! nothing is checked out and the working tree is never written to. Paths are relative to the
//! current directory, as the user gives them.

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

/// One side of a comparison: a commit, or the files as they are now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rev {
    /// A revision git can name.
    Commit(String),
    /// The working tree: tracked files as edited, and new files git does not ignore.
    WorkTree,
}

impl Rev {
    /// The name shown in reports.
    pub fn name(&self) -> &str {
        match self {
            Rev::Commit(c) => c,
            Rev::WorkTree => "the working tree",
        }
    }
}

fn paths_of(out: &[u8]) -> Vec<String> {
    out.split(|&b| b == 0)
        .filter(|f| !f.is_empty())
        .map(|f| String::from_utf8_lossy(f).into_owned())
        .collect()
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
pub fn changed(base: &str, head: &Rev, paths: &[String]) -> Result<Vec<FileChange>, String> {
    let mut args = vec![
        "diff",
        "--name-status",
        "--no-renames",
        "--relative",
        "-z",
        base,
    ];
    if let Rev::Commit(head) = head {
        args.push(head);
    }
    args.push("--");
    args.extend(paths.iter().map(String::as_str));
    let fields = paths_of(&git(&args)?);
    let mut out: Vec<FileChange> = fields
        .chunks(2)
        .filter_map(|pair| match pair {
            [status, path] => Some(match status.chars().next() {
                Some('A') => FileChange::Added(path.clone()),
                Some('D') => FileChange::Deleted(path.clone()),
                _ => FileChange::Modified(path.clone()),
            }),
            _ => None,
        })
        .collect();
    if *head == Rev::WorkTree {
        // New files not yet added are new articles too (unless git ignores them).
        let mut args = vec!["ls-files", "--others", "--exclude-standard", "-z", "--"];
        args.extend(paths.iter().map(String::as_str));
        out.extend(paths_of(&git(&args)?).into_iter().map(FileChange::Added));
    }
    Ok(out)
}

/// The contents of `path` at `rev`, or `None` when it does not exist there.
pub fn show(rev: &Rev, path: &str) -> Result<Option<Vec<u8>>, String> {
    let rev = match rev {
        Rev::Commit(rev) => rev,
        Rev::WorkTree => return Ok(std::fs::read(path).ok()),
    };
    let spec = format!("{rev}:./{path}");
    if git(&["cat-file", "-e", &spec]).is_err() {
        return Ok(None);
    }
    git(&["show", &spec]).map(Some)
}

/// The files under directory `dir` at `rev`.
pub fn list(rev: &Rev, dir: &str) -> Result<Vec<String>, String> {
    let dir = if dir.is_empty() { "." } else { dir };
    match rev {
        Rev::Commit(rev) => Ok(paths_of(&git(&[
            "ls-tree",
            "-r",
            "--name-only",
            "-z",
            rev,
            "--",
            dir,
        ])?)),
        Rev::WorkTree => {
            let args = [
                "ls-files",
                "--cached",
                "--others",
                "--exclude-standard",
                "-z",
                "--",
                dir,
            ];
            let mut files: Vec<String> = paths_of(&git(&args)?)
                .into_iter()
                .filter(|p| std::path::Path::new(p).is_file())
                .collect();
            files.sort();
            files.dedup();
            Ok(files)
        }
    }
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

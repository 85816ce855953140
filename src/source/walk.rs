//! Which files a run reads: directories walked in sorted order (hidden entries skipped), glob
//! patterns expanded, and paths left out by the configuration's `exclude` globs or by a
//! `.factdiffignore` file (one glob a line, relative to its directory, `#` for comments).

use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};

use super::{InputFormat, Loaded, display, error, io_message, read_file};

/// The name of an ignore file in a directory of articles.
pub const IGNORE_FILE: &str = ".factdiffignore";

/// Paths never read as articles.
#[derive(Debug, Clone, Default)]
pub struct Exclude {
    set: Option<(GlobSet, PathBuf)>,
}

/// Globs that match a path below `base`: a pattern without a `/` at its start matches at any
/// depth, as in `.gitignore`.
fn compile(globs: &[String]) -> Result<GlobSet, globset::Error> {
    let mut b = GlobSetBuilder::new();
    for g in globs {
        let g = g.trim_end_matches('/');
        match g.strip_prefix('/') {
            Some(anchored) => {
                b.add(Glob::new(anchored)?);
                b.add(Glob::new(&format!("{anchored}/**"))?);
            }
            None => {
                for pattern in [
                    g.to_string(),
                    format!("{g}/**"),
                    format!("**/{g}"),
                    format!("**/{g}/**"),
                ] {
                    b.add(Glob::new(&pattern)?);
                }
            }
        }
    }
    b.build()
}

impl Exclude {
    /// Globs relative to `base` (the configuration's directory).
    pub fn new(globs: &[String], base: &Path) -> Result<Exclude, globset::Error> {
        if globs.is_empty() {
            return Ok(Exclude::default());
        }
        Ok(Exclude {
            set: Some((compile(globs)?, absolute(base))),
        })
    }

    /// True when `path` is excluded.
    pub fn matches(&self, path: &Path) -> bool {
        let Some((set, base)) = &self.set else {
            return false;
        };
        let path = absolute(path);
        path.strip_prefix(base)
            .map_or_else(|_| set.is_match(&path), |rel| set.is_match(rel))
    }
}

fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

/// True when the text of a `.factdiffignore` leaves out `rel`, a path relative to its folder
/// (for versions read from git rather than walked on disk).
pub fn ignores(ignore_file: &str, rel: &Path) -> bool {
    compile(&globs_of(ignore_file)).is_ok_and(|set| set.is_match(rel))
}

/// The globs of an ignore file: one a line, `#` for comments.
fn globs_of(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// The ignore globs of `dir`'s `.factdiffignore`, if it has one.
fn ignore_file(dir: &Path) -> Option<(PathBuf, GlobSet)> {
    let text = std::fs::read_to_string(dir.join(IGNORE_FILE)).ok()?;
    let globs: Vec<String> = globs_of(&text);
    compile(&globs).ok().map(|set| (dir.to_path_buf(), set))
}

/// Reads the article files under `dir`, in sorted order.
pub(super) fn walk(
    dir: &Path,
    format: InputFormat,
    exclude: &Exclude,
    ignores: &[(PathBuf, GlobSet)],
    loaded: &mut Loaded,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return loaded.errors.push(error(&display(dir), &io_message(&e))),
    };
    let mut ignores = ignores.to_vec();
    ignores.extend(ignore_file(dir));
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    paths.sort();
    for path in paths {
        let ignored = ignores
            .iter()
            .any(|(base, set)| path.strip_prefix(base).is_ok_and(|rel| set.is_match(rel)));
        if ignored || exclude.matches(&path) {
            continue;
        }
        if path.is_dir() {
            walk(&path, format, exclude, &ignores, loaded);
        } else {
            read_file(&path, format, false, loaded);
        }
    }
}

/// True when a path argument has glob characters.
pub(super) fn is_pattern(path: &Path) -> bool {
    path.to_string_lossy().contains(['*', '?', '['])
}

/// Reads the article files a pattern matches, under the pattern's fixed leading directories.
pub(super) fn expand(pattern: &Path, format: InputFormat, exclude: &Exclude, loaded: &mut Loaded) {
    let text = pattern.to_string_lossy().replace('\\', "/");
    let Ok(glob) = Glob::new(&text) else {
        return loaded.errors.push(error(&text, "not a valid glob pattern"));
    };
    let matcher = glob.compile_matcher();
    let fixed: Vec<&str> = text
        .split('/')
        .take_while(|c| !c.contains(['*', '?', '[']))
        .collect();
    let base = if fixed.is_empty() {
        PathBuf::from(".")
    } else {
        PathBuf::from(fixed.join("/"))
    };
    let mut files = Vec::new();
    collect(&base, &mut files);
    files.sort();
    for file in files {
        let shown = display(&file);
        let shown = shown.strip_prefix("./").unwrap_or(&shown);
        if matcher.is_match(shown) && !exclude.matches(&file) {
            read_file(&file, format, false, loaded);
        }
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        {
            continue;
        }
        if p.is_dir() {
            collect(&p, out);
        } else {
            out.push(p);
        }
    }
}

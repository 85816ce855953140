//! Reading articles: files, directories, standard input and JSON Lines, each article with an
//! id and an optional publication date. One bad input is an error for that input only; the
//! others are still read.

mod html;
mod jsonl;
mod published;
mod walk;

use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::span::Span;

pub use published::{PublishedFrom, parse_date_arg};
pub use walk::{Exclude, IGNORE_FILE, ignores};

/// One news article.
#[derive(Debug, Clone)]
pub struct Article {
    /// Short, unique name: the file stem, or the JSONL `id`.
    pub id: String,
    /// Where it was read from, for messages: a path, `path:LINE` for JSONL, or `<stdin>`.
    pub origin: String,
    /// The file as read (front matter included), so that spans and lines refer to the file.
    pub text: String,
    /// The part of `text` to analyse: after front matter and a leading date line.
    pub body: Span,
    /// The publication date, if known.
    pub published: Option<Date>,
    /// Where the publication date came from.
    pub published_from: Option<PublishedFrom>,
    /// The headline, if the input gave one.
    pub title: Option<String>,
    /// The address, if the input gave one.
    pub url: Option<String>,
    /// Facts this article silences with an inline marker (`<!-- factdiff-ignore: fact -->`).
    pub ignored: Vec<String>,
}

/// A problem with one input, located where possible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The path (or `<stdin>`) of the input.
    pub path: String,
    /// 1-based line, when the problem has one.
    pub line: Option<usize>,
    /// 1-based column in characters, when the problem has one.
    pub column: Option<usize>,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.path)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

/// How to read inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// By extension: `.jsonl` is JSON Lines; `.txt`, `.md`, `.markdown` are text; `.html`,
    /// `.htm` are saved pages.
    #[default]
    Auto,
    /// Every input is one article of plain text or Markdown.
    Text,
    /// Every input is JSON Lines, one article a line.
    Jsonl,
    /// Every input is a saved HTML page, one article a page.
    Html,
}

/// Everything read from the inputs.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The articles, in input order (directories in sorted order).
    pub articles: Vec<Article>,
    /// Inputs that could not be read.
    pub errors: Vec<InputError>,
    /// Files passed over, with the reason.
    pub notes: Vec<String>,
}

const TEXT_EXTENSIONS: &[&str] = &["txt", "md", "markdown"];
const HTML_EXTENSIONS: &[&str] = &["html", "htm"];

/// Reads every input named in `paths` (`-` is standard input, read with `stdin`).
pub fn load(paths: &[PathBuf], format: InputFormat, stdin: &mut dyn std::io::Read) -> Loaded {
    load_excluding(paths, format, stdin, &Exclude::default())
}

/// Reads every input named in `paths`, leaving out what `exclude` names. A path with glob
/// characters that names no file is a pattern (`articles/**/*.md`).
pub fn load_excluding(
    paths: &[PathBuf],
    format: InputFormat,
    stdin: &mut dyn std::io::Read,
    exclude: &Exclude,
) -> Loaded {
    let mut loaded = Loaded::default();
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            match stdin.read_to_end(&mut bytes) {
                Ok(_) => read_bytes("<stdin>", "stdin", &bytes, format, &mut loaded),
                Err(e) => loaded.errors.push(error("<stdin>", &e.to_string())),
            }
        } else if path.is_dir() {
            let before = loaded.articles.len() + loaded.errors.len();
            walk::walk(path, format, exclude, &[], &mut loaded);
            if loaded.articles.len() + loaded.errors.len() == before {
                loaded.errors.push(error(
                    &display(path),
                    "no articles found in this directory (looked for .txt, .md, .html and .jsonl files)",
                ));
            }
        } else if !path.exists() && walk::is_pattern(path) {
            let before = loaded.articles.len() + loaded.errors.len();
            walk::expand(path, format, exclude, &mut loaded);
            if loaded.articles.len() + loaded.errors.len() == before {
                loaded.errors.push(error(
                    &display(path),
                    "no article file matches this pattern",
                ));
            }
        } else if exclude.matches(path) {
            loaded.notes.push(format!(
                "skipped {}: excluded by the configuration",
                display(path)
            ));
        } else {
            read_file(path, format, true, &mut loaded);
        }
    }
    dedupe_ids(&mut loaded.articles);
    loaded
}

pub(crate) fn read_file(path: &Path, format: InputFormat, named: bool, loaded: &mut Loaded) {
    let shown = display(path);
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let format = match format {
        InputFormat::Auto if ext == "jsonl" => InputFormat::Jsonl,
        InputFormat::Auto if TEXT_EXTENSIONS.contains(&ext.as_str()) => InputFormat::Text,
        InputFormat::Auto if HTML_EXTENSIONS.contains(&ext.as_str()) => InputFormat::Html,
        InputFormat::Auto => {
            let why =
                "not an article file (.txt, .md, .html or .jsonl; use --input-format to read it)";
            if named && !path.exists() {
                loaded
                    .errors
                    .push(error(&shown, "no such file or directory"));
            } else {
                loaded.notes.push(format!("skipped {shown}: {why}"));
            }
            return;
        }
        other => other,
    };
    match std::fs::read(path) {
        Ok(bytes) => {
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| shown.clone());
            read_bytes(&shown, &stem, &bytes, format, loaded);
        }
        Err(e) => loaded.errors.push(error(&shown, &io_message(&e))),
    }
}

/// Reads the contents of a file that is not (or no longer) on disk — a version from git —
/// as its path's extension says; other extensions are not articles and give nothing.
pub fn read_contents(path: &str, bytes: &[u8]) -> Loaded {
    let mut loaded = Loaded::default();
    let p = Path::new(path);
    let ext = p
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let format = if ext == "jsonl" {
        InputFormat::Jsonl
    } else if TEXT_EXTENSIONS.contains(&ext.as_str()) {
        InputFormat::Text
    } else if HTML_EXTENSIONS.contains(&ext.as_str()) {
        InputFormat::Html
    } else {
        return loaded;
    };
    let stem = p
        .file_stem()
        .map_or_else(|| path.to_string(), |s| s.to_string_lossy().into_owned());
    read_bytes(path, &stem, bytes, format, &mut loaded);
    loaded
}

/// True when a path's extension makes it an article file.
pub fn is_article_path(path: &str) -> bool {
    let ext = Path::new(path)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    ext == "jsonl"
        || TEXT_EXTENSIONS.contains(&ext.as_str())
        || HTML_EXTENSIONS.contains(&ext.as_str())
}

fn read_bytes(shown: &str, stem: &str, bytes: &[u8], format: InputFormat, loaded: &mut Loaded) {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            let column = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
            loaded.errors.push(InputError {
                path: shown.to_string(),
                line: Some(line),
                column: Some(column),
                message: "not valid UTF-8 text".to_string(),
            });
            return;
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if format == InputFormat::Jsonl {
        return jsonl::read(shown, text, loaded);
    }
    if format == InputFormat::Html {
        let page = html::read(text);
        if page.text.trim().is_empty() {
            return loaded
                .errors
                .push(error(shown, "no article text found in this page"));
        }
        return loaded.articles.push(Article {
            id: stem.to_string(),
            origin: shown.to_string(),
            body: Span::new(0, page.text.len()),
            published: page.published,
            published_from: page.published.map(|_| PublishedFrom::HtmlMeta),
            title: page.title,
            url: page.url,
            ignored: ignore_markers(text),
            text: page.text,
        });
    }
    if text.trim().is_empty() {
        loaded.errors.push(error(shown, "the article is empty"));
        return;
    }
    loaded.articles.push(article(stem, shown, text.to_string()));
}

/// Builds an article from its text, taking front matter and a leading date line into account.
pub fn article(id: &str, origin: &str, text: String) -> Article {
    let head = published::read_head(&text);
    Article {
        id: id.to_string(),
        origin: origin.to_string(),
        body: head.body,
        published: head.published.map(|(d, _)| d),
        published_from: head.published.map(|(_, from)| from),
        title: head.title,
        url: head.url,
        ignored: ignore_markers(&text),
        text,
    }
}

/// The fact ids named by `factdiff-ignore:` markers, as an editor writes them in a comment:
/// `<!-- factdiff-ignore: vehicle-speed -->`, `[//]: # (factdiff-ignore: a, b)`.
pub fn ignore_markers(text: &str) -> Vec<String> {
    const MARKER: &str = "factdiff-ignore:";
    let mut out = Vec::new();
    for (i, _) in text.match_indices(MARKER) {
        let rest = &text[i + MARKER.len()..];
        let end = rest
            .find(|c: char| {
                !(c.is_ascii_lowercase()
                    || c.is_ascii_digit()
                    || matches!(c, '-' | ',' | ' ' | '\t'))
            })
            .unwrap_or(rest.len());
        for id in rest[..end]
            .split([',', ' ', '\t'])
            .filter(|s| !s.is_empty())
        {
            if !out.iter().any(|o| o == id) {
                out.push(id.to_string());
            }
        }
    }
    out
}

/// Makes ids unique: a repeated id gets `-2`, `-3`, … in input order.
fn dedupe_ids(articles: &mut [Article]) {
    let mut seen = std::collections::BTreeSet::new();
    for a in articles.iter_mut() {
        if !seen.insert(a.id.clone()) {
            let mut n = 2;
            while !seen.insert(format!("{}-{n}", a.id)) {
                n += 1;
            }
            a.id = format!("{}-{n}", a.id);
        }
    }
}

fn error(path: &str, message: &str) -> InputError {
    InputError {
        path: path.to_string(),
        line: None,
        column: None,
        message: message.to_string(),
    }
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// A path as shown in messages: forward slashes, no leading `./`.
pub fn display(path: &Path) -> String {
    let s = path.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").unwrap_or(&s).to_string()
}

/// Applies `--published ID=DATE` overrides; returns the ids that name no article.
pub fn apply_published(articles: &mut [Article], overrides: &[(String, Date)]) -> Vec<String> {
    let mut unknown = Vec::new();
    for (id, date) in overrides {
        match articles.iter_mut().find(|a| &a.id == id) {
            Some(a) => {
                a.published = Some(*date);
                a.published_from = Some(PublishedFrom::Option);
            }
            None => unknown.push(id.clone()),
        }
    }
    unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_dir(dir: &Path) -> Loaded {
        load(
            &[dir.to_path_buf()],
            InputFormat::Auto,
            &mut std::io::empty(),
        )
    }

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("factdiff-src-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn directories_are_read_recursively_in_sorted_order_and_others_skipped() {
        let dir = temp_dir("walk");
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("b.txt"), "Second article.").unwrap();
        std::fs::write(dir.join("sub/a.md"), "Nested article.").unwrap();
        std::fs::write(dir.join("photo.jpg"), [0xff, 0xd8]).unwrap();
        std::fs::write(dir.join(".hidden.txt"), "Hidden.").unwrap();
        let loaded = load_dir(&dir);
        let ids: Vec<&str> = loaded.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, vec!["b", "a"]);
        assert_eq!(loaded.notes.len(), 1);
        assert!(loaded.notes[0].contains("photo.jpg"));
        assert!(loaded.errors.is_empty());
    }

    #[test]
    fn bad_files_are_errors_and_the_others_are_still_read() {
        let dir = temp_dir("bad");
        std::fs::write(dir.join("good.txt"), "A fine article.").unwrap();
        std::fs::write(dir.join("empty.txt"), "  \n").unwrap();
        std::fs::write(dir.join("latin1.txt"), b"ok line\ncaf\xe9 au lait").unwrap();
        let loaded = load_dir(&dir);
        assert_eq!(loaded.articles.len(), 1);
        let msgs: Vec<String> = loaded.errors.iter().map(|e| e.to_string()).collect();
        assert!(
            msgs.iter()
                .any(|m| m.ends_with("empty.txt: the article is empty")),
            "{msgs:?}"
        );
        assert!(
            msgs.iter()
                .any(|m| m.ends_with("latin1.txt:2:4: not valid UTF-8 text")),
            "{msgs:?}"
        );
    }

    #[test]
    fn a_missing_path_and_an_empty_directory_are_errors() {
        let dir = temp_dir("empty-dir");
        let missing = dir.join("nope.txt");
        let loaded = load(
            &[missing, dir.clone()],
            InputFormat::Auto,
            &mut std::io::empty(),
        );
        assert_eq!(loaded.errors.len(), 2);
        assert_eq!(loaded.errors[0].message, "no such file or directory");
        assert!(loaded.errors[1].message.starts_with("no articles found"));
    }

    #[test]
    fn standard_input_is_one_article() {
        let mut input: &[u8] = b"The train left at noon.";
        let loaded = load(&[PathBuf::from("-")], InputFormat::Auto, &mut input);
        assert_eq!(loaded.articles[0].id, "stdin");
        assert_eq!(loaded.articles[0].origin, "<stdin>");
    }

    #[test]
    fn repeated_ids_are_made_unique() {
        let dir = temp_dir("dupes");
        std::fs::create_dir_all(dir.join("x")).unwrap();
        std::fs::write(dir.join("a.txt"), "One.").unwrap();
        std::fs::write(dir.join("x/a.txt"), "Two.").unwrap();
        let ids: Vec<String> = load_dir(&dir).articles.into_iter().map(|a| a.id).collect();
        assert_eq!(ids, vec!["a", "a-2"]);
    }

    #[test]
    fn published_overrides_apply_by_id() {
        let mut articles = vec![article("a", "a.txt", "Text.".to_string())];
        let date = Date::new(2024, 6, 13).unwrap();
        let unknown = apply_published(&mut articles, &[("a".into(), date), ("zz".into(), date)]);
        assert_eq!(articles[0].published, Some(date));
        assert_eq!(articles[0].published_from, Some(PublishedFrom::Option));
        assert_eq!(unknown, vec!["zz".to_string()]);
    }
}

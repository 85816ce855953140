//! JSON Lines input: one article a line, `{"id", "text", "published", "title", "url"}`, only
//! `text` required. A bad line is an error located at its line and column; the other lines
//! are still read.

use serde::Deserialize;

use super::published::{PublishedFrom, parse_date_prefix};
use super::{InputError, Loaded, article};

#[derive(Deserialize)]
struct RawArticle {
    #[serde(default)]
    id: Option<serde_json::Value>,
    text: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

/// Reads the JSON Lines file `shown` with contents `text` into `loaded`.
pub(super) fn read(shown: &str, text: &str, loaded: &mut Loaded) {
    let before = loaded.articles.len() + loaded.errors.len();
    for (n, line) in text.lines().enumerate() {
        let n = n + 1;
        if line.trim().is_empty() {
            continue;
        }
        let at = |column: usize, message: String| InputError {
            path: shown.to_string(),
            line: Some(n),
            column: Some(column),
            message,
        };
        let raw: RawArticle = match serde_json::from_str(line) {
            Ok(raw) => raw,
            Err(e) => {
                let col = line
                    .get(..e.column().saturating_sub(1))
                    .map_or(e.column(), |s| s.chars().count() + 1);
                let msg = e.to_string();
                let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
                loaded
                    .errors
                    .push(at(col, format!("not a JSON article: {msg}")));
                continue;
            }
        };
        let Some(body) = raw.text.filter(|t| !t.trim().is_empty()) else {
            loaded
                .errors
                .push(at(1, "the article has no \"text\"".to_string()));
            continue;
        };
        let id = match raw.id {
            Some(serde_json::Value::String(s)) if !s.is_empty() => s,
            Some(serde_json::Value::Number(num)) => num.to_string(),
            _ => format!("line-{n}"),
        };
        let mut a = article(&id, &format!("{shown}:{n}"), body);
        if let Some(p) = raw.published.filter(|p| !p.is_empty()) {
            match parse_date_prefix(&p) {
                Some(date) => {
                    a.published = Some(date);
                    a.published_from = Some(PublishedFrom::Jsonl);
                }
                None => {
                    let col = line
                        .find("\"published\"")
                        .map_or(1, |i| line[..i].chars().count() + 1);
                    loaded.errors.push(at(
                        col,
                        format!("\"published\" is not a date in the form YYYY-MM-DD: '{p}'"),
                    ));
                    continue;
                }
            }
        }
        a.title = raw.title.or(a.title);
        a.url = raw.url.or(a.url);
        loaded.articles.push(a);
    }
    if loaded.articles.len() + loaded.errors.len() == before {
        loaded.errors.push(InputError {
            path: shown.to_string(),
            line: None,
            column: None,
            message: "no articles in this JSON Lines file".to_string(),
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::source::{InputFormat, PublishedFrom, load};
    use jiff::civil::Date;
    use std::path::PathBuf;

    fn read(input: &str) -> crate::source::Loaded {
        let mut bytes = input.as_bytes();
        load(&[PathBuf::from("-")], InputFormat::Jsonl, &mut bytes)
    }

    #[test]
    fn reads_articles_with_optional_fields() {
        let loaded = read(concat!(
            "{\"id\": \"wire\", \"text\": \"The train left.\", \"published\": \"2024-06-13\", \"title\": \"T\"}\n",
            "\n",
            "{\"text\": \"No id here.\", \"category\": \"ignored\"}\n",
        ));
        assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
        assert_eq!(loaded.articles[0].id, "wire");
        assert_eq!(
            loaded.articles[0].published,
            Some(Date::new(2024, 6, 13).unwrap())
        );
        assert_eq!(
            loaded.articles[0].published_from,
            Some(PublishedFrom::Jsonl)
        );
        assert_eq!(loaded.articles[0].title.as_deref(), Some("T"));
        assert_eq!(loaded.articles[1].id, "line-3");
        assert_eq!(loaded.articles[1].origin, "<stdin>:3");
    }

    #[test]
    fn a_bad_line_is_located_and_the_rest_still_read() {
        let loaded = read(concat!(
            "{\"id\": \"a\", \"text\": \"Fine.\"}\n",
            "{\"id\": \"b\", \"text\": \"Broken\n",
            "{\"id\": \"c\"}\n",
            "{\"id\": \"d\", \"text\": \"Dated.\", \"published\": \"June 2024\"}\n",
            "{\"id\": \"e\", \"text\": \"Also fine.\"}\n",
        ));
        let ids: Vec<&str> = loaded.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, vec!["a", "e"]);
        let errs: Vec<String> = loaded.errors.iter().map(|e| e.to_string()).collect();
        assert!(errs[0].starts_with("<stdin>:2:"), "{errs:?}");
        assert!(errs[0].contains("not a JSON article"), "{errs:?}");
        assert_eq!(errs[1], "<stdin>:3:1: the article has no \"text\"");
        assert!(
            errs[2].starts_with("<stdin>:4:") && errs[2].contains("\"published\""),
            "{errs:?}"
        );
    }
}

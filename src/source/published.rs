//! Where an article's publication date comes from: the command line, front matter, or a
//! date line at the very top of the text — and where its body begins.

use jiff::civil::Date;
use serde::Serialize;

use crate::span::Span;
use crate::values::{self, DatePrecision, Value};

/// The origin of a publication date, in order of precedence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PublishedFrom {
    /// `--published ID=YYYY-MM-DD` on the command line.
    Option,
    /// A `published:` or `date:` key in front matter.
    FrontMatter,
    /// A date alone on the first line ("Tuesday, June 25, 2024").
    DateLine,
    /// The `published` field of a JSON Lines article.
    Jsonl,
    /// A saved HTML page's metadata (`article:published_time`, JSON-LD `datePublished`,
    /// `<time datetime>`).
    HtmlMeta,
}

impl PublishedFrom {
    /// The name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            PublishedFrom::Option => "option",
            PublishedFrom::FrontMatter => "front-matter",
            PublishedFrom::DateLine => "date-line",
            PublishedFrom::Jsonl => "jsonl",
            PublishedFrom::HtmlMeta => "html-meta",
        }
    }
}

/// What the top of an article says about it.
#[derive(Debug, Default)]
pub(crate) struct Head {
    pub body: Span,
    pub published: Option<(Date, PublishedFrom)>,
    pub title: Option<String>,
    pub url: Option<String>,
}

/// Reads front matter (`---` YAML-style or `+++` TOML-style) and a leading date line.
pub(crate) fn read_head(text: &str) -> Head {
    let mut head = Head {
        body: Span::new(0, text.len()),
        ..Head::default()
    };
    if let Some((fields, body_start)) = front_matter(text) {
        head.body = Span::new(body_start, text.len());
        for (key, value) in fields {
            match key.as_str() {
                "published" | "date" if head.published.is_none() => {
                    head.published =
                        parse_date_prefix(&value).map(|d| (d, PublishedFrom::FrontMatter));
                }
                "title" => head.title = Some(value),
                "url" | "link" => head.url = Some(value),
                _ => {}
            }
        }
    }
    // A date line: the first non-empty line of the body is a date and nothing else, and an
    // article follows it (a text that is only a date is not dated by itself).
    let body = &text[head.body.start..];
    let lead = body.len() - body.trim_start().len();
    let line_start = head.body.start + lead;
    let line_end = text[line_start..]
        .find('\n')
        .map_or(text.len(), |i| line_start + i);
    let more = !text[line_end..].trim().is_empty();
    if let Some(date) = date_line(&text[line_start..line_end]).filter(|_| more) {
        if head.published.is_none() {
            head.published = Some((date, PublishedFrom::DateLine));
        }
        head.body = Span::new((line_end + 1).min(text.len()), text.len());
    }
    head
}

/// The key/value pairs of front matter and the byte offset where the body starts.
fn front_matter(text: &str) -> Option<(Vec<(String, String)>, usize)> {
    let fence = ["---", "+++"].into_iter().find(|f| {
        text.strip_prefix(f)
            .is_some_and(|rest| rest.starts_with('\n') || rest.starts_with("\r\n"))
    })?;
    let mut fields = Vec::new();
    let mut offset = text.find('\n')? + 1;
    for line in text[offset..].split_inclusive('\n') {
        offset += line.len();
        let trimmed = line.trim();
        if trimmed == fence {
            return Some((fields, offset));
        }
        let sep = trimmed.find([':', '=']);
        if let Some(i) = sep {
            let key = trimmed[..i].trim().to_ascii_lowercase();
            let value = trimmed[i + 1..]
                .trim()
                .trim_matches(['"', '\''])
                .to_string();
            fields.push((key, value));
        }
    }
    None
}

/// A date at the start of a front-matter value: `2024-06-25`, `2024-06-25T10:00:00Z`.
pub(crate) fn parse_date_prefix(value: &str) -> Option<Date> {
    value.get(..10)?.parse().ok()
}

/// The date a line consists of, if the line is a day-precise date and nothing else
/// but a weekday and punctuation ("Sat. Sep 30th, 2023").
fn date_line(line: &str) -> Option<Date> {
    let line = line.trim();
    if line.is_empty() || line.len() > 60 {
        return None;
    }
    let found = values::recognize(line, &values::Context::default());
    let [only] = found.as_slice() else {
        return None;
    };
    let Value::Date(d) = &only.value else {
        return None;
    };
    if d.precision != DatePrecision::Day || d.relative.is_some() {
        return None;
    }
    let rest = format!("{}{}", &line[..only.span.start], &line[only.span.end..]);
    let words: Vec<&str> = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let weekday_only = words.len() <= 1
        && words
            .iter()
            .all(|w| values::dates::weekday_name(w).is_some());
    weekday_only
        .then(|| d.range.map(|(start, _)| start))
        .flatten()
}

/// Parses a `--published` argument, `ID=YYYY-MM-DD`.
pub fn parse_date_arg(arg: &str) -> Result<(String, Date), String> {
    let (id, date) = arg
        .split_once('=')
        .ok_or_else(|| format!("expected ID=YYYY-MM-DD, got '{arg}'"))?;
    let date: Date = date
        .trim()
        .parse()
        .map_err(|_| format!("'{date}' is not a date in the form YYYY-MM-DD"))?;
    if id.trim().is_empty() {
        return Err(format!("expected ID=YYYY-MM-DD, got '{arg}'"));
    }
    Ok((id.trim().to_string(), date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_front_matter_gives_date_title_and_body() {
        let text =
            "---\ntitle: \"Train derails\"\npublished: 2024-06-13T08:00:00Z\n---\nBody here.";
        let head = read_head(text);
        assert_eq!(
            head.published,
            Some((Date::new(2024, 6, 13).unwrap(), PublishedFrom::FrontMatter))
        );
        assert_eq!(head.title.as_deref(), Some("Train derails"));
        assert_eq!(&text[head.body.start..head.body.end], "Body here.");
    }

    #[test]
    fn toml_front_matter_uses_date_key() {
        let text = "+++\ndate = 2023-09-30\n+++\nBody.";
        let head = read_head(text);
        assert_eq!(
            head.published.map(|p| p.0),
            Some(Date::new(2023, 9, 30).unwrap())
        );
    }

    #[test]
    fn an_unclosed_fence_is_not_front_matter() {
        let text = "---\nThis is just a rule line\nand text.";
        let head = read_head(text);
        assert_eq!(head.body, Span::new(0, text.len()));
        assert_eq!(head.published, None);
    }

    #[test]
    fn a_date_line_dates_the_article_and_leaves_the_body() {
        let text = "Tuesday, June 25, 2024\nHeadline\n\nBody.";
        let head = read_head(text);
        assert_eq!(
            head.published,
            Some((Date::new(2024, 6, 25).unwrap(), PublishedFrom::DateLine))
        );
        assert_eq!(&text[head.body.start..head.body.end], "Headline\n\nBody.");
        let head = read_head("Sat. Sep 30th, 2023\nNorth Korean Leader Holds Talks");
        assert_eq!(
            head.published.map(|p| p.0),
            Some(Date::new(2023, 9, 30).unwrap())
        );
    }

    #[test]
    fn a_line_that_is_not_only_a_date_or_a_text_that_is_only_a_date_is_no_date_line() {
        assert_eq!(read_head("June 25, 2024 was hot.\nMore.").published, None);
        assert_eq!(read_head("Last month\nMore.").published, None);
        let head = read_head("thanksgiving 2013");
        assert_eq!(head.published, None);
        assert_eq!(head.body, Span::new(0, 17));
    }

    #[test]
    fn published_argument_parsing() {
        assert_eq!(
            parse_date_arg("002_x=2024-06-13"),
            Ok(("002_x".to_string(), Date::new(2024, 6, 13).unwrap()))
        );
        assert!(
            parse_date_arg("002_x")
                .unwrap_err()
                .contains("ID=YYYY-MM-DD")
        );
        assert!(
            parse_date_arg("a=2024-13-01")
                .unwrap_err()
                .contains("not a date")
        );
    }
}

//! HTML articles: the main text of a saved news page — its headline and paragraphs, without
//! navigation, scripts, styles, share bars and other boilerplate — with the publication date
//! and address from the page's metadata. The extracted text is the article's text: every span,
//! line and column refers to it, and `factdiff extract --format text` prints it.

use jiff::civil::Date;
use scraper::{ElementRef, Html, Node, Selector};

use super::published::parse_date_prefix;

/// What a page gives.
#[derive(Debug, Default, PartialEq)]
pub struct Page {
    /// The headline, then each paragraph, separated by blank lines.
    pub text: String,
    /// The headline.
    pub title: Option<String>,
    /// The publication date from the page's metadata.
    pub published: Option<Date>,
    /// The canonical address.
    pub url: Option<String>,
}

/// Elements whose content is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button",
    "select", "svg", "iframe", "object", "embed", "figure", "menu", "dialog", "head",
];
/// Class or id words of page furniture: a page's `share-bar`, `site-nav`, `related-links`.
const FURNITURE: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "footer",
    "sidebar",
    "share",
    "sharing",
    "social",
    "related",
    "recommended",
    "comment",
    "comments",
    "promo",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "newsletter",
    "subscribe",
    "subscription",
    "cookie",
    "cookies",
    "breadcrumb",
    "breadcrumbs",
    "popup",
    "modal",
    "banner",
    "paywall",
    "outbrain",
    "taboola",
    "tags",
];
/// Elements that make a paragraph of their own.
const BLOCKS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "td",
    "th",
    "caption",
    "div",
    "section",
    "article",
    "main",
    "header",
    "ul",
    "ol",
    "table",
    "tr",
    "br",
    "hr",
    "address",
];
/// Metadata that gives the publication date, most specific first.
const DATE_META: &[&str] = &[
    r#"meta[property="article:published_time"]"#,
    r#"meta[name="article:published_time"]"#,
    r#"meta[itemprop="datePublished"]"#,
    r#"meta[name="pubdate"]"#,
    r#"meta[name="publish-date"]"#,
    r#"meta[name="parsely-pub-date"]"#,
    r#"meta[name="dc.date.issued"]"#,
    r#"meta[name="DC.date.issued"]"#,
    r#"meta[name="date"]"#,
];

fn select(s: &str) -> Selector {
    Selector::parse(s).expect("the selectors here are valid")
}

/// Reads a saved news page.
pub fn read(html: &str) -> Page {
    let doc = Html::parse_document(html);
    let root = main_root(&doc);
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    collect(root, &mut paragraphs, &mut current);
    flush(&mut paragraphs, &mut current);
    let title = title(&doc);
    if let Some(t) = &title
        && paragraphs.first() != Some(t)
    {
        paragraphs.insert(0, t.clone());
    }
    Page {
        text: paragraphs.join("\n\n") + "\n",
        title,
        published: published(&doc),
        url: first_attr(&doc, &[r#"link[rel="canonical"]"#], "href")
            .or_else(|| first_attr(&doc, &[r#"meta[property="og:url"]"#], "content")),
    }
}

/// The element holding the story: the `article`, `main` or `articleBody` element with the
/// most paragraph text, else the body.
fn main_root(doc: &Html) -> ElementRef<'_> {
    let p = select("p");
    let candidates = select(r#"article, main, [role="main"], [itemprop="articleBody"]"#);
    let weight = |e: &ElementRef| -> usize {
        e.select(&p)
            .map(|p| p.text().map(str::len).sum::<usize>())
            .sum()
    };
    doc.select(&candidates)
        .filter(|e| !is_furniture(e))
        .max_by_key(|e| weight(e))
        .filter(|e| weight(e) > 0)
        .or_else(|| doc.select(&select("body")).next())
        .unwrap_or_else(|| doc.root_element())
}

/// True for an element that is never article text.
fn is_furniture(e: &ElementRef) -> bool {
    let el = e.value();
    if SKIPPED.contains(&el.name())
        || el.attr("hidden").is_some()
        || el.attr("aria-hidden") == Some("true")
    {
        return true;
    }
    if matches!(
        el.attr("role"),
        Some("navigation" | "banner" | "contentinfo" | "complementary")
    ) {
        return true;
    }
    let words = el.classes().chain(el.id());
    words
        .flat_map(|w| w.split(['-', '_']))
        .any(|part| FURNITURE.contains(&part.to_ascii_lowercase().as_str()))
}

/// Appends the text under `e`, a paragraph for each block element.
fn collect(e: ElementRef, paragraphs: &mut Vec<String>, current: &mut String) {
    for child in e.children() {
        match child.value() {
            Node::Text(t) => {
                // Whitespace runs become one space; text nodes join as written ("<b>this
                // weekend</b>." stays "this weekend.").
                if t.starts_with(char::is_whitespace)
                    && !current.is_empty()
                    && !current.ends_with(' ')
                {
                    current.push(' ');
                }
                for (i, word) in t.split_whitespace().enumerate() {
                    if i > 0 {
                        current.push(' ');
                    }
                    current.push_str(word);
                }
                if t.ends_with(char::is_whitespace)
                    && !current.is_empty()
                    && !current.ends_with(' ')
                {
                    current.push(' ');
                }
            }
            Node::Element(_) => {
                let Some(child) = ElementRef::wrap(child) else {
                    continue;
                };
                if is_furniture(&child) {
                    continue;
                }
                let block = BLOCKS.contains(&child.value().name());
                if block {
                    flush(paragraphs, current);
                }
                collect(child, paragraphs, current);
                if block {
                    flush(paragraphs, current);
                }
            }
            _ => {}
        }
    }
}

fn flush(paragraphs: &mut Vec<String>, current: &mut String) {
    let p = current.trim();
    if !p.is_empty() {
        paragraphs.push(p.to_string());
    }
    current.clear();
}

/// The headline: `og:title`, else the first `h1`, else `<title>`.
fn title(doc: &Html) -> Option<String> {
    let clean = |s: String| {
        let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
        (!s.is_empty()).then_some(s)
    };
    first_attr(doc, &[r#"meta[property="og:title"]"#], "content")
        .and_then(clean)
        .or_else(|| {
            doc.select(&select("h1"))
                .next()
                .map(|h| h.text().collect::<String>())
                .and_then(clean)
        })
        .or_else(|| {
            doc.select(&select("title"))
                .next()
                .map(|t| t.text().collect::<String>())
                .and_then(clean)
        })
}

/// The publication date: date metadata, else `datePublished` in JSON-LD, else the first
/// `<time datetime>` of the page.
fn published(doc: &Html) -> Option<Date> {
    first_attr(doc, DATE_META, "content")
        .and_then(|v| parse_date_prefix(&v))
        .or_else(|| {
            doc.select(&select(r#"script[type="application/ld+json"]"#))
                .find_map(|s| {
                    let json: serde_json::Value =
                        serde_json::from_str(&s.text().collect::<String>()).ok()?;
                    date_published(&json)
                })
        })
        .or_else(|| {
            doc.select(&select("time[datetime]"))
                .find_map(|t| t.value().attr("datetime").and_then(parse_date_prefix))
        })
}

/// `datePublished` anywhere in a JSON-LD document (`@graph`, arrays, nested objects).
fn date_published(v: &serde_json::Value) -> Option<Date> {
    match v {
        serde_json::Value::Object(map) => map
            .get("datePublished")
            .and_then(|d| d.as_str())
            .and_then(parse_date_prefix)
            .or_else(|| map.values().find_map(date_published)),
        serde_json::Value::Array(items) => items.iter().find_map(date_published),
        _ => None,
    }
}

/// The attribute of the first element matching one of `selectors`, tried in order.
fn first_attr(doc: &Html, selectors: &[&str], attr: &str) -> Option<String> {
    selectors.iter().find_map(|s| {
        doc.select(&select(s)).find_map(|e| {
            e.value()
                .attr(attr)
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        })
    })
}

#[cfg(test)]
mod tests;

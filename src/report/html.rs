//! The HTML page for editors (`--format html`): one self-contained file, with the findings on
//! one side and the sources side by side on the other (stacked on a narrow screen), every
//! claim highlighted in its article; clicking a finding scrolls each source to its spans, and
//! findings can be filtered by severity and fact. Every piece of article text is escaped, and
//! a Content-Security-Policy lets only the page's own script and style run, by their hashes.

use std::fmt::Write as _;
use std::io::{self, Write};

use base64::Engine;
use sha2::{Digest, Sha256};

use super::{Claim, Finding, Report};
use crate::drift::Part;
use crate::rules::Severity;

const STYLE: &str = include_str!("html/page.css");
const SCRIPT: &str = include_str!("html/page.js");

/// Escapes text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The CSP source expression of an inline element's content.
fn hash(content: &str) -> String {
    let digest = Sha256::digest(content.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

fn sev(s: Severity) -> &'static str {
    s.name()
}

/// One source's text with every claim of every finding marked. Claims may overlap (a passage
/// around a figure), so the text is cut at every claim boundary and each piece is marked
/// with all the findings it belongs to.
fn marked_text(text: &str, claims: &[(String, usize, Severity, &Claim)]) -> String {
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for (_, _, _, c) in claims {
        cuts.push(c.span.start.min(text.len()));
        cuts.push(c.span.end.min(text.len()));
    }
    cuts.retain(|&i| text.is_char_boundary(i));
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = String::new();
    for pair in cuts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        for (id, _, _, _) in claims.iter().filter(|(_, _, _, c)| c.span.start == a) {
            let _ = write!(out, r#"<span class="anchor" id="{id}"></span>"#);
        }
        let covering: Vec<&(String, usize, Severity, &Claim)> = claims
            .iter()
            .filter(|(_, _, _, c)| c.span.start <= a && b <= c.span.end && a < b)
            .collect();
        let piece = escape(&text[a..b]);
        if covering.is_empty() {
            out.push_str(&piece);
            continue;
        }
        let mut findings: Vec<String> = covering
            .iter()
            .map(|(_, f, _, _)| format!("f{f}"))
            .collect();
        findings.dedup();
        let worst = covering
            .iter()
            .map(|(_, _, s, _)| *s)
            .max()
            .unwrap_or(Severity::Info);
        let _ = write!(
            out,
            r#"<mark class="sev-{}" data-findings="{}">{piece}</mark>"#,
            sev(worst),
            findings.join(" ")
        );
    }
    out
}

fn diff_html(parts: &[Part]) -> String {
    parts
        .iter()
        .map(|p| match p {
            Part::Equal(t) => escape(t),
            Part::Delete(t) => format!("<del>{}</del>", escape(t)),
            Part::Insert(t) => format!("<ins>{}</ins>", escape(t)),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn finding_item(report: &Report, i: usize, f: &Finding) -> String {
    let mut s = String::new();
    let subject = if f.subject.is_empty() {
        String::new()
    } else {
        format!(" ({})", escape(&f.subject))
    };
    let _ = write!(
        s,
        r#"<li class="finding sev-{sev}" id="f{i}" data-severity="{sev}" data-fact="{fact}"><button class="go" type="button"><span class="head"><span class="sev">{sev}</span> <code>{fact}</code>{subject} · {kind}</span></button><p class="message">{message}</p><ul class="claims">"#,
        sev = sev(f.severity),
        fact = escape(&f.fact),
        kind = f.kind.name(),
        message = escape(&f.message),
    );
    for (k, c) in f.claims.iter().enumerate() {
        let source = &report.sources[c.source];
        let value = if c.value.is_some() {
            format!(" ({})", escape(&c.display))
        } else {
            String::new()
        };
        let _ = write!(
            s,
            r##"<li><a href="#f{i}c{k}">{}:{}:{}</a> {} “{}”{value}</li>"##,
            escape(&source.id),
            c.start.line,
            c.start.column,
            if c.value.is_some() { "says" } else { "writes" },
            escape(&c.written)
        );
    }
    s.push_str("</ul>");
    if !f.diff.is_empty() {
        let _ = write!(s, r#"<p class="diff">{}</p>"#, diff_html(&f.diff));
    }
    if let Some(note) = &f.note {
        let _ = write!(s, r#"<p class="note">Note: {}</p>"#, escape(note));
    }
    s.push_str("</li>\n");
    s
}

/// Writes the page.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let s = &report.summary;
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let summary = format!(
        "{}, {}, {} in {}",
        plural(s.errors, "error", "errors"),
        plural(s.warnings, "warning", "warnings"),
        plural(s.infos, "info", "infos"),
        plural(s.sources, "source", "sources")
    );
    let mut facts: Vec<&str> = report.findings.iter().map(|f| f.fact.as_str()).collect();
    facts.sort_unstable();
    facts.dedup();
    let mut page = String::new();
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src {}; script-src {}\">\n<title>factdiff: {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header><h1>factdiff</h1><p class=\"summary\">{}</p><form id=\"filters\">",
        hash(STYLE),
        hash(SCRIPT),
        escape(&summary),
        escape(&summary)
    );
    for level in ["error", "warning", "info"] {
        let _ = write!(
            page,
            r#"<label><input type="checkbox" value="{level}" checked> {level}</label>"#
        );
    }
    page.push_str(r#"<label>fact <select id="fact"><option value="">all</option>"#);
    for fact in &facts {
        let _ = write!(page, r#"<option value="{0}">{0}</option>"#, escape(fact));
    }
    page.push_str("</select></label></form></header>\n<main>\n<section id=\"findings\"><h2>Findings</h2>\n<ol>\n");
    for (i, f) in report.findings.iter().enumerate() {
        page.push_str(&finding_item(report, i, f));
    }
    page.push_str("</ol>\n");
    if !report.agreements.is_empty() {
        let _ = write!(
            page,
            "<details><summary>{}</summary><ul>",
            plural(report.agreements.len(), "agreement", "agreements")
        );
        for a in &report.agreements {
            let claims: Vec<String> = a
                .claims
                .iter()
                .map(|c| {
                    format!(
                        "{} “{}”",
                        escape(&report.sources[c.source].id),
                        escape(&c.written)
                    )
                })
                .collect();
            let _ = write!(
                page,
                "<li><code>{}</code>: {}</li>",
                escape(&a.fact),
                claims.join(", ")
            );
        }
        page.push_str("</ul></details>\n");
    }
    page.push_str("</section>\n<section id=\"sources\"><h2>Sources</h2>\n<div class=\"grid\">\n");
    for (n, source) in report.sources.iter().enumerate() {
        let claims: Vec<(String, usize, Severity, &Claim)> = report
            .findings
            .iter()
            .enumerate()
            .flat_map(|(i, f)| {
                f.claims
                    .iter()
                    .enumerate()
                    .map(move |(k, c)| (format!("f{i}c{k}"), i, f.severity, c))
            })
            .filter(|(_, _, _, c)| c.source == n)
            .collect();
        let published = source
            .published
            .as_deref()
            .map_or(String::new(), |d| format!(" · published {d}"));
        let _ = writeln!(
            page,
            "<article class=\"source\" id=\"s{n}\"><h3>{}</h3><p class=\"meta\">{}{}</p><div class=\"text\">{}</div></article>",
            escape(&source.id),
            escape(&source.origin),
            escape(&published),
            marked_text(&source.text, &claims)
        );
    }
    let _ = write!(
        page,
        "</div>\n</section>\n</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    );
    out.write_all(page.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        assert_eq!(
            escape(r#"<img src=x onerror="alert(1)"> & 'q'"#),
            "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;q&#39;"
        );
    }

    #[test]
    fn the_policy_hashes_are_those_of_the_page_s_own_style_and_script() {
        assert!(hash("x").starts_with("'sha256-"));
        assert_eq!(
            hash("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
    }
}

//! Tests of reading saved news pages.

use super::*;

const PAGE: &str = include_str!("../../../fixtures/html-saved-page/alder-creek-flood.html");

#[test]
fn the_main_text_of_a_saved_page_is_its_headline_and_paragraphs() {
    let page = read(PAGE);
    assert_eq!(
        page.text,
        "Alder Creek flood toll rises to 15\n\n\
         By Dana Whitfield · June 11, 2024\n\n\
         Fifteen people were killed in the floods that swept through Alder Creek on Sunday night, \
         the county sheriff said on Tuesday, as rescue crews found more victims downstream.\n\n\
         About 300 residents remain in a school gymnasium on higher ground, and the river is \
         expected to fall below flood stage – 18 feet – by Thursday.\n\n\
         “We are still searching, street by street,” said Mayor Ruth Okafor.\n\n\
         The National Weather Service said more rain is possible this weekend.\n"
    );
}

#[test]
fn navigation_scripts_styles_and_furniture_are_dropped() {
    let text = read(PAGE).text;
    for gone in [
        "Sport",
        "25 mph",
        "cookies",
        "Share on",
        "Related",
        "2019 storm",
        "Advertisement",
        "comments",
        "First!",
        "Main St",
        "dataLayer",
        "injected",
        "font-family",
        "Photo",
    ] {
        assert!(!text.contains(gone), "{gone:?} in {text}");
    }
}

#[test]
fn the_date_title_and_address_come_from_the_metadata() {
    let page = read(PAGE);
    assert_eq!(page.published, Some(jiff::civil::date(2024, 6, 11)));
    assert_eq!(
        page.title.as_deref(),
        Some("Alder Creek flood toll rises to 15")
    );
    assert_eq!(
        page.url.as_deref(),
        Some("https://valley-courier.example/news/alder-creek-flood-toll")
    );
}

#[test]
fn dates_come_from_meta_tags_json_ld_or_a_time_element_in_that_order() {
    let meta = r#"<html><head><meta property="article:published_time" content="2023-09-30T08:00:00Z">
        <script type="application/ld+json">{"datePublished": "2023-09-29"}</script></head>
        <body><article><p>Text <time datetime="2023-09-28">then</time>.</p></article></body></html>"#;
    assert_eq!(read(meta).published, Some(jiff::civil::date(2023, 9, 30)));
    let ld = r#"<html><head><script type="application/ld+json">[{"@type": "NewsArticle", "datePublished": "2023-09-29"}]</script></head>
        <body><article><p>Text <time datetime="2023-09-28">then</time>.</p></article></body></html>"#;
    assert_eq!(read(ld).published, Some(jiff::civil::date(2023, 9, 29)));
    let time = r#"<html><body><article><p>Text <time datetime="2023-09-28">then</time>.</p></article></body></html>"#;
    assert_eq!(read(time).published, Some(jiff::civil::date(2023, 9, 28)));
    let none = "<html><body><p>No date here.</p></body></html>";
    assert_eq!(read(none).published, None);
}

#[test]
fn a_page_without_an_article_element_reads_its_body() {
    let page = read(
        "<html><body><nav>Home</nav><h1>Headline</h1><p>One.</p><p>Two <b>bold</b> words.</p></body></html>",
    );
    assert_eq!(page.text, "Headline\n\nOne.\n\nTwo bold words.\n");
}

#[test]
fn broken_html_and_odd_input_never_panic() {
    for html in [
        "",
        "<",
        "<p>unclosed",
        "<script>",
        "<article><p>a</article></p>",
        "&amp;&#xZZ;",
        "<time datetime=\"2024-13-45\">x</time>",
    ] {
        let _ = read(html);
    }
}

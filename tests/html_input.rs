//! Saved HTML pages as articles: `fixtures/html-saved-page/alder-creek-flood.html` (a page
//! written for these tests, with navigation, a cookie banner, share bars, scripts, a JSON-LD
//! date and comments) extracts to its headline and paragraphs, dated from its metadata, and
//! takes part in a check like any article.

mod common;
use common::*;

const PAGE: &str = "fixtures/html-saved-page/alder-creek-flood.html";

#[test]
fn a_saved_page_extracts_to_its_text_and_lines_refer_to_that_text() {
    let run = factdiff(&["extract", PAGE, "--format", "text"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines[0], "Alder Creek flood toll rises to 15");
    assert_eq!(lines[2], "By Dana Whitfield · June 11, 2024");
    assert!(lines[4].starts_with("Fifteen people were killed in the floods"));
    assert!(!run.stdout.contains("dataLayer") && !run.stdout.contains("injected"));
    // The fact on line 5 of the extracted text is reported there.
    let run = factdiff(&["extract", PAGE]);
    assert!(
        run.stdout
            .contains("alder-creek-flood:5:1\tdeath-toll [people]\tFifteen = 15"),
        "{}",
        run.stdout
    );
}

#[test]
fn the_page_is_dated_from_its_metadata() {
    let run = factdiff(&["check", PAGE, "--format", "json"]);
    let r = json(&run);
    let source = &r["sources"][0];
    assert_eq!(source["published"], "2024-06-11");
    assert_eq!(source["published_from"], "html-meta");
    assert_eq!(source["title"], "Alder Creek flood toll rises to 15");
    assert_eq!(
        source["url"],
        "https://valley-courier.example/news/alder-creek-flood-toll"
    );
}

#[test]
fn a_page_takes_part_in_a_cluster_with_text_articles() {
    let run = factdiff(&[
        "check",
        PAGE,
        "fixtures/alder-creek-floods-constructed",
        "--format",
        "json",
    ]);
    let r = json(&run);
    let update = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["fact"] == "death-toll")
        .unwrap();
    assert_eq!(update["kind"], "update");
    let day_two = &update["timeline"][1];
    assert_eq!(day_two["published"], "2024-06-11");
    assert_eq!(
        day_two["sources"],
        serde_json::json!(["alder-creek-flood", "02_tuesday"])
    );
}

#[test]
fn a_page_with_no_article_text_is_an_error_and_the_others_are_still_checked() {
    let dir = temp_dir("html-empty");
    let empty = write(
        &dir,
        "empty.html",
        "<html><head><script>alert(1)</script></head><body><nav>Home</nav></body></html>",
    );
    let run = factdiff(&["check", &empty, "fixtures/alder-creek-floods-constructed"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("empty.html: no article text found in this page"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("in 3 sources"), "{}", run.stdout);
}

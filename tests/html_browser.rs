//! The HTML report in a real browser (headless Chromium through the DevTools protocol): the
//! seed cluster's page renders with no console error (a Content-Security-Policy violation
//! would be one), clicking S1 brings both of its spans into view, and an article full of
//! `<script>` and `onerror=` runs none of it. A screenshot is saved under `target/` for people.
//! `.ci/run` installs Debian's `chromium`; with `CI` set and no browser, the test fails.

mod common;
use common::*;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use headless_chrome::protocol::cdp::Log::LogEntryLevel;
use headless_chrome::protocol::cdp::Page::CaptureScreenshotFormatOption;
use headless_chrome::protocol::cdp::Runtime::ConsoleAPICalledEventTypeOption;
use headless_chrome::protocol::cdp::types::Event;
use headless_chrome::{Browser, LaunchOptions, Tab};

/// A Chromium or Chrome binary: `FACTDIFF_CHROME`, else the usual names on `PATH`.
fn browser_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("FACTDIFF_CHROME") {
        return Some(PathBuf::from(p));
    }
    let names = [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ];
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

/// The browser, or `None` (with a note) when there is none here and this is not CI.
fn browser() -> Option<Browser> {
    let Some(path) = browser_path() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but no Chromium was found: .ci/run installs Debian's chromium, or set FACTDIFF_CHROME"
        );
        eprintln!("note: no Chromium found; the browser test did not run (set FACTDIFF_CHROME)");
        return None;
    };
    let options = LaunchOptions::default_builder()
        .path(Some(path))
        .sandbox(false)
        .window_size(Some((1400, 900)))
        .build()
        .unwrap();
    Some(Browser::new(options).expect("Chromium starts"))
}

/// Errors the page reports: exceptions, `console.error` calls and error-level log entries
/// (where Content-Security-Policy violations go).
fn collect_errors(tab: &Arc<Tab>) -> Arc<Mutex<Vec<String>>> {
    let errors = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&errors);
    tab.enable_log().unwrap().enable_runtime().unwrap();
    tab.add_event_listener(Arc::new(move |event: &Event| {
        let message = match event {
            Event::RuntimeExceptionThrown(e) => {
                Some(format!("exception: {:?}", e.params.exception_details.text))
            }
            Event::RuntimeConsoleAPICalled(e)
                if e.params.Type == ConsoleAPICalledEventTypeOption::Error =>
            {
                Some(format!("console.error: {:?}", e.params.args))
            }
            Event::LogEntryAdded(e) if e.params.entry.level == LogEntryLevel::Error => {
                Some(format!("log: {}", e.params.entry.text))
            }
            _ => None,
        };
        if let Some(m) = message {
            sink.lock().unwrap().push(m);
        }
    }))
    .unwrap();
    errors
}

/// Renders `cluster` as an HTML page under `target/` and returns its `file://` address.
fn page(cluster: &str, name: &str) -> (PathBuf, String) {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join(format!("{name}.html"));
    let run = factdiff(&[
        "check",
        cluster,
        "--format",
        "html",
        "--output",
        path.to_str().unwrap(),
    ]);
    assert!(run.code < 2, "{}", run.stderr);
    let url = format!("file://{}", path.display());
    (path, url)
}

fn eval(tab: &Tab, js: &str) -> serde_json::Value {
    tab.evaluate(js, false)
        .unwrap()
        .value
        .unwrap_or(serde_json::Value::Null)
}

#[test]
fn the_seed_report_renders_and_clicking_s1_brings_both_spans_into_view() {
    let Some(browser) = browser() else { return };
    let tab = browser.new_tab().unwrap();
    let errors = collect_errors(&tab);
    let (_, url) = page(SEED, "factdiff-seed-report");
    tab.navigate_to(&url)
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    // S1 is the first finding.
    let title = eval(&tab, "document.querySelector('#f0 code').textContent");
    assert_eq!(title, "vehicle-speed");
    let spans = r#"JSON.stringify(Array.from(document.querySelectorAll('mark[data-findings~="f0"]')).map(function (m) {
            var r = m.getBoundingClientRect(), box = m.closest('.text').getBoundingClientRect();
            var inView = r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth
                && r.top >= box.top && r.bottom <= box.bottom;
            return [m.textContent, inView, m.classList.contains('active')];
        }))"#;
    let seen = |tab: &Tab| -> Vec<(String, bool, bool)> {
        serde_json::from_str(eval(tab, spans).as_str().unwrap()).unwrap()
    };
    // Scrolled away first: each source to its end, so that neither span shows.
    eval(
        &tab,
        "document.querySelectorAll('.text').forEach(function (t) { t.scrollTop = t.scrollHeight; }); 0",
    );
    assert!(
        seen(&tab).iter().all(|(_, in_view, _)| !in_view),
        "{:?}",
        seen(&tab)
    );
    tab.find_element("#f0 button.go").unwrap().click().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let seen = seen(&tab);
    assert_eq!(
        seen,
        vec![
            ("37 miles per hour".to_string(), true, true),
            ("25 miles per hour".to_string(), true, true)
        ]
    );
    let png = tab
        .capture_screenshot(CaptureScreenshotFormatOption::Png, None, None, true)
        .unwrap();
    std::fs::write(
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("factdiff-seed-report.png"),
        png,
    )
    .unwrap();
    let errors = errors.lock().unwrap().clone();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn scripts_in_articles_are_shown_as_text_and_never_run() {
    let Some(browser) = browser() else { return };
    let dir = temp_dir("html-xss");
    write(
        &dir,
        "a.txt",
        "The train <script>window.pwned = 'script'</script> travelled at 37 mph.\n\n\
         <img src=x onerror=\"window.pwned = 'onerror'\"> A second paragraph.\n",
    );
    write(
        &dir,
        "b.txt",
        "The train travelled at 25 mph.\n<svg onload=\"window.pwned = 'svg'\"></svg>\n",
    );
    let tab = browser.new_tab().unwrap();
    let errors = collect_errors(&tab);
    let (_, url) = page(dir.to_str().unwrap(), "factdiff-xss-report");
    tab.navigate_to(&url)
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    tab.find_element("#f0 button.go").unwrap().click().unwrap();
    assert_eq!(eval(&tab, "typeof window.pwned"), "undefined");
    assert_eq!(
        eval(
            &tab,
            "document.querySelectorAll('.text img, .text script, .text svg').length"
        ),
        0
    );
    let text = eval(&tab, "document.querySelector('#s0 .text').textContent");
    assert!(
        text.as_str()
            .unwrap()
            .contains("<script>window.pwned = 'script'</script>"),
        "{text}"
    );
    let errors = errors.lock().unwrap().clone();
    assert!(errors.is_empty(), "{errors:#?}");
}

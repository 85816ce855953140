//! The seed cluster (`fixtures/kim-putin-2023`, from ../shared/seeds with EXPECTED.md): with the
//! default pack, S1 — 37 mph in 000 vs 25 mph in 001 — is the one finding at error level, and
//! none of the agreements A1–A8 is reported as a conflict.

mod common;
use common::*;

const S1_A: &str = "000_54042a4018c2da95";
const S1_B: &str = "001_9d6b5a4998291132";

fn report() -> serde_json::Value {
    let run = factdiff(&["check", SEED, "--format", "json"]);
    assert_eq!(
        run.code, 1,
        "an error-level finding makes the run fail: {}",
        run.stderr
    );
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    json(&run)
}

#[test]
fn s1_is_the_one_error_and_names_both_sources_sentences_and_spans() {
    let r = report();
    let errors: Vec<&serde_json::Value> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "error")
        .collect();
    assert_eq!(errors.len(), 1, "{:#}", r["findings"]);
    let s1 = errors[0];
    assert_eq!(s1["kind"], "conflict");
    assert_eq!(s1["fact"], "vehicle-speed");
    let claims = s1["claims"].as_array().unwrap();
    assert_eq!(claims.len(), 2);
    let by_source = |id: &str| {
        claims
            .iter()
            .find(|c| c["source"] == id)
            .unwrap_or_else(|| panic!("no claim from {id}"))
    };
    let (a, b) = (by_source(S1_A), by_source(S1_B));
    assert_eq!(a["text"], "37 miles per hour");
    assert_eq!(b["text"], "25 miles per hour");
    // 37 mph = 16.54 m/s (59.5 km/h); 25 mph = 11.18 m/s (40.2 km/h).
    assert!((a["value"].as_f64().unwrap() - 37.0 * 0.44704).abs() < 1e-9);
    assert!((b["value"].as_f64().unwrap() - 25.0 * 0.44704).abs() < 1e-9);
    assert_eq!(a["unit"], "m/s");
    assert!(
        a["sentence"]
            .as_str()
            .unwrap()
            .starts_with("The 683-mile voyage")
    );
    assert!(
        b["sentence"]
            .as_str()
            .unwrap()
            .contains("an armored train that reports said only traveled")
    );
    // The spans point at the values in the files as they are on disk.
    for (claim, id) in [(a, S1_A), (b, S1_B)] {
        let text = std::fs::read_to_string(root().join(SEED).join(format!("{id}.txt"))).unwrap();
        let (start, end) = (
            claim["start"].as_u64().unwrap() as usize,
            claim["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[start..end], claim["text"].as_str().unwrap());
        let line = claim["line"].as_u64().unwrap() as usize;
        let column = claim["column"].as_u64().unwrap() as usize;
        let line_text = text.lines().nth(line - 1).unwrap();
        let at: String = line_text.chars().skip(column - 1).take(17).collect();
        assert_eq!(at, claim["text"].as_str().unwrap());
    }
}

#[test]
fn none_of_the_agreements_is_a_conflict() {
    let r = report();
    let findings = r["findings"].as_array().unwrap();
    // Of the value rules, S1 is the only finding on this cluster; the others are about words.
    let values: Vec<&serde_json::Value> = findings
        .iter()
        .filter(|f| matches!(f["kind"].as_str(), Some("conflict" | "internal")))
        .collect();
    assert_eq!(values.len(), 1, "{findings:#?}");
    for f in findings {
        assert_ne!(
            f["fact"], "attempt-count",
            "A1: two failed attempts = twice"
        );
        assert_ne!(
            f["fact"], "meeting-duration",
            "A6: at least four hours is a lower bound"
        );
        assert_ne!(
            f["fact"], "missile-count",
            "A7: a count and a range are different facts"
        );
        assert_ne!(
            f["fact"], "journey-duration",
            "A5: two subjects, the same value anyway"
        );
        assert!(
            !f["fact"].as_str().unwrap().contains("date"),
            "A2, A4, A8: dates agree"
        );
    }
    // A1 is compared and found to agree: "two failed attempts" (002) and "twice" (003).
    let a1 = r["agreements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["fact"] == "attempt-count")
        .expect("A1 is an agreement");
    let texts: Vec<&str> = a1["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, vec!["two", "twice"]);
}

#[test]
fn publication_dates_come_from_the_date_lines_and_the_command_line() {
    let run = factdiff(&[
        "check",
        SEED,
        "--format",
        "json",
        "--published",
        "002_7bf3c479ac03018a=2024-06-13",
    ]);
    let r = json(&run);
    let src = |id: &str| {
        r["sources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(src("003_1546c413d680f2ef")["published"], "2024-06-25");
    assert_eq!(src("003_1546c413d680f2ef")["published_from"], "date-line");
    assert_eq!(src("004_5ff9f7e693aef6ae")["published"], "2023-09-30");
    assert_eq!(src("002_7bf3c479ac03018a")["published"], "2024-06-13");
    assert_eq!(src("002_7bf3c479ac03018a")["published_from"], "option");
    assert_eq!(src(S1_A)["published"], serde_json::Value::Null);
}

#[test]
fn the_human_report_shows_the_finding_and_the_summary() {
    let run = factdiff(&["check", SEED, "--color", "never"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.starts_with("error[vehicle-speed]: Sources disagree on how fast the vehicle was travelling: 37 miles per hour (000_54042a4018c2da95) vs 25 miles per hour (001_9d6b5a4998291132)\n"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("  --> fixtures/kim-putin-2023/000_54042a4018c2da95.txt:2:288\n"),
        "{}",
        run.stdout
    );
    // The line, numbered and cut around the value, which is underlined and labelled.
    assert!(
        run.stdout
            .contains(" 2 | ... the train’s slow speed of 37 miles per hour. New wheels"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("   |                               ^^^^^^^^^^^^^^^^^ 000_54042a4018c2da95 says 37 miles per hour (59.55 km/h)\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("\n1 error, "), "{}", run.stdout);
    assert!(
        run.stdout
            .ends_with(" in 5 sources; 2 agreements (--show-agreements lists them)\n"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains('\u{1b}'));
    let run = factdiff(&["check", SEED, "--color", "always"]);
    assert!(run.stdout.contains('\u{1b}'));
}

#[test]
fn fail_on_sets_the_exit_code() {
    assert_eq!(factdiff(&["check", SEED, "--fail-on", "never"]).code, 0);
    assert_eq!(factdiff(&["check", SEED, "--fail-on", "warning"]).code, 1);
}

#[test]
fn the_report_is_the_same_bytes_on_every_run() {
    let a = factdiff(&["check", SEED, "--format", "json", "--show-agreements"]);
    let b = factdiff(&["check", SEED, "--format", "json", "--show-agreements"]);
    assert_eq!(a.stdout, b.stdout);
}

fn word_findings(r: &serde_json::Value, kind: &str) -> Vec<serde_json::Value> {
    r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == kind)
        .cloned()
        .collect()
}

#[test]
fn s2_the_shared_passage_officer_official_is_a_drift_with_its_word_diff() {
    let r = report();
    let drifts = word_findings(&r, "passage-drift");
    let s2 = drifts
        .iter()
        .find(|f| {
            f["message"]
                .as_str()
                .unwrap()
                .contains("officer → official")
        })
        .unwrap_or_else(|| panic!("{drifts:#?}"));
    assert_eq!(
        s2["severity"], "info",
        "a changed word, not a changed figure"
    );
    let sources: Vec<&str> = s2["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["source"].as_str().unwrap())
        .collect();
    assert_eq!(sources, vec![S1_A, S1_B]);
    let diff: Vec<(String, String)> = s2["diff"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["op"].as_str().unwrap().to_string(),
                p["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        diff.contains(&("delete".into(), "officer".into())),
        "{diff:?}"
    );
    assert!(
        diff.contains(&("insert".into(), "official".into())),
        "{diff:?}"
    );
    assert!(
        diff.contains(&("equal".into(), "at the Defense Intelligence Agency".into())),
        "{diff:?}"
    );
}

#[test]
fn s5_and_s6_are_reported_as_information() {
    let r = report();
    let s5 = word_findings(&r, "descriptor-variant");
    assert_eq!(s5.len(), 1, "{s5:#?}");
    assert_eq!(s5[0]["severity"], "info");
    assert!(
        s5[0]["message"]
            .as_str()
            .unwrap()
            .contains("armored train → bulletproof train"),
        "{:?}",
        s5[0]["message"]
    );
    let s6 = word_findings(&r, "name-variant");
    assert_eq!(s6.len(), 1, "{s6:#?}");
    assert_eq!(s6[0]["severity"], "info");
    assert!(
        s6[0]["message"]
            .as_str()
            .unwrap()
            .contains("Kim Jong Un → Kim Jong-un")
    );
    let caption = s6[0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"] == "Kim Jong-un")
        .unwrap();
    assert_eq!(caption["source"], S1_B);
}

#[test]
fn a3_is_not_reported_and_at_most_eight_findings_are_warnings_or_worse() {
    let r = report();
    let findings = r["findings"].as_array().unwrap();
    for f in findings {
        let m = f["message"].as_str().unwrap();
        assert!(
            !(m.contains("Cosmodrome") && m.contains("space center")),
            "A3: {m}"
        );
    }
    let serious = findings.iter().filter(|f| f["severity"] != "info").count();
    assert!(serious <= 8, "{findings:#?}");
    let errors: Vec<&serde_json::Value> = findings
        .iter()
        .filter(|f| f["severity"] == "error")
        .collect();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["fact"], "vehicle-speed");
}

#[test]
fn s3_the_quote_and_its_paraphrase_and_s4_the_same_speaker_quoted_two_ways() {
    let r = report();
    let quotes = word_findings(&r, "quote-drift");
    let s3 = quotes
        .iter()
        .find(|f| f["message"].as_str().unwrap().contains("assault → attack"))
        .unwrap_or_else(|| panic!("S3: {quotes:#?}"));
    let diff: Vec<(String, String)> = s3["diff"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["op"].as_str().unwrap().to_string(),
                p["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        diff.contains(&("delete".into(), "brand".into())),
        "brand-new → new: {diff:?}"
    );
    assert!(
        diff.contains(&("delete".into(), "assault".into()))
            && diff.contains(&("insert".into(), "attack".into())),
        "{diff:?}"
    );
    assert_eq!(s3["severity"], "info", "a quotation and its paraphrase");
    let s4 = quotes
        .iter()
        .find(|f| f["message"].as_str().unwrap().contains("→ struggle"))
        .unwrap_or_else(|| panic!("S4: {quotes:#?}"));
    let sources: Vec<&str> = s4["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["source"].as_str().unwrap())
        .collect();
    assert_eq!(
        sources,
        vec!["001_9d6b5a4998291132", "002_7bf3c479ac03018a"]
    );
    assert!(
        s4["claims"][0]["text"]
            .as_str()
            .unwrap()
            .starts_with("sacred fight")
    );
}

#[test]
fn i1_the_journey_arithmetic_is_a_relation_finding_that_shows_the_sums() {
    let r = report();
    let i1: Vec<&serde_json::Value> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "relation")
        .collect();
    assert_eq!(i1.len(), 1, "{:#}", r["findings"]);
    let i1 = i1[0];
    assert_eq!(i1["fact"], "journey-arithmetic");
    assert_eq!(i1["severity"], "warning");
    // 683 miles ÷ 37 mph = 18.46 hours; two days = 48 hours, 2.6 times as long.
    let sums = i1["arithmetic"].as_str().unwrap();
    assert!(sums.contains("683-mile"), "{sums}");
    assert!(sums.contains("37 miles per hour"), "{sums}");
    assert!(sums.contains("18.46 h"), "{sums}");
    assert!(sums.contains("two days (48 h)"), "{sums}");
    assert!(sums.contains("2.6 times as long"), "{sums}");
    let texts: Vec<&str> = i1["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, vec!["683-mile", "37 miles per hour", "two days"]);
    assert!(
        i1["claims"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["source"] == S1_A)
    );
}

#[test]
fn the_four_deputy_prime_ministers_are_counted_and_agree() {
    let run = factdiff(&["check", SEED, "--format", "json", "--show-agreements"]);
    let r = json(&run);
    let listed = r["agreements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["fact"] == "listed-names")
        .expect("the list relation holds");
    let texts: Vec<&str> = listed["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        vec![
            "four deputy Russian prime ministers",
            "Denis Manturov",
            "Marat Khusnullin",
            "Alexei Overchuk",
            "Yuri Trutnev"
        ]
    );
    assert!(
        listed["claims"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["source"] == S1_B)
    );
    assert!(
        !r["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["fact"] == "listed-names")
    );
}

#[test]
fn a8_september_last_year_is_resolved_from_002s_date_and_agrees_with_004() {
    // 002 carries no date; EXPECTED.md says it was written in 2024 (June, by its content).
    let run = factdiff(&[
        "check",
        SEED,
        "--format",
        "json",
        "--show-agreements",
        "--published",
        "002_7bf3c479ac03018a=2024-06-13",
    ]);
    let r = json(&run);
    let a8 = r["agreements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["fact"] == "visit-reported")
        .expect("A8 is checked and agrees");
    let claims = a8["claims"].as_array().unwrap();
    assert_eq!(claims[0]["source"], "002_7bf3c479ac03018a");
    assert_eq!(claims[0]["text"], "September last year");
    assert_eq!(claims[0]["value"], "2023-09");
    assert_eq!(claims[0]["relative"]["anchor"], "2024-06-13");
    assert_eq!(claims[1]["source"], "004_5ff9f7e693aef6ae");
    assert_eq!(claims[1]["text"], "Kim Jong Un has met");
    let sums = a8["arithmetic"].as_str().unwrap();
    assert!(
        sums.contains("is no later than 004_5ff9f7e693aef6ae published on 2023-09-30"),
        "{sums}"
    );
    // Still one error, S1, and no finding about the visit.
    let findings = r["findings"].as_array().unwrap();
    assert_eq!(
        findings.iter().filter(|f| f["severity"] == "error").count(),
        1
    );
    assert!(
        !findings
            .iter()
            .any(|f| f["fact"].as_str().unwrap().starts_with("visit"))
    );
}

#[test]
fn relative_dates_show_how_they_were_resolved_in_both_reports() {
    let args = [
        "extract",
        "fixtures/kim-putin-2023/002_7bf3c479ac03018a.txt",
        "--published",
        "002_7bf3c479ac03018a=2024-06-13",
    ];
    let human = factdiff(&args);
    assert!(
        human
            .stdout
            .contains("24 years ago = 2000 (\"24 years ago\" from 2024-06-13)"),
        "{}",
        human.stdout
    );
    let mut jsonl = args.to_vec();
    jsonl.extend(["--format", "jsonl"]);
    let run = factdiff(&jsonl);
    let ago: serde_json::Value = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|f| f["text"] == "24 years ago")
        .expect("24 years ago is a fact");
    assert_eq!(ago["value"], "2000");
    assert_eq!(ago["relative"]["expression"], "24 years ago");
    assert_eq!(ago["relative"]["anchor"], "2024-06-13");
    // Without the date it stays words, compared only with the same words.
    let run = factdiff(&[
        "extract",
        "fixtures/kim-putin-2023/002_7bf3c479ac03018a.txt",
    ]);
    assert!(
        !run.stdout.contains("24 years ago = 2000"),
        "{}",
        run.stdout
    );
}

//! Development loop for value recognition: runs the recogniser straight on the extraction
//! benchmark files and prints predictions in the scorer's format (offsets in characters).
//!
//! cargo run --release --example bench_values -- ../shared/bench/extract/*.jsonl > /tmp/pred.jsonl
//! python3 ../shared/bench/score_extract.py ../shared/bench/extract /tmp/pred.jsonl --errors 20

use std::io::{BufRead, Write};

use factdiff::span::char_offset;
use factdiff::values::{Context, Value, recognize};

fn main() {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in std::env::args().skip(1) {
        let file = std::fs::File::open(&path).expect("bench file");
        for line in std::io::BufReader::new(file).lines() {
            let line = line.expect("line");
            if line.trim().is_empty() {
                continue;
            }
            let case: serde_json::Value = serde_json::from_str(&line).expect("json");
            let text = case["text"].as_str().unwrap_or_default();
            let reference = case["reference_date"]
                .as_str()
                .and_then(|d| d.parse::<jiff::civil::Date>().ok());
            let found: Vec<serde_json::Value> = recognize(text, &Context { reference })
                .into_iter()
                .filter_map(|r| {
                    let (value, unit) = match &r.value {
                        Value::Quantity(q) => (serde_json::json!(q.value), q.unit.to_string()),
                        Value::Date(d) => (serde_json::json!(d.value()?), "date".to_string()),
                    };
                    Some(serde_json::json!({
                        "start": char_offset(text, r.span.start),
                        "end": char_offset(text, r.span.end),
                        "text": &text[r.span.start..r.span.end],
                        "value": value,
                        "unit": unit,
                    }))
                })
                .collect();
            writeln!(
                out,
                "{}",
                serde_json::json!({"id": case["id"], "found": found})
            )
            .unwrap();
        }
    }
}

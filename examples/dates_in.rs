//! Development aid: prints the dates recognised in text files (or stdin), one per line,
//! with their values, to eyeball precision on real articles.
//!
//! cargo run --example dates_in -- [--ref 2023-09-12] FILE...

use std::io::Read;

use factdiff::values::{Context, Value, recognize};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut reference = None;
    if let Some(i) = args.iter().position(|a| a == "--ref") {
        reference = args.get(i + 1).and_then(|d| d.parse().ok());
        args.drain(i..(i + 2).min(args.len()));
    }
    let texts: Vec<(String, String)> = if args.is_empty() {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).expect("stdin");
        vec![("-".into(), s)]
    } else {
        args.iter()
            .map(|p| (p.clone(), std::fs::read_to_string(p).expect("file")))
            .collect()
    };
    for (name, text) in texts {
        for r in recognize(&text, &Context { reference }) {
            if let Value::Date(d) = &r.value {
                let mut a = r.span.start.saturating_sub(30);
                let mut b = (r.span.end + 30).min(text.len());
                while !text.is_char_boundary(a) {
                    a -= 1;
                }
                while !text.is_char_boundary(b) {
                    b += 1;
                }
                let around = &text[a..b];
                let around: String = around.chars().filter(|c| *c != '\n').collect();
                println!(
                    "{name}\t{:?}\t{}\t{}\t{:?}\t…{around}…",
                    &text[r.span.start..r.span.end],
                    d.value().unwrap_or_else(|| "?".into()),
                    d.relative.as_deref().unwrap_or(""),
                    d.weekday,
                );
            }
        }
    }
}

//! Development aid: prints every quotation found in text files and who it is attributed to,
//! one per line, to eyeball quote boundaries and speakers on real articles.
//!
//! cargo run --example quotes_in -- FILE...

use factdiff::source::article;
use factdiff::values::token::tokenize;
use factdiff::{text, words::quotes};

fn main() {
    for path in std::env::args().skip(1) {
        let a = article(&path, &path, std::fs::read_to_string(&path).expect("file"));
        let tokens = tokenize(&a.text);
        let sentences = text::sentences(&a.text, a.body);
        for q in quotes::find(&a.text, &tokens, a.body, &sentences) {
            let speaker = q.speaker.as_ref().map_or("?".to_string(), |s| {
                format!("{}{}", s.name, if s.resolved { " (resolved)" } else { "" })
            });
            let inner: String = a.text[q.inner.start..q.inner.end].replace('\n', " ");
            println!("{path}\t{speaker}\t{inner}");
        }
    }
}

//! Byte spans into an article's text, and the one place where they become lines and columns.
//!
//! Every stage of the pipeline carries positions as byte ranges into the original text, from
//! the first match to the report. Only reporting converts them, through a [`LineIndex`] built
//! once per article, into 1-based lines and 1-based columns counted in characters.

use serde::Serialize;

/// A half-open byte range `[start, end)` into an article's text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: &Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// A 1-based line and column; the column counts characters (Unicode scalar values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct LineCol {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// 1-based column, in UTF-16 code units (what SARIF's `utf16CodeUnits` and JavaScript
    /// count: a character outside the Basic Multilingual Plane is two).
    pub utf16: usize,
}

/// Converts byte offsets of one text into lines and columns.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset at which each line starts.
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text`. Lines end at `\n`; a `\r` before it belongs to the line.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// The line and column of byte `offset` in `text` (the text this index was built from).
    /// An offset inside a multi-byte character counts as that character.
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let offset = offset.min(text.len());
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line];
        let mut end = offset;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let column = text[start..end].chars().count() + 1;
        let utf16 = text[start..end].encode_utf16().count() + 1;
        LineCol {
            line: line + 1,
            column,
            utf16,
        }
    }

    /// The byte range of 1-based line `line`, without its line ending.
    pub fn line_span(&self, text: &str, line: usize) -> Span {
        let start = self.starts[line - 1];
        let mut end = self.starts.get(line).map_or(text.len(), |&n| n - 1);
        if end > start && text.as_bytes()[end - 1] == b'\r' {
            end -= 1;
        }
        Span::new(start, end.max(start))
    }
}

/// Character offset of byte `offset` in `text` (for consumers that count characters).
pub fn char_offset(text: &str, offset: usize) -> usize {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters_not_bytes() {
        let text = "first line\nthe train’s speed of 37 mph\r\nlast";
        let idx = LineIndex::new(text);
        let at = text.find("37").unwrap();
        // "the train’s speed of " is 21 characters but 23 bytes (’ is three bytes).
        assert_eq!(
            idx.line_col(text, at),
            LineCol {
                line: 2,
                column: 22,
                utf16: 22
            }
        );
        let first = LineCol {
            line: 1,
            column: 1,
            utf16: 1,
        };
        assert_eq!(idx.line_col(text, 0), first);
        let last = text.find("last").unwrap();
        assert_eq!(idx.line_col(text, last), LineCol { line: 3, ..first });
        // An emoji is one character but two UTF-16 code units.
        let text = "🚆 at 37 mph";
        let at = LineIndex::new(text).line_col(text, text.find("37").unwrap());
        assert_eq!((at.column, at.utf16), (6, 7));
    }

    #[test]
    fn line_span_drops_the_line_ending() {
        let text = "a\r\nbc\nd";
        let idx = LineIndex::new(text);
        assert_eq!(
            &text[idx.line_span(text, 1).start..idx.line_span(text, 1).end],
            "a"
        );
        let s = idx.line_span(text, 2);
        assert_eq!(&text[s.start..s.end], "bc");
        let s = idx.line_span(text, 3);
        assert_eq!(&text[s.start..s.end], "d");
    }

    #[test]
    fn char_offsets_for_scoring() {
        let text = "€5 and 7";
        assert_eq!(char_offset(text, text.find('7').unwrap()), 7);
    }

    #[test]
    fn spans_overlap_and_cover() {
        let a = Span::new(2, 5);
        assert!(a.overlaps(&Span::new(4, 9)));
        assert!(!a.overlaps(&Span::new(5, 9)));
        assert_eq!(a.cover(&Span::new(7, 9)), Span::new(2, 9));
        assert!(Span::new(0, 9).contains(&a));
    }
}

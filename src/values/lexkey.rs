//! A small lower-case key built on the stack, so that looking words and multi-word forms up
//! in the lexicons never allocates while the text is scanned.

/// Bytes a key can hold; longer forms are not in any table.
const CAP: usize = 48;

/// A lower-cased (ASCII) key of one or more token texts.
pub(crate) struct Key {
    buf: [u8; CAP],
    len: usize,
}

impl Key {
    /// An empty key.
    pub fn new() -> Key {
        Key {
            buf: [0; CAP],
            len: 0,
        }
    }

    /// Appends `s`, ASCII letters lower-cased; false (and unchanged) when it does not fit.
    pub fn push(&mut self, s: &str) -> bool {
        let end = self.len + s.len();
        if end > CAP {
            return false;
        }
        for (dst, b) in self.buf[self.len..end].iter_mut().zip(s.bytes()) {
            *dst = b.to_ascii_lowercase();
        }
        self.len = end;
        true
    }

    /// The key so far.
    pub fn as_str(&self) -> &str {
        // Whole `&str`s were copied and only ASCII bytes changed case: always UTF-8.
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }

    /// `word` lower-cased, or "" when it is too long for any table.
    pub fn lower(&mut self, word: &str) -> &str {
        self.len = 0;
        if !self.push(word) {
            self.len = 0;
        }
        self.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_cases_ascii_and_keeps_other_letters() {
        let mut k = Key::new();
        assert_eq!(k.lower("Größe"), "größe");
        assert!(k.push(" KM"));
        assert_eq!(k.as_str(), "größe km");
        assert_eq!(Key::new().lower(&"x".repeat(CAP + 1)), "");
    }
}

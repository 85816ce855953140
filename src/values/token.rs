//! The tokenizer that every recogniser shares, so the text is split once per article.
//!
//! Tokens are deliberately small: a run of letters, a run of ASCII digits, or one other
//! non-space character. Recognisers combine them ("1,200.5" is five tokens, "37mph" two,
//! "Sep." two), using `space_before` to tell "1,200" from "1, 200".

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A run of alphabetic characters (any script).
    Word,
    /// A run of ASCII digits.
    Num,
    /// Any other single non-whitespace character.
    Punct,
}

/// One token, as a byte range into the text it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// What the token is made of.
    pub kind: Kind,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// True when whitespace (or the start of the text) comes right before the token.
    pub space_before: bool,
    /// True when the whitespace before the token contains a line break.
    pub newline_before: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start..self.end]
    }

    /// True when the token is a word equal to `word`, ignoring ASCII case.
    pub fn is_word(&self, src: &str, word: &str) -> bool {
        self.kind == Kind::Word && self.text(src).eq_ignore_ascii_case(word)
    }

    /// True when the token is the punctuation character `c`.
    pub fn is_punct(&self, src: &str, c: char) -> bool {
        self.kind == Kind::Punct && self.text(src).starts_with(c)
    }

    /// True when the token follows the previous one with no space between them.
    pub fn attached(&self) -> bool {
        !self.space_before
    }
}

/// Splits `text` into tokens, in order.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 4);
    let mut space_before = true;
    let mut newline_before = false;
    let mut iter = text.char_indices().peekable();
    while let Some((start, c)) = iter.next() {
        if c.is_whitespace() {
            space_before = true;
            newline_before |= c == '\n';
            continue;
        }
        let kind = if c.is_alphabetic() {
            Kind::Word
        } else if c.is_ascii_digit() {
            Kind::Num
        } else {
            Kind::Punct
        };
        let mut end = start + c.len_utf8();
        if kind != Kind::Punct {
            while let Some(&(i, n)) = iter.peek() {
                let same = match kind {
                    Kind::Word => n.is_alphabetic(),
                    _ => n.is_ascii_digit(),
                };
                if !same {
                    break;
                }
                end = i + n.len_utf8();
                iter.next();
            }
        }
        tokens.push(Token {
            kind,
            start,
            end,
            space_before,
            newline_before,
        });
        space_before = false;
        newline_before = false;
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Kind, &str, bool)> {
        tokenize(text)
            .into_iter()
            .map(|t| (t.kind, t.text(text), t.space_before))
            .collect()
    }

    #[test]
    fn splits_numbers_words_and_punctuation() {
        assert_eq!(
            kinds("speed of 1,200.5mph"),
            vec![
                (Kind::Word, "speed", true),
                (Kind::Word, "of", true),
                (Kind::Num, "1", true),
                (Kind::Punct, ",", false),
                (Kind::Num, "200", false),
                (Kind::Punct, ".", false),
                (Kind::Num, "5", false),
                (Kind::Word, "mph", false),
            ]
        );
    }

    #[test]
    fn keeps_non_ascii_letters_and_quotes_apart() {
        assert_eq!(
            kinds("train’s Größe"),
            vec![
                (Kind::Word, "train", true),
                (Kind::Punct, "’", false),
                (Kind::Word, "s", false),
                (Kind::Word, "Größe", true),
            ]
        );
    }

    #[test]
    fn marks_line_breaks() {
        let text = "Sat.\nSep 30th";
        let toks = tokenize(text);
        assert!(!toks[1].newline_before);
        assert!(toks[2].newline_before);
        assert!(toks[2].is_word(text, "sep"));
    }
}

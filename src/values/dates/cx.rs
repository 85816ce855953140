//! What every date grammar reads: the tokens with their lower-case words, the reference
//! date, and the tense of the words around an expression (news convention: a bare "Monday"
//! in a past-tense sentence is the latest Monday, in a future one the next).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use jiff::civil::Date;

use super::lexicon::NameKind::Abbrev;
use super::lexicon::{self, FUTURE_CUES, NOT_PAST, PAST_CUES};
use crate::values::Context;
use crate::values::token::{Kind, Token};

/// The placeholder reference used to parse relative dates when the article has no date;
/// their ranges are then dropped.
const PLACEHOLDER: (i16, i8, i8) = (2000, 1, 1);

/// How deeply dates may nest as arguments of dates.
const MAX_DEPTH: usize = 6;

/// How far (in tokens) a tense cue may be from a date.
const CUE_REACH: usize = 15;

/// Whether the words around a date point to the past or the future.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// A past-tense cue is nearest ("said", "was", "-ed").
    Past,
    /// A future cue is nearest ("will", "next", "scheduled").
    Future,
    /// No cue within reach.
    Unknown,
}

/// The token stream of one text, as the grammars see it.
pub struct Cx<'a> {
    /// The text.
    pub src: &'a str,
    /// Its tokens.
    pub toks: &'a [Token],
    /// Lower-case text of each token.
    low: Vec<String>,
    /// The publication date, or a placeholder when `resolved` is false.
    pub today: Date,
    /// True when the context gave a publication date.
    pub resolved: bool,
    /// Token index just after the last year found, for "in 2007 and 2009".
    last_year_end: Cell<Option<usize>>,
    /// Dates already parsed as arguments of other dates ("3 days after Easter"), by token.
    anchors: RefCell<HashMap<usize, Option<super::Hit>>>,
    /// How deeply argument dates are nested right now.
    depth: Cell<usize>,
}

impl<'a> Cx<'a> {
    /// Prepares the tokens of `src` for the grammars.
    pub fn new(src: &'a str, toks: &'a [Token], ctx: &Context) -> Cx<'a> {
        let (y, m, d) = PLACEHOLDER;
        let placeholder = Date::new(y, m, d).unwrap_or_default();
        Cx {
            src,
            toks,
            low: toks.iter().map(|t| t.text(src).to_lowercase()).collect(),
            today: ctx.reference.unwrap_or(placeholder),
            resolved: ctx.reference.is_some(),
            last_year_end: Cell::new(None),
            anchors: RefCell::new(HashMap::new()),
            depth: Cell::new(0),
        }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The lower-case text of token `i` ("" past the end).
    pub fn low(&self, i: usize) -> &str {
        self.low.get(i).map_or("", String::as_str)
    }

    /// The lower-case word at `i`, or "" when token `i` is not a word.
    pub fn word(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.kind == Kind::Word => self.low(i),
            _ => "",
        }
    }

    /// True when token `i` is the word `w` (lower case).
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.word(i) == w
    }

    /// True when token `i` is the punctuation `c`.
    pub fn punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(self.src, c))
    }

    /// True when token `i` exists and follows token `i - 1` with no space.
    pub fn attached(&self, i: usize) -> bool {
        i > 0 && self.toks.get(i).is_some_and(|t| t.attached())
    }

    /// The kind of token `i`.
    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// The value of digit token `i` (at most nine digits).
    pub fn num(&self, i: usize) -> Option<i64> {
        let t = self.toks.get(i).filter(|t| t.kind == Kind::Num)?;
        if t.end - t.start > 9 {
            return None;
        }
        t.text(self.src).parse().ok()
    }

    /// Number of digits of token `i` (0 when it is not a digit token).
    pub fn digits(&self, i: usize) -> usize {
        match self.toks.get(i) {
            Some(t) if t.kind == Kind::Num => t.end - t.start,
            _ => 0,
        }
    }

    /// True when token `i` starts with an upper-case letter.
    pub fn capitalized(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .and_then(|t| t.text(self.src).chars().next())
            .is_some_and(char::is_uppercase)
    }

    /// True when token `i` starts a sentence (or the text).
    pub fn sentence_start(&self, i: usize) -> bool {
        i == 0 || self.toks.get(i).is_some_and(|t| t.newline_before) || self.boundary(i - 1)
    }

    /// True when token `i` ends a sentence.
    fn boundary(&self, i: usize) -> bool {
        match self.low(i) {
            "!" | "?" | ";" => true,
            // A period after a known abbreviation or a single letter is not the end of a
            // sentence ("Sat.", "Dec.", "Mr.", "U.S.", "sept.").
            "." => {
                let prev = self.low(i.wrapping_sub(1));
                let abbreviation = i > 0
                    && self.kind(i - 1) == Some(Kind::Word)
                    && (prev.chars().count() == 1
                        || lexicon::contains(lexicon::ABBREVIATIONS, prev)
                        || lexicon::month(prev).is_some_and(|m| m.1 == Abbrev)
                        || lexicon::weekday(prev).is_some_and(|w| w.1 == Abbrev));
                !abbreviation
            }
            _ => false,
        }
    }

    /// True when the number at `i` stands alone: no digits or decimal point glued before it
    /// or after it.
    pub fn free_number(&self, i: usize) -> bool {
        if self.kind(i) != Some(Kind::Num) {
            return false;
        }
        let glued_before = self.attached(i)
            && (matches!(self.kind(i - 1), Some(Kind::Num | Kind::Word))
                || (matches!(self.low(i - 1), "." | "," | ":" | "$" | "£" | "€" | "#")
                    && (i < 2 || self.attached(i - 1))));
        let glued_after = self.attached(i + 1)
            && (self.kind(i + 1) == Some(Kind::Num)
                || (matches!(self.low(i + 1), "." | "," | ":" | "%")
                    && self.attached(i + 2)
                    && self.kind(i + 2) == Some(Kind::Num))
                || self.low(i + 1) == "%");
        !glued_before && !glued_after
    }

    /// True when the word at `i` makes the number before it a count ("2000 people").
    pub fn count_follows(&self, i: usize) -> bool {
        lexicon::contains(lexicon::COUNT_NOUNS, self.word(i)) || self.punct(i, '%')
    }

    /// The tense of the sentence around tokens `start..end`: the nearest cue word wins,
    /// the future on a tie.
    pub fn tense(&self, start: usize, end: usize) -> Tense {
        let (mut left_open, mut right_open) = (true, true);
        for d in 1..=CUE_REACH {
            let mut found = Tense::Unknown;
            if right_open {
                let j = end + d - 1;
                if j >= self.len() || self.boundary(j) {
                    right_open = false;
                } else {
                    found = self.cue(j);
                }
            }
            if left_open && found != Tense::Future {
                match start.checked_sub(d) {
                    Some(j) if !self.boundary(j) => {
                        let cue = self.cue(j);
                        if cue != Tense::Unknown {
                            found = cue;
                        }
                    }
                    _ => left_open = false,
                }
            }
            if found != Tense::Unknown {
                return found;
            }
        }
        Tense::Unknown
    }

    fn cue(&self, i: usize) -> Tense {
        let w = self.word(i);
        if w.is_empty() {
            return Tense::Unknown;
        }
        // "is set to", "is due": future; "set up", "due to rain": not.
        let set_to = w == "set" && self.is(i + 1, "to");
        let due = w == "due" && i > 0 && matches!(self.word(i - 1), "is" | "are");
        if lexicon::contains(FUTURE_CUES, w) || set_to || due {
            return Tense::Future;
        }
        let past = lexicon::contains(PAST_CUES, w)
            || (w.len() >= 5 && w.ends_with("ed") && !lexicon::contains(NOT_PAST, w));
        // "are held", "is expected": a present passive, not the past.
        let passive = i > 0 && matches!(self.word(i - 1), "is" | "are" | "am" | "be" | "being");
        if past && !passive {
            Tense::Past
        } else {
            Tense::Unknown
        }
    }

    /// The date expression at `i` used as an argument of another, parsed once per token and
    /// nested at most `MAX_DEPTH` deep, so chains like "2 days after 2 days after …" stay
    /// linear.
    pub(super) fn anchor(
        &self,
        i: usize,
        parse: impl FnOnce() -> Option<super::Hit>,
    ) -> Option<super::Hit> {
        if let Some(hit) = self.anchors.borrow().get(&i) {
            return *hit;
        }
        if self.depth.get() >= MAX_DEPTH {
            return None;
        }
        self.depth.set(self.depth.get() + 1);
        let hit = parse();
        self.depth.set(self.depth.get() - 1);
        self.anchors.borrow_mut().insert(i, hit);
        hit
    }

    /// Records a found expression (years coordinate: "in 2007 and 2009").
    pub(super) fn note_hit(&self, hit: &super::Hit) {
        let is_year = hit.precision == crate::values::DatePrecision::Year;
        self.last_year_end.set(is_year.then_some(hit.end));
    }

    /// True when a year just ended at `i - 1` followed by one coordinator word at `i - 1`
    /// ("2007 and" before "2009").
    pub fn after_coordinated_year(&self, i: usize) -> bool {
        i >= 1
            && self.last_year_end.get() == Some(i - 1)
            && lexicon::contains(lexicon::COORDINATORS, self.low(i - 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::token::tokenize;

    fn with<R>(text: &str, f: impl FnOnce(&Cx) -> R) -> R {
        let toks = tokenize(text);
        let cx = Cx::new(text, &toks, &Context::default());
        f(&cx)
    }

    #[test]
    fn nearest_cue_decides_the_tense() {
        // "He said Monday that she will visit": Monday is near "said", not "will".
        with("He said Monday that she will visit", |cx| {
            assert_eq!(cx.tense(2, 3), Tense::Past);
        });
        with("The talks will resume on Monday", |cx| {
            assert_eq!(cx.tense(5, 6), Tense::Future);
        });
        with("Talks on Monday. They will resume", |cx| {
            assert_eq!(cx.tense(2, 3), Tense::Unknown);
        });
        with("They met. Sat. Sep 30", |cx| {
            assert!(cx.sentence_start(3));
            assert!(!cx.sentence_start(5));
        });
    }

    #[test]
    fn free_numbers() {
        with("x 1,2019 0.2019 2019 2019% A2019", |cx| {
            assert!(!cx.free_number(3));
            assert!(!cx.free_number(6));
            assert!(cx.free_number(7));
            assert!(!cx.free_number(8));
            assert!(!cx.free_number(11));
        });
    }
}

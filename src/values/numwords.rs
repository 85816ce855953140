//! The English number-word lexicon — cardinals, scale words, ordinals, fraction denominators —
//! kept as tables so that other languages can add theirs beside it.
//!
//! Lookups take one token's text, ignore ASCII case and never allocate.

/// Cardinal words below one hundred, with their values.
const CARDINALS: [(&str, u32); 31] = [
    ("zero", 0),
    ("nought", 0),
    ("naught", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("fourty", 40),
];

/// Scale words after a number ("1.5 million", "three lakh", "two dozen"), plural forms
/// included, with their multipliers. "dozen" multiplies only the group before it.
const SCALES: [(&str, f64); 36] = [
    ("hundred", 1e2),
    ("hundreds", 1e2),
    ("thousand", 1e3),
    ("thousands", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("mln", 1e6),
    ("mn", 1e6),
    ("mil", 1e6),
    ("billion", 1e9),
    ("billions", 1e9),
    ("bn", 1e9),
    ("bln", 1e9),
    ("trillion", 1e12),
    ("trillions", 1e12),
    ("tn", 1e12),
    ("trn", 1e12),
    ("tln", 1e12),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("lac", 1e5),
    ("lacs", 1e5),
    ("lkh", 1e5),
    ("lkhs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
    ("krore", 1e7),
    ("krores", 1e7),
    ("koti", 1e7),
    ("cr", 1e7),
    ("dozen", 12.0),
    ("dozens", 12.0),
    ("dz", 12.0),
    ("dzs", 12.0),
    ("doz", 12.0),
    ("dozs", 12.0),
];

/// Scale letters written straight after digits ("10k", "1.2M", "$5bn" is a word above).
/// The flag says whether the letter is an identifier after a single digit ("5G", "3M").
const SUFFIX_LETTERS: [(&str, f64, bool); 7] = [
    ("k", 1e3, false),
    ("K", 1e3, true),
    ("M", 1e6, true),
    ("MM", 1e6, false),
    ("G", 1e9, true),
    ("B", 1e9, true),
    ("b", 1e9, true),
];

/// Ordinal words below twenty and the tens ordinals.
const ORDINALS: [(&str, u32); 29] = [
    ("zeroth", 0),
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("sixtieth", 60),
    ("seventieth", 70),
    ("eightieth", 80),
    ("ninetieth", 90),
    ("hundredth", 100),
];

/// Fraction denominators that are not plain ordinals.
const DENOMINATORS: [(&str, f64); 10] = [
    ("half", 2.0),
    ("halves", 2.0),
    ("quarter", 4.0),
    ("quarters", 4.0),
    ("thousandth", 1e3),
    ("thousandths", 1e3),
    ("millionth", 1e6),
    ("millionths", 1e6),
    ("billionth", 1e9),
    ("trillionth", 1e12),
];

/// Digit words after "point" ("nine point nought four").
const DIGIT_WORDS: [(&str, u32); 13] = [
    ("zero", 0),
    ("oh", 0),
    ("nought", 0),
    ("naught", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
];

fn find<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, v)| v)
}

/// The value of a cardinal word below one hundred ("seven", "forty", "nought").
pub fn cardinal(word: &str) -> Option<u32> {
    find(&CARDINALS, word)
}

/// The multiplier of a scale word ("hundred", "millions", "bn", "lakh", "dozen").
pub fn scale(word: &str) -> Option<f64> {
    find(&SCALES, word)
}

/// The multiplier of a scale letter attached to digits ("k", "M", "bn" is a [`scale`] word),
/// and whether that letter after a single digit names a thing instead ("5G", "3M").
pub fn suffix_letter(word: &str) -> Option<(f64, bool)> {
    SUFFIX_LETTERS
        .iter()
        .find(|(w, _, _)| *w == word)
        .map(|&(_, v, ident)| (v, ident))
}

/// The value of an ordinal word ("third" → 3, "twentieth" → 20, "hundredth" → 100).
pub fn ordinal(word: &str) -> Option<u32> {
    find(&ORDINALS, word)
}

/// A fraction denominator: "thirds" → (3, plural), "half" → (2, singular), "hundredth".
/// "second" is left out: after a number it is a unit of time.
pub fn denominator(word: &str) -> Option<(f64, bool)> {
    if let Some(d) = find(&DENOMINATORS, word) {
        let plural = word.ends_with(['s', 'S']);
        return Some((d, plural));
    }
    let (stem, plural) = match word.strip_suffix(['s', 'S']) {
        Some(stem) => (stem, true),
        None => (word, false),
    };
    if let Some(d) = find(&DENOMINATORS, stem) {
        return Some((d, plural));
    }
    match ordinal(stem)? {
        0..=2 => None,
        n => Some((f64::from(n), plural)),
    }
}

/// A digit word after "point": "zero", "oh", "nought", "one" … "nine".
pub fn digit_word(word: &str) -> Option<u32> {
    find(&DIGIT_WORDS, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cardinals_and_scales_ignore_case() {
        assert_eq!(cardinal("Forty"), Some(40));
        assert_eq!(cardinal("nought"), Some(0));
        assert_eq!(cardinal("forties"), None);
        assert_eq!(scale("Million"), Some(1e6));
        assert_eq!(scale("crores"), Some(1e7));
        assert_eq!(scale("dozen"), Some(12.0));
        assert_eq!(scale("people"), None);
    }

    #[test]
    fn suffix_letters_are_case_sensitive() {
        assert_eq!(suffix_letter("k"), Some((1e3, false)));
        assert_eq!(suffix_letter("M"), Some((1e6, true)));
        // Lower-case "m" is a metre, not a million.
        assert_eq!(suffix_letter("m"), None);
    }

    #[test]
    fn denominators_singular_and_plural() {
        assert_eq!(denominator("thirds"), Some((3.0, true)));
        assert_eq!(denominator("fifth"), Some((5.0, false)));
        assert_eq!(denominator("quarters"), Some((4.0, true)));
        assert_eq!(denominator("half"), Some((2.0, false)));
        assert_eq!(denominator("hundredths"), Some((100.0, true)));
        // "two seconds" is a duration, "first" is never a denominator on its own.
        assert_eq!(denominator("seconds"), None);
        assert_eq!(denominator("first"), None);
        assert_eq!(denominator("s"), None);
        assert_eq!(denominator("café"), None);
    }

    #[test]
    fn ordinals_and_digit_words() {
        assert_eq!(ordinal("Twelfth"), Some(12));
        assert_eq!(ordinal("ninetieth"), Some(90));
        assert_eq!(digit_word("oh"), Some(0));
        assert_eq!(digit_word("ten"), None);
    }
}

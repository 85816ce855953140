//! When two spellings are one name: "Kim Jong Un" / "Kim Jong-un" (hyphens, spacing, case),
//! "Erdoğan" / "Erdogan" (diacritics), "Zelensky" / "Zelenskyy" (transliteration) — but not
//! two members of one family ("Kim Jong Un" / "Kim Jong Il"), nor a country and its
//! adjective ("North Korea" / "North Korean").

use unicode_normalization::UnicodeNormalization;

use super::normalize::spelling_variant;

/// The name's words, lower-cased, without diacritics, split at spaces and hyphens.
pub fn tokens(name: &str) -> Vec<String> {
    let folded: String = name
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase();
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// True when `a` and `b` are spelled differently but are evidently one name.
pub fn variants(a: &str, b: &str) -> bool {
    if a == b {
        return false;
    }
    let (ta, tb) = (tokens(a), tokens(b));
    if ta.is_empty() || tb.is_empty() {
        return false;
    }
    // The same letters, split or joined differently: "Jong-un" / "Jongun".
    if ta.concat() == tb.concat() {
        return true;
    }
    // Word by word: each pair the same, or a respelling of a long word ("Zelensky" /
    // "Zelenskyy", "Shoigu" / "Shoygu"); short words must match exactly, so "Un" / "Il" do not.
    ta.len() == tb.len()
        && ta
            .iter()
            .zip(&tb)
            .all(|(x, y)| x == y || (x.len() >= 5 && y.len() >= 5 && respelt(x, y)))
}

/// A transliteration of one word: close letters and lengths that differ by at most one
/// ("Marrakech" / "Marrakesh", "Bhubaneswar" / "Bhubaneshwar"), or a doubled last letter
/// ("Zelensky" / "Zelenskyy") — but not a demonym or an adjective made from the other
/// ("Morocco" / "Moroccan", "Germany" / "German") nor another country ("Austria" /
/// "Australia").
fn respelt(x: &str, y: &str) -> bool {
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    if long.len() > short.len() + 1 {
        return false;
    }
    const DEMONYM: &[&str] = &["an", "ian", "ese", "ish", "i", "ic", "s"];
    let ends = |w: &str, suffix: &str| w.ends_with(suffix);
    if DEMONYM.iter().any(|d| {
        ends(long, d) != ends(short, d)
            && (ends(long, d) || ends(short, d))
            && long.len() != short.len()
    }) {
        return false;
    }
    if let Some(extra) = long.strip_prefix(short) {
        return short.ends_with(extra);
    }
    spelling_variant(x, y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_name() {
        assert!(variants("Kim Jong Un", "Kim Jong-un"));
        assert!(variants("Kim Jong-un", "Kim Jongun"));
        assert!(variants("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"));
        assert!(variants("Volodymyr Zelensky", "Volodymyr Zelenskyy"));
        assert!(variants("Sergei Shoigu", "Sergei Shoygu"));
        assert!(variants("MOSCOW", "Moscow"));
    }

    #[test]
    fn near_misses_that_are_different_names() {
        assert!(!variants("Kim Jong Un", "Kim Jong Il"), "father and son");
        assert!(
            !variants("Kim Jong Un", "Kim Yo Jong"),
            "brother and sister"
        );
        assert!(!variants("Kim Il Sung", "Kim Il Son"));
        assert!(!variants("North Korea", "North Korean"));
        assert!(!variants("Russia", "Russian"));
        assert!(!variants("Vostochny Cosmodrome", "Vostochny"));
        assert!(
            !variants("Kim Jong Un", "Kim Jong Un"),
            "the same spelling is no variant"
        );
        assert!(!variants("Dmitry Peskov", "Dmitry Medvedev"));
        assert!(!variants("Marat Khusnullin", "Marat Khusnutdinov"));
        assert!(
            !variants("Ali Khan", "Ali Kahn"),
            "short words must match exactly"
        );
        assert!(!variants("Australia", "Austria"));
        assert!(!variants("Morocco", "Moroccan"));
        assert!(!variants("Germany", "German"));
        assert!(variants("Marrakech", "Marrakesh"));
        assert!(variants("Bhubaneswar", "Bhubaneshwar"));
    }
}

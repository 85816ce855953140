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

/// True when two speakers' names may be one person: the same last word, titles and first
/// names aside ("EU antitrust chief Margrethe Vestager" / "Vestager"), a long word respelt
/// ("Poulos" / "Poulus"), or a one-word name that is a word of the other ("Kim" / "Kim Jong
/// Un"). "Kim Jong Un" / "Kim Yo Jong" and "Vestager" / "European Commission" are two.
pub fn one_person(a: &str, b: &str) -> bool {
    let (ta, tb) = (tokens(a), tokens(b));
    let same = |x: &String, y: &String| x == y || (x.len() >= 5 && y.len() >= 5 && respelt(x, y));
    let within =
        |one: &[String], other: &[String]| one.len() == 1 && other.iter().any(|y| same(&one[0], y));
    ta.last().zip(tb.last()).is_some_and(|(x, y)| same(x, y))
        || within(&ta, &tb)
        || within(&tb, &ta)
}

/// True when a speaker's name tells who spoke: a word that is not a title ("Chief", "PM")
/// nor a stray letter ("U" of "U.S.").
pub fn identifies(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric()).any(|w| {
        let letters = w.chars().count();
        let abbreviation = letters <= 2 && w.chars().all(char::is_uppercase);
        letters >= 2 && !abbreviation && !super::speech::role(w)
    })
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
    fn one_speaker_named_with_and_without_titles_or_first_names() {
        assert!(one_person("Vestager", "Margrethe Vestager"));
        assert!(one_person(
            "EU antitrust chief Margrethe Vestager",
            "Vestager"
        ));
        assert!(
            one_person("Dominion CEO John Poulos", "Poulus"),
            "a respelling"
        );
        assert!(one_person("Kim", "Kim Jong Un"));
        assert!(one_person("Kim Jong-un", "Kim Jong Un"));
        assert!(!one_person("Margrethe Vestager", "European Commission"));
        assert!(!one_person("Vaishnaw", "CPRO De"));
        assert!(!one_person("Mamata Banerjee", "Jaya Varma Sinha"));
        assert!(
            !one_person("Kim Jong Un", "Kim Yo Jong"),
            "brother and sister"
        );
        assert!(identifies("CPRO De"));
        assert!(!identifies("PM"));
        assert!(!identifies("Chief"));
        assert!(!identifies("U"));
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

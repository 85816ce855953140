//! The word lists attribution reads: speech verbs, the nouns that name a role ("spokesman",
//! "leader"), the modifiers that may stand before them, and the words that may stand between
//! a speaker and the verb ("Koffler also told"). Data only; the rules are in `attribution`.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// How a speech verb behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Verb {
    /// The subject may follow the verb: "“…,” said Peskov".
    pub inverts: bool,
    /// An -ing form whose subject is that of the clause: "…, calling it a “…”".
    pub participle: bool,
}

const I: u8 = 1; // inverts
const P: u8 = 2; // participle

/// Speech verbs in the forms matched (lower case only, so "United States" and "Post" are no
/// verbs). Noun-like forms ("claims", "notes", "calls", "reports", "states") are left out.
const VERBS: &[(&str, u8)] = &[
    ("say", 0),
    ("says", I),
    ("said", I),
    ("saying", P),
    ("tell", 0),
    ("tells", 0),
    ("told", 0),
    ("telling", P),
    ("write", 0),
    ("writes", I),
    ("wrote", I),
    ("writing", P),
    ("add", 0),
    ("adds", I),
    ("added", I),
    ("adding", P),
    ("ask", 0),
    ("asks", I),
    ("asked", I),
    ("asking", P),
    ("stated", I),
    ("stating", P),
    ("declare", 0),
    ("declares", I),
    ("declared", I),
    ("declaring", P),
    ("insist", 0),
    ("insists", I),
    ("insisted", I),
    ("insisting", P),
    ("warn", 0),
    ("warns", I),
    ("warned", I),
    ("warning", P),
    ("noted", I),
    ("noting", P),
    ("explain", 0),
    ("explains", I),
    ("explained", I),
    ("explaining", P),
    ("claimed", I),
    ("claiming", P),
    ("argue", 0),
    ("argues", I),
    ("argued", I),
    ("arguing", P),
    ("announce", 0),
    ("announces", I),
    ("announced", I),
    ("announcing", P),
    ("tweeted", I),
    ("posted", 0),
    ("replied", I),
    ("replying", P),
    ("stressed", I),
    ("stressing", P),
    ("recalled", I),
    ("recalling", P),
    ("urge", 0),
    ("urges", I),
    ("urged", I),
    ("urging", P),
    ("called", 0),
    ("calling", P),
    ("praised", 0),
    ("praising", P),
    ("describe", 0),
    ("describes", 0),
    ("described", 0),
    ("describing", P),
    ("pledged", 0),
    ("pledging", P),
    ("vowed", 0),
    ("vowing", P),
    ("mention", 0),
    ("mentions", 0),
    ("mentioned", 0),
    ("mentioning", P),
    ("promised", 0),
    ("promising", P),
    ("hailed", 0),
    ("hailing", P),
    ("lauded", 0),
    ("lauding", P),
    ("accuses", 0),
    ("accused", 0),
    ("accusing", P),
    ("continued", I),
    ("remarked", I),
    ("answered", I),
    ("responded", I),
    ("emphasized", I),
    ("emphasised", I),
    ("emphasizing", P),
    ("emphasising", P),
    ("suggest", 0),
    ("suggests", 0),
    ("suggested", I),
    ("admit", 0),
    ("admits", I),
    ("admitted", I),
    ("acknowledged", I),
    ("predict", 0),
    ("predicted", I),
    ("agreed", 0),
    ("dubbed", 0),
    ("dubbing", P),
    ("termed", 0),
    ("quoted", 0),
    ("reported", I),
    ("confirmed", I),
    ("denied", 0),
    ("proclaimed", I),
    ("asserted", I),
    ("concluded", I),
    ("cautioned", I),
];

/// The speech verb `word` is, if any. `word` must be written in lower case.
pub(super) fn verb(word: &str) -> Option<Verb> {
    static TABLE: LazyLock<HashMap<&str, u8>> = LazyLock::new(|| VERBS.iter().copied().collect());
    TABLE.get(word).map(|&f| Verb {
        inverts: f & I != 0,
        participle: f & P != 0,
    })
}

/// Nouns (and titles) that name what a person is: the head of a description ("the Kremlin
/// spokesman") and the evidence that a name is a person's ("spokesman Dmitry Peskov",
/// "his grandfather Kim Il Sung").
const ROLES: &[&str] = &[
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "president",
    "minister",
    "analyst",
    "expert",
    "official",
    "ambassador",
    "diplomat",
    "envoy",
    "chairman",
    "chairwoman",
    "secretary",
    "senator",
    "governor",
    "general",
    "commander",
    "premier",
    "chancellor",
    "author",
    "professor",
    "researcher",
    "director",
    "chief",
    "adviser",
    "advisor",
    "aide",
    "negotiator",
    "lawmaker",
    "congressman",
    "congresswoman",
    "representative",
    "officer",
    "king",
    "queen",
    "prince",
    "princess",
    "dictator",
    "strongman",
    "ruler",
    "founder",
    "economist",
    "scholar",
    "correspondent",
    "journalist",
    "editor",
    "mayor",
    "judge",
    "lawyer",
    "attorney",
    "prosecutor",
    "admiral",
    "marshal",
    "colonel",
    "captain",
    "sergeant",
    "lieutenant",
    "pope",
    "emperor",
    "commissioner",
    "comrade",
    "cosmonaut",
    "astronaut",
    "ceo",
    "executive",
    "sister",
    "brother",
    "father",
    "mother",
    "son",
    "daughter",
    "wife",
    "husband",
    "grandfather",
    "grandmother",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "widow",
    "cousin",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sen",
    "rep",
    "gov",
    "gen",
    "col",
    "capt",
    "lt",
    "sgt",
];

/// True when `word` (any case) names a role.
pub(super) fn role(word: &str) -> bool {
    static TABLE: LazyLock<HashSet<&str>> = LazyLock::new(|| ROLES.iter().copied().collect());
    word.len() <= 16 && (TABLE.contains(word) || TABLE.contains(word.to_ascii_lowercase().as_str()))
}

/// Roles taken for one another when a description is matched with a name ("the Russian
/// leader" and "Russian President Vladimir Putin").
const ROLE_CLASSES: &[&[&str]] = &[
    &[
        "leader",
        "president",
        "premier",
        "chairman",
        "ruler",
        "dictator",
        "strongman",
        "king",
        "queen",
        "emperor",
    ],
    &["spokesman", "spokeswoman", "spokesperson"],
    &["adviser", "advisor", "aide"],
];

/// True when the roles `a` and `b` (lower case) may name the same position.
pub(super) fn same_role(a: &str, b: &str) -> bool {
    a == b
        || ROLE_CLASSES
            .iter()
            .any(|class| class.contains(&a) && class.contains(&b))
}

/// Lower-case words that may stand before a role in a description ("the former deputy
/// foreign minister").
const MODIFIERS: &[&str] = &[
    "former",
    "top",
    "senior",
    "chief",
    "deputy",
    "current",
    "then",
    "longtime",
    "veteran",
    "acting",
    "foreign",
    "defense",
    "defence",
    "interior",
    "finance",
    "state",
    "military",
    "intelligence",
    "strategic",
    "national",
    "security",
    "press",
    "presidential",
    "prime",
    "vice",
    "supreme",
    "new",
    "outgoing",
    "incoming",
];

/// True when `word` (lower case) may modify a role.
pub(super) fn modifier(word: &str) -> bool {
    MODIFIERS.contains(&word)
}

/// Words that may stand between a speaker and the speech verb ("Koffler also told", "Kim had
/// written", "Peskov on Thursday said").
const BETWEEN: &[&str] = &[
    "also",
    "later",
    "then",
    "once",
    "again",
    "previously",
    "recently",
    "reportedly",
    "further",
    "repeatedly",
    "has",
    "have",
    "had",
    "was",
    "is",
    "were",
    "would",
    "will",
    "did",
    "does",
    "just",
    "earlier",
    "subsequently",
    "separately",
    "privately",
    "publicly",
    "simply",
    "flatly",
    "personally",
    "himself",
    "herself",
    "on",
    "last",
    "this",
    "week",
    "month",
    "year",
    "night",
    "morning",
    "afternoon",
    "evening",
    "today",
    "yesterday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// True when `word` may stand between a speaker and the verb.
pub(super) fn between(word: &str) -> bool {
    let lower = word.to_lowercase();
    BETWEEN.contains(&lower.as_str()) || (lower.len() > 4 && lower.ends_with("ly") && word == lower)
}

/// Words right before a quotation that make it a title, not speech ("author of “…”").
const TITLE_CUES: &[&[&str]] = &[
    &["author", "of"],
    &["titled"],
    &["entitled"],
    &["headlined"],
    &["book"],
    &["film"],
    &["movie"],
    &["documentary"],
    &["novel"],
    &["memoir"],
    &["song"],
    &["album"],
    &["column"],
    &["essay"],
    &["headline"],
    &["slogan"],
    &["hashtag"],
];

/// True when `words` (lower case, in text order) end with a title cue.
pub(super) fn title_cue(words: &[&str]) -> bool {
    TITLE_CUES.iter().any(|cue| words.ends_with(cue))
}

/// Words that open a sentence before its subject and a comma ("Interestingly, Kim …").
const OPENERS: &[&str] = &[
    "however",
    "meanwhile",
    "still",
    "earlier",
    "later",
    "separately",
    "also",
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "while",
    "last",
    "this",
    "speaking",
    "asked",
    "afterwards",
    "yet",
    "but",
    "and",
    "then",
    "now",
    "today",
];

/// True when a sentence opening with `word` and a comma has its subject after the comma.
pub(super) fn opener(word: &str) -> bool {
    let lower = word.to_lowercase();
    OPENERS.contains(&lower.as_str()) || (lower.len() > 4 && lower.ends_with("ly"))
}

/// Words that may follow a bare attribution sentence's verb ("Putin said on Tuesday.").
const TRAILERS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "to",
    "from",
    "via",
    "while",
    "when",
    "as",
    "last",
    "this",
    "earlier",
    "later",
    "later",
    "today",
    "yesterday",
    "tonight",
    "afterwards",
    "again",
];

/// True when `word` (lower case) may open what follows a bare attribution's verb.
pub(super) fn trailer(word: &str) -> bool {
    TRAILERS.contains(&word)
}

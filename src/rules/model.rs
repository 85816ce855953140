//! The validated rule types the rest of factdiff sees: nothing here can hold an unchecked
//! value (an unknown type, a bad regex, a tolerance in the wrong unit).

use jiff::civil::Date;
use regex::Regex;
use serde::Serialize;

use crate::values::{Dimension, Recognized};

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Worth a look.
    Info,
    /// Probably wrong somewhere.
    Warning,
    /// Sources state incompatible facts.
    Error,
}

impl Severity {
    /// The name used in rule files and reports.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Looks a severity up by name.
    pub fn from_name(name: &str) -> Option<Severity> {
        match name {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }

    /// One level less severe (info stays info).
    pub fn lower(self) -> Severity {
        match self {
            Severity::Error => Severity::Warning,
            _ => Severity::Info,
        }
    }
}

/// The type of value a fact takes, as named in a rule's `value` key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ValueType {
    /// Any plain number ("magnitude 7.8").
    Number,
    /// A whole, non-negative number of things ("12 people", "twice").
    Count,
    /// A quantity of the given dimension.
    Quantity(Dimension),
    /// A calendar date.
    Date,
}

impl ValueType {
    /// The names accepted in a rule's `value` key.
    pub const NAMES: [&'static str; 12] = [
        "number",
        "count",
        "length",
        "speed",
        "duration",
        "mass",
        "money",
        "percentage",
        "temperature",
        "area",
        "volume",
        "date",
    ];

    /// Looks a value type up by name.
    pub fn from_name(name: &str) -> Option<ValueType> {
        match name {
            "number" => Some(ValueType::Number),
            "count" => Some(ValueType::Count),
            "date" => Some(ValueType::Date),
            other => match Dimension::from_name(other)? {
                Dimension::Number | Dimension::Date => None,
                d => Some(ValueType::Quantity(d)),
            },
        }
    }

    /// The name used in rule files.
    pub fn name(self) -> &'static str {
        match self {
            ValueType::Number => "number",
            ValueType::Count => "count",
            ValueType::Quantity(d) => d.name(),
            ValueType::Date => "date",
        }
    }

    /// The dimension of the values this type takes.
    pub fn dimension(self) -> Dimension {
        match self {
            ValueType::Number | ValueType::Count => Dimension::Number,
            ValueType::Quantity(d) => d,
            ValueType::Date => Dimension::Date,
        }
    }
}

/// How far apart two values may be and still agree.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "kind", content = "amount", rename_all = "kebab-case")]
pub enum Tolerance {
    /// A fraction of the value (`"3%"` is 0.03).
    Relative(f64),
    /// An amount in the canonical unit of the fact's dimension (days for dates).
    Absolute(f64),
}

/// A word or phrase to look for, lower case; `*` at the end of a word matches any ending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// The phrase as written in the rule.
    pub text: String,
    /// Its words, lower case, each with a flag for a trailing `*`.
    pub words: Vec<(String, bool)>,
}

impl Phrase {
    /// True when the phrase matches `words` starting at index `k`.
    pub fn matches_at(&self, words: &[crate::text::Word], k: usize) -> bool {
        self.words.iter().enumerate().all(|(i, (want, wild))| {
            words.get(k + i).is_some_and(|w| {
                if *wild {
                    w.lower.starts_with(want.as_str())
                } else {
                    w.lower == *want
                }
            })
        })
    }
}

/// What an example expects the rule to extract.
#[derive(Debug, Clone)]
pub enum Expect {
    /// Nothing: a guardrail example.
    Nothing,
    /// These values, in order (each as written in the rule file, and as recognised).
    Values(Vec<(String, Recognized)>),
}

/// A sentence with what the rule must extract from it; every example runs as a test.
#[derive(Debug, Clone)]
pub struct Example {
    /// The text to extract from.
    pub text: String,
    /// What must come out.
    pub expect: Expect,
    /// Publication date to resolve relative dates against.
    pub published: Option<Date>,
    /// Where the example stands (`file:line`).
    pub location: String,
}

/// How facts of one rule are split into subjects before comparing.
#[derive(Debug, Clone)]
pub enum Subjects {
    /// All facts of the rule are about one thing.
    One,
    /// Named subjects: the one whose word stands nearest the value; with no such word in
    /// the sentence, the default subject if there is one, else none.
    Named {
        /// Each subject's name and words.
        subjects: Vec<(String, Vec<Phrase>)>,
        /// The subject of a value whose sentence names none.
        default: Option<String>,
    },
    /// The proper name (person, place, organisation) nearest the value, preferring one before it.
    Name,
    /// The doer of the rule's cue: the name right before a `near` word ("Kim's visit", "Putin
    /// last visited"), not the place visited.
    Actor,
}

impl Subjects {
    /// True when subjects are proper names (`name` or `actor`).
    pub fn named(&self) -> bool {
        matches!(self, Subjects::Name | Subjects::Actor)
    }
}

/// One validated fact rule.
#[derive(Debug, Clone)]
pub struct Rule {
    /// Stable kebab-case id.
    pub id: String,
    /// What the fact is, in a sentence.
    pub description: String,
    /// The type of value.
    pub value: ValueType,
    /// One of these must appear in the sentence (empty: no condition).
    pub cues: Vec<Phrase>,
    /// One of these must appear within `window` words of the value (empty: no condition).
    pub near: Vec<Phrase>,
    /// Guardrails: a value with one of these within `window` words is not this fact, unless
    /// a `near` word stands closer to it.
    pub not: Vec<Phrase>,
    /// Hard guardrails: a value with one of these within `window` words is never this fact.
    pub never: Vec<Phrase>,
    /// For counts: the thing counted, within three words after the number.
    pub things: Vec<Phrase>,
    /// For counts: when a noun follows the number, it must be one of these.
    pub counted: Vec<Phrase>,
    /// Words either side of the value for `near` and `not`.
    pub window: usize,
    /// How facts are split into subjects.
    pub subjects: Subjects,
    /// The unit a bare number is read in ("aged 34" with `assume-unit = "years"`): the
    /// canonical unit and the canonical amount of one such unit.
    pub assume_unit: Option<(&'static str, f64)>,
    /// A bare number in apposition to a name ("Jim Gaines (48)") is this fact, as if a `near`
    /// word stood beside it.
    pub appositive: bool,
    /// A count that only grows as a story develops (the dead, the injured): a higher figure
    /// from a later-published source is an update, not a conflict.
    pub monotone: bool,
    /// False for a fact that only feeds relations (a visit's date, one of many visits): it is
    /// never compared across sources.
    pub compared: bool,
    /// An optional regex the sentence must match.
    pub pattern: Option<Regex>,
    /// How far apart values may be and still agree.
    pub tolerance: Tolerance,
    /// The severity of a conflict between exact values.
    pub severity: Severity,
    /// The message template (`{fact}`, `{description}`, `{subject}`, `{values}`).
    pub message: String,
    /// Examples, run as tests.
    pub examples: Vec<Example>,
    /// Where the rule is defined (`file:line`).
    pub location: String,
}

impl Rule {
    /// Fills in the message template; `subject` is the subject's name, or empty.
    pub fn render_message(&self, subject: &str, values: &str) -> String {
        let subject = if subject.is_empty() {
            "the subject"
        } else {
            subject
        };
        self.message
            .replace("{fact}", &self.id)
            .replace("{description}", &self.description)
            .replace("{subject}", subject)
            .replace("{values}", values)
    }
}

/// The placeholders a message template may use.
pub const PLACEHOLDERS: [&str; 4] = ["fact", "description", "subject", "values"];

/// What a word rule compares across sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WordKind {
    /// Quotations: the same words quoted differently, or quoted in one source and
    /// paraphrased in another.
    Quote,
    /// Shared passages: sentences two sources share almost word for word.
    Text,
    /// Names spelled differently.
    Name,
    /// Different descriptors of one subject ("bulletproof train" / "armored train").
    Descriptor,
}

impl WordKind {
    /// The `value` name in rule files.
    pub fn name(self) -> &'static str {
        match self {
            WordKind::Quote => "quote",
            WordKind::Text => "text",
            WordKind::Name => "name",
            WordKind::Descriptor => "descriptor",
        }
    }

    /// Looks a word kind up by its `value` name.
    pub fn from_name(name: &str) -> Option<WordKind> {
        [
            WordKind::Quote,
            WordKind::Text,
            WordKind::Name,
            WordKind::Descriptor,
        ]
        .into_iter()
        .find(|k| k.name() == name)
    }
}

/// An example of a word rule: two texts, and the change between them it must report.
#[derive(Debug, Clone)]
pub struct WordExample {
    /// The first source.
    pub text: String,
    /// The second source.
    pub other: String,
    /// The changes expected, each as (first wording, second wording); empty for "none".
    pub expect: Vec<(String, String)>,
    /// Where the example stands (`file:line`).
    pub location: String,
}

/// One validated rule about words (quotes, passages, names, descriptors).
#[derive(Debug, Clone)]
pub struct WordRule {
    /// Stable kebab-case id.
    pub id: String,
    /// What the rule reports, as a phrase.
    pub description: String,
    /// What it compares.
    pub kind: WordKind,
    /// The severity of a drift.
    pub severity: Severity,
    /// For quotes: the severity of a quotation that another source paraphrases.
    pub paraphrase_severity: Severity,
    /// For quotes and passages: the fewest equal words a shared passage has.
    pub min_words: usize,
    /// For quotes and passages: the least similarity (0–1) of two wordings of one passage.
    pub similarity: f64,
    /// For quotes and passages: words whose change is not substantive, besides English
    /// function words.
    pub function_words: Vec<String>,
    /// For descriptors: the nouns described ("train").
    pub heads: Vec<Phrase>,
    /// For descriptors: the descriptors compared ("armored", "bulletproof").
    pub descriptors: Vec<Phrase>,
    /// The message template (`{fact}`, `{description}`, `{values}`).
    pub message: String,
    /// Examples, run as tests.
    pub examples: Vec<WordExample>,
    /// Where the rule is defined (`file:line`).
    pub location: String,
}

impl WordRule {
    /// Fills in the message template.
    pub fn render_message(&self, values: &str) -> String {
        self.message
            .replace("{fact}", &self.id)
            .replace("{description}", &self.description)
            .replace("{subject}", "")
            .replace("{values}", values)
    }
}

impl RelationRule {
    /// The message with its placeholders filled in.
    pub fn render_message(&self, arithmetic: &str) -> String {
        self.message
            .replace("{fact}", &self.id)
            .replace("{description}", &self.description)
            .replace("{arithmetic}", arithmetic)
    }
}

/// What a relation checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RelationKind {
    /// `result = of[0] × of[1]` (a journey's length is its speed times its duration).
    Product,
    /// `result = of[0] + of[1] + …` (casualties are the dead and the injured).
    Sum,
    /// A stated count of things followed by a list of names has as many names.
    List,
    /// A person's age fits their birth date and the article's date (`of = [age, birth]`).
    Age,
    /// A weekday written beside a date is that date's weekday.
    Weekday,
    /// A person's dated event is no later than the publication of an article that opens by
    /// reporting it as done (`of = [a date rule with named subjects]`).
    Reported,
}

impl RelationKind {
    /// The names accepted in a relation's `kind`.
    pub const NAMES: [&'static str; 6] = ["product", "sum", "list", "age", "weekday", "reported"];

    /// The kind's name in rule files.
    pub fn name(self) -> &'static str {
        match self {
            RelationKind::Product => "product",
            RelationKind::Sum => "sum",
            RelationKind::List => "list",
            RelationKind::Age => "age",
            RelationKind::Weekday => "weekday",
            RelationKind::Reported => "reported",
        }
    }

    /// Looks a kind up by name.
    pub fn from_name(name: &str) -> Option<RelationKind> {
        let kinds = [
            RelationKind::Product,
            RelationKind::Sum,
            RelationKind::List,
            RelationKind::Age,
            RelationKind::Weekday,
            RelationKind::Reported,
        ];
        Self::NAMES
            .iter()
            .position(|n| *n == name)
            .map(|i| kinds[i])
    }
}

/// Where the facts of a relation must stand together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    /// In one sentence.
    Sentence,
    /// In one paragraph (one line of the text).
    Paragraph,
    /// Anywhere in one article.
    Article,
}

/// What a relation example expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelationExpect {
    /// The relation is checked and holds.
    Holds,
    /// The relation is checked and does not hold.
    Violated,
    /// The relation does not apply.
    Nothing,
}

/// An example of a relation, run as a test.
#[derive(Debug, Clone)]
pub struct RelationExample {
    /// The text, one article.
    pub text: String,
    /// Its publication date.
    pub published: Option<Date>,
    /// What the relation must conclude.
    pub expect: RelationExpect,
    /// Where the example stands (`file:line`).
    pub location: String,
}

/// One validated relation between facts.
#[derive(Debug, Clone)]
pub struct RelationRule {
    /// Stable kebab-case id.
    pub id: String,
    /// What the relation says, as a phrase.
    pub description: String,
    /// What it checks.
    pub kind: RelationKind,
    /// The fact computed from the others (index of a value rule), for `product` and `sum`.
    pub result: Option<usize>,
    /// The facts it is computed from (indices of value rules).
    pub of: Vec<usize>,
    /// For `list`: the nouns of the counted things ("ministers", "@people").
    pub counted: Vec<Phrase>,
    /// How far the computed value may be from the stated one (a fraction).
    pub tolerance: f64,
    /// The severity when the relation does not hold.
    pub severity: Severity,
    /// Where the facts must stand together.
    pub scope: Scope,
    /// The message template (`{fact}`, `{description}`, `{arithmetic}`).
    pub message: String,
    /// Examples, run as tests.
    pub examples: Vec<RelationExample>,
    /// Where the relation is defined (`file:line`).
    pub location: String,
}

/// The effective, validated set of rules.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    /// The rules about values, in load order.
    pub rules: Vec<Rule>,
    /// The rules about words, in load order.
    pub word_rules: Vec<WordRule>,
    /// Relations between facts, in load order.
    pub relations: Vec<RelationRule>,
    /// Groups of names that are one thing ("Vostochny Cosmodrome" = "Vostochny space
    /// center"): never reported as variants, and one subject wherever rules group by name.
    pub aliases: Vec<Vec<String>>,
}

impl RuleSet {
    /// The rule with this id.
    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// The canonical form of a name: the first name of its alias group, else the name itself.
    pub fn canonical_name<'a>(&'a self, name: &'a str) -> &'a str {
        self.aliases
            .iter()
            .find(|group| group.iter().any(|n| n.eq_ignore_ascii_case(name)))
            .map_or(name, |group| group[0].as_str())
    }
}

//! General guards, true of every rule: figures that news writes next to a story's facts but
//! that are not them: a figure from an earlier dated event ("the Sandy Hook shooting in 2012
//! that killed 27", "since 1997, when a crash killed 228") and the old figure of a change
//! ("rose from 12 to 15"). Whole stretches of other events are `frames`. Part of a counted
//! group ("five of the dead") is `Around::partitive_of`.

use jiff::civil::Date;

use super::context::Around;
use crate::source::Article;
use crate::span::Span;
use crate::values::token::{Kind, Token};
use crate::values::{self, Recognized, Value};

/// How close (in words, clause boundaries counted) a date must stand to a figure to date it.
const DATED: usize = 8;
/// How many days before the article's date a dated figure becomes another event's.
const STALE_DAYS: i32 = 31;

/// The date the article speaks from: its publication date, else the latest date it names.
fn reference(published: Option<Date>, found: &[Recognized]) -> Option<Date> {
    published.or_else(|| {
        found
            .iter()
            .filter_map(|r| match &r.value {
                Value::Date(d) => d.range.map(|(_, end)| end),
                Value::Quantity(_) => None,
            })
            .max()
    })
}

/// The date an article speaks from, and the dates it names with the last day of each, for
/// the guards. An undated article is read as of `cluster` (the latest publication date among
/// the other articles of its cluster): its relative dates ("In April", "last year") are
/// placed against it, so that they date figures too.
pub fn timeline(
    article: &Article,
    tokens: &[Token],
    found: &[Recognized],
    cluster: Option<Date>,
) -> (Option<Date>, Vec<(Span, Date)>) {
    let ends = |found: &[Recognized]| -> Vec<(Span, Date)> {
        found
            .iter()
            .filter(|r| article.body.contains(&r.span))
            .filter_map(|r| match &r.value {
                Value::Date(d) => d.range.map(|(_, end)| (r.span, end)),
                Value::Quantity(_) => None,
            })
            .collect()
    };
    match (article.published, cluster) {
        (None, Some(date)) => {
            let ctx = values::Context {
                reference: Some(date),
            };
            let again = values::recognize_tokens(&article.text, tokens, &ctx);
            (Some(date), ends(&again))
        }
        _ => (reference(article.published, found), ends(found)),
    }
}

/// The dates among `dates` of other, earlier events: those that ended more than a month
/// before `reference`.
pub fn stale(dates: &[(Span, Date)], reference: Option<Date>) -> Vec<Span> {
    let Some(cutoff) =
        reference.and_then(|r| r.checked_sub(jiff::Span::new().days(STALE_DAYS)).ok())
    else {
        return Vec::new();
    };
    dates
        .iter()
        .filter(|(_, end)| *end < cutoff)
        .map(|(span, _)| *span)
        .collect()
}

/// True when one of the `stale` dates (of another, earlier event) stands close to the value in
/// its sentence, or opens a "when" clause that the value is in ("since 1997, when a Korean
/// Air crash in Guam killed 228").
pub fn earlier_event(around: &Around, stale: &[Span]) -> bool {
    stale.iter().any(|&span| {
        around.distance_to(span).is_some_and(|d| d < DATED) || around.in_when_clause_of(span)
    })
}

/// Verbs of change: "raised the toll from 6" makes 6 the old figure.
#[rustfmt::skip]
const CHANGE_VERBS: &[&str] = &[
    "rose", "rise", "risen", "rising", "raised", "raising", "increased", "increasing", "jumped",
    "spiked", "climbed", "soared", "grew", "fell", "dropped", "declined", "lowered", "revised",
    "revising", "cut", "reduced", "updated", "corrected", "changed", "went", "up", "down",
];

/// True when the value is the old figure of a change: "from 12 to 15" (the value being 12,
/// a value following "to"), or "raised the toll from 6" (a verb of change before "from").
pub fn old_figure(text: &str, tokens: &[Token], value: Span, found: &[Recognized]) -> bool {
    let i = tokens.partition_point(|t| t.start < value.start);
    let j = tokens.partition_point(|t| t.start < value.end);
    let word = |k: usize, w: &str| {
        tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Word && t.text(text).eq_ignore_ascii_case(w))
    };
    if i == 0 || !word(i - 1, "from") {
        return false;
    }
    let to_a_value = word(j, "to")
        && tokens.get(j + 1).is_some_and(|next| {
            found
                .iter()
                .any(|r| r.hedge.map_or(r.span, |h| h.cover(&r.span)).start == next.start)
        });
    let changed = (i.saturating_sub(6)..i - 1).any(|k| CHANGE_VERBS.iter().any(|v| word(k, v)));
    to_a_value || changed
}

//! What a figure is a part of, in its sentence: a partitive of the counted group ("five of
//! the dead"), an item of a breakdown ("including 8 children", "Two officers were
//! injured—one by gunfire"), a rate ("$1 million per hostage"), or an appositive age.

use super::{Around, BARRIER_MARKS, matches_at};
use crate::rules::Phrase;

impl Around<'_> {
    /// True for a partitive of the group that `near` names: "five of the dead", "19 of those
    /// injured", "27 of those who died" — but not "12 of the 40 passengers died", which counts.
    pub fn partitive_of(&self, near: &[Phrase]) -> bool {
        let a = self.after;
        let is = |k: usize, list: &[&str]| {
            self.words
                .get(k)
                .is_some_and(|w| list.contains(&w.lower.as_str()))
        };
        if !is(a, &["of"]) || !is(a + 1, &["the", "those", "them", "whom", "these"]) {
            return false;
        }
        if self.text[self.value.end..self.words[a].span.start].contains(BARRIER_MARKS) {
            return false;
        }
        (a + 2..(a + 4).min(self.words.len())).any(|k| {
            near.iter().any(|p| matches_at(self.words, k, p))
                && !self.text[self.words[a + 1].span.end..self.words[k].span.start]
                    .contains(|c: char| c.is_ascii_digit())
        })
    }

    /// True when the count is one item of a breakdown: it follows "including", "such as",
    /// "among them" closely ("killed 30, including 8 children"), "of which"/"of whom"
    /// follows it ("300 missiles, 120 of which"), "among" follows it within four words ("two
    /// Thai nationals among the dead"), or its sentence opens with "Among the".
    pub fn part_of_list(&self) -> bool {
        const INTRO: &[&str] = &["including", "includes", "included", "among", "such as"];
        let a = self.after;
        let of_which = self.words.get(a).is_some_and(|w| w.lower == "of")
            && self
                .words
                .get(a + 1)
                .is_some_and(|w| matches!(w.lower.as_str(), "which" | "whom"));
        // "five from Iran, four from China": a breakdown by origin.
        let from_place = self
            .words
            .get(a)
            .is_some_and(|w| w.lower == "from" && w.span.start - self.value.end <= 1)
            && self.words.get(a + 1).is_some_and(|w| {
                self.text[w.span.start..].starts_with(char::is_uppercase)
                    || (w.lower == "the"
                        && self.words.get(a + 2).is_some_and(|n| {
                            self.text[n.span.start..].starts_with(char::is_uppercase)
                        }))
            });
        // "Among the dead were three hikers …": a sentence that opens so is a breakdown.
        let among = self.words.first().is_some_and(|w| w.lower == "among")
            && self.words.get(1).is_some_and(|w| {
                matches!(
                    w.lower.as_str(),
                    "the" | "them" | "those" | "these" | "whom"
                )
            });
        // "two Thai nationals among the dead", "12 children were among those killed".
        let among_after = (a..(a + 4).min(self.words.len()))
            .find(|&k| self.words[k].lower == "among")
            .is_some_and(|k| {
                !self.text[self.value.end..self.words[k].span.start].contains(BARRIER_MARKS)
            });
        of_which
            || from_place
            || among
            || among_after
            || (0..self.before).rev().take(6).any(|k| {
                INTRO.contains(&self.words[k].lower.as_str())
                    && self.distance_to(self.words[k].span).is_some_and(|d| d < 6)
            })
    }

    /// True when the count opens a breakdown after a dash, of a figure the sentence has already
    /// given with one of the `near` words: "Two officers were injured—one by gunfire and
    /// another when struck by the truck". A dash after another fact's figure does not make a
    /// breakdown ("Bus Crash Kills 12 — 40 Injured").
    pub fn after_dash_of(&self, near: &[Phrase]) -> bool {
        let Some(prev) = self.before.checked_sub(1).map(|k| &self.words[k]) else {
            return false;
        };
        let gap = &self.text[prev.span.end..self.value.start];
        let dash = matches!(gap.trim(), "—" | "–" | "--")
            || (gap.trim() == "-" && gap.starts_with(' ') && gap.ends_with(' '));
        dash && self.rivals.iter().any(|r| r.end <= prev.span.end)
            && (0..self.before).any(|k| near.iter().any(|p| matches_at(self.words, k, p)))
    }

    /// True when the number stands alone between commas or brackets right after a proper
    /// name: "Jim Gaines (48)", "Derek Chauvin, 44, was".
    pub fn appositive(&self) -> bool {
        let before = self.text[..self.value.start].trim_end();
        let after = self.text[self.value.end..].trim_start();
        let (name, close) = if let Some(b) = before.strip_suffix('(') {
            (b.trim_end(), ')')
        } else if let Some(b) = before.strip_suffix(',') {
            (b.trim_end(), ',')
        } else {
            return false;
        };
        let closed = after.starts_with(close)
            || (close == ',' && (after.starts_with('.') || after.is_empty()));
        let last = self.before.checked_sub(1).map(|k| &self.words[k]);
        closed
            && last.is_some_and(|w| {
                w.span.end == name.len()
                    && self.text[w.span.start..].starts_with(char::is_uppercase)
            })
    }

    /// True when the value is a rate: "$1 million per hostage", "for each", "apiece", "30 km a
    /// day" — never compared with a total.
    pub fn per_unit(&self) -> bool {
        let a = self.after;
        let word = |k: usize| self.words.get(k).map(|w| w.lower.as_str());
        let attached = self
            .words
            .get(a)
            .is_some_and(|w| !self.text[self.value.end..w.span.start].contains(BARRIER_MARKS));
        attached
            && matches!(
                (word(a), word(a + 1)),
                (Some("per" | "each" | "apiece"), _)
                    | (Some("for"), Some("each" | "every"))
                    | (
                        Some("a" | "an"),
                        Some("day" | "week" | "month" | "year" | "hour" | "head" | "piece")
                    )
            )
    }
}

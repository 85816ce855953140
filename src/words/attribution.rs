//! Who said a quotation. Each quotation is read with the words around it in its sentence,
//! other quotations in them standing as single items:
//!
//! - after it, a speaker next to it: `“…,” Koffler said`, `“…,” said Dmitry Peskov`,
//!   `“…,” Rebekah Koffler, a … analyst, … told Fox News Digital` (appositions between
//!   commas are passed over), `“…,” according to Interfax`;
//! - before it, the nearest speech verb and its subject: `Kim said, “…”`, `Peskov told TASS
//!   they also “…”`, `He also praised …, calling it a “…”` (an -ing verb takes the subject of
//!   its clause), `Kim was quoted as saying “…”`; else `according to X`, `in X’s words`;
//! - a quotation that is a sentence of its own takes the attribution of the sentence before
//!   it when that ends with a colon, of a bare attribution right after it (`“…” Putin said.`),
//!   or else continues the previous attributed quotation when no sentence and no other person
//!   stands between them.
//!
//! "told X" makes X the audience and "according to X" after a speaker makes X the source;
//! neither is the speaker then. A pronoun (he, she) is resolved to the one person named
//! before it in its paragraph and the two sentences before, or to the last named speaker
//! when that is also the last person named; a description ("the North Korean leader") to the
//! one person named in its sentence or the one before whom the article describes so.
//! Anything else — plural or indefinite subjects, possessives ("Putin’s spokesman"), two
//! candidates — leaves the speaker unknown: a wrong speaker is worse than none.

use std::collections::{BTreeMap, BTreeSet};

use super::quotes::Marks;
use super::{Speaker, speech};
use crate::extract::names;
use crate::span::Span;
use crate::text;
use crate::values::token::{Kind, Token, tokenize};

/// The speaker of each quotation in `marks` (in order), or None.
pub(super) fn speakers(
    text: &str,
    tokens: &[Token],
    body: Span,
    sentences: &[Span],
    marks: &[Marks],
) -> Vec<Option<Speaker>> {
    let owned;
    let tokens = if tokens.is_empty() && !body.is_empty() {
        owned = tokenize(text);
        &owned[..]
    } else {
        tokens
    };
    let mut sentences: Vec<Span> = sentences
        .iter()
        .filter(|s| body.contains(s) && s.end <= text.len())
        .copied()
        .collect();
    if sentences.is_empty() {
        sentences = text::sentences(text, body);
    }
    sentences.sort();
    let doc = Doc::new(text, tokens, body, sentences, marks);
    let mut done: Vec<Option<Speaker>> = Vec::with_capacity(marks.len());
    for q in 0..marks.len() {
        let speaker = doc.speaker(q, &done);
        done.push(speaker);
    }
    done
}

/// The most tokens of context read on either side of a quotation.
const WINDOW: usize = 120;

/// The most quotations, or sentences, looked back over for a speaker.
const LOOK_BACK: usize = 16;

/// A proper name in the article.
#[derive(Debug, Clone)]
struct Mention {
    span: Span,
    key: String,
    /// First and last token (indices into `Doc::toks`).
    first: usize,
    last: usize,
    /// Inside a quotation: no candidate for a pronoun or description.
    in_quote: bool,
    /// Known to be a person's name.
    person: bool,
}

/// What the article calls a person: a role and the capitalised words before it.
#[derive(Debug, Clone)]
struct Descriptor {
    role: String,
    mods: Vec<String>,
}

/// A description of a speaker ("the North Korean leader").
#[derive(Debug, Clone, PartialEq)]
struct Desc {
    span: Span,
    role: String,
    mods: Vec<String>,
}

/// A subject or object: who a speech verb is about.
#[derive(Debug, Clone, PartialEq)]
enum Np {
    /// A name: index into `Doc::mentions`.
    Name(usize),
    /// "he" or "she".
    Pronoun(Span),
    Desc(Desc),
    /// Anything else: plural, indefinite, possessive, unknown.
    Other,
}

/// A context item: a token, a whole other quotation, or the comma inside one (`“…,”`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Item {
    Tok(usize),
    Quote(usize),
    Comma,
}

struct Doc<'a> {
    text: &'a str,
    toks: &'a [Token],
    body: Span,
    marks: &'a [Marks],
    sentences: Vec<Span>,
    mentions: Vec<Mention>,
    /// Per token: the quotation it stands in.
    quote_of: Vec<Option<usize>>,
    /// Per token: the mention it belongs to.
    mention_of: Vec<Option<usize>>,
    /// Where each line (paragraph) of the body starts.
    lines: Vec<usize>,
    /// A one-word name → the one many-word person's name it opens or ends ("Koffler" →
    /// "Rebekah Koffler"); None when several do.
    owners: BTreeMap<String, Option<String>>,
    descriptors: BTreeMap<String, Vec<Descriptor>>,
}

impl<'a> Doc<'a> {
    fn new(
        text: &'a str,
        all: &'a [Token],
        body: Span,
        sentences: Vec<Span>,
        marks: &'a [Marks],
    ) -> Self {
        let first = all.partition_point(|t| t.start < body.start);
        let count = all[first..]
            .iter()
            .take_while(|t| t.end <= body.end)
            .count();
        let toks = &all[first..first + count];
        let mut quote_of = vec![None; toks.len()];
        for (q, m) in marks.iter().enumerate() {
            let a = toks.partition_point(|t| t.start < m.outer.start);
            let b = toks.partition_point(|t| t.start < m.outer.end);
            for slot in &mut quote_of[a..b] {
                *slot = Some(q);
            }
        }
        let known = names::known(text, all, &sentences);
        let mut mentions = Vec::new();
        let mut mention_of = vec![None; toks.len()];
        for s in &sentences {
            for n in names::find(text, all, *s, &known) {
                let a = toks.partition_point(|t| t.start < n.span.start);
                let b = toks.partition_point(|t| t.end <= n.span.end);
                if a >= toks.len() || b == 0 || b <= a {
                    continue;
                }
                for slot in &mut mention_of[a..b] {
                    *slot = Some(mentions.len());
                }
                mentions.push(Mention {
                    span: n.span,
                    key: n.key,
                    first: a,
                    last: b - 1,
                    in_quote: quote_of[a].is_some(),
                    person: false,
                });
            }
        }
        let lines = std::iter::once(body.start)
            .chain(
                text[body.start..body.end]
                    .match_indices('\n')
                    .map(|(i, _)| body.start + i + 1),
            )
            .collect();
        let mut doc = Doc {
            text,
            toks,
            body,
            marks,
            sentences,
            mentions,
            quote_of,
            mention_of,
            lines,
            owners: BTreeMap::new(),
            descriptors: BTreeMap::new(),
        };
        doc.describe();
        doc
    }

    // ---- tokens and items ----

    fn word(&self, it: Item) -> Option<&'a str> {
        match it {
            Item::Tok(t) if self.toks[t].kind == Kind::Word => Some(self.toks[t].text(self.text)),
            _ => None,
        }
    }

    fn is_word(&self, it: Item, w: &str) -> bool {
        self.word(it).is_some_and(|x| x.eq_ignore_ascii_case(w))
    }

    fn is_punct(&self, it: Item, c: char) -> bool {
        matches!(it, Item::Tok(t) if self.toks[t].is_punct(self.text, c))
    }

    fn is_comma(&self, it: Item) -> bool {
        it == Item::Comma || self.is_punct(it, ',')
    }

    fn is_apostrophe(&self, it: Item) -> bool {
        self.is_punct(it, '’') || self.is_punct(it, '\'')
    }

    fn capitalised(&self, it: Item) -> bool {
        self.word(it)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    }

    fn span_of(&self, it: Item) -> Option<Span> {
        match it {
            Item::Tok(t) => Some(Span::new(self.toks[t].start, self.toks[t].end)),
            Item::Quote(q) => Some(self.marks[q].outer),
            Item::Comma => None,
        }
    }

    /// The mention whose last token is the item.
    fn name_ending(&self, it: Item) -> Option<usize> {
        match it {
            Item::Tok(t) => self.mention_of[t].filter(|&m| self.mentions[m].last == t),
            _ => None,
        }
    }

    /// The items of `text[from..to]`: tokens, other quotations as one item each; at most
    /// `WINDOW` tokens, the last ones before `to` (or, with `first`, the first ones).
    fn items(&self, from: usize, to: usize, first: bool) -> Vec<Item> {
        let mut t = self.toks.partition_point(|t| t.start < from);
        let end = self.toks.partition_point(|t| t.start < to);
        if !first {
            t = t.max(end.saturating_sub(WINDOW));
        }
        let mut out = Vec::new();
        while t < end && out.len() < WINDOW {
            if let Some(q) = self.quote_of[t] {
                out.push(Item::Quote(q));
                t = self
                    .toks
                    .partition_point(|u| u.start < self.marks[q].outer.end);
                let inner = self.marks[q].inner;
                if self.text[inner.start..inner.end].ends_with(',') {
                    out.push(Item::Comma);
                }
                continue;
            }
            out.push(Item::Tok(t));
            t += 1;
        }
        out
    }

    fn has_words(&self, items: &[Item]) -> bool {
        items.iter().any(|&it| self.word(it).is_some())
    }

    /// How many sentences start strictly between `from` and `to`.
    fn sentences_between(&self, from: usize, to: usize) -> usize {
        let a = self.sentences.partition_point(|s| s.start <= from);
        let b = self.sentences.partition_point(|s| s.start < to);
        b.saturating_sub(a)
    }

    fn sentence_at(&self, pos: usize) -> Option<usize> {
        self.sentences
            .partition_point(|s| s.start <= pos)
            .checked_sub(1)
    }

    fn paragraph_start(&self, pos: usize) -> usize {
        let i = self.lines.partition_point(|&l| l <= pos);
        i.checked_sub(1).map_or(self.body.start, |i| self.lines[i])
    }

    fn mentions_in(&self, from: usize, to: usize) -> impl Iterator<Item = &Mention> {
        let a = self.mentions.partition_point(|m| m.span.start < from);
        self.mentions[a..]
            .iter()
            .take_while(move |m| m.span.end <= to)
    }

    // ---- persons and descriptors ----

    /// Finds what the article calls each name (a role before it, in it, or in an apposition
    /// after it), and which names are persons'.
    fn describe(&mut self) {
        let mut found: Vec<(usize, Descriptor)> = Vec::new();
        for (mi, m) in self.mentions.iter().enumerate() {
            if m.in_quote {
                continue;
            }
            found.extend(self.titles_in(m).into_iter().map(|d| (mi, d)));
            found.extend(self.role_before(m).into_iter().map(|d| (mi, d)));
            found.extend(self.role_after(m).into_iter().map(|d| (mi, d)));
        }
        // "X, who …" is a person too, though the article gives no role.
        let mut own: Vec<bool> = self
            .mentions
            .iter()
            .map(|m| {
                !m.in_quote
                    && self
                        .toks
                        .get(m.last + 1)
                        .is_some_and(|c| c.is_punct(self.text, ','))
                    && self
                        .toks
                        .get(m.last + 2)
                        .is_some_and(|w| w.is_word(self.text, "who"))
            })
            .collect();
        for (mi, d) in found {
            own[mi] = true;
            let key = self.mentions[mi].key.clone();
            self.descriptors.entry(key).or_default().push(d);
        }
        let mut persons: BTreeSet<String> = self.descriptors.keys().cloned().collect();
        persons.extend(
            self.mentions
                .iter()
                .zip(&own)
                .filter(|(_, own)| **own)
                .map(|(m, _)| m.key.clone()),
        );
        for key in &persons {
            let words: Vec<&str> = key.split(' ').collect();
            if words.len() < 2 {
                continue;
            }
            for w in [words[0], words[words.len() - 1]] {
                let entry = self
                    .owners
                    .entry(w.to_string())
                    .or_insert(Some(key.clone()));
                if entry.as_ref().is_some_and(|k| k != key) {
                    *entry = None;
                }
            }
        }
        for (mi, m) in self.mentions.iter_mut().enumerate() {
            m.person = own[mi] || persons.contains(&m.key) || self.owners.contains_key(&m.key);
        }
    }

    /// Titles inside the name's run: "Russian President Vladimir Putin".
    fn titles_in(&self, m: &Mention) -> Option<Descriptor> {
        let key_first = m.key.split(' ').next().unwrap_or("");
        let mut mods = Vec::new();
        let mut role = None;
        for t in m.first..=m.last {
            let tok = self.toks[t];
            let w = tok.text(self.text);
            if tok.kind != Kind::Word {
                continue;
            }
            let rest: String = self.text[tok.start..m.span.end]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if w == key_first && rest == m.key {
                break;
            }
            if speech::role(w) {
                role = Some(w.to_lowercase());
            } else {
                mods.push(w.to_lowercase());
            }
        }
        role.map(|role| Descriptor { role, mods })
    }

    /// A role right before the name: "North Korean leader Kim", "spokesman Dmitry Peskov",
    /// "ambassador to Russia Wi Sung-lac", "Mr. Kim".
    fn role_before(&self, m: &Mention) -> Option<Descriptor> {
        let floor = self
            .sentence_at(m.span.start)
            .map_or(self.body.start, |s| self.sentences[s].start);
        let mut t = m.first;
        let mut role: Option<String> = None;
        let mut mods = Vec::new();
        let mut steps = 0;
        // Passed "Russia" in "ambassador to Russia Wi Sung-lac" (not a name's own role).
        let mut complement = false;
        while t > 0 && steps < 10 {
            let prev = self.toks[t - 1];
            if prev.start < floor || self.quote_of[t - 1].is_some() {
                break;
            }
            let w = prev.text(self.text);
            let lower = w.to_lowercase();
            let word = prev.kind == Kind::Word;
            let capital = word && w.chars().next().is_some_and(char::is_uppercase);
            let before_role = t >= 2 && speech::role(self.toks[t - 2].text(self.text));
            if word && speech::role(w) {
                // The nearest role counts ("Prime Minister": "minister").
                role.get_or_insert(lower);
            } else if capital {
                if role.is_some() {
                    mods.push(lower);
                } else if !(t >= 3
                    && matches!(self.toks[t - 2].text(self.text), "to" | "of" | "at" | "for")
                    && speech::role(self.toks[t - 3].text(self.text)))
                {
                    // "ambassador to Russia Wi Sung-lac" goes on; other capitals end it.
                    break;
                } else {
                    complement = true;
                }
            } else {
                let passes = (word && speech::modifier(&lower))
                    || (word
                        && matches!(lower.as_str(), "to" | "of" | "at" | "for")
                        && before_role
                        && complement)
                    || (prev.is_punct(self.text, '.') && before_role)
                    || prev.is_punct(self.text, '-');
                if !passes {
                    break;
                }
            }
            t -= 1;
            steps += 1;
        }
        mods.reverse();
        role.map(|role| Descriptor { role, mods })
    }

    /// A role in an apposition after the name: "Rebekah Koffler, a … analyst,".
    fn role_after(&self, m: &Mention) -> Option<Descriptor> {
        let comma = m.last + 1;
        if comma >= self.toks.len() || !self.toks[comma].is_punct(self.text, ',') {
            return None;
        }
        let first = self.toks.get(comma + 1)?;
        if first.kind != Kind::Word
            || first
                .text(self.text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        {
            return None;
        }
        let mut mods = Vec::new();
        for t in comma + 1..(comma + 16).min(self.toks.len()) {
            let tok = self.toks[t];
            if tok.newline_before || self.quote_of[t].is_some() {
                break;
            }
            if tok.kind == Kind::Punct && !tok.is_punct(self.text, '-') {
                break;
            }
            let w = tok.text(self.text);
            let possessive = self
                .toks
                .get(t + 1)
                .is_some_and(|n| n.is_punct(self.text, '’') || n.is_punct(self.text, '\''));
            if tok.kind == Kind::Word && speech::role(w) && !possessive {
                return Some(Descriptor {
                    role: w.to_lowercase(),
                    mods,
                });
            }
            if w.chars().next().is_some_and(char::is_uppercase) {
                mods.push(w.to_lowercase());
            }
        }
        None
    }

    /// The person a name stands for: a one-word name that opens or ends exactly one
    /// many-word person's name is that name ("Koffler" → "Rebekah Koffler").
    fn identity<'k>(&'k self, key: &'k str) -> &'k str {
        match self.owners.get(key) {
            Some(Some(full)) => full,
            _ => key,
        }
    }

    fn descriptors_of(&self, key: &str) -> Vec<&Descriptor> {
        let mut out: Vec<&Descriptor> = self.descriptors.get(key).into_iter().flatten().collect();
        let id = self.identity(key);
        if id != key {
            out.extend(self.descriptors.get(id).into_iter().flatten());
        }
        out
    }

    // ---- noun phrases ----

    /// How far a name's phrase reaches back over roles and modifiers ("former South Korean
    /// ambassador to Russia Wi Sung-lac"): the index of its first item.
    fn phrase_start(&self, items: &[Item], start: usize) -> usize {
        let mut s = start;
        let mut steps = 0;
        while s > 0 && steps < 10 {
            let it = items[s - 1];
            let ok = match self.word(it) {
                Some(w) => {
                    let lower = w.to_lowercase();
                    speech::role(w)
                        || speech::modifier(&lower)
                        || (self.capitalised(it) && !lower.eq("the"))
                        || (matches!(lower.as_str(), "to" | "of" | "at" | "for")
                            && s >= 2
                            && self.word(items[s - 2]).is_some_and(speech::role))
                }
                None => self.is_punct(it, '-'),
            };
            // "Putin’s spokesman Dmitry Peskov".
            let owner = s >= 4
                && self.word(it).is_some_and(speech::role)
                && self.is_word(items[s - 2], "s")
                && self.is_apostrophe(items[s - 3])
                && self.capitalised(items[s - 4]);
            if !ok {
                break;
            }
            s -= 1;
            steps += 1;
            if owner {
                s -= 3;
            }
        }
        // "the Kremlin".
        if s > 0 && self.is_word(items[s - 1], "the") {
            s -= 1;
        }
        s
    }

    /// The phrase that ends with item `j`, and where it starts.
    fn np_ending_at(&self, items: &[Item], j: usize) -> (Np, usize) {
        let it = items[j];
        if let Some(m) = self.name_ending(it) {
            let mut s = j;
            while s > 0 && matches!(items[s - 1], Item::Tok(u) if self.mention_of[u] == Some(m)) {
                s -= 1;
            }
            let start = self.phrase_start(items, s);
            if self.coordinated_before(items, start) {
                return (Np::Other, start);
            }
            return (Np::Name(m), start);
        }
        let Some(w) = self.word(it) else {
            return (Np::Other, j);
        };
        if w.eq_ignore_ascii_case("he") || w.eq_ignore_ascii_case("she") {
            if self.coordinated_before(items, j) {
                return (Np::Other, j);
            }
            let span = self.span_of(it).unwrap_or_default();
            return (Np::Pronoun(span), j);
        }
        if !(speech::role(w) && w.chars().all(char::is_lowercase)) {
            return (Np::Other, j);
        }
        let mut s = j;
        let mut mods = Vec::new();
        while s > 0 {
            let prev = items[s - 1];
            match self.word(prev) {
                Some(x) if x.eq_ignore_ascii_case("the") => {
                    return (self.desc(items, s - 1, j, w, mods), s - 1);
                }
                Some(x) if x.eq_ignore_ascii_case("a") || x.eq_ignore_ascii_case("an") => {
                    return (Np::Other, s - 1);
                }
                Some(x) if x == "s" && s >= 2 && self.is_apostrophe(items[s - 2]) => {
                    return (Np::Other, s - 1);
                }
                Some(x) if self.capitalised(prev) => mods.push(x.to_lowercase()),
                Some(x) if speech::modifier(x) || speech::role(x) => {}
                None if self.is_punct(prev, '-') => {}
                _ => break,
            }
            s -= 1;
        }
        if mods.is_empty() {
            return (Np::Other, s);
        }
        (self.desc(items, s, j, w, mods), s)
    }

    fn desc(
        &self,
        items: &[Item],
        from: usize,
        to: usize,
        role: &str,
        mut mods: Vec<String>,
    ) -> Np {
        mods.reverse();
        let a = self.span_of(items[from]).unwrap_or_default();
        let b = self.span_of(items[to]).unwrap_or_default();
        Np::Desc(Desc {
            span: Span::new(a.start, b.end.max(a.start)),
            role: role.to_lowercase(),
            mods,
        })
    }

    /// True when "and" (or "or", "&") and another name stand right before item `start`:
    /// "Putin and Kim said", a plural subject.
    fn coordinated_before(&self, items: &[Item], start: usize) -> bool {
        start >= 2
            && (self.is_word(items[start - 1], "and")
                || self.is_word(items[start - 1], "or")
                || self.is_punct(items[start - 1], '&'))
            && (self.name_ending(items[start - 2]).is_some()
                || self
                    .word(items[start - 2])
                    .is_some_and(|w| matches!(w.to_lowercase().as_str(), "he" | "she" | "i")))
    }

    /// The phrase that starts at item `i` ("Kremlin spokesman Dmitry Peskov", "the North
    /// Korean leader", "he"), and where it ends.
    fn np_from(&self, items: &[Item], i: usize) -> (Np, usize) {
        let Some(w) = items.get(i).and_then(|&it| self.word(it)) else {
            return (Np::Other, i);
        };
        if w.eq_ignore_ascii_case("he") || w.eq_ignore_ascii_case("she") {
            let span = self.span_of(items[i]).unwrap_or_default();
            return (Np::Pronoun(span), i + 1);
        }
        let mut k = i;
        let det = ["the", "a", "an"]
            .into_iter()
            .find(|d| w.eq_ignore_ascii_case(d));
        if det.is_some() {
            k += 1;
        }
        let region = k;
        let mut mods: Vec<String> = Vec::new();
        let mut last_name: Option<usize> = None;
        let mut last_role: Option<&str> = None;
        while k < items.len() {
            let it = items[k];
            if let Item::Tok(t) = it
                && let Some(m) = self.mention_of[t]
            {
                while k < items.len()
                    && matches!(items[k], Item::Tok(u) if self.mention_of[u] == Some(m))
                {
                    k += 1;
                }
                mods.extend(self.mentions[m].key.split(' ').map(str::to_lowercase));
                last_name = Some(m);
                last_role = None;
                continue;
            }
            match self.word(it) {
                Some(x) if speech::role(x) => {
                    last_role = Some(x);
                    last_name = None;
                }
                Some(x) if speech::modifier(&x.to_lowercase()) || self.capitalised(it) => {
                    if self.capitalised(it) {
                        mods.push(x.to_lowercase());
                    }
                    last_name = None;
                    last_role = None;
                }
                Some(x)
                    if matches!(x, "to" | "of" | "at" | "for")
                        && last_role.is_some()
                        && items.get(k + 1).is_some_and(|&n| self.capitalised(n)) => {}
                None if self.is_punct(it, '-') => {}
                _ => break,
            }
            k += 1;
        }
        if k == region {
            return (Np::Other, k);
        }
        // "Putin’s spokesman", "Putin and Kim".
        let possessive = items.get(k).is_some_and(|&a| self.is_apostrophe(a))
            && items.get(k + 1).is_some_and(|&s| self.is_word(s, "s"));
        let coordinated = items
            .get(k)
            .is_some_and(|&a| self.is_word(a, "and") || self.is_punct(a, '&'))
            && items.get(k + 1).is_some_and(|&n| self.capitalised(n));
        if possessive || coordinated {
            return (Np::Other, k);
        }
        if let Some(m) = last_name {
            if det.is_none_or(|d| d == "the") {
                return (Np::Name(m), k);
            }
            return (Np::Other, k);
        }
        if let Some(role) = last_role
            && role.chars().all(char::is_lowercase)
            && (det == Some("the") || (det.is_none() && !mods.is_empty()))
        {
            let from = if det.is_some() { i } else { region };
            return (self.desc(items, from, k - 1, role, mods), k);
        }
        (Np::Other, k)
    }

    /// The subject of the speech verb at item `v`: the phrase right before it, past
    /// adverbs ("also", "on Thursday") and appositions ("Koffler, a … analyst, said").
    fn subject_before(&self, items: &[Item], v: usize, depth: u8) -> (Np, usize) {
        let mut j = v;
        while j > 0 && self.word(items[j - 1]).is_some_and(speech::between) {
            j -= 1;
        }
        if j == 0 {
            return (Np::Other, 0);
        }
        if self.is_comma(items[j - 1]) {
            return self.apposed(items, j - 1);
        }
        let (np, start) = self.np_ending_at(items, j - 1);
        if np != Np::Other {
            return (np, start);
        }
        // "called … and pledged": the subject of the first verb.
        if depth < 2 && self.is_word(items[j - 1], "and") {
            let earlier = (0..j - 1).rev().find(|&k| {
                self.word(items[k])
                    .and_then(speech::verb)
                    .is_some_and(|v| !v.participle)
            });
            if let Some(k) = earlier {
                return self.subject_before(items, k, depth + 1);
            }
        }
        (Np::Other, start)
    }

    /// The subject before a run of appositions ending with the comma at item `comma`.
    fn apposed(&self, items: &[Item], comma: usize) -> (Np, usize) {
        let mut end = comma;
        for _ in 0..5 {
            let seg = (0..end)
                .rev()
                .find(|&k| self.is_comma(items[k]))
                .map_or(0, |k| k + 1);
            if seg >= end {
                return (Np::Other, end);
            }
            let (np, start) = self.np_ending_at(items, end - 1);
            if np != Np::Other && start <= seg {
                return (np, start);
            }
            let lower_first = items[seg..end]
                .iter()
                .find_map(|&it| self.word(it))
                .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase));
            let has_role = items[seg..end].iter().any(|&it| {
                self.word(it)
                    .is_some_and(|w| speech::role(w) && w.chars().all(char::is_lowercase))
            });
            if !(lower_first || has_role) || seg == 0 {
                return (Np::Other, seg);
            }
            end = seg - 1;
        }
        (Np::Other, end)
    }

    /// The sentence's own subject, past an opening phrase ("Interestingly, Kim …").
    fn initial_np(&self, items: &[Item]) -> Np {
        let Some(mut i) = items.iter().position(|&it| self.word(it).is_some()) else {
            return Np::Other;
        };
        if self.word(items[i]).is_some_and(speech::opener)
            && let Some(c) = items[i..].iter().take(8).position(|&it| self.is_comma(it))
        {
            i += c + 1;
        }
        self.np_from(items, i).0
    }

    /// "X’s words", "in X’s words".
    fn words_of(&self, items: &[Item]) -> Option<Np> {
        (0..items.len().saturating_sub(3)).find_map(|k| {
            let m = self.name_ending(items[k])?;
            (self.is_apostrophe(items[k + 1])
                && self.is_word(items[k + 2], "s")
                && self.is_word(items[k + 3], "words"))
            .then_some(Np::Name(m))
        })
    }

    /// "according to X": the phrase after it.
    fn according_to(&self, items: &[Item]) -> Option<Np> {
        let k = (0..items.len().saturating_sub(1))
            .find(|&k| self.is_word(items[k], "according") && self.is_word(items[k + 1], "to"))?;
        Some(self.np_from(items, k + 2).0)
    }

    /// The phrase after an inverted verb: "said the Kremlin spokesman, Dmitry Peskov".
    fn np_after_verb(&self, items: &[Item], i: usize) -> (Np, usize) {
        let (np, end) = self.np_from(items, i);
        if matches!(np, Np::Desc(_))
            && items.get(end).is_some_and(|&c| self.is_comma(c))
            && let (Np::Name(m), e) = self.np_from(items, end + 1)
            && items.get(e).is_none_or(|&n| self.word(n).is_none())
        {
            return (Np::Name(m), e);
        }
        (np, end)
    }

    // ---- attribution ----

    /// An attribution right after a quotation, when there is one.
    fn after(&self, items: &[Item]) -> Option<Np> {
        let i0 = items.iter().position(|&it| self.word(it).is_some())?;
        if items[..i0].iter().any(|&it| matches!(it, Item::Quote(_))) {
            return None;
        }
        let w0 = self.word(items[i0])?;
        if w0.eq_ignore_ascii_case("according") {
            return self.according_to(&items[i0..]);
        }
        if w0.eq_ignore_ascii_case("in")
            && let Some(np) = self.words_of(&items[i0 + 1..])
        {
            return Some(np);
        }
        if let Some(v) = speech::verb(w0) {
            return v.inverts.then(|| self.np_after_verb(items, i0 + 1).0);
        }
        let v = (i0..items.len()).take(60).find(|&k| {
            self.word(items[k])
                .and_then(speech::verb)
                .is_some_and(|v| !v.participle)
        })?;
        let (np, start) = self.subject_before(items, v, 0);
        (start == i0 && np != Np::Other).then_some(np)
    }

    /// An attribution before a quotation, in its sentence, when there is one.
    fn before(&self, items: &[Item]) -> Option<Np> {
        for k in (0..items.len()).rev() {
            let Some(v) = self.word(items[k]).and_then(speech::verb) else {
                continue;
            };
            if !v.participle {
                return Some(self.subject_before(items, k, 0).0);
            }
            // "Kim was quoted as saying", "KCNA quoted Kim as saying".
            if k >= 2 && self.is_word(items[k - 1], "as") {
                let (np, start) = self.np_ending_at(items, k - 2);
                if matches!(np, Np::Name(_))
                    && start > 0
                    && self.is_word(items[start - 1], "quoted")
                {
                    return Some(np);
                }
            }
            let finite = (0..k).rev().find(|&f| {
                self.word(items[f])
                    .and_then(speech::verb)
                    .is_some_and(|v| !v.participle)
            });
            return Some(match finite {
                Some(f) => self.subject_before(items, f, 0).0,
                None => self.initial_np(items),
            });
        }
        if let Some(np) = self.according_to(items) {
            return Some(np);
        }
        self.words_of(items)
    }

    /// A sentence that is only an attribution: "Putin said.", "he told reporters on Tuesday."
    fn bare(&self, items: &[Item]) -> Option<Np> {
        let i0 = items.iter().position(|&it| self.word(it).is_some())?;
        if items.iter().any(|&it| matches!(it, Item::Quote(_))) {
            return None;
        }
        let w0 = self.word(items[i0])?;
        let (np, rest) = if speech::verb(w0).is_some_and(|v| v.inverts) {
            self.np_after_verb(items, i0 + 1)
        } else {
            let (np, end) = self.np_from(items, i0);
            let mut v = end;
            while v < items.len() && self.word(items[v]).is_some_and(speech::between) {
                v += 1;
            }
            let verb = items.get(v).and_then(|&it| self.word(it))?;
            speech::verb(verb).filter(|f| !f.participle)?;
            let mut rest = v + 1;
            if matches!(verb, "told" | "tells") {
                // The audience: "told reporters", "told Fox News Digital".
                rest = self.np_from(items, rest).1.max(rest + 1);
            }
            (np, rest)
        };
        let tail_ok = match items.get(rest) {
            None => true,
            Some(&it) => match self.word(it) {
                Some(w) => speech::trailer(&w.to_lowercase()),
                None => self.is_punct(it, '.') || self.is_punct(it, '!') || self.is_punct(it, '?'),
            },
        };
        (tail_ok && np != Np::Other).then_some(np)
    }

    fn speaker(&self, q: usize, done: &[Option<Speaker>]) -> Option<Speaker> {
        let outer = self.marks[q].outer;
        let si = self.sentence_at(outer.start);
        let from = si.map_or(self.body.start, |s| {
            self.sentences[s].start.min(outer.start)
        });
        let mut before = self.items(from, outer.start, false);
        if before.last().is_some_and(|&it| {
            self.is_punct(it, '.') || self.is_punct(it, '!') || self.is_punct(it, '?')
        }) {
            before.clear();
        }
        let trailing: Vec<String> = before
            .iter()
            .rev()
            .map_while(|&it| self.word(it))
            .take(2)
            .map(str::to_lowercase)
            .collect();
        let trailing: Vec<&str> = trailing.iter().rev().map(String::as_str).collect();
        if speech::title_cue(&trailing) {
            return None;
        }
        let end_sentence = self.sentence_at(outer.end.saturating_sub(1));
        let to = end_sentence.map_or(outer.end, |s| self.sentences[s].end.max(outer.end));
        let after = self.items(outer.end, to, true);
        if let Some(np) = self.after(&after) {
            let pronoun = matches!(np, Np::Pronoun(_));
            let found = self.resolve(np, done);
            // "Vestager said, Apple had done this by “…” … she said": a pronoun after it
            // that resolves to no one is the speaker named before it in its sentence.
            if found.is_none()
                && pronoun
                && let Some(named @ Np::Name(_)) = self.before(&before)
            {
                return self.resolve(named, done);
            }
            return found;
        }
        if let Some(np) = self.before(&before) {
            return self.resolve(np, done);
        }
        if self.has_words(&before) || self.has_words(&after) {
            return None;
        }
        self.standalone(q, si, end_sentence, done)
    }

    /// A quotation that is a sentence (or paragraph) of its own.
    fn standalone(
        &self,
        q: usize,
        first: Option<usize>,
        last: Option<usize>,
        done: &[Option<Speaker>],
    ) -> Option<Speaker> {
        let outer = self.marks[q].outer;
        // "Kim wrote in the guestbook:" before it.
        if let Some(s) = first.and_then(|s| s.checked_sub(1)) {
            let prev = self.sentences[s];
            let items = self.items(prev.start, prev.end, false);
            if items.last().is_some_and(|&it| self.is_punct(it, ':'))
                && let Some(np) = self.before(&items[..items.len() - 1])
            {
                return self.resolve(np, done);
            }
        }
        // "Putin said." right after it, in its paragraph.
        if let Some(next) = last.and_then(|s| self.sentences.get(s + 1))
            && next.start >= outer.end
            && !self.text[outer.end..next.start].contains('\n')
        {
            let items = self.items(next.start, next.end, true);
            if let Some(np) = self.bare(&items) {
                return self.resolve(np, done);
            }
        }
        // The previous attributed quotation goes on.
        // Quotations without a speaker between (a title in an apposition) are passed over,
        // but no sentence may start between the two.
        let p = (0..q)
            .rev()
            .take(LOOK_BACK)
            .take_while(|&p| self.sentences_between(self.marks[p].outer.end, outer.start) == 0)
            .find(|&p| done[p].is_some())?;
        let speaker = done[p].clone()?;
        let gap = Span::new(self.marks[p].outer.end, outer.start);
        let id = self.identity(&speaker.name).to_string();
        let other = self
            .mentions_in(gap.start, gap.end)
            .any(|m| !m.in_quote && m.person && self.identity(&m.key) != id);
        (!other).then_some(speaker)
    }

    fn resolve(&self, np: Np, done: &[Option<Speaker>]) -> Option<Speaker> {
        match np {
            Np::Name(m) => {
                let m = &self.mentions[m];
                Some(Speaker {
                    name: m.key.clone(),
                    span: m.span,
                    resolved: false,
                })
            }
            Np::Pronoun(span) => self.pronoun(span, done),
            Np::Desc(d) => self.description(&d),
            Np::Other => None,
        }
    }

    /// "he", "she": the one person named before it in its paragraph and the two sentences
    /// before, or the last named speaker when no one else was named after them.
    fn pronoun(&self, span: Span, done: &[Option<Speaker>]) -> Option<Speaker> {
        let si = self.sentence_at(span.start)?;
        let paragraph = self
            .paragraph_start(span.start)
            .max(self.sentences[si.saturating_sub(LOOK_BACK)].start);
        let from = paragraph.min(self.sentences[si.saturating_sub(2)].start);
        // Persons, and names given as a quotation's speaker ("Kim wrote"), in the window.
        let recent: Vec<&Speaker> = done
            .iter()
            .zip(self.marks)
            .rev()
            .take_while(|(_, m)| m.outer.end >= from)
            .filter_map(|(s, _)| s.as_ref())
            .filter(|s| !s.resolved)
            .collect();
        let speakers: BTreeSet<Span> = recent.iter().map(|s| s.span).collect();
        let candidates: Vec<&Mention> = self
            .mentions_in(from, span.start)
            .filter(|m| !m.in_quote && (m.person || speakers.contains(&m.span)))
            .collect();
        let last = candidates.last()?;
        let people: BTreeSet<&str> = candidates.iter().map(|m| self.identity(&m.key)).collect();
        let safe = people.len() == 1
            || recent.first().is_some_and(|s| {
                s.span.start >= from && self.identity(&s.name) == self.identity(&last.key)
            });
        safe.then(|| Speaker {
            name: last.key.clone(),
            span,
            resolved: true,
        })
    }

    /// "the North Korean leader": the one person named in its sentence (before it) or the
    /// sentence before whom the article calls so.
    fn description(&self, d: &Desc) -> Option<Speaker> {
        let si = self.sentence_at(d.span.start)?;
        let from = self.sentences[si.saturating_sub(1)].start;
        let mut fits: BTreeMap<&str, (u8, &Mention)> = BTreeMap::new();
        for m in self.mentions_in(from, d.span.start) {
            if m.in_quote || !m.person {
                continue;
            }
            let score = self
                .descriptors_of(&m.key)
                .iter()
                .map(|x| fit(x, d))
                .max()
                .unwrap_or(0);
            let id = self.identity(&m.key);
            let entry = fits.entry(id).or_insert((0, m));
            entry.0 = entry.0.max(score);
            entry.1 = m;
        }
        let strong: Vec<&Mention> = fits.values().filter(|f| f.0 == 2).map(|f| f.1).collect();
        let weak: Vec<&Mention> = fits.values().filter(|f| f.0 == 1).map(|f| f.1).collect();
        let chosen = match (strong.as_slice(), weak.as_slice()) {
            ([one], _) => *one,
            ([], [one]) => *one,
            _ => return None,
        };
        Some(Speaker {
            name: chosen.key.clone(),
            span: d.span,
            resolved: true,
        })
    }
}

/// How well what the article calls a person fits a description: 2 when the role and a
/// modifier agree ("Kremlin spokesman"), 1 when the role agrees and nothing contradicts,
/// 0 otherwise.
fn fit(x: &Descriptor, d: &Desc) -> u8 {
    if !speech::same_role(&x.role, &d.role) {
        return 0;
    }
    if d.mods.is_empty() || x.mods.is_empty() {
        return 1;
    }
    let agree = x.mods.iter().any(|a| {
        d.mods.iter().any(|b| {
            a == b
                || (a.len().min(b.len()) >= 4
                    && (a.starts_with(b.as_str()) || b.starts_with(a.as_str())))
        })
    });
    if agree { 2 } else { 0 }
}

#[cfg(test)]
mod tests;

//! Token navigation for the number grammar: skip spaces, stop at line breaks, read tokens normalised.

use crate::scan::{Document, Token, TokenKind};
use std::borrow::Cow;
use std::cell::{Cell, OnceCell};

use super::lexicon::{normalize, word_hash, Codes, Lexicon, Set};

/// The currency code the data gives a bare `$`: whichever dollar the story's country uses.
pub const LOCAL_DOLLAR: &str = "$";
/// The unit the data gives a bare degree (`28 degrees`, `35°`): Fahrenheit in
/// a story about the United States, Celsius anywhere else.
pub const LOCAL_DEGREE: &str = "°";
/// How many mentions the first place a story names counts for, besides its own.
const FIRST_PLACE_WEIGHT: usize = 2;
/// The dollar a bare `$` means unless the story is about another dollar country.
const US_DOLLAR: &str = "USD";
/// Marks a data code as a home currency that is no dollar (`South Africa =
/// ~ZAR`), and a currency sign valid only in a story set there (`R = ~ZAR`:
/// `R23 billion` is rand in Johannesburg, a bus route elsewhere).
pub const HOME_ONLY: char = '~';

/// A read-only view of a document's tokens with the helpers every rule needs.
pub struct Cursor<'d, 'a> {
    /// The document.
    pub doc: &'d Document<'a>,
    /// Its language's lexicon.
    pub lex: &'static Lexicon,
    /// [`word_hash`] of every token, computed once: phrase tables reject
    /// a position by this number alone.
    hashes: Vec<u64>,
    /// For every token, the bits of the lexicon tables a phrase starting
    /// with it may belong to ([`Lexicon::firsts`]).
    masks: Vec<u64>,
    /// Up to which token a percentage read earlier still sets the scene:
    /// there, bare `points` are percentage points (`49%… leads by 18
    /// points`); elsewhere they are scored or index points. The scanner
    /// moves it forward after each `%` or `pp` claim.
    pub percent_until: Cell<Option<usize>>,
    /// The sentence and last token of the latest bare count: a later `one`
    /// in that sentence counts too (`two Democrats … and one Republican`).
    pub last_count: Cell<Option<(usize, usize)>>,
    /// The sentence of the latest percentage: `points` after a margin word
    /// later in it are percentage points (`Labour on 27%, down two points`).
    pub last_percent_sentence: Cell<Option<usize>>,
    /// What the whole document is about, read once when first needed.
    scene: OnceCell<Scene>,
}

/// What the whole story is about, as far as numbers care.
#[derive(Clone, Copy, Debug)]
pub struct Scene {
    /// The currency a bare `$` (or `dollars`) means: the dollar of the country the story is
    /// about (`AUD` in a story about Australia), else `USD`.
    pub dollar: &'static str,
    /// The currency of the country the story names most (as for `dollar`,
    /// dollar or not): it makes `R23 billion` rand, `N945` naira.
    pub home: &'static str,
    /// Whether a bare degree is Fahrenheit: the story names the United
    /// States and no other country more.
    pub fahrenheit: bool,
    /// Whether the story reports opinion polls (`poll`, `survey`, `sondaj`
    /// at least twice): there a margin in `points` is one of percentage points.
    pub poll: bool,
}

impl<'d, 'a> Cursor<'d, 'a> {
    /// A cursor over `doc`.
    pub fn new(doc: &'d Document<'a>) -> Self {
        let lex = Lexicon::of(doc.lang);
        let mut hashes = Vec::with_capacity(doc.tokens.len());
        let mut masks = Vec::with_capacity(doc.tokens.len());
        for t in &doc.tokens {
            let (h, m) = if t.kind == TokenKind::Space {
                (0, 0)
            } else {
                let h = word_hash(&doc.text[t.start..t.end]);
                (h, lex.firsts.get(&h).copied().unwrap_or(0))
            };
            hashes.push(h);
            masks.push(m);
        }
        Cursor {
            doc,
            lex,
            hashes,
            masks,
            percent_until: Cell::new(None),
            last_count: Cell::new(None),
            last_percent_sentence: Cell::new(None),
            scene: OnceCell::new(),
        }
    }

    /// The document's [`Scene`], from one pass over its tokens at first use.
    pub fn scene(&self) -> Scene {
        *self.scene.get_or_init(|| {
            // Mentions of each dollar country (and of the United States):
            // a story names the country it is about again and again.
            let mut counts: Vec<(&'static str, usize)> = Vec::new();
            let mut polls = 0;
            let mut i = 0;
            while i < self.len() {
                // (`us` is a pronoun, `US` a country: a short lowercase word is no name.)
                let word = self.text(i);
                let common_word = word.len() <= 3 && !word.chars().any(crate::case::is_upper);
                if let Some((&code, e)) = self.lex[Codes::DollarHomes].longest(self, i).filter(|_| !common_word) {
                    if !self.seat(e) {
                        match counts.iter_mut().find(|(c, _)| *c == code) {
                            Some((_, n)) => *n += 1,
                            None => counts.push((code, 1)),
                        }
                    }
                    i = e + 1;
                    continue;
                }
                polls += usize::from(self.lex[Set::PollWords].starts(self, i));
                i += 1;
            }
            // The first place named (the dateline's city, the lead's country)
            // weighs two mentions more: `WASHINGTON — … Canada … Canada`.
            let score = |k: usize| counts[k].1 + if k == 0 { FIRST_PLACE_WEIGHT } else { 0 };
            let us = (0..counts.len()).find(|&k| counts[k].0 == US_DOLLAR).map_or(0, score);
            // The country other than the US named most, at least twice and
            // more than the US (ties go to the first named); or named once
            // when it is the only place named and no dollar country (`Many
            // Nigeria's states … N26.63 trillion`: its signs count, `$` stays
            // USD).
            let alone = |code: &str| counts.len() == 1 && code.starts_with(HOME_ONLY);
            let mut best: Option<(&'static str, usize)> = None;
            for (k, &(code, n)) in counts.iter().enumerate() {
                if code != US_DOLLAR && (n >= 2 || alone(code)) && score(k) > us && best.map_or(true, |(_, b)| score(k) > b) {
                    best = Some((code, score(k)));
                }
            }
            // (One mention, `ranked 12th in the AP poll`, makes no poll story.)
            let home = best.map_or(US_DOLLAR, |(c, _)| c.trim_start_matches(HOME_ONLY));
            // A rand or naira country still prices in US dollars.
            let dollar = best.map_or(US_DOLLAR, |(c, _)| if c.starts_with(HOME_ONLY) { US_DOLLAR } else { c });
            Scene { dollar, home, fahrenheit: best.is_none() && us > 0, poll: polls >= 2 }
        })
    }

    /// Whether the place ending at token `last` is an organisation's seat
    /// (`the Sydney-based institute`): it says where a body sits, not what
    /// the story is about.
    fn seat(&self, last: usize) -> bool {
        let after = self.next(last).filter(|&h| self.is(h, '-') && h == last + 1).and_then(|h| self.next(h));
        after.is_some_and(|w| self.lex[Set::SeatAfter].starts(self, w))
    }

    /// The ISO code of a unit as read from the data: the pseudo-code `$`
    /// (a bare dollar sign or `dollars`) becomes the story's dollar.
    /// A sign several countries share (`Rs = INR|PKR|LKR|NPR`) is the
    /// rupee of the story's home when it is one of them, else the first.
    pub fn resolve_unit(&self, unit: &'static str) -> &'static str {
        if unit == LOCAL_DOLLAR {
            return self.scene().dollar;
        }
        if unit == LOCAL_DEGREE {
            return if self.scene().fahrenheit { "°F" } else { "°C" };
        }
        if !unit.contains('|') {
            return unit;
        }
        let mut codes = unit.split('|');
        let first = codes.next().unwrap_or(unit);
        let home = self.scene().home;
        codes.find(|&c| c == home).unwrap_or(first)
    }

    /// Whether token `i` lies where a recent percentage makes `points`
    /// percentage points ([`Cursor::percent_until`]).
    pub fn percent_scene(&self, i: usize) -> bool {
        self.percent_until.get().is_some_and(|u| i <= u)
    }

    /// Whether a bare count ended at most `window` tokens before token `i`
    /// in the same sentence ([`Cursor::last_count`]).
    pub fn after_count(&self, i: usize, window: usize) -> bool {
        self.last_count.get().is_some_and(|(s, t)| {
            t < i && i - t <= window && self.doc.sentence_of(self.tok(i).start) == s
        })
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.doc.tokens.len()
    }

    /// Whether the document has no tokens.
    pub fn is_empty(&self) -> bool {
        self.doc.tokens.is_empty()
    }

    /// Token `i`.
    pub fn tok(&self, i: usize) -> &'d Token {
        &self.doc.tokens[i]
    }

    /// Token `i`'s kind, or `None` past the end.
    // Not inlined: called from dozens of places, where a call is smaller.
    #[inline(never)]
    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.doc.tokens.get(i).map(|t| t.kind)
    }

    /// Token `i`'s raw text (empty past the end).
    pub fn text(&self, i: usize) -> &'a str {
        self.doc.tokens.get(i).map_or("", |t| &self.doc.text[t.start..t.end])
    }

    /// The hash of token `i`'s normalised text (0 past the end).
    // Not inlined: called from many places, where a call is smaller.
    #[inline(never)]
    pub fn hash(&self, i: usize) -> u64 {
        self.hashes.get(i).copied().unwrap_or(0)
    }

    /// Which lexicon tables a phrase starting at token `i` may belong to (0 past the end).
    #[inline]
    pub fn mask(&self, i: usize) -> u64 {
        self.masks.get(i).copied().unwrap_or(0)
    }

    /// Token `i`'s text, lowercased with cedillas folded.
    pub fn norm(&self, i: usize) -> Cow<'a, str> {
        normalize(self.text(i))
    }

    /// Whether token `i` is the one-character punctuation `c`.
    pub fn is(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(TokenKind::Punct) && self.text(i).starts_with(c)
    }

    /// The next token after `i` that is not a space; `None` at the end or at
    /// a line break (nothing the grammar builds crosses one).
    pub fn next(&self, i: usize) -> Option<usize> {
        let mut j = i + 1;
        while j < self.len() {
            match self.doc.tokens[j].kind {
                TokenKind::Space => j += 1,
                TokenKind::Newline => return None,
                _ => return Some(j),
            }
        }
        None
    }

    /// The previous token before `i` that is not a space, stopping at line breaks.
    pub fn prev(&self, i: usize) -> Option<usize> {
        let mut j = i;
        while j > 0 {
            j -= 1;
            match self.doc.tokens[j].kind {
                TokenKind::Space => {}
                TokenKind::Newline => return None,
                _ => return Some(j),
            }
        }
        None
    }

    /// Whether token `i` is a word with a capital letter in it (`Stream`,
    /// `DJ`, `iPhone`): how names and model codes are written.
    pub fn capitalized(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word) && self.text(i).chars().any(crate::case::is_upper)
    }

    /// Whether token `i` opens its sentence (nothing but punctuation such as
    /// quote marks, brackets or a colon/dash before it in the sentence), so
    /// its capital says nothing about it being a name.
    pub fn starts_sentence(&self, i: usize) -> bool {
        let start = self.tok(i).start;
        let s = self.doc.sentence_of(start);
        let sentence_start = self.doc.sentences.get(s).map_or(0, |r| r.start);
        let mut j = i;
        while let Some(p) = self.prev(j) {
            if self.tok(p).start < sentence_start {
                return true;
            }
            match self.kind(p) {
                Some(TokenKind::Punct) => {
                    let c = self.tok(p).ch(self.doc);
                    if matches!(c, ':' | '—' | '–' | '(' | '[' | '„' | '“' | '"' | '«' | '‘' | '\'' | '-' | '•') {
                        return true;
                    }
                    if matches!(c, '.' | '!' | '?') {
                        return true;
                    }
                    j = p;
                }
                _ => return false,
            }
        }
        true
    }

    /// Whether the paragraph holding token `i` is written in title case (a
    /// headline like `Councils Approve 1,200 New Homes`), where capitals do
    /// not mark names.
    pub fn title_case(&self, i: usize) -> bool {
        let byte = self.tok(i).start;
        let p = self.doc.paragraph_of(byte);
        let Some(range) = self.doc.paragraphs.get(p) else { return false };
        let text = &self.doc.text[range.clone()];
        let (mut caps, mut all) = (0usize, 0usize);
        let words = text
            .split(|c: char| !crate::scan::is_letter(c))
            .filter(|w| w.chars().count() >= 4 && !w.chars().all(crate::case::is_upper));
        for w in words.take(40) {
            all += 1;
            if w.chars().next().is_some_and(crate::case::is_upper) {
                caps += 1;
            }
        }
        all >= 3 && caps * 10 >= all * 8
    }
}

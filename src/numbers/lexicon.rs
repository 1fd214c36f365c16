//! The per-language number lexicon: reads `src/lang/<code>/numbers.txt` once into phrase tables the shared grammar consults.

use crate::lang::{DataFile, Language, LANGUAGES};
use crate::scan::{tokenize, TokenKind};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use super::cursor::Cursor;
use crate::model::Approx;
pub use crate::hash::{word_hash, FxHasher, IdentityHasher};

/// A table of phrases (one or more tokens each) with a value per phrase,
/// matched longest first, token by token, case-insensitively. Spaces between
/// tokens are ignored, so `per cent`, `mld.` and `a.m.` are all phrases.
#[derive(Debug)]
pub struct Phrases<V> {
    map: HashMap<String, V, BuildHasherDefault<FxHasher>>,
    /// The [`word_hash`] of every phrase's first token: the grammar asks
    /// every table at almost every token, so most positions must be rejected
    /// by one integer lookup against the hash the cursor computed once.
    firsts: HashSet<u64, BuildHasherDefault<IdentityHasher>>,
    max_len: usize,
}

impl<V> Default for Phrases<V> {
    fn default() -> Self {
        Phrases { map: HashMap::default(), firsts: HashSet::default(), max_len: 0 }
    }
}

/// Lowercases a token and folds the cedilla letters Romanian text often uses
/// instead of comma-below (ş ţ → ș ț) and the typographic apostrophe.
pub fn normalize(s: &str) -> Cow<'_, str> {
    let plain = s.chars().all(|c| !c.is_uppercase() && !matches!(c, 'ş' | 'ţ' | '’'));
    if plain {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .flat_map(char::to_lowercase)
            .map(|c| match c {
                'ş' => 'ș',
                'ţ' => 'ț',
                '’' => '\'',
                c => c,
            })
            .collect(),
    )
}

/// Joins two tokens in a key: a space when the text has one between them,
/// [`GLUE`] when they touch, so `A$` never matches `a $400`.
const GLUE: char = '\u{1}';

/// The lookup key of a data entry: normalised tokens joined by ' ' or [`GLUE`].
fn entry_key(surface: &str) -> (String, usize, String) {
    let toks: Vec<_> = tokenize(surface).into_iter().filter(|t| t.kind != TokenKind::Newline).collect();
    let mut key = String::new();
    let mut first = String::new();
    let mut n = 0;
    let mut spaced = false;
    for t in toks {
        if t.kind == TokenKind::Space {
            spaced = true;
            continue;
        }
        let word = normalize(&surface[t.start..t.end]);
        if n == 0 {
            first = word.to_string();
        } else {
            key.push(if spaced { ' ' } else { GLUE });
        }
        key.push_str(&word);
        spaced = false;
        n += 1;
    }
    (key, n, first)
}

impl<V> Phrases<V> {
    /// Adds one phrase; a later duplicate keeps the first value.
    pub fn insert(&mut self, surface: &str, value: V) {
        let (key, n, first) = entry_key(surface);
        if n == 0 {
            return;
        }
        self.max_len = self.max_len.max(n);
        self.firsts.insert(word_hash(&first));
        self.map.entry(key).or_insert(value);
    }

    /// The longest phrase starting at token `i`: its value and the index of
    /// its last token. Never crosses a line break.
    pub fn longest(&self, cx: &Cursor<'_, '_>, i: usize) -> Option<(&V, usize)> {
        if i >= cx.len() || !self.firsts.contains(&cx.hash(i)) {
            return None;
        }
        let mut key = String::new();
        let mut best = None;
        let mut at = Some(i);
        let mut prev = i;
        for n in 0..self.max_len {
            let Some(j) = at else { break };
            if n > 0 {
                key.push(if j == prev + 1 { GLUE } else { ' ' });
            }
            key.push_str(&cx.norm(j));
            prev = j;
            if let Some(v) = self.map.get(&key) {
                best = Some((v, j));
            }
            at = cx.next(j);
        }
        best
    }

    /// Whether a phrase ends exactly at token `last` (used for context words
    /// before a number: `articolul 5`, `sune la 112`).
    pub fn ends_at(&self, cx: &Cursor<'_, '_>, last: usize) -> bool {
        let mut key = String::new();
        let mut at = Some(last);
        let mut after = last;
        for n in 0..self.max_len {
            let Some(j) = at else { break };
            let word = cx.norm(j);
            if n > 0 {
                key.insert(0, if j + 1 == after { GLUE } else { ' ' });
            }
            key.insert_str(0, &word);
            if self.map.contains_key(&key) {
                return true;
            }
            after = j;
            at = cx.prev(j);
        }
        false
    }

    /// Whether the single token text `word` is a whole phrase.
    pub fn has_word(&self, word: &str) -> bool {
        self.map.contains_key(word)
    }
}

/// A scale word's factor, as mantissa and decimal exponent so values stay exact.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    /// Integer factor (`12` for dozen, `1` for powers of ten).
    pub mant: u128,
    /// Power of ten.
    pub exp: i32,
    /// Only a scale next to a currency (`£14.6m`), else something else (`260 m`).
    pub money_only: bool,
}

/// A fraction word's denominator.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fraction {
    /// `3` for `third`/`treime`.
    pub den: u128,
    /// Also an ordinal (`third`): after an article it needs `of`.
    pub ordinal: bool,
    /// May stand alone as one half (`half`, `jumătate`) in context.
    pub half: bool,
}

/// A range pattern: opener and the joiner between its two ends.
#[derive(Debug)]
pub struct Opener {
    /// `and`, `și`, `to`, `la`… as a phrase table.
    pub joiners: Phrases<()>,
}

/// A range infix (`–`, `to`); `touching` ones (`-`) may be written without
/// spaces (`10-15%`), where the hyphen would otherwise glue the number to a code.
#[derive(Clone, Copy, Debug)]
pub struct Infix {
    /// May touch both numbers.
    pub touching: bool,
    /// Only after a bare low end (`5 to 7 million`; not `£1,500 to £285,000`).
    pub bare_low: bool,
}

/// Everything the grammar knows about one language's numbers.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// The decimal mark (`.` in English, `,` in Romanian).
    pub decimal: char,
    /// Thousands marks besides spaces.
    pub group: Vec<char>,
    /// Words standing for 1 only before a scale or fraction (`a`, `un`, `o`).
    pub articles: Phrases<()>,
    /// 1–19.
    pub units: Phrases<u128>,
    /// 20, 30, … 90.
    pub tens: Phrases<u128>,
    /// Number words that are also adjectives (`nouă`).
    pub ambiguous: HashSet<String>,
    /// Function words: after an ambiguous number word they show it is an adjective.
    pub function_words: Phrases<()>,
    /// hundred, thousand, million, bn, mld.…
    pub scales: Phrases<Scale>,
    /// `tall`, `long`: after a glued `m` they make it metres, not million.
    pub measure_words: Phrases<()>,
    /// RO `de` between a number and its scale.
    pub scale_linkers: Phrases<()>,
    /// RO `de` between a number and its unit.
    pub unit_linkers: Phrases<()>,
    /// `-` (twenty-one), `și` (douăzeci și unu).
    pub tens_joiners: Phrases<()>,
    /// `and` (a hundred and five).
    pub hundreds_joiners: Phrases<()>,
    /// third(s), quarter(s), treimi, sferturi, half, jumătate.
    pub fractions: Phrases<Fraction>,
    /// `-` in `two-thirds`.
    pub fraction_joiners: Phrases<()>,
    /// `a` in `half a million`, `de` in `jumătate de milion`.
    pub fraction_scale_links: Phrases<()>,
    /// `and a half`, `și jumătate`: add half a unit (or half the scale).
    pub half_joiners: Phrases<()>,
    /// `of`, `din`: what a bare fraction needs after it.
    pub of_words: Phrases<()>,
    /// Currency written before the number → ISO 4217.
    pub currency_before: Phrases<String>,
    /// Currency written after the number → ISO 4217.
    pub currency_after: Phrases<String>,
    /// Percent, percentage points, measures → symbol.
    pub units_after: Phrases<String>,
    /// Approximators → symbol.
    pub approx: Phrases<Approx>,
    /// Range openers (`between`, `între`, `de la`).
    pub openers: Phrases<usize>,
    /// The joiners of each opener, indexed by the opener's value; `true`
    /// when the low end must be a bare number (`from 5 to 7 million` is a
    /// range, `from 48% to 62%` a change between two figures).
    pub opener_joiners: Vec<Phrases<bool>>,
    /// `in`, `out of`, `din`: between the parts of a ratio (`one in four`).
    pub ratio_joiners: Phrases<()>,
    /// Infixes between the ends of a range.
    pub infixes: Phrases<Infix>,
    /// Month names and abbreviations.
    pub months: Phrases<()>,
    /// `a.m.`, `o'clock`.
    pub time_after: Phrases<()>,
    /// `at`, `from`, `la`: before `10.30` they make it a clock time.
    pub clock_before: Phrases<()>,
    /// `ora`, `orele`.
    pub time_before: Phrases<()>,
    /// `st`, `nd`, `-a`, `-lea` glued to digits.
    pub ordinal_suffixes: Phrases<()>,
    /// RO `a`, `al` before a number word.
    pub ordinal_before: Phrases<()>,
    /// `article`, `articolul`, `nr.`…
    pub code_before: Phrases<()>,
    /// `call`, `dial`, `sune la`…
    pub phone_before: Phrases<()>,
}

/// Splits `surface = value flags…`; a line without ` = ` is all surface.
fn split_entry(line: &str) -> (&str, Option<&str>, Vec<&str>) {
    match line.split_once(" = ") {
        Some((surface, rest)) => {
            let mut parts = rest.split_whitespace();
            let value = parts.next();
            (surface.trim(), value, parts.collect())
        }
        None => (line.trim(), None, Vec::new()),
    }
}

/// Parses `1e6`, `12`, `1e2` into mantissa and exponent.
fn parse_scale(v: &str) -> Option<(u128, i32)> {
    match v.split_once(['e', 'E']) {
        Some((m, e)) => Some((m.parse().ok()?, e.parse().ok()?)),
        None => Some((v.parse().ok()?, 0)),
    }
}

impl Lexicon {
    /// Builds the lexicon from a language's `numbers.txt`.
    pub fn build(lang: &Language) -> Lexicon {
        let sec = |name: &'static str| lang.section(DataFile::Numbers, name);
        let set = |name: &'static str| {
            let mut p = Phrases::default();
            for line in sec(name) {
                let (surface, _, _) = split_entry(line);
                p.insert(surface, ());
            }
            p
        };
        let valued = |name: &'static str| {
            let mut p: Phrases<u128> = Phrases::default();
            for line in sec(name) {
                if let (surface, Some(v), _) = split_entry(line) {
                    if let Ok(v) = v.parse() {
                        p.insert(surface, v);
                    }
                }
            }
            p
        };
        let coded = |name: &'static str| {
            let mut p: Phrases<String> = Phrases::default();
            for line in sec(name) {
                if let (surface, Some(v), _) = split_entry(line) {
                    p.insert(surface, v.to_string());
                }
            }
            p
        };
        let mut lex = Lexicon {
            decimal: sec("decimal_mark").next().and_then(|l| l.chars().next()).unwrap_or('.'),
            group: sec("group_marks").filter_map(|l| l.chars().next()).collect(),
            articles: set("articles"),
            units: valued("unit_words"),
            tens: valued("tens_words"),
            ambiguous: sec("ambiguous_words").map(|w| normalize(w).into_owned()).collect(),
            scale_linkers: set("scale_linkers"),
            measure_words: set("measure_words"),
            function_words: set("function_words"),
            unit_linkers: set("unit_linkers"),
            tens_joiners: set("tens_joiners"),
            hundreds_joiners: set("hundreds_joiners"),
            fraction_joiners: set("fraction_joiners"),
            fraction_scale_links: set("fraction_scale_links"),
            of_words: set("of_words"),
            half_joiners: set("half_joiners"),
            ratio_joiners: set("ratio_joiners"),
            currency_before: coded("currency_before"),
            currency_after: coded("currency_after"),
            units_after: coded("units"),
            months: set("months"),
            time_after: set("time_after"),
            time_before: set("time_before"),
            clock_before: set("clock_before"),
            ordinal_suffixes: set("ordinal_suffixes"),
            ordinal_before: set("ordinal_before"),
            code_before: set("code_before"),
            phone_before: set("phone_before"),
            ..Lexicon::default()
        };
        for line in sec("scale_words") {
            if let (surface, Some(v), flags) = split_entry(line) {
                if let Some((mant, exp)) = parse_scale(v) {
                    lex.scales.insert(surface, Scale { mant, exp, money_only: flags.contains(&"money") });
                }
            }
        }
        for line in sec("fraction_words") {
            if let (surface, Some(v), flags) = split_entry(line) {
                if let Ok(den) = v.parse() {
                    let f = Fraction { den, ordinal: flags.contains(&"ordinal"), half: flags.contains(&"half") };
                    lex.fractions.insert(surface, f);
                }
            }
        }
        for line in sec("approximators") {
            if let (surface, Some(v), _) = split_entry(line) {
                if let Some(a) = Approx::parse(v) {
                    lex.approx.insert(surface, a);
                }
            }
        }
        for line in sec("range_openers") {
            let mut parts = line.split(" | ").map(str::trim);
            if let (Some(opener), Some(joiner)) = (parts.next(), parts.next()) {
                let bare_low = parts.next() == Some("bare-low");
                let existing = lex.openers.longest_key(opener);
                let index = match existing {
                    Some(i) => i,
                    None => {
                        lex.opener_joiners.push(Phrases::default());
                        let i = lex.opener_joiners.len() - 1;
                        lex.openers.insert(opener, i);
                        i
                    }
                };
                lex.opener_joiners[index].insert(joiner, bare_low);
            }
        }
        for line in sec("range_infixes") {
            let mut parts = line.split_whitespace();
            if let Some(surface) = parts.next() {
                let flags: Vec<&str> = parts.collect();
                let infix = Infix { touching: flags.contains(&"touching"), bare_low: flags.contains(&"bare-low") };
                lex.infixes.insert(surface, infix);
            }
        }
        lex
    }

    /// The compiled lexicon of `lang`, built on first use.
    pub fn of(lang: &Language) -> &'static Lexicon {
        static ALL: OnceLock<Vec<Lexicon>> = OnceLock::new();
        let all = ALL.get_or_init(|| LANGUAGES.iter().map(Lexicon::build).collect());
        &all[lang.index.min(all.len() - 1)]
    }
}

impl Phrases<usize> {
    /// The value stored for exactly this surface, if any.
    fn longest_key(&self, surface: &str) -> Option<usize> {
        self.map.get(&entry_key(surface).0).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_load_their_sections() {
        for lang in LANGUAGES.iter() {
            let lex = Lexicon::of(lang);
            assert!(lex.units.map.len() >= 19, "{}", lang.code);
            assert!(!lex.scales.map.is_empty() && !lex.approx.map.is_empty() && !lex.openers.map.is_empty());
            assert!(!lex.currency_before.map.is_empty() && !lex.units_after.map.is_empty());
        }
        assert_eq!(Lexicon::of(&LANGUAGES[1]).decimal, ',');
        assert_eq!(Lexicon::of(&LANGUAGES[0]).decimal, '.');
    }

    #[test]
    fn normalize_folds_case_and_cedillas() {
        assert_eq!(normalize("Şase"), "șase");
        assert_eq!(normalize("o’clock"), "o'clock");
        assert!(matches!(normalize("mii"), Cow::Borrowed(_)));
    }
}

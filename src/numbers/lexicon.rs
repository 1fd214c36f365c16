//! The per-language number lexicon: reads `src/lang/<code>/numbers.txt` once into phrase tables the shared grammar consults.

use crate::lang::{DataFile, Language};
use crate::scan::{tokenize, TokenKind};
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

pub use crate::hash::{word_hash, FxHasher, IdentityHasher, FX};

use super::cursor::Cursor;
use super::value::parse_int;
use crate::model::Approx;

/// A table of phrases (one or more tokens each) with a `u32` value per
/// phrase, matched longest first, token by token, case-insensitively. Spaces
/// between tokens are ignored, so `per cent`, `mld.` and `a.m.` are all
/// phrases. Keys are chained token hashes ([`chain`]), so matching never
/// allocates; a table is skipped at a token by one bit test against the
/// token's mask (which tables any phrase starting with it belongs to).
#[derive(Debug, Default)]
pub struct Phrases {
    /// Values are `u32`s kept as `u64` so this map and [`Lexicon::firsts`]
    /// share one hash-table instantiation (less wasm).
    map: HashMap<u64, u64, BuildHasherDefault<IdentityHasher>>,
    /// This table's bit in the per-token masks of [`Lexicon::firsts`].
    bit: u64,
    max_len: usize,
}

/// A phrase table whose values index a list of typed payloads.
#[derive(Debug)]
pub struct Table<T> {
    /// The phrases; each value is an index into `items`.
    pub phrases: Phrases,
    items: Vec<T>,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table { phrases: Phrases::default(), items: Vec::new() }
    }
}

impl<T> Table<T> {
    /// Whether a phrase starts at token `i` (as [`Phrases::starts`]: every
    /// phrase's value indexes an item, so no item need be looked at, and
    /// the one untyped function serves every table).
    #[inline]
    pub fn starts(&self, cx: &Cursor<'_, '_>, i: usize) -> bool {
        self.phrases.starts(cx, i)
    }

    /// The longest phrase at token `i`: its payload and last token.
    // Never inlined: called from ~90 places, a call each is smaller (with
    // `Phrases::longest`: -0.28 KB gzipped).
    #[inline(never)]
    pub fn longest(&self, cx: &Cursor<'_, '_>, i: usize) -> Option<(&T, usize)> {
        let (v, e) = self.phrases.longest(cx, i)?;
        Some((self.items.get(v as usize)?, e))
    }
}

/// The cedilla letters Romanian text often uses instead of comma-below
/// (ş ţ → ș ț) and the typographic apostrophe.
fn fold(c: char) -> char {
    match c {
        'ş' => 'ș',
        'ţ' => 'ț',
        '’' => '\'',
        c => c,
    }
}

/// Lowercases a token and folds the cedilla letters and apostrophe ([`fold`]).
pub fn normalize(s: &str) -> Cow<'_, str> {
    let plain = s.chars().all(|c| !crate::case::is_upper(c) && !matches!(c, 'ş' | 'ţ' | '’'));
    if plain {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().map(crate::case::lower_char).map(fold).collect())
}

/// The key of a phrase one token longer: `glued` when the next token touches
/// the previous one (so `A$` never matches `a $400`).
#[inline]
fn chain(h: u64, glued: bool, next: u64) -> u64 {
    (h.rotate_left(5) ^ next ^ if glued { 0x2f } else { 0x71 }).wrapping_mul(FX)
}

/// The key of a data entry (chained token hashes), its token count and the
/// hash of its first token.
fn entry_key(surface: &str) -> (u64, usize, u64) {
    let (mut key, mut first, mut n, mut spaced) = (0, 0, 0, false);
    for t in tokenize(surface) {
        match t.kind {
            TokenKind::Newline => continue,
            TokenKind::Space => {
                spaced = true;
                continue;
            }
            _ => {}
        }
        let h = word_hash(&surface[t.start..t.end]);
        if n == 0 {
            first = h;
            key = h;
        } else {
            key = chain(key, !spaced, h);
        }
        spaced = false;
        n += 1;
    }
    (key, n, first)
}

impl Phrases {
    /// The longest phrase starting at token `i`: its value and the index of
    /// its last token. Never crosses a line break.
    // Never inlined, as `Table::longest`.
    #[inline(never)]
    pub fn longest(&self, cx: &Cursor<'_, '_>, i: usize) -> Option<(u32, usize)> {
        if cx.mask(i) & self.bit == 0 {
            return None;
        }
        self.walk(cx, i)
    }

    /// Whether a phrase starts at token `i` (one call where ~30 places ask
    /// only that: less wasm than testing `longest`'s result at each).
    #[inline(never)]
    pub fn starts(&self, cx: &Cursor<'_, '_>, i: usize) -> bool {
        self.longest(cx, i).is_some()
    }

    fn walk(&self, cx: &Cursor<'_, '_>, i: usize) -> Option<(u32, usize)> {
        let mut h = cx.hash(i);
        let mut best = self.map.get(&h).map(|&v| (v as u32, i));
        let mut prev = i;
        for _ in 1..self.max_len {
            let Some(j) = cx.next(prev) else { break };
            h = chain(h, j == prev + 1, cx.hash(j));
            if let Some(&v) = self.map.get(&h) {
                best = Some((v as u32, j));
            }
            prev = j;
        }
        best
    }

    /// Whether a phrase ends exactly at token `last` (used for context words
    /// before a number: `articolul 5`, `sune la 112`).
    pub fn ends_at(&self, cx: &Cursor<'_, '_>, last: usize) -> bool {
        self.start_of_ending(cx, last).is_some()
    }

    /// The first token of the shortest phrase ending exactly at token `last`.
    pub fn start_of_ending(&self, cx: &Cursor<'_, '_>, last: usize) -> Option<usize> {
        let mut toks = [0usize; 12];
        let mut count = 0;
        let mut at = Some(last);
        while let Some(j) = at {
            if count == self.max_len.min(toks.len()) {
                break;
            }
            toks[count] = j;
            count += 1;
            at = cx.prev(j);
        }
        (1..count + 1).find_map(|len| {
            let first = toks[len - 1];
            if cx.mask(first) & self.bit == 0 {
                return None;
            }
            let mut h = cx.hash(first);
            for m in (0..len - 1).rev() {
                h = chain(h, toks[m] == toks[m + 1] + 1, cx.hash(toks[m]));
            }
            self.map.contains_key(&h).then_some(first)
        })
    }

    /// Whether the single token whose [`word_hash`] is `h` is a whole phrase.
    pub fn has(&self, h: u64) -> bool {
        self.map.contains_key(&h)
    }

    /// The value stored for exactly this surface, if any.
    fn get(&self, surface: &str) -> Option<u32> {
        self.map.get(&entry_key(surface).0).map(|&v| v as u32)
    }
}

/// A scale word's factor, as mantissa and decimal exponent so values stay exact.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    /// Integer factor (`12` for dozen, `1` for powers of ten).
    pub mant: u64,
    /// Power of ten.
    pub exp: i32,
    /// Only a scale next to a currency (`£14.6m`), else something else (`260 m`).
    pub money_only: bool,
}

/// A fraction word's denominator.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fraction {
    /// `3` for `third`/`treime`.
    pub den: u64,
    /// Also an ordinal (`third`): after an article it needs `of`.
    pub ordinal: bool,
    /// May stand alone as one half (`half`, `jumătate`) in context.
    pub half: bool,
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
#[derive(Debug)]
pub struct Lexicon {
    /// The decimal mark (`.` in English, `,` in Romanian).
    pub decimal: char,
    /// Thousands marks besides spaces, one a line (kept as the lines: the
    /// `Vec<&str>` collect the module has anyway).
    pub group: Vec<&'static str>,
    /// For every token hash that starts a phrase of some table: the bits of
    /// those tables. The cursor looks each token up once.
    pub firsts: HashMap<u64, u64, BuildHasherDefault<IdentityHasher>>,
    /// The bits of the tables a claim can start with (openers,
    /// approximators, currencies, number words): a word without any of
    /// them starts nothing.
    pub start_mask: u64,
    /// hundred, thousand, million, bn, mld.…
    pub scales: Table<Scale>,
    /// third(s), quarter(s), treimi, sferturi, half, jumătate.
    pub fractions: Table<Fraction>,
    /// Coins written after the number (`cents`, `pence`, `bani`) → ISO code
    /// and the power of ten of one coin in the main unit (`-2`).
    pub subunits: Table<(&'static str, i32)>,
    /// Approximators → symbol.
    pub approx: Table<Approx>,
    /// Approximators written after the number (`six or more`, `100 or
    /// so`, `zece sau mai mulți`) → symbol: in the span, as before it.
    pub approx_after: Table<Approx>,
    /// Range openers (`between`, `între`, `de la`), valued by the index of
    /// their joiners. (Plain phrase tables here, valued directly: two typed
    /// tables' instantiations less.)
    pub openers: Phrases,
    /// The joiners of each opener, indexed by the opener's value; `true`
    /// when the low end must be a bare number (`from 5 to 7 million` is a
    /// range, `from 48% to 62%` a change between two figures).
    /// (Valued 1 for `true`.)
    pub opener_joiners: Vec<Phrases>,
    /// Infixes between the ends of a range.
    pub infixes: Table<Infix>,
    /// `ul` in `golul doi`: a word ending so (a definite noun) before a
    /// number word makes the number a label.
    pub label_endings: Vec<String>,
    /// `it` in `construit`, `ed` in `recorded`: a word ending so (a past
    /// participle) before `zero` makes it a count (s-au construit zero).
    pub participle_endings: Vec<String>,
    /// The tables of integers, indexed by [`Ints`].
    ints: [Table<u64>; 5],
    /// The tables of codes and symbols, indexed by [`Codes`].
    codes: [Table<&'static str>; 6],
    /// The plain phrase sets, indexed by [`Set`].
    sets: [Phrases; SETS],
}

/// The lexicon's tables of integers (`lex[Ints::Units]`), in `INT_SECTIONS` order.
#[derive(Clone, Copy)]
pub enum Ints {
    /// 1–19.
    Units,
    /// 20, 30, … 90.
    Tens,
    /// `twice`, `dublu`: a multiple written as one word; a claim only after
    /// an approximator (`roughly twice`) or before a head (`twice the size`).
    Multipliers,
    /// `fivefold`, `tenfold`: a multiple in one word that is never an adverb
    /// of frequency, so a claim on its own (`a fivefold increase`).
    Folds,
    /// `double`, `triple`: multiples that are also verbs (`double the
    /// fine`), a claim only after an approximator (`nearly double`).
    MultiplierVerbs,
}

impl std::ops::Index<Ints> for Lexicon {
    type Output = Table<u64>;
    fn index(&self, t: Ints) -> &Table<u64> {
        &self.ints[t as usize]
    }
}

/// The lexicon's tables of codes and symbols (`lex[Codes::UnitsAfter]`), in `CODE_SECTIONS` order.
#[derive(Clone, Copy)]
pub enum Codes {
    /// Currency written before the number → ISO 4217.
    CurrencyBefore,
    /// Currency written after the number → ISO 4217.
    CurrencyAfter,
    /// Percent, percentage points, measures → symbol.
    UnitsAfter,
    /// `point` in `a 7-point lead` → `pp`, when a head from
    /// [`Set::CompoundUnitHeads`] follows; else a plain count.
    CompoundUnits,
    /// `points` after a number: `pp` only where a percentage was just
    /// mentioned ([`Cursor::percent_scene`]), else left out of the span.
    ContextUnits,
    /// `Australia`, `Canadian`, `United States` → the dollar that country
    /// uses: the country a story names most decides what a bare `$` means.
    DollarHomes,
}

impl std::ops::Index<Codes> for Lexicon {
    type Output = Table<&'static str>;
    fn index(&self, t: Codes) -> &Table<&'static str> {
        &self.codes[t as usize]
    }
}

/// The data-index keys of `numbers.txt` sections, computed at compile time:
/// the headers' names stay out of the module.
const fn keys<const N: usize>(names: [&str; N]) -> [u16; N] {
    let mut out = [0; N];
    let mut i = 0;
    while i < N {
        out[i] = crate::lang::key(DataFile::Numbers, names[i]);
        i += 1;
    }
    out
}

/// The data-index key of `numbers.txt` section `name` (see [`keys`]).
const fn num_key(name: &str) -> u16 {
    crate::lang::key(DataFile::Numbers, name)
}

/// The `numbers.txt` section of each [`Ints`] table.
const INT_SECTIONS: [u16; 5] = keys(["unit_words", "tens_words", "multiplier_words", "fold_words", "multiplier_verbs"]);
/// The `numbers.txt` section of each [`Codes`] table.
const CODE_SECTIONS: [u16; 6] = keys(["currency_before", "currency_after", "units", "compound_units", "context_units", "dollar_homes"]);

/// The lexicon's plain phrase sets (`lex[Set::Months]`), in the order
/// they take their mask bits. One array built in one loop rather than a
/// field each: -1.7 KB wasm gzipped (the build loop, no field-by-field moves).
#[derive(Clone, Copy)]
pub enum Set {
    /// Words standing for 1 only before a scale or fraction (`a`, `un`, `o`).
    Articles,
    /// Number words that are also adjectives (`nouă`).
    Ambiguous,
    /// RO `de` between a number and its scale.
    ScaleLinkers,
    /// `tall`, `long`: after a glued `m` they make it metres, not million.
    MeasureWords,
    /// Function words: after an ambiguous number word they show it is an adjective.
    FunctionWords,
    /// RO `de` between a number and its unit.
    UnitLinkers,
    /// `-` (twenty-one), `și` (douăzeci și unu).
    TensJoiners,
    /// `and` (a hundred and five).
    HundredsJoiners,
    /// `-` in `two-thirds`.
    FractionJoiners,
    /// `a` in `half a million`, `de` in `jumătate de milion`.
    FractionScaleLinks,
    /// `of`, `din`: what a bare fraction needs after it.
    OfWords,
    /// `and a half`, `și jumătate`: add half a unit (or half the scale).
    HalfJoiners,
    /// `in`, `out of`, `din`: between the parts of a ratio (`one in four`).
    RatioJoiners,
    /// `pragul critic de`, `a threshold of`: before a number, its `unități`
    /// are the steps of an index.
    ThresholdBefore,
    /// `unități`, `units`: an index's steps, spanned after a threshold.
    IndexSteps,
    /// `that`, `doar`: after one a bare fraction opens a clause, as at a
    /// sentence's start (`found that a third planned`).
    ShareOpeners,
    /// `din`: ratio joiners that make a ratio only after one (`1 din 5`);
    /// after a larger numerator they set a part against its whole, two
    /// counts (`3 din 10`).
    PartJoiners,
    /// Month names and abbreviations.
    Months,
    /// `a.m.`, `o'clock`.
    TimeAfter,
    /// `ora`, `orele`.
    TimeBefore,
    /// `at`, `from`, `la`: before `10.30` they make it a clock time.
    ClockBefore,
    /// `st`, `nd`, `-a`, `-lea` glued to digits.
    OrdinalSuffixes,
    /// RO `a`, `al` before a number word.
    OrdinalBefore,
    /// `doua`, `suta`: the number words that are ordinal forms after
    /// `ordinal_before` (`a doua zi`, not `a trei școli`).
    OrdinalWords,
    /// `are`, `se`: after a bare fraction opening its sentence they make it
    /// the subject, a share of something just named (`Half are empty.`).
    ShareVerbs,
    /// `article`, `articolul`, `nr.`…
    CodeBefore,
    /// `call`, `dial`, `sune la`…
    PhoneBefore,
    /// `the`, `these`, `cei`: before a bare number word they make it
    /// referential (`the two countries`), not a new quantity.
    ReferentialBefore,
    /// `rose`, `by`, `crescut`: before `X to Y` they make it a change and
    /// its result (two figures), not a range.
    ChangeWords,
    /// `from`, `de la`: before `X to Y` a change only after a change word
    /// (`fell from 5% to 4%`), else a range (`ranging from $2 to $3`).
    ChangeLinks,
    /// `minus` before digits: a sign written as a word.
    SignWords,
    /// `or` in `plus or minus 2.9`: before a sign word it is no sign.
    SignBlockers,
    /// `strong` in `5,000-strong`: after a hyphen, the number stays a count.
    CountSuffixes,
    /// `the`, `as`: after a multiplier word they make it a comparison.
    MultiplierHeads,
    /// `times`, `ori`: after a number they make it a multiple…
    TimesWords,
    /// …when a comparison follows (`three times as many`, `de trei ori mai`).
    TimesHeads,
    /// `year`, `old`: after `41-` they make a duration or age, not a count.
    CompoundNonCounts,
    /// `lead`, `margin`: after a compound unit they confirm it.
    CompoundUnitHeads,
    /// `vote of`, `won`: before `218 to 211` they make it a tally.
    TallyBefore,
    /// `vote`, `decision`: after `6 to 3` they make it a tally.
    TallyAfter,
    /// `și`, `and`: between two hours after a time word (`orele 8 și 16`).
    TimeJoiners,
    /// `Street`, `Avenue`: a number before a capitalised name and one of
    /// these is an address (`10 Downing Street`).
    StreetWords,
    /// `o` in `o nouă ședință`: before an ambiguous number word they make it the adjective.
    AmbiguousBlockers,
    /// `by`, `cu`: before the number, the margin word context units need.
    ContextUnitBefore,
    /// `and`, `iar`: before `one` they join it to a count just made.
    CountJoiners,
    /// `112`, `911`: emergency numbers, no claim when nothing is counted after them.
    ServiceNumbers,
    /// `puține` in `nouă mai puține`: after a month word they make it no
    /// month (`mai` is also `more`).
    MonthBlockers,
    /// `second` in `the second half of the year`: before a fraction word
    /// they make it a period of time, not a quantity.
    PeriodBeforeFraction,
    /// `poll`, `survey`, `sondaj`: a story holding one reports polls.
    PollWords,
    /// `based`, `headquartered`: after a place and a hyphen (`Sydney-based`)
    /// the place is an organisation's seat, not where the story is.
    SeatAfter,
    /// `lead`, `gap`, `avans`: earlier in the sentence, they make `points`
    /// after a margin word percentage points (`lead narrows to four points`).
    LeadWords,
    /// `by`, `to`, `down`, `cu`: before `N points` in a poll story, a
    /// margin or a change of share.
    PollMargins,
    /// `call`, `dispatcher`, `apel`: after an emergency number they make it
    /// the line's name (`the first 911 call`), not a count.
    ServiceHeads,
    /// `count of`, `majority of`: before `one` they make it the total a
    /// noun names (`a body count of one`).
    OneTotals,
    /// `revised up`, `marked down`: a verb and its particle, which an
    /// approximator may start with (`up to`): there it is no approximator.
    VerbParticles,
    /// `at`, `la`: before a small number word closing its clause they make it an hour.
    HourBefore,
    /// `stood`, `remained`, `ajuns`: before `at nine` they make it a level, not an hour.
    LevelWords,
    /// `per`, `a`, `pe`: between a price and the measure it is for (`$80 a barrel`).
    PerWords,
    /// `one`, `un`, `o`: before a counted noun and a ratio joiner they open
    /// a ratio (`one child in five`, `Un copil din cinci`).
    RatioOnes,
    /// `la`: ratio joiners that also mean `at`, a ratio only before a counted noun.
    RatioNounJoiners,
    /// `ai`, `ale`: after `cei trei miniștri` a genitive naming the whole
    /// they belong to, which makes the number a count, not a reference.
    WholeLinks,
    /// `South`, `West`: right after a number and before no name, a grid
    /// address (`3500 South`), not a count (`300 South Koreans`).
    GridDirections,
    /// `day`, `zi`: after a per word they make one coin a rate (`un leu pe zi`).
    Periods,
    /// `highway`, `near`: after a home-only sign and digits they make a road (`the R300 highway`).
    RoadAfter,
    /// `on the`: before a home-only sign and digits with no noun after, a road (`on the R61`).
    RoadBefore,
    /// `of whom`, `dintre care`: after one a bare fraction is a share of
    /// the whole just named, with or without a verb (`dintre care jumătate cu febră`).
    ShareWholes,
}

/// How many [`Set`]s there are.
const SETS: usize = 66;

/// The `numbers.txt` section of each [`Set`], in its order.
const SET_SECTIONS: [u16; SETS] = keys([
    "articles",
    "ambiguous_words",
    "scale_linkers",
    "measure_words",
    "function_words",
    "unit_linkers",
    "tens_joiners",
    "hundreds_joiners",
    "fraction_joiners",
    "fraction_scale_links",
    "of_words",
    "half_joiners",
    "ratio_joiners",
    "threshold_before",
    "index_steps",
    "share_openers",
    "part_joiners",
    "months",
    "time_after",
    "time_before",
    "clock_before",
    "ordinal_suffixes",
    "ordinal_before",
    "ordinal_words",
    "share_verbs",
    "code_before",
    "phone_before",
    "referential_before",
    "change_words",
    "change_links",
    "sign_words",
    "sign_blockers",
    "count_suffixes",
    "multiplier_heads",
    "times_words",
    "times_heads",
    "compound_non_counts",
    "compound_unit_heads",
    "tally_before",
    "tally_after",
    "time_joiners",
    "street_words",
    "ambiguous_blockers",
    "context_unit_before",
    "count_joiners",
    "service_numbers",
    "month_blockers",
    "period_before_fraction",
    "poll_words",
    "seat_after",
    "lead_words",
    "poll_margins",
    "service_heads",
    "one_totals",
    "verb_particles",
    "hour_before",
    "level_words",
    "per_words",
    "ratio_ones",
    "ratio_noun_joiners",
    "whole_links",
    "grid_directions",
    "rate_periods",
    "road_after",
    "road_before",
    "share_wholes",
]);

impl std::ops::Index<Set> for Lexicon {
    type Output = Phrases;
    fn index(&self, set: Set) -> &Phrases {
        &self.sets[set as usize]
    }
}

/// Splits `surface = value flags…`; a line without ` = ` is all surface.
fn split_entry(line: &str) -> (&str, Option<&str>, &str) {
    match line.split_once(" = ") {
        Some((surface, rest)) => {
            let rest = rest.trim_start();
            let (value, flags) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
            (surface.trim(), Some(value), flags)
        }
        None => (line.trim(), None, ""),
    }
}

/// Whether the space-separated `flags` hold `flag`.
fn has_flag(flags: &str, flag: &str) -> bool {
    flags.split_whitespace().any(|f| f == flag)
}

/// Parses `1e6`, `12`, `1e2` into mantissa and exponent.
fn parse_scale(v: &str) -> Option<(u64, i32)> {
    match v.split_once(['e', 'E']) {
        Some((m, e)) => Some((parse_int(m)?, parse_int(e)?)),
        None => Some((parse_int(v)?, 0)),
    }
}

/// How a section's values are read.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// No value.
    Set,
    /// An integer.
    Int,
    /// A code or symbol (ISO 4217, `%`, `km`).
    Code,
    /// A scale factor with an optional `money` flag.
    Scale,
    /// A denominator with `ordinal`/`half` flags.
    Fraction,
    /// An approximator symbol.
    Approx,
    /// A range infix: the surface, then `touching`/`bare-low` flags.
    Infix,
    /// A coin: an ISO code, then its power of ten (`USD -2`).
    Sub,
}

/// Payloads parsed from one line, before they are stored in their table.
enum Payload {
    Int(u64),
    Code(&'static str),
    Scale(Scale),
    Fraction(Fraction),
    Approx(Approx),
    Infix(Infix),
    Sub(&'static str, i32),
}

/// Builds tables: hands out mask bits and records first tokens.
struct Builder {
    lang: &'static Language,
    firsts: HashMap<u64, u64, BuildHasherDefault<IdentityHasher>>,
    next_bit: u32,
}

impl Builder {
    /// An empty table with its own mask bit (tables past 63 share the last).
    fn table(&mut self) -> Phrases {
        let bit = 1u64 << self.next_bit.min(63);
        self.next_bit += 1;
        Phrases { bit, ..Phrases::default() }
    }

    /// Adds one phrase; a later duplicate keeps the first value.
    fn insert(&mut self, p: &mut Phrases, surface: &str, value: u32) {
        let (key, n, first) = entry_key(surface);
        if n == 0 {
            return;
        }
        p.max_len = p.max_len.max(n);
        *self.firsts.entry(first).or_insert(0) |= p.bit;
        p.map.entry(key).or_insert(u64::from(value));
    }

    /// Reads one line of a section of kind `kind`: surface and payload.
    fn parse(line: &'static str, kind: Kind) -> Option<(&'static str, Option<Payload>)> {
        if kind == Kind::Infix {
            let (surface, flags) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
            let infix = Infix { touching: has_flag(flags, "touching"), bare_low: has_flag(flags, "bare-low") };
            return Some((surface, Some(Payload::Infix(infix))));
        }
        let (surface, value, flags) = split_entry(line);
        let payload = match kind {
            Kind::Set => None,
            Kind::Int => Some(Payload::Int(parse_int(value?)?)),
            Kind::Code => Some(Payload::Code(value?)),
            Kind::Scale => {
                let (mant, exp) = parse_scale(value?)?;
                Some(Payload::Scale(Scale { mant, exp, money_only: has_flag(flags, "money") }))
            }
            Kind::Fraction => {
                let den = parse_int(value?)?;
                Some(Payload::Fraction(Fraction { den, ordinal: has_flag(flags, "ordinal"), half: has_flag(flags, "half") }))
            }
            Kind::Approx => Some(Payload::Approx(Approx::parse(value?)?)),
            Kind::Sub => Some(Payload::Sub(value?, parse_int(flags.trim())?)),
            Kind::Infix => None,
        };
        Some((surface, payload))
    }

    /// Loads section `name` as a plain phrase set.
    #[inline(never)]
    fn set(&mut self, key: u16) -> Phrases {
        let mut p = self.table();
        for line in self.lang.keyed(key) {
            if let Some((surface, _)) = Builder::parse(line, Kind::Set) {
                self.insert(&mut p, surface, 0);
            }
        }
        p
    }

    /// Loads section `name` of kind `kind`, calling `push` with each payload
    /// to store it and get its index.
    fn load(&mut self, key: u16, kind: Kind, push: &mut dyn FnMut(Payload) -> Option<u32>) -> Phrases {
        let mut p = self.table();
        for line in self.lang.keyed(key) {
            if let Some((surface, Some(payload))) = Builder::parse(line, kind) {
                if let Some(v) = push(payload) {
                    self.insert(&mut p, surface, v);
                }
            }
        }
        p
    }
}

/// Moves typed payloads into a [`Table`]'s item list.
fn filler<T>(items: &mut Vec<T>, take: fn(Payload) -> Option<T>) -> impl FnMut(Payload) -> Option<u32> + '_ {
    move |payload| {
        items.push(take(payload)?);
        u32::try_from(items.len() - 1).ok()
    }
}

/// Loads section `name` into a typed table.
#[inline(never)]
fn typed<T>(b: &mut Builder, key: u16, kind: Kind, take: fn(Payload) -> Option<T>) -> Table<T> {
    let mut items = Vec::new();
    let phrases = b.load(key, kind, &mut filler(&mut items, take));
    Table { phrases, items }
}


impl Lexicon {
    /// Builds the lexicon from a language's `numbers.txt`.
    pub fn build(lang: &'static Language) -> Lexicon {
        let mut b = Builder { lang, firsts: HashMap::default(), next_bit: 0 };
        let b = &mut b;
        let int = |p| match p {
            Payload::Int(v) => Some(v),
            _ => None,
        };
        let code = |p| match p {
            Payload::Code(v) => Some(v),
            _ => None,
        };
        let mut lex = Lexicon {
            // (The typed tables' mask bits in this order; any order gives
            // each its own bit.) Same-typed tables in one loop each.
            ints: std::array::from_fn(|k| typed(b, INT_SECTIONS[k], Kind::Int, int)),
            codes: std::array::from_fn(|k| typed(b, CODE_SECTIONS[k], Kind::Code, code)),
            decimal: lang.keyed(const { num_key("decimal_mark") }).next().and_then(|l| l.chars().next()).unwrap_or('.'),
            group: lang.keyed(const { num_key("group_marks") }).collect(),
            subunits: typed(b, const { num_key("subunits") }, Kind::Sub, |p| match p {
                Payload::Sub(c, e) => Some((c, e)),
                _ => None,
            }),
            scales: typed(b, const { num_key("scale_words") }, Kind::Scale, |p| match p {
                Payload::Scale(s) => Some(s),
                _ => None,
            }),
            fractions: typed(b, const { num_key("fraction_words") }, Kind::Fraction, |p| match p {
                Payload::Fraction(f) => Some(f),
                _ => None,
            }),
            approx: typed(b, const { num_key("approximators") }, Kind::Approx, |p| match p {
                Payload::Approx(a) => Some(a),
                _ => None,
            }),
            approx_after: typed(b, const { num_key("approximators_after") }, Kind::Approx, |p| match p {
                Payload::Approx(a) => Some(a),
                _ => None,
            }),
            infixes: typed(b, const { num_key("range_infixes") }, Kind::Infix, |p| match p {
                Payload::Infix(i) => Some(i),
                _ => None,
            }),
            openers: b.table(),
            // (In this order, which hands out the mask bits: the typed
            // tables, the openers, then the sets in `Set` order.)
            sets: std::array::from_fn(|k| b.set(SET_SECTIONS[k])),
            firsts: HashMap::default(),
            start_mask: 0,
            opener_joiners: Vec::new(),
            label_endings: Vec::new(),
            participle_endings: Vec::new(),
        };
        for line in lang.keyed(const { num_key("range_openers") }) {
            let mut parts = line.split(" | ").map(str::trim);
            if let (Some(opener), Some(joiner)) = (parts.next(), parts.next()) {
                let bare_low = parts.next() == Some("bare-low");
                let index = match lex.openers.get(opener) {
                    Some(i) => i as usize,
                    None => {
                        let i = lex.opener_joiners.len();
                        lex.opener_joiners.push(b.table());
                        b.insert(&mut lex.openers, opener, i as u32);
                        i
                    }
                };
                if let Some(t) = lex.opener_joiners.get_mut(index) {
                    b.insert(t, joiner, u32::from(bare_low));
                }
            }
        }
        // (Data lines come trimmed and never empty: the collect the word lists use.)
        let endings = |key| lang.keyed(key).map(crate::case::lower).collect();
        lex.label_endings = endings(const { num_key("label_endings") });
        lex.participle_endings = endings(const { num_key("participle_endings") });
        lex.start_mask = lex.openers.bit
            | lex.approx.phrases.bit
            | lex[Codes::CurrencyBefore].phrases.bit
            | lex[Set::Articles].bit
            | lex[Ints::Units].phrases.bit
            | lex[Ints::Tens].phrases.bit
            | lex.fractions.phrases.bit
            | lex[Ints::Multipliers].phrases.bit
            | lex[Ints::Folds].phrases.bit
            | lex[Ints::MultiplierVerbs].phrases.bit
            | lex[Set::SignWords].bit;
        lex.firsts = std::mem::take(&mut b.firsts);
        lex
    }

    /// The compiled lexicon of `lang`, built on first use.
    pub fn of(lang: &Language) -> &'static Lexicon {
        &crate::lexicon::Lexicon::of(lang).numbers
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::LANGUAGES;

    #[test]
    fn both_languages_load_their_sections() {
        for lang in LANGUAGES.iter() {
            let lex = Lexicon::of(lang);
            assert!(lex[Ints::Units].phrases.map.len() >= 19, "{}", lang.code);
            assert!(!lex.scales.phrases.map.is_empty() && !lex.approx.phrases.map.is_empty() && !lex.openers.map.is_empty());
            assert!(!lex[Codes::CurrencyBefore].phrases.map.is_empty() && !lex[Codes::UnitsAfter].phrases.map.is_empty());
        }
        assert_eq!(Lexicon::of(&LANGUAGES[1]).decimal, ',');
        assert_eq!(Lexicon::of(&LANGUAGES[0]).decimal, '.');
    }

    #[test]
    fn word_hash_matches_hash_of_normalized() {
        for w in ["Şase", "ŢARA", "o’clock", "Înșelătorie", "MILIOANE", "ăâîșț", "Ärger", "İstanbul", "x’ş"] {
            use std::hash::Hasher;
            let n = normalize(w);
            let mut h = FxHasher::default();
            h.write(n.as_bytes());
            assert_eq!(word_hash(w), h.finish(), "{w}");
        }
    }

    #[test]
    fn normalize_folds_case_and_cedillas() {
        assert_eq!(normalize("Şase"), "șase");
        assert_eq!(normalize("o’clock"), "o'clock");
        assert!(matches!(normalize("mii"), Cow::Borrowed(_)));
    }
}

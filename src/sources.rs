//! Sources: finds attributions (who or what the text names as the origin of a statement, figure or picture) and types them.
//!
//! Patterns, all driven by the language's data: picture credits and source
//! labels at a line's start, dateline agencies, prefix cues (`according to`,
//! `potrivit`, `citat de`) followed by a name past any document nouns
//! (`according to a report published on Wednesday by the X`), document nouns
//! with their author (`a poll … by X`, `un comunicat al X`, `X’s report`),
//! the outlet a speaker spoke to (`told Reuters`, `pentru Digi24`), and every
//! named subject of a reporting cue (`X said`, `a declarat X`).

use crate::context::{Context, Subject};
use crate::model::{QuoteHit, SourceHit, SourceType};
use crate::hash::FxSet;
use crate::lang::{DataFile, Language};
use crate::names::{self, Chunk};
use std::ops::Range;

// Ranges of words are written `a..b + 1`, never `a..=b`: an inclusive
// range's iterator carries an extra flag through every loop and search
// (2.6 KB of wasm, 0.5 KB gzipped, in this module alone).

mod credits;

/// Word lists only this engine reads (`sources.txt`), compiled once per
/// language, with the language's lexicon (one lazy cell for both: less wasm).
#[derive(Debug)]
pub(crate) struct SourceWords {
    /// The lists looked words up in, by [`W`] (an array built in one loop:
    /// less wasm than a field and a call each).
    sets: [FxSet<String>; W::COUNT],
    /// Endings of plural nouns (`s`; `ii`, `ele`).
    plural_endings: Vec<String>,
    /// Endings of a people's adjective written with a capital (`Polish`,
    /// `Romanian`): with a body's noun after it, the whole is the name.
    demonym_endings: Vec<String>,
    /// Nouns for a state's governing body that a people's adjective names
    /// (`the Welsh government`, `the Polish administration`), beside the
    /// body nouns of `org_descriptors`.
    state_nouns: Vec<String>,
    /// People's adjectives no ending of `demonym_endings` shows (`Welsh`, `Swiss`).
    demonyms: Vec<String>,
    /// Clause openers, multiword ones too (`but`, `în timp ce`), for linking.
    clause_openers: Vec<String>,
    /// Endings of a definite article fused to a noun (`-ul`, `-ului`): a lone
    /// unknown name so ending is a club's, paper's or body's (`Petrolul`),
    /// never a person's.
    article_endings: Vec<String>,
    /// Links inside a body's name that word runs stop at (`de pe lângă`):
    /// a body's name, the link and another name are one body's name.
    body_links: Vec<String>,
}

/// The word sets of [`SourceWords`], in `SourceWords::KEYS` order.
#[derive(Clone, Copy)]
enum W {
    /// Lowercase nouns next to a name that make it an outlet (`publicația X`, `the X newspaper`).
    OutletDescriptors,
    /// Words opening a condition (`if`, `dacă`): a subject after one is not
    /// reporting anything (`dacă PSD insistă`).
    Conditionals,
    /// Words tying a document to the outlet that carried it (`a report in X`):
    /// only an outlet may follow.
    OutletByWords,
    /// Company suffixes written with a dot that belongs to the name (`Co.`, `Inc.`).
    NameSuffixes,
    /// Words pointing into a document (`art. 85 din`, `Article 5 of`): skipped
    /// with their number and link word on the way to the document's name.
    ReferenceMarks,
    /// Words linking a reference to its document (`din`, `of`).
    ReferenceLinks,
    /// Picture words between an agency and a photographer (`AP Photo/Name`).
    CreditWords,
    /// Words right before a document noun that make it a verb (`must report to`).
    VerbBefore,
    /// Reporting verbs that report only with a clause, a colon or a quote
    /// after them (`insists that …`, not `insists on a tax`; `added 22 judges`).
    ClauseOnlyCues,
    /// Words opening a reported clause (`that`, `că`).
    Complementizers,
    /// Last parts of web addresses (`ro`, `com`): a name ending in one is a site.
    DomainEndings,
    /// Relative pronouns opening an aside after a name (`which`, `care`).
    Relatives,
    /// Words ending a document's lowercase title (`publicat`, `published`).
    TitleStops,
    /// Words joining two names into a pair of speakers (`and`, `și`).
    Coordinators,
    /// Links tying words said to whoever said them (`îi aparține`): their
    /// name is someone speaking, never retyped as a body for being unknown.
    SpeakerLinks,
    /// Verbs whose postposed subject closing a sentence is, when no one's
    /// name, an outlet (`…, relatează Gazeta de Sud.`).
    OutletVerbs,
    /// Words of speaking that quote nothing themselves (`a vorbit`,
    /// `interview`): an outlet after them is still whom the words were given to.
    TalkWords,
    /// Verbs of finding and counting (`calculated`, `projects`, `a calculat`):
    /// a body or outlet named before one, with a clause or a figure after it,
    /// is where the finding comes from.
    FindingVerbs,
    /// Auxiliaries and adverbs between a subject and its verb (`has`, `also`, `a`, `au`).
    Auxiliaries,
    /// Openings of surnames with a second capital (`Mc`, `De`): other words
    /// with a capital inside are brands (`AdImpact`).
    SurnamePrefixes,
    /// Relatives only a thing takes (`which`): the name before one is a body.
    BodyRelatives,
    /// Words joining a photographer to the outlet they shot for (`Name for The Post`).
    CreditJoiners,
    /// Words tying a document only to a body (`filings with the SEC`), never to a person.
    BodyByWords,
    /// Common nouns for people (`mama`, `femeia`, `the widow`): capitalised
    /// only by their place, they are roles, never names.
    PeopleNouns,
    /// Offices of a body that act as bodies (`inspector general`, `watchdog`).
    OfficeBodies,
    /// Nouns of an office named by its holder's role (`the county auditor’s office`).
    OfficeNouns,
    /// Words comparing with a forecast (`above`, `beat`): a name and a
    /// finding verb after one are a noun phrase (`above Wall Street estimates`).
    ComparedBy,
    /// People who speak for or work at a body, written before a link and the
    /// body (`analysts at X`, `a spokesperson for X`, `cercetătorii de la X`):
    /// the body is the source.
    MemberNouns,
    /// Links between such people and their body (`at`, `from`, `de la`).
    MemberLinks,
    /// Staff written after their body's name (`X economists wrote`).
    StaffNouns,
    /// Prefix cues only an outlet follows (`first reported by`).
    OutletPrefixCues,
    /// Words tying a document to whoever commissioned it (`a poll for X`).
    CommissionLinks,
    /// Prepositions of time before `a X investigation`: the document is an
    /// event the story dates things by, not where a claim comes from
    /// (`uncovered during a Garda investigation`).
    EventPrepositions,
    /// Cue verbs whose name after them is their object, never a subject
    /// written after the verb (`the poll found Labour ahead`).
    ObjectVerbs,
    /// Body nouns that, capitalised before a one-word name, are no part of it
    /// (`Compania Termoplast`; not `Banca Transilvania`).
    LooseDescriptors,
    /// Verbs set off after the story that an outlet closing the sentence
    /// carried it (`…, citează Mediafax`, `…, transmite corespondentul Agerpres`).
    CarriedVerbs,
    /// An outlet's people between such a verb and the outlet (`corespondentul`).
    ReporterNouns,
    /// Head nouns of a publication's title (`Survey`, `Index`, `Anuarul`):
    /// a capitalised name they head is a document (`the Global Peace Index`).
    PublicationHeads,
    /// Speech verbs whose recipient may follow with no preposition (a
    /// dative: `a transmis Europei Libere`): an outlet right after one is
    /// whom the words were given to. Its own list: the speaker code reads
    /// [outlet_cues] too, and these verbs there would open an outlet anywhere.
    RecipientVerbs,
    /// Words opening a sentence framed by a rule (`Under`): the rule's
    /// document or owner after one is where the rule comes from.
    RuleOpeners,
    /// Prepositions of place (`in`, `în`): a lone capitalised word after one
    /// elsewhere in the text is a place's name, and a name holding it is a
    /// body's (`Denver Water`), not a person's.
    PlacePrepositions,
    /// Relatives only people take (`who`): a name set off before one is a person's.
    PersonRelatives,
    /// Outlet cues that only a recipient follows (`told`, `pentru`): close
    /// after a speech verb, a name there that shows no person is the outlet.
    RecipientCues,
    /// Labels opening a picture's caption (`Image caption`): a paper named
    /// after one, with a colon and its headline, is the front page shown.
    CaptionLabels,
    /// Verbs of what a paper's front page does (`leads`, `carries`): a
    /// listed paper before one is the source of the story told.
    PressVerbs,
}

impl W {
    /// How many sets there are.
    const COUNT: usize = W::PressVerbs as usize + 1;
}

impl std::ops::Index<W> for SourceWords {
    type Output = FxSet<String>;
    fn index(&self, w: W) -> &FxSet<String> {
        &self.sets[w as usize]
    }
}

impl SourceWords {
    /// The sections of the sets, in [`W`] order. (Keys computed at compile
    /// time: the section names do not ship.)
    const KEYS: [u16; W::COUNT] = {
        macro_rules! k {
            ($($name:literal),*) => {
                [$(crate::lang::key(DataFile::Sources, $name)),*]
            };
        }
        k!("outlet_descriptors", "conditionals", "outlet_by_words", "name_suffixes", "reference_marks", "reference_links", "credit_words", "verb_before", "clause_only_cues", "complementizers", "domain_endings", "relatives", "title_stops", "coordinators", "speaker_links", "outlet_verbs", "talk_words", "finding_verbs", "auxiliaries", "surname_prefixes", "body_relatives", "credit_joiners", "body_by_words", "people_nouns", "office_bodies", "office_nouns", "compared_by", "member_nouns", "member_links", "staff_nouns", "outlet_prefix_cues", "commission_links", "event_prepositions", "object_verbs", "loose_descriptors", "carried_verbs", "reporter_nouns", "publication_heads", "recipient_verbs", "rule_openers", "place_prepositions", "person_relatives", "recipient_cues", "caption_labels", "press_verbs")
    };

    /// The word lists of `lang` (built with its lexicon).
    fn of(lang: &Language) -> &'static SourceWords {
        &crate::lexicon::Lexicon::of(lang).source_words
    }

    /// Reads the lists of `l`.
    pub(crate) fn build(l: &Language) -> SourceWords {
        macro_rules! k {
            ($name:literal) => {
                const { crate::lang::key(DataFile::Sources, $name) }
            };
        }
        let list = |l: &Language, key: u16| -> Vec<String> { l.keyed(key).map(crate::case::lower).collect() };
        SourceWords {
            sets: std::array::from_fn(|i| l.keyed(SourceWords::KEYS[i]).map(crate::case::lower).collect()),
            plural_endings: list(l, k!("plural_endings")),
            demonym_endings: list(l, k!("demonym_endings")),
            state_nouns: list(l, k!("state_nouns")),
            demonyms: list(l, k!("demonyms")),
            clause_openers: list(l, k!("clause_openers")),
            article_endings: list(l, k!("article_endings")),
            body_links: list(l, k!("body_links")),
        }
    }
}

/// True when the lowercase `word` is an outlet's noun (`publicația`, `site-ul`).
pub(crate) fn outlet_noun(lex: &crate::lexicon::Lexicon, word: &str) -> bool {
    lex.source_words[W::OutletDescriptors].contains(word)
}

/// True when the lowercase `word` is a relative pronoun (`which`, `care`)
/// of the language: linking reads the same list (one cache for both).
pub(crate) fn is_relative(lang: &Language, word: &str) -> bool {
    SourceWords::of(lang)[W::Relatives].contains(word)
}

/// True when the lowercase `word` is a relative pronoun only a person takes (`who`).
pub(crate) fn is_person_relative(lang: &Language, word: &str) -> bool {
    SourceWords::of(lang)[W::PersonRelatives].contains(word)
}

/// The language's clause openers (`but`, `în timp ce`), lowercase, in data order.
pub(crate) fn clause_openers(lang: &Language) -> &'static [String] {
    &SourceWords::of(lang).clause_openers
}

/// Tests of a text against a few marks (`,`, `“`, `/`), each through one
/// routine: every array of characters would compile a search of its own.
trait Marks {
    /// True when the text holds one of `marks`.
    fn holds(&self, marks: &[char]) -> bool;
    /// True when the text opens with one of `marks`.
    fn opens(&self, marks: &[char]) -> bool;
    /// True when the text closes with one of `marks`.
    fn closes_with(&self, marks: &[char]) -> bool;
    /// Where the first of `marks` in the text starts.
    fn find_mark(&self, marks: &[char]) -> Option<usize>;
}

impl Marks for str {
    #[inline(never)]
    fn holds(&self, marks: &[char]) -> bool {
        self.contains(marks)
    }
    #[inline(never)]
    fn opens(&self, marks: &[char]) -> bool {
        self.starts_with(marks)
    }
    #[inline(never)]
    fn closes_with(&self, marks: &[char]) -> bool {
        self.ends_with(marks)
    }
    #[inline(never)]
    fn find_mark(&self, marks: &[char]) -> Option<usize> {
        self.find(marks)
    }
}

/// True when `lower` (or a part of it joined by a hyphen) is a first name the data knows.
fn is_first_name(lex: &crate::lexicon::Lexicon, lower: &str) -> bool {
    lower.split('-').any(|p| known_first(lex, p))
}

/// True when the name, or the fuller one the text knows it by, opens with a
/// first name (`Pop` after `Ana Pop`): a person's.
fn first_named(ctx: &Context<'_, '_>, c: Chunk) -> bool {
    is_first_name(ctx.lex, &crate::case::lower(ctx.full_name(c).split(' ').next().unwrap_or("")))
}

/// True when a word of `a..b` is a first name the data knows.
// Not inlined: one loop for every caller.
#[inline(never)]
fn any_first_name(ctx: &Context<'_, '_>, a: usize, b: usize) -> bool {
    (a..b).any(|k| is_first_name(ctx.lex, ctx.w.lower(k)))
}

/// True when `x` ends in one of `list`'s endings with `stem` bytes or more
/// before it (one loop for the plural, demonym and article endings).
#[inline(never)]
fn ends_in(list: &[String], x: &str, stem: usize) -> bool {
    list.iter().any(|e| x.ends_with(e.as_str()) && x.len() >= e.len() + stem)
}

/// True when the whole `lower` is a first name the data knows.
// Not inlined: called from many places, where a call is smaller.
#[inline(never)]
fn known_first(lex: &crate::lexicon::Lexicon, lower: &str) -> bool {
    lex.feminine.contains(lower) || lex.masculine.contains(lower)
}

/// True when the lowercase `word` is an article, definite or indefinite.
fn is_article(ctx: &Context<'_, '_>, word: &str) -> bool {
    ctx.lex.definite.contains(word) || ctx.lex.indefinite.contains(word)
}

/// True when the lowercase `word` is a noun saying what a name is: an
/// outlet's (`publicația`) or a body's (`institute`).
fn is_descriptor(ctx: &Context<'_, '_>, word: &str) -> bool {
    ctx.lex.source_words[W::OutletDescriptors].contains(word) || ctx.lex.org_descriptors.contains(word)
}

/// The name a place or body before it only describes: `the Sydney-based
/// X`, `the U.N. refugee agency X` (a hyphenated lowercase word, or up to
/// two lowercase words ending in a body's noun, then the name); else `c`.
fn described_name(ctx: &Context<'_, '_>, c: Chunk) -> Chunk {
    let w = &ctx.w;
    let mut k = c.last + 1;
    let hyphen = k < w.len() && raw_gap_is(ctx, k, "-");
    if !hyphen && !(k < w.len() && matches!(w.gap(k).trim(), "" | ".")) {
        return c;
    }
    let from = k;
    while k < w.len() && k < from + 2 && !cap_at(ctx, k) && !digit_at(ctx, k) && (k == from || plain(ctx, k)) {
        k += 1;
        if hyphen || descriptor_at(ctx, k - 1) {
            if let Some(d) = (k < w.len() && plain(ctx, k)).then(|| ctx.names.starting(k)).flatten() {
                return d;
            }
        }
    }
    c
}

/// True when only a comma stands before word `k` (`X, a think tank`).
fn comma_only(ctx: &Context<'_, '_>, k: usize) -> bool {
    gap_is(ctx, k, ",") && ctx.w.gap_only(k, &[','])
}

/// `told ABC Radio Melbourne`, `in The Lancet Healthy Longevity`, `BBC Radio
/// 5 Live`: a listed outlet followed in its sentence by capitalised words (a
/// short number after one) is the outlet's station, edition or journal; a
/// body's word, a date word, a role or a first name ends the run. A
/// capitalised article before it mid-sentence is the title's own.
fn outlet_extent(ctx: &Context<'_, '_>, mut c: Chunk) -> Chunk {
    let w = &ctx.w;
    let lex = ctx.lex;
    let Some((m, _)) = lex.outlets.at(w, c.first) else { return c };
    let mut k = c.first + m;
    let run = c.last;
    while k < w.len() && plain(ctx, k) && same_sent(ctx, k, c.first) {
        let lower = w.lower(k);
        // (`pentru ZF Horea-Sebastian Man`: a word hyphened on ends a
        // person's name run into the outlet's, not the outlet's.)
        if cap_at(ctx, k) && k + 1 < w.len() && raw_gap_is(ctx, k + 1, "-") {
            c.last = run;
            break;
        }
        if cap_at(ctx, k) && !lex.time_words.contains(lower) && !has_text(ctx, &lex.org_words, k) && !is_first_name(lex, lower) && !lex.is_role(lower) {
            c.last = c.last.max(k);
        } else if !(digit_at(ctx, k) && cap_at(ctx, k - 1) && w.text(k).len() <= 2) {
            break;
        }
        k += 1;
    }
    // `told RTÉ’s Morning Ireland`: a broadcaster's programme named in
    // several words is one outlet with it. A one-word title (`the BBC’s
    // Today programme`, `RTÉ’s Arena`) may be a common word and leaves the
    // broadcaster alone as the outlet; a first name or a role after the
    // possessive is a presenter (`Sky News’ Sophy Ridge`), not a programme.
    let title = if possessive_s(ctx, c.last + 1) { c.last + 2 } else if matches!(w.gap_after(c.last), "’ " | "' ") && w.lower(c.last).ends_with('s') { c.last + 1 } else { usize::MAX };
    let programme = |k: usize| k < w.len() && plain(ctx, k) && cap_at(ctx, k) && !digit_at(ctx, k) && !has_text(ctx, &lex.org_words, k) && !first_at(ctx, k) && !role_at(ctx, k);
    // (`RTÉ’s News at One`: a preposition inside the title.)
    if programme(title) && programme(title + 1) {
        c.last = title + 1;
    } else if programme(title) && low(ctx, title + 1, &lex.prepositions) && programme(title + 2) {
        c.last = title + 2;
    }
    let a = c.first.wrapping_sub(1);
    if c.first > 1 && plain(ctx, c.first) && cap_at(ctx, a) && has(ctx, &lex.definite, a) && a != sent_start(ctx, a) {
        c.first = a;
    }
    c
}

/// A capitalised run before a cue that names no speaker: a lone word opening
/// its sentence right before an article or a people's noun (`Outside the
/// hall, …`, `My father used to say`), or a place after a preposition of
/// place inside the subject (`pickers in the Breede Valley say`).
fn not_a_name(ctx: &Context<'_, '_>, cue: &crate::context::Cue, c: Chunk) -> bool {
    let p = if c.first > 1 && article_at(ctx, c.first - 1) { c.first - 2 } else { c.first.wrapping_sub(1) };
    let placed = c.last < cue.first && p < c.first && plain(ctx, c.first) && !cap_at(ctx, p) && in_list(ctx, W::PlacePrepositions, p) && p > sent_start(ctx, c.first);
    loose_opener(ctx, c) || placed
}

/// `a declarat pentru Libertatea Ion Pop`: a listed outlet run into a name
/// opening with a first name: the words were given to the outlet by the
/// person. The outlet's length in words.
fn outlet_before_name(ctx: &Context<'_, '_>, c: Chunk) -> Option<usize> {
    let w = &ctx.w;
    let (m, _) = ctx.lex.outlets.at(w, c.first)?;
    let k = c.first + m;
    // (Or a name of two words set off before a role: `Libertatea Dan Vasu, proprietarul …`.)
    // (A surname's hyphened part may lie past the run: `Ashcroft-Byrne`.)
    let mut e = c.last + 1;
    while e < w.len() && raw_gap_is(ctx, e, "-") {
        e += 1;
    }
    let role_after = k + 1 == c.last && e + 1 < w.len() && comma_only(ctx, e) && role_at(ctx, e);
    (k < c.last && plain(ctx, k) && (first_at(ctx, k) || role_after)).then_some(m)
}

/// `Outside the hall`, `My father`: a lone word opening its sentence right
/// before an article or a people's noun modifies them; it is no name.
fn loose_opener(ctx: &Context<'_, '_>, c: Chunk) -> bool {
    let w = &ctx.w;
    let k = c.last + 1;
    // (Romanian `a` is an article and the auxiliary after a subject: `Larvex a anunțat`.)
    c.first == c.last && c.first == sent_start(ctx, c.first) && k < w.len() && plain(ctx, k) && !cap_at(ctx, k) && ((article_at(ctx, k) && !in_list(ctx, W::Auxiliaries, k)) || in_list(ctx, W::PeopleNouns, k))
}

/// `Sursa foto: Captură video X`: where a second credit label opening a
/// credit's text ends (past its colon): the name follows it.
fn inner_credit_end(ctx: &Context<'_, '_>, s: usize, para: usize) -> Option<usize> {
    let w = &ctx.w;
    let k = w.at(s);
    if k >= w.len() || w.para(k) != para {
        return None;
    }
    let (m, _) = ctx.lex.credit_cues.at(w, k)?;
    let e = end_of(ctx, k + m - 1);
    Some(if w.gap_after(k + m - 1).trim_start().starts_with(':') { e + w.gap_after(k + m - 1).find(':')? + 1 } else { e })
}

/// True when word `k` is the `s` of a possessive (`X’s`, `X's`).
fn possessive_s(ctx: &Context<'_, '_>, k: usize) -> bool {
    k < ctx.w.len() && matches!(ctx.w.gap(k), "’" | "'") && ctx.w.lower(k) == "s"
}

/// `Ann Byrne TD`, `Tom Dunn MP`: a title's letters closing a name of two
/// words or more are the holder's post-nominals, no part of the name.
fn post_nominal(ctx: &Context<'_, '_>, c: Chunk) -> Chunk {
    let w = &ctx.w;
    if c.last > c.first + 1 && plain(ctx, c.last) && is_acronym(w.text(c.last)) && has(ctx, &ctx.lex.titles, c.last) {
        return Chunk { first: c.first, last: c.last - 1 };
    }
    c
}

/// `Ana-Maria Ghiță-Popa`: two parts, hyphens joining each part's words, the
/// first holding a first name the data knows: a person's name, whatever body
/// word its surname spells.
fn hyphened_pair(ctx: &Context<'_, '_>, c: Chunk) -> bool {
    let w = &ctx.w;
    // (The parts' starts counted in a loop: no filtered iterator's code.)
    let (mut second, mut parts) = (0, 1);
    for k in c.first + 1..c.last + 1 {
        if !raw_gap_is(ctx, k, "-") {
            parts += 1;
            if parts == 2 {
                second = k;
            }
        }
    }
    parts == 2 && c.last > c.first + 1 && plain(ctx, second) && (c.first..second).any(|k| known_first(ctx.lex, w.lower(k)))
}

/// True when a word is written all in capitals (two letters or more): an acronym.
// Not inlined: called from many places, where a call is smaller.
#[inline(never)]
fn is_acronym(t: &str) -> bool {
    t.chars().count() >= 2 && t.chars().all(crate::case::is_upper)
}

/// The type of a name, refined by the lowercase noun written next to it:
/// `publicația Opinia X` and `the X newspaper` are outlets, `the Ifo
/// institute` is a body. Only a name that looks like a person is retyped.
fn refine(ctx: &Context<'_, '_>, c: Chunk, t: SourceType) -> SourceType {
    let w = &ctx.w;
    let words = &ctx.lex.source_words;
    let lex = ctx.lex;
    if matches!(t, SourceType::Outlet | SourceType::Organization) {
        // `Emma Star`, `Mark Post`: a first name and a surname that happens
        // to be an outlet or body word is a person, unless listed whole or
        // introduced by a noun (`ziarul Ana Post`).
        let first = w.lower(c.first);
        let listed = [&lex.outlets, &lex.organizations, &lex.photo_agencies].iter().any(|p| p.exact(w, c.first, c.last));
        let described = c.first > 0 && plain(ctx, c.first) && !cap_at(ctx, c.first - 1) && descriptor_at(ctx, c.first - 1);
        // (`reprezentanții DSP Cluj`: a body's acronym and its place; not
        // two initials, `KV Chandrashekar`.)
        let acronym = w.text(c.last).chars().all(|ch| !crate::case::is_lower(ch)) || is_acronym(w.text(c.first)) && w.text(c.first).len() > 2;
        // (`spokesperson Sorcha Ní Bhriain`: a role right before a name with
        // no body's word in it names its holder.)
        let role = plain(ctx, c.first) && lower_role(ctx, c.first - 1) && !(c.first..c.last + 1).any(|k| has_text(ctx, &lex.org_words, k) || has_text(ctx, &lex.outlet_words, k));
        if ((c.last == c.first + 1 && known_first(lex, first) && plain(ctx, c.last)) || hyphened_pair(ctx, c) || role) && !listed && !described && !acronym {
            return SourceType::Person;
        }
        return t;
    }
    if t != SourceType::Person {
        return t;
    }
    // `the Auditor General's report`, `the Auditor-General said`: an office
    // acting as a body, its title with no one's name after it.
    let office = &words[W::OfficeBodies];
    if office.contains(w.lower(c.last)) || c.last > c.first && office.contains(join(w.lower(c.last - 1), " ", w.lower(c.last)).as_str()) {
        return SourceType::Organization;
    }
    // (`șefa Procuraturii Anticorupție`: a run opening with a genitive
    // right after a role is the role's body.)
    if body_shaped(ctx, c) || (plain(ctx, c.first) && lower_role(ctx, c.first - 1) && ctx.genitive_run(c)) {
        return SourceType::Organization;
    }
    // `a transmis Petrolul`: a lone name with an article fused to it.
    let lower = w.lower(c.first);
    if c.first == c.last && !ctx.full_name(c).contains(' ') && !is_first_name(lex, lower) && ends_in(&words.article_endings, lower, 4) {
        return SourceType::Organization;
    }
    // `pentru ziarul X`; `The manufacturer, Calloway Foods, said`: the
    // noun right before the name, or set off before it after an article.
    let d = c.first.wrapping_sub(1);
    let set_off = c.first > 1 && comma_only(ctx, c.first) && article_at(ctx, d - 1) && plain(ctx, d) && c.last + 1 < w.len() && w.gap_after(c.last).trim() == "," && !first_at(ctx, c.first);
    if c.first > 0 && (plain(ctx, c.first) || set_off) && !cap_at(ctx, d) {
        if in_list(ctx, W::OutletDescriptors, d) {
            return SourceType::Outlet;
        }
        // (`the campaign group X`: right before a name that opens with no
        // first name, a body's noun makes it a body.)
        if (set_off || (plain(ctx, c.first) && !first_at(ctx, c.first) && !ctx.known_person(c))) && has(ctx, &lex.org_descriptors, d) {
            return SourceType::Organization;
        }
    }
    // `Hotnews.ro`, `Ziare.com`: a web address names a site.
    if c.last > c.first && raw_gap_is(ctx, c.last, ".") && in_list(ctx, W::DomainEndings, c.last) {
        return SourceType::Outlet;
    }
    let k = c.last + 1;
    if k < w.len() && plain(ctx, k) && !cap_at(ctx, k) && !ctx.known_person(c) {
        if in_list(ctx, W::OutletDescriptors, k) {
            return SourceType::Outlet;
        }
        if has(ctx, &lex.org_descriptors, k) {
            return SourceType::Organization;
        }
    }
    t
}

/// True when an unknown name reads as a body's, not a person's, with no
/// first name in it: one word with a capital inside that opens no surname
/// (`AdImpact`, `PolitiFact`; not `McCarthy`), or a name set off before a
/// relative only things take (`X, which tracks ad spending`).
pub(crate) fn body_shaped(ctx: &Context<'_, '_>, c: Chunk) -> bool {
    let w = &ctx.w;
    let words = &ctx.lex.source_words;
    if any_first_name(ctx, c.first, c.last + 1) || (c.first > 0 && lower_role(ctx, c.first - 1)) {
        return false;
    }
    if c.first == c.last {
        let text = w.text(c.first);
        // (Plain loops over the characters: no skipping, filtering iterator
        // compiled for this one test.)
        let mut inner = None;
        for (at, ch) in text.char_indices() {
            if at > 0 && crate::case::is_upper(ch) {
                inner = Some(at);
                break;
            }
        }
        if let Some(at) = inner {
            let head = &text[..at];
            let mut rest = head.chars();
            rest.next();
            let lowered = rest.any(crate::case::is_lower);
            if lowered && !head.closes_with(&['\'', '’', '-']) && !words[W::SurnamePrefixes].contains(crate::case::lower(head).as_str()) {
                return true;
            }
        }
    }
    let k = c.last + 1;
    k < w.len() && comma_only(ctx, k) && in_list(ctx, W::BodyRelatives, k) && same_sent(ctx, k, c.last)
}

/// The possessed name in `Britain’s Office for National Statistics`,
/// `Germany’s Ifo institute`: the body after a place's possessive, when it
/// is a name of its own (several words, or a word with its noun after it).
/// `Fishermen’s Association` stays whole.
fn possessed(ctx: &Context<'_, '_>, c: Chunk) -> Chunk {
    let w = &ctx.w;
    let lex = ctx.lex;
    for k in c.first + 1..c.last {
        if possessive_s(ctx, k) && cap_at(ctx, k + 1) {
            // `Moody’s Investors Service`: a listed name with its possessive is the firm's own.
            if [&lex.organizations, &lex.outlets].iter().any(|p| p.at(w, c.first).is_some_and(|(m, _)| c.first + m > k)) {
                break;
            }
            let rest = Chunk { first: k + 1, last: c.last };
            let after = c.last + 1;
            let described = low(ctx, after, &ctx.lex.org_descriptors);
            // `X’s Global Peace Index`: a publication's title names its author's work.
            if publication(ctx, rest) || has_text(ctx, &lex.document_words, rest.last) {
                return Chunk { first: c.first, last: k - 1 };
            }
            // `the King’s Fund think tank`: a lone body word is no name of its own.
            let generic = rest.first == rest.last && has_text(ctx, &lex.org_words, rest.first);
            // (`Alzheimer’s Research UK`: two words after the possessive are
            // the name's own; `Britain’s Office for National Statistics` is
            // a name of its own.)
            if rest.last > rest.first + 1 || (described && !generic) {
                return rest;
            }
            break;
        }
    }
    c
}

/// [`Context::named`], refined by the nouns around the name.
fn typed(ctx: &Context<'_, '_>, c: Chunk) -> (Chunk, SourceType) {
    let w = &ctx.w;
    let c = possessed(ctx, post_nominal(ctx, c));
    // `Statistics Canada said`: a body's word that is also a document noun,
    // split off where it opens a sentence, is the name's own.
    let c = if c.first > 0 && c.first - 1 == sent_start(ctx, c.first) && plain(ctx, c.first) && has_text(ctx, &ctx.lex.org_words, c.first - 1) { Chunk { first: c.first - 1, last: c.last } } else { c };
    let (c2, t) = ctx.named(c);
    // `DNA Pitești`: a listed body's acronym before a lone place is the
    // body's local office, not a title: the name is the whole of it.
    if c2.first == c.first + 1 && c2.first == c2.last && is_acronym(w.text(c.first)) && ctx.lex.organizations.exact(w, c.first, c.first) && !first_named(ctx, c2) && !(c.first > 0 && role_at(ctx, c.first - 1)) {
        return (c, SourceType::Organization);
    }
    let t = refine(ctx, c2, t);
    if let Some(body) = demonym_body(ctx, c2) {
        return (body, SourceType::Organization);
    }
    let t = appositive_type(ctx, c).or(appositive_type(ctx, c2)).unwrap_or(t);
    // `the Resolution Foundation`: a document's word opening a body's name.
    let t = if t == SourceType::Document && (c2.first..c2.last + 1).any(|k| ctx.lex.org_words.contains_text(&ctx.w, k)) && !ctx.lex.document_words.contains_text(&ctx.w, c2.last) { SourceType::Organization } else { t };
    let t = if matches!(t, SourceType::Person | SourceType::Organization) && publication(ctx, c2) { SourceType::Document } else { t };
    // `the Employment Situation report showed`: a name of several words
    // with no first name, between an article and a report's noun, is the
    // report's title (`the Kpler data`, one word, is its author's).
    let k = c2.last + 1;
    let t = if t == SourceType::Person
        && c2.last > c2.first
        && c2.first > 0
        && has(ctx, &ctx.lex.definite, c2.first - 1)
        && k < w.len()
        && plain(ctx, k)
        && !cap_at(ctx, k)
        && has(ctx, &ctx.lex.report_nouns, k)
        && !any_first_name(ctx, c2.first, c2.last + 1)
        && !ctx.known_person(c2)
    {
        SourceType::Document
    } else {
        t
    };
    // `pollster Ana Pop`: a role word that is also a firm's noun, before a
    // first name and a surname, is the person's role.
    let first = w.lower(c2.first);
    if t == SourceType::Organization && c2.last > c2.first && c2.first > 0 && lower_role(ctx, c2.first - 1) && is_first_name(ctx.lex, first) && !(c2.first..c2.last + 1).any(|k| has_text(ctx, &ctx.lex.org_words, k)) {
        return (c2, SourceType::Person);
    }
    // `Compania Larvex`, `Firma Drumtex`: a capitalised firm's noun opening a
    // two-word name is no part of it (`Banca Transilvania` keeps its noun).
    if c2.last == c2.first + 1 && matches!(t, SourceType::Organization | SourceType::Person) && ctx.lex.source_words[W::LooseDescriptors].contains(first) {
        return (Chunk { first: c2.last, last: c2.last }, SourceType::Organization);
    }
    (c2, t)
}

/// `X’s annual Football Money League, published in January, ranked …`,
/// `X’s Global Peace Index`: after a possessive (word `k` on), up to three
/// lowercase words and a capitalised title that is a publication's, or
/// that finds or says something itself (its verb right after it or after
/// an aside set off by commas): the possessor wrote it.
/// (`cued`: a prefix cue already attributes it, `according to X’s Money
/// League`; any such title will do.)
fn titled_work(ctx: &Context<'_, '_>, k: usize, cued: bool) -> bool {
    let w = &ctx.w;
    let sent = w.sent(k.min(w.len() - 1));
    let Some(q) = (k..(k + 4).min(w.len())).find(|&q| cap_at(ctx, q) || !plain(ctx, q) || w.sent(q) != sent) else { return false };
    let Some(t) = ctx.names.starting(q).filter(|_| plain(ctx, q) && cap_at(ctx, q) && w.sent(q) == sent) else { return false };
    let someone = first_at(ctx, t.first) || listed_at(ctx, t.first);
    if publication(ctx, t) || has_text(ctx, &ctx.lex.document_words, t.last) || (cued && !someone && !role_at(ctx, t.first)) {
        return true;
    }
    // (`the UN’s humanitarian agency OCHA estimated`, `Saint Mary’s coach
    // Ana Pop said`: a body's noun or a role before the title names who it is.)
    let described = (k..q).any(|j| descriptor_at(ctx, j) || role_at(ctx, j));
    // Its verb: right after it, or after a comma closing an aside that
    // opens with one (the one word where comma and place agree).
    let v = (t.last + 1..(t.last + 13).min(w.len())).take_while(|&v| w.sent(v) == sent).find(|&v| (v == t.last + 1) != (gap_is(ctx, v, ",")));
    q > k && !described && !someone && v.is_some_and(|v| ctx.cue_starting(v).is_some() || in_list(ctx, W::ObjectVerbs, v))
}

/// True when a capitalised name is a publication's title: its head (the
/// first word, or the last before a lowercase connector, else the last) is
/// a publication noun (`the Crime Survey for England and Wales`, `the
/// Global Peace Index`, `Anuarul Statistic`), with no body's word after it
/// (`the Census Bureau`; one before it only modifies it: `the Labour Force
/// Survey`) and no listed body opening any part of it (`the U.S. Geological
/// Survey`).
fn publication(ctx: &Context<'_, '_>, c: Chunk) -> bool {
    let lex = ctx.lex;
    let heads = &ctx.lex.source_words[W::PublicationHeads];
    let last = (c.first + 1..c.last + 1).find(|&k| !cap_at(ctx, k)).map_or(c.last, |k| k - 1);
    let Some(head) = [c.first, last].into_iter().find(|&k| cap_at(ctx, k) && has(ctx, &heads, k)) else { return false };
    !(c.first..c.last + 1).any(|k| (k > head && has_text(ctx, &lex.org_words, k)) || listed_at(ctx, k))
}

/// True when a listed body's or outlet's name opens at word `k`.
fn listed_at(ctx: &Context<'_, '_>, k: usize) -> bool {
    ctx.lex.organizations.starts_at(&ctx.w, k) || ctx.lex.outlets.starts_at(&ctx.w, k)
}

/// A first name and a surname closing a capitalised title with its
/// portfolio right before the cue (`Minister for Finance Ann Byrne said`,
/// `Secretary of State for Health Ann Byrne said`): the name run holds the
/// portfolio's last words, the title is before it past connectors.
fn titled_name_before(ctx: &Context<'_, '_>, cue: &crate::context::Cue) -> Option<Chunk> {
    let w = &ctx.w;
    let lex = ctx.lex;
    let c = ctx.names.ending(cue.first.checked_sub(1)?).filter(|c| c.last >= c.first + 2)?;
    // (A first name the data does not know: the run's last two words, and
    // any surname's particle between them: `Cathal Mac Giolla Rua`.)
    let particles = &ctx.lex.source_words[W::SurnamePrefixes];
    let k = (c.first + 2..c.last).find(|&p| has(ctx, &particles, p)).map_or(c.last - 1, |p| p - 1);
    let k = (c.first + 1..c.last).find(|&k| first_at(ctx, k)).or((k > c.first).then_some(k))?;
    let sent = w.sent(c.first);
    // (Back word by word while the run goes on: a loop, not a reversed
    // iterator's search.)
    let mut title = false;
    for q in (c.first.saturating_sub(5)..c.first).rev() {
        if !(w.sent(q) == sent && plain(ctx, q + 1) && (cap_at(ctx, q) || has(ctx, &lex.connectors, q))) {
            break;
        }
        if cap_at(ctx, q) && has(ctx, &lex.titles, q) {
            title = true;
            break;
        }
    }
    let person = Chunk { first: k, last: c.last };
    (title && plain(ctx, cue.first) && (k..c.last + 1).all(|q| plain(ctx, q)) && ctx.usable(person)).then_some(person)
}

/// The name after a body's noun (`the consultancy Capital Economics`,
/// `campaign group X`) that the reporting cue at once follows, when the
/// subject found is that noun (word `r`).
fn described_role_name(ctx: &Context<'_, '_>, cue: &crate::context::Cue, r: usize) -> Option<Chunk> {
    let c = ctx.names.ending(cue.first.checked_sub(1)?)?;
    let start = sent_start(ctx, cue.first);
    let nouns = r < c.first && c.first <= r + 3 && (r..c.first).all(|q| (q == r || plain(ctx, q)) && (!cap_at(ctx, q) || q == start) && !digit_at(ctx, q));
    let described = nouns && (r..c.first).any(|q| descriptor_at(ctx, q));
    (described && plain(ctx, cue.first) && plain(ctx, c.first) && ctx.usable(c) && !ctx.known_person(c) && !first_at(ctx, c.first)).then_some(c)
}

/// `…, relatează Gazeta Nordului.`: a name of several words after an
/// outlet's verb, closing the sentence, with no first name, is the outlet
/// that carried the story.
fn reported_by_outlet(ctx: &Context<'_, '_>, cue: &crate::context::Cue, c: Chunk) -> bool {
    let w = &ctx.w;
    let last = cue.first + cue.len - 1;
    if c.first <= last || !in_list(ctx, W::OutletVerbs, last) {
        return false;
    }
    let closes = ends_sentence(ctx, c.last);
    let first = w.lower(c.first);
    let first_name = known_first(ctx.lex, first);
    // One word may be a surname (`relatează Popescu.`); a longer name known
    // with a first name is someone's.
    let longer = ctx.full_name(c) != names::text(w, c);
    closes && c.last > c.first && !first_name && !longer && !role_at(ctx, c.first)
}

/// The name opening the cue's sentence when an apposition follows it
/// (`Dr. Ana Pop, a nurse in …, said`): a comma, then an article or a role.
fn described_opening(ctx: &Context<'_, '_>, cue: &crate::context::Cue) -> Option<Chunk> {
    let lex = ctx.lex;
    let start = sent_start(ctx, cue.first);
    if cue.first > start + 30 {
        return None;
    }
    let c = (start..(start + 3).min(cue.first)).find_map(|k| ctx.names.starting(k).filter(|c| c.last < cue.first))?;
    let k = c.last + 1;
    let apposition = gap_is(ctx, k, ",") && (has(ctx, &lex.indefinite, k) || role_at(ctx, k));
    (apposition && ctx.usable(c)).then_some(c)
}

/// True when a name is a place: right after a lowercase preposition (`la
/// Viena`), or after a comma following such a place (`in Little Rock,
/// Arkansas`).
fn placed_name(ctx: &Context<'_, '_>, c: Chunk) -> bool {
    let w = &ctx.w;
    // `de`, `by`, `from` tie words to their author: not a place's preposition.
    let after_preposition = |c: Chunk| {
        let mut p = c.first.saturating_sub(1);
        // `in north-western Kansas`: past a lowercase compound of directions.
        if p > 2 && raw_gap_is(ctx, p, "-") && !cap_at(ctx, p) && !cap_at(ctx, p - 1) && plain(ctx, p - 1) {
            p -= 2;
        }
        // (`cei de la ISU`: those at a body, not a place.)
        let mut m = p;
        while m > 0 && m + 3 > p && !cap_at(ctx, m) && in_list(ctx, W::MemberLinks, m) {
            m -= 1;
        }
        let member = m < p && !cap_at(ctx, m) && in_list(ctx, W::MemberNouns, m) && names::classify(w, ctx.lex, c) != SourceType::Person;
        c.first > 1 && plain(ctx, c.first) && has(ctx, &ctx.lex.prepositions, p) && !cap_at(ctx, p) && !ctx.lex.by_words.starts_at(w, p) && !member
    };
    if after_preposition(c) {
        return true;
    }
    // Only a lone word after the place's comma (`Arkansas`); a full name there
    // is the person (`primarul din Vama Veche, Ion Pop`).
    c.first == c.last && c.first > 1 && comma_only(ctx, c.first) && ctx.names.ending(c.first - 1).is_some_and(|d| d.first < c.first && after_preposition(d))
}

/// `ministrul Apărării Naționale, Ion Pop`: a body after a lowercase role
/// word, with a person's full name set off after it, belongs to the role;
/// the person is the holder (returned). So is a name in a genitive after a
/// lowercase noun (`un vecin al doamnei Pop, Ion Ene`): the relation is the
/// holder's.
fn role_complement(ctx: &Context<'_, '_>, c: Chunk) -> Option<Chunk> {
    let w = &ctx.w;
    let lex = ctx.lex;
    let linked = |k: usize| !cap_at(ctx, k) && (role_at(ctx, k) || lex.by_words.starts_at(w, k));
    if c.first == 0 || !plain(ctx, c.first) || !(linked(c.first - 1) || (c.first > 1 && !cap_at(ctx, c.first - 1) && linked(c.first - 2))) {
        return None;
    }
    let k = c.last + 1;
    if k >= w.len() || w.gap(k).trim() != "," || !w.gap_only(k, &[',']) || !same_sent(ctx, k, c.first) {
        return None;
    }
    let d = ctx.names.starting(k)?;
    let person = |x: Chunk| names::classify(w, lex, x) == SourceType::Person;
    // `ministrul Ion Pop, Dan Ene` lists two people: the first is no body.
    let first = w.lower(c.first);
    let first_name = known_first(lex, first);
    (d.last > d.first && person(d) && !first_name).then_some(d)
}

/// A role subject that is the noun of a people's body (`the Polish
/// foreign ministry said`): that body, named.
fn demonym_subject(ctx: &Context<'_, '_>, s: Subject) -> Subject {
    let Subject::Role(r) = s else { return s };
    for k in r.saturating_sub(3)..r {
        if let Some(c) = ctx.names.starting(k).filter(|c| c.first == c.last) {
            if demonym_body(ctx, c).is_some_and(|b| b.last == r) {
                return Subject::Named(c);
            }
        }
    }
    s
}

/// True when a lone word reads as a people's adjective (`Polish`,
/// `Romanian`): its ending, and no body, outlet or person known by it.
fn demonym(ctx: &Context<'_, '_>, c: Chunk) -> bool {
    let w = &ctx.w;
    let lex = ctx.lex;
    let words = &ctx.lex.source_words;
    let lower = w.lower(c.first);
    c.first == c.last
        && (ends_in(&words.demonym_endings, lower, 3) || words.demonyms.iter().any(|d| d == lower))
        && ![&lex.outlets, &lex.organizations].iter().any(|p| p.exact(w, c.first, c.last))
        && !ctx.known_person(c)
}

/// `the Polish foreign ministry`, `the Romanian economy ministry`: a
/// people's adjective, up to two lowercase modifiers and a body's noun name
/// a body with no proper name of its own; the span runs to the noun.
/// (`the Ifo institute` keeps its name: `Ifo` is no people's adjective.)
pub(crate) fn demonym_body(ctx: &Context<'_, '_>, c: Chunk) -> Option<Chunk> {
    let w = &ctx.w;
    let lex = ctx.lex;
    if !demonym(ctx, c) {
        return None;
    }
    let sent = w.sent(c.first);
    for q in c.first + 1..(c.first + 4).min(w.len()) {
        if !plain(ctx, q) || cap_at(ctx, q) || w.sent(q) != sent || digit_at(ctx, q) {
            return None;
        }
        if has(ctx, &lex.org_descriptors, q) || ctx.lex.source_words.state_nouns.iter().any(|n| n == w.lower(q)) {
            return Some(Chunk { first: c.first, last: q });
        }
    }
    None
}

/// The type an apposition gives a name (`Mediatrack, a media-buying firm,`,
/// `X, a think tank`, `Y, o publicație locală`): an indefinite article and
/// within three lowercase words a body's or an outlet's noun. The writer's
/// own description beats any guess from the name's words.
fn appositive_type(ctx: &Context<'_, '_>, c: Chunk) -> Option<SourceType> {
    let w = &ctx.w;
    let lex = ctx.lex;
    let words = &ctx.lex.source_words;
    let k = c.last + 1;
    let sent = w.sent(c.last);
    if k + 1 >= w.len() || w.gap(k).trim() != "," || !w.gap_only(k, &[',']) || w.sent(k) != sent {
        return None;
    }
    // `Gaines, a former crane operator`: someone known by name is a person.
    // `Unifor, Canada’s largest union,`: a place's possessive stands for the
    // article (and no one's job is written so).
    let k = if has(ctx, &lex.indefinite, k) && !ctx.known_person(c) {
        k
    } else if cap_at(ctx, k) && possessive_s(ctx, k + 1) && !any_first_name(ctx, c.first, c.last + 1) {
        k + 1
    } else {
        return None;
    };
    // `an ad-tracking firm`: hyphenated modifiers count word by word.
    for q in k + 1..(k + 5).min(w.len()) {
        if !(plain(ctx, q) || (q > k + 1 && raw_gap_is(ctx, q, "-"))) || cap_at(ctx, q) || w.sent(q) != sent {
            return None;
        }
        let lower = w.lower(q);
        if words[W::OutletDescriptors].contains(lower) {
            return Some(SourceType::Outlet);
        }
        if lex.org_descriptors.contains(lower) {
            return Some(SourceType::Organization);
        }
        // `a pollster’s` … a person's role ends the look (`a lawyer at the firm`).
        if lex.is_role(lower) {
            return None;
        }
    }
    None
}

/// An attribution found by pattern, before merging with quote speakers.
#[derive(Clone, Debug)]
pub struct Found {
    /// The name's bytes.
    pub span: Range<usize>,
    /// The name as a word run, when it is one (credits may be free text).
    pub chunk: Option<Chunk>,
    /// Its type.
    pub source_type: SourceType,
    /// The cue.
    pub cue: Option<String>,
}

/// A pattern's attribution of the name `c`.
// Not inlined: called from many places, where a call is smaller.
#[inline(never)]
fn found(ctx: &Context<'_, '_>, c: Chunk, source_type: SourceType, cue: Option<String>) -> Found {
    Found { span: chunk_span(ctx, c), chunk: Some(c), source_type, cue }
}

/// [`found`] with the cue's text.
#[inline(never)]
fn found_at(ctx: &Context<'_, '_>, c: Chunk, source_type: SourceType, cue: &str) -> Found {
    found(ctx, c, source_type, Some(cue.to_string()))
}

/// The listed outlet whose name opens at word `k`, as a word run.
#[inline(never)]
fn listed_outlet(ctx: &Context<'_, '_>, k: usize) -> Option<Chunk> {
    ctx.lex.outlets.at(&ctx.w, k).map(|(m, _)| Chunk { first: k, last: k + m - 1 })
}

/// True when word `k` is lowercase, in `set` and after a plain space.
#[inline(never)]
fn low(ctx: &Context<'_, '_>, k: usize, set: &FxSet<String>) -> bool {
    let w = &ctx.w;
    k < w.len() && plain(ctx, k) && !cap_at(ctx, k) && has(ctx, &set, k)
}

/// True when word `k` is a lowercase role word (`spokesman`).
#[inline(never)]
fn lower_role(ctx: &Context<'_, '_>, k: usize) -> bool {
    !ctx.w.cap(k) && ctx.lex.is_role(ctx.w.lower(k))
}

/// True when word `k`, lowercased, is in `set` (one call for every lookup
/// of a word in a list: less wasm than the slicing inlined at each).
#[inline(never)]
fn has(ctx: &Context<'_, '_>, set: &FxSet<String>, k: usize) -> bool {
    set.contains(ctx.w.lower(k))
}

/// True when word `k`, lowercased, is in the list `set` of [`SourceWords`]
/// (one call passing the list's number: less wasm than its address at each).
#[inline(never)]
fn in_list(ctx: &Context<'_, '_>, set: W, k: usize) -> bool {
    has(ctx, &ctx.lex.source_words[set], k)
}

/// [`low`] with the list `set` of [`SourceWords`].
#[inline(never)]
fn low_in(ctx: &Context<'_, '_>, k: usize, set: W) -> bool {
    low(ctx, k, &ctx.lex.source_words[set])
}

/// True when the gap before word `k`, spaces trimmed, is `mark` (one call
/// for every such test: less wasm than the trim and compare at each).
#[inline(never)]
fn gap_is(ctx: &Context<'_, '_>, k: usize, mark: &str) -> bool {
    ctx.w.gap(k).trim() == mark
}

/// True when the gap before word `k` is exactly `mark`.
#[inline(never)]
fn raw_gap_is(ctx: &Context<'_, '_>, k: usize, mark: &str) -> bool {
    ctx.w.gap(k) == mark
}

/// True when word `k`, as written, is in `set`.
#[inline(never)]
fn has_text(ctx: &Context<'_, '_>, set: &FxSet<String>, k: usize) -> bool {
    set.contains_text(&ctx.w, k)
}

/// True when word `k` is a role word (`spokesman`), by its lowercase form.
#[inline(never)]
fn role_at(ctx: &Context<'_, '_>, k: usize) -> bool {
    ctx.lex.is_role(ctx.w.lower(k))
}

/// True when word `k` (or a part of it joined by a hyphen) is a first name.
#[inline(never)]
fn first_at(ctx: &Context<'_, '_>, k: usize) -> bool {
    is_first_name(ctx.lex, ctx.w.lower(k))
}

/// True when word `k` is an article.
#[inline(never)]
fn article_at(ctx: &Context<'_, '_>, k: usize) -> bool {
    is_article(ctx, ctx.w.lower(k))
}

/// True when word `k` is an outlet's or a body's noun.
#[inline(never)]
fn descriptor_at(ctx: &Context<'_, '_>, k: usize) -> bool {
    is_descriptor(ctx, ctx.w.lower(k))
}

/// The first word of word `k`'s sentence.
#[inline(never)]
fn sent_start(ctx: &Context<'_, '_>, k: usize) -> usize {
    ctx.w.sentence_start(ctx.w.sent(k))
}

/// The first byte of word `k`.
#[inline(never)]
fn start_of(ctx: &Context<'_, '_>, k: usize) -> usize {
    ctx.w.list[k].start
}

/// The byte after word `k`.
#[inline(never)]
fn end_of(ctx: &Context<'_, '_>, k: usize) -> usize {
    ctx.w.list[k].end
}

/// True when word `k` is a figure.
#[inline(never)]
fn digit_at(ctx: &Context<'_, '_>, k: usize) -> bool {
    ctx.w.digit(k)
}

/// True when words `a` and `b` are in one sentence.
#[inline(never)]
fn same_sent(ctx: &Context<'_, '_>, a: usize, b: usize) -> bool {
    ctx.w.sent(a) == ctx.w.sent(b)
}

/// True when words `a` and `b` are in one paragraph.
#[inline(never)]
fn same_para(ctx: &Context<'_, '_>, a: usize, b: usize) -> bool {
    ctx.w.para(a) == ctx.w.para(b)
}

/// True when word `k` is capitalised.
#[inline(never)]
fn cap_at(ctx: &Context<'_, '_>, k: usize) -> bool {
    ctx.w.cap(k)
}

/// True when only spaces stand before word `k`.
#[inline(never)]
fn plain(ctx: &Context<'_, '_>, k: usize) -> bool {
    ctx.w.plain(k)
}

/// True when word `k` closes its sentence (or the text).
#[inline(never)]
fn ends_sentence(ctx: &Context<'_, '_>, k: usize) -> bool {
    k + 1 >= ctx.w.len() || ctx.w.sent(k + 1) != ctx.w.sent(k)
}

/// True when word `k` is a lowercase word (no figure) after a plain space.
#[inline(never)]
fn plain_lower(ctx: &Context<'_, '_>, k: usize) -> bool {
    let w = &ctx.w;
    k < w.len() && plain(ctx, k) && !cap_at(ctx, k) && !digit_at(ctx, k)
}

/// Adds a written mention of the name `c` to `hits`.
// Not inlined: called from many places, where a call is smaller (and the
// push inside: no mention copied out at each).
#[inline(never)]
fn push_hit(hits: &mut Vec<SourceHit>, ctx: &Context<'_, '_>, c: Chunk, source_type: SourceType, cue: Option<String>) {
    hits.push(SourceHit { span: chunk_span(ctx, c), source_type, cue, resolved: None });
}

/// `a`, `sep` and `b` in one string (one routine for every cue text, where
/// each `format!` would build its own arguments).
fn join(a: &str, sep: &str, b: &str) -> String {
    let mut s = String::with_capacity(a.len() + sep.len() + b.len());
    s.push_str(a);
    s.push_str(sep);
    s.push_str(b);
    s
}

/// The bytes of a name: its words, plus a company's `& Co.` and the dot of
/// a company suffix (`Selzer & Co.`, `Acme Inc.`), which the word runs leave out.
fn chunk_span(ctx: &Context<'_, '_>, c: Chunk) -> Range<usize> {
    let w = &ctx.w;
    let mut last = c.last;
    let sent = w.sent(c.last);
    if last + 1 < w.len() && gap_is(ctx, last + 1, "&") && cap_at(ctx, last + 1) && w.sent(last + 1) == sent && !w.gap(last + 1).contains('\n') {
        last = ctx.names.starting(last + 1).map_or(last + 1, |d| d.last);
    }
    let mut end = end_of(ctx, last);
    if w.gap_after(last).starts_with('.') && in_list(ctx, W::NameSuffixes, last) {
        end += 1;
    }
    if let Some(e) = quoted_name_end(ctx, last) {
        end = e;
    }
    start_of(ctx, c.first)..end
}

/// `Universitatea „Alexandru Ioan Cuza”`, `Colegiul Național „Mihai Viteazul”`: a
/// body's word followed by its own name in quotation marks (at most five
/// capitalised words): the end byte of the closing mark.
fn quoted_name_end(ctx: &Context<'_, '_>, last: usize) -> Option<usize> {
    let w = &ctx.w;
    if !has_text(ctx, &ctx.lex.org_words, last) {
        return None;
    }
    let open = w.gap_after(last).trim();
    if !matches!(open, "„" | "“" | "\"" | "«") || last + 1 >= w.len() {
        return None;
    }
    let sent = w.sent(last);
    let mut k = last + 1;
    while k < w.len() && k < last + 6 && w.sent(k) == sent && cap_at(ctx, k) {
        let after = w.gap_after(k);
        let close = after.trim_start();
        if close.opens(&['”', '"', '»']) {
            let at = end_of(ctx, k) + (after.len() - close.len());
            return Some(at + close.chars().next().map_or(0, char::len_utf8));
        }
        if !(k + 1 < w.len() && (plain(ctx, k + 1) || raw_gap_is(ctx, k + 1, "-"))) {
            return None;
        }
        k += 1;
    }
    None
}

/// The owner in `X’s Y tool` (a name, a possessive, a product and a lowercase
/// noun): the source is X. A name whose part after the possessive is a body
/// (`Fishermen’s Association`) stays whole.
fn possessor(ctx: &Context<'_, '_>, c: Chunk) -> Chunk {
    // (`the Productivity Commission’s Report on Government Services`: or a
    // titled document after the possessive.)
    let titled = |k: usize| in_list(ctx, W::PublicationHeads, k + 1) || has_text(ctx, &ctx.lex.document_words, c.last);
    let noun_after = plain_lower(ctx, c.last + 1);
    if !noun_after && !(c.first + 1..c.last).any(|k| possessive_s(ctx, k) && titled(k)) || noun_after && (has_text(ctx, &ctx.lex.org_words, c.last) || has_text(ctx, &ctx.lex.outlet_words, c.last)) {
        return c;
    }
    for k in c.first + 1..c.last {
        if possessive_s(ctx, k) {
            return Chunk { first: c.first, last: k - 1 };
        }
    }
    c
}

/// `a Reuters/Ipsos poll`, `NPR/PBS News/Marist`: names glued by a slash
/// (or a hyphen) run on as one joint author.
fn slash_joint(ctx: &Context<'_, '_>, c: Chunk) -> Chunk {
    let w = &ctx.w;
    let mut joint = c;
    while joint.last + 1 < w.len() && matches!(w.gap_after(joint.last), "/" | "-") {
        match ctx.names.starting(joint.last + 1) {
            Some(d) => joint.last = d.last,
            None => break,
        }
    }
    joint
}

/// `the Nevada Secretary of State’s Office`: a name, `of` and a name
/// holding a possessive and ending in a body's word are one body (the
/// title inside keeps the run from joining `of`); else `c`.
fn office_of_name(ctx: &Context<'_, '_>, c: Chunk) -> Chunk {
    let w = &ctx.w;
    let k = c.last + 1;
    if k + 1 >= w.len() || !plain(ctx, k) || cap_at(ctx, k) || !has(ctx, &ctx.lex.connectors, k) || !plain(ctx, k + 1) {
        return c;
    }
    match ctx.names.starting(k + 1) {
        Some(d) if has_text(ctx, &ctx.lex.org_words, d.last) && (d.first + 1..d.last).any(|q| possessive_s(ctx, q)) => Chunk { first: c.first, last: d.last },
        _ => c,
    }
}

/// `the Nevada Secretary of State’s Office said`: the body of
/// [`office_of_name`] ending right before the cue.
fn office_subject(ctx: &Context<'_, '_>, cue: &crate::context::Cue) -> Option<Subject> {
    let d = ctx.names.ending(cue.first.checked_sub(1)?).filter(|_| plain(ctx, cue.first))?;
    let p = ctx.names.ending(d.first.checked_sub(2)?)?;
    let c = office_of_name(ctx, p);
    (c.last == d.last && ctx.usable(p)).then_some(Subject::Named(c))
}

/// `The Cook County state’s attorney’s office said`, `the Lake County
/// sheriff’s office said`: a capitalised name, lowercase words ending in a
/// possessive, and an office noun of [office_nouns] at `p` — one body.
pub fn office_before(ctx: &Context<'_, '_>, p: usize) -> Option<Chunk> {
    let mut q = p.checked_sub(1)?;
    if !plain_lower(ctx, p) || !in_list(ctx, W::OfficeNouns, p) || !possessive_s(ctx, q) {
        return None;
    }
    while q > p.saturating_sub(6) && (possessive_s(ctx, q) || plain_lower(ctx, q)) {
        q -= 1;
    }
    let d = ctx.names.ending(q).filter(|&d| cap_at(ctx, q) && plain_lower(ctx, q + 1) && !ctx.person_evidence(d))?;
    Some(Chunk { first: d.first, last: p })
}

/// `according to the county auditor’s office`: after the cue's article, up
/// to three lowercase words, a possessive and an office noun of
/// [office_nouns] ending the phrase are a body with no capitalised name.
fn lowercase_office(ctx: &Context<'_, '_>, j: usize) -> Option<Range<usize>> {
    let w = &ctx.w;
    if j + 1 >= w.len() || !plain(ctx, j) || !has(ctx, &ctx.lex.definite, j) {
        return None;
    }
    let lower = |k: usize| plain_lower(ctx, k);
    let s = (j + 2..(j + 5).min(w.len())).find(|&q| possessive_s(ctx, q))?;
    let office = s + 1;
    let ends = office + 1 >= w.len() || !plain(ctx, office + 1);
    ((j + 1..s).all(lower) && lower(office) && in_list(ctx, W::OfficeNouns, office) && ends).then(|| start_of(ctx, j + 1)..end_of(ctx, office))
}

/// The outlet named from word `q` on (before `limit`) after a word tying a
/// document to the outlet that carried it (`a report in [the journal]
/// Nature`), past an article and an outlet's noun. (`in The Lancet`: a
/// capitalised article mid-sentence is the name's own, put back.)
fn outlet_after(ctx: &Context<'_, '_>, mut q: usize, limit: usize) -> Option<Chunk> {
    let w = &ctx.w;
    let lex = ctx.lex;
    if q < limit && plain(ctx, q) && article_at(ctx, q) {
        q += 1;
    }
    if q < limit && plain(ctx, q) && !cap_at(ctx, q) && in_list(ctx, W::OutletDescriptors, q) {
        q += 1;
    }
    if q >= limit || !plain(ctx, q) {
        return None;
    }
    let c = ctx.names.starting(q)?;
    let c = outlet_extent(ctx, names::with_article(w, lex, c));
    (refine(ctx, c, names::classify(w, lex, c)) == SourceType::Outlet).then_some(c)
}

/// The subject a prefix cue introduces, past articles, document nouns and
/// dates: `according to [a report published on Wednesday by the] X`,
/// `potrivit [unui comunicat al] X`, `potrivit acestuia`.
pub fn after_prefix(ctx: &Context<'_, '_>, mut j: usize, limit: usize) -> Option<Subject> {
    let w = &ctx.w;
    let lex = ctx.lex;
    let limit = limit.min(w.len()).min(j + 10);
    let sent = w.list.get(j.saturating_sub(1))?.sent;
    let words = &ctx.lex.source_words;
    let start = j;
    // An indefinite word between the cue and a role makes the role someone new.
    let unnamed = |from: usize, to: usize| (from..to).any(|k| has(ctx, &lex.indefinite, k));
    while j < limit && w.sent(j) == sent {
        // The dot of a reference mark (`art. 85`) ends nothing.
        let mark_dot = j > 0 && w.gap_only(j, &['.']) && gap_is(ctx, j, ".") && in_list(ctx, W::ReferenceMarks, j - 1);
        // (`potrivit unui comunicat transmis luni, 3 martie, de Apa Nova`: a
        // date set off by commas before the author's link.)
        if j > start && gap_is(ctx, j, ",") {
            let mut k = j;
            while k < limit && k < j + 4 && (digit_at(ctx, k) || has(ctx, &lex.time_words, k)) && (k == j || plain(ctx, k)) {
                k += 1;
            }
            if k > j && k < limit && gap_is(ctx, k, ",") && !cap_at(ctx, k) && lex.by_words.starts_at(w, k) && w.sent(k) == sent {
                j = k;
            }
        }
        if j > 0 && w.gap(j).holds(&[',', ';', ':', '.', '(', '“', '”', '„', '«', '»', '"']) && !mark_dot {
            // (Past such a date, its closing comma.)
            let dated = j > start && gap_is(ctx, j, ",") && !cap_at(ctx, j) && lex.by_words.starts_at(w, j) && (digit_at(ctx, j - 1) || has(ctx, &lex.time_words, j - 1));
            if !dated {
                return None;
            }
        }
        let x = &w.list[j];
        // `conform art. 85 din Constituție`, `under Article 5 of the Charter`:
        // the reference, its number and its link word lead to the document.
        if in_list(ctx, W::ReferenceMarks, j) {
            j += 1;
            continue;
        }
        if x.digit && j + 1 < limit && plain(ctx, j + 1) && in_list(ctx, W::ReferenceLinks, j + 1) {
            j += 2;
            if j < limit && plain(ctx, j) && has(ctx, &lex.definite, j) {
                j += 1;
            }
            continue;
        }
        // `according to a report in The Wall Street Journal`: only an outlet.
        if !x.cap && in_list(ctx, W::OutletByWords, j) && j > 0 && (j.saturating_sub(3)..j).any(|k| has(ctx, &lex.report_nouns, k)) {
            return outlet_after(ctx, j + 1, limit).map(Subject::Named);
        }
        if has(ctx, &lex.pronouns, j) && !x.cap {
            return Some(ctx.pronoun(j));
        }
        // (`pe pagina de Facebook a Primăriei X`: a platform listed with the
        // documents, then its owner.)
        if x.cap && has(ctx, &lex.doc_nouns, j) && platform(ctx, j) && j + 2 < limit && plain(ctx, j + 1) && !cap_at(ctx, j + 1) && lex.by_words.starts_at(w, j + 1) {
            j += 1;
            continue;
        }
        // `potrivit El País`: a listed outlet, whatever its words spell (`El` is a pronoun).
        if let Some(c) = listed_outlet(ctx, j).filter(|_| x.cap && ctx.names.starting(j).is_none()) {
            return Some(Subject::Named(c));
        }
        if let Some(c) = ctx.names.starting(j).map(|c| office_of_name(ctx, described_name(ctx, c))) {
            // `data from the Polish economy ministry`: the body, whatever its modifiers.
            if demonym_body(ctx, c).is_some() {
                return Some(Subject::Named(c));
            }
            // `according to a Polish readout of the call`: a people's
            // adjective before a common noun names no one.
            if demonym(ctx, c) && c.last + 1 < limit && plain(ctx, c.last + 1) && !cap_at(ctx, c.last + 1) {
                return None;
            }
            // `according to a Senate aide`: someone of that body, unnamed.
            let r = c.last + 1;
            let noun = |k: usize| has(ctx, &lex.report_nouns, k) || has(ctx, &lex.doc_nouns, k) || has(ctx, &lex.org_descriptors, k);
            // (`according to Tesco chief executive Ken Murphy`, `CAS energy
            // spokeswoman Morag Ross`: the person the role phrase names.)
            if let Some(q) = (r..(r + 4).min(limit)).find(|&k| !plain(ctx, k) || cap_at(ctx, k) || digit_at(ctx, k)) {
                if q > r && plain(ctx, q) && (r..q).any(|k| lower_role(ctx, k)) {
                    if let Some(n) = ctx.names.starting(q).filter(|&n| n.last < limit && ctx.usable(n) && ctx.named(n).1 == SourceType::Person) {
                        return Some(Subject::Named(n));
                    }
                }
            }
            if r < limit && plain(ctx, r) && lower_role(ctx, r) && !noun(r) {
                return (!unnamed(start, j)).then_some(Subject::Role(r));
            }
            // `citing Pike’s gambling addiction`: a possession, not a document.
            if r + 1 < limit && possessive_s(ctx, r) {
                let doc = (r + 1..(r + 4).min(limit)).take_while(|&k| plain(ctx, k) && !cap_at(ctx, k)).any(|k| has(ctx, &lex.doc_nouns, k) || has(ctx, &lex.report_nouns, k));
                if !doc {
                    let role = (r + 1..(r + 3).min(limit)).take_while(|&k| plain(ctx, k) && !cap_at(ctx, k)).find(|&k| role_at(ctx, k));
                    return role.map(Subject::Role);
                }
            }
            // `according to a new NPR/PBS News/Marist poll`: joint authors.
            let joint = slash_joint(ctx, c);
            if joint != c && w.gap_after(c.last) == "/" && joint.last + 1 < limit && plain(ctx, joint.last + 1) && has(ctx, &lex.report_nouns, joint.last + 1) {
                return ctx.usable(c).then_some(Subject::Named(joint));
            }
            return ctx.usable(c).then_some(Subject::Named(possessor(ctx, c)));
        }
        if x.cap && has(ctx, &lex.pronouns, j) {
            return Some(ctx.pronoun(j));
        }
        // `potrivit publicației Politico`, `according to the research firm X`:
        // the noun saying what the source is (it refines the type later).
        let descriptor = |k: usize| !cap_at(ctx, k) && descriptor_at(ctx, k);
        // `data from the analytics firm X`, `the ad-tracking firm X`, `app
        // intelligence firm X`: up to two modifiers of the descriptor.
        if !x.cap && !descriptor(j) {
            let modifier = |k: usize| (plain(ctx, k) || raw_gap_is(ctx, k, "-")) && !cap_at(ctx, k) && !digit_at(ctx, k);
            let d = (j + 1..(j + 3).min(limit)).take_while(|&k| modifier(k)).find(|&k| descriptor(k));
            if let Some(d) = d.filter(|&d| d + 1 < limit && plain(ctx, d + 1) && ctx.names.starting(d + 1).is_some()) {
                j = d;
                continue;
            }
        }
        if descriptor(j) {
            // `the think tank Bruegel`: a two-word descriptor.
            let mut q = j + 1;
            while q < limit && q < j + 3 && plain(ctx, q) && descriptor(q) {
                q += 1;
            }
            // `potrivit agenției meteorologice AEMET`: up to two adjectives after the noun.
            let mut r = q;
            while r < limit && r < q + 2 && plain(ctx, r) && !cap_at(ctx, r) && !digit_at(ctx, r) && !lex.by_words.starts_at(w, r) && !role_at(ctx, r) {
                r += 1;
            }
            if r > q && r < limit && plain(ctx, r) && ctx.names.starting(r).is_some() {
                q = r;
            }
            if q < limit && plain(ctx, q) {
                if let Some(c) = ctx.names.starting(q) {
                    return ctx.usable(c).then_some(Subject::Named(possessor(ctx, c)));
                }
            }
        }
        if let Some((m, _)) = lex.by_words.at(w, j) {
            j += m;
            continue;
        }
        if has(ctx, &lex.doc_nouns, j) || has(ctx, &lex.time_words, j) || x.digit {
            j += 1;
            continue;
        }
        // `according to the province's Department of Health`: a common
        // noun's possessive before the name it owns.
        if !x.cap && j + 2 < limit && possessive_s(ctx, j + 1) && cap_at(ctx, j + 2) && plain(ctx, j + 2) {
            j += 2;
            continue;
        }
        // `citat de site-ul oficial al EHF`: a document noun with its
        // article hyphened on.
        if !x.cap && j + 1 < limit && raw_gap_is(ctx, j + 1, "-") && lex.doc_nouns.contains(join(w.lower(j), "-", w.lower(j + 1)).as_str()) {
            j += 2;
            continue;
        }
        // `potrivit rechizitoriului întocmit de …`, `data published by …`:
        // the participle tying a document to its author.
        let participle = j + 1 < limit && plain(ctx, j + 1) && lex.by_words.starts_at(w, j + 1) && !role_at(ctx, j) && j > start;
        if !x.cap && (in_list(ctx, W::TitleStops, j) || participle) {
            j += 1;
            continue;
        }
        // `according to a large new study`: modifiers of a document noun.
        let modifier = !x.cap && !role_at(ctx, j) && !has(ctx, &lex.pronouns, j);
        if modifier && (j + 1..(j + 3).min(limit)).take_while(|&k| plain(ctx, k) && !cap_at(ctx, k)).any(|k| has(ctx, &lex.report_nouns, k)) {
            j += 1;
            continue;
        }
        // `potrivit procurorilor DNA`: people speaking for a body, unnamed.
        if !x.cap && has(ctx, &lex.not_names, j) {
            for q in j + 1..(j + 4).min(limit) {
                if !plain(ctx, q) {
                    break;
                }
                if let Some(c) = ctx.names.starting(q) {
                    if names::classify(w, lex, c) != SourceType::Person && ctx.usable(c) {
                        return Some(Subject::Named(c));
                    }
                    break;
                }
            }
        }
        // `according to economist Ana Pop`, `data from industry researcher
        // Retail Pulse`: a role (and its modifier) written before the name.
        let role_word = if role_at(ctx, j) { Some(j) } else { (j + 1 < limit && plain(ctx, j + 1) && lower_role(ctx, j + 1)).then_some(j + 1) };
        if let Some(r) = role_word.filter(|&r| !x.cap && r + 1 < limit && plain(ctx, r + 1)) {
            if let Some(c) = ctx.names.starting(r + 1) {
                return ctx.usable(c).then_some(Subject::Named(c));
            }
            // (`potrivit inspectorului școlar general adjunct Ana Pop`: a
            // role's lowercase modifiers, then a person's name.)
            let modifier = |k: usize| plain(ctx, k) && !cap_at(ctx, k) && !digit_at(ctx, k) && !lex.prepositions.contains_lower(w, k) && !lex.by_words.starts_at(w, k) && !has(ctx, &lex.pronouns, k);
            if let Some(q) = (r + 1..(r + 5).min(limit)).find(|&k| !modifier(k)).filter(|&q| q > r + 1 && plain(ctx, q)) {
                if let Some(c) = ctx.names.starting(q).filter(|&c| c.last > c.first && c.last < limit && names::classify(w, lex, c) == SourceType::Person && ctx.usable(c)) {
                    return Some(Subject::Named(c));
                }
            }
        }
        if role_at(ctx, j) {
            // `according to a person familiar with …`: no one named;
            // `potrivit procurorilor`, `according to officials`: a group.
            let plural = ends_in(&words.plural_endings, w.lower(j), 0);
            if unnamed(start, j) || plural {
                return None;
            }
            // `potrivit purtătorului de cuvânt al ministerului, Ana Pop,`:
            // the person set off after the role and its complement, closed
            // by a comma (`Potrivit ministrului, România plătește` is the clause).
            let mut q = j + 1;
            while q < limit && w.sent(q) == sent && !w.gap(q).holds(&[';', ':', '.', '(', '“', '”', '„', '«', '»', '"']) {
                if w.gap(q).contains(',') {
                    // (`confirmată de purtătorul de cuvânt al X, Ana Pop.`: or closing the sentence.)
                    let closes = |c: Chunk| w.list.get(c.last + 1).is_none_or(|y| y.sent != w.sent(c.last)) && w.gap_after(c.last).trim_start().starts_with('.');
                    let set_off = |c: Chunk| q > j + 1 && (w.gap_after(c.last).trim_start().starts_with(',') || closes(c));
                    if let Some(c) = ctx.names.starting(q).filter(|&c| set_off(c) && names::classify(w, lex, c) == SourceType::Person && ctx.usable(c)) {
                        return Some(Subject::Named(c));
                    }
                    break;
                }
                q += 1;
            }
            return Some(Subject::Role(j));
        }
        return None;
    }
    None
}

/// Attributions found by pattern alone (no quote needed), in text order.
pub fn patterns(ctx: &Context<'_, '_>) -> Vec<Found> {
    let w = &ctx.w;
    let lex = ctx.lex;
    let text = ctx.doc.text;
    let mut out: Vec<Found> = Vec::new();
    let n = w.len();
    if let Some(f) = headline_body(ctx) {
        out.push(f);
    }
    for i in 0..n {
        let x = &w.list[i];
        let line_start = i == 0 || w.para(i - 1) != x.para || w.gap(i).holds(&['(', '|', '[']);
        // Picture credits and source labels: `Photo: X`, `Sursa foto: X`, `Source: X`.
        // `… during the briefing. Credit: Name/Getty Images`: a credit with
        // its colon may also follow a caption's sentence on the same line.
        // `… with her son Picture: NAME`: a credit closing a caption with no
        // full stop before it: a capitalised cue with at most four words after it.
        let closes_line = |m: usize| {
            let end = ctx.doc.paragraphs[x.para].end;
            w.at(end) <= i + m + 4 && !text[end_of(ctx, i)..end].holds(&['.', '!', '?'])
        };
        // (`Ana Pop / foto: Name`: lowercase after a caption's slash.)
        let caption_credit = || (x.cap || i > 0 && w.gap(i).trim() == "/") && lex.credit_cues.at(w, i).is_some_and(|(m, p)| p.text.ends_with(':') && (i == w.sentence_start(x.sent) || closes_line(m)));
        let slashed = slash_credit(ctx, i);
        // (`… în dosar / Foto DIICOT`, `/FOTO Ana Pop)`: a picture word with
        // no colon credits the few words closing the line.)
        let bare = x.cap && !line_start && !w.gap_after(i).contains(':') && in_list(ctx, W::CreditWords, i) && i + 1 < n && cap_at(ctx, i + 1) && closes_line(1);
        if line_start || slashed || bare || caption_credit() {
            let credit = lex.credit_cues.at(w, i).map(|(m, p)| (m, p.text, true)).or_else(|| (slashed || bare).then_some((1, "/", true)));
            let label = || lex.label_cues.at(w, i).map(|(m, p)| (m, p.text, false));
            if let Some((m, p, photo)) = credit.or_else(label) {
                let last = i + m - 1;
                let para_end = ctx.doc.paragraphs[x.para].end;
                // `Photo by Name/Agency`: a cue written without a colon runs straight into the credit.
                let after_colon = if p.ends_with(':') { text[end_of(ctx, last)..para_end].find(':').map(|k| end_of(ctx, last) + k + 1) } else { Some(end_of(ctx, last)) };
                // `Image source, Getty Images`: some house styles write the
                // label's colon as a comma (listed without a colon).
                let mark = w.gap_after(last).trim_start();
                let after_colon = after_colon.map(|s| if !p.ends_with(':') && mark.opens(&[',', ':', '/']) { end_of(ctx, last) + w.gap_after(last).find_mark(&[',', ':', '/']).unwrap_or(0) + 1 } else { s });
                // (Never past the paragraph: a label whose colon or mark
                // lies beyond it credits nothing there.)
                if let Some(mut s) = after_colon.map(|s| s.min(para_end)) {
                    let cue = text[x.start..s].trim().to_string();
                    // `Foto: (c) Name / Agency`: the copyright mark is no part of the credit.
                    let lead = &text[s..para_end];
                    let trimmed = lead.trim_start();
                    if let Some(mark) = ["(c)", "(C)", "©"].iter().find(|m| trimmed.starts_with(**m)) {
                        s += lead.len() - trimmed.len() + mark.len();
                    }
                    s = inner_credit_end(ctx, s, x.para).unwrap_or(s).min(para_end);
                    let rest = &text[s..para_end];
                    let mut cut = rest.find_mark(&[')', '|', ']', ';']).unwrap_or(rest.len());
                    // `Photo credit: Name | Nation Media Group`: a bar before a
                    // listed outlet joins it to the credit.
                    let o = w.at(s + cut);
                    if photo && rest[cut..].starts_with('|') && o < n && lex.outlets.at(w, o).or_else(|| lex.photo_agencies.at(w, o)).is_some() {
                        cut += 1 + rest[cut + 1..].find_mark(&[')', '|', ']', ';']).unwrap_or(rest.len() - cut - 1);
                    }
                    let before = out.len();
                    // `Inquam Photos / Name`: agency and photographer are two credits.
                    // `Name for The Post` splits a picture's credit only: `Source:
                    // Office for National Statistics` is one body.
                    let none = FxSet::default();
                    let joiners = if photo { &ctx.lex.source_words[W::CreditJoiners] } else { &none };
                    for (s, body) in credit_parts(s, &rest[..cut], joiners) {
                        let mut lead = body.len() - body.trim_start().len();
                        let mut body_t = body.trim();
                        // `Photo courtesy of the X Sheriff's Office`: a lowercase
                        // article opens the phrase, not the name.
                        if let Some((a, rest)) = body_t.split_once(' ') {
                            if a.starts_with(crate::case::is_lower) && is_article(ctx, a) && rest.starts_with(crate::case::is_upper) {
                                lead += a.len() + 1;
                                body_t = rest.trim_start();
                            }
                        }
                        // `Image: A bin outside a police station. Pic: PA`: a
                        // caption (several lowercase words) is no one's name.
                        let mut lowercase = 0;
                        for x in body_t.split_whitespace() {
                            lowercase += usize::from(x.starts_with(crate::case::is_lower));
                        }
                        let caption = lowercase >= 4;
                        // (`Photo: File`: a picture word alone names no one.)
                        let filler = ctx.lex.source_words[W::CreditWords].contains(crate::case::lower(body_t).as_str());
                        if body_t.chars().any(crate::scan::is_letter) && body_t.chars().count() <= 80 && !caption && !filler {
                            let span = s + lead..s + lead + body_t.len();
                            let first = w.at(span.start);
                            let chunk = (first < n).then(|| ctx.names.starting(first)).flatten().filter(|c| end_of(ctx, c.last) == span.end);
                            let t = if photo {
                                SourceType::Photo
                            } else {
                                // (`Sursa: Realitatea de Caraș`: typed by the name opening it.)
                                chunk.or_else(|| (first < n).then(|| ctx.names.starting(first)).flatten()).map_or(SourceType::Organization, |c| refine(ctx, c, names::classify(w, lex, c)))
                            };
                            out.push(Found { span, chunk, source_type: t, cue: Some(cue.clone()) });
                        }
                    }
                    if out.len() > before {
                        if let Some(f) = credit_owner(ctx, i) {
                            out.push(f);
                        }
                        continue;
                    }
                }
            }
            // A bare credit line under a picture: `Name Surname/Getty Images`,
            // the photographer and a known agency, nothing else on the line.
            if let Some((f, g)) = bare_credit(ctx, i) {
                out.push(f);
                if let Some(g) = g {
                    out.push(g);
                }
                continue;
            }
        }
        if let Some(f) = press_review(ctx, i, line_start) {
            out.push(f);
            continue;
        }
        if let Some((f, g)) = agency_first_credit(ctx, i, line_start) {
            out.push(f);
            out.push(g);
            continue;
        }
        // Datelines: `(Reuters)`, `(AP) —`, `/Agerpres/`.
        if let Some(c) = ctx.names.starting(i) {
            let before = w.gap(i).trim_end();
            let after = w.gap_after(c.last).trim_start();
            let wrapped = (before.ends_with('(') && after.starts_with(')')) || (before.ends_with('/') && after.starts_with('/'));
            // `CNN —` opening a paragraph: the outlet's own dateline.
            let dashed = line_start && dash_dateline(ctx, c);
            // `Accra, Nov. 30, GNA –`: an agency after the dateline's place and date.
            let p0 = w.at(ctx.doc.paragraphs[x.para].start);
            let dated = c.first > p0 && c.first < p0 + 6 && gap_is(ctx, c.first, ",") && matches!(w.gap_after(c.last).trim().chars().next(), Some('—' | '–' | '-'));
            // (`CHIȘINĂU, 23 mart – Sputnik.`: or after the date's dash, closing its sentence.)
            let dated = dated || c.first > p0 + 1 && c.first < p0 + 7 && w.sent(c.first) == w.sent(p0) && w.gap(c.first).trim().chars().last().is_some_and(|d| matches!(d, '—' | '–')) && w.gap_after(c.last).trim_start().starts_with('.');
            // `Digi24.ro, 4 decembrie 2025 16:50`: an outlet and the date
            // opening a line credit the story to it.
            let line_dated = line_start && c.last + 1 < n && gap_is(ctx, c.last + 1, ",") && w.digit(c.last + 1) && w.para(c.last + 1) == x.para;
            if (wrapped || dashed || dated || line_dated) && (lex.outlets.exact(w, c.first, c.last) || lex.photo_agencies.exact(w, c.first, c.last)) {
                out.push(found(ctx, c, SourceType::Outlet, None));
                continue;
            }
            // `according to a CNN report`, `a Bloomberg report said`: a name
            // between an article and a document noun is that document's author.
            // Joint authors glued by a slash count as one (`a Reuters/Ipsos poll`).
            let joint = slash_joint(ctx, c);
            // `…, CNN poll finds`: no article, but the document's own verb
            // follows; `Opinium survey for the Observer puts …`: opening the
            // sentence, with whoever commissioned it after.
            // (`X data published on Thursday shows …`: past the document's
            // participle and its day.)
            let v = dated_participle(ctx, joint.last + 2);
            let verb_follows = v < n && plain(ctx, v) && (v == joint.last + 2 || figures_owner(ctx, c)) && (ctx.cue_starting(v).is_some() || lex.cues.starts_at(w, v) || found_by_figures(ctx, c, v));
            let commissioned = c.first == w.sentence_start(x.sent) && joint.last + 2 < n && plain(ctx, joint.last + 2) && in_list(ctx, W::CommissionLinks, joint.last + 2) && !ctx.known_person(c);
            // `A separate YouGov poll`: up to two lowercase words after the article.
            let article = |q: usize| q > 0 && plain(ctx, q) && article_at(ctx, q - 1);
            let lowercase = |q: usize| q > 1 && plain(ctx, q) && !cap_at(ctx, q - 1) && !digit_at(ctx, q - 1) && w.sent(q - 1) == x.sent && !has(ctx, &lex.prepositions, q - 1);
            let f = c.first;
            let dated_by = |a: usize| a > 1 && plain(ctx, a - 1) && in_list(ctx, W::EventPrepositions, a - 2);
            // (`ONS figures show …` may open the text itself.)
            // `A Care Quality Commission (CQC) report`: the body's acronym in
            // brackets between its name and the document noun.
            let bracketed = joint.last + 2 < n && w.gap(joint.last + 1).ends_with('(') && is_acronym(w.text(joint.last + 1)) && gap_is(ctx, joint.last + 2, ")") && w.sent(joint.last + 2) == x.sent;
            let noun_at = joint.last + 1 + usize::from(bracketed);
            if (article(f) && !dated_by(f) || (lowercase(f) && (article(f - 1) || (lowercase(f - 1) && article(f - 2)))) || verb_follows || commissioned)
                && noun_at < n
                && (plain(ctx, noun_at) || bracketed)
                && has(ctx, &lex.report_nouns, noun_at)
            {
                let (c2, mut t) = if joint == c { typed(ctx, c) } else { (joint, typed(ctx, ctx.names.at(joint.last).unwrap_or(joint)).1) };
                // `a Marist survey`: a name used as a document's modifier is
                // a body, unless written as a person (title, full name).
                // (Nor a person's name: `Surf Life Saving figures show`.)
                if t == SourceType::Person && c2 == joint && (c.first == c.last || joint != c || !any_first_name(ctx, c.first, c.last + 1)) {
                    t = SourceType::Organization;
                }
                let cue = if article(c.first) { join(w.lower(c.first - 1), " ", w.lower(noun_at)) } else { w.lower(noun_at).to_string() };
                out.push(found(ctx, c2, t, Some(cue)));
                continue;
            }
            // `on CNN’s “State of the Union”`: an outlet's programme.
            let owner = possessive_s(ctx, c.last + 1);
            if owner && lex.outlets.exact(w, c.first, c.last) {
                let next = w.gap_after(c.last + 1).trim_start();
                if next.opens(&['“', '"', '„', '«']) {
                    out.push(found(ctx, c, SourceType::Outlet, Some(join(names::text(w, c), "’s", ""))));
                    continue;
                }
            }
            // `X’s report`
            if owner && c.last + 2 < n {
                let k = c.last + 2;
                // `Ipsos’s latest political monitor`: past up to three lowercase
                // words; a document word modifying a noun after it is no
                // document (`X’s planned data centre`).
                let head = |&q: &usize| q == k || q + 1 >= n || !plain(ctx, q + 1) || cap_at(ctx, q + 1) || ctx.cue_starting(q + 1).is_some() || in_list(ctx, W::FindingVerbs, q + 1);
                // (`the EU’s statistics agency`: nor one naming what a body does.)
                let body_noun = |&q: &usize| !(q + 1 < n && plain(ctx, q + 1) && !cap_at(ctx, q + 1) && descriptor_at(ctx, q + 1));
                let doc = (k..(k + 4).min(n)).take_while(|&q| !cap_at(ctx, q) && plain(ctx, q) && w.sent(q) == x.sent).find(|&q| has(ctx, &lex.report_nouns, q)).filter(head).filter(body_noun);
                if doc.is_some() || titled_work(ctx, k, false) {
                    let (c2, mut t) = typed(ctx, c);
                    // `Marlow’s latest monitor`: a lone word known as no one's is a body.
                    if t == SourceType::Person && c2 == c && c.first == c.last && !ctx.known_person(c) {
                        t = SourceType::Organization;
                    }
                    out.push(found(ctx, c2, t, Some(join(names::text(w, c2), "’s", ""))));
                }
            }
        }
        // `Ministrul Finanțelor, la Digi24: „…”`: an outlet cue and a listed
        // outlet before a colon and a quote gave the outlet the words.
        if let Some((m, p)) = lex.outlet_cues.at(w, i).filter(|&(m, _)| i + m < n && plain(ctx, i + m)) {
            if let Some(c) = listed_outlet(ctx, i + m) {
                let g = w.gap_after(c.last).trim_start();
                if g.starts_with(':') && g[1..].trim_start().opens(&['„', '“', '"', '«']) {
                    out.push(found_at(ctx, c, SourceType::Outlet, p.text));
                }
            }
        }
        // Prefix cues: `according to X`, `potrivit X`, `citat de X` (a cue
        // right after a figure is a rate: `$10 per Medicare patient`).
        // (`Publicat de Ana Pop, 9 decembrie 2018`: a short line opening
        // with a word of publishing is the page's byline, not a source.)
        let byline = line_start && cap_at(ctx, i) && in_list(ctx, W::TalkWords, i) && w.at(ctx.doc.paragraphs[x.para].end) < i + 12;
        if let Some((m, p)) = lex.prefix_cues.at(w, i).filter(|_| !byline && (i == 0 || !(digit_at(ctx, i - 1) && plain(ctx, i)))) {
            if let Some(c) = own_body_before(ctx, i, i + m) {
                out.push(found_at(ctx, c, SourceType::Organization, p.text));
                continue;
            }
            if let Some(span) = lowercase_office(ctx, i + m) {
                out.push(Found { span, chunk: None, source_type: SourceType::Organization, cue: Some(p.text.to_string()) });
                continue;
            }
            if let Some(Subject::Named(c)) = after_prefix(ctx, i + m, n) {
                let (c2, mut t) = typed(ctx, c);
                // `a NPR/PBS News/Marist poll`: joint authors are typed by the
                // last (the pollster), as a body.
                if (c.first..c.last).any(|k| w.gap_after(k) == "/") {
                    t = match typed(ctx, ctx.names.at(c.last).unwrap_or(c)).1 {
                        SourceType::Person => SourceType::Organization,
                        u => u,
                    };
                }
                // `according to data from Drewry`: a lone unknown name behind
                // a document noun is the body that published it.
                // (`according to Deloitte’s Money League`: its author.)
                let owner = c2.last + 2 < n && possessive_s(ctx, c2.last + 1) && titled_work(ctx, c2.last + 2, true);
                // (`according to Kpler data`: the name modifies the document noun after it.)
                let k = c2.last + 1;
                let modifier = low(ctx, k, &lex.report_nouns);
                if t == SourceType::Person && unknown_body(ctx, c2) && ((owner && c2.first == c2.last) || modifier || (c2 == c && (i..c.first).any(|k| has(ctx, &lex.report_nouns, k)))) {
                    t = SourceType::Organization;
                }
                // `potrivit agenției meteorologice X`: the noun saying what it is, past its adjectives.
                let said = |set: &FxSet<String>| (i + m..c.first).any(|k| !cap_at(ctx, k) && has(ctx, &set, k));
                if t == SourceType::Person && c2 == c && unknown_body(ctx, c) {
                    if said(&ctx.lex.source_words[W::OutletDescriptors]) {
                        t = SourceType::Outlet;
                    } else if said(&lex.org_descriptors) {
                        t = SourceType::Organization;
                    }
                }
                // `according to filings with the Arizona Secretary of State`:
                // an office with no one's name after it, behind a document, is a body.
                let office = role_at(ctx, c.last)
                    || (c.last >= c.first + 2 && has(ctx, &lex.titles, c.last - 2) && !cap_at(ctx, c.last - 1));
                if t == SourceType::Person && office && (i + m..c.first).any(|k| has(ctx, &lex.report_nouns, k)) {
                    t = SourceType::Organization;
                }
                let mut c = c2;
                // `as first reported by The Information`: only an outlet
                // breaks a story; a capitalised article is the name's own.
                if ctx.lex.source_words[W::OutletPrefixCues].contains(p.text) && !first_at(ctx, c.first) && t != SourceType::Photo {
                    t = SourceType::Outlet;
                    if c.first > 1 && plain(ctx, c.first) && cap_at(ctx, c.first - 1) && has(ctx, &lex.definite, c.first - 1) && c.first - 1 != sent_start(ctx, c.first) {
                        c.first -= 1;
                    }
                }
                out.push(found_at(ctx, c, t, p.text));
            }
        }
        // Documents and their authors: `a poll of 1,050 residents by the research firm X`.
        // `A survey by X of 2,000 adults, conducted by Y, found`: a document's
        // participle (in [title_stops] and [doc_nouns]; not `signed by the
        // poet`) set off by a comma, `by` and its author right after it (the
        // firm that ran a survey another body put its name to).
        let participle = || {
            !x.cap && gap_is(ctx, i, ",") && in_list(ctx, W::TitleStops, i) && has(ctx, &lex.doc_nouns, i) && (i + 1..(i + 3).min(n)).any(|k| lex.by_words.starts_at(w, k))
        };
        if let Some(f) = published_finding(ctx, i).or_else(|| rule_opening(ctx, i)) {
            out.push(f);
            continue;
        }
        if (has(ctx, &lex.report_nouns, i) && (!x.cap || i == w.sentence_start(x.sent))) || participle() {
            if let Some(f) = document_author(ctx, i) {
                out.push(f);
            }
        }
    }
    // The outlet a speaker spoke to: `told Reuters`, `a explicat … pentru Ziarul X`.
    // (`a transmis Europei Libere`, `un răspuns transmis Digi24.ro`: a verb
    // taking its recipient with no preposition, a dative, is a cue of its own.)
    let words = &ctx.lex.source_words;
    // (`told Pike before the sentence`: a person told something is named
    // elsewhere in the story; an outlet given the words, seldom. The
    // capitalised words' counts, built once, only when asked.)
    // (An Option, not a OnceCell: the cell's re-entry check and its panic
    // message ship otherwise.)
    let mut repeated: Option<FxSet<String>> = None;
    let mut once = |x: &str| {
        !repeated
            .get_or_insert_with(|| {
                let (mut seen, mut again) = (FxSet::default(), FxSet::default());
                for k in 0..w.len() {
                    if !cap_at(ctx, k) {
                        continue;
                    }
                    if !seen.insert(w.text(k).to_string()) {
                        again.insert(w.text(k).to_string());
                    }
                }
                again
            })
            .contains(x)
    };
    // (`told Live Science` twice: a name written only ever after the same
    // word as here is still no one met in the story; one written first,
    // before any such word, is someone met: `Marlow admitted … told Marlow`.)
    let told_only = |c: Chunk| {
        let n = c.last - c.first + 1;
        c.first > 0 && (0..w.len()).all(|k| w.text(k) != w.text(c.last) || (k >= n && w.lower(k - n) == w.lower(c.first - 1)))
    };
    // (Gathered in a list: a chain of a map and a filter compiles an iterator of its own.)
    let mut starts: Vec<usize> = Vec::new();
    for c in &ctx.cues {
        starts.push(c.first + c.len - 1);
    }
    for i in 0..w.len() {
        if in_list(ctx, W::TalkWords, i) || in_list(ctx, W::RecipientVerbs, i) {
            starts.push(i);
        }
    }
    for s0 in starts {
        let sent = w.sent(s0);
        let end = w.sentence_end(sent).min(s0 + 26);
        let recipient = in_list(ctx, W::RecipientVerbs, s0);
        let mut q = s0;
        while q < end {
            if q > s0 && w.gap(q).holds(&['“', '”', '„', '«', '»', '"']) {
                break;
            }
            // Right at the verb, or past the speaker's name or a day (`a
            // precizat Ion Pop pentru X`, `a transmis vineri X`).
            let at_verb = || q <= s0 + 6 && (s0 + 1..q).all(|k| cap_at(ctx, k) || has(ctx, &lex.time_words, k));
            if let Some((m, p)) = lex.outlet_cues.at(w, q).map(|(m, p)| (m, p.text)).or_else(|| (recipient && q > s0 && at_verb()).then(|| (0, w.lower(s0)))) {
                let mut j = q + m;
                // `told The Republic`: an article capitalised mid-sentence
                // opens a paper's title.
                let titled = j < end && cap_at(ctx, j) && has(ctx, &lex.definite, j) && j != w.sentence_start(sent);
                if j < end && article_at(ctx, j) && plain(ctx, j) {
                    j += 1;
                }
                // `told broadcaster NOS`, `pentru postul X`, `pentru agenția EFE`
                // (a body's noun too: the name after it must be an outlet's).
                // (`told local newspaper the Northern Echo`, `pentru cotidianul
                // local X`: an adjective before or after the noun, an article
                // after it.)
                let lower_at = |k: usize| k < end && plain(ctx, k) && !cap_at(ctx, k);
                // (`told Italian broadcaster RAI`: a nationality before the noun.)
                let adjective = lower_at(j) || (j < end && plain(ctx, j) && demonym(ctx, Chunk { first: j, last: j }));
                let d = j + usize::from(adjective && lower_at(j + 1) && descriptor_at(ctx, j + 1));
                let mut paper = false;
                if lower_at(d) && descriptor_at(ctx, d) {
                    paper = in_list(ctx, W::OutletDescriptors, d);
                    j = d + 1 + usize::from(lower_at(d + 1) && (has(ctx, &lex.definite, d + 1) || (d + 2 < end && cap_at(ctx, d + 2))));
                }
                // `pentru „Adevărul”`: a paper's title in quotation marks right
                // after the cue, not modifying a noun (`on its “Fair Streets” scheme`).
                let quoted = m > 0 && j == q + m && j < end && matches!(w.gap(j).trim(), "„" | "“" | "\"" | "«");
                let modifier = |c: Chunk| c.last + 1 < w.len() && !cap_at(ctx, c.last + 1) && !digit_at(ctx, c.last + 1) && w.gap_after(c.last).trim().chars().count() == 1 && !role_at(ctx, c.last + 1);
                if j < end && (plain(ctx, j) || quoted) {
                    // (`told the Sunday Independent`: a listed title opening
                    // with a day's name, which no name run starts with.)
                    let listed = || listed_outlet(ctx, j);
                    if let Some(c) = ctx.names.starting(j).or_else(listed) {
                        let c = outlet_extent(ctx, names::with_article(w, lex, c));
                        let c = outlet_before_name(ctx, c).map_or(c, |m| Chunk { first: c.first, last: c.first + m - 1 });
                        let title = quoted && c.last < j + 4 && w.gap_after(c.last).opens(&['”', '"', '»']) && ctx.usable(c) && !modifier(c);
                        let c = if titled && j == q + m + 1 && plain(ctx, j) { Chunk { first: j - 1, last: c.last } } else { c };
                        // `told the COURIER`, `a declarat pentru GAZETA NOASTRĂ`: a
                        // title opening in capitals (five bytes or more, no listed
                        // body's acronym) given the words at the verb is a
                        // paper's masthead.
                        let shouted = is_acronym(w.text(c.first)) && w.text(c.first).len() >= 5 && !lex.organizations.exact(w, c.first, c.last) && at_verb();
                        // (`told Live Science`, `told CNA`, `a declarat pentru
                        // Obiectiv`: a recipient cue close after the verb, then
                        // a name with no first name or title that the text knows
                        // as no person, nor as a listed body: an outlet, named
                        // or by its acronym; or a name headed by an outlet's
                        // word, `Retail Gazette`.)
                        let ty = names::classify(w, lex, c);
                        // (In the verb's own clause: `a spus că pentru X …` opens
                        // a reported clause, where `pentru` means `for`.)
                        let recipient = q <= s0 + 6
                            && words[W::RecipientCues].contains(p)
                            && !(s0 + 1..q).any(|k| in_list(ctx, W::Complementizers, k))
                            && ctx.usable(c)
                            && !(c.first..c.last + 1).any(|k| first_at(ctx, k) || has(ctx, &lex.titles, k))
                            && !ctx.known_person(c)
                            && !lex.organizations.exact(w, c.first, c.last)
                            // (An acronym with a body's word is no outlet: `told the UK Covid-19 Inquiry`.)
                            && (is_acronym(w.text(c.first)) && !(c.first..c.last + 1).any(|k| has_text(ctx, &lex.org_words, k)) || (c.first..c.last + 1).any(|k| has_text(ctx, &lex.outlet_words, k)) || (ty == SourceType::Person && (once(w.text(c.last)) || told_only(c))));
                        // (`told KARE 11`: a station's channel number is its name's.)
                        let n1 = c.last + 1;
                        let c = if recipient && n1 < end && digit_at(ctx, n1) && raw_gap_is(ctx, n1, " ") && w.text(n1).len() <= 3 { Chunk { first: c.first, last: n1 } } else { c };
                        if title || (!quoted && (shouted || paper || recipient || c.first < j || refine(ctx, c, ty) == SourceType::Outlet)) {
                            out.push(found_at(ctx, c, SourceType::Outlet, p));
                            break;
                        }
                    }
                }
            }
            q += 1;
        }
    }
    for para in 0..ctx.doc.paragraphs.len() {
        closing_credit(ctx, para, &mut out);
        if let Some(f) = dash_tagline(ctx, para) {
            out.push(f);
        }
        let tail = credits::caption_tail(ctx, para, &out);
        out.extend(tail);
    }
    carried_by(ctx, &mut out);
    if let Some(f) = headline_tag(ctx) {
        out.push(f);
    }
    for f in &mut out {
        // Partners joined by `&` (`Selzer & Co.`) are a firm, not a person.
        if f.source_type == SourceType::Person && text[f.span.clone()].contains(" & ") {
            f.source_type = SourceType::Organization;
        }
        if let (SourceType::Document, Some(c)) = (f.source_type, f.chunk) {
            if f.span.end == end_of(ctx, c.last) {
                f.span.end = end_of(ctx, document_tail(ctx, c));
            }
        }
    }
    crate::order::sort_by_key(&mut out, |f| f.span.start as u128);
    out
}

/// `In a statement, Edison said`, `Delgaz Grid a transmis, într-un
/// comunicat, că`: a name no one's first name opens, speaking through an
/// indefinite document noun near its cue, is a body's.
pub(crate) fn in_statement(ctx: &Context<'_, '_>, cue: &crate::context::Cue, c: Chunk) -> bool {
    let lex = ctx.lex;
    let from = sent_start(ctx, c.first.min(cue.first)).max(c.first.min(cue.first).saturating_sub(8));
    let to = (cue.first + cue.len + 3).min(ctx.w.len());
    // (`Mr Keller said in a statement`, `chief executive X said`, `the
    // party's spokesperson, X, said`: a title or a role makes a person.)
    let titled = || c.first > 0 && (has(ctx, &lex.titles, c.first - 1) || lower_role(ctx, c.first - 1) || gap_is(ctx, c.first, ",") && (c.first.saturating_sub(4)..c.first).any(|k| lower_role(ctx, k)));
    // (The document noun first: rare and a few lookups, where the first
    // name's test looks back through the text's names.)
    (from..to).any(|k| k + 1 < to && has(ctx, &lex.indefinite, k) && same_sent(ctx, k + 1, cue.first) && low(ctx, k + 1, &lex.report_nouns)) && !titled() && !any_first_name(ctx, c.first, c.last + 1) && !first_named(ctx, c)
}

/// `…, citează Mediafax surse politice`, `…, transmite corespondentul
/// Agerpres la Madrid`: a verb of [carried_verbs] set off by a comma, an
/// outlet's reporter noun or article at most, then a listed outlet: the
/// outlet that carried the story.
fn carried_by(ctx: &Context<'_, '_>, out: &mut Vec<Found>) {
    let w = &ctx.w;
    let lex = ctx.lex;
    let words = &ctx.lex.source_words;
    if words[W::CarriedVerbs].is_empty() {
        return;
    }
    for i in 1..w.len() {
        if cap_at(ctx, i) || !w.gap(i).contains(',') || !in_list(ctx, W::CarriedVerbs, i) {
            continue;
        }
        let sent = w.sent(i);
        let mut j = i + 1;
        while j < w.len() && j < i + 3 && plain(ctx, j) && !cap_at(ctx, j) && w.sent(j) == sent && (in_list(ctx, W::ReporterNouns, j) || has(ctx, &lex.definite, j) || descriptor_at(ctx, j)) {
            j += 1;
        }
        if j >= w.len() || !plain(ctx, j) || w.sent(j) != sent {
            continue;
        }
        if let Some(c) = listed_outlet(ctx, j) {
            out.push(found_at(ctx, c, SourceType::Outlet, w.lower(i)));
        }
    }
}

/// A picture credit in brackets closing a caption line: `(Name/The Canadian
/// Press)`, `(ABC News: Name)`, `[File: Name/Reuters]`. Its parts, split at
/// slashes and at a colon, are short capitalised names, one of them opening
/// with a listed agency or outlet; a lone label word before a colon
/// (`File:`) is no credit. (`(AP Photo/Name)` is matched word by word.)
/// `… was arrested. — The Canadian Press`, `-- Reuters` on a line of its
/// own: a listed agency after a dash, closing the paragraph after a full
/// stop, is the wire the story came from. (Not inlined: inlined into
/// `patterns` it grows the wasm module by about a kilobyte.)
#[inline(never)]
fn dash_tagline(ctx: &Context<'_, '_>, para: usize) -> Option<Found> {
    let w = &ctx.w;
    let lex = ctx.lex;
    let e = w.at(ctx.doc.paragraphs[para].end).checked_sub(1)?;
    let a = (e.saturating_sub(4)..e + 1).find(|&a| w.para(a) == para && lex.outlets.at(w, a).is_some_and(|(m, _)| a + m - 1 == e))?;
    // (`— The Associated Press`: the article as printed is the name's own.)
    let a = a - usize::from(a > 0 && plain(ctx, a) && w.para(a - 1) == para && cap_at(ctx, a - 1) && has(ctx, &lex.definite, a - 1));
    let g = w.gap(a);
    ((g.contains('.') || g.contains('\n')) && matches!(g.trim_end().chars().next_back(), Some('—' | '–' | '-'))).then(|| found(ctx, Chunk { first: a, last: e }, SourceType::Outlet, None))
}

/// `Housing completions fall 14% – CSO`, `Fares to rise 45%: BMRCL`: a
/// body's name closing the headline (the first paragraph) after a dash or
/// a colon is where the headline's claim comes from.
#[inline(never)]
fn headline_tag(ctx: &Context<'_, '_>) -> Option<Found> {
    let w = &ctx.w;
    let e = w.at(ctx.doc.paragraphs.first()?.end).checked_sub(1)?;
    let c = ctx.names.ending(e).filter(|c| c.first > 0 && w.para(e) == 0 && matches!(w.gap(c.first).trim(), "–" | "—" | ":"))?;
    let (c, t) = typed(ctx, c);
    (t != SourceType::Person).then(|| found(ctx, c, t, None))
}

/// A picture credit of words `a..=b` (free text: no name run).
#[inline(never)]
fn photo_credit(ctx: &Context<'_, '_>, a: usize, b: usize) -> Found {
    Found { span: start_of(ctx, a)..end_of(ctx, b), chunk: None, source_type: SourceType::Photo, cue: None }
}

fn closing_credit(ctx: &Context<'_, '_>, para: usize, out: &mut Vec<Found>) {
    let w = &ctx.w;
    let lex = ctx.lex;
    // (The credits pushed here are taken back when the bracket turns out no credit.)
    let start = out.len();
    // The paragraph's last word, closing a bracket.
    let p = ctx.doc.paragraphs[para].clone();
    let e = w.at(p.end).wrapping_sub(1);
    if e >= w.len() || w.para(e) != para {
        return;
    }
    let words = &ctx.lex.source_words;
    // `JANE DOE FOR THE TIMES`: a short line in capitals, a name, a joiner
    // and a listed outlet closing the line: two picture credits.
    let a = w.at(p.start);
    if e < a + 8 && !ctx.doc.text[p].chars().any(crate::case::is_lower) {
        if let Some(j) = (a + 2..e).find(|&k| in_list(ctx, W::CreditJoiners, k)) {
            if lex.outlets.at_fold(w, j + 1).is_some_and(|(m, _)| j + m == e) {
                out.push(photo_credit(ctx, a, j - 1));
                out.push(photo_credit(ctx, j + 1, e));
                return;
            }
        }
    }
    // (Its own line only: a rule line `___` may follow the paragraph.)
    if !matches!(w.gap_after(e).lines().next().unwrap_or("").trim(), ")" | "]" | ").") {
        return;
    }
    let e = credit_tail(ctx, e);
    let listed = |a: usize| lex.photo_agencies.starts_at(w, a) || lex.outlets.starts_at(w, a);
    // Back to the opening bracket, splitting at slashes and colons.
    let (mut b, mut any) = (e, false);
    for a in (e.saturating_sub(12)..e + 1).rev() {
        // `(A24 via AP)`: a joiner word splits the credit like a slash.
        if a > 0 && a < b && plain(ctx, a + 1) && in_list(ctx, W::CreditJoiners, a) {
            if !cap_at(ctx, a + 1) || b > a + 4 {
                out.truncate(start);
                return;
            }
            any |= listed(a + 1);
            out.push(photo_credit(ctx, a + 1, b));
            b = a - 1;
            continue;
        }
        let g = w.gap(a);
        let split = g.holds(&['/', ':', '(', '[']);
        if split {
            // `File:` before a colon is a label, not a name
            // (`File image:` too: a label word and a picture word.)
            let label = (b == a || (b == a + 1 && in_list(ctx, W::CreditWords, b))) && w.gap_after(b).contains(':') && !listed(a);
            if !label {
                // `(AP Photo/Name)`: the picture word is not the agency's; a
                // capitalised plural one closes an agency's own name (`(Gallo
                // Images/Name)`, `Inquam Photos`), listed or not.
                let picture = |q: usize| in_list(ctx, W::CreditWords, q);
                // (`(Name/HT Photo)`: a capitalised picture word after a name
                // marks it as the paper's, listed or not.)
                let agency = b > a && cap_at(ctx, b) && picture(b) && ends_in(&words.plural_endings, w.lower(b), 0);
                let cut = b > a && picture(b) && !agency;
                if cut {
                    b -= 1;
                }
                if !cap_at(ctx, a) || b > a + 3 || (a..b + usize::from(!agency)).any(picture) {
                    out.truncate(start);
                    return;
                }
                any |= agency || cut && cap_at(ctx, b + 1) || listed(a);
                out.push(photo_credit(ctx, a, b));
            }
            if g.holds(&['(', '[']) {
                if !(any && out.len() > start + 1) {
                    out.truncate(start);
                }
                return;
            }
            b = a.saturating_sub(1);
        } else if !plain(ctx, a) && !g.is_empty() && !g.holds(&['-', '’', '\'', '.']) {
            out.truncate(start);
            return;
        }
    }
    out.truncate(start);
}

/// The last word of a credit before a closing mark that names no one
/// (`(AP Photo/Name, File)`, `REUTERS/Name/File Photo`), or `e` itself.
fn credit_tail(ctx: &Context<'_, '_>, e: usize) -> usize {
    let w = &ctx.w;
    let mut k = e;
    while k > 0 && k + 2 > e && in_list(ctx, W::CreditWords, k) {
        if w.gap(k).holds(&[',', '/']) {
            return k - 1;
        }
        k -= 1;
    }
    e
}

/// `THE CANADIAN PRESS/Name`, `REUTERS/Name/File Photo` closing a caption:
/// a known agency glued by a slash to a photographer's full name that ends
/// the line: two picture credits.
#[inline(never)]
fn agency_first_credit(ctx: &Context<'_, '_>, i: usize, line_start: bool) -> Option<(Found, Found)> {
    let w = &ctx.w;
    let lex = ctx.lex;
    if !cap_at(ctx, i) || !(line_start || i == sent_start(ctx, i)) {
        return None;
    }
    let (m, _) = lex.photo_agencies.at_fold(w, i).or_else(|| lex.outlets.at_fold(w, i))?;
    let k = i + m;
    if k >= w.len() || w.gap(k) != "/" || !same_para(ctx, k, i) {
        return None;
    }
    let c = ctx.names.starting(k).filter(|c| c.last > c.first)?;
    let e = w.at(ctx.doc.paragraphs[w.para(i)].end).wrapping_sub(1);
    if e >= w.len() || credit_tail(ctx, e) != c.last || !w.gap_after(e).lines().next().unwrap_or("").trim().is_empty() {
        return None;
    }
    let agency = Chunk { first: i, last: k - 1 };
    Some((found(ctx, agency, SourceType::Photo, None), found(ctx, c, SourceType::Photo, None)))
}

/// `Rents rose, Zoopla figures show`: the verb at `k` after a name and its
/// document noun is a finding verb, and the name no outlet (a journal's
/// study is only where it appeared) nor a lone common word opening a
/// sentence (`Government figures show`).
#[inline(never)]
fn found_by_figures(ctx: &Context<'_, '_>, c: Chunk, k: usize) -> bool {
    let w = &ctx.w;
    in_list(ctx, W::FindingVerbs, k) && figures_owner(ctx, c) && !ctx.lex.outlets.exact(w, c.first, c.last)
}

/// True when `c`, before a document noun, is a name and not a capitalised
/// common word opening the sentence (`Official figures`, `Government data`):
/// an acronym, a name mid-sentence, or (`Australian Bureau of Statistics
/// figures show` opening a sentence) a name of several words read as a body's.
fn figures_owner(ctx: &Context<'_, '_>, c: Chunk) -> bool {
    let w = &ctx.w;
    is_acronym(w.text(c.first)) || c.first != sent_start(ctx, c.first) || (c.last > c.first && (names::classify(w, ctx.lex, c) == SourceType::Organization || !any_first_name(ctx, c.first, c.last + 1)))
}

/// `Curtea de Conturi a publicat un raport care arată …`, `the X released
/// a study that shows …`: a body, a publishing participle of [title_stops]
/// (past an auxiliary), an indefinite article and the document noun at
/// `i`, then a relative or complementizer and a verb of finding (the cue):
/// the body is the source of what the document shows. (A person there
/// reports only indirectly.)
#[inline(never)]
fn published_finding(ctx: &Context<'_, '_>, i: usize) -> Option<Found> {
    let w = &ctx.w;
    if i < 3 || !(low(ctx, i, &ctx.lex.report_nouns) && low(ctx, i - 1, &ctx.lex.indefinite) && low_in(ctx, i - 2, W::TitleStops) && (low_in(ctx, i + 1, W::Relatives) || low_in(ctx, i + 1, W::Complementizers)) && low_in(ctx, i + 2, W::FindingVerbs)) {
        return None;
    }
    // (Past one auxiliary: `a publicat`, `has released`.)
    let v = i - 2 - usize::from(low_in(ctx, i - 3, W::Auxiliaries));
    let c = ctx.names.ending(v - 1).filter(|&c| plain(ctx, v) && ctx.usable(c) && !placed_name(ctx, c))?;
    let (c, t) = typed(ctx, c);
    (t != SourceType::Person).then(|| found_at(ctx, c, t, w.lower(i + 2)))
}

/// `Under Ofgem rules, …`, `Under the Water Services Act, …`: a sentence
/// opening with a word of [rule_openers] at `i`, then a name that is a
/// document, or a name before a document noun (the rules' owner).
#[inline(never)]
fn rule_opening(ctx: &Context<'_, '_>, i: usize) -> Option<Found> {
    let w = &ctx.w;
    if i != sent_start(ctx, i) || !in_list(ctx, W::RuleOpeners, i) {
        return None;
    }
    let j = i + 1 + usize::from(i + 1 < w.len() && plain(ctx, i + 1) && article_at(ctx, i + 1));
    let named = ctx.names.starting(j);
    let c = named.or_else(|| (j < w.len() && cap_at(ctx, j)).then_some(Chunk { first: j, last: j })).filter(|_| plain(ctx, j))?;
    // `Under the Right to Education Act`, `the Metro Railways (Operation and
    // Maintenance) Act`: the name runs on over links and a bracketed part
    // to its document word.
    let doc = |k: usize| cap_at(ctx, k) && ctx.lex.document_words.contains_text(w, k);
    let (mut k, mut open) = (c.last + 1, false);
    while !doc(c.last) && k < w.len() && k < c.first + 14 && same_sent(ctx, k, i) && matches!(w.gap(k).trim(), "" | "(" | ")") && (cap_at(ctx, k) || has(ctx, &ctx.lex.connectors, k) || has(ctx, &ctx.lex.prepositions, k)) {
        open = w.gap(k).contains('(') || open && !w.gap(k).contains(')');
        if doc(k) && !open {
            break;
        }
        k += 1;
    }
    let c = if k < w.len() && doc(k) && matches!(w.gap(k).trim(), "" | ")") { Chunk { first: c.first, last: k } } else { c };
    let (c, t) = if doc(c.last) { (c, SourceType::Document) } else { typed(ctx, named?) };
    let k = c.last + 1;
    let owner = low(ctx, k, &ctx.lex.doc_nouns);
    (t == SourceType::Document || owner).then(|| found_at(ctx, c, t, w.text(i)))
}

/// The word after a document's participle and its day (`published on
/// Thursday`, `released today`) starting at `k`; else `k`. Three words at
/// most, within the sentence.
fn dated_participle(ctx: &Context<'_, '_>, k: usize) -> usize {
    let w = &ctx.w;
    let lex = ctx.lex;
    if k >= w.len() || !plain(ctx, k) || !in_list(ctx, W::TitleStops, k) || !has(ctx, &lex.doc_nouns, k) {
        return k;
    }
    let sent = w.sent(k);
    let day = |q: usize| q < w.len() && plain(ctx, q) && w.sent(q) == sent && has(ctx, &lex.time_words, q);
    if day(k + 1) {
        k + 2
    } else if k + 1 < w.len() && plain(ctx, k + 1) && has(ctx, &lex.prepositions, k + 1) && day(k + 2) {
        k + 3
    } else {
        // (`released last week`, `published earlier this month`: the
        // lowercase time words the document nouns skip.)
        let mut q = k + 1;
        while q < k + 4 && q < w.len() && plain_lower(ctx, q) && w.sent(q) == sent && has(ctx, &lex.doc_nouns, q) && !has(ctx, &lex.report_nouns, q) {
            q += 1;
        }
        if q > k + 2 {
            q
        } else {
            k
        }
    }
}

/// `the Council of the European Union said`, `the Office for the
/// Coordination of Humanitarian Affairs said`: a body's name with links
/// and an article inside (word runs stop at them) right before the cue.
fn linked_body_before(ctx: &Context<'_, '_>, cue: &crate::context::Cue) -> Option<Subject> {
    let w = &ctx.w;
    let mut c = ctx.names.ending(cue.first.checked_sub(1)?).filter(|_| plain(ctx, cue.first))?;
    let mut article = false;
    for _ in 0..3 {
        if any_first_name(ctx, c.first, c.last + 1) || c.first < 2 || !plain(ctx, c.first) {
            return None;
        }
        let a = c.first - 1;
        let the = low(ctx, a, &ctx.lex.definite) && plain(ctx, a);
        let l = a - usize::from(the);
        if l == 0 || !low(ctx, l, &ctx.lex.connectors) || in_list(ctx, W::Coordinators, l) {
            return None;
        }
        article |= the;
        c = Chunk { first: ctx.names.ending(l - 1)?.first, last: c.last };
        if article && names::classify(w, ctx.lex, Chunk { first: c.first, last: l - 1 }) == SourceType::Organization {
            return Some(Subject::Named(c));
        }
    }
    None
}

/// A newspaper review: a listed paper in subject position before a verb of
/// what its front page does (`The Guardian leads on …`, `while the Daily
/// Mirror carries …`), or opening a line, past a caption's label, before a
/// colon and its headline (`Image caption, The Observer: …`).
#[inline(never)]
fn press_review(ctx: &Context<'_, '_>, i: usize, line_start: bool) -> Option<Found> {
    let w = &ctx.w;
    let text = ctx.doc.text;
    let line_start = line_start && text[ctx.doc.paragraphs[w.para(i)].start..start_of(ctx, i)].trim().is_empty();
    let m = if line_start { (i..(i + 3).min(w.len())).find(|&k| w.gap_after(k).starts_with(',') && (i..k + 1).all(|q| in_list(ctx, W::CaptionLabels, q))).map_or(0, |k| k + 1 - i) } else { 0 };
    let c = names::with_article(w, ctx.lex, listed_outlet(ctx, i + m)?);
    let v = c.last + 1;
    if line_start && (m > 0 || c.first == i) && (m == 0 || !plain(ctx, i + m)) {
        // (An interviewer's label opens every question of a Q&A: `Europa
        // Liberă: Ce spun muzicienii?`; a front page's opens one line.)
        let g = w.gap_after(c.last);
        let para = &ctx.doc.paragraphs[w.para(i)];
        // (The label with its colon: only built once the gap is known to open
        // with one, a single byte, so the slice ends on a character boundary.)
        let once = || {
            let label = &text[start_of(ctx, c.first)..end_of(ctx, c.last) + 1];
            let mut lines = 0;
            for p in &ctx.doc.paragraphs {
                lines += usize::from(text[p.clone()].contains(label));
            }
            lines == 1
        };
        if g.starts_with(": ") && !g.holds(&['“', '"', '„', '«', '‘', '\'']) && v < w.len() && same_para(ctx, v, c.last) && !text[para.clone()].trim_end().ends_with('?') && once() {
            return Some(found(ctx, c, SourceType::Outlet, None));
        }
    }
    let p = if c.first > 0 && plain(ctx, c.first) && article_at(ctx, c.first - 1) { c.first - 1 } else { c.first };
    let subject = p == sent_start(ctx, p) || w.gap(p).contains(',') || (plain(ctx, p) && (has(ctx, &ctx.lex.clause_words, p - 1) || in_list(ctx, W::Coordinators, p - 1)));
    (subject && low_in(ctx, v, W::PressVerbs)).then(|| found(ctx, c, SourceType::Outlet, Some(w.lower(v).to_string())))
}

/// `Curtea de Conturi: spitalele au datorii …`: a headline opening with a
/// body's name and a colon, no quotation marks after it, states the body's
/// claim (the same attribution as `Name: “…”`).
#[inline(never)]
fn headline_body(ctx: &Context<'_, '_>) -> Option<Found> {
    let w = &ctx.w;
    let c = ctx.names.starting(0)?;
    // (`Ana Pop, președintele FITS: …`: a person's role set off before the colon.)
    let mut k = c.last;
    if w.gap_after(c.last) == ", " {
        k += 1;
        while k + 1 < w.len() && k < c.last + 7 && plain(ctx, k + 1) {
            k += 1;
        }
    }
    // (`Name: „…”` leaves a quotation mark in the gap: the quote's speaker.)
    if w.gap_after(k) != ": " || !bare_headline_line(ctx, 0) {
        return None;
    }
    let (c2, t) = typed(ctx, c);
    // (A person by a known first name and a surname: `Ana Pop: …`.)
    let person = t == SourceType::Person && c2.last > c2.first && names::given_parts(ctx.lex, w.lower(c2.first));
    if k > c.last && !(person && role_at(ctx, c.last + 1)) {
        return None;
    }
    // (One word: an acronym or a listed body, `Eurostat: …`.)
    (person || t == SourceType::Organization && (c2.last > c2.first || is_acronym(w.text(c2.first)) || ctx.lex.organizations.exact(w, c2.first, c2.last))).then(|| found(ctx, c2, t, None))
}

/// `Name Surname/Getty Images` alone on its line: two picture credits.
fn bare_credit(ctx: &Context<'_, '_>, i: usize) -> Option<(Found, Option<Found>)> {
    let w = &ctx.w;
    let lex = ctx.lex;
    let x = &w.list[i];
    if i > 0 && w.para(i - 1) == x.para {
        return None;
    }
    let named = ctx.names.starting(i);
    let para_end = ctx.doc.paragraphs[x.para].end;
    // `Getty Images` alone on a line under the headline: a bare agency credit.
    if let Some((m, _)) = lex.photo_agencies.at(w, i).filter(|&(m, _)| m > 1 || end_of(ctx, i) == para_end) {
        let end = i + m - 1;
        if x.para > 0 && ctx.doc.text[end_of(ctx, end)..para_end].trim().is_empty() && ctx.doc.text[ctx.doc.paragraphs[x.para].start..x.start].trim().is_empty() {
            let agency = Chunk { first: i, last: end };
            return Some((found(ctx, agency, SourceType::Photo, None), None));
        }
    }
    // `Jesse Doe Toronto Star` under a caption's full stop: two or three
    // capitalised words (a name) and a listed paper ending the line, no mark
    // between.
    let line = &ctx.doc.text[x.start..para_end];
    let last = w.at(para_end) - 1;
    let (c, k) = match (i + 2..last.min(i + 3) + 1).find(|&j| lex.outlets.at(w, j).is_some_and(|(m, _)| j + m - 1 == last)) {
        Some(j) if ctx.doc.text[..x.start].trim_end().ends_with('.') && line.chars().all(|ch| crate::scan::is_letter(ch) || " -'’".contains(ch)) && (i..j).all(|q| cap_at(ctx, q)) && named.is_some() => (Chunk { first: i, last: j - 1 }, j),
        // `CHLOE DOE/STUFF`: a line in capitals, a name run being no name there.
        _ if !line.chars().any(crate::case::is_lower) => match (i + 1..last.min(i + 3) + 1).find(|&j| raw_gap_is(ctx, j, "/")) {
            Some(j) => (Chunk { first: i, last: j - 1 }, j),
            None => return None,
        },
        _ => match named {
            Some(c) if c.last > c.first && c.last + 1 <= last && raw_gap_is(ctx, c.last + 1, "/") => (c, c.last + 1),
            _ => return None,
        },
    };
    // (`MARTY DOE/PHOTOSPORT`: in capitals, a name of two words or more and
    // one or two words closing the line are photographer and agency, listed or not.)
    let caps = x.para > 0 && !line.chars().any(crate::case::is_lower) && c.last > c.first && last < k + 2 && (k..last + 1).all(|q| q == k || plain(ctx, q));
    let m = lex.photo_agencies.at(w, k).or_else(|| lex.outlets.at(w, k)).or_else(|| lex.outlets.at_fold(w, k)).map(|(m, _)| m).or_else(|| caps.then_some(last + 1 - k))?;
    let end = k + m - 1;
    if end != last {
        return None;
    }
    let agency = Chunk { first: k, last: end };
    Some((found(ctx, c, SourceType::Photo, None), Some(found(ctx, agency, SourceType::Photo, None))))
}

/// `The X Administration recorded 1,044 derailments, according to the
/// agency's database`: a body's noun with a possessive after the cue points
/// back to the body named earlier in the sentence (the nearest one).
fn own_body_before(ctx: &Context<'_, '_>, cue: usize, j: usize) -> Option<Chunk> {
    let w = &ctx.w;
    let lex = ctx.lex;
    let n = w.len();
    let k = if j < n && plain(ctx, j) && has(ctx, &lex.definite, j) { j + 1 } else { j };
    if k + 1 >= n || !plain(ctx, k) || cap_at(ctx, k) || !has(ctx, &lex.org_descriptors, k) || !possessive_s(ctx, k + 1) {
        return None;
    }
    let start = sent_start(ctx, cue);
    let mut q = cue;
    while q > start {
        q -= 1;
        if let Some(c) = ctx.names.ending(q).filter(|c| c.first >= start) {
            if ctx.usable(c) && typed(ctx, c).1 == SourceType::Organization {
                return Some(c);
            }
            q = c.first;
        }
    }
    None
}

/// The parts of a credit line separated by slashes (`Inquam Photos / Name`,
/// `Name/Getty Images`), each with its byte offset.
fn credit_parts<'b>(at: usize, body: &'b str, joiners: &FxSet<String>) -> Vec<(usize, &'b str)> {
    let mut parts = Vec::new();
    let mut from = 0;
    // `Sursa: Reuters, AFP, DPA`: a list of short names (each part at most
    // three words, opening with a capital) is one credit per name.
    let listed = body.contains(", ") && body.split(',').all(|x| {
        let x = x.trim();
        x.starts_with(crate::case::is_upper) && x.split_whitespace().count() <= 3
    });
    for (k, c) in body.char_indices() {
        // (`facebook.com/PrimariaIasi`: a slash inside an address splits nothing.)
        let address = c == '/' && {
            let pre = &body[..k];
            let st = pre.char_indices().rev().find(|&(_, ch)| ch.is_whitespace()).map_or(0, |(p, ch)| p + ch.len_utf8());
            pre[st..].contains('.') && body[k + 1..].starts_with(|x: char| !x.is_whitespace())
        };
        // (`Foto: Ana Pop (GSP)`: a picture's paper in brackets after the name.)
        let bracket = c == '(' && !joiners.is_empty() && k > 0 && body[from..k].split_whitespace().all(|x| x.starts_with(crate::case::is_upper));
        if (c == '/' && !address) || c == '|' || (listed && c == ',') || bracket {
            parts.push((at + from, &body[from..k]));
            from = k + 1;
        }
    }
    parts.push((at + from, &body[from..]));
    // `Name for The Daily Post`: the photographer and the outlet that hired them.
    let mut out = Vec::with_capacity(parts.len());
    for (s, part) in parts {
        let split = joiners.iter().find_map(|j| part.find(join(" ", j, " ").as_str()).map(|k| (k, j.len() + 2)));
        match split {
            Some((k, len)) if part[k + len..].starts_with(crate::case::is_upper) && part[..k].trim_start().starts_with(crate::case::is_upper) => {
                out.push((s, &part[..k]));
                out.push((s + k + len, &part[k + len..]));
            }
            _ => out.push((s, part)),
        }
    }
    out
}

/// The last word of a document's name past its chunk: its number (`Legea
/// nr. 123/2020`, `Legii 123/2020`) and a lowercase title carried on by a
/// linker (`Raportul anual privind starea economiei`), up to punctuation, a
/// preposition outside the name's connectors, or a reporting cue.
fn document_tail(ctx: &Context<'_, '_>, c: Chunk) -> usize {
    let w = &ctx.w;
    let lex = ctx.lex;
    let n = w.len();
    let sent = w.sent(c.last);
    let same = |k: usize| k < n && w.sent(k) == sent;
    let mut last = c.last;
    // A lowercase tail: `Codul de procedură penală`, `Ordonanța de urgență`.
    if same(last + 1) && plain(ctx, last + 1) {
        if let Some((m, _)) = lex.title_tails.at(w, last + 1) {
            if (last + 1..last + 1 + m).all(|q| same(q) && !cap_at(ctx, q)) {
                last += m;
                // `Raportul de activitate al DNA`: the body it belongs to.
                let k = last + 1;
                if same(k + 1) && plain(ctx, k) && plain(ctx, k + 1) && has(ctx, &lex.connectors, k) {
                    if let Some(b) = ctx.names.starting(k + 1) {
                        last = b.last;
                    }
                }
            }
        }
    }
    // The number: `nr. 123/2020`, `123/2020`.
    let mut k = last + 1;
    if same(k) && plain(ctx, k) && has(ctx, &lex.number_marks, k) && same(k + 1) && digit_at(ctx, k + 1) && w.gap_only(k + 1, &['.']) {
        k += 1;
    }
    // (`the Data Protection Act 2018`: a year right after the name; `the
    // Right to Education Act, 2009,`: or set off by commas.)
    let comma_year = same(k) && k == last + 1 && raw_gap_is(ctx, k, ", ") && w.text(k).len() == 4 && w.gap_after(k).opens(&[',', '.', ';', ')']);
    if same(k) && digit_at(ctx, k) && (comma_year || (k > last + 1 || (plain(ctx, k) && (w.gap_after(k).starts_with('/') || w.text(k).len() == 4))) && w.gap_only(k, &['.'])) {
        last = k;
        while same(last + 1) && digit_at(ctx, last + 1) && matches!(w.gap(last + 1), "/" | "-" | "." | "") {
            last += 1;
        }
        return last;
    }
    // The title: up to two lowercase words, a linker, then at most six words.
    let mut k = last + 1;
    let mut adj = 0;
    while same(k) && plain(ctx, k) && !cap_at(ctx, k) && !digit_at(ctx, k) && adj < 2 && !lex.title_linkers.starts_at(w, k) {
        if has(ctx, &lex.prepositions, k) || lex.cues.starts_at(w, k) || has(ctx, &lex.connectors, k) {
            return last;
        }
        k += 1;
        adj += 1;
    }
    let Some((m, _)) = (if same(k) && plain(ctx, k) { lex.title_linkers.at(w, k) } else { None }) else {
        return last;
    };
    let mut q = k + m;
    let mut end = None;
    while same(q) && plain(ctx, q) && q < k + m + 6 && !digit_at(ctx, q) {
        let lower = w.lower(q);
        if ctx.lex.source_words[W::TitleStops].contains(lower)
            || (lex.prepositions.contains(lower) && !lex.connectors.contains(lower))
            || lex.cues.starts_at(w, q)
            || lex.not_yet.contains(lower)
            || lex.by_words.at(w, q).is_some_and(|(b, _)| ctx.names.starting(q + b).is_some())
        {
            break;
        }
        end = Some(q);
        q += 1;
    }
    end.unwrap_or(last)
}

/// `a report by X`, `un comunicat al X`, `datele INS`: the document noun at
/// word `i`, its author within a few words.
pub fn document_author(ctx: &Context<'_, '_>, i: usize) -> Option<Found> {
    let w = &ctx.w;
    let lex = ctx.lex;
    let n = w.len();
    let sent = w.sent(i);
    // The cue names the document and how it is tied to the author, in the
    // text's language: `report by`, `studiu al`, `datele`.
    let noun = w.lower(i);
    let words = &ctx.lex.source_words;
    // `must report to prison by Sept. 30`: the noun is a verb here.
    if i > 0 && plain(ctx, i) && in_list(ctx, W::VerbBefore, i - 1) {
        return None;
    }
    // Direct genitive: `datele INS`, `datelor Casei Naționale…`.
    if i + 1 < n && plain(ctx, i + 1) {
        if let Some(c) = ctx.names.starting(i + 1) {
            let (c, t) = typed(ctx, c);
            // (`Statistics Canada`: the noun is the name's own, no document.)
            if (t == SourceType::Organization || t == SourceType::Outlet) && c.first > i {
                return Some(found_at(ctx, c, t, noun));
            }
        }
    }
    let end = (i + 9).min(n);
    let mut q = i + 1;
    while q < end && w.sent(q) == sent {
        // Clause punctuation ends the search; a thousands separator (1,050) does not.
        let separator = matches!(w.gap(q), "," | ".") && digit_at(ctx, q) && digit_at(ctx, q - 1);
        // `The poll, conducted by X,`: a participle set off after the noun.
        let participle = q == i + 1 && comma_only(ctx, q) && !cap_at(ctx, q) && has(ctx, &lex.doc_nouns, q);
        if w.gap(q).holds(&[',', ';', ':', '.', '(', '“', '”', '„', '«', '»']) && !separator && !participle {
            return None;
        }
        // `the next report will be presented by X`: not yet a source.
        if has(ctx, &lex.not_yet, q) {
            return None;
        }
        // `declarație de presă la Parlament`: part of the noun, not its author.
        if let Some((m, _)) = lex.noun_tails.at(w, q) {
            if (q..q + m).all(|k| plain(ctx, k) && !cap_at(ctx, k)) {
                q += m;
                continue;
            }
        }
        // `a report in The Wall Street Journal`: the outlet that carried it.
        if in_list(ctx, W::OutletByWords, q) && plain(ctx, q) && !cap_at(ctx, q) {
            if let Some(c) = outlet_after(ctx, q + 1, n) {
                return Some(found(ctx, c, SourceType::Outlet, Some(join(noun, " ", w.lower(q)))));
            }
        }
        // (`Bursei de Valori`: a name's connector after a capital is the name's own.)
        if let Some((m, by)) = lex.by_words.at(w, q).filter(|_| !(cap_at(ctx, q - 1) && has(ctx, &lex.connectors, q))) {
            let mut j = q + m;
            let mut skipped = 0;
            while j < end.max(q + m + 5).min(n) && skipped < 4 && plain(ctx, j) && !cap_at(ctx, j) {
                j += 1;
                skipped += 1;
            }
            // `îi aparține copreședintelui partidului, Ana Pop`: a role, then its holder.
            let role_then_name = j < n && skipped > 0 && gap_is(ctx, j, ",") && (q + m..j).any(|k| role_at(ctx, k));
            if j < n && (plain(ctx, j) || role_then_name) {
                // `This report by The Canadian Press`: a paper's title opening
                // with a capitalised article.
                let titled = || (j + 1 < n && cap_at(ctx, j) && has(ctx, &lex.definite, j) && plain(ctx, j + 1)).then(|| ctx.names.starting(j + 1).map(|c| names::with_article(w, lex, c))).flatten();
                if let Some(mut c) = ctx.names.starting(j).or_else(titled).map(|c| described_name(ctx, c)) {
                    // (`pe pagina de Facebook a Ministerului X`: a platform
                    // listed with the documents, then its owner.)
                    let k = c.last + 1;
                    if c.first == c.last && has(ctx, &lex.doc_nouns, c.first) && platform(ctx, c.first) && k < n && plain(ctx, k) && !cap_at(ctx, k) {
                        if let Some(d) = lex.by_words.at(w, k).and_then(|(b, _)| (k + b < n && plain(ctx, k + b)).then(|| ctx.names.starting(k + b)).flatten()) {
                            c = described_name(ctx, d);
                        }
                    }
                    // `făcută de ministra Mediului, Ana Pop`: the body after a
                    // role is the role's; the person named after it is the author.
                    if (q + m..j).any(|k| role_at(ctx, k)) {
                        let k = c.last + 1;
                        let named = (k < n && gap_is(ctx, k, ",") && w.sent(k) == sent).then(|| ctx.names.starting(k)).flatten();
                        if let Some(d) = named.filter(|d| d.last > d.first && names::classify(w, lex, *d) == SourceType::Person) {
                            c = d;
                        }
                    }
                    // `data from Siberian sites`: a people's adjective before a
                    // common noun names no one.
                    if demonym(ctx, c) && plain_lower(ctx, c.last + 1) {
                        return None;
                    }
                    if ctx.usable(c) {
                        let (c2, mut t) = typed(ctx, c);
                        if t == SourceType::Person && skipped > 0 && (q + m..j).any(|k| has(ctx, &lex.org_descriptors, k)) {
                            t = SourceType::Organization;
                        }
                        // `a report by Drewry`: a lone unknown name is a body.
                        if t == SourceType::Person && c2 == c && unknown_body(ctx, c) && !words[W::SpeakerLinks].contains(by.text) {
                            t = SourceType::Organization;
                        }
                        // `conducts the survey with Republican Ana Pop`: a person
                        // after `with` is a partner, not the author.
                        // (`X said in a filing with the Y Commission`: a document the
                        // cue names is the speaker's, filed with the body.)
                        let in_cue = (i.saturating_sub(3)..i).any(|k| ctx.cue_starting(k).is_some() && w.sent(k) == sent);
                        if words[W::BodyByWords].contains(by.text) && (in_cue || t == SourceType::Person || names::classify(w, lex, c) == SourceType::Person) {
                            return None;
                        }
                        let c = c2;
                        return Some(found(ctx, c, t, Some(join(noun, " ", by.text))));
                    }
                }
            }
            // `of 1,050 residents`: keep looking for `by`.
        }
        q += 1;
    }
    None
}

/// `… at the airport. Photo / Name`: a capitalised picture word opening a
/// sentence with a slash after it opens a credit too.
#[inline(never)]
fn slash_credit(ctx: &Context<'_, '_>, i: usize) -> bool {
    let w = &ctx.w;
    cap_at(ctx, i) && i == sent_start(ctx, i) && w.gap_after(i).trim() == "/" && in_list(ctx, W::CreditWords, i)
}

/// `ST PHOTO: NAME`: a paper's initials in capitals opening the credit cue
/// at word `i` are its own credit (like `AP Photo/Name`).
#[inline(never)]
fn credit_owner(ctx: &Context<'_, '_>, i: usize) -> Option<Found> {
    let w = &ctx.w;
    let k = i.wrapping_sub(1);
    (i > 0 && plain(ctx, i) && k == sent_start(ctx, k) && is_acronym(w.text(k)) && is_acronym(w.text(i))).then(|| photo_credit(ctx, k, k))
}

/// `The report, titled “…”, found that …`: a sentence whose subject is a
/// definite document noun, with the cue further on. Link-only (a role).
fn document_subject(ctx: &Context<'_, '_>, cue: &crate::context::Cue) -> Option<Subject> {
    let start = sent_start(ctx, cue.first);
    if cue.first > start + 12 {
        return None;
    }
    let first = if has(ctx, &ctx.lex.definite, start) { start + 1 } else { start };
    (first < cue.first && has(ctx, &ctx.lex.report_nouns, first) && (first > start || ctx.lex.definite.is_empty()))
        .then_some(Subject::Role(first))
}

/// `analysts at Barclays said`, `a spokesperson for Tesco said`,
/// `cercetătorii de la Universitatea X au arătat`, `Nomura economists
/// wrote`: people named only as a body's staff, right before the cue, speak
/// for the body, which is the source (an outlet stays one; anything else is
/// a body, whatever its name looks like). A person's name there is left to
/// the usual subject.
fn member_body_before(ctx: &Context<'_, '_>, cue_first: usize) -> Option<(Chunk, SourceType)> {
    let w = &ctx.w;
    let words = &ctx.lex.source_words;
    let k = cue_first.checked_sub(1)?;
    if k == 0 || !plain(ctx, cue_first) {
        return None;
    }
    let start = sent_start(ctx, cue_first);
    // A word of `set`, lowercase or capitalised only for opening the sentence.
    let is = |q: usize, set: &FxSet<String>| q >= start && (!cap_at(ctx, q) || q == start) && has(ctx, &set, q);
    let plural = |q: usize| ends_in(&words.plural_endings, w.lower(q), 0);
    if is(k, &words[W::StaffNouns]) && !cap_at(ctx, k) {
        // `Nomura analysts said`: the body's name right before its staff.
        return member_body(ctx, ctx.names.ending(k - 1).filter(|c| plain(ctx, k) && c.last + 1 == k)?);
    }
    let mut c = ctx.names.ending(k)?;
    // `Analiștii Raiffeisen au declarat`: a plural member noun opening the
    // sentence runs into the name; a genitive needs no link.
    if c.first == start && c.last > c.first && is(c.first, &words[W::MemberNouns]) && plural(c.first) {
        c.first += 1;
        return member_body(ctx, c);
    }
    let mut p = c.first.checked_sub(1)?;
    // Only a group (`analiștii X`): `spokesman Ion Pop` is the spokesman's name.
    if !plain(ctx, c.first) || (is(p, &words[W::MemberNouns]) && plural(p)) {
        return (plain(ctx, c.first) && p >= start).then(|| member_body(ctx, c)).flatten();
    }
    // Past an article, the link (`at`, `de la`: its last word, and `de`).
    if is(p, &ctx.lex.definite) && p > 0 {
        p -= 1;
    }
    if !is(p, &words[W::MemberLinks]) || p == 0 {
        return None;
    }
    p -= 1;
    if is(p, &words[W::MemberLinks]) && p > 0 {
        p -= 1;
    }
    // The member noun, or the last word of a member phrase (`purtătorul de cuvânt`).
    // (`Cei din Iași au povestit`: people from a place's preposition; a body's
    // name reads as one.)
    let origin = in_list(ctx, W::PlacePrepositions, c.first - 1) && names::classify(w, ctx.lex, c) == SourceType::Person;
    (is(p, &words[W::MemberNouns]) && !origin).then(|| member_body(ctx, c)).flatten()
}

/// `au transmis cei de la ISU Brașov`: a member noun after the cue, its
/// links, then the body it speaks for (see [`member_body_before`]).
pub fn member_body_after(ctx: &Context<'_, '_>, j: usize, limit: usize) -> Option<Chunk> {
    let words = &ctx.lex.source_words;
    if j >= limit || cap_at(ctx, j) || !has(ctx, &words[W::MemberNouns], j) {
        return None;
    }
    let mut q = j + 1;
    while q < limit.min(j + 4) && plain(ctx, q) && !cap_at(ctx, q) && has(ctx, &words[W::MemberLinks], q) {
        q += 1;
    }
    if q == j + 1 || q >= limit || !plain(ctx, q) {
        return None;
    }
    // (`cei din Iași`: people from a place; a body's name reads as one.)
    let c = ctx.names.starting(q).filter(|&c| names::classify(&ctx.w, ctx.lex, c) != SourceType::Person)?;
    member_body(ctx, c).map(|(c, _)| c)
}

/// True when word `k` is a listed outlet or picture source (`Facebook`),
/// not a titled document (`Raportului de activitate al DNA`).
fn platform(ctx: &Context<'_, '_>, k: usize) -> bool {
    ctx.lex.outlets.at(&ctx.w, k).or_else(|| ctx.lex.photo_agencies.at(&ctx.w, k)).is_some()
}

/// True when word `k` ends a web address (`.ro` in `impactpress.ro`).
pub fn domain_end(ctx: &Context<'_, '_>, k: usize) -> bool {
    k < ctx.w.len() && raw_gap_is(ctx, k, ".") && in_list(ctx, W::DomainEndings, k)
}

/// The type of a body named through its staff (see [`member_body_before`]).
fn member_body(ctx: &Context<'_, '_>, c: Chunk) -> Option<(Chunk, SourceType)> {
    if !ctx.usable(c) || demonym(ctx, c) || dateline_place(ctx, c) || first_named(ctx, c) {
        return None;
    }
    let (c, t) = typed(ctx, c);
    // `spokesperson for Ana Pop`: a first name and a surname stay a person.
    if t == SourceType::Person && c.last > c.first && first_at(ctx, c.first) {
        return None;
    }
    Some((c, if t == SourceType::Outlet { t } else { SourceType::Organization }))
}

/// True when the name is a dateline's place (`LONDON, Oct 2 (Reuters) -`):
/// a capitalised word opening its paragraph just before a dateline agency.
fn dateline_place(ctx: &Context<'_, '_>, c: Chunk) -> bool {
    let w = &ctx.w;
    let first_of_para = c.first == 0 || !same_para(ctx, c.first - 1, c.first);
    // (`Bistrița, 3 iunie –`: a dated one in any case.)
    let dated = c.last + 1 < w.len() && gap_is(ctx, c.last + 1, ",") && digit_at(ctx, c.last + 1);
    if !first_of_para || !(dated || w.text(c.first).chars().filter(|&ch| crate::scan::is_letter(ch)).all(crate::case::is_upper)) {
        return false;
    }
    // `TOPEKA —`: a place's dateline (an outlet's is a pattern already).
    if dash_dateline(ctx, c) {
        return true;
    }
    let end = end_of(ctx, c.last);
    let i = patterns_before(ctx, end);
    ctx.patterns.get(i).is_some_and(|f| f.cue.is_none() && f.source_type == SourceType::Outlet && f.span.start - end < 40)
}

/// True when the name opens its paragraph and a dash follows it (`CNN —`,
/// `TOPEKA, Wis. —`): a dateline, naming the outlet or the place.
fn dash_dateline(ctx: &Context<'_, '_>, c: Chunk) -> bool {
    let w = &ctx.w;
    let first_of_para = c.first == 0 || !same_para(ctx, c.first - 1, c.first);
    if !first_of_para {
        return false;
    }
    // Past a state's abbreviation (`TOPEKA, Wis. —`) or a date (`Bistrița, 3 iunie –`).
    let mut k = c.last;
    if k + 1 < w.len() && same_para(ctx, k + 1, k) && gap_is(ctx, k + 1, ",") {
        if w.gap_after(k + 1).starts_with('.') {
            k += 1;
        }
        let d = k;
        while k + 1 < w.len() && k < d + 3 && same_para(ctx, k + 1, k) && (digit_at(ctx, k + 1) || (k > d && plain(ctx, k + 1) && has(ctx, &ctx.lex.time_words, k + 1))) {
            k += 1;
        }
    }
    let g = w.gap_after(k).trim_start_matches('.').trim();
    matches!(g.chars().next(), Some('—' | '–')) || g == "-"
}

/// True when a name behind a document noun (`data from X`, `a report by X`)
/// is better read as a body: no one known by it, and either one word
/// (`Drewry`) or not opening with a first name (`Retail Pulse`).
fn unknown_body(ctx: &Context<'_, '_>, c: Chunk) -> bool {
    let first = ctx.w.lower(c.first);
    !ctx.known_person(c) && (c.first == c.last || !known_first(ctx.lex, first))
}

/// How many of the patterns' attributions start before byte `at` (one
/// binary search for both callers).
#[inline(never)]
fn patterns_before(ctx: &Context<'_, '_>, at: usize) -> usize {
    ctx.patterns.partition_point(|f| f.span.start < at)
}

/// `The survey of 602 voters found …` after `according to a X poll`: a
/// document noun as the subject, with no author of its own, is the document
/// attributed last, in this paragraph or the one before.
fn earlier_document(ctx: &Context<'_, '_>, s: Subject, cue_first: usize) -> Option<(String, SourceType)> {
    let Subject::Role(k) = s else { return None };
    let w = &ctx.w;
    let lex = ctx.lex;
    // A common noun (`The survey`), not the last word of a name (`… Policy Analysis`).
    if !has(ctx, &lex.report_nouns, k) || cap_at(ctx, k) {
        return None;
    }
    let at = start_of(ctx, k);
    let para = w.para(cue_first);
    let i = patterns_before(ctx, at);
    // The attribution must be a document's author: a document noun shortly before or after its name.
    let authored = |f: &Found| {
        let a = w.at(f.span.start).min(w.len() - 1);
        let b = w.at(f.span.end).min(w.len() - 1);
        (a.saturating_sub(6)..(b + 2).min(w.len())).any(|q| (q < a || q >= b) && has(ctx, &lex.report_nouns, q))
    };
    // (The four before, in a loop by index: no reversed iterator's search
    // compiled for this one.)
    let mut last = None;
    for q in (i.saturating_sub(4)..i).rev() {
        let f = &ctx.patterns[q];
        if f.cue.is_some() && !matches!(f.source_type, SourceType::Photo | SourceType::Person) && authored(f) {
            last = Some(f);
            break;
        }
    }
    let f = last?;
    let fp = w.para(w.at(f.span.start).min(w.len() - 1));
    (fp + 1 >= para).then(|| (ctx.doc.text[f.span.clone()].trim().to_string(), f.source_type))
}

/// `the Ifo institute said`, `the BBC website reported`: a name, then the
/// lowercase noun saying what it is, right before the cue.
fn described_before(ctx: &Context<'_, '_>, cue: &crate::context::Cue) -> Option<Subject> {
    let w = &ctx.w;
    let k = cue.first.checked_sub(1)?;
    // `The X Alliance union, which represents 40,000 staff, said`: past a
    // relative clause set off by commas, back to the described name.
    if w.gap_only(cue.first, &[',']) && w.gap(cue.first).contains(',') {
        let start = sent_start(ctx, cue.first);
        let mut j = k;
        while j > start + 1 && j + 25 > cue.first {
            let separator = raw_gap_is(ctx, j, ",") && digit_at(ctx, j) && digit_at(ctx, j - 1);
            if w.gap(j).contains(',') && !separator {
                if in_list(ctx, W::Relatives, j) {
                    let noun = j - 1;
                    let described = !cap_at(ctx, noun) && descriptor_at(ctx, noun);
                    if described && plain(ctx, noun) && noun > 0 {
                        if let Some(c) = ctx.names.ending(noun - 1) {
                            return (ctx.usable(c) && !ctx.known_person(c) && !placed_object(ctx, c, start)).then_some(Subject::Named(c));
                        }
                    }
                    // `The Food Federation, which represents makers, said`:
                    // the name the relative clause hangs on speaks.
                    if let Some(c) = ctx.names.ending(noun).filter(|c| in_list(ctx, W::BodyRelatives, j) && c.last == noun) {
                        return ctx.usable(c).then_some(Subject::Named(c));
                    }
                }
                break;
            }
            j -= 1;
        }
    }
    let noun = w.lower(k);
    let described = is_descriptor(ctx, noun);
    // `The AFP news agency, citing a military source, reported`: set off by
    // a comma only when the described name opens the sentence.
    let comma = comma_only(ctx, cue.first);
    if !described || cap_at(ctx, k) || !plain(ctx, k) || !(plain(ctx, cue.first) || comma) {
        return None;
    }
    // (`the AFP news agency`: a lowercase modifier between the name and its noun.)
    let mut e = k - 1;
    if e > 0 && !cap_at(ctx, e) && plain(ctx, e) && plain(ctx, k) && !digit_at(ctx, e) {
        e -= 1;
    }
    let c = ctx.names.ending(e)?;
    let start = sent_start(ctx, cue.first);
    if placed_object(ctx, c, start) {
        return None;
    }
    let opens = c.first == start || (c.first == start + 1 && has(ctx, &ctx.lex.definite, start));
    (ctx.usable(c) && !ctx.known_person(c) && (!comma || opens)).then_some(Subject::Named(c))
}

/// Name `c` (in the sentence from word `start`) follows a preposition, past
/// an article: `One nurse at the Limerick hospital told` names where the
/// subject works, not the subject.
fn placed_object(ctx: &Context<'_, '_>, c: Chunk, start: usize) -> bool {
    let lead = c.first - usize::from(c.first > start && has(ctx, &ctx.lex.definite, c.first - 1));
    lead > start && plain(ctx, lead) && has(ctx, &ctx.lex.prepositions, lead - 1)
}

/// `Pfizer Inc. said`: a firm whose suffix's dot sits before the cue.
fn suffixed_before(ctx: &Context<'_, '_>, cue: &crate::context::Cue) -> Option<Subject> {
    let w = &ctx.w;
    let k = cue.first.checked_sub(1)?;
    // `Electrica SA a anunțat`: a company word in capitals that the word runs
    // leave out (it also spells a pronoun) closes the name before it.
    let t = w.text(k);
    if k > 0 && plain(ctx, k) && plain(ctx, cue.first) && ctx.names.ending(k).is_none() && is_acronym(t) && ctx.lex.org_words.contains(t) {
        let c = ctx.names.ending(k - 1)?;
        return ctx.usable(c).then_some(Subject::Named(Chunk { first: c.first, last: k }));
    }
    if !(gap_is(ctx, cue.first, ".") && w.gap_only(cue.first, &['.']) && in_list(ctx, W::NameSuffixes, k)) {
        return None;
    }
    let c = ctx.names.ending(k)?;
    ctx.usable(c).then_some(Subject::Named(c))
}

/// `au declarat deputații PSD Ioana Pop și Dan Ene`: after an inverted cue,
/// a plural role (and a party's acronym) before names joined by a
/// coordinator: the names speak.
fn named_after_group(ctx: &Context<'_, '_>, cue: &crate::context::Cue) -> Option<Subject> {
    if !ctx.inverted(cue) {
        return None;
    }
    let w = &ctx.w;
    let lex = ctx.lex;
    let n = w.len();
    let sent = w.sent(cue.first);
    let mut k = cue.first + cue.len;
    let mut skipped = 0;
    while k < n && skipped < 3 && plain(ctx, k) && w.sent(k) == sent {
        let lower = w.lower(k);
        let acronym = is_acronym(w.text(k));
        if (!cap_at(ctx, k) && (lex.is_role(lower) || lex.not_names.contains(lower))) || (acronym && skipped > 0) {
            k += 1;
            skipped += 1;
        } else {
            break;
        }
    }
    // The acronym may open the word run (`PSD Ioana Pop`): the name is the rest.
    let c = (skipped > 0 && k < n && plain(ctx, k)).then(|| ctx.names.at(k)).flatten().map(|c| Chunk { first: k, last: c.last })?;
    (c.last > c.first && coordinated(ctx, c).is_some()).then_some(Subject::Named(c))
}

/// `a transmis șeful IPJ Bistrița-Năsăud`: a name after a role and a
/// body's acronym, with no first name, is the body's place, not a speaker.
fn body_place(ctx: &Context<'_, '_>, c: Chunk) -> bool {
    let w = &ctx.w;
    if c.first < 2 || !plain(ctx, c.first) || !plain(ctx, c.first - 1) {
        return false;
    }
    let a = w.text(c.first - 1);
    is_acronym(a) && lower_role(ctx, c.first - 2) && !any_first_name(ctx, c.first, c.last + 1)
}

/// `the Department of X’s inspector general said`: a name, its possessive
/// and an office of [office_bodies] right before the cue: the whole span.
fn office_of_body(ctx: &Context<'_, '_>, cue: &crate::context::Cue) -> Option<Range<usize>> {
    let w = &ctx.w;
    let words = &ctx.lex.source_words;
    let end = cue.first.checked_sub(1)?;
    if words[W::OfficeBodies].is_empty() || !plain(ctx, cue.first) || cap_at(ctx, end) {
        return None;
    }
    // The office: one or two lowercase words.
    let one = in_list(ctx, W::OfficeBodies, end);
    let two = end > 0 && !cap_at(ctx, end - 1) && plain(ctx, end) && words[W::OfficeBodies].contains(join(w.lower(end - 1), " ", w.lower(end)).as_str());
    let first = if two { end - 1 } else if one { end } else { return None };
    // `’s` before the office, a name before it.
    let s = first.checked_sub(1)?;
    if !possessive_s(ctx, s) || s == 0 {
        return None;
    }
    let c = ctx.names.ending(s - 1)?;
    (ctx.usable(c) && c.last > c.first).then(|| start_of(ctx, c.first)..end_of(ctx, end))
}

/// `the Cook County state’s attorney’s office said`, `the Delhi high court
/// had held`: after `the`, a name going on in up to five lowercase words
/// (possessives too) to an office noun of [office_nouns] right before the
/// cue: a body whose name ends in lowercase.
fn lower_body(ctx: &Context<'_, '_>, cue: &crate::context::Cue) -> Option<Range<usize>> {
    let end = cue.first.checked_sub(1)?;
    if !plain(ctx, cue.first) || !plain_lower(ctx, end) || !in_list(ctx, W::OfficeNouns, end) {
        return None;
    }
    let mut k = end;
    while k > 0 && end - k < 5 && !cap_at(ctx, k - 1) && !digit_at(ctx, k - 1) && (plain(ctx, k) || possessive_s(ctx, k)) {
        k -= 1;
    }
    let c = ctx.names.ending(k.checked_sub(1)?).filter(|_| k < end && plain(ctx, k))?;
    (c.first > 0 && has(ctx, &ctx.lex.definite, c.first - 1) && ctx.usable(c)).then(|| start_of(ctx, c.first)..end_of(ctx, end))
}

/// `the Democrat quipped`: a lone capitalised word after a lowercase
/// definite article that the data knows as a role is that role, not a name.
fn party_member(ctx: &Context<'_, '_>, s: Subject) -> Subject {
    match s {
        // (`The Irishwoman added`, `the Norwegian said`: a people's noun too,
        // and `The` may open the sentence.)
        Subject::Named(c) if c.first == c.last && c.first > 0 && plain(ctx, c.first) && has(ctx, &ctx.lex.definite, c.first - 1) && {
            let next_cue = || ctx.cue_starting(c.last + 1).is_some();
            role_at(ctx, c.first) && !cap_at(ctx, c.first - 1) || (role_at(ctx, c.first) || demonym(ctx, c)) && c.first - 1 == sent_start(ctx, c.first) && next_cue() || demonym(ctx, c) && !cap_at(ctx, c.first - 1) && next_cue()
        } => Subject::Role(c.first),
        s => s,
    }
}

/// `…, said House leaders had agreed`: a name after an inverted cue that
/// goes on with a lowercase noun is that noun's modifier, not the speaker.
fn modifies_noun_after(ctx: &Context<'_, '_>, cue: &crate::context::Cue, c: Chunk) -> bool {
    let w = &ctx.w;
    let k = c.last + 1;
    c.first >= cue.first + cue.len && c.first == c.last && k < w.len() && plain(ctx, k) && !cap_at(ctx, k) && same_sent(ctx, k, c.last) && role_at(ctx, k) && ends_in(&ctx.lex.source_words.plural_endings, w.lower(k), 0)
}

/// `secretarul de stat în Ministerul Transporturilor Corina Lăzăroiu a
/// răspuns`: a word run holding a body's name and then a first-named
/// person is the person speaking.
fn person_tail(ctx: &Context<'_, '_>, c: Chunk) -> Chunk {
    let w = &ctx.w;
    let lex = ctx.lex;
    for k in c.first + 1..c.last {
        let lower = w.lower(k);
        // `Secretary of State Ana Pop`: the run after an office's preposition.
        let office = c.first > 1 && plain(ctx, c.first) && has(ctx, &lex.prepositions, c.first - 1) && cap_at(ctx, c.first - 2);
        let lead = |q: usize| has_text(ctx, &lex.org_words, q) || is_acronym(w.text(q)) || role_at(ctx, q) || has(ctx, &lex.titles, q) || office;
        // (From a first name's first half: `MP Jean-Philippe Gagnon`,
        // `Ministerului … Victoria-Ana Bîrcă`.)
        if is_first_name(lex, lower) && (c.first..k).any(lead) && !(k + 1..c.last + 1).any(|q| has_text(ctx, &lex.org_words, q)) {
            let k = if k > c.first + 1 && w.raw_gap_is(k, "-") && cap_at(ctx, k - 1) { k - 1 } else { k };
            return Chunk { first: k, last: c.last };
        }
    }
    c
}

/// The person at the end of a word run right before the cue that starts
/// with a body's name (`… în Ministerul Transporturilor Corina Lăzăroiu a
/// declarat`), when the run as a whole gave no subject.
fn tail_before(ctx: &Context<'_, '_>, cue: &crate::context::Cue) -> Option<Subject> {
    let k = cue.first.checked_sub(1)?;
    if !plain(ctx, cue.first) {
        return None;
    }
    let c = ctx.names.ending(k)?;
    let t = person_tail(ctx, c);
    (t != c && ctx.usable(t)).then_some(Subject::Named(t))
}

/// `said Democratic pollster Ana Pop`, `a explicat meteorologul de
/// serviciu Ana Pop`, `a transmis într-un mesaj liderul USR, Dan Ene`:
/// after an inverted cue, past lowercase words with a role among them (and
/// a body's or party's name), the person's name closing the clause.
fn named_past_role(ctx: &Context<'_, '_>, cue: &crate::context::Cue, limit: usize) -> Option<Chunk> {
    if !ctx.inverted(cue) {
        return None;
    }
    let w = &ctx.w;
    let lex = ctx.lex;
    let words = &ctx.lex.source_words;
    let sent = w.sent(cue.first);
    let open = cue.first + cue.len;
    // A lowercase role within the five words before `k` (`purtătorul de cuvânt al`).
    let role_before = |k: usize| (k.saturating_sub(5).max(open)..k).any(|q| !cap_at(ctx, q) && (role_at(ctx, q) || w.lower(q).split('-').any(|p| lex.is_role(p))));
    let mut k = open;
    let mut body_after_role = false;
    while k < limit && k < open + 12 && w.sent(k) == sent {
        let mut g = w.gap(k);
        // `a declarat pentru „Adevărul” purtătorul …`: an outlet's quoted
        // title after its cue is passed over whole.
        if k > open && matches!(g.trim(), "„" | "“" | "\"" | "«") && lex.outlet_cues.starts_at(w, k - 1) {
            k = (k + 1..(k + 5).min(limit)).find(|&q| w.gap(q).holds(&['”', '"', '»']))?;
            g = "";
        }
        if g.holds(&['“', '”', '„', '«', '»', '"', ':', ';']) {
            break;
        }
        let lower = w.lower(k);
        if !cap_at(ctx, k) {
            if words[W::Complementizers].contains(lower) || lex.pronouns.contains(lower) {
                return None;
            }
            k += 1;
            continue;
        }
        let c = ctx.names.starting(k)?;
        let first_name = is_first_name(lex, lower);
        let person = c.last > c.first && names::classify(w, lex, c) == SourceType::Person;
        if first_name || person {
            let end = c.last + 1;
            let closes = end >= w.len() || w.sent(end) != sent || w.gap(end).trim_start().opens(&[',', '.', '(']);
            // `a declarat meteorologul Ion Pop`: a noun the data does not know
            // as a role still leads a first-named person's name.
            let noun = k > open && plain(ctx, k) && !cap_at(ctx, k - 1) && !has(ctx, &lex.prepositions, k - 1) && !has(ctx, &lex.definite, k - 1) && !has(ctx, &lex.indefinite, k - 1);
            let led = role_before(k) || (body_after_role && gap_is(ctx, k, ",")) || (noun && first_name);
            return (led && c.last > c.first && closes && ctx.usable(c)).then_some(c);
        }
        // A party's or body's name, or a people's adjective, around the role.
        body_after_role = role_before(k);
        k = c.last + 1;
    }
    None
}

/// `economist Ana Pop of the University of X estimated`: a body after a
/// preposition right after a person's full name (a first name or a title
/// opening it, or a role before it: `Detective Sgt. Ana Pop of the X
/// Police Department said`) is where the person works; the person, not the body, speaks.
fn affiliation(ctx: &Context<'_, '_>, c: Chunk) -> bool {
    let lex = ctx.lex;
    let mut p = c.first.wrapping_sub(1);
    if p > 1 && low(ctx, p, &lex.definite) {
        p -= 1;
    }
    p > 0 && plain(ctx, c.first) && low(ctx, p, &lex.prepositions) && ctx.names.ending(p - 1).is_some_and(|d| d.last > d.first && (first_at(ctx, d.first) || has(ctx, &lex.titles, d.first) || (d.first > 0 && lower_role(ctx, d.first - 1))))
}

/// `said Walgett grain grower Ana Pop`, `said Democratic pollster Ana Pop`:
/// a lone capitalised word, one or two lowercase words, then a full name
/// with a first name or a role before it: the word modifies the role (a
/// place, a party); the name speaks.
fn modifies_named_role(ctx: &Context<'_, '_>, c: Chunk) -> bool {
    let w = &ctx.w;
    let lex = ctx.lex;
    let mut q = c.last + 1;
    while q < c.last + 3 && q < w.len() && plain(ctx, q) && !cap_at(ctx, q) && !has(ctx, &lex.prepositions, q) {
        q += 1;
    }
    c.first == c.last && q > c.last + 1 && q < w.len() && plain(ctx, q) && ctx.names.starting(q).is_some_and(|d| d.last > d.first && (first_at(ctx, q) || role_at(ctx, q - 1)))
}

/// True when word `k` is in the genitive right after a role (`Directorul
/// Aeroportului X`): the role's complement, not a name of its own.
fn role_genitive(ctx: &Context<'_, '_>, k: usize) -> bool {
    k > 0 && k < ctx.w.len() && ctx.lex.is_role(ctx.w.lower(k - 1)) && !ctx.lex.org_words.contains_text(&ctx.w, k - 1) && names::suffixed(&ctx.lex.genitive_endings, ctx.w.lower(k), 2)
}

/// True when a name after a cue is itself the one speaking: a person's name
/// with a first name in it, or a body's name closing the clause.
fn reporting_name(ctx: &Context<'_, '_>, c: Chunk) -> bool {
    let w = &ctx.w;
    let lower = w.lower(c.first);
    let first_name = is_first_name(ctx.lex, lower);
    let end = c.last + 1;
    let closes = ends_sentence(ctx, c.last) || w.gap(end).trim_start().opens(&[',', '.']);
    (first_name && c.last > c.first) || closes
}

/// The other name of a pair joined by a coordinator (`Ana Pop și Dan Ene`):
/// the name right after the chunk, or else right before it.
fn coordinated(ctx: &Context<'_, '_>, c: Chunk) -> Option<Chunk> {
    let w = &ctx.w;
    let n = w.len();
    let sent = w.sent(c.first);
    let k = c.last + 1;
    if k + 1 < n && plain(ctx, k) && plain(ctx, k + 1) && in_list(ctx, W::Coordinators, k) && w.sent(k + 1) == sent {
        if let Some(d) = ctx.names.starting(k + 1) {
            return ctx.usable(d).then_some(d);
        }
    }
    let k = c.first.checked_sub(1)?;
    if k > 0 && plain(ctx, c.first) && plain(ctx, k) && in_list(ctx, W::Coordinators, k) && w.sent(k - 1) == sent {
        if let Some(d) = ctx.names.ending(k - 1) {
            return ctx.usable(d).then_some(d);
        }
    }
    // `Liderul sindicatului, Ana Pop, și vicepreședintele federației, Dan
    // Ene, au declarat`: each name set off after its role, the roles joined.
    if w.gap(c.first).trim() != "," || c.last <= c.first {
        return None;
    }
    let mut k = c.first - 1;
    let mut role = false;
    while k > 0 && k + 4 > c.first && plain(ctx, k) && !cap_at(ctx, k) && !in_list(ctx, W::Coordinators, k) {
        role |= role_at(ctx, k);
        k -= 1;
    }
    if !role || k == 0 || !in_list(ctx, W::Coordinators, k) || w.gap(k).trim() != "," || w.sent(k) != sent {
        return None;
    }
    let d = ctx.names.ending(k - 1)?;
    (d.last > d.first && ctx.usable(d) && names::classify(w, ctx.lex, d) == SourceType::Person).then_some(d)
}

/// `the Food and Drink Federation`: a body's name whose own words are
/// joined by a coordinator (word runs stop at it). The word before the
/// coordinator joins when it is no one's first name and the run after it
/// is a body's name.
fn joined_body(ctx: &Context<'_, '_>, c: Chunk) -> Chunk {
    let w = &ctx.w;
    let lex = ctx.lex;
    let person = |d: Chunk| names::classify(w, lex, d) == SourceType::Person && !ctx.known_person(d);
    // (`Environment and Climate Change Canada said`, `Manitoba
    // Transportation and Infrastructure said`: two runs with no first name,
    // title or listed name, neither known as anyone, are one body's name.)
    let bare = |d: Chunk| names::classify(w, lex, d) == SourceType::Person && !first_named(ctx, d) && !any_first_name(ctx, d.first, d.last + 1) && !(d.first..d.last + 1).any(|k| has(ctx, &lex.titles, k) || listed_at(ctx, k));
    let pair = |d: Chunk, c: Chunk| bare(d) && bare(c) && (d.last > d.first || c.last > c.first);
    let k = c.last + 1;
    if k + 1 < w.len() && plain(ctx, k) && plain(ctx, k + 1) && in_list(ctx, W::Coordinators, k) {
        if let Some(e) = ctx.names.starting(k + 1).filter(|&e| pair(c, e)) {
            return Chunk { first: c.first, last: e.last };
        }
    }
    if c.first < 2 || !plain(ctx, c.first) || !plain(ctx, c.first - 1) || !in_list(ctx, W::Coordinators, c.first - 1) {
        return c;
    }
    let Some(d) = ctx.names.ending(c.first - 2) else { return c };
    let first = w.lower(d.first);
    let body = !any_first_name(ctx, c.first, c.last + 1) && (c.first..c.last + 1).any(|k| has_text(ctx, &lex.org_words, k));
    if (d.first == d.last && body && !is_first_name(lex, first) && person(d)) || pair(d, c) {
        return Chunk { first: d.first, last: c.last };
    }
    c
}

/// The name with the partner written before it across `&` (`Johnson &
/// Johnson`, `Procter & Gamble`): word runs stop at the sign.
fn with_partner(ctx: &Context<'_, '_>, c: Chunk) -> Chunk {
    let w = &ctx.w;
    if c.first > 0 && gap_is(ctx, c.first, "&") && !w.gap(c.first).contains('\n') {
        if let Some(p) = ctx.names.ending(c.first - 1) {
            return Chunk { first: p.first, last: c.last };
        }
    }
    c
}

/// False when a cue's named subject reports nothing: a condition (`dacă
/// PSD insistă`), a verb that needs a clause and has none (`insists on a
/// tax`), a desk note in parentheses.
fn reports_something(ctx: &Context<'_, '_>, cue: &crate::context::Cue, c: Chunk, quotes: &[QuoteHit]) -> bool {
    let w = &ctx.w;
    // `if the Greens insist`: past an article to the condition word.
    let mut k = c.first;
    if k > 1 && plain(ctx, k) && article_at(ctx, k - 1) {
        k -= 1;
    }
    if k > 0 && plain(ctx, k) && in_list(ctx, W::Conditionals, k - 1) {
        return false;
    }
    // `…, Constanța și Brăila, arată situația centralizată de X`: a verb
    // set off by a comma with a document noun after it has the document
    // for its subject, not a name before the comma.
    // (Or a noun with its author after it: `arată situația centralizată de X`.)
    let after = cue.first + cue.len;
    let lower = |k: usize| plain_lower(ctx, k);
    let authored = || lower(after + 1) && after + 2 < w.len() && plain(ctx, after + 2) && ctx.lex.by_words.starts_at(w, after + 2);
    if c.last < cue.first && w.gap(cue.first).contains(',') && lower(after) && (has(ctx, &ctx.lex.report_nouns, after) || authored()) {
        return false;
    }
    // `above Wall Street estimates`, `beat LSEG forecasts`: after a word of
    // comparing, a verb right after the name is a plural noun.
    let before = c.first.wrapping_sub(1);
    if c.first > 0 && c.last + 1 == cue.first && plain(ctx, c.first) && !cap_at(ctx, before) && in_list(ctx, W::ComparedBy, before) {
        return false;
    }
    // `PSD insistă pe o taxă`, `would add 22 judges`: verbs that report only
    // with a clause, a colon or a quote after them.
    let last = cue.first + cue.len - 1;
    if in_list(ctx, W::ClauseOnlyCues, last) {
        let sent = w.sent(last);
        let quoted = overlaps_quote(quotes, start_of(ctx, w.sentence_start(sent)), end_of(ctx, w.sentence_end(sent) - 1));
        let mut k = last + 1;
        while k < w.len() && k < last + 3 && plain(ctx, k) && (has(ctx, &ctx.lex.skip_after_cue, k) || has(ctx, &ctx.lex.time_words, k)) {
            k += 1;
        }
        let clause = k < w.len() && w.sent(k) == sent && (in_list(ctx, W::Complementizers, k) || w.gap(k).holds(&[':', '“', '„', '"', '«']));
        if !quoted && !clause && !w.gap_after(last).contains(':') {
            return false;
        }
    }
    let para = w.para(cue.first);
    let p = &ctx.doc.paragraphs[para];
    let line = ctx.doc.text[p.clone()].trim_end();
    // `(Reporting by …; Editing by …)`: a paragraph in parentheses is the
    // desk's note, not the story.
    if line.trim_start().starts_with('(') && line.ends_with(')') {
        return false;
    }
    true
}

/// `The CBO has estimated that …`, `Pew counted 120 such laws`, `INS a
/// calculat că …`: a body or outlet named right before a verb of finding
/// (past any auxiliaries), with a clause, a colon or a figure after it.
/// A person there only reports indirectly (optional in gold), so only
/// names that are not people's count.
fn findings(ctx: &Context<'_, '_>, hits: &mut Vec<SourceHit>, in_quote: &dyn Fn(usize) -> bool) {
    let w = &ctx.w;
    let words = &ctx.lex.source_words;
    if words[W::FindingVerbs].is_empty() {
        return;
    }
    for i in 1..w.len() {
        let reporting = ctx.cue_starting(i).is_some();
        if cap_at(ctx, i) || !(reporting || in_list(ctx, W::FindingVerbs, i)) || in_quote(start_of(ctx, i)) {
            continue;
        }
        let mut k = i;
        while k > 1 && k + 3 > i && plain(ctx, k) && in_list(ctx, W::Auxiliaries, k - 1) && !cap_at(ctx, k - 1) {
            k -= 1;
        }
        // A plain reporting cue with its subject right before it is found
        // already; behind an auxiliary (`Ofgem has announced`) it is not.
        if k == i && reporting {
            continue;
        }
        let reporting = reporting && !in_list(ctx, W::FindingVerbs, i);
        let sent = w.sent(i);
        let mut j = i + 1;
        while j < w.len() && j < i + 3 && plain(ctx, j) && has(ctx, &ctx.lex.time_words, j) {
            j += 1;
        }
        // (`forecast in its latest report that …`: a short prepositional
        // phrase may come between the verb and its clause.)
        let far = j < w.len() && plain(ctx, j) && has(ctx, &ctx.lex.prepositions, j) && (j + 1..(j + 8).min(w.len())).take_while(|&q| w.sent(q) == sent && plain(ctx, q)).any(|q| in_list(ctx, W::Complementizers, q) && !cap_at(ctx, q));
        let clause = j < w.len() && w.sent(j) == sent && (in_list(ctx, W::Complementizers, j) || w.gap(j).contains(':') || (i + 1..(j + 5).min(w.len())).any(|q| digit_at(ctx, q) && w.sent(q) == sent) || far);
        let cue = crate::context::Cue { first: k, len: i + 1 - k };
        // `Federal Election Commission filings show …`: the body before a
        // plural document noun opening the sentence.
        let documented = || {
            let d = k.checked_sub(1).filter(|&d| d > 0 && plain(ctx, k) && low(ctx, d, &ctx.lex.report_nouns))?;
            ctx.names.ending(d - 1).filter(|c| c.first == w.sentence_start(sent) || (c.first > 0 && has(ctx, &ctx.lex.definite, c.first - 1))).map(Subject::Named)
        };
        // `Researchers at X estimated that …`: the staff's body found it.
        if let Some((c, t)) = member_body_before(ctx, k) {
            if clause && reports_something(ctx, &cue, c, &[]) && !bare_headline_line(ctx, w.para(i)) {
                push_hit(hits, ctx, c, t, Some(ctx.cue_text(&cue)));
            }
            continue;
        }
        let Some(Subject::Named(c)) = ctx.subject_before(&cue).or_else(documented) else { continue };
        // `Government figures show`: a lone body word names no one.
        if c.first == c.last && has_text(ctx, &ctx.lex.org_words, c.first) {
            continue;
        }
        if placed_name(ctx, c) || dateline_place(ctx, c) || ctx.known_person(c) || !reports_something(ctx, &cue, c, &[]) || bare_headline_line(ctx, w.para(i)) || affiliation(ctx, c) {
            continue;
        }
        let (c, t) = typed(ctx, c);
        // `Punchbowl News first reported the vote count`: an outlet reports
        // whatever follows; a body needs a clause or a figure. A reporting
        // verb (`has announced`) needs neither, and may have anyone speak.
        if !reporting && (matches!(t, SourceType::Person | SourceType::Photo) || (!clause && t != SourceType::Outlet)) {
            continue;
        }
        // `Ofgem has announced.`, `X has said that …`; not `has pledged a fund`.
        let closes = ends_sentence(ctx, i) || w.gap(i + 1).holds(&[',', ':', '“', '„', '"', '«']);
        if reporting && !closes && !(j < w.len() && w.sent(j) == sent && (in_list(ctx, W::Complementizers, j) || w.gap(j).contains(':'))) {
            continue;
        }
        if let Some(d) = coordinated(ctx, c) {
            let (d, u) = typed(ctx, d);
            if u == t {
                push_hit(hits, ctx, d, u, Some(ctx.cue_text(&cue)));
            }
        }
        push_hit(hits, ctx, c, t, Some(ctx.cue_text(&cue)));
    }
}

/// True when the cue sits in a headline with no quote (`ECB signals
/// patience`): the verb is the headline's action, not an attribution to
/// mark; it may still source the headline's own figure.
fn in_bare_headline(ctx: &Context<'_, '_>, cue: &crate::context::Cue, quotes: &[QuoteHit]) -> bool {
    let para = ctx.w.para(cue.first);
    let p = &ctx.doc.paragraphs[para];
    bare_headline_line(ctx, para) && !overlaps_quote(quotes, p.start, p.end)
}

/// True when paragraph `para` is a headline: the first of several, with no
/// sentence-ending punctuation.
fn bare_headline_line(ctx: &Context<'_, '_>, para: usize) -> bool {
    let p = &ctx.doc.paragraphs[para];
    let line = ctx.doc.text[p.clone()].trim_end();
    para == 0 && ctx.doc.paragraphs.len() > 1 && !line.closes_with(&['.', '!', '?', ':', '”', '"', '»', '’'])
}

/// True when the word at `k` ends a longer name somewhere (`Mary Jones`):
/// such a word alone is that name again, not a common noun. (A scan: asked
/// only of rare lone plurals, it needs no set.)
fn ends_longer_name(ctx: &Context<'_, '_>, k: usize) -> bool {
    let w = &ctx.w;
    ctx.names.chunks.iter().any(|d| d.last > d.first && w.lower(d.last) == w.lower(k))
}

/// True when a quote overlaps bytes `a..b` (quotes sorted and disjoint: one
/// binary search).
fn overlaps_quote(quotes: &[QuoteHit], a: usize, b: usize) -> bool {
    let k = quotes.partition_point(|q| q.span.start < b);
    k > 0 && quotes[k - 1].span.end > a
}

/// Every source mention, sorted by start: the patterns, the named subjects of
/// reporting cues, and every named quote speaker written next to its cue.
/// Pronoun and role subjects come back as link-only hits (`resolved` set).
pub fn find(ctx: &Context<'_, '_>, quotes: &[QuoteHit]) -> Vec<SourceHit> {
    let w = &ctx.w;
    // (A loop, not an iterator's collect: one generic instance less.)
    let mut hits: Vec<SourceHit> = Vec::with_capacity(ctx.patterns.len());
    for f in &ctx.patterns {
        hits.push(SourceHit { span: f.span.clone(), source_type: f.source_type, cue: f.cue.clone(), resolved: None });
    }
    // Words inside a quote are the speaker's, not the reporter's attributions.
    // (The byte's own one-byte range: one binary search for both tests.)
    let in_quote = |byte: usize| overlaps_quote(quotes, byte, byte + 1);
    for cue in &ctx.cues {
        let limit = w.sentence_end(w.sent(cue.first));
        if in_quote(start_of(ctx, cue.first)) {
            continue;
        }
        // `what the White House calls "fair trade"` names a label, not a source.
        let last = cue.first + cue.len - 1;
        if has(ctx, &ctx.lex.term_verbs, last) && w.gap_after(last).trim_start().opens(&['“', '„', '"', '«', '‘', '\'']) {
            continue;
        }
        // `Additional reporting by X`, `was announced by X`: the verb's agent
        // follows it; whatever comes before is no speaker.
        let k = last + 1;
        let agent_after = k + 1 < w.len() && plain(ctx, k) && !cap_at(ctx, k) && ctx.lex.by_words.at(w, k).is_some_and(|(m, _)| ctx.names.starting(k + m).is_some());
        // `Key points:` on a line of its own (at most two words before the
        // cue, a colon and a line break after it) labels the list below.
        let g = w.gap_after(last);
        let line = (cue.first.saturating_sub(2)..cue.first + 1).rev().find(|&q| q == 0 || w.gap(q).contains('\n'));
        // (`Main points:` then `- …` items: the line break may be followed by a list mark.)
        if agent_after || (g.split('\n').next().unwrap_or("").trim() == ":" && g.contains('\n') && line.is_some_and(|a| (a + 1..cue.first + 1).all(|q| plain(ctx, q)))) {
            continue;
        }
        // `analysts at Barclays said`: the staff's body speaks.
        if let Some((c, t)) = member_body_before(ctx, cue.first) {
            if reports_something(ctx, cue, c, quotes) && !in_bare_headline(ctx, cue, quotes) {
                push_hit(&mut hits, ctx, c, t, Some(ctx.cue_text(cue)));
            }
            continue;
        }
        let before = office_subject(ctx, cue)
            .or_else(|| linked_body_before(ctx, cue))
            .or_else(|| described_before(ctx, cue))
            .or_else(|| ctx.subject_before(cue))
            // `Electrica SA a anunțat`: `SA` spells a pronoun but closes a firm's name.
            .filter(|s| !matches!(s, Subject::Pronoun(_)) || suffixed_before(ctx, cue).is_none())
            .or_else(|| suffixed_before(ctx, cue))
            .or_else(|| tail_before(ctx, cue))
            .and_then(|s| match s {
                // `Dr. Ana Pop, a nurse in Boise, Idaho, who …, said`: past the
                // place, the name the apposition describes.
                // (`… spoken to Nakashima, Brandvold said`: a lone name set off
                // after a place-like name and right before the cue speaks.)
                Subject::Named(c) if placed_name(ctx, c) && !(c.first == c.last && gap_is(ctx, c.first, ",") && c.last + 1 == cue.first && plain(ctx, cue.first)) => described_opening(ctx, cue).map(Subject::Named),
                s => Some(s),
            });
        // `…medici, a declarat Ion Marin.`: a name right after an inverted
        // cue outranks a role or plural noun before its comma.
        // `a anunțat miercuri, la Viena, …`: a name after a preposition
        // is where the words were said, not who said them.
        let after = || {
            if ctx.inverted(cue) && !in_list(ctx, W::ObjectVerbs, last) {
                ctx.subject_after(cue, limit).filter(|s| !matches!(s, Subject::Named(c) if placed_name(ctx, *c))).map(|s| match s {
                    Subject::Named(c) => Subject::Named(role_complement(ctx, c).unwrap_or(c)),
                    s => s,
                })
            } else {
                None
            }
        };
        // `X va avea …, relatează Gazeta Nordului.`: a name closing the
        // sentence right after a cue set off by a comma outranks a name
        // opening the sentence far before it.
        let closes = |d: Chunk| ends_sentence(ctx, d.last);
        // (`…, informează DNA într-un comunicat`: or a preposition's phrase
        // after it, saying where it was said.)
        let phrase_after = |d: Chunk| {
            let k = d.last + 1;
            low(ctx, k, &ctx.lex.prepositions) && same_sent(ctx, k, d.last)
        };
        let closing_after = || {
            let k = cue.first + cue.len;
            if !w.gap(cue.first).contains(',') || k >= w.len() {
                return None;
            }
            match after() {
                Some(Subject::Named(d)) if d.first == k && (closes(d) || phrase_after(d)) => Some(Subject::Named(d)),
                _ => None,
            }
        };
        // `…, relatează Ziua de Constanța.`: a listed outlet closing the
        // sentence right after a cue set off by a comma, whatever its words.
        let k = cue.first + cue.len;
        let listed_outlet = (k < w.len() && w.gap(cue.first).contains(',') && plain(ctx, k))
            .then(|| listed_outlet(ctx, k))
            .flatten()
            .filter(|&d| closes(d))
            .map(Subject::Named);
        let past_role = || named_past_role(ctx, cue, limit).map(Subject::Named);
        let subject = listed_outlet.or(match before {
            Some(Subject::Named(c)) if c.last + 3 < cue.first => closing_after().or(Some(Subject::Named(c))),
            Some(Subject::Named(c)) => Some(Subject::Named(c)),
            Some(s) => match after() {
                Some(Subject::Named(c)) if w.gap(cue.first).contains(',') => past_role().filter(|_| !reporting_name(ctx, c)).or(Some(Subject::Named(c))),
                _ => named_after_group(ctx, cue).or_else(past_role).or(Some(s)),
            },
            None => match after() {
                Some(Subject::Named(c)) => past_role().filter(|_| !reporting_name(ctx, c)).or(Some(Subject::Named(c))),
                other => named_after_group(ctx, cue).or_else(past_role).or(other),
            },
        })
        .or_else(|| document_subject(ctx, cue));
        // `The campaign group Greenpeace said`: the body's noun taken for the
        // subject leads the body's own name, right before the cue.
        // `Minister for Health Ann Byrne said`: a title written with its
        // portfolio, taken for someone unnamed, leads a full name (its
        // portfolio's body word does not make the person a body).
        let titled = matches!(subject, Some(Subject::Anonymous) | None).then(|| titled_name_before(ctx, cue)).flatten();
        let subject = match subject {
            Some(Subject::Role(r)) => Some(described_role_name(ctx, cue, r).map_or(Subject::Role(r), Subject::Named)),
            s => titled.map(Subject::Named).or(s),
        };
        // `a precizat (pentru X) purtătorul de cuvânt al APIA`: a body's
        // voice, unnamed, after the cue (past the outlet told): the body speaks.
        if !matches!(subject, Some(Subject::Named(_))) {
            let k = cue.first + cue.len;
            let voice = (k..(k + 7).min(limit)).take_while(|&q| q == k || !w.gap(q).holds(&[',', ';', ':', '“', '”', '„', '«', '»', '"'])).find_map(|q| member_body_after(ctx, q, limit));
            if let Some(c) = voice.filter(|_| reports_something(ctx, cue, Chunk { first: k, last: k }, quotes)) {
                let (c, t) = typed(ctx, c);
                push_hit(&mut hits, ctx, c, if t == SourceType::Person { SourceType::Organization } else { t }, Some(ctx.cue_text(cue)));
                continue;
            }
        }
        // `the Department of X’s inspector general said`: a body's office
        // that works as a body, named through its body.
        if let Some(span) = office_of_body(ctx, cue).or_else(|| lower_body(ctx, cue)) {
            hits.push(SourceHit { span, source_type: SourceType::Organization, cue: Some(ctx.cue_text(cue)), resolved: None });
            continue;
        }
        let Some(s) = subject.map(|s| demonym_subject(ctx, s)).map(|s| party_member(ctx, s)) else { continue };
        let cue_text = Some(ctx.cue_text(cue));
        match s {
            Subject::Named(mut c) => {
                // A run may start at a lowercase connector (`… and Marist`):
                // the name starts at its first capital.
                while c.first < c.last && !cap_at(ctx, c.first) {
                    c.first += 1;
                }
                if let Some(m) = outlet_before_name(ctx, c) {
                    push_hit(&mut hits, ctx, Chunk { first: c.first, last: c.first + m - 1 }, SourceType::Outlet, cue_text.clone());
                    c.first += m;
                }
                // `Direcția de Sănătate Publică (DSP) Iași a confirmat`: a
                // place after a body's acronym in brackets is the body's.
                if c.first == c.last && c.first > 2 && gap_is(ctx, c.first, ")") && gap_is(ctx, c.first - 1, "(") && is_acronym(w.text(c.first - 1)) {
                    c = ctx.names.ending(c.first - 2).unwrap_or(c);
                }
                // `A National Audit Office (NAO) report said`: the acronym in
                // brackets before a document noun stands for the body named
                // in full before it.
                let k = c.last + 1;
                if c.first == c.last && c.first > 1 && w.gap(c.first).ends_with('(') && is_acronym(w.text(c.first)) && k < w.len() && gap_is(ctx, k, ")") && has(ctx, &ctx.lex.report_nouns, k) {
                    c = ctx.names.ending(c.first - 1).unwrap_or(c);
                }
                // `Data from X shows`: a document noun capitalised only by
                // opening the sentence is no one's name.
                let people_noun = c.first == c.last && (in_list(ctx, W::PeopleNouns, c.first) || (c.first == sent_start(ctx, c.first) && has(ctx, &ctx.lex.report_nouns, c.first)));
                let body_place = c.first >= cue.first + cue.len + 2 && body_place(ctx, c);
                if !reports_something(ctx, cue, c, quotes) || dateline_place(ctx, c) || not_a_name(ctx, cue, c) || modifies_noun_after(ctx, cue, c) || people_noun || body_place || (c.first > cue.first && modifies_named_role(ctx, c)) || (c.last < cue.first && affiliation(ctx, c)) {
                    continue;
                }
                let c = person_tail(ctx, c);
                // `Inflation hits 5%, ONS says`: no mark, but the headline's figure is the ONS's.
                if in_bare_headline(ctx, cue, quotes) {
                    let (c, t) = typed(ctx, c);
                    let at = start_of(ctx, cue.first);
                    hits.push(SourceHit { span: at..at, source_type: t, cue: cue_text, resolved: Some(names::text(w, c).to_string()) });
                    continue;
                }
                let (c, mut t) = if titled.is_some() { (c, SourceType::Person) } else { typed(ctx, c) };
                if t == SourceType::Person && reported_by_outlet(ctx, cue, c) {
                    t = SourceType::Outlet;
                }
                if t == SourceType::Person && in_statement(ctx, cue, c) {
                    t = SourceType::Organization;
                }
                // `Employers added…`, `Hospitals reported…`: a lone capitalised
                // plural opening the sentence, never introduced as anyone, is
                // most likely a common noun (`Maersk said` stays).
                let plural = ends_in(&ctx.lex.source_words.plural_endings, w.lower(c.first), 0);
                if t == SourceType::Person && plural && c.first == c.last && c.first == sent_start(ctx, c.first) && !ctx.full_name(c).contains(' ') && !ends_longer_name(ctx, c.first) {
                    continue;
                }
                let c = joined_body(ctx, with_partner(ctx, c));
                if c.first < w.len() && (c.first..c.last).any(|k| gap_is(ctx, k + 1, "&")) && t == SourceType::Person {
                    t = SourceType::Organization;
                }
                // `au declarat Ioana Pop și Dan Ene`, `Ana Pop and Dan Ene said`:
                // both named speakers are sources.
                if let Some(d) = coordinated(ctx, c) {
                    let (d, u) = typed(ctx, d);
                    push_hit(&mut hits, ctx, d, u, cue_text.clone());
                }
                push_hit(&mut hits, ctx, c, t, cue_text);
            }
            _ => {
                let at = start_of(ctx, cue.first);
                if let Some((name, t)) = ctx.resolve(s).or_else(|| earlier_document(ctx, s, cue.first)) {
                    hits.push(SourceHit { span: at..at, source_type: t, cue: cue_text, resolved: Some(name) });
                }
            }
        }
    }
    findings(ctx, &mut hits, &in_quote);
    // `BNR: „Dezinflația continuă”`, `Dr. Pop: “…”`: a name opening its
    // sentence, then a colon and a quote, labels the quote's speaker (even
    // when the quote itself is given to a later, fuller mention).
    for &c in &ctx.names.chunks {
        let k = c.last + 1;
        if k >= w.len() || c.first != sent_start(ctx, c.first) || in_quote(start_of(ctx, c.first)) {
            continue;
        }
        let g = w.gap(k).trim_start();
        if g.starts_with(':') && g[1..].trim_start().opens(&['“', '„', '"', '«']) && ctx.usable(c) && !ctx.common_noun(c) && !in_list(ctx, W::PeopleNouns, c.first) && !(c.first == c.last && role_at(ctx, c.first)) {
            let (d, t) = typed(ctx, c);
            // `Directorul Aeroportului X: „…”`: the role's genitive
            // complement is no one speaking.
            if c.last > c.first && role_genitive(ctx, c.first + 1) && !any_first_name(ctx, c.first + 1, c.last + 1) {
                continue;
            }
            push_hit(&mut hits, ctx, d, t, None);
        }
    }
    // `potrivit acestuia`, `according to the minister`: link-only.
    for i in 0..w.len() {
        if let Some((m, p)) = ctx.lex.prefix_cues.at(w, i) {
            if let Some(s @ (Subject::Pronoun(_) | Subject::Role(_))) = after_prefix(ctx, i + m, w.len()) {
                if let Some((name, t)) = ctx.resolve(s) {
                    let at = start_of(ctx, i);
                    hits.push(SourceHit { span: at..at, source_type: t, cue: Some(p.text.to_string()), resolved: Some(name) });
                }
            }
        }
    }
    // Where each capitalised word is written with a capital, built at the
    // first speaker that needs it (a scan of the text per speaker was
    // quadratic); the map type context.rs already uses, not another one.
    let mut capitals: Option<crate::hash::FxMap<String, Vec<usize>>> = None;
    for q in quotes {
        if let Some(sp) = &q.speaker {
            if let Some(m) = sp.mention.as_ref().filter(|m| !in_quote(m.start)) {
                let k = w.at(m.start);
                // A lone sentence-opening word never written again with a
                // capital and heading a phrase with a preposition (`Scandal
                // în …: „…”`, `Secția de …`) is a common noun that only looks
                // like a name, not a speaker (`Ferris, a pilot, …` stays).
                if end_of(ctx, k) == m.end && k == sent_start(ctx, k) && !sp.name.contains(' ') && low(ctx, k + 1, &ctx.lex.prepositions) {
                    let capitals = capitals.get_or_insert_with(|| {
                        let mut map: crate::hash::FxMap<String, Vec<usize>> = Default::default();
                        for j in 0..w.len() {
                            if !cap_at(ctx, j) {
                                continue;
                            }
                            map.entry(w.lower(j).to_string()).or_default().push(j);
                        }
                        map
                    });
                    if capitals.get(w.lower(k)).is_some_and(|at| at.len() == 1) {
                        continue;
                    }
                }
                // `the Democrat quipped`: a role, not a name; `Femeia abia își
                // stăpânea lacrimile: „…”`: a common noun opening the sentence.
                if ctx.names.at(k).is_some_and(|c| c.first == k && (matches!(party_member(ctx, Subject::Named(c)), Subject::Role(_)) || loose_opener(ctx, c) || (c.first == c.last && (ctx.common_noun(c) || in_list(ctx, W::PeopleNouns, k) || in_list(ctx, W::CaptionLabels, k) || descriptor_at(ctx, k))))) {
                    continue;
                }
                // `House Speaker Ana Pop (R-La.)`: the party and state in
                // parentheses stand for the name written before them.
                if k > 0 && gap_is(ctx, k, "(") {
                    if let Some(d) = ctx.names.ending(k - 1).filter(|&d| ctx.usable(d)) {
                        let (d, t) = typed(ctx, d);
                        push_hit(&mut hits, ctx, d, t, q.cue.clone());
                        continue;
                    }
                }
                // `said Democratic pollster Ana Pop`: a lone word before a role
                // and a name modifies the role; the name speaks.
                if ctx.names.at(k).is_some_and(|c| c.first == k && modifies_named_role(ctx, c)) {
                    continue;
                }
                // The nouns around the written name refine its type (`publicația X`).
                // A dateline's place (`TOPEKA —`) is where, not who; so is a
                // name after a preposition (`care călătorea spre Iași`, `in
                // Little Rock, Arkansas`) or a role's body with its holder
                // named next (`ministrul Apărării, Ion Pop`).
                let written = Chunk { first: k, last: w.at(m.end.saturating_sub(1)).min(w.len() - 1).max(k) };
                let e = w.at(m.end);
                let genitive = (role_genitive(ctx, k) || (e > k + 1 && role_genitive(ctx, k + 1))) && !any_first_name(ctx, k + 1, e);
                if body_place(ctx, written) || genitive || ctx.names.at(k).is_some_and(|c| c.first == k && (dateline_place(ctx, c) || placed_name(ctx, c) || role_complement(ctx, c).is_some())) {
                    continue;
                }
                let t = match ctx.names.at(k).filter(|c| c.first == k && end_of(ctx, c.last) == m.end) {
                    Some(c) => refine(ctx, c, sp.source_type),
                    None => sp.source_type,
                };
                hits.push(SourceHit { span: m.clone(), source_type: t, cue: q.cue.clone(), resolved: None });
            }
        }
    }
    split_bodies(ctx, &mut hits);
    longer_bodies(ctx, &mut hits);
    // One hit per written name: patterns first (credits keep their type).
    // Kept spans never overlap, so the neighbours in start order decide.
    // (A sorted Vec rather than a BTreeMap: hits come nearly in text order,
    // so inserts land at the end, and the module carries no B-tree code.)
    let mut seen: Vec<(usize, usize)> = Vec::new();
    let mut out: Vec<SourceHit> = Vec::new();
    for h in hits {
        if h.resolved.is_none() {
            let at = seen.partition_point(|&(s, _)| s <= h.span.start);
            let before = at > 0 && seen[at - 1].1 > h.span.start;
            let after = seen.get(at).is_some_and(|&(s, _)| s < h.span.end);
            let same_start = at > 0 && seen[at - 1].0 == h.span.start;
            if before || after || same_start {
                continue;
            }
            seen.insert(at, (h.span.start, h.span.end));
        }
        out.push(h);
    }
    crate::order::sort_by_key(&mut out, |h| crate::order::pack([0, 0, h.span.start, h.span.end]));
    bodies_by_context(ctx, &mut out);
    bodies_by_shape(ctx, &mut out);
    lone_bodies(ctx, &mut out, quotes);
    out
}

/// `the University of Virginia and Stanford University`: two bodies, each
/// named with the same body's word, run into one name over a coordinator
/// (`Centers for Disease Control and Prevention` stays one).
fn split_bodies(ctx: &Context<'_, '_>, hits: &mut Vec<SourceHit>) {
    let w = &ctx.w;
    let org = |x: usize, k: usize, y: usize| (x..k).any(|i| has_text(ctx, &ctx.lex.org_words, i) && (k + 1..y).any(|j| w.lower(j) == w.lower(i)));
    let mut extra = Vec::new();
    for h in hits.iter_mut() {
        if h.resolved.is_some() || h.source_type != SourceType::Organization {
            continue;
        }
        let (a, b) = (w.at(h.span.start), w.at(h.span.end));
        if let Some(k) = (a + 1..b.saturating_sub(1)).find(|&k| plain_lower(ctx, k) && in_list(ctx, W::Coordinators, k) && cap_at(ctx, k + 1) && org(a, k, b)) {
            extra.push(SourceHit { span: start_of(ctx, k + 1)..h.span.end, source_type: h.source_type, cue: h.cue.clone(), resolved: None });
            h.span.end = end_of(ctx, k - 1);
        }
    }
    hits.extend(extra);
}

/// `Parchetul de pe lângă Tribunalul Cluj`: a body's name runs on past a
/// link of the language's (`de pe lângă`) and the name after it. Run before
/// the merge, which then drops the hits inside it.
fn longer_bodies(ctx: &Context<'_, '_>, hits: &mut [SourceHit]) {
    let w = &ctx.w;
    for h in hits.iter_mut() {
        if !(h.resolved.is_none() && h.source_type == SourceType::Organization) {
            continue;
        }
        let e = w.at(h.span.end);
        for l in &ctx.lex.source_words.body_links {
            let n = l.split(' ').count();
            // (Word by word in a loop: no enumerating iterator's code.)
            let mut linked = e + n < w.len();
            let mut i = 0;
            for x in l.split(' ') {
                if !linked {
                    break;
                }
                linked = plain(ctx, e + i) && w.lower(e + i) == x;
                i += 1;
            }
            if linked && plain(ctx, e + n) {
                if let Some(c) = ctx.names.starting(e + n) {
                    h.span.end = end_of(ctx, c.last);
                }
            }
        }
        // `the U.N. Office for the Coordination of Humanitarian Affairs`,
        // `the Society for the Protection of Birds`: a link and an article
        // inside the name, which word runs stop at.
        let j = e + 2;
        if j < w.len() && plain(ctx, e) && plain(ctx, j) && low(ctx, e, &ctx.lex.connectors) && !in_list(ctx, W::Coordinators, e) && low(ctx, e + 1, &ctx.lex.definite) {
            if let Some(c) = ctx.names.starting(j).filter(|c| !any_first_name(ctx, c.first, c.last + 1)) {
                h.span.end = end_of(ctx, c.last);
            }
        }
        let e = w.at(h.span.end);
        // `the Department of Environment, Tourism, Science and Innovation`:
        // a body of something whose portfolio goes on as a list of names
        // closed by a coordinator is named by the whole list.
        if let Some(last) = portfolio_end(ctx, Chunk { first: w.at(h.span.start), last: e - 1 }) {
            h.span.end = end_of(ctx, last);
        }
    }
    // `Direcția Națională Anticorupție – Serviciul Teritorial Iași`, `Royal
    // Life Saving Society – Australia's report`: a body, a dash and its
    // office or country are one body's name (either part found first).
    let dashed = |k: usize| k < w.len() && matches!(w.gap(k), " – " | " - ") && same_sent(ctx, k, k - 1);
    let body = |c: Chunk| names::classify(w, ctx.lex, c) == SourceType::Organization;
    for h in hits.iter_mut() {
        if !(h.resolved.is_none() && h.source_type == SourceType::Organization) {
            continue;
        }
        let (a, e) = (w.at(h.span.start), w.at(h.span.end));
        let own = Chunk { first: a, last: e.max(a + 1) - 1 };
        // (A country's lone name closes a clause or owns what follows.)
        let country = |c: Chunk| c.first == c.last && (possessive_s(ctx, c.last + 1) || ctx.ends_clause(c.last)) && !first_named(ctx, c);
        if let Some(c) = ctx.names.starting(e).filter(|&c| dashed(e) && body(own) && !any_first_name(ctx, c.first, c.last + 1) && (body(c) || country(c))) {
            h.span.end = end_of(ctx, c.last);
        } else if let Some(b) = ctx.names.ending(a.wrapping_sub(1)).filter(|&b| a > 0 && dashed(a) && body(b) && (body(own) || country(own))) {
            h.span.start = start_of(ctx, b.first);
        }
    }
    // (A list's last names taken for the verb's subject: `the Ministry of
    // Housing, Communities and Local Government said`.)
    for h in hits.iter_mut() {
        if !(h.resolved.is_none() && h.source_type != SourceType::Photo) {
            continue;
        }
        let article = |q: usize| if q > 1 && plain(ctx, q) && article_at(ctx, q - 1) && !cap_at(ctx, q - 1) { q - 1 } else { q };
        let mut q = article(w.at(h.span.start));
        if q > 2 && plain(ctx, q) && low_in(ctx, q - 1, W::Coordinators) {
            q = ctx.names.ending(q - 2).map_or(q, |r| article(r.first));
        }
        while q > 1 && gap_is(ctx, q, ",") {
            let Some(r) = ctx.names.ending(q - 1) else { break };
            if portfolio_end(ctx, r).is_some_and(|l| end_of(ctx, l) >= h.span.end) {
                h.span.start = start_of(ctx, r.first);
                h.span.end = h.span.end.max(end_of(ctx, portfolio_end(ctx, r).unwrap_or(r.last)));
                h.source_type = SourceType::Organization;
                break;
            }
            q = article(r.first);
        }
    }
}

/// For a name `c` that closes a body's portfolio list (`Innovation` in
/// `the Department of Environment, Tourism, Science and Innovation said`):
/// the first word of the body's whole name.
pub fn portfolio_start(ctx: &Context<'_, '_>, c: Chunk) -> Option<usize> {
    let mut q = c.first;
    if !(q > 2 && plain(ctx, q) && low_in(ctx, q - 1, W::Coordinators)) {
        return None;
    }
    q = ctx.names.ending(q - 2)?.first;
    while q > 1 && gap_is(ctx, q, ",") {
        let r = ctx.names.ending(q - 1)?;
        if portfolio_end(ctx, r).is_some_and(|l| l >= c.last) {
            return Some(r.first);
        }
        q = r.first;
    }
    None
}

/// The last word of a body's portfolio list after its name `c` of
/// something (`Department of Environment`, then `, Tourism, Science and
/// Innovation`): names set off by commas, the last after a coordinator (or
/// a run holding one). `None` when no such list follows.
fn portfolio_end(ctx: &Context<'_, '_>, c: Chunk) -> Option<usize> {
    let w = &ctx.w;
    let lower_in = |r: Chunk| (r.first..r.last + 1).any(|k| !cap_at(ctx, k) && has(ctx, &ctx.lex.connectors, k));
    // (Or a body's name of two words: `Ministerul Mediului, Apelor și Pădurilor`.)
    let t = names::classify(w, ctx.lex, c);
    if !(lower_in(c) && t != SourceType::Person || t == SourceType::Organization && c.last > c.first) {
        return None;
    }
    let skip = |q: usize| q + usize::from(q + 1 < w.len() && article_at(ctx, q) && !cap_at(ctx, q) && plain(ctx, q + 1));
    // (Items are a portfolio's names, not people's: `…, Ana Pop and Dan Ene`.)
    // (Nor bodies': `…, Barclays and HSBC`.)
    let item = |q: usize| ctx.names.starting(skip(q)).filter(|r| !any_first_name(ctx, r.first, r.last + 1) && !is_acronym(w.text(r.first)) && !ctx.lex.organizations.exact(w, r.first, r.last));
    let mut q = c.last + 1;
    while q < w.len() && gap_is(ctx, q, ",") {
        let r = item(q)?;
        if lower_in(r) {
            return Some(r.last);
        }
        let k = r.last + 1;
        if low_in(ctx, k, W::Coordinators) {
            return item(k + 1).filter(|_| plain(ctx, k + 1)).map(|d| d.last);
        }
        q = k;
    }
    None
}
/// `according to Boxtrack`, `Filmtally said`: a lone word typed a person that
/// is no first name and no part of a longer name the text knows, and that no
/// title or role ever precedes and no person's pronoun or relative ever takes
/// up (`Mr Tremblay`, `Okonkwo said. He …`, `lui Dragomir`), is a body's
/// name: news brings a person in by a full name or a role. A quote's speaker
/// is left alone (words in quotation marks are mostly someone's). One pass
/// over the words, and only when such a hit exists.
fn lone_bodies(ctx: &Context<'_, '_>, hits: &mut [SourceHit], quotes: &[QuoteHit]) {
    let w = &ctx.w;
    let lex = ctx.lex;
    let lone = |h: &SourceHit| {
        let k = w.at(h.span.start);
        h.resolved.is_none() && h.source_type == SourceType::Person && k < w.len() && end_of(ctx, k) == h.span.end && !first_at(ctx, k) && !ctx.full_name(Chunk { first: k, last: k }).holds(&[' ', '-'])
    };
    if !hits.iter().any(lone) {
        return;
    }
    let words = &ctx.lex.source_words;
    let personal_word = |x: &str| (lex.pronouns.contains(x) && !lex.plural_pronouns.contains(x)) || words[W::PersonRelatives].contains(x);
    let mut people: FxSet<String> = Default::default();
    for q in quotes {
        let Some(m) = q.speaker.as_ref().and_then(|s| s.mention.as_ref()) else { continue };
        people.insert(crate::case::lower(&ctx.doc.text[m.clone()]));
    }
    for k in 1..w.len() {
        let x = w.lower(k - 1);
        if cap_at(ctx, k) && (lex.titles.contains(x) || lex.is_role(x) || personal_word(x)) {
            people.insert(w.lower(k).to_string());
        }
    }
    // (`Maddie Ostrowski` somewhere: the lone word closing a longer name is a surname.)
    for c in ctx.names.chunks.iter() {
        if !(c.last > c.first && plain(ctx, c.last)) {
            continue;
        }
        people.insert(w.lower(c.last).to_string());
    }
    for h in hits.iter_mut() {
        if lone(h) && !has(ctx, &people, w.at(h.span.start)) {
            h.source_type = SourceType::Organization;
        }
    }
}

/// `Yorkshire Water`, `Harris County Public Works`, `Athletics Canada`: a
/// name typed a person with no first name and no title, and not the
/// re-mention of a longer name (`Stone` after `Ben Stone`), that holds a word the text writes lowercase elsewhere (a
/// common noun, `water`, `swimming`) or a place's name (a lone capitalised
/// word after `in`) is a body's: a person's name is made of neither. One
/// pass over the words, and only when such a name exists.
fn bodies_by_shape(ctx: &Context<'_, '_>, hits: &mut [SourceHit]) {
    let w = &ctx.w;
    let lex = ctx.lex;
    // (None for a span that starts no word of its own: `Sursa foto:` cut
    // mid-word by hostile input.)
    let chunk = |h: &SourceHit| {
        let (first, end) = (w.at(h.span.start), w.at(h.span.end));
        (end > first && end <= w.len()).then(|| Chunk { first, last: end - 1 })
    };
    // (`Ben Stone, who lost his home`, `Stone said he would`: a person's
    // relative or pronoun right after the name.)
    let words = &ctx.lex.source_words;
    let referred_to_as_person = |c: Chunk| {
        (c.last + 1..(c.last + 4).min(w.len())).take_while(|&k| same_sent(ctx, k, c.last)).any(|k| {
            let x = w.lower(k);
            (lex.pronouns.contains(x) && !lex.plural_pronouns.contains(x)) || words[W::PersonRelatives].contains(x)
        })
    };
    let candidate = |h: &SourceHit| {
        let Some(c) = chunk(h) else { return false };
        h.resolved.is_none()
            && h.source_type == SourceType::Person
            && !first_named(ctx, c)
            && ctx.full_name(c).len() <= h.span.len()
            && !(c.first..c.last + 1).any(|k| first_at(ctx, k) || has(ctx, &lex.titles, k) || !(cap_at(ctx, k) || has(ctx, &lex.connectors, k)))
            && !(c.first > 0 && lower_role(ctx, c.first - 1))
            && !referred_to_as_person(c)
    };
    if !hits.iter().any(candidate) {
        return;
    }
    // (Only prose counts: a line opening lowercase is a slug or a file
    // name, `wang yi lavrov`; a name's particle, `van`, is no noun.)
    let mut common: FxSet<String> = Default::default();
    let mut places: FxSet<String> = Default::default();
    let place_words = &words[W::PlacePrepositions];
    for k in 0..w.len() {
        if !cap_at(ctx, k) {
            if !digit_at(ctx, k) && cap_at(ctx, sent_start(ctx, k)) && !has(ctx, &lex.particles, k) {
                common.insert(w.lower(k).to_string());
            }
        } else if k > 0 && plain(ctx, k) && !cap_at(ctx, k - 1) && has(ctx, &place_words, k - 1) && (ends_sentence(ctx, k) || !cap_at(ctx, k + 1)) && !possessive_s(ctx, k + 1) {
            places.insert(w.lower(k).to_string());
        }
    }
    // A common noun closes a body's name (`Yorkshire Water`, `Public
    // Works`); a place may stand anywhere in it (`Swimming Australia`).
    // Words joined by a hyphen or an apostrophe are a surname's parts.
    let joined = |k: usize| raw_gap_is(ctx, k, "-") || raw_gap_is(ctx, k, "'") || raw_gap_is(ctx, k, "’") || (k + 1 < w.len() && matches!(w.gap(k + 1), "-" | "'" | "’") && !possessive_s(ctx, k + 1));
    for h in hits.iter_mut() {
        if let Some(c) = chunk(h).filter(|_| candidate(h)) {
            // (A person's name holds no link word, `Transportation and
            // Infrastructure`, and rarely four words with no particle or
            // initial, `Washington County Public Works`.)
            let linked = (c.first..c.last + 1).any(|k| !cap_at(ctx, k) && !has(ctx, &lex.particles, k));
            let mut words = 0;
            for k in c.first..c.last + 1 {
                words += usize::from(!has(ctx, &lex.particles, k) && w.text(k).chars().nth(1).is_some() && !joined(k));
            }
            let long = words >= 4;
            if linked || long || (has(ctx, &common, c.last) && !joined(c.last)) || (c.first..c.last + 1).any(|k| has(ctx, &places, k) && !joined(k)) {
                h.source_type = SourceType::Organization;
            }
        }
    }
}

/// `Ajutați Școlile` after `Ajutați Școlile România`: a mention typed a
/// person, with no first name in the name the text knows it by, that is a
/// body's name elsewhere in the text, or opens one word for word, is that body.
fn bodies_by_context(ctx: &Context<'_, '_>, hits: &mut [SourceHit]) {
    let w = &ctx.w;
    let text = ctx.doc.text;
    let mut bodies: FxSet<String> = Default::default();
    for h in hits.iter() {
        if !(h.resolved.is_none() && h.source_type == SourceType::Organization) {
            continue;
        }
        let a = w.at(h.span.start);
        for e in a..w.at(h.span.end).min(a + 4) {
            bodies.insert(text[start_of(ctx, a)..end_of(ctx, e)].to_string());
        }
    }
    for h in hits.iter_mut() {
        if !(h.resolved.is_none() && h.source_type == SourceType::Person && bodies.contains(&text[h.span.clone()])) {
            continue;
        }
        if !first_named(ctx, Chunk { first: w.at(h.span.start), last: w.at(h.span.end) - 1 }) {
            h.source_type = SourceType::Organization;
        }
    }
}

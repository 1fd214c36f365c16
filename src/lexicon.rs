//! Lexicon: each language's attribution vocabulary (cue verbs, titles, roles, outlets, organisation words…) compiled once from its data files.

use crate::lang::{DataFile, Language, LANGUAGES};
use crate::scan::{tokenize, TokenKind};
use crate::words::{norm_gap, Words};
use crate::hash::{word_hash, FxMap, FxSet, HashKeyed};
use std::sync::OnceLock;

/// One multiword entry, split the way the scanner splits text.
#[derive(Debug)]
pub struct Phrase {
    /// The entry as written in the data file (trailing `:` kept).
    pub text: &'static str,
    words: Vec<String>,
    /// [`word_hash`] of each word, compared before the text.
    hashes: Vec<u64>,
    /// Normalised gaps before words 1.. (`" "`, `"."`, `""`).
    gaps: Vec<String>,
    /// The mark the entry ends in (`:`; `?` of `Which?`), which must
    /// follow in the text; else a space.
    pub mark: char,
}

/// A set of phrases looked up by the [`word_hash`] of their first word: most
/// positions are rejected by one integer probe of the hash each word carries.
#[derive(Debug, Default)]
pub struct Phrases {
    /// One-word entries, by the word's hash: the index of their list in `lists`.
    by_first: HashKeyed<u64>,
    /// Longer entries, by their first two words' hashes ([`pair`]): the
    /// index of their list in `lists`, longest first.
    by_pair: HashKeyed<u64>,
    /// The entries sharing a key. (Indices in the maps rather than the
    /// lists themselves: every map here is then the numbers tables' one
    /// hash-map type, ~0.56 KB less wasm gzipped.)
    lists: Vec<Vec<Phrase>>,
    /// The hash of every entry's first word: rejects most positions at once.
    /// (Valued `u64`, unused, to share the numbers tables' hash-map type.)
    firsts: HashKeyed<u64>,
    lower: bool,
}

impl Phrases {
    /// The phrases of the section keyed `key` (looked up here rather than at
    /// each of the lexicon's ~20 calls: less wasm).
    fn new(lang: &Language, key: u16, lower: bool) -> Phrases {
        let entries = lang.keyed(key);
        let mut by_first: HashKeyed<u64> = HashKeyed::default();
        let mut by_pair: HashKeyed<u64> = HashKeyed::default();
        let mut lists: Vec<Vec<Phrase>> = Vec::new();
        let mut firsts: HashKeyed<u64> = HashKeyed::default();
        for e in entries {
            let (body, mark) = match e.strip_suffix([':', '?']) {
                Some(b) => (b.trim_end(), e.chars().last().unwrap_or(' ')),
                None => (e, ' '),
            };
            let toks = tokenize(body);
            let mut words = Vec::new();
            let mut gaps = Vec::new();
            let mut gap = String::new();
            for t in &toks {
                let s = &body[t.start..t.end];
                if matches!(t.kind, TokenKind::Word | TokenKind::Digits) {
                    if !words.is_empty() {
                        gaps.push(norm_gap(&gap));
                    }
                    words.push(if lower { crate::case::lower(s) } else { s.to_string() });
                    gap.clear();
                } else {
                    gap.push_str(s);
                }
            }
            if words.is_empty() {
                continue;
            }
            let mut hashes: Vec<u64> = Vec::new();
            for x in &words {
                hashes.push(word_hash(x));
            }
            firsts.entry(hashes[0]).or_insert(0);
            let key = if hashes.len() == 1 { &mut by_first } else { &mut by_pair };
            let k = if hashes.len() == 1 { hashes[0] } else { pair(hashes[0], hashes[1]) };
            let list = *key.entry(k).or_insert_with(|| {
                lists.push(Vec::new());
                lists.len() as u64 - 1
            });
            // Longest first, entries of one length in data order: inserted
            // before the first shorter one (no sort instantiated for
            // `Phrase`: less wasm).
            let list = &mut lists[list as usize];
            let at = list.iter().position(|p| p.words.len() < words.len()).unwrap_or(list.len());
            list.insert(at, Phrase { text: e, words, hashes, gaps, mark });
        }
        Phrases { by_first, by_pair, lists, firsts, lower }
    }

    /// The entries under key `k` of `map` (`by_first` or `by_pair`).
    fn list(&self, map: &HashKeyed<u64>, k: u64) -> Option<&[Phrase]> {
        map.get(&k).map(|&i| &self.lists[i as usize][..])
    }

    /// Word `j` in this table's case.
    fn word<'t>(&self, w: &'t Words<'_>, j: usize) -> &'t str {
        if self.lower {
            w.lower(j)
        } else {
            w.text(j)
        }
    }

    /// True when entry `p` matches its words `1..n` from word `i` on
    /// (`fold`: ignoring case even in a case-sensitive table).
    fn rest_matches(&self, w: &Words<'_>, i: usize, p: &Phrase, fold: bool) -> bool {
        (1..p.words.len()).all(|k| {
            let j = i + k;
            w.list[j].hash == p.hashes[k] && self.same(w, j, &p.words[k], fold) && gap_eq(w.gap(j), &p.gaps[k - 1])
        })
    }

    fn same(&self, w: &Words<'_>, j: usize, entry: &str, fold: bool) -> bool {
        if fold && !self.lower {
            entry.chars().map(crate::case::lower_char).eq(w.lower(j).chars())
        } else {
            self.word(w, j) == entry
        }
    }

    /// True when words `a` and `b` (table case) make a two-word entry.
    pub fn has_two(&self, a: &str, b: &str) -> bool {
        self.list(&self.by_pair, pair(word_hash(a), word_hash(b))).is_some_and(|v| v.iter().any(|p| p.words.len() == 2 && p.words[0] == a && p.words[1] == b))
    }

    /// The longest entry starting at word `i`: its number of words and the entry.
    pub fn at<'p>(&'p self, w: &Words<'_>, i: usize) -> Option<(usize, &'p Phrase)> {
        self.at_case(w, i, false)
    }

    /// True when an entry starts at word `i` (one call for every such test,
    /// ~65 sites: less wasm than unpacking [`Phrases::at`]'s answer at each).
    #[inline(never)]
    pub fn starts_at(&self, w: &Words<'_>, i: usize) -> bool {
        self.at(w, i).is_some()
    }

    /// Like [`Phrases::at`], ignoring case (`Radio free Europe`).
    pub fn at_fold<'p>(&'p self, w: &Words<'_>, i: usize) -> Option<(usize, &'p Phrase)> {
        self.at_case(w, i, true)
    }

    fn at_case<'p>(&'p self, w: &Words<'_>, i: usize, fold: bool) -> Option<(usize, &'p Phrase)> {
        let h = w.list[i].hash;
        if !self.firsts.contains_key(&h) {
            return None;
        }
        let fits = |p: &Phrase| {
            let n = p.words.len();
            i + n <= w.len()
                && self.same(w, i, &p.words[0], fold)
                && self.rest_matches(w, i, p, fold)
                && w.para(i + n - 1) == w.para(i)
                && (p.mark == ' ' || w.gap_after(i + n - 1).trim_start().starts_with(p.mark))
        };
        if i + 1 < w.len() {
            if let Some(cands) = self.list(&self.by_pair, pair(h, w.list[i + 1].hash)) {
                if let Some(p) = cands.iter().find(|p| fits(p)) {
                    return Some((p.words.len(), p));
                }
            }
        }
        self.list(&self.by_first, h)?.iter().find(|p| fits(p)).map(|p| (1, p))
    }

    /// True when some entry spans exactly words `a..=b`.
    pub fn exact(&self, w: &Words<'_>, a: usize, b: usize) -> bool {
        self.at(w, a).is_some_and(|(n, _)| a + n == b + 1) || self.longest_ending(w, a, b)
    }

    fn longest_ending(&self, w: &Words<'_>, a: usize, b: usize) -> bool {
        if b >= w.len() || b < a {
            return false;
        }
        let first = self.word(w, a);
        let cands = if a == b { self.list(&self.by_first, w.list[a].hash) } else { self.list(&self.by_pair, pair(w.list[a].hash, w.list[a + 1].hash)) };
        cands.is_some_and(|cands| cands.iter().any(|p| p.words.len() == b + 1 - a && first == p.words[0] && self.rest_matches(w, a, p, false)))
    }
}

/// The key of an entry's first two word hashes.
fn pair(a: u64, b: u64) -> u64 {
    (a.rotate_left(5) ^ b).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// True when gap `g` equals the normalised gap `norm` (runs of space as one
/// space), without building the normalised string.
fn gap_eq(g: &str, norm: &str) -> bool {
    if g == norm {
        return true;
    }
    let mut n = norm.chars();
    let mut space = false;
    for c in g.chars() {
        if crate::scan::is_space(c) {
            if !space && n.next() != Some(' ') {
                return false;
            }
            space = true;
        } else {
            if n.next() != Some(c) {
                return false;
            }
            space = false;
        }
    }
    n.next().is_none()
}

/// Every word list the attribution engines use, for one language.
#[derive(Debug)]
pub struct Lexicon {
    /// The lists only the sources engine reads, built here so that one
    /// lazy cell holds both (less wasm).
    pub(crate) source_words: crate::sources::SourceWords,
    /// The number lexicon, built here for the same reason.
    pub(crate) numbers: crate::numbers::lexicon::Lexicon,
    /// The word sets and phrase lists read straight from one section each
    /// (reached through `Deref`, as fields of the lexicon).
    lists: Sets,
    /// Titles (lowercase) dropped from names.
    pub titles: FxSet<String>,
    /// Role nouns (lowercase).
    pub roles: Vec<String>,
    /// Role nouns by their first four letters, so a word is compared only
    /// with the roles it could agree with: indices into [`Lexicon::roles`]
    /// (the map type `context` also uses, so one hash-table instantiation).
    roles_by_head: FxMap<String, Vec<usize>>,
    /// Number words (`fifteen`, `trei`): a capitalised one opens a sentence,
    /// not a name (`“Fifteen points on the road…”`).
    pub number_words: FxSet<String>,
    /// Number words of two or more (`two`, `două`): before a noun, several people.
    pub plural_counts: FxSet<String>,
    /// Endings of a woman's first name when no list knows the name (`a` in Romanian).
    pub feminine_name_endings: Vec<String>,
    /// Endings of a word for where someone comes from (`Irishwoman`, `Norwegian`).
    pub origin_endings: Vec<String>,
    /// Case endings and the nominative ending they stand for (`ului = ul`),
    /// so the role lists need only nominatives.
    pub case_endings: Vec<(String, String)>,
    /// Endings of a plural role noun (`-ii`, `-ele`; `-s`).
    pub plural_role_endings: Vec<String>,
    /// Endings of a genitive noun (`băiatului`, `școlii`): after a role, the
    /// whose-role complement.
    pub genitive_endings: Vec<String>,
    /// Prefixes a role noun may carry (`vice`, `co-`).
    pub role_prefixes: Vec<String>,
    /// Endings of nouns that name no person (`-tion`): a word with one only
    /// shares a stem with a role (`operation` / `operator`), it is none.
    pub unrole_endings: Vec<String>,
    /// Definite-article endings a language writes on nouns (`-ul`, `-ii`):
    /// a lone sentence-initial capitalised word with one is a common noun.
    pub article_endings: Vec<String>,
    /// Endings of a present participle or gerund (`-ing`, `-ând`): a
    /// capitalised one opening a sentence before lowercase words and a comma
    /// is a phrase of circumstance (`Opening the case on Tuesday, X told`),
    /// not a name.
    pub participle_endings: Vec<String>,
    /// Role words naming the same office (`rep congressman lawmaker`), one group a line.
    pub role_groups: Vec<Vec<String>>,
    /// A noun for a kind of body, then the first words of the bodies' names
    /// it may stand for (`instanța curtea tribunalul`): `a decis instanța`
    /// after `Tribunalul Cluj` is that court.
    pub role_bodies: Vec<Vec<String>>,
    /// Built from data read with its letters folded.
    folded: bool,
}

/// The key of a section with a fixed header, computed at compile time: the
/// header's name stays out of the module.
macro_rules! key {
    ($file:ident, $name:literal) => {
        const { crate::lang::key(DataFile::$file, $name) }
    };
}

/// Declares a `#[repr(C)]` struct of same-typed public fields, each read
/// from one data section, with the sections' keys and lowercase flags in
/// field order: built in one loop over the keys, then reinterpreted as the
/// struct (less wasm than a call and a move per field).
macro_rules! section_fields {
    ($(#[$m:meta])* $name:ident: $ty:ty, $keys:ident, { $($(#[$doc:meta])* $field:ident: $file:ident $sec:literal $lower:literal,)* } $($rest:tt)*) => {
        $(#[$m])*
        #[derive(Debug, Default)]
        #[repr(C)]
        pub struct $name {
            $($(#[$doc])* pub $field: $ty,)*
            $($rest)*
        }
        /// The sections of the fields, in field order, with their lowercase flags.
        const $keys: &[(u16, bool)] = &[$((key!($file, $sec), $lower)),*];
    };
}

section_fields! {
    /// The lexicon's phrase lists read from one section each.
    PhraseLists: Phrases, PHRASE_KEYS, {
    /// Reporting verbs and phrases (`said`, `a declarat`).
    cues: Quotes "cue_verbs" true,
    /// Cues whose source follows them (`according to`, `potrivit`).
    prefix_cues: Sources "prefix_cues" true,
    /// Words introducing the outlet spoken to (`told`, `pentru`).
    outlet_cues: Sources "outlet_cues" true,
    /// Phrases opening a sentence whose view belongs to the name or role after
    /// them (`în opinia lui`, `in the view of`): a quote in that sentence is theirs.
    opinion_cues: Quotes "opinion_cues" true,
    /// Phrases handing quoted words to the name after them (`îi aparține lui`,
    /// `belong to`).
    owner_cues: Quotes "owner_cues" true,
    /// Words tying a document to its author (`by`, `al`).
    by_words: Sources "by_words" true,
    /// Picture-credit labels (`Photo:`).
    credit_cues: Sources "credit_cues" true,
    /// Source labels (`Source:`).
    label_cues: Sources "label_cues" true,
    /// Known outlets and agencies, as written.
    outlets: Sources "outlets" false,
    /// Known photo agencies.
    photo_agencies: Sources "photo_agencies" false,
    /// Known organisations.
    organizations: Sources "organizations" false,
    /// Words that carry a document's title on in lowercase (`Raportul anual privind …`).
    title_linkers: Sources "title_linkers" true,
    /// Phrases saying a speaker asked not to be named (`who spoke on condition of anonymity`).
    anonymity: Quotes "anonymity" true,
    /// Phrases giving only part of an unnamed person's name, which follows
    /// them (`who gave her name only as`, `identified only as`): that name
    /// is who speaks.
    name_giving: Quotes "name_giving" true,
    /// Phrases making the lone capitalised word after them a first name
    /// (`who gave only her first name, Keiko`).
    first_name_links: Quotes "first_name_links" true,
    /// Phrases reading something out (`read a statement`): a paragraph
    /// ending on one hands the quote opening the next to its subject.
    statement_intros: Quotes "statement_intros" true,
    /// Phrases opening a sentence on its topic (`As for X, she is …`): the
    /// name after them, set off by a comma, is whom the clause is about, and
    /// a later pronoun means them.
    topic_leads: Quotes "topic_leads" true,
    /// Phrases of habit between a subject and its reporting verb (`likes
    /// to`, `used to`, `obișnuiește să`): `X, the board chair, likes to say
    /// “…”` is X's saying, so the subject is looked for before them.
    habitual_leads: Quotes "habitual_leads" true,
    /// Verbs giving the office someone holds or held (`served as`,
    /// `became`): `X, who served as a rural affairs minister,` is a
    /// minister, whom `the former minister` means.
    office_verbs: Quotes "office_verbs" true,
    /// Pronouns only a body takes (`it`): after a name's cue they show it a body.
    body_pronouns: Quotes "body_pronouns" true,
    /// Comparatives that set one namesake apart from another (`the younger X`).
    comparative_kin: Quotes "comparative_kin" true,
    /// The comparatives of [`Self::comparative_kin`] for the younger
    /// (`younger`, `youngest`): `his older brother` makes him `the younger X`.
    junior_comparatives: Quotes "junior_comparatives" true,
    /// Lowercase tails of a document's name (`Codul de procedură penală`, `Ordonanța de urgență`).
    title_tails: Sources "title_tails" true,
    /// Lowercase words closing a body's name after a capitalised place
    /// (`the Bombay high court`, `a Thane sessions court`): house styles
    /// that lowercase the kind still name one body.
    body_tails: Sources "body_tails" true,
    /// Words after a document noun that belong to the noun, not its author
    /// (`declarație de presă`, `sondaj de opinie`).
    noun_tails: Sources "noun_tails" true,
    /// Phrases whose last word spells a cue but is a noun (`member
    /// states`): no one reports there.
    cue_nouns: Quotes "cue_nouns" true,
    /// Copulas after a quote before a noun for what was said (`este`, `a fost`, `was`).
    copulas: Quotes "copulas" true,
    /// Conjunctions opening a new clause right after a quote (`and`, `iar`):
    /// the quote is not the next clause's.
    conjunctions: Quotes "conjunctions" true,
    }
}

section_fields! {
    /// The lexicon's word sets read from one section each, then its phrase lists.
    Sets: FxSet<String>, SET_KEYS, {
    /// Words skipped between a cue and a name (`a`, `report`, `comunicat`).
    doc_nouns: Sources "doc_nouns" true,
    /// Words that make a name an organisation.
    org_words: Sources "org_words" false,
    /// Words that make a name an outlet.
    outlet_words: Sources "outlet_words" false,
    /// Words that make a name a document.
    document_words: Sources "document_words" false,
    /// Lowercase nouns next to a name that make it an organisation.
    org_descriptors: Sources "org_descriptors" true,
    /// Documents a body speaks through (`se arată în decizie`): without an
    /// author they stand for the body named last.
    body_documents: Sources "body_documents" true,
    /// Words that join a document's name to its number (`Legea nr. 123/2020`).
    number_marks: Sources "number_marks" true,
    /// Pronouns standing for people.
    pronouns: Quotes "pronouns" true,
    /// Auxiliaries contracted onto a pronoun by an apostrophe (`you've`,
    /// `she's`): between the subject and a reporting verb, part of the verb.
    contracted_auxiliaries: Quotes "contracted_auxiliaries" true,
    /// Labels opening an interview's question paragraphs (`Q:`).
    question_labels: Quotes "question_labels" true,
    /// Labels opening an interview's answer paragraphs (`A:`).
    answer_labels: Quotes "answer_labels" true,
    /// The speaker's own pronoun (`I`): in an interview's answer, the person
    /// interviewed.
    first_person: Quotes "first_person" true,
    /// The pronoun of the one spoken to (`you`): in an interview's
    /// question, the person interviewed.
    second_person: Quotes "second_person" true,
    /// Plural pronouns (`they`): a group, never one named source.
    plural_pronouns: Quotes "plural_pronouns" true,
    /// Words before a quote that make it a title or term.
    scare_before: Quotes "scare_before" true,
    /// Nouns after a quote that make it a name.
    scare_after: Quotes "scare_after" true,
    /// Capitalised words that never start a name (lowercase).
    stop_caps: Common "stop_caps" true,
    /// Days and months (lowercase).
    time_words: Common "time_words" true,
    /// Particles inside person names.
    particles: Common "name_particles" true,
    /// Lowercase words between a title and a name (`Procurorul general X`).
    title_modifiers: Common "title_modifiers" true,
    /// Connectors inside organisation names.
    connectors: Common "name_connectors" true,
    /// Capitalised plurals that are not names (lowercase).
    not_names: Common "not_names" true,
    /// Words after which a name is an object, not a subject.
    prepositions: Common "prepositions" true,
    /// Documents whose author follows them (`report`, `comunicat`).
    report_nouns: Sources "report_nouns" true,
    /// Words making a role noun refer back (`the`); empty when the language
    /// writes the article on the noun.
    definite: Common "definite" true,
    /// Words making a role noun someone new and unnamed (`a`, `un`).
    indefinite: Common "indefinite" true,
    /// Words written with a dot that does not end a sentence (lowercase, no dot).
    abbreviations: Common "abbreviations" true,
    /// Words opening a subordinate clause (`whether`, `dacă`): a name after
    /// one is not the sentence's subject.
    subordinators: Quotes "subordinators" true,
    /// Pronouns only ever objects (`him`): in the sentence naming someone
    /// they mostly stand for someone else (`Kell, standing beside him`).
    object_pronouns: Quotes "object_pronouns" true,
    /// Participles of speaking to someone (`warning`, `avertizând`): after
    /// a comma, the name right after one is whom the words were for
    /// (`intervened, warning Mokoena: “…”`), not who said them.
    hearer_participles: Quotes "hearer_participles" true,
    /// Singular pronouns only ever subjects (`he`, `ea`): one opening a
    /// clause puts the person it means back in focus.
    subject_pronouns: Quotes "subject_pronouns" true,
    /// Objects of a reporting verb standing for the quote just before
    /// (`X says it without looking up`): the verb's subject said it.
    quote_refs: Quotes "quote_refs" true,
    /// Words opening the sentence after a quote that stand for it (`Those
    /// were the words of X`): a message phrase may follow them.
    quote_demonstratives: Quotes "quote_demonstratives" true,
    /// Object pronouns doubling an object that opens the sentence (`Rolul îl
    /// joacă X`): the name after the verb is its subject.
    object_clitics: Quotes "object_clitics" true,
    /// Words before the name of whoever asks in an interview (`Interviu
    /// realizat de X`, `moderatoarea X`, `interview by X`).
    interviewer_words: Quotes "interviewer_words" true,
    /// Words after a quote that make it the answer to the question before it
    /// (`a venit răspunsul`, `came the reply`).
    answer_words: Quotes "answer_words" true,
    /// Nouns for what was said (`mesajul`, `reacția`, `message`): `„…”, a
    /// fost reacția lui X` is X's.
    message_nouns: Quotes "message_nouns" true,
    /// Verbs that report only after a document noun (`“…,” the memo read`).
    document_verbs: Quotes "document_verbs" true,
    /// Nouns for `the source` (`sursa citată`): they stand for whoever was
    /// cited last, named or not.
    source_nouns: Quotes "source_nouns" true,
    /// First names also written after the surname (Hungarian order): only
    /// these show gender as a name's last word.
    trailing_first_names: Common "trailing_first_names" true,
    /// Words making a role another office (`shadow`, `deputy`, `adjunct`).
    office_qualifiers: Common "office_qualifiers" true,
    /// Legal-form words ending a company's name (`SA`, `SRL`, `Ltd`).
    company_suffixes: Common "company_suffixes" true,
    /// Words ending the name of a street or square (`Sheridan Street`,
    /// `Downing Street`): a place, or the office named after it, never a
    /// person, whatever first name opens it.
    street_tails: Common "street_tails" true,
    /// Words opening a two-word place's name (`North Carolina`, `New
    /// Jersey`): set off after a place, such a name goes on naming it.
    place_openers: Common "place_openers" true,
    /// Nouns for a business (`compania`, `the firm`): before a name they show
    /// it a company's; as a cue's subject they stand for the last company.
    company_nouns: Quotes "company_nouns" true,
    /// People who work at or buy from a business (`workers`, `angajații`):
    /// before `at` and a name they show it a company's.
    employee_nouns: Sources "employee_nouns" true,
    /// Nouns for a relative (`son`, `sister`): after a gendered possessive
    /// (`His son said`) they stand for a relative of the person that
    /// possessive means, someone else with that person's surname.
    kin_nouns: Quotes "kin_nouns" true,
    /// Kin nouns that hold both ways (`sister`, `brother`): someone
    /// introduced as another's sister has that other for her sister.
    symmetric_kin: Quotes "symmetric_kin" true,
    /// Auxiliaries written right before a reporting verb (`has`, `had`):
    /// part of the cue, so its subject is found before them.
    cue_auxiliaries: Quotes "cue_auxiliaries" true,
    /// Titles that are also first names (`Dean`): before a surname alone
    /// they are the first name (`Dean Nuttall`).
    title_first_names: Common "title_first_names" true,
    /// Capitalised words describing a person right before their full name
    /// (`Conservative Richard Hallam`): no part of the name.
    name_qualifiers: Common "name_qualifiers" true,
    /// Reporting verbs that put a question (`asked`): a paragraph `X asked
    /// him whether …` is answered by the quote opening the next one.
    question_cues: Quotes "question_cues" true,
    /// Auxiliaries of the passive (`been`, `being`): a reporting verb's
    /// participle right after one (`had been promised a date`) reports
    /// nothing its subject said.
    passive_auxiliaries: Quotes "passive_auxiliaries" true,
    /// Words in a body's name that make it no business (`union`, `ministerul`).
    not_company_words: Quotes "not_company_words" true,
    /// Words joining two subjects (`and`, `și`).
    coordinators: Quotes "coordinators" true,
    /// Adverbs that may sit between a verb and its subject (`avertizează și X`).
    skip_after_cue: Quotes "skip_after_cue" true,
    /// Object pronouns a reporting verb may carry in front (`ne-a spus`, `îi spune`).
    cue_clitics: Quotes "cue_clitics" true,
    /// Words opening a question put to someone (`întrebat ce le-ar transmite …`).
    question_words: Quotes "question_words" true,
    /// Words opening a headline's topic after its speaker's role
    /// (`Schools chief on phones: ‘…’`, `Premierul despre remaniere: „…”`).
    topic_words: Quotes "topic_words" true,
    /// Words that may follow a headline's hearer-needing verb with no hearer
    /// (`MSPs told as Holyrood clashes`): the verb is passive.
    hearerless_next: Quotes "hearerless_next" true,
    /// Adjectives written before a role noun (`fostul ministru`, `the former minister`).
    role_adjectives: Common "role_adjectives" true,
    /// Present-tense naming verbs: a short quote after one is a label (`calls "fair trade"`).
    term_verbs: Quotes "term_verbs" true,
    /// Future and conditional markers: a document not yet out has no author as a source (`will`, `va`).
    not_yet: Sources "not_yet" true,
    /// Words showing a feminine person: pronouns, titles, roles, first names.
    feminine: Common "feminine" true,
    /// Role and kin nouns showing a woman (`vecina`, `profesoarei`); not
    /// first names, so they never make a run a person's name.
    feminine_roles: Common "feminine_roles" true,
    /// Role and kin nouns showing a man (`tatăl`, `medicului`).
    masculine_roles: Common "masculine_roles" true,
    /// Role nouns matched only as written (their stem is a common word:
    /// `interul` / `interes`).
    exact_roles: Common "exact_roles" true,
    /// Prepositions that name where words come from (`the message from X`).
    source_prepositions: Quotes "source_prepositions" true,
    /// The preposition naming who did what a participle says (`mesajul
    /// transmis de X`, `the message posted by X`): X is the message's author.
    agent_prepositions: Quotes "agent_prepositions" true,
    /// Words showing a masculine person.
    masculine: Common "masculine" true,
    /// Words opening a new clause with its own subject after a comma (`iar`, `while`).
    clause_words: Common "clause_words" true,
    /// Roles that speak for someone else (`spokesman`, `aide`, `purtător`):
    /// such a role stands only for someone introduced with it, never for the
    /// person they work for.
    proxy_roles: Common "proxy_roles" true,
    /// Roles that speak officially for a body (`spokesman`, `purtătorul`).
    body_voices: Common "body_voices" true,
    }
    /// Reached through `Deref`, as fields of the lexicon.
    phrases: PhraseLists,
}

impl std::ops::Deref for Lexicon {
    type Target = Sets;
    fn deref(&self) -> &Sets {
        &self.lists
    }
}

impl std::ops::Deref for Sets {
    type Target = PhraseLists;
    fn deref(&self) -> &PhraseLists {
        &self.phrases
    }
}

/// `Sets` as built: its word sets as an array, then its phrase lists.
#[repr(C)]
struct RawSets {
    sets: [FxSet<String>; SET_KEYS.len()],
    phrases: PhraseLists,
}

fn set(lang: &Language, key: u16, lower: bool) -> FxSet<String> {
    let mut set = FxSet::default();
    for s in lang.keyed(key) {
        // (A set kept as written also holds the cedilla spelling many
        // Romanian sites print: `Poliţiei` for `Poliției`.)
        if !lower && s.contains(['ș', 'ț', 'Ș', 'Ț']) {
            set.insert(s.chars().map(|c| match c { 'ș' => 'ş', 'ț' => 'ţ', 'Ș' => 'Ş', 'Ț' => 'Ţ', c => c }).collect());
        }
        set.insert(if lower { crate::case::lower(s) } else { s.to_string() });
    }
    set
}

/// A section's entries, lowercased, in order (one instantiation for the
/// lexicon's lists).
fn list(lang: &Language, key: u16) -> Vec<String> {
    lang.keyed(key).map(crate::case::lower).collect()
}

/// A `common.txt` section of word groups, one a line, lowercased (one
/// instantiation for both group lists).
fn groups(lang: &Language, key: u16) -> Vec<Vec<String>> {
    let mut groups = Vec::new();
    for l in lang.keyed(key) {
        let mut group = Vec::new();
        for w in l.split_whitespace() {
            group.push(crate::case::lower(w));
        }
        groups.push(group);
    }
    groups
}

impl Lexicon {
    // Not inlined into the collecting loop of `of`: less code that way
    // (-0.16 KB gzipped).
    #[inline(never)]
    fn build(lang: &'static Language) -> Lexicon {
        // Both number-word sets in one pass over the number words.
        let mut number_words: FxSet<String> = FxSet::default();
        let mut plural_counts: FxSet<String> = FxSet::default();
        for sec in [key!(Numbers, "unit_words"), key!(Numbers, "tens_words")] {
            for l in lang.keyed(sec) {
                let word = crate::case::lower(l.split('=').next().unwrap_or_default().trim());
                if !word.is_empty() {
                    number_words.insert(word);
                }
                // (No number parsing here: it would pull float code into the module.)
                if let Some((x, v)) = l.split_once('=') {
                    if !matches!(v.trim(), "0" | "1") {
                        plural_counts.insert(crate::case::lower(x.trim()));
                    }
                }
            }
        }
        let roles = list(lang, key!(Common, "roles"));
        // Loops rather than iterator chains here: less wasm.
        let mut titles = FxSet::default();
        for t in lang.keyed(key!(Common, "titles")) {
            titles.insert(crate::case::lower(t.trim_end_matches('.')));
        }
        let mut case_endings = Vec::new();
        for l in lang.keyed(key!(Common, "case_endings")) {
            if let Some((a, b)) = l.split_once('=') {
                case_endings.push((crate::case::lower(a.trim()), crate::case::lower(b.trim())));
            }
        }
        // SAFETY: `RawSets` and `Sets` are both `repr(C)`: the array's
        // elements sit where `Sets`'s fields of the same type do (as many,
        // in field order), and so do the phrase lists (likewise for
        // `PhraseLists` and its array).
        let phrases: [Phrases; PHRASE_KEYS.len()] = std::array::from_fn(|i| Phrases::new(lang, PHRASE_KEYS[i].0, PHRASE_KEYS[i].1));
        let phrases: PhraseLists = unsafe { std::mem::transmute(phrases) };
        let sets = std::array::from_fn(|i| set(lang, SET_KEYS[i].0, SET_KEYS[i].1));
        let lists: Sets = unsafe { std::mem::transmute(RawSets { sets, phrases }) };
        Lexicon {
            source_words: crate::sources::SourceWords::build(lang),
            numbers: crate::numbers::lexicon::Lexicon::build(lang),
            lists,
            titles,
            roles_by_head: {
                let mut m: FxMap<String, Vec<usize>> = FxMap::default();
                for (k, r) in roles.iter().enumerate() {
                    m.entry(r.chars().take(4).collect()).or_default().push(k);
                }
                m
            },
            roles,
            number_words,
            plural_counts,
            plural_role_endings: list(lang, key!(Common, "plural_role_endings")),
            genitive_endings: list(lang, key!(Common, "genitive_endings")),
            case_endings,
            feminine_name_endings: list(lang, key!(Common, "feminine_name_endings")),
            origin_endings: list(lang, key!(Common, "origin_endings")),
            role_prefixes: list(lang, key!(Common, "role_prefixes")),
            unrole_endings: list(lang, key!(Common, "unrole_endings")),
            article_endings: list(lang, key!(Common, "article_endings")),
            participle_endings: list(lang, key!(Common, "participle_endings")),
            role_groups: groups(lang, key!(Common, "role_groups")),
            role_bodies: groups(lang, key!(Common, "role_bodies")),
            folded: lang.fold,
        }
    }

    /// The lexicon of `lang`, built on first use.
    pub fn of(lang: &Language) -> &'static Lexicon {
        static ALL: OnceLock<Vec<Lexicon>> = OnceLock::new();
        let all = ALL.get_or_init(|| {
            // A loop, not `map(..).collect()`: less wasm.
            let mut all = Vec::new();
            for lang in LANGUAGES.iter() {
                all.push(Lexicon::build(lang));
            }
            all
        });
        // (A language read folded has its own, built at its first text.)
        static FOLDED: [OnceLock<Lexicon>; crate::lang::LANGUAGE_COUNT] = [const { OnceLock::new() }; crate::lang::LANGUAGE_COUNT];
        if lang.fold {
            return FOLDED[lang.index].get_or_init(|| Lexicon::build(&crate::lang::FOLDED[lang.index]));
        }
        &all[lang.index.min(all.len() - 1)]
    }

    /// True when `lower` is a role noun (`minister`, `prefectul`), by word start
    /// so inflected forms agree.
    pub fn is_role(&self, lower: &str) -> bool {
        self.exact_roles.contains(lower)
            || self.is_plain_role(lower)
            || self.role_prefixes.iter().any(|p| lower.strip_prefix(p.as_str()).is_some_and(|rest| rest.chars().count() >= 4 && self.is_plain_role(rest)))
            || compound_head(lower).is_some_and(|head| self.is_plain_role(head))
    }

    /// True when word `i` of `w` is a role word, by its lowercase form (one
    /// call for every such test: less wasm than slicing the word at each).
    #[inline(never)]
    pub fn role_at(&self, w: &Words<'_>, i: usize) -> bool {
        // (Or the last part of a hyphened compound whose parts joined make
        // a role: `team-mate` is a `teammate`.)
        self.is_role(w.lower(i)) || i > 0 && w.raw_gap_is(i, "-") && self.is_role(&[w.lower(i - 1), w.lower(i)].concat())
    }

    /// The gender a word shows (a pronoun, title, role, kin noun or first
    /// name): `Some(true)` feminine.
    pub fn gender(&self, lower: &str) -> Option<bool> {
        if let Some(head) = compound_head(lower) {
            return self.gender(head);
        }
        if self.feminine.contains(lower) || self.feminine_roles.contains(lower) {
            Some(true)
        } else if self.masculine.contains(lower) || self.masculine_roles.contains(lower) {
            Some(false)
        } else {
            self.role_gender_by_case(lower)
        }
    }

    /// The gender of a role noun written in another case than the lists'
    /// nominative (`liberalului` → `liberalul`, `ministrei` → `ministra`),
    /// through `[case_endings]`.
    fn role_gender_by_case(&self, lower: &str) -> Option<bool> {
        for (ending, nominative) in &self.case_endings {
            let Some(stem) = lower.strip_suffix(ending.as_str()) else { continue };
            let mut base = String::with_capacity(stem.len() + nominative.len());
            base.push_str(stem);
            base.push_str(nominative);
            if self.feminine_roles.contains(&base) || self.feminine.contains(&base) {
                return Some(true);
            }
            if self.masculine_roles.contains(&base) || self.masculine.contains(&base) {
                return Some(false);
            }
        }
        None
    }

    /// A role noun in the plural (`vecinii`, `asistentele`, `residents`):
    /// a group, which no single named source speaks for.
    pub fn plural_role(&self, lower: &str) -> bool {
        self.plural_form(lower)
            && !self.exact_roles.contains(lower)
            // (`președintele`, `fratele`: singular forms the gender lists know.)
            && self.gender(lower).is_none()
            && !self.titles.contains(lower)
            && self.is_role(lower)
    }

    /// A word with a plural ending of `[plural_role_endings]` (`Eagles`,
    /// `vecinii`; not `witness`), whatever the word.
    pub fn plural_form(&self, lower: &str) -> bool {
        self.plural_role_endings.iter().any(|e| lower.ends_with(e.as_str()) && !lower.strip_suffix(e.as_str()).is_some_and(|rest| rest.ends_with(e.as_str())) && lower.chars().count() > e.chars().count() + 3)
    }

    /// A role that speaks for someone else (`spokesman`, `aides`).
    pub fn is_proxy_role(&self, lower: &str) -> bool {
        self.proxy_roles.iter().any(|r| agrees(r, lower))
    }

    /// The heads of the bodies' names `noun` may stand for (`instanța` →
    /// `curtea`, `tribunalul`, …), when it is such a noun. (Exact: `medicii`
    /// may be a hospital, `medicul` is a person.)
    pub fn body_heads(&self, noun: &str) -> Option<&[String]> {
        self.role_bodies.iter().find(|g| g.len() > 1 && g[0] == noun).map(|g| &g[1..])
    }

    /// Two role words name the same office by the language's role groups.
    pub fn same_office(&self, a: &str, b: &str) -> bool {
        self.role_groups.iter().any(|g| g.iter().any(|x| agrees(x, a)) && g.iter().any(|x| agrees(x, b)))
    }

    fn is_plain_role(&self, lower: &str) -> bool {
        let head = lower.char_indices().nth(4).map_or(lower, |(b, _)| &lower[..b]);
        // A word shorter than the role it begins must still be a stem of
        // five letters or more (`poll` is not `pollster`).
        // (Read folded, a body's noun is no role it now shares a stem
        // with: `agentia`, typed for `agenția`, is no `agentul`.)
        // (Nor a noun of action or state: `operation` is no `operator`.)
        // (A verb made of the role itself still is one: `captained by X`,
        // `chaired by Y` give the role; `directed` is no `director`.)
        let unrole = |r: &str| r != lower && !lower.starts_with(r) && self.unrole_endings.iter().any(|e| lower.ends_with(e.as_str()) && !r.ends_with(e.as_str()));
        let fits = |r: &str| agrees(r, lower) && (lower.len() >= r.len() || lower.chars().count() >= 5) && (!self.folded || r == lower || !self.org_descriptors.contains(lower)) && !unrole(r);
        self.roles_by_head.get(head).is_some_and(|rs| rs.iter().any(|&k| fits(&self.roles[k]))) || self.titles.contains(lower)
    }
}

/// Two lowercase words agree when equal, or when one (4+ letters) begins the
/// other, or they share a 5+ letter stem: Romanian case endings and English
/// plurals (`Ministerul` / `Ministerului`, `profesoara` / `profesoarei`).
pub fn agrees(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.chars().count() >= 4 && long.starts_with(short) {
        return true;
    }
    let common = short.chars().zip(long.chars()).take_while(|(x, y)| x == y).count();
    common >= 5 && short.chars().count() - common <= 2 && long.chars().count() - common <= 4
}

/// The head of a compound written with two or more hyphens, its first part
/// (`father-of-three`, `mother-of-two`): it is what the compound is.
fn compound_head(lower: &str) -> Option<&str> {
    let (head, rest) = lower.split_once('-')?;
    (rest.contains('-') && head.chars().count() >= 3).then_some(head)
}

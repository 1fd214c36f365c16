//! Lexicon: each language's attribution vocabulary (cue verbs, titles, roles, outlets, organisation words…) compiled once from its data files.

use crate::lang::{DataFile, Language, LANGUAGES};
use crate::scan::{tokenize, TokenKind};
use crate::words::{norm_gap, Words};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// One multiword entry, split the way the scanner splits text.
#[derive(Debug)]
pub struct Phrase {
    /// The entry as written in the data file (trailing `:` kept).
    pub text: &'static str,
    words: Vec<String>,
    /// Normalised gaps before words 1.. (`" "`, `"."`, `""`).
    gaps: Vec<String>,
    /// The entry ends in `:`, which must follow in the text.
    colon: bool,
}

/// A set of phrases looked up by their first word.
#[derive(Debug, Default)]
pub struct Phrases {
    by_first: HashMap<String, Vec<Phrase>>,
    lower: bool,
}

impl Phrases {
    fn new(entries: impl Iterator<Item = &'static str>, lower: bool) -> Phrases {
        let mut by_first: HashMap<String, Vec<Phrase>> = HashMap::new();
        for e in entries {
            let (body, colon) = match e.strip_suffix(':') {
                Some(b) => (b.trim_end(), true),
                None => (e, false),
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
                    words.push(if lower { s.to_lowercase() } else { s.to_string() });
                    gap.clear();
                } else {
                    gap.push_str(s);
                }
            }
            if words.is_empty() {
                continue;
            }
            by_first.entry(words[0].clone()).or_default().push(Phrase { text: e, words, gaps, colon });
        }
        Phrases { by_first, lower }
    }

    /// The longest entry starting at word `i`: its number of words and the entry.
    pub fn at<'p>(&'p self, w: &Words<'_>, i: usize) -> Option<(usize, &'p Phrase)> {
        let first = if self.lower { w.list[i].lower.as_str() } else { w.text(i) };
        let cands = self.by_first.get(first)?;
        let mut best: Option<(usize, &Phrase)> = None;
        'next: for p in cands {
            let n = p.words.len();
            if i + n > w.len() || best.is_some_and(|(b, _)| b >= n) {
                continue;
            }
            for k in 1..n {
                let j = i + k;
                let got = if self.lower { w.list[j].lower.as_str() } else { w.text(j) };
                if got != p.words[k] || norm_gap(w.gap(j)) != p.gaps[k - 1] || w.list[j].para != w.list[i].para {
                    continue 'next;
                }
            }
            if p.colon && !w.gap_after(i + n - 1).trim_start().starts_with(':') {
                continue;
            }
            best = Some((n, p));
        }
        best
    }

    /// True when some entry spans exactly words `a..=b`.
    pub fn exact(&self, w: &Words<'_>, a: usize, b: usize) -> bool {
        self.at(w, a).is_some_and(|(n, _)| a + n == b + 1)
            || self.longest_ending(w, a, b)
    }

    fn longest_ending(&self, w: &Words<'_>, a: usize, b: usize) -> bool {
        let first = if self.lower { w.list[a].lower.as_str() } else { w.text(a) };
        self.by_first.get(first).is_some_and(|cands| {
            cands.iter().any(|p| {
                p.words.len() == b + 1 - a
                    && (1..p.words.len()).all(|k| {
                        let got = if self.lower { w.list[a + k].lower.as_str() } else { w.text(a + k) };
                        got == p.words[k] && norm_gap(w.gap(a + k)) == p.gaps[k - 1]
                    })
            })
        })
    }
}

/// Every word list the attribution engines use, for one language.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Reporting verbs and phrases (`said`, `a declarat`).
    pub cues: Phrases,
    /// Cues whose source follows them (`according to`, `potrivit`).
    pub prefix_cues: Phrases,
    /// Words introducing the outlet spoken to (`told`, `pentru`).
    pub outlet_cues: Phrases,
    /// Words tying a document to its author (`by`, `al`).
    pub by_words: Phrases,
    /// Words skipped between a cue and a name (`a`, `report`, `comunicat`).
    pub doc_nouns: HashSet<String>,
    /// Picture-credit labels (`Photo:`).
    pub credit_cues: Phrases,
    /// Source labels (`Source:`).
    pub label_cues: Phrases,
    /// Known outlets and agencies, as written.
    pub outlets: Phrases,
    /// Known photo agencies.
    pub photo_agencies: Phrases,
    /// Known organisations.
    pub organizations: Phrases,
    /// Words that make a name an organisation.
    pub org_words: HashSet<String>,
    /// Words that make a name an outlet.
    pub outlet_words: HashSet<String>,
    /// Words that make a name a document.
    pub document_words: HashSet<String>,
    /// Lowercase nouns next to a name that make it an organisation.
    pub org_descriptors: HashSet<String>,
    /// Pronouns standing for people.
    pub pronouns: HashSet<String>,
    /// Plural pronouns (`they`): a group, never one named source.
    pub plural_pronouns: HashSet<String>,
    /// Words before a quote that make it a title or term.
    pub scare_before: HashSet<String>,
    /// Nouns after a quote that make it a name.
    pub scare_after: HashSet<String>,
    /// Titles (lowercase) dropped from names.
    pub titles: HashSet<String>,
    /// Role nouns (lowercase).
    pub roles: Vec<String>,
    /// Role nouns by their first four letters, so a word is compared only
    /// with the roles it could agree with.
    roles_by_head: HashMap<String, Vec<String>>,
    /// Capitalised words that never start a name (lowercase).
    pub stop_caps: HashSet<String>,
    /// Days and months (lowercase).
    pub time_words: HashSet<String>,
    /// Particles inside person names.
    pub particles: HashSet<String>,
    /// Connectors inside organisation names.
    pub connectors: HashSet<String>,
    /// Capitalised plurals that are not names (lowercase).
    pub not_names: HashSet<String>,
    /// Words after which a name is an object, not a subject.
    pub prepositions: HashSet<String>,
    /// Documents whose author follows them (`report`, `comunicat`).
    pub report_nouns: HashSet<String>,
    /// Words making a role noun refer back (`the`); empty when the language
    /// writes the article on the noun.
    pub definite: HashSet<String>,
    /// Words making a role noun someone new and unnamed (`a`, `un`).
    pub indefinite: HashSet<String>,
    /// Adverbs that may sit between a verb and its subject (`avertizează și X`).
    pub skip_after_cue: HashSet<String>,
}

fn set(lang: &Language, file: DataFile, name: &str, lower: bool) -> HashSet<String> {
    lang.section(file, name).map(|s| if lower { s.to_lowercase() } else { s.to_string() }).collect()
}

impl Lexicon {
    fn build(lang: &Language) -> Lexicon {
        use DataFile::*;
        Lexicon {
            cues: Phrases::new(lang.section(Quotes, "cue_verbs"), true),
            prefix_cues: Phrases::new(lang.section(Sources, "prefix_cues"), true),
            outlet_cues: Phrases::new(lang.section(Sources, "outlet_cues"), true),
            by_words: Phrases::new(lang.section(Sources, "by_words"), true),
            doc_nouns: set(lang, Sources, "doc_nouns", true),
            credit_cues: Phrases::new(lang.section(Sources, "credit_cues"), true),
            label_cues: Phrases::new(lang.section(Sources, "label_cues"), true),
            outlets: Phrases::new(lang.section(Sources, "outlets"), false),
            photo_agencies: Phrases::new(lang.section(Sources, "photo_agencies"), false),
            organizations: Phrases::new(lang.section(Sources, "organizations"), false),
            org_words: set(lang, Sources, "org_words", false),
            outlet_words: set(lang, Sources, "outlet_words", false),
            document_words: set(lang, Sources, "document_words", false),
            org_descriptors: set(lang, Sources, "org_descriptors", true),
            pronouns: set(lang, Quotes, "pronouns", true),
            plural_pronouns: set(lang, Quotes, "plural_pronouns", true),
            scare_before: set(lang, Quotes, "scare_before", true),
            scare_after: set(lang, Quotes, "scare_after", true),
            titles: set(lang, Common, "titles", true).into_iter().map(|t| t.trim_end_matches('.').to_string()).collect(),
            roles: lang.section(Common, "roles").map(str::to_lowercase).collect(),
            roles_by_head: {
                let mut m: HashMap<String, Vec<String>> = HashMap::new();
                for r in lang.section(Common, "roles").map(str::to_lowercase) {
                    m.entry(r.chars().take(4).collect()).or_default().push(r);
                }
                m
            },
            stop_caps: set(lang, Common, "stop_caps", true),
            time_words: set(lang, Common, "time_words", true),
            particles: set(lang, Common, "name_particles", true),
            connectors: set(lang, Common, "name_connectors", true),
            not_names: set(lang, Common, "not_names", true),
            prepositions: set(lang, Common, "prepositions", true),
            report_nouns: set(lang, Sources, "report_nouns", true),
            definite: set(lang, Common, "definite", true),
            indefinite: set(lang, Common, "indefinite", true),
            skip_after_cue: set(lang, Quotes, "skip_after_cue", true),
        }
    }

    /// The lexicon of `lang`, built on first use.
    pub fn of(lang: &Language) -> &'static Lexicon {
        static ALL: OnceLock<Vec<Lexicon>> = OnceLock::new();
        let all = ALL.get_or_init(|| LANGUAGES.iter().map(Lexicon::build).collect());
        &all[lang.index.min(all.len() - 1)]
    }

    /// True when `lower` is a role noun (`minister`, `prefectul`), by word start
    /// so inflected forms agree.
    pub fn is_role(&self, lower: &str) -> bool {
        let head: String = lower.chars().take(4).collect();
        self.roles_by_head.get(&head).is_some_and(|rs| rs.iter().any(|r| agrees(r, lower))) || self.titles.contains(lower)
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

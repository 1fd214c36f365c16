//! Context: the per-document state the attribution engines share — words, names, reporting cues and their subjects, and the people and bodies a pronoun or role can stand for.

use crate::lexicon::{agrees, Lexicon};
use crate::model::SourceType;
use crate::names::{self, Chunk, Names};
use crate::scan::Document;
use crate::words::Words;

// Ranges of words are written `a..b + 1`, not `a..=b`: an inclusive range's
// iterator carries an extra flag through every loop (about 1.3 KB of wasm
// gzipped across context, names and quotes).

/// A reporting cue found in the text (`said`, `a declarat`, `describes as`).
#[derive(Clone, Debug)]
pub struct Cue {
    /// First word.
    pub first: usize,
    /// Number of words.
    pub len: usize,
}

/// Who a cue's subject is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Subject {
    /// A name written there.
    Named(Chunk),
    /// A pronoun (word index).
    Pronoun(usize),
    /// A role or body noun standing for a name (`the councillor`, `the report`).
    Role(usize),
    /// Someone new and unnamed (`a senior official`, `officials`).
    Anonymous,
}

/// A person or body a later pronoun or role may stand for.
#[derive(Clone, Debug)]
pub struct Known {
    /// The fullest name seen.
    pub name: String,
    /// Lowercased words of the name.
    pub words: Vec<String>,
    /// Person or a body.
    pub source_type: SourceType,
    /// Role words written around it (lowercase).
    pub roles: Vec<String>,
    /// Grammatical gender when the text shows it (titles, roles, first names,
    /// pronouns in the sentence naming it): `Some(true)` feminine.
    pub feminine: Option<bool>,
    /// Someone unnamed (`a spokeswoman`): later pronouns stop here.
    pub anonymous: bool,
    /// Byte where the text first mentions them (their introduction).
    pub first: usize,
    /// A body the text shows to be a business (`firma X`, `X SRL`).
    pub company: bool,
}

impl Known {
    /// A name with a possessive in it (`Gonzaga's Okonkwo`): a team's or
    /// a body's person, never the principal a bare surname keeps to.
    fn possessive(&self) -> bool {
        self.name.contains("’s ") || self.name.contains("'s ")
    }

    /// A double-barrelled surname (`Evelyn Marsh-Odom`): one name, which a
    /// bare part of it (`Ms. Odom`) does not stand for.
    fn double_barrelled(&self) -> bool {
        self.name.rfind('-').is_some_and(|h| !self.name[h..].contains(' '))
    }
}

/// How far back a pronoun or role looks, in mentions: keeps resolution
/// constant-time on pathological inputs while reaching any real antecedent.
const LOOKBACK: usize = 200;

/// A lowercase Latin vowel or `ñ`/`ç` without its accent (`í` → `i`);
/// other letters as they are.
fn unaccented(ch: char) -> char {
    const FROM: &str = "áàâäãåéèêëíìîïóòôöõúùûüñçý";
    const TO: &[u8] = b"aaaaaaeeeeiiiiooooouuuuncy";
    FROM.chars().position(|c| c == ch).map_or(ch, |i| TO[i] as char)
}

/// Word `k` is an object pronoun written onto the word before it with a
/// hyphen (`a întrebat-o`, `a felicitat-o`).
fn enclitic(w: &Words<'_>, lex: &Lexicon, k: usize) -> bool {
    k < w.len() && w.raw_gap_is(k, "-") && !w.cap(k) && lex.object_clitics.contains_lower(w, k)
}

/// Everything the attribution engines share about one document.
pub struct Context<'d, 'a> {
    /// The document.
    pub doc: &'d Document<'a>,
    /// Its words.
    pub w: Words<'a>,
    /// Its capitalised runs.
    pub names: Names,
    /// The language's vocabulary.
    pub lex: &'static Lexicon,
    /// Every reporting cue, in order.
    pub cues: Vec<Cue>,
    /// For each word, the cue starting there (index into `cues`).
    pub cue_at: Vec<u32>,
    /// People and bodies named as subjects, with titles or by attribution patterns.
    pub known: Vec<Known>,
    /// Mentions of known entries: (byte, index into `known`, named as the
    /// subject of a reporting cue), in text order.
    pub timeline: Vec<(usize, usize, bool)>,
    /// End byte of each mention in `timeline`, by its first word (0: none);
    /// a vector, not a map: mentions start at words.
    pub mention_end: Vec<usize>,
    /// Known entries by each lowercased name word, to merge re-mentions.
    by_word: crate::hash::FxMap<String, Vec<usize>>,
    /// Attributions found by pattern (`according to X`, credits, datelines).
    pub patterns: Vec<crate::sources::Found>,
    /// Lowercased words of multiword organisation names (`corvell` from
    /// `Corvell Pharmaceuticals`), minus words of people's full names: a lone
    /// such word later is that organisation.
    org_name_words: crate::hash::FxSet<String>,
    /// Words of names the text shows to be companies' (`producătorul de
    /// mobilă Nordwood`): a fuller name opening with one is that company.
    company_words: crate::hash::FxSet<String>,
    /// Bodies' names written out, by the acronym their capitals spell
    /// (`LAPAR` → `Liga Asociațiilor Producătorilor Agricoli din România`);
    /// the first such name wins. (Stored as `[first, last]` words: the map
    /// type `by_word` already instantiates, not another one.)
    spelled_out: crate::hash::FxMap<String, Vec<usize>>,
    /// Byte spans of the paired quotation marks of two words or more, in
    /// order: a name inside someone's quoted words, or a title in marks
    /// (`"Tin Roof"`), is not who a pronoun after them means. (One quoted
    /// word may be a nickname inside a name: `Malik "Mack" Oyelaran`.)
    quoted_spans: Vec<std::ops::Range<usize>>,
    /// Words the text writes lowercase somewhere: the same word
    /// capitalised alone at a sentence's start (`Passengers said …` after
    /// `164 passengers`) is a common noun, not a name.
    lowercase_words: crate::hash::FxSet<String>,
    /// The article's writer's name in its byline (`By Joe Bradshaw`): the
    /// reporter, never whom a later role or pronoun means (`Residents …
    /// say they are “…”` with no one else named is nobody's).
    pub byline: Option<Chunk>,
    /// An interview laid out as labelled questions and answers (`Q: …` /
    /// `A: …`): each paragraph's side (`Some(true)` a question, `Some(false)`
    /// an answer; unlabelled paragraphs go on with the side before) and the
    /// person interviewed, whom `I` in an answer and `you` in a question mean.
    interview: Option<(Vec<Option<bool>>, usize)>,
}

impl<'d, 'a> Context<'d, 'a> {
    /// Scans the document once for everything the engines share.
    pub fn new(doc: &'d Document<'a>) -> Context<'d, 'a> {
        let lex = Lexicon::of(doc.lang);
        let w = Words::new(doc);
        let names = Names::new(&w, lex);
        let mut cues = Vec::new();
        let mut cue_at = vec![u32::MAX; w.len()];
        let mut i = 0;
        while i < w.len() {
            // A capitalised cue word inside a sentence is part of a name
            // (`the United States`), not a reporting verb.
            let named = |i: usize| w.cap(i) && i != w.sentence_start(w.sent(i)) && !names::has_any(w.gap(i), &['“', '”', '„', '«', '»', '"', '—', '–']);
            // (`had been promised a date`: a participle after a passive
            // auxiliary reports nothing; `been saying` still does.)
            // (`was first reported by Reuters`: the agent after it still
            // names a source.)
            let agent = |i: usize| i + 2 < w.len() && w.plain(i + 1) && lex.by_words.starts_at(&w, i + 1);
            let passive = |i: usize| i > 0 && w.plain(i) && !w.cap(i - 1) && lex.passive_auxiliaries.contains_lower(&w, i - 1) && !w.lower(i).ends_with("ing") && !agent(i);
            // (`gave member states “…”`: a noun, not the verb `states`.)
            // (`called the recount “fair”`: nor one after a definite article.)
            let noun = |i: usize| i > 0 && w.plain(i) && (lex.cue_nouns.at(&w, i - 1).is_some_and(|(m, _)| m == 2) || lex.definite.contains_lower(&w, i - 1));
            // (`who asked not to be named`: a phrase of anonymity reports nothing.)
            if let Some((n, _)) = lex.cues.at(&w, i).filter(|_| !named(i) && !passive(i) && !noun(i) && !lex.anonymity.starts_at(&w, i) && !(i + 1 < w.len() && lex.anonymity.starts_at(&w, i + 1))) {
                // `„…”, ne-a spus X`: the pronoun the verb carries is part of
                // the cue, so the quote and the speaker still meet at it.
                let clitic = i > 0 && matches!(w.gap(i), "-" | " ") && lex.cue_clitics.contains_lower(&w, i - 1) && (i < 2 || cue_at[i - 2] == u32::MAX);
                let first = i - usize::from(clitic);
                // (`The school had informed parents … that …`: an auxiliary
                // right before the verb is part of the cue, so its subject
                // comes before it — when a clause or a quote follows the
                // verb, before any comma: `X has pledged a fund` reports nothing;
                // and not in a clause another cue opened: `said TransLink had
                // called in “…”` is the first speaker's; a bounded look
                // back, so a run-on sentence of cues stays linear.)
                let reports = || (i + n..(i + n + 12).min(w.len())).take_while(|&k| w.sent(k) == w.sent(i) && !w.gap_has(k, ',')).any(|k| lex.subordinators.contains_lower(&w, k) || names::has_any(w.gap(k), &['“', '"', '„', '«']));
                let first = if !clitic && first > 0 && w.plain(first) && lex.cue_auxiliaries.contains_lower(&w, first - 1) && (w.sentence_start(w.sent(i)).max(first.saturating_sub(40))..first - 1).all(|k| cue_at[k] == u32::MAX) && reports() { first - 1 } else { first };
                // `what he described in interview as “…”`: a short phrase
                // inside a two-word cue (`described as`) still makes it one.
                let split = (n == 1 && i + 2 < w.len() && w.plain(i + 1) && lex.prepositions.contains_lower(&w, i + 1))
                    .then(|| {
                        // (A plain loop, not a take_while: less wasm.)
                        for j in i + 2..(i + 6).min(w.sentence_end(w.sent(i))) {
                            if !w.plain(j) || w.digit(j) {
                                break;
                            }
                            if lex.cues.has_two(w.lower(i), w.lower(j)) {
                                return Some(j);
                            }
                        }
                        None
                    })
                    .flatten();
                let n = split.map_or(n, |j| j + 1 - i);
                // `„…?”, a întrebat-o moderatorul X`: an object pronoun
                // hyphened onto the verb is the verb's, the subject follows it.
                let n = n + usize::from(enclitic(&w, lex, i + n));
                cue_at[first] = cues.len() as u32;
                cues.push(Cue { first, len: n + i - first });
                i += n;
            } else {
                i += 1;
            }
        }
        let n_words = w.len();
        let mut ctx = Context {
            doc,
            w,
            names,
            lex,
            cues,
            cue_at,
            known: Vec::new(),
            timeline: Vec::new(),
            mention_end: vec![0; n_words],
            by_word: Default::default(),
            patterns: Vec::new(),
            org_name_words: Default::default(),
            company_words: Default::default(),
            spelled_out: Default::default(),
            quoted_spans: Vec::new(),
            lowercase_words: Default::default(),
            byline: None,
            interview: None,
        };
        ctx.byline = ctx.find_byline();
        // (One allocation per distinct word, not per word.)
        for k in 0..ctx.w.len() {
            if !ctx.w.cap(k) && !ctx.w.digit(k) && !ctx.lowercase_words.contains(ctx.w.lower(k)) {
                ctx.lowercase_words.insert(ctx.w.lower(k).to_string());
            }
        }
        ctx.quoted_spans = crate::quotes::pair(doc.text, &doc.paragraphs)
            .into_iter()
            .filter(|r| doc.text[r.clone()].split_whitespace().nth(1).is_some())
            .collect();
        ctx.spelled_out = ctx.spelled_out();
        (ctx.org_name_words, ctx.company_words) = ctx.org_name_words();
        ctx.patterns = crate::sources::patterns(&ctx);
        ctx.collect_known();
        ctx.interview = ctx.find_interview();
        ctx
    }

    /// The question-and-answer layout of an interview, if the text has
    /// one: two paragraphs or more opening on a question label and on an
    /// answer label (`Q:`, `A:`, or names: `Times:`, `Ruiz:`), or two
    /// unlabelled questions or more standing alone as paragraphs, each with
    /// an answer after it. The person interviewed is the one an answer's
    /// name label means, else the one the text brought in last before the
    /// first question (`Lindgren, 58, talked with The Seattle Times`).
    fn find_interview(&self) -> Option<(Vec<Option<bool>>, usize)> {
        let (w, lex) = (&self.w, self.lex);
        let n = self.doc.paragraphs.len();
        let person = |i: usize| self.known[i].source_type == SourceType::Person && !self.known[i].anonymous && !self.known[i].name.is_empty();
        // Each paragraph's label: a listed question or answer word, or a
        // name, before a colon opening it (`Q:`, `A:`, `Ruiz:`), and the
        // person a name label means.
        let mut labels: Vec<Option<(bool, Option<usize>)>> = vec![None; n];
        // A paragraph that is a question and no more, not opening on a
        // quotation mark: an unlabelled interview's question.
        let mut bare_questions = vec![false; n];
        for (p, para) in self.doc.paragraphs.iter().enumerate() {
            let k = w.at(para.start);
            if k >= w.len() || w.para(k) != p || w.list[k].start != para.start {
                continue;
            }
            let colon = |q: usize| q + 1 < w.len() && w.gap(q + 1).trim_start().starts_with(':') && w.para(q + 1) == p;
            if colon(k) && lex.question_labels.contains_lower(w, k) {
                labels[p] = Some((true, None));
            } else if colon(k) && lex.answer_labels.contains_lower(w, k) {
                labels[p] = Some((false, None));
            } else if let Some(c) = self.names.starting(k).filter(|c| c.last <= c.first + 3 && colon(c.last)) {
                let who = self.lookup(&self.chunk_words(names::strip_titles(w, lex, c).unwrap_or(c))).filter(|&i| person(i));
                labels[p] = Some((who.is_none(), who));
            }
            let text = self.doc.text[para.clone()].trim_end();
            bare_questions[p] = text.ends_with('?') && !names::starts_any(text, &['“', '"', '„', '«', '‘', '\'']) && text.split_whitespace().nth(60).is_none();
        }
        let asked = labels.iter().flatten().filter(|l| l.0).count();
        let answered = labels.iter().flatten().filter(|l| !l.0).count();
        let labelled = asked >= 2 && answered >= 2;
        // (Unlabelled: two questions or more, each followed by an answer.)
        let unlabelled = !labelled && (0..n.saturating_sub(1)).filter(|&p| bare_questions[p] && !bare_questions[p + 1]).count() >= 2;
        if !labelled && !unlabelled {
            return None;
        }
        let mut sides = vec![None; n];
        let (mut side, mut first, mut named) = (None, None, None);
        for p in 0..n {
            let question = if labelled { labels[p].map(|l| l.0) } else { bare_questions[p].then_some(true).or(side.map(|_| false)) };
            if let Some(q) = question {
                side = Some(q);
                if q {
                    first.get_or_insert(p);
                } else if named.is_none() {
                    named = labels[p].and_then(|l| l.1);
                }
            }
            sides[p] = side;
        }
        let first = w.at(self.doc.paragraphs[first?].start);
        let at = w.list[first].start;
        let k = match named {
            Some(k) => k,
            None => self.find_recent(at, &|&(_, i, subject)| Some(subject && person(i))).or_else(|| self.find_recent(at, &|&(_, i, _)| Some(person(i))))?.1,
        };
        Some((sides, k))
    }

    /// Whom `I` in an interview's answer or `you` in its question (word
    /// `p`) means: the person interviewed. `None` outside such a layout.
    fn interviewed(&self, p: usize) -> Option<usize> {
        let (sides, k) = self.interview.as_ref()?;
        let question = sides[self.w.para(p)]?;
        let (w, lex) = (&self.w, self.lex);
        (if question { lex.second_person.contains_lower(w, p) } else { lex.first_person.contains_lower(w, p) }).then_some(())?;
        // (Not when someone else's verb follows in the sentence: `I told
        // them what my old chief told me: "…"` reports the chief.)
        let end = w.sentence_end(w.sent(p)).min(p + 40);
        let cues = (p + 1..end).filter(|&q| self.cue_at[q] != u32::MAX).count();
        (cues <= 1).then_some(*k)
    }

    /// The words of bodies' names, and the first words of names the text
    /// shows to be companies'.
    fn org_name_words(&self) -> (crate::hash::FxSet<String>, crate::hash::FxSet<String>) {
        let (w, lex) = (&self.w, self.lex);
        let mut org = crate::hash::FxSet::default();
        let mut person = crate::hash::FxSet::default();
        let mut companies = crate::hash::FxSet::default();
        // Lone words a descriptor shows to be a body's (`producătorul de
        // mobilă Nordwood`): theirs unless a first name goes with them.
        let mut described = Vec::new();
        let mut given = crate::hash::FxSet::default();
        for &c in &self.names.chunks {
            let t = names::classify(w, lex, c);
            let company = names::company(w, lex, c);
            if company {
                companies.insert(w.lower(c.first).to_string());
            }
            // (`a Tesco spokesman`: a name a body's voice is qualified by
            // is a body's.)
            let v = c.last + 1;
            if v < w.len() && w.plain(v) && !w.cap(v) && lex.body_voices.contains_lower(w, v) && !names::given_parts(lex, w.lower(c.first)) {
                for k in c.first..c.last + 1 {
                    if w.cap(k) {
                        described.push(w.lower(k).to_string());
                    }
                }
            }
            // (`HearthLine, the Ohio company that makes …`: a name set off
            // by a company noun phrase is a business's, whatever its shape.)
            if t == SourceType::Person && v + 1 < w.len() && w.gap_is(v, ",") && (lex.definite.contains_lower(w, v) || lex.indefinite.contains_lower(w, v)) && !names::given_parts(lex, w.lower(c.first)) {
                let mut k = v + 1;
                while k < (v + 5).min(w.len()) && w.plain(k) && w.sent(k) == w.sent(v) && !lex.company_nouns.contains_lower(w, k) {
                    k += 1;
                }
                if k < w.len() && w.plain(k) && !w.cap(k) && lex.company_nouns.contains_lower(w, k) {
                    companies.insert(w.lower(c.first).to_string());
                    for q in c.first..c.last + 1 {
                        described.push(w.lower(q).to_string());
                    }
                }
            }
            // (`Brightwell said it was sorry`: a name its cue's `it` follows;
            // not a titled one, `Mr Rokoduru said it was too early`.)
            // (Or past an apposition set off by commas: `Avanti West Coast,
            // one of the worst-affected operators, said it expected …`.)
            // (Its head, the last word, a body's noun: not `X, a teacher,`.)
            let set_off = v < w.len() && w.gap_is(v, ",");
            let v = if set_off { (v + 1..(v + 12).min(w.len())).take_while(|&q| w.sent(q) == w.sent(c.last) && !w.digit(q)).find(|&q| w.gap_is(q, ",")).filter(|&q| !w.cap(q - 1) && lex.org_descriptors.iter().any(|d| crate::lexicon::agrees(d, w.lower(q - 1)))).unwrap_or(w.len()) } else { v };
            if t == SourceType::Person && v < w.len() && (w.plain(v) || set_off) && !names::given_parts(lex, w.lower(c.first)) && names::strip_titles(w, lex, c) == Some(c) && !(c.first > 0 && lex.titles.contains_lower(w, c.first - 1)) {
                if let Some((n, _)) = lex.cues.at(w, v) {
                    // (Not the verb's object, `says it without looking up`:
                    // a preposition, a mark or the sentence's end after it.)
                    let p = v + n;
                    let object = p + 1 >= w.len() || w.sent(p + 1) != w.sent(p) || names::has_any(w.gap(p + 1), &[',', ';', ':', ')']) || w.plain(p + 1) && lex.prepositions.contains_lower(w, p + 1);
                    if p < w.len() && w.sent(p) == w.sent(v) && !w.cap(p) && lex.body_pronouns.starts_at(w, p) && !object {
                        for q in c.first..c.last + 1 {
                            described.push(w.lower(q).to_string());
                        }
                    }
                }
            }
            if c.last == c.first || t == SourceType::Organization && company {
                // (Acronyms are names of their own.)
                if t == SourceType::Organization && !names::all_caps(w.text(c.first)) {
                    for k in c.first..c.last + 1 {
                        if w.cap(k) && !lex.company_suffixes.contains_lower(w, k) {
                            described.push(w.lower(k).to_string());
                        }
                    }
                }
                continue;
            }
            // Classify first: only a body's name needs the title check of
            // `named` (`Senate Majority Leader Dana Hargrove` is a person).
            let (s, t) = match t {
                SourceType::Organization => self.named(c),
                SourceType::Person => (names::strip_titles(w, lex, c).unwrap_or(c), SourceType::Person),
                t => (c, t),
            };
            match t {
                SourceType::Organization => {
                    for k in c.first..c.last + 1 {
                        let x = w.text(k);
                        if !lex.org_words.contains(x) && !lex.connectors.contains_lower(w, k) && w.cap(k) {
                            org.insert(w.lower(k).to_string());
                        }
                    }
                }
                SourceType::Person if s.last > s.first => {
                    let named_person = names::given_parts(lex, w.lower(s.first));
                    for k in s.first..s.last + 1 {
                        person.insert(w.lower(k).to_string());
                        if named_person {
                            given.insert(w.lower(k).to_string());
                        }
                    }
                }
                _ => {}
            }
        }
        org.retain(|x| !person.contains(x));
        for x in described {
            if !given.contains(&x) {
                org.insert(x);
            }
        }
        (org, companies)
    }

    fn spelled_out(&self) -> crate::hash::FxMap<String, Vec<usize>> {
        let w = &self.w;
        let mut out: crate::hash::FxMap<String, Vec<usize>> = Default::default();
        for &c in &self.names.chunks {
            if c.last < c.first + 1 || names::classify(w, self.lex, c) == SourceType::Person {
                continue;
            }
            // (Pushed in a loop, not collected from filters: less wasm; one
            // letter per capitalised word, so the count is the length in letters.)
            let mut initials = String::new();
            let mut letters = 0;
            for k in c.first..c.last + 1 {
                if w.cap(k) && !w.digit(k) {
                    if let Some(ch) = w.text(k).chars().next() {
                        initials.push(ch);
                        letters += 1;
                    }
                }
            }
            if letters >= 2 {
                out.entry(initials).or_insert_with(|| vec![c.first, c.last]);
            }
        }
        // `Liga Asociațiilor … din România (LAPAR)`: an acronym in
        // parentheses right after a name is that name's, whatever its
        // capitals spell; the name runs back over connectors joining runs.
        for k in 1..w.len() {
            if !(self.acronym(k) && w.gap_is(k, "(") && w.gap_after(k).starts_with(')')) {
                continue;
            }
            let Some(mut c) = self.names.ending(k - 1) else { continue };
            while c.first >= 2 && w.plain(c.first) && w.plain(c.first - 1) && !w.cap(c.first - 1) && self.lex.connectors.contains_lower(w, c.first - 1) {
                match self.names.ending(c.first - 2) {
                    Some(d) => c.first = d.first,
                    None => break,
                }
            }
            if c.last > c.first && w.text(c.first).chars().next() == w.text(k).chars().next() {
                out.insert(w.text(k).to_string(), vec![c.first, c.last]);
            }
        }
        out
    }

    /// `Daisy Hill mother Priya …`, `Bengaluru development minister HN
    /// Devaraj`: after chunk `c`, one to three lowercase words, a role among
    /// them, then another name in the same sentence.
    fn names_a_role_holder(&self, c: Chunk) -> bool {
        let w = &self.w;
        let sent = w.sent(c.first);
        let mut k = c.last + 1;
        let mut role = false;
        while k < w.len() && k <= c.last + 3 && w.plain(k) && !w.cap(k) && !w.digit(k) && w.sent(k) == sent {
            role |= self.lex.role_at(w, k);
            k += 1;
        }
        // (Then the second name's own verb: not `Anna Pike met union
        // leader Tom Reyes on Monday`, where Pike is the subject.)
        let verb = |v: usize| {
            v < w.len() && w.plain(v) && !w.cap(v) && !w.digit(v) && w.sent(v) == sent && {
                let x = w.lower(v);
                !self.lex.prepositions.contains(x) && !self.lex.coordinators.contains(x) && !self.lex.pronouns.contains(x) && !self.lex.object_pronouns.contains(x)
            }
        };
        role && k < w.len() && w.plain(k) && w.sent(k) == sent && self.names.starting(k).is_some_and(|n| verb(n.last + 1))
    }

    /// `of the civic group Janaagraha said`: at `p` a preposition, then an
    /// article, then within a few words of the same sentence a reporting cue.
    fn affiliation_before_cue(&self, p: usize) -> bool {
        let w = &self.w;
        // (The range stops at the sentence's end: no take_while, less wasm.)
        p + 1 < w.len()
            && self.lex.definite.contains_lower(w, p + 1)
            && (p + 2..(p + 9).min(w.sentence_end(w.sent(p)))).any(|k| self.cue_starting(k).is_some())
    }

    /// The cue starting at word `i`.
    pub fn cue_starting(&self, i: usize) -> Option<&Cue> {
        self.cue_at.get(i).and_then(|&c| (c != u32::MAX).then(|| &self.cues[c as usize]))
    }

    /// The cue's text as written.
    pub fn cue_text(&self, c: &Cue) -> String {
        self.w.text[self.w.list[c.first].start..self.w.list[c.first + c.len - 1].end].to_string()
    }

    /// (Not the last word of a longer name: `Drumuri Bucovina SA`, where
    /// the company's `SA` spells the pronoun `sa`.)
    pub fn is_pronoun(&self, i: usize) -> bool {
        self.lex.pronouns.contains_lower(&self.w, i) && !(self.w.cap(i) && self.names.at(i).is_some_and(|c| c.first < i)) || self.interviewed(i).is_some()
    }

    /// A pronoun subject: a plural one (`they`, `ei`) stands for a group,
    /// which no single named source speaks for.
    pub fn pronoun(&self, i: usize) -> Subject {
        if self.lex.plural_pronouns.contains_lower(&self.w, i) {
            Subject::Anonymous
        } else {
            Subject::Pronoun(i)
        }
    }

    fn is_article(&self, i: usize) -> bool {
        matches!(self.w.lower(i), "the" | "a" | "an" | "its" | "their" | "his" | "her")
            || (!self.w.cap(i) && self.lex.doc_nouns.contains_lower(&self.w, i) && self.w.lower(i).len() <= 3)
    }

    /// A name a speaker can be: not a lone common plural (`Officials`), not a
    /// bare title.
    pub fn usable(&self, c: Chunk) -> bool {
        if c.first == c.last && self.lex.not_names.contains_lower(&self.w, c.first) || self.common_noun(c) {
            return false;
        }
        // (A name hyphened to a lowercase word is a modifier: `a
        // Frankfurt-based trader`, `the Labour-run council`.)
        let v = c.last + 1;
        if v < self.w.len() && self.w.raw_gap_is(v, "-") && !self.w.cap(v) && !self.w.digit(v) && self.w.lower(v).chars().count() > 2 {
            return false;
        }
        // A single letter is an initial or a platform (`on X`), nobody's name;
        // a Roman numeral with an ordinal's ending a rank (`clasa a XI-a`).
        if c.first == c.last && (names::n_chars(self.w.text(c.first)) == 1 || self.w.text(c.first).chars().all(|x| "IVXLC".contains(x)) && self.w.gap_after(c.last) == "-") {
            return false;
        }
        // `the Democrat quipped`: a capitalised role after an article.
        // (Not a body's word a role begins with: `the Commission said`; nor
        // a team a role's stem begins, `the Rabbitohs said`.)
        if c.first == c.last && c.first > 0 && self.w.plain(c.first) && self.lex.definite.contains_lower(&self.w, c.first - 1) && self.lex.role_at(&self.w, c.first) && self.role_as_listed(c.first) && !self.known_person(c) && !self.lex.org_words.contains_text(&self.w, c.first) {
            return false;
        }
        !names::is_title_phrase(&self.w, self.lex, c)
    }

    /// Word `k` is spelled as a listed role (`Avocatul`), though a body's
    /// name may open with it (`Avocatul Poporului`).
    fn listed_role(&self, k: usize) -> bool {
        let x = self.w.lower(k);
        self.lex.roles.iter().any(|r| r == x)
    }

    /// Word `k` is a role as the data writes it, give or take a plural
    /// ending (`The Democrat`, `the Spaniard`), not merely a word a role's
    /// stem begins: `The Rabbitohs` is no `rabbi`.
    fn role_as_listed(&self, k: usize) -> bool {
        let x = self.w.lower(k);
        self.lex.exact_roles.contains(x) || self.lex.roles.iter().any(|r| x.starts_with(r.as_str()) && x.len() <= r.len() + 2)
    }

    /// Word `k` is a role word that can stand for one person (not
    /// `officials`).
    /// `The Minnesota Democrat`, `the Kerry captain`: a role after the
    /// article and a capitalised place, no one's name.
    fn described_by_role(&self, c: Chunk) -> bool {
        let w = &self.w;
        c.last > c.first && c.first > 0 && self.lex.definite.contains_lower(w, c.first - 1) && w.cap(c.last) && self.lex.role_at(w, c.last) && !self.lex.role_at(w, c.first)
    }

    /// `Misty Harlan, whose house sits a mile away, held up …`: a relative
    /// clause set off after name `c`, then a lowercase word (the verb).
    pub fn past_relative(&self, c: Chunk) -> bool {
        let w = &self.w;
        let r = c.last + 1;
        if r >= w.len() || !w.gap_is(r, ",") || !crate::sources::is_relative(self.doc.lang, w.lower(r)) {
            return false;
        }
        let end = w.sentence_end(w.sent(r)).min(r + 25);
        (r + 1..end).find(|&q| w.gap_has(q, ',')).is_some_and(|q| w.gap_is(q, ",") && !w.cap(q) && !w.digit(q))
    }

    /// `Brandt's mother, Donna Brandt,`: a name and its possessive open the
    /// sentence at `s0`, then only role words up to word `first`.
    fn possessive_lead(&self, s0: usize, first: usize) -> bool {
        let w = &self.w;
        self.names.starting(s0).is_some_and(|d| {
            let r = d.last + 2;
            r <= first && self.possessive_s(d.last + 1) && (r..first).all(|q| !w.cap(q) && self.role_part(q))
        })
    }

    /// The name right after name `c`'s possessive (`Sinn Féin’s Máire Ní
    /// Bhriain`: the person, not the party), else `c`.
    fn past_possessor(&self, c: Chunk) -> Chunk {
        let w = &self.w;
        let s = c.last + 1;
        if s + 1 < w.len() && self.possessive_s(s) && w.raw_gap_is(s + 1, " ") {
            if let Some(d) = self.names.starting(s + 1).filter(|d| d.last > d.first && names::classify(w, self.lex, *d) == SourceType::Person) {
                return d;
            }
        }
        c
    }

    /// Word `q` is a role or a lowercase word hyphened onto one: `in` and
    /// `law` of `brother-in-law` belong to the kin noun they extend.
    #[inline(never)]
    fn role_part(&self, q: usize) -> bool {
        let w = &self.w;
        let mut k = q;
        while k > 0 && w.raw_gap_is(k, "-") && !w.cap(k) {
            k -= 1;
        }
        // (Or a prefix hyphened onto one: `co-author`, `ex-minister`.)
        self.lex.role_at(w, k) || k < q && self.lex.role_at(w, q) || q + 1 < w.len() && w.raw_gap_is(q + 1, "-") && !w.cap(q + 1) && self.lex.role_at(w, q + 1)
    }

    /// The head of a compound of role words from word `x` on, before
    /// `limit`: `One council member, who …` is a member, whom a later `the
    /// council member said` means.
    fn role_head(&self, mut x: usize, limit: usize) -> usize {
        while x + 1 < limit && self.w.raw_gap_is(x + 1, " ") && !self.w.cap(x + 1) && self.single_role(x + 1) {
            x += 1;
        }
        x
    }

    fn single_role(&self, k: usize) -> bool {
        let x = self.w.lower(k);
        self.lex.is_role(x) && !self.lex.not_names.contains(x)
    }

    /// Word `i` is written all in capitals, two letters or more (`MP`).
    fn acronym(&self, i: usize) -> bool {
        names::all_caps(self.w.text(i))
    }

    /// A lone capitalised word opening its sentence with the definite
    /// article on it (`Aliații au răspuns`, `Edilul spune`), no known first
    /// name or person: a common noun, capitalised only by its place.
    pub fn common_noun(&self, c: Chunk) -> bool {
        let w = &self.w;
        if c.first != c.last {
            return false;
        }
        let x = w.lower(c.first);
        // (`Rep: Antrenorul vă cere …`: an interview label's colon opens
        // the line as a sentence start would.)
        let labelled = c.first > 0 && w.gap_is(c.first, ":") && self.lex.is_role(x);
        if c.first != w.sentence_start(w.sent(c.first)) && !labelled {
            return false;
        }
        // `Femeia a povestit`, `Mama lui a spus`: a role or kin noun, not a name.
        // (Or a noun for a kind of body: `Instanța: „…”`.)
        if (self.lex.is_role(x) && !self.lex.titles.contains(x) || self.lex.body_heads(x).is_some()) && !self.known_person(c) {
            return true;
        }
        // (`Passengers said …` after `164 passengers`: a word the text
        // writes lowercase elsewhere, no first name.)
        if self.lowercase_words.contains(x) && !names::given(self.lex, x) && !self.known_person(c) {
            return true;
        }
        // (`Startup-ul`: a loanword with the article hyphened on.)
        let hyphened = c.last + 1 < w.len() && w.raw_gap_is(c.last + 1, "-") && names::listed(&self.lex.article_endings, w.lower(c.last + 1));
        (hyphened || names::suffixed(&self.lex.article_endings, x, 2))
            && !names::given(self.lex, x)
            && !self.known_person(c)
    }

    /// Word `r` is a noun for a body right before a body's voice (`a
    /// district spokesperson`): the voice speaks for the body it means.
    pub(crate) fn body_noun_voiced(&self, r: usize) -> bool {
        r + 1 < self.w.len() && self.lex.body_voices.contains_lower(&self.w, r + 1) && self.lex.org_descriptors.contains_lower(&self.w, r)
    }

    /// Who the cue's subject is when it is written before the cue:
    /// `X said`, `X, an expert, said`, `she said`, `the minister said`.
    pub fn subject_before(&self, cue: &Cue) -> Option<Subject> {
        let k = cue.first;
        if k == 0 {
            return None;
        }
        let w = &self.w;
        let mut p = k - 1;
        let mut gk = k;
        // `Her counterpart, Rep. Ana Pop (R-Texas), replied`: an apposition
        // whose name ends in a parenthesis (which it steps past).
        if w.gap(k).trim().trim_start_matches('.') == ")," && w.sent(k - 1) == w.sent(k) {
            return self.apposition_subject(k - 1, k);
        }
        // Skip a parenthesis between name and cue: `Ana Pop (D-N.Y.) said`
        // (an abbreviation's dot may close it).
        if w.gap(k).trim().trim_start_matches('.') == ")" {
            let lo = k.saturating_sub(8);
            let mut q = k - 1;
            while q > lo && !w.gap_has(q, '(') {
                q -= 1;
            }
            if q == 0 || !w.gap(q).trim().ends_with('(') {
                return None;
            }
            p = q - 1;
            gk = q;
        }
        // `The Polish government said`: a people's adjective and a body's
        // noun name a body that has no name of its own.
        if gk == k && p >= 1 && w.plain(k) && !w.cap(p) && w.plain(p) && w.cap(p - 1) && w.sent(p - 1) == w.sent(k) {
            let c = Chunk { first: p - 1, last: p - 1 };
            if crate::sources::demonym_body(self, c) == Some(Chunk { first: p - 1, last: p }) {
                return Some(Subject::Named(Chunk { first: p - 1, last: p }));
            }
        }
        // `one of the people said`, `two of the officials told`: someone
        // out of a group, unnamed.
        if gk == k && p >= 3 && w.plain(k) && (p - 2..p + 1).all(|q| w.plain(q)) && (p - 3..p + 1).all(|q| !w.cap(q) && !w.digit(q)) && w.sent(p - 3) == w.sent(k) && self.lex.definite.contains_lower(w, p - 1) && self.lex.prepositions.contains_lower(w, p - 2) && self.lex.indefinite.contains_lower(w, p - 3) && self.lex.gender(w.lower(p - 3)).is_none() {
            return Some(Subject::Anonymous);
        }
        // `Our board chair, Gus Templeton, likes to say, “…”`: past words of
        // habit between the subject and the verb.
        if gk == k && w.plain(k) {
            if let Some(m) = (2..5).find(|&m| k > m && self.lex.habitual_leads.at(w, k - m).is_some_and(|(n, _)| n == m)) {
                p = k - m - 1;
                gk = k - m;
            }
        }
        if w.sent(p) != w.sent(k) {
            return None;
        }
        // `a spokesperson for the group said`: a body's voice for a noun
        // standing for a body speaks for the body that noun means.
        if p >= 3 && gk == k && w.plain(k) && w.plain(p) && !w.cap(p) && self.lex.org_descriptors.contains_lower(w, p) && self.lex.definite.contains_lower(w, p - 1) && self.lex.prepositions.contains_lower(w, p - 2) && self.lex.body_voices.contains_lower(w, p - 3) && (p - 2..p + 1).all(|q| w.plain(q)) {
            return Some(Subject::Role(p));
        }
        // (`a district spokesperson said`: the noun before the voice.)
        if p >= 2 && gk == k && w.plain(k) && w.plain(p) && w.plain(p - 1) && !w.cap(p - 1) && self.lex.body_voices.contains_lower(w, p) && self.lex.org_descriptors.contains_lower(w, p - 1) && (self.lex.definite.contains_lower(w, p - 2) || self.lex.indefinite.contains_lower(w, p - 2)) {
            return Some(Subject::Role(p - 1));
        }
        // `A muralist who has worked alongside Reyes, and who asked not to
        // be named …, said`: an indefinite opener asking not to be named
        // is someone unnamed, however long the phrase and whoever it names.
        let s0 = self.after_lead_phrase(w.sentence_start(w.sent(p)), p);
        // (`A supporter who gave her name only as Wanjiku said`: the only
        // name the text has for them.)
        if p > s0 + 2 && p <= s0 + 40 && self.lex.indefinite.contains_lower(w, s0) {
            if let Some(c) = self.given_name_in(s0 + 2, p + 1) {
                return Some(Subject::Named(c));
            }
        }
        if p > s0 + 2 && p <= s0 + 40 && self.lex.indefinite.contains_lower(w, s0) && w.plain(s0 + 1) && !w.cap(s0 + 1) && (s0 + 2..p).any(|q| self.lex.anonymity.starts_at(w, q)) {
            return Some(Subject::Anonymous);
        }
        // `You've called the run "…"`, `she's already told me`: a
        // contracted auxiliary joined to its subject by an apostrophe goes
        // with the verb.
        let tail = |q: usize| q > 0 && matches!(w.gap(q), "'" | "’") && self.lex.contracted_auxiliaries.contains_lower(w, q);
        if gk == k && w.plain(k) && tail(p) && self.is_pronoun(p - 1) {
            p -= 1;
        }
        // `he later said`, `she also told`: an adverb between the pronoun
        // and the verb.
        // (Or a name or a role: `Senator Haddad later told the ABC`, `the
        // minister later said`; not past an adverb that also joins
        // clauses, `… Casație și a declarat`.)
        if gk == k && p > 1 && w.plain(k) && w.plain(p) && !w.cap(p) && self.lex.skip_after_cue.contains_lower(w, p) && tail(p - 1) && self.is_pronoun(p - 2) {
            p -= 2;
        }
        if gk == k && p > 0 && w.plain(k) && w.plain(p) && !w.cap(p) && self.lex.skip_after_cue.contains_lower(w, p) && w.sent(p - 1) == w.sent(k) && (self.is_pronoun(p - 1) || !self.lex.conjunctions.starts_at(w, p) && (self.names.ending(p - 1).is_some_and(|c| self.usable(c)) || !w.cap(p - 1) && self.lex.role_at(w, p - 1))) {
            p -= 1;
            gk = p + 1;
        }
        // `Unite welcomed the deal but said members were “…”`: a verb
        // joined by `but`/`and` to the sentence's first verb shares its
        // subject, the name opening the sentence.
        if gk == k && w.plain(k) && !w.cap(p) && self.lex.conjunctions.starts_at(w, p) && w.plain(p) {
            let s0 = self.after_dateline(w.sentence_start(w.sent(k)));
            let s1 = if s0 + 1 < p && self.lex.definite.contains_lower(w, s0) { s0 + 1 } else { s0 };
            if let Some(c) = self.names.starting(s1).map(|c| self.past_possessor(c)).filter(|c| c.last + 2 < p && p <= c.last + 12 && self.usable(*c)) {
                // (Past its acronym in brackets, `The National Association of
                // Graduate Teachers (NAGRAT), in a statement, welcomed …`;
                // an aside set off by commas stays clean.)
                let mut v = c.last + 1;
                let bracketed = w.gap(v).trim() == "(" && v + 1 < p && w.gap_after(v).trim_start().starts_with(')');
                if bracketed {
                    v += 1;
                }
                let clean = (v..p).all(|q| (w.plain(q) || w.gap_only(q, &[',']) || bracketed && q == v && w.gap_only(q, &[',', ')'])) && !w.cap(q) && self.cue_at[q] == u32::MAX);
                if clean && (!self.lex.prepositions.contains_lower(w, v) || w.gap_has(v, ',')) && !self.is_pronoun(s1) {
                    return Some(Subject::Named(c));
                }
            }
        }
        // `Unison’s regional organiser, Claire Doughty, accused the
        // contractor of “…” and said …`: a verb joined by a conjunction to
        // the sentence's earlier reporting verb, with no other between,
        // shares that verb's named subject. (The earlier verb must not be
        // joined itself: one step back, so a run of them stays linear.)
        // (The conjunction may follow a closing quotation mark.)
        if gk == k && w.plain(k) && !w.cap(p) && w.gap_only(p, &['”', '"', '’', '\'']) && w.para(p) == w.para(k) && self.lex.conjunctions.starts_at(w, p) {
            let s0 = w.sentence_start(w.sent(k));
            if let Some(e) = (s0.max(p.saturating_sub(30))..p).rev().find_map(|q| self.cue_starting(q)) {
                let joined = e.first > 0 && self.lex.conjunctions.starts_at(w, e.first - 1);
                if !joined && e.first + e.len < p {
                    if let Some(Subject::Named(c)) = self.subject_before(e) {
                        // (The sentence's own subject, opening it or set off
                        // in apposition: not `above Wall Street estimates`.)
                        // (A body opening the sentence too: `Transport for
                        // Greater Manchester said it would … but warned
                        // passengers to expect “…”`.)
                        let person = names::classify(w, self.lex, c) == SourceType::Person;
                        if person && (c.first == self.after_dateline(s0) || w.gap_is(c.first, ",")) || !person && self.opens_sentence(c.first) {
                            return Some(Subject::Named(c));
                        }
                    }
                }
            }
        }
        // `X said she supported the aim but warned the council was “…”`: a
        // verb joined by a conjunction to a clause an earlier reporting verb
        // opened shares that clause's subject pronoun (within 30 words).
        if gk == k && w.plain(k) && !w.cap(p) && w.plain(p) && self.lex.conjunctions.starts_at(w, p) {
            let s0 = w.sentence_start(w.sent(k));
            if let Some(e) = (s0.max(p.saturating_sub(30))..p).rev().find_map(|q| self.cue_starting(q)) {
                let a = e.first + e.len;
                if a + 1 < p && self.is_pronoun(a) && !w.cap(a) && w.plain(a + 1) && !w.cap(a + 1) && !self.lex.object_pronouns.contains_lower(w, a) {
                    return Some(self.pronoun(a));
                }
            }
        }
        // `So I got on the PA and said, "…"`, `She stood up and said: “…”`:
        // a verb joined by a conjunction to the sentence's first verb shares
        // its subject, a pronoun opening the sentence (past one word that is
        // no name), within 12 words naming no other person.
        if gk == k && w.plain(k) && !w.cap(p) && w.plain(p) && self.lex.conjunctions.starts_at(w, p) {
            let s0 = self.after_dateline(w.sentence_start(w.sent(k)));
            let a = if self.is_pronoun(s0) { s0 } else { s0 + 1 };
            let opens = a == s0 || self.names.starting(s0).is_none() && w.plain(a) && !w.digit(s0);
            if opens && a + 1 < p && p <= a + 12 && self.is_pronoun(a) && !self.lex.object_pronouns.contains_lower(w, a) && (a + 1..p).all(|q| w.plain(q) && !self.names.at(q).is_some_and(|c| names::classify(w, self.lex, c) == SourceType::Person) && self.cue_at[q] == u32::MAX) {
                return Some(self.pronoun(a));
            }
        }
        // `Health Secretary X said in a statement on Monday that he had
        // invited both parties, and urged doctors to “…”`: after a comma,
        // or past capitals and other verbs, the joined verb still shares
        // the subject opening the sentence (a name right before its verb),
        // within 40 words.
        if gk == k && w.plain(k) && !w.cap(p) && (w.plain(p) || w.gap_is(p, ",")) && self.lex.conjunctions.starts_at(w, p) {
            let s0 = self.after_dateline(w.sentence_start(w.sent(k)));
            if let Some(c) = self.names.starting(s0).map(|c| self.past_possessor(c)).filter(|c| c.last + 2 < p && p <= c.last + 40 && self.usable(*c)) {
                let v = c.last + 1;
                let unquoted = (v..p).all(|q| !self.in_quote(w.list[q].start));
                // (Or any verb, for a person's name, when the joined verb
                // follows a comma and no other person opens a clause in
                // between: `Darnell Whitfield stood on the steps …, his mother
                // holding his arm, and said those words`.)
                let other = || (v..p).any(|q| w.gap_has(q, ',') && self.names.starting(q).is_some_and(|d| names::classify(w, self.lex, d) == SourceType::Person));
                let verb = self.cue_at[v] != u32::MAX || w.gap_is(p, ",") && names::classify(w, self.lex, c) == SourceType::Person && (c.last > c.first || self.person_evidence(c)) && !self.lex.prepositions.contains_lower(w, v) && !other();
                if unquoted && w.plain(v) && !w.cap(v) && !w.digit(v) && verb && !self.is_pronoun(s0) {
                    return Some(Subject::Named(c));
                }
            }
        }
        // `Ana Pop, D-N.Y., said`: an abbreviation's dot may precede the comma.
        let comma = w.gap_only(gk, &[',', '.']) && w.gap(gk).trim_start_matches('.').trim() == ",";
        // (`Thomas Whitcomb Jr. told`: a name's abbreviated suffix keeps its dot.)
        let suffix_dot = w.gap_is(gk, ".") && self.lex.abbreviations.contains_lower(w, p) && self.names.ending(p).is_some_and(|c| c.first < p);
        // (`Which? says`: a listed body's name with its question mark.)
        let marked = w.gap_is(gk, "?") && self.lex.organizations.at(w, p).is_some_and(|(_, m)| m.mark == '?');
        if !(w.plain(gk) || comma || suffix_dot || marked || (gk != k && w.gap_only(gk, &['(']))) {
            return None;
        }
        // `Barrister Helen Ashworth KC said`: letters after the name are no
        // part of it; the name before them is the subject.
        if !comma && gk == k {
            p = self.past_postnominal(p);
        }
        // `Medicul de gardă a declarat`, `Mama băiatului a povestit`, `The
        // mother of the victim said`: the role opening the sentence is the
        // subject, not the genitive or place after it.
        // `Un deputat PNL a declarat`, `O vânzătoare din sectorul Botanica
        // ne-a spus`: an indefinite noun opening the sentence is someone
        // unnamed, whatever party or place its phrase ends in.
        if !comma && gk == k && self.indefinite_opener(p) {
            return Some(Subject::Anonymous);
        }
        if !comma && gk == k {
            // (`A spokesperson for CalMac said`: a body's voice and the body
            // after it, whose words they are — see below.)
            if let Some(r) = self.role_opener(p).filter(|&r| self.voiced_body(r, p).is_none()) {
                // (`Lead author Dr Ana Pop told`: a titled name is a person's.)
                // (`Mr Johnson said`: a capitalised title right before the
                // name, which the name's run leaves out, makes it a person's.)
                let titled = |c: Chunk| c.first == r + 1 && w.cap(r) && self.lex.titles.contains_lower(w, r);
                // (`Consilierul local PSD Ion Pop a criticat`: a party's
                // acronym run into the name, which strips to a person's.)
                let party = |c: Chunk| names::all_caps(w.text(c.first)) && names::strip_titles(w, self.lex, c).is_some_and(|s| s.first > c.first && names::classify(w, self.lex, s) == SourceType::Person);
                // (`Minister for Health Ana Pop said`: a capitalised office,
                // its complement run into the holder's name, who starts at a
                // known first name — the office's holder, named.)
                let holder = |c: Chunk| w.cap(r) && c.first > r + 1 && w.plain(c.first) && self.lex.prepositions.contains_lower(w, c.first - 1) && self.office_holder(c).is_some();
                // (`The daughter Karen said`: a name right after the role
                // noun is its holder, in apposition.)
                // (`mother of three Kylie Nuttall said`: a count of children
                // between the role and the name.)
                let counted = |c: Chunk| c.first == r + 3 && w.plain(c.first) && (w.digit(r + 2) || self.lex.number_words.contains_lower(w, r + 2)) && self.lex.prepositions.contains_lower(w, r + 1);
                let person = self.names.ending(p).is_some_and(|c| c.first <= r || party(c) || holder(c) || counted(c) || (names::classify(w, self.lex, c) == SourceType::Person && (self.person_evidence(c) || titled(c) || c.first == r + 1 && w.plain(c.first) && !w.cap(r) || names::strip_titles(w, self.lex, c) != Some(c))));
                if !person {
                    return Some(self.role_or_anonymous(r));
                }
            }
        }
        // (Not a pronoun closing an aside set off by commas: `Her husband,
        // Callum, who was sitting beside her, described …`.)
        if self.is_pronoun(p) && !w.cap(p) && !comma || (self.is_pronoun(p) && w.plain(gk)) {
            return Some(self.pronoun(p));
        }
        if let Some(c) = crate::sources::office_before(self, p).filter(|_| !comma && gk == k) {
            return Some(Subject::Named(c));
        }
        // `the 29-year-old said`, `The 34-year-old mother-of-two said`: a
        // definite phrase built on a compound opening with a number (an
        // age) describes someone named before, as a pronoun would.
        if !comma && gk == k && !w.cap(p) {
            // `the mother of two added`: a role and the count after it (its
            // children) stand for the role alone.
            if p >= 3 && (w.digit(p) || self.lex.number_words.contains_lower(w, p)) && (p - 2..p + 1).all(|q| w.plain(q)) && self.lex.prepositions.contains_lower(w, p - 1) && self.lex.role_at(w, p - 2) && self.lex.definite.contains_lower(w, p - 3) {
                return Some(Subject::Role(p - 2));
            }
            let compound_start = |mut q: usize| {
                while q > 0 && w.raw_gap_is(q, "-") && !w.cap(q) {
                    q -= 1;
                }
                q
            };
            let mut q = compound_start(p);
            // (`the father-of-three said`: or a compound of three words or
            // more, alone after the article — a description, as the age is.)
            let long = q + 2 <= p && q > 0 && self.lex.definite.contains_lower(w, q - 1);
            if !long && !w.digit(q) && q > 0 && w.plain(q) && !w.cap(q) {
                q = compound_start(q - 1);
                // (`the 74-year-old retired machinist said`: a word between.)
                if !w.digit(q) && q > 0 && w.plain(q) && !w.cap(q) && !self.lex.definite.contains_lower(w, q) && w.digit(compound_start(q - 1)) {
                    q = compound_start(q - 1);
                }
            }
            if (w.digit(q) || long) && q > 0 && q < p && w.plain(q) && self.lex.definite.contains_lower(w, q - 1) && w.sent(q - 1) == w.sent(k) {
                return Some(Subject::Pronoun(p));
            }
        }
        // `The university said in a statement`: a body's kind noun after
        // the article, no body of that kind known as a speaker or source,
        // is the body of that kind the text named in passing (`a student at
        // NED University of Engineering and Technology`).
        if !comma && gk == k && !w.cap(p) && p > 0 && w.plain(p) && self.lex.definite.contains_lower(w, p - 1) && w.sent(p - 1) == w.sent(k) {
            let x = w.lower(p);
            let kind = self.lex.not_company_words.iter().any(|n| n == x) || self.lex.body_heads(x).is_some();
            if kind && !self.is_body_noun(x) {
                if let Some(c) = self.body_by_kind_before(p, x) {
                    return Some(Subject::Named(c));
                }
            }
        }
        // `the incident controller said`: a definite description whose head
        // no role list knows, introduced before someone's name, is them.
        // (Or, opening the sentence or following the quote, one no list
        // knows at all: `“…,” the obstetrician said` is who the text is about.)
        if !comma && gk == k && !w.cap(p) {
            // (A club's or place's name may qualify it: `the Sarsfields
            // clubman said`, no person's name.)
            let qualifier = |r: usize| r < p && self.names.at(r).is_some_and(|c| c.last < p && !self.person_evidence(c) && self.lookup(&self.chunk_words(c)).is_none_or(|k| self.known[k].source_type != SourceType::Person));
            if let Some(q) = (p.saturating_sub(3)..p).find(|&q| self.lex.definite.contains_lower(w, q) && (q + 1..p + 1).all(|r| w.plain(r) && (!w.cap(r) || qualifier(r)) && !w.digit(r) && self.cue_at[r] == u32::MAX)) {
                let x = w.lower(p);
                let opens = q == w.sentence_start(w.sent(q)) || names::ends_any(w.gap(q).trim_end(), &[',', '”', '"', '’']) && names::has_any(w.gap(q), &['”', '"', '’']);
                let plural = x.ends_with('s') && !x.ends_with("ss");
                if self.introduced_as(p).is_some() || opens && !plural && !self.listed_noun(x) && !self.lex.prepositions.contains(x) {
                    return Some(Subject::Pronoun(p));
                }
            }
        }
        // `Surse din conducerea PSD au declarat`, `Sources close to the
        // board said`: a plural noun opening the sentence with its
        // complement up to the verb is several people, none named — not the
        // body the complement ends in.
        let s0 = w.sentence_start(w.sent(k));
        // (Or a noun opening a prefix cue: `Surse din`, not `Datele de la`
        // nor `Potrivit`. Or `O sursă din conducerea Consiliului X a
        // declarat`: someone new, described by an indefinite noun phrase —
        // unless the noun is a body's voice, `un purtător de cuvânt al X`.)
        // (Positions first: the lookups run only for a short opening.)
        let unnamed = || {
            let x = w.lower(s0);
            let plural = self.lex.not_names.contains(x) || self.lex.prefix_cues.starts_at(w, s0) && self.lex.doc_nouns.contains(x) && !self.lex.report_nouns.contains(x);
            plural && self.lex.prepositions.contains_lower(w, s0 + 1) || self.indefinite_noun(s0) && !self.lex.body_voices.contains_lower(w, s0 + 1)
        };
        // (Not `One widow handed over her savings after he warned`: a
        // pronoun right before the verb is its subject.)
        if !comma && gk == k && s0 + 1 < p && p <= s0 + 7 && !self.is_pronoun(p) && unnamed() && (s0 + 1..p + 1).all(|q| w.plain(q) && self.cue_at[q] == u32::MAX) && !self.kin_then_name(s0, p) {
            return Some(Subject::Anonymous);
        }
        // `“…,” a pal added`, `A pal added: “…”`, `after a caller claimed
        // …`: an indefinite article and a noun or two (no role the lists
        // know) opening the clause right before the verb: someone new.
        if !comma && gk == k {
            let opens_clause = |q: usize| q == s0 || (q > 0 && (names::has_any(w.gap(q), &[',', '“', '”', '"', '»', '«', '„', ':', ';', '—', '–']) || (w.plain(q) && (self.lex.subordinators.contains_lower(w, q - 1) || self.lex.prepositions.contains_lower(w, q - 1)))));
            // (`Țin minte un funcționar care mi-a spus`: or a relative
            // pronoun after it makes the phrase the verb's subject.)
            let relative = w.plain(p) && crate::sources::is_relative(self.doc.lang, w.lower(p));
            if let Some(q) = (p.saturating_sub(3)..p).find(|&q| self.indefinite_noun(q) && (relative || opens_clause(q))) {
                // (A modifier hyphened to a number inside it: `One top-20 shareholder said`.)
                let hyphened = |r: usize| r < p && w.raw_gap_is(r, "-");
                if (q + 1..p + 1).all(|r| (w.plain(r) || hyphened(r)) && !w.cap(r) && (!w.digit(r) || hyphened(r)) && self.cue_at[r] == u32::MAX && !self.lex.prepositions.contains_lower(w, r)) && !self.lex.body_voices.contains_lower(w, q + 1) {
                    return Some(Subject::Anonymous);
                }
            }
        }
        // (`she said in a statement, adding that …`: a document before the
        // comma is the earlier verb's, not the participle's subject.)
        if comma && w.lower(k).ends_with("ing") && self.lex.report_nouns.contains_lower(w, p) {
            return None;
        }
        if comma {
            return self.apposition_subject(p, k);
        }
        if let Some(c) = self.names.ending(p).filter(|&c| !self.common_noun(c)) {
            if self.indefinite_party(c) {
                return Some(Subject::Anonymous);
            }
            let start = w.sentence_start(w.sent(k));
            // `the Kentucky Republican added`: a definite role phrase, not a name.
            // (`the MP said`: a role written as an acronym, alone.)
            let acronym_role = c.first == c.last && self.acronym(c.first);
            // (Or one listed role word, `The Democrat said`, no outlet's
            // name: `The Guardian said` stays the paper.)
            let acronym_role = acronym_role || c.first == c.last && c.first > 0 && self.role_as_listed(c.first) && !self.lex.outlets.exact(w, c.first - 1, c.last) && !self.lex.outlets.exact(w, c.first, c.last);
            // (Not a body's lowercase kind closing its name: `The Dublin city council said`.)
            if (c.last > c.first || acronym_role) && c.first > start && w.cap(c.last) && self.lex.definite.contains_lower(w, c.first - 1) && self.lex.role_at(w, c.last) && !self.lex.org_words.contains_text(w, c.last) {
                return Some(Subject::Role(c.last));
            }
            if c.first > start && self.described_by_origin(c) {
                return Some(Subject::Role(c.first));
            }
            // `economist Paul Johnson of the IFS told`: the person before
            // the phrase naming their body.
            let prep = if c.first > start + 1 && w.plain(c.first) && self.lex.definite.contains_lower(w, c.first - 1) { c.first - 1 } else { c.first };
            // (Not before reported speech, `X of the University of Y
            // estimated that …`: there the workplace rule below holds.)
            let reported = k + cue.len < w.len() && self.lex.subordinators.contains_lower(w, k + cue.len);
            if !reported && prep > start + 1 && w.plain(prep) && self.lex.prepositions.contains_lower(w, prep - 1) && w.plain(prep - 1) {
                if let Some(n) = self.names.ending(prep - 2).filter(|&n| self.usable(n) && names::classify(w, self.lex, n) == SourceType::Person && self.person_evidence(n)) {
                    return Some(Subject::Named(n));
                }
            }
            if c.first > start && w.plain(c.first) && self.lex.prepositions.contains_lower(w, c.first - 1) {
                // `The Chinese Embassy in Washington said`: a body's name
                // opening the sentence, then where it is: the body speaks.
                let opener = self.after_dateline(start);
                let opens_it = |b: &Chunk| b.first == opener || b.first == opener + 1 && self.is_article(opener);
                if let Some(b) = (c.first >= 2).then(|| self.names.ending(c.first - 2)).flatten().filter(|b| w.plain(c.first - 1) && opens_it(b) && self.usable(*b) && matches!(names::classify(w, self.lex, *b), SourceType::Organization | SourceType::Outlet)) {
                    return Some(Subject::Named(b));
                }
                // `a spokeswoman for Network Rail said`: the body speaks;
                // `the chief executive of Nordkai said`: the person with that role.
                let r = c.first - 1;
                if r > start && w.plain(r) && self.lex.role_at(w, r - 1) && !w.cap(r - 1) {
                    return match self.role_or_anonymous(r - 1) {
                        Subject::Anonymous => self.usable(c).then_some(Subject::Named(c)),
                        s => Some(s),
                    };
                }
                // `Minister for Housing Declan Walsh said`: an office alone,
                // then its complement run into the holder's name, who
                // starts at a known first name.
                // (`Secretary of State for Health Ana Pop`: the office may hold
                // its own complement.)
                let office = || self.role_opener(p).is_some_and(|o| o < r && w.cap(o));
                if r > start && (self.names.ending(r - 1).is_some_and(|t| names::strip_titles(w, self.lex, t).is_none()) || office()) {
                    if let Some(n) = self.office_holder(c) {
                        return self.usable(n).then_some(Subject::Named(n));
                    }
                    // (`The Minister for Housing has said`: the office and its
                    // remit after the article, no one's name: its holder.)
                    if let Some(t) = self.names.ending(r - 1).filter(|t| t.first > start && self.lex.definite.contains_lower(w, t.first - 1) && self.lex.role_at(w, t.first)) {
                        return Some(Subject::Role(t.first));
                    }
                }
                return None;
            }
            // `Șeful IPJ Vaslui a precizat`, `Directorul DSP a declarat`: a
            // role opening the sentence, of the body named after it — a
            // person by their office, not the body.
            // (`Ministrul a răspuns`: a title alone.)
            if c.first == start && self.lex.role_at(w, c.first) && !self.person_evidence(c) {
                let body = names::strip_titles(w, self.lex, c).is_some_and(|s| s.first > c.first && names::classify(w, self.lex, s) != SourceType::Person);
                if body || names::is_title_phrase(w, self.lex, c) {
                    return Some(self.role_or_anonymous(c.first));
                }
            }
            // `Ion Pop și Ana Rusu au declarat`, `Pop and Rusu said`: two
            // people speak; the first named stands for both.
            if c.first >= 2 && w.plain(c.first) && w.plain(c.first - 1) && self.lex.coordinators.contains_lower(w, c.first - 1) {
                if let Some(c0) = self.names.ending(c.first - 2) {
                    // (`Environment and Climate Change Canada said`: no
                    // first name either side, one run of two words or more,
                    // neither a body's by its words: one body's name.)
                    let bare = |d: Chunk| self.usable(d) && !self.person_evidence(d) && names::classify(w, self.lex, d) == SourceType::Person;
                    if bare(c0) && bare(c) && (c0.last > c0.first || c.last > c.first) {
                        return Some(Subject::Named(Chunk { first: c0.first, last: c.last }));
                    }
                    if self.usable(c0) && self.usable(c) && self.named(c0).1 == SourceType::Person && self.named(c).1 == SourceType::Person {
                        return Some(Subject::Named(c0));
                    }
                }
            }
            return self.usable(c).then_some(Subject::Named(c));
        }
        // `Passengers describe …` after `164 passengers`: a common noun
        // opening the sentence, capitalised only there, is a nameless group.
        if !comma && gk == k && self.names.ending(p).is_some_and(|c| c.first == p && self.common_noun(c)) && self.lowercase_words.contains(w.lower(p)) && !self.lex.is_role(w.lower(p)) && self.lex.body_heads(w.lower(p)).is_none() {
            return Some(Subject::Anonymous);
        }
        // `A Whitehall source said`, `one senior Labour source told`: a
        // source noun after an indefinite article and a qualifier or two,
        // capitalised or not — someone unnamed.
        // (A plain loop back, not a reversed take_while: less wasm.)
        if self.lex.source_nouns.contains_lower(w, p) {
            let mut q = p;
            while q > p.saturating_sub(4) {
                q -= 1;
                if !w.plain(q + 1) || self.lex.prepositions.contains_lower(w, q) || self.lex.definite.contains_lower(w, q) || self.cue_at[q] != u32::MAX {
                    break;
                }
                if self.lex.indefinite.contains_lower(w, q) {
                    return Some(Subject::Anonymous);
                }
            }
        }
        // `A person familiar with the company’s review said`, `an official
        // at the ministry said`: the sentence opens with someone unnamed,
        // whose modifiers end just before the verb.
        if let Some(s) = self.unnamed_opener(p) {
            return Some(s);
        }
        let lower = w.lower(p);
        let role_like = self.lex.is_role(lower)
            || self.lex.report_nouns.contains(lower)
            // (`A Raleigh Police Department news release said`: a body's
            // document, the body named right before it.)
            // (`The release said officers found …`; not `“…,” the ruling
            // said`, whose words the quote's own reading gives the body.)
            || self.lex.body_documents.contains(lower) && !(p.saturating_sub(1)..p + 1).any(|q| names::has_any(w.gap(q), &['”', '"', '’', '»']))
            || self.lex.org_descriptors.contains(lower)
            || self.lex.body_voices.contains(lower)
            // (`the source said`: whoever was brought in as one.)
            || self.lex.source_nouns.contains(lower)
            || self.is_body_noun(lower);
        // `studiul finanțat de minister a estimat`: a role after a
        // preposition is an object, not the verb's subject.
        // (`issued a statement saying`: a document before a participle is
        // the object of the verb before it, not the participle's subject.)
        let object = p > 0 && w.plain(p) && self.lex.prepositions.contains_lower(w, p - 1) || w.lower(k).ends_with("ing") && self.lex.report_nouns.contains(lower);
        // (`The Mayor agreed`: capitalised after the article opening it.)
        let s0 = w.sentence_start(w.sent(p));
        // (Capitalised after the article, the role as listed, give or take
        // a plural: `The Rabbitohs said` is a team, no `rabbi`.)
        let listed = || self.role_as_listed(p) || !self.lex.is_role(lower);
        if role_like && !object && (!w.cap(p) || p == s0 || p == s0 + 1 && self.lex.definite.contains_lower(w, s0) && listed()) {
            return Some(self.role_or_anonymous(p));
        }
        None
    }

    /// Word `p`, or the last word of the person's name before it when `p` is
    /// a post-nominal in capitals (`Ana Pop SC`, `Tom Reid QC`).
    fn past_postnominal(&self, p: usize) -> usize {
        let w = &self.w;
        let post = p > 0 && w.plain(p) && names::all_caps(w.text(p)) && self.lex.stop_caps.contains_lower(w, p);
        if post && self.names.ending(p - 1).is_some_and(|c| c.last > c.first && names::classify(w, self.lex, c) == SourceType::Person) {
            p - 1
        } else {
            p
        }
    }

    /// `His daughter Karen said`, `Its founder Ravi Shah told`: a possessive
    /// and a lowercase noun opening the sentence, then a name ending at `p`
    /// in apposition to them — who it names speaks, not someone unnamed.
    fn kin_then_name(&self, s0: usize, p: usize) -> bool {
        let w = &self.w;
        self.names.ending(p).is_some_and(|c| {
            c.first >= s0 + 2
                && w.plain(c.first)
                && (s0 + 1..c.first).all(|q| !w.cap(q) && !self.lex.prepositions.contains_lower(w, q) && !self.lex.definite.contains_lower(w, q))
                && self.usable(c)
        })
    }

    /// The holder named at the end of run `c` when `c` is an office's
    /// complement: a capitalised title alone (or `Minister of State`), a
    /// preposition, then the run (`Minister for Finance Ana Pop`, `Head of
    /// Sales Ana Pop`) — wherever the run stands (`said Minister for …`).
    fn office_run_holder(&self, c: Chunk) -> Option<Chunk> {
        let w = &self.w;
        let after_prep = |c: Chunk| c.first >= 2 && w.plain(c.first) && w.plain(c.first - 1) && self.lex.prepositions.contains_lower(w, c.first - 1);
        if !after_prep(c) || c.last < c.first + 1 {
            return None;
        }
        let title = |t: Chunk| t.first == t.last && w.cap(t.first) && (self.lex.titles.contains_lower(w, t.first) || self.lex.role_at(w, t.first));
        let t = self.names.ending(c.first - 2)?;
        let office = title(t) || after_prep(t) && self.names.ending(t.first - 2).is_some_and(title);
        office.then(|| self.office_holder(c)).flatten().filter(|h| h.first > c.first && (h.first..h.last + 1).all(|q| !self.lex.org_words.contains_text(w, q)))
    }

    /// `Minister for Health Ana Pop`, `Minister for Home Affairs K Shanmugam`:
    /// in the run after an office's preposition (`Health Ana Pop`), the
    /// holder's name — from a known first name, else its last two words
    /// (with the particles and initials before them: `Róisín Ní Bhraonáin`);
    /// a complement word must stay before it.
    /// `Minister for Housing Ruairí Ó Dálaigh spoke …`: for run `c` after
    /// an office's title and its preposition, the holder's name in it (see
    /// [`Context::office_holder`]), with no cue needed.
    fn remit_holder(&self, c: Chunk) -> Option<Chunk> {
        let w = &self.w;
        let r = c.first.checked_sub(1)?;
        (r > 0 && w.plain(c.first) && w.plain(r) && !w.cap(r) && self.lex.prepositions.contains_lower(w, r)).then_some(())?;
        let t = self.names.ending(r - 1)?;
        (self.lex.role_at(w, t.first) && names::strip_titles(w, self.lex, t).is_none()).then_some(())?;
        self.office_holder(c).filter(|&n| n.first > c.first && names::classify(w, self.lex, n) == SourceType::Person)
    }

    fn office_holder(&self, c: Chunk) -> Option<Chunk> {
        let w = &self.w;
        // (From a first name's first half: `MP Jean-Philippe Gagnon`.)
        if let Some(f) = (c.first + 1..c.last).find(|&q| names::given_parts(self.lex, w.lower(q)) && !self.lex.role_at(w, q)) {
            let f = if f > c.first + 1 && w.raw_gap_is(f, "-") && w.cap(f - 1) { f - 1 } else { f };
            return Some(Chunk { first: f, last: c.last });
        }
        if c.last < c.first + 2 || !(c.first..c.last + 1).all(|q| w.plain(q) || q == c.first) {
            return None;
        }
        let particle = |q: usize| self.lex.particles.contains_lower(w, q);
        let mut f = c.last - 1;
        if particle(f) {
            f -= 1;
        }
        // (`Cathal Mac Giolla Rua`: a particle inside the surname.)
        while f >= c.first + 3 && particle(f - 1) {
            f -= 2;
        }
        while f > c.first + 1 && names::n_chars(w.text(f - 1)) == 1 {
            f -= 1;
        }
        (f > c.first && !self.lex.role_at(w, f) && !self.lex.org_words.contains_text(w, f)).then_some(Chunk { first: f, last: c.last })
    }

    /// The role word opening the sentence of word `p` (past an article or a
    /// dating adjective: `the`, `fostul`) when a short complement of plain
    /// words runs from it to `p` (`Șeful poliției locale`, `mother of the
    /// boy`).
    fn role_opener(&self, p: usize) -> Option<usize> {
        let w = &self.w;
        let s0 = w.sentence_start(w.sent(p));
        // (`Her husband, Rafael,`: a possessive leads it too.)
        let lead = |q: usize| self.lex.definite.contains_lower(w, q) || self.lex.role_adjectives.contains_lower(w, q) || self.lex.indefinite.contains_lower(w, q);
        let r = if s0 + 1 < p && lead(s0) && w.plain(s0 + 1) { s0 + 1 } else { s0 };
        if r >= p || p > r + 6 {
            return None;
        }
        let x = w.lower(r);
        if !self.lex.is_role(x) || self.lex.not_names.contains(x) || self.lex.report_nouns.contains(x) || self.lex.indefinite.contains(x) {
            return None;
        }
        // (`A Welsh Government spokesperson said`: a capitalised word
        // opening a body's name is no role, whatever role it spells.)
        if w.cap(r) && self.names.starting(r).is_some_and(|c| c.last > r && c.last < p && names::classify(w, self.lex, c) != SourceType::Person) {
            return None;
        }
        // (Nor a body's own word, capitalised, that a role merely resembles:
        // `A Treasury spokesperson said` is no treasurer.)
        if w.cap(r) && self.lex.org_words.contains_text(w, r) && !self.listed_role(r) {
            return None;
        }
        ((r + 1..p + 1).all(|q| w.plain(q) && self.cue_at[q] == u32::MAX && !w.digit(q)) && !self.quoted(r)).then_some(r)
    }

    /// The word after a short phrase of place or time set off by a comma
    /// at the sentence's start (`In Labasa Town, a shopkeeper …`, `Outside
    /// the court, …`), before word `p`; else `s0`: the clause opens there.
    pub fn after_lead_phrase(&self, s0: usize, p: usize) -> usize {
        let w = &self.w;
        // (Or an adverb of time, `Later on Monday,`, `Earlier,`.)
        // (Or a participle, `Opening the case on Tuesday,`: a capitalised
        // word no first name, before a lowercase one.)
        let participle = || s0 + 1 < p && w.plain(s0 + 1) && !w.cap(s0 + 1) && !w.gap_has(s0 + 1, ',') && names::suffixed(&self.lex.participle_endings, w.lower(s0), 2) && !names::given(self.lex, w.lower(s0));
        if s0 < p && participle() {
            // (Its words may hold a time or a number: `Opening the doors at
            // 10am,`.)
            let end = (s0 + 12).min(p);
            return (s0 + 1..end).find(|&q| w.gap_only(q, &[',']) && w.gap_is(q, ",")).filter(|&e| (s0 + 1..e).all(|q| self.cue_at[q] == u32::MAX && !names::has_any(w.gap(q), &['“', '”', '„', '«', '»', '"', ':', ';']))).unwrap_or(s0);
        }
        let lead = self.lex.prepositions.contains_lower(w, s0) || self.lex.time_words.contains_lower(w, s0) || self.lex.skip_after_cue.contains_lower(w, s0);
        if s0 >= p || !lead {
            return s0;
        }
        self.lead_phrase_end(s0, (s0 + 7).min(p), true).unwrap_or(s0)
    }

    /// The word after the comma that ends a short phrase opening the
    /// sentence at `s0` (before `end`): plain words, no reporting verb, no
    /// number; capitalised ones only if `names` (a place: `In Labasa
    /// Town,`) or days and months; else `None`.
    fn lead_phrase_end(&self, s0: usize, end: usize, names: bool) -> Option<usize> {
        let w = &self.w;
        for q in s0 + 1..end {
            if w.sent(q) != w.sent(s0) || w.digit(q) || self.cue_at[q] != u32::MAX {
                return None;
            }
            if w.gap_is(q, ",") && w.gap_only(q, &[',']) {
                return Some(q);
            }
            // (A day or month may be capitalised: `On warm June nights,`.)
            if !(w.plain(q) || w.raw_gap_is(q, "-")) || !names && (w.cap(q) && !self.lex.time_words.contains_lower(w, q) || self.lex.role_at(w, q)) {
                return None;
            }
        }
        None
    }

    /// True when the words up to `p` are one phrase opened by an indefinite
    /// article and a lowercase noun that is no body's voice or document
    /// (`Un șofer de microbuz rămas blocat lângă Vânători-Neamț`).
    fn indefinite_opener(&self, p: usize) -> bool {
        let w = &self.w;
        let s0 = self.after_lead_phrase(self.after_dateline(w.sentence_start(w.sent(p))), p);
        let n = s0 + 1;
        if n >= p || p > s0 + 20 || !self.lex.indefinite.contains_lower(w, s0) || !w.plain(n) || w.cap(n) || w.digit(n) {
            return false;
        }
        let lex = self.lex;
        let voice = lex.body_voices.contains_lower(w, n) || lex.report_nouns.contains_lower(w, n) || lex.doc_nouns.contains_lower(w, n) || lex.org_descriptors.contains_lower(w, n) || lex.company_nouns.contains_lower(w, n) || lex.prepositions.contains_lower(w, n);
        // (`His daughter Karen told`: a name right after the noun is its holder.)
        let Some(c) = self.names.ending(p) else { return false };
        // (`His team-mate Davy Corr said`: the noun may be hyphened.)
        let mut e = n;
        while e + 1 < c.first && w.raw_gap_is(e + 1, "-") {
            e += 1;
        }
        let holder = c.first == e + 1 && names::classify(w, lex, c) == SourceType::Person;
        // (The name's own words may run together: `on the M5 has described`.)
        !voice && !holder && (n..p + 1).all(|q| (w.plain(q) || w.raw_gap_is(q, "-") || q > c.first) && self.cue_at[q] == u32::MAX && !self.quoted(q))
    }

    /// The person a party acronym introduces (`PSD Ioana Rădulescu`, one run
    /// or two), before `limit`.
    fn person_after_party(&self, c: Chunk, limit: usize) -> Option<Chunk> {
        let w = &self.w;
        if !self.acronym(c.first) {
            return None;
        }
        // (`The BBC’s Hiba Amin`: past the possessive's `s`.)
        let skip = 1 + usize::from(c.first < c.last && self.possessive_s(c.first + 1));
        let n = if c.last > c.first + skip {
            Chunk { first: c.first + skip, last: c.last }
        } else if c.first == c.last && c.last + 1 < limit && w.plain(c.last + 1) {
            self.names.starting(c.last + 1).filter(|n| n.last > n.first)?
        } else {
            return None;
        };
        (n.last < limit && names::classify(w, self.lex, n) == SourceType::Person && self.usable(n)).then_some(n)
    }

    /// True when an indefinite article heads the role word `r`'s phrase
    /// (`a person`, `an unnamed senior aide`, `o sursă`).
    fn indefinite_before(&self, r: usize) -> bool {
        let w = &self.w;
        let mut q = r;
        while q > 0 && q + 4 > r && w.plain(q) {
            q -= 1;
            // Not past the verb (`a mai spus ministrul`).
            if (q.saturating_sub(3)..q + 1).any(|c| self.cue_starting(c).is_some_and(|cue| c + cue.len > q)) {
                return false;
            }
            if self.lex.indefinite.contains_lower(w, q) {
                return true;
            }
            if w.cap(q) || self.lex.definite.contains_lower(w, q) || self.lex.prepositions.contains_lower(w, q) {
                return false;
            }
        }
        false
    }

    /// Word `q` is an indefinite article (not a possessive) before a plain
    /// lowercase noun that is no document or pronoun: `un operator`, `a
    /// farmer`, not `un raport`.
    #[inline(never)]
    fn indefinite_noun(&self, q: usize) -> bool {
        let w = &self.w;
        let n = q + 1;
        n < w.len()
            && self.lex.indefinite.contains_lower(w, q)
            && !self.is_pronoun(q)
            && w.plain(n)
            && !w.cap(n)
            && !w.digit(n)
            && !self.is_pronoun(n)
            && !self.lex.report_nouns.contains_lower(w, n)
            && !self.lex.doc_nouns.contains_lower(w, n)
            // (`His son said`: a relative, who may be named.)
            && !(self.lex.kin_nouns.contains_lower(w, n) && self.lex.gender(w.lower(q)).is_some())
    }

    /// `Subject::Anonymous` when the sentence holding word `p` opens with an
    /// indefinite role phrase (`A person familiar with …`, `Un oficial din
    /// minister …`) that runs, with no comma, up to `p`.
    fn unnamed_opener(&self, p: usize) -> Option<Subject> {
        let w = &self.w;
        let s0 = w.sentence_start(w.sent(p));
        if p <= s0 + 1 || !self.lex.indefinite.contains_lower(w, s0) {
            return None;
        }
        if p > s0 + 14 {
            return None;
        }
        (s0 + 1..p + 1).all(|k| !names::has_any(w.gap(k), &[',', ';', ':', '(', '“', '”', '„', '«', '»', '"'])).then_some(())?;
        // (A word closing a body's name is no head: `A Sutton council spokesperson`.)
        let head = (s0 + 1..(s0 + 4).min(p)).find(|&k| !w.cap(k) && self.single_role(k) && self.names.at(k).is_none());
        if head.is_some() {
            return Some(Subject::Anonymous);
        }
        // `O sursă din minister a declarat`, `Un diplomat aliat care … a
        // declarat`: any indefinite noun phrase of lowercase words is
        // someone new, unless a name or a document in it is the source
        // (`A Halvern spokesman said`, `A report by X said`).
        let document = |k: usize| {
            let x = w.lower(k);
            self.lex.report_nouns.contains(x) || self.lex.body_documents.contains(x) || self.lex.doc_nouns.contains(x)
        };
        let plain_np = (s0 + 1..p + 1).all(|k| !w.cap(k) && !w.digit(k)) && !document(s0 + 1) && !self.is_pronoun(s0 + 1);
        plain_np.then_some(Subject::Anonymous)
    }

    /// A role noun at `p` refers back to someone named (`the minister`,
    /// `prefectul`) unless it is plural or indefinite (`officials`, `a senior
    /// official`, `un oficial`): then it is someone unnamed.
    /// `the Dubliner`, `the Australian`, `the Englishman`: one capitalised
    /// word after the definite article that names no body the lists know
    /// and no person (a person is never `the Pop`) describes someone by
    /// where they come from, like a role.
    #[inline(never)]
    fn described_by_origin(&self, c: Chunk) -> bool {
        let w = &self.w;
        // (`the Northern Irishman`: a region's two words.)
        c.last <= c.first + 1
            && c.first > 0
            && self.lex.definite.contains_lower(w, c.first - 1)
            // (A capitalised `The` may open an outlet's name, `The Grocer
            // reported`, but not before a word of origin: `The Irishwoman added`.)
            && (!w.cap(c.first - 1)
                || names::suffixed(&self.lex.origin_endings, w.lower(c.last), 2) && !self.lex.outlets.exact(w, c.first - 1, c.last))
            && !self.acronym(c.first)
            // (`the Eagles said`, `the Rabbitohs`: a plural names a team or
            // a group, no one person.)
            && !(self.lex.plural_form(w.lower(c.last)) && !self.role_as_listed(c.last))
            && names::classify(w, self.lex, c) == SourceType::Person
            && !self.person_evidence(c)
            && !self.org_name_words.contains_lower(w, c.first)
    }

    /// `One senior Tory told`, `A Labour MP said`, `said a fellow
    /// Republican`: an indefinite article (no pronoun), a lowercase
    /// qualifier or two that are no role (no possessive before a kin noun:
    /// `his son Tunde`), then a capitalised party or office word, or a word
    /// or two of origin that name no person (as `the Northern Irishman`
    /// describes someone named before) — someone new, unnamed. (`said a
    /// Home Office spokesperson` is the body speaking through its voice.)
    fn indefinite_party(&self, c: Chunk) -> bool {
        let w = &self.w;
        let voice = (c.last..c.last + 1 + 1).any(|q| q < w.len() && self.lex.body_voices.contains_lower(w, q));
        if c.first == 0 || voice || self.person_evidence(c) {
            return false;
        }
        if !self.lex.role_at(w, c.last) && (c.last > c.first + 1 || self.acronym(c.first) || names::classify(w, self.lex, c) != SourceType::Person || self.org_name_words.contains_lower(w, c.first)) {
            return false;
        }
        let mut q = c.first - 1;
        while q + 3 > c.first && q > 0 && w.plain(q + 1) && !w.cap(q) && !self.lex.indefinite.contains_lower(w, q) && !self.lex.role_at(w, q) && !self.lex.prepositions.contains_lower(w, q) && self.cue_at[q] == u32::MAX {
            q -= 1;
        }
        // (Not a count of children: `mother of three Kylie Nuttall`.)
        w.plain(q + 1) && self.lex.indefinite.contains_lower(w, q) && !self.is_pronoun(q) && !(q > 0 && self.lex.prepositions.contains_lower(w, q - 1) && self.lex.number_words.contains_lower(w, q))
    }

    /// `said the Olympic champion`, `said the 34-year-old`: after the cue,
    /// a definite phrase of a few words ending the clause, its head a plain
    /// noun no list knows (no person's name, body, document or group),
    /// describes someone named before, as a pronoun would — as it does
    /// before the cue (`the champion said`).
    fn described_after_cue(&self, j: usize, limit: usize) -> Option<Subject> {
        let w = &self.w;
        let lex = self.lex;
        for q in j..(j + 4).min(limit) {
            let x = w.lower(q);
            let function_word = lex.prepositions.contains(x) || lex.conjunctions.starts_at(w, q) || lex.subordinators.contains(x) || self.is_article(q) || lex.indefinite.contains(x) || self.is_pronoun(q);
            if w.sent(q) != w.sent(j) || !(q == j || w.plain(q) || w.raw_gap_is(q, "-")) || self.cue_at[q] != u32::MAX || function_word || self.names.starting(q).is_some_and(|c| self.person_evidence(c)) {
                return None;
            }
            if self.ends_clause(q) {
                // (Not before a name in apposition, `said the managing
                // director, Richard Bramwell`: that name is the subject.)
                if q + 1 < limit && w.gap_is(q + 1, ",") && self.names.starting(q + 1).is_some_and(|c| names::classify(w, lex, c) == SourceType::Person && self.usable(c)) {
                    return None;
                }
                // (`said the Kerry captain`: a role after a place.)
                if q > j && lex.is_role(x) && !w.cap(q) {
                    return Some(Subject::Role(q));
                }
                return (!w.cap(q) && !w.digit(q) && !self.listed_noun(x)).then_some(Subject::Pronoun(q));
            }
        }
        None
    }

    /// The last organisation named in the 400 words before word `i` whose
    /// name holds the kind noun `lower` (`university` → `NED University of
    /// Engineering and Technology`). Bounded, so a cue costs no more than a
    /// fixed walk.
    pub fn body_by_kind_before(&self, i: usize, lower: &str) -> Option<Chunk> {
        let w = &self.w;
        let heads = self.lex.body_heads(lower).unwrap_or(&[]);
        let lo = i.saturating_sub(400);
        let mut k = i;
        while k > lo {
            k -= 1;
            let Some(c) = self.names.ending(k) else { continue };
            k = c.first;
            let kind = (c.first..c.last + 1).any(|j| {
                let y = w.lower(j);
                names::kind_agrees(y, lower) || heads.iter().any(|h| agrees(h, y))
            });
            if kind && !self.after_indefinite(c.first) && self.named(c).1 == SourceType::Organization {
                return Some(c);
            }
        }
        None
    }

    /// A noun some list knows (a role, a group, a time, a document, a
    /// body's word): no description of someone named.
    fn listed_noun(&self, x: &str) -> bool {
        let lex = self.lex;
        lex.is_role(x) || lex.not_names.contains(x) || lex.plural_role(x) || lex.time_words.contains(x) || lex.source_nouns.contains(x) || lex.report_nouns.contains(x) || lex.doc_nouns.contains(x) || lex.body_documents.contains(x) || lex.org_descriptors.contains(x) || lex.company_nouns.contains(x) || lex.not_company_words.iter().any(|n| n == x) || self.is_body_noun(x)
    }

    fn role_or_anonymous(&self, p: usize) -> Subject {
        let w = &self.w;
        // (`Judecătorii au reținut`, `the judges wrote`: a body named before, by its kind.)
        if self.body_of_kind(w.list[p].start, w.lower(p)).is_some() {
            return Subject::Role(p);
        }
        if self.lex.not_names.contains_lower(w, p) || self.lex.plural_role(w.lower(p)) {
            return Subject::Anonymous;
        }
        let start = w.sentence_start(w.sent(p));
        let mut q = p;
        let mut definite = self.lex.definite.is_empty();
        while q > start && q + 4 > p {
            q -= 1;
            let x = w.lower(q);
            // `A Department for Transport spokesperson`: the body speaks.
            // (Only through its voice or its documents: `the GOP leader`,
            // `the Tesco boss` are people.)
            if let Some(c) = self.names.ending(q).filter(|_| self.lex.body_voices.contains_lower(w, p) || self.lex.report_nouns.contains_lower(w, p) || self.lex.doc_nouns.contains_lower(w, p)) {
                // (`a Halvern spokesman` after `Halvern Systems`: the company.)
                if self.named(c).1 != SourceType::Person && self.usable(c) {
                    return Subject::Named(c);
                }
            }
            if self.lex.indefinite.contains(x) {
                // (`Network Rail said the line would stay closed. A
                // spokesman said: “…”`: a body's voice alone, opening the
                // sentence, speaks for the body that spoke before it in the
                // paragraph.)
                // (Or right after the quote: `“…,” a spokesperson said`.)
                let after_quote = names::has_any(w.gap(q), &['”', '"', '»']) || names::has_any(w.gap(q), &['’', '\'']) && self.in_quote(w.list[q - 1].start);
                if q + 1 == p && (q == start || after_quote) && self.lex.body_voices.contains_lower(w, p) {
                    if let Some(c) = self.body_spoke_before(p, after_quote) {
                        return Subject::Named(c);
                    }
                }
                // (`His son said`: a relative of the person the possessive
                // means, resolved with the other roles.)
                if q + 3 > p && self.lex.kin_nouns.contains_lower(w, p) && self.lex.gender(x).is_some() {
                    return Subject::Role(p);
                }
                return Subject::Anonymous;
            }
            // A possessive is definite: `the congresswoman’s campaign`,
            // `Pop’s spokesman`.
            if x == "s" && matches!(w.gap(q), "’" | "'") {
                definite = true;
                break;
            }
            if self.lex.definite.contains(x) {
                definite = true;
                // `an aide to the governor`, `a person close to the
                // minister`: the role is the object of a phrase whose head
                // came first; that head decides.
                if q > start + 1 && w.plain(q) && w.plain(q - 1) && self.lex.prepositions.contains_lower(w, q - 1) {
                    let lo = q.saturating_sub(5).max(start);
                    let mut h = q - 1;
                    while h > lo && w.plain(h) {
                        h -= 1;
                        let y = w.lower(h);
                        if self.lex.indefinite.contains(y) {
                            return Subject::Anonymous;
                        }
                        if self.lex.definite.contains(y) {
                            break;
                        }
                    }
                }
                break;
            }
            // (`A Raleigh Police Department news release`: past a plain
            // word compounded with the document noun, to the body before it.)
            let compound = q + 1 == p && w.plain(q + 1) && !w.cap(q) && self.lex.doc_nouns.contains(x) && (self.lex.report_nouns.contains_lower(w, p) || self.lex.doc_nouns.contains_lower(w, p));
            if !w.gap_only(q + 1, &['-']) && !compound {
                break;
            }
        }
        // (`Hospital chief warns …`: a headline drops its articles; its
        // role is the one the story goes on to name.)
        let headline = !definite && q == start && self.display_line(self.doc.paragraph_of(w.list[p].start));
        if definite || headline || self.lex.report_nouns.contains_lower(w, p) {
            Subject::Role(p)
        } else {
            Subject::Anonymous
        }
    }

    /// `spokesperson for (the) X` with X's name ending at word `end`: the
    /// body whose voice role word `r` is (`A spokesperson for CalMac said`).
    fn voiced_body(&self, r: usize, end: usize) -> Option<Chunk> {
        let w = &self.w;
        (r + 2 <= end && end < w.len() && self.lex.body_voices.contains_lower(w, r) && self.lex.prepositions.contains_lower(w, r + 1)).then_some(())?;
        self.names.ending(end).filter(|c| c.first == r + 2 || c.first == r + 3 && self.lex.definite.contains_lower(w, r + 2))
    }

    /// The body named right after a body's voice at word `r` and its
    /// preposition (`a spokeswoman for the Department of Housing`).
    fn body_after_voice(&self, r: usize) -> Option<Chunk> {
        let w = &self.w;
        (r + 2 < w.len() && self.lex.body_voices.contains_lower(w, r) && self.lex.prepositions.contains_lower(w, r + 1)).then_some(())?;
        let at = if self.lex.definite.contains_lower(w, r + 2) { r + 3 } else { r + 2 };
        self.names.starting(at).filter(|&c| self.voiced_body(r, c.last).is_some())
    }

    /// The name an unnamed person is given between words `from` and `to`
    /// (`a supporter who gave her name only as Wanjiku`, `An elderly man who
    /// gave only his first name, Dawood,`): the name right after the
    /// phrase, past a comma.
    fn given_name_in(&self, from: usize, to: usize) -> Option<Chunk> {
        let w = &self.w;
        let to = to.min(w.len());
        (from..to).find_map(|q| {
            let (n, _) = self.lex.name_giving.at(w, q)?;
            let c = self.names.starting(q + n)?;
            (c.last < to && (w.plain(q + n) || w.gap_is(q + n, ",")) && self.usable(c)).then_some(c)
        })
    }

    /// The words of the last body that was a cue's subject earlier in word
    /// `p`'s paragraph (no person speaking since).
    /// (With `before`, for a quote and its cue, the paragraph before too:
    /// `Iarnród Éireann said it had made a fair offer.` / `‘…,’ a
    /// spokeswoman said.`)
    pub(crate) fn body_spoke_before(&self, p: usize, before: bool) -> Option<Chunk> {
        let w = &self.w;
        let para = self.doc.paragraph_of(w.list[p].start);
        let &(b, k, _) = self.find_recent(w.list[p].start, &|&(b, k, subject)| (self.doc.paragraph_of(b) == para || before && self.doc.paragraph_of(b) + 1 == para).then(|| subject || self.known[k].source_type == SourceType::Person))?;
        if self.known[k].source_type == SourceType::Person {
            return None;
        }
        let first = w.at(b);
        let end = *self.mention_end.get(first)?;
        let last = (first..w.len()).take_while(|&q| w.list[q].end <= end).last()?;
        Some(Chunk { first, last })
    }

    /// The subject of `…, cue` where commas set off appositions: walks back
    /// over comma-separated segments (`Henrik Vos, chief executive of
    /// Nordkai Logistics, said`; `Ministra Educației, Daniela Coman, a
    /// declarat`; `Chuck Schumer, D-N.Y., said`) to the nearest person's name;
    /// else the nearest body's name in subject position; else a role.
    fn apposition_subject(&self, p: usize, k: usize) -> Option<Subject> {
        let w = &self.w;
        let start = w.sentence_start(w.sent(k));
        // (A dateline's city, `STOCKHOLM, May 6 (Reuters) - …, saying`, is
        // nobody's name.)
        let dateline = self.after_dateline(start);
        // (`In a victim impact statement, the paramedic, who has 14 years'
        // service, said`: the clause opens past a phrase of place or time.)
        let clause = self.after_lead_phrase(start, p);
        let mut end = p;
        let mut body: Option<Chunk> = None;
        // `A senior official, speaking on condition of anonymity, said`:
        // someone unnamed heads the sentence, or asks not to be named.
        let mut unnamed = false;
        // (One who asks not to be named is nobody's voice: `Un deputat PNL,
        // care a cerut să nu-i fie publicat numele, a spus` is not PNL.)
        let mut hidden = false;
        // (`The United Bodegas of America, a trade group, said`: an
        // indefinite noun for a kind of body, set off after a name,
        // describes that name as a body's.)
        let mut described_body = false;
        // `X, Ana Pop SC, said`: letters after the name are no part of it.
        // (A company's legal form is: `Drumuri Bucovina SA`.)
        if end > start && w.plain(end) && w.cap(end) && self.lex.stop_caps.contains_lower(w, end) && !self.names.ending(end).is_some_and(|c| c.first < end) {
            end -= 1;
        }
        for _ in 0..4 {
            // `Rep. Ana Pop (D-Ohio), the bill’s sponsor, said`: a
            // parenthesis closing the segment is an aside, not its name.
            if w.gap_after(end).trim_start().trim_start_matches('.').starts_with(')') {
                let lo = end.saturating_sub(8).max(start);
                let mut r = end;
                while r > lo && !w.gap_has(r, '(') {
                    r -= 1;
                }
                if r > start && w.gap_has(r, '(') {
                    end = r - 1;
                }
            }
            // The segment opens after the comma before it (or at the sentence start).
            let lo = end.saturating_sub(24).max(start);
            let mut q = end;
            while q > lo && !w.gap_has(q, ',') {
                q -= 1;
            }
            let opens = if q > start && w.gap_has(q, ',') { q } else { start };
            // (`Conor Fitzmaurice SC, for the DPP, told`: letters after a
            // name ending its segment, past the first, are no part of it.)
            if end > opens && self.names.ending(end).is_none() && w.plain(end) && names::all_caps(w.text(end)) && self.names.ending(end - 1).is_some() {
                end -= 1;
            }
            if let Some(c) = self.names.ending(end) {
                // `…, de la Liceul … din Valea Albă, spune`: a name inside a
                // prepositional phrase is a place or an employer, not the subject.
                let in_phrase = c.first > start && w.plain(c.first) && self.lex.prepositions.contains_lower(w, c.first - 1);
                // `a pediatrician in Little Rock, Arkansas,`: a name set off
                // right after a place in a prepositional phrase continues
                // that place (city, state), it names nobody.
                // (`an agent in Charlotte, North Carolina,`: two words too.)
                let place_tail = c.first > start + 1
                    && (c.first == c.last || c.last == c.first + 1 && self.lex.place_openers.contains_lower(w, c.first))
                    && !self.person_evidence(c)
                    && w.gap_is(c.first, ",")
                    // (Or after a body's name in one: `of the Institute of
                    // Business Administration, Karachi,`.)
                    && self.names.ending(c.first - 1).is_some_and(|d| d.first > start + 1 && w.plain(d.first) && (self.lex.prepositions.contains_lower(w, d.first - 1) || self.lex.definite.contains_lower(w, d.first - 1) && w.plain(d.first - 1) && self.lex.prepositions.contains_lower(w, d.first - 2)));
                // (`whose debut, "Tin Roof," premiered …`: a title in marks
                // names a work, not the speaker.)
                let titled_work = names::ends_any(w.gap(c.first), &['“', '„', '«', '"', '‘']);
                // (`X, who represents Droylsden East, said`: a name in a
                // relative clause set off after a person's name is its
                // object; `The victim, who asked to be called Mr Ong,` names
                // the victim.)
                // (`Davy Corr, a Coleraine man who lined out alongside Rea,
                // said`: a relative further into the apposition too.)
                let aside = opens > start
                    && w.gap_has(opens, ',')
                    && (opens..c.first).any(|q| w.plain(q) && crate::sources::is_relative(self.doc.lang, w.lower(q)))
                    && self.names.ending(opens - 1).is_some_and(|d| names::classify(w, self.lex, d) == SourceType::Person);
                let in_phrase = in_phrase || place_tail || titled_work || aside || c.last < dateline;
                // A person's name heads its segment (`Kessler, a former
                // rancher …`, `…, Daniela Coman,`), follows a role or carries
                // a title (`…, and Rep. Ana Pop, the panel’s top Democrat,
                // said`); one inside the segment (`campaigns in a white
                // Stetson`) is an object.
                // (`…, britanicul Oliver Grant, consideră`: a lowercase word
                // or two describing the full name that follows.)
                // (Not after an indefinite article: `X, a Liberal Democrat,
                // said`, `…, an All Progressives Congress chieftain,` say what
                // X is, a party or a place, and name nobody else.)
                let described = c.last > c.first
                    && !self.genitive_run(c)
                    && c.first > opens
                    && c.first <= opens + 2
                    && opens > start
                    && !self.lex.indefinite.contains_lower(w, c.first - 1)
                    && (opens..c.first).all(|q| !w.cap(q) && !w.digit(q) && w.plain(q + 1) && !self.lex.prepositions.contains_lower(w, q));
                // (`X, ministrul Transporturilor, a precizat`, `X, primarul
                // comunei Sadu, spune`: one unknown word after a role is its
                // complement, not the person; `analistul Pop` is, when known.)
                // (`X, șefa Procuraturii Anticorupție, a declarat`: nor does
                // a run opening with a genitive.)
                let complement = (c.first == c.last || self.genitive_run(c)) && !self.person_evidence(c);
                // (`Al Jazeera’s Hiba El-Amin, reporting from X, said`: a
                // name owned by the name opening the segment.)
                let owned = c.first >= 2 && self.possessive_s(c.first - 1) && self.names.ending(c.first - 2).is_some_and(|d| d.first == opens || d.first == opens + 1 && self.is_article(opens));
                // (`My mentor, a principal named Harold Briggs, used to
                // tell me`: the name a described person is given.)
                let given = (c.first.saturating_sub(6).max(opens)..c.first).any(|q| self.lex.name_giving.at(w, q).is_some_and(|(n, _)| q + n == c.first));
                // (`World number one Ana Ribeiro, who …, said`, `Seventh seed
                // X, who …`: a few plain words opening the clause before a
                // full name a first name shows a person's describe them.)
                // (`Charles Sturt University freshwater ecologist Ruth
                // Alderman, who …`: a body's name among them.)
                let modifier = |q: usize| q == opens || !w.cap(q) || self.names.at(q).is_some_and(|d| d.last < c.first && names::classify(w, self.lex, d) != SourceType::Person);
                let premodified = || (opens == start || opens == clause) && c.first <= opens + 6 && c.last > c.first && names::given_parts(self.lex, w.lower(c.first)) && (opens..c.first).all(|q| w.plain(q + 1) && !w.digit(q) && modifier(q) && self.cue_at[q] == u32::MAX && !self.lex.prepositions.contains_lower(w, q) && !self.is_pronoun(q))
                    && c.last + 1 < w.len() && w.gap_is(c.last + 1, ",") && crate::sources::is_relative(self.doc.lang, w.lower(c.last + 1));
                let heads = c.first == start
                    || owned
                    || premodified()
                    || described
                    || given
                    || w.gap_has(c.first, ',')
                    || names::strip_titles(w, self.lex, c).is_some_and(|s| s != c)
                    || !complement && (c.first.saturating_sub(3).max(start)..c.first).any(|q| {
                        (self.lex.role_at(w, q) || self.lex.titles.contains_lower(w, q))
                            && !(q > 0 && self.lex.indefinite.contains_lower(w, q - 1))
                    });
                // (`Cllr Ana Pop, Independent, says`: one unknown word set
                // off right after a person's name is a label for them — a
                // party, a place — not the subject.)
                // (Its own mention there makes it look known: only one never named before counts.)
                let fresh = || self.by_word.get(w.lower(c.first)).map_or(true, |v| v.iter().all(|&k| self.known[k].first >= w.list[c.first].start));
                let label = c.first == c.last
                    && !names::given_parts(self.lex, w.lower(c.first))
                    && w.gap_has(c.first, ',')
                    && c.first > start
                    && self.names.ending(c.first - 1).and_then(|d| names::strip_titles(w, self.lex, d).map(|s| (d, s))).is_some_and(|(d, s)| (s != d || s.last > s.first) && names::classify(w, self.lex, s) == SourceType::Person && (s != d || self.person_evidence(s)))
                    && fresh();
                if !self.is_code(c) && self.usable(c) && !in_phrase && !label {
                    if heads && names::classify(w, self.lex, c) == SourceType::Person && !names::is_title_phrase(w, self.lex, c) {
                        // (`Ishita Bhatia, who was there with her mother,
                        // Neelam Bhatia, said`: a name inside a relative
                        // clause opened after the sentence's first name.)
                        let head = (start + 1..c.first).find(|&r| w.gap_is(r, ",") && crate::sources::is_relative(self.doc.lang, w.lower(r))).and_then(|r| self.names.ending(r - 1)).filter(|d| d.first <= start + 4 && names::classify(w, self.lex, *d) == SourceType::Person && self.usable(*d));
                        return Some(Subject::Named(head.unwrap_or(c)));
                    }
                    // A body heads its segment (`the Tidewater group,`), not
                    // the object of a phrase in it (`the top Democrat on the
                    // House Agriculture Committee`).
                    let led = |a: usize| self.is_article(a) || self.lex.role_at(w, a);
                    let subject_position = c.first == start
                        || w.gap_has(c.first, ',')
                        || (c.first > 0 && led(c.first - 1) && (c.first - 1 == opens || !(c.first >= 2 && self.lex.prepositions.contains_lower(w, c.first - 2))));
                    if body.is_none() && subject_position {
                        body = Some(c);
                    }
                }
            }
            // `One of them, Rep. Ana Pop of Ohio, said`: a person's name
            // opening the segment, with a place or body after it.
            // (A short segment: `Inflaţia în luna iunie este posibil să
            // coboare …, a declarat X` is a clause, not an apposition.)
            if let Some(c) = self.names.starting(opens).filter(|c| c.last < end && end <= c.last + 6 && (opens == start || w.gap_has(opens, ','))) {
                if !self.is_code(c) && self.usable(c) && names::classify(w, self.lex, c) == SourceType::Person && !names::is_title_phrase(w, self.lex, c) && self.lex.prepositions.contains_lower(w, c.last + 1) {
                    return Some(Subject::Named(c));
                }
            }
            // `The Shopworkers' Alliance union, which represents …, said`: a
            // name and the noun saying what kind of body it is.
            if body.is_none() && end > opens && !w.cap(end) && self.lex.org_descriptors.contains_lower(w, end) {
                let head = if self.is_article(opens) && opens + 1 < end { opens + 1 } else { opens };
                if let Some(c) = self.names.ending(end - 1).filter(|c| c.first == head && w.plain(end)) {
                    if self.usable(c) && !self.is_code(c) {
                        body = Some(c);
                    }
                }
            }
            // (`A spokesperson for the Meridian Learning Trust, which runs
            // the academy, said`: a body's voice opening the clause speaks
            // for the body named right after it.)
            if body.is_none() && (opens == start || opens == clause) && self.lex.indefinite.contains_lower(w, opens) {
                if let Some(c) = self.voiced_body(opens + 1, end).filter(|c| self.usable(*c) && !self.is_code(*c)) {
                    return Some(Subject::Named(c));
                }
            }
            // (`Un operator din secție, angajat de 15 ani, spune`, `Unul
            // dintre ei, un bărbat din Botoșani, a povestit`: someone new,
            // described by an indefinite noun phrase.)
            let hides = (opens..end + 1).any(|a| self.lex.anonymity.starts_at(w, a));
            hidden |= hides;
            let describes_body = opens > clause && end > opens && end <= opens + 4 && self.lex.indefinite.contains_lower(w, opens) && !w.cap(end) && self.lex.org_descriptors.contains_lower(w, end);
            described_body |= describes_body;
            if hides
                || ((opens == start || opens == clause) && self.lex.indefinite.contains_lower(w, opens) && (opens + 1..end.min(opens + 4) + 1).any(|a| !w.cap(a) && self.lex.role_at(w, a)))
                || ((opens == start || w.gap_has(opens, ',')) && opens < end && self.indefinite_noun(opens) && !describes_body)
            {
                unnamed = true;
            }
            if (opens == start || opens == clause) && body.is_none() && described_body && !hidden {
                // The name opening the clause, whole (`United Bodegas of
                // America`: capitals and the connectors between them).
                let f = if self.is_article(opens) { opens + 1 } else { opens };
                let named = f <= end && w.cap(f) && w.cap(end) && (f..end + 1).all(|q| (q == f || w.plain(q)) && (w.cap(q) || self.lex.connectors.contains_lower(w, q) || self.lex.prepositions.contains_lower(w, q)));
                if named && end < f + 8 {
                    return Some(Subject::Named(Chunk { first: f, last: end }));
                }
            }
            if opens == start || opens == clause {
                // `The farmer, speaking in Leeds, said`, `He, too, said`: a
                // pronoun or a definite role heading the sentence, an aside
                // after it.
                // (`The Etobicoke councillor, who voted no, said`: a place or
                // a word between the article and the role.)
                if body.is_none() && !unnamed && end > opens && end <= opens + 2 && end < p {
                    if end == opens && self.is_pronoun(opens) && !self.lex.object_pronouns.contains_lower(w, opens) {
                        return Some(self.pronoun(opens));
                    }
                    if !w.cap(end) && self.lex.role_at(w, end) && (end == opens || self.lex.definite.contains_lower(w, opens) && (opens + 1..end + 1).all(|q| w.plain(q))) {
                        return Some(self.role_or_anonymous(end));
                    }
                }
                break;
            }
            end = opens - 1;
        }
        if let Some(c) = body.filter(|_| !hidden) {
            return Some(Subject::Named(c));
        }
        if unnamed {
            return Some(Subject::Anonymous);
        }
        let lower = w.lower(p);
        // (A short phrase of its own before the comma, not the object
        // closing a clause: `The High Court has ordered the release of a
        // trader, ruling that …` is no trader speaking.)
        let seg = (start.max(p.saturating_sub(8))..p + 1).rev().find(|&q| q == start || w.gap_has(q, ',')).unwrap_or(start);
        if !w.cap(p) && p <= seg + 3 && (self.lex.is_role(lower) || self.lex.report_nouns.contains(lower)) {
            return Some(self.role_or_anonymous(p));
        }
        None
    }

    /// A short code set off by commas, not a name: `D-N.Y.`, `R-Ky.`.
    pub fn is_code(&self, c: Chunk) -> bool {
        let w = &self.w;
        let t = names::text(w, c);
        let letter = |i: usize| names::n_chars(w.text(i)) == 1 && w.cap(i);
        names::n_chars(t) <= 2
            || (c.last > c.first && letter(c.first) && w.raw_gap_is(c.first + 1, "-"))
            || (c.first > 0 && w.raw_gap_is(c.first, "-") && letter(c.first - 1))
    }

    /// A lowercase noun naming a body mentioned earlier (`the institute`,
    /// `the guild`): it agrees with a word of a known organisation.
    pub fn is_body_noun(&self, lower: &str) -> bool {
        names::n_chars(lower) >= 4
            && self
                .find_recent(usize::MAX, &|&(_, i, _)| {
                    let k = &self.known[i];
                    Some(k.source_type != SourceType::Person && k.words.iter().any(|x| agrees(x, lower)))
                })
                .is_some()
    }

    /// Who the cue's subject is when it follows the cue: `said Ana Pop`,
    /// `a declarat ministrul Energiei, Ion Popescu`, `a adăugat ea`,
    /// `a precizat prefectul`. Stops before `limit`.
    pub fn subject_after(&self, cue: &Cue, limit: usize) -> Option<Subject> {
        let w = &self.w;
        let mut j = cue.first + cue.len;
        let limit = limit.min(w.len());
        if j >= limit || w.sent(j) != w.sent(cue.first) {
            return None;
        }
        // (A participle takes no subject after it: `…, saying her son had
        // “…”` opens the son's clause; the words are the sentence subject's.)
        if cue.len == 1 && w.lower(cue.first).ends_with("ing") && (self.is_pronoun(j) || self.lex.indefinite.contains_lower(w, j)) {
            return None;
        }
        // (Nor does a cue ending in its clause's opener, `…, ruling that his
        // detention was “…”`: what follows is what was said.)
        if cue.len > 1 && self.lex.subordinators.contains_lower(w, j - 1) {
            return None;
        }

        // `a declarat, joi, ministrul X` / `a declarat joi X`: skip a short
        // inserted time phrase.
        let mut skipped = 0;
        let skippable = |x: &str| self.lex.time_words.contains(x) || self.lex.skip_after_cue.contains(x);
        while j < limit && skipped < 3 && !w.cap(j) && (skippable(w.lower(j)) || w.gap_is(j, ",")) {
            if w.gap_is(j, ",") && !skippable(w.lower(j)) {
                break;
            }
            j += 1;
            skipped += 1;
        }
        // `a punctat, la rândul său, Ion Pop`, `a mai spus, la final, X`: a
        // short prepositional phrase of lowercase words set off by commas.
        // (`a transmis, într-un mesaj, X`: an elided article's hyphen;
        // `a transmis, într-un răspuns pentru Libertatea, X`: an outlet or
        // body named inside the phrase, passed whole.)
        if skipped == 0 && j < limit && w.gap_is(j, ",") && !w.cap(j) && self.lex.prepositions.contains_lower(w, j) {
            let mut q = j + 1;
            while q < (j + 6).min(limit) && (w.plain(q) || w.raw_gap_is(q, "-")) && !w.digit(q) && self.cue_at[q] == u32::MAX {
                if w.cap(q) {
                    match self.names.starting(q).filter(|&c| names::classify(w, self.lex, c) != SourceType::Person) {
                        Some(c) => q = c.last + 1,
                        None => break,
                    }
                    continue;
                }
                q += 1;
            }
            if q < limit && q > j + 1 && w.gap_is(q, ",") && w.sent(q) == w.sent(j) {
                j = q;
                skipped += 1;
            }
        }
        // `a declarat, pentru Digi24, ministrul X`: an outlet between commas.
        if j < limit && w.gap_is(j, ",") && !w.cap(j) {
            if let Some((m, _)) = self.lex.outlet_cues.at(w, j) {
                // (`pentru impactpress.ro`: a web address, whatever its case.)
                let site = |q: usize| crate::sources::domain_end(self, q + 1);
                let d = j + m;
                if let Some(c) = self.names.starting(d).or_else(|| (d < limit && w.plain(d) && site(d)).then_some(Chunk { first: d, last: d })) {
                    let web = site(c.last);
                    let k = c.last + 1 + usize::from(web);
                    let web = web || crate::sources::domain_end(self, c.last);
                    if (web || names::classify(w, self.lex, c) == SourceType::Outlet) && k < limit && w.gap_is(k, ",") && w.sent(k) == w.sent(j) {
                        j = k;
                        skipped += 1;
                    }
                }
            }
        }
        if j >= limit || !(w.plain(j) || (skipped > 0 && w.gap_only(j, &[',']))) {
            return None;
        }
        // (`says co-author Ravi Menon`: a prefix hyphened onto the role.)
        if j + 2 < limit && !w.cap(j) && !w.cap(j + 1) && w.raw_gap_is(j + 1, "-") && self.lex.role_at(w, j + 1) && !self.lex.role_at(w, j) {
            j += 1;
        }
        // `a transmis Europei Libere Compania X`, `a declarat Agerpres
        // ministrul`: an outlet in the dative, straight before the speaker.
        if let Some(c) = self.names.starting(j).filter(|&c| w.cap(j) && names::classify(w, self.lex, c) == SourceType::Outlet) {
            let k = c.last + 1;
            let voice = |k: usize| k + 1 < limit && w.plain(k + 1) && self.lex.indefinite.contains_lower(w, k) && self.lex.role_at(w, k + 1);
            if k + 1 < limit && w.plain(k) && w.sent(k) == w.sent(j) && (self.names.starting(k).is_some() || !w.cap(k) && (self.lex.role_at(w, k) || voice(k))) {
                j = k;
            }
        }
        // `said one Labour MP`, `said a senior Democrat`.
        if !w.cap(j) && self.lex.indefinite.contains_lower(w, j) {
            if let Some(c) = (j + 1..(j + 4).min(limit)).find(|&q| w.cap(q) || !w.plain(q)).and_then(|q| self.names.starting(q)) {
                if c.last < limit && self.indefinite_party(c) {
                    return Some(Subject::Anonymous);
                }
            }
        }
        // `a transmis într-un mesaj liderul USR, X`, `said in a statement
        // the group's director`: a short prepositional phrase before a role.
        // (`a scris pe pagina sa de Facebook deputatul X`: a platform or
        // body named inside the phrase too.)
        if !w.cap(j) && self.lex.prepositions.contains_lower(w, j) {
            let mut q = j + 1;
            let end = (j + 8).min(limit);
            while q < end && !w.digit(q) && (w.plain(q) || w.raw_gap_is(q, "-")) {
                // (`pentru Ziarul Financiar CEO-ul companiei`: a role in capitals.)
                if w.cap(q) && !(self.names.at(q).is_none() && self.lex.role_at(w, q)) {
                    // (`pentru Obiectiv medicul-șef X`: an outlet the lists do
                    // not know, right after the outlet's preposition and
                    // straight before the role.)
                    let outlet = |c: Chunk| q == j + 1 && self.lex.outlet_cues.starts_at(w, j) && c.last + 1 < end && w.plain(c.last + 1) && !w.cap(c.last + 1) && self.lex.role_at(w, c.last + 1);
                    match self.names.starting(q).filter(|&c| names::classify(w, self.lex, c) != SourceType::Person || outlet(c)) {
                        Some(c) => {
                            q = c.last + 1;
                            continue;
                        }
                        None => break,
                    }
                }
                if self.lex.role_at(w, q) {
                    // (`described at length his grandfather's ranch`: a
                    // role owning the noun after it is no subject.)
                    if q + 1 < end && w.lower(q + 1) == "s" && matches!(w.gap(q + 1), "’" | "'") {
                        return None;
                    }
                    if q > j + 1 && !self.lex.prepositions.contains_lower(w, q - 1) {
                        // (`… pentru G4Media un lider liberal`: from the
                        // article, so someone new stays unnamed.)
                        j = if self.lex.indefinite.contains_lower(w, q - 1) || self.lex.definite.contains_lower(w, q - 1) { q - 1 } else { q };
                    }
                    break;
                }
                q += 1;
            }
        }
        // `informează site-ul X`, `scrie publicația X`: the outlet's noun
        // (one word, or two joined by a hyphen) before its name.
        let hyphened = j + 2 < limit && w.raw_gap_is(j + 1, "-") && crate::sources::outlet_noun(self.lex, &[w.lower(j), w.lower(j + 1)].join("-"));
        let d = j + usize::from(hyphened);
        if !w.cap(j) && d + 1 < limit && w.plain(d + 1) && w.cap(d + 1) && (hyphened || crate::sources::outlet_noun(self.lex, w.lower(j))) && self.names.starting(d + 1).is_some() {
            j = d + 1;
        }
        // `told Reuters` names the audience, not the speaker.
        if self.lex.outlet_cues.starts_at(w, cue.first + cue.len - 1) {
            return None;
        }
        // (`intervened, warning Mokoena: “…”`: so does a participle of
        // speaking to someone, after a comma.)
        if w.gap_is(cue.first, ",") && self.lex.hearer_participles.contains_lower(w, cue.first + cue.len - 1) {
            return None;
        }
        if let Some((m, _)) = self.lex.outlet_cues.at(w, j) {
            if let Some(c) = self.names.starting(j + m) {
                // (`pentru „Adevărul” purtătorul …`: the outlet's name in quotation marks.)
                if names::classify(w, self.lex, c) == SourceType::Outlet && c.last + 1 < limit && w.gap_only(c.last + 1, &['”', '“', '"', '»']) {
                    j = c.last + 1;
                }
            }
        }
        // `said the Speaker, Hon. Tajudeen Abbas`, `said the minority whip,
        // X`: after the article, a role of one to three words (a capitalised
        // office too) set off by a comma before a person's full name, who
        // is the speaker.
        if !w.cap(j) && self.lex.definite.contains_lower(w, j) {
            let mut q = j + 1;
            while q < (j + 4).min(limit) && w.plain(q) && !w.digit(q) && self.cue_at[q] == u32::MAX && !self.lex.prepositions.contains_lower(w, q) {
                q += 1;
            }
            if q > j + 1 && q < limit && w.gap_is(q, ",") && w.sent(q) == w.sent(j) && (j + 1..q).any(|k| self.lex.role_at(w, k)) {
                let person = |n: Chunk| names::strip_titles(w, self.lex, n).is_some_and(|s| s.last > s.first && names::classify(w, self.lex, s) == SourceType::Person);
                if let Some(n) = self.names.starting(q).filter(|&n| n.last < limit && person(n) && self.usable(n) && self.ends_clause(n.last)) {
                    return Some(Subject::Named(n));
                }
            }
        }
        // (`added her husband, Frank`: a pronoun that is also a possessive,
        // before a plain noun, is the possessive.)
        let possessive = self.lex.indefinite.contains_lower(w, j) && j + 1 < limit && w.plain(j + 1) && !w.cap(j + 1) && !self.lex.prepositions.contains_lower(w, j + 1);
        if self.is_pronoun(j) && !possessive {
            return Some(self.pronoun(j));
        }
        // `said Smith's lawyer, Mary Doyle`, `said Tesco's chief executive
        // Mary Doyle`: a possessive name and a role, then the person.
        if let Some(c) = self.names.starting(j) {
            let r = c.last + 2;
            if r < limit && w.lower(c.last + 1) == "s" && names::has_any(w.gap(c.last + 1), &['’', '\'']) && w.sent(r) == w.sent(j) {
                // (One to three lowercase words, the role, then the name.)
                let noun = |q: usize| w.plain(q) && !w.cap(q) && !w.digit(q) && !self.lex.prepositions.contains_lower(w, q) && !self.lex.conjunctions.starts_at(w, q);
                // (`said Stats SA's chief director of social statistics, X`:
                // the role's own of-phrase, when a comma sets the name off.)
                let of_at = (r + 1 < limit && w.plain(r + 1) && self.lex.prepositions.contains_lower(w, r + 1)) || (r + 2 < limit && w.plain(r + 2) && self.lex.prepositions.contains_lower(w, r + 2));
                let ahead = (r + 1..(r + 8).min(limit)).find(|&q| w.cap(q) || !(noun(q) || of_at && q <= r + 2) || !of_at && q >= r + 4);
                if let Some(q) = ahead {
                    let set_off = (w.plain(q) && !of_at) || w.gap_is(q, ",");
                    if noun(r) && set_off {
                        if let Some(n) = self.names.starting(q).filter(|&n| n.last > n.first && names::classify(w, self.lex, n) == SourceType::Person && self.usable(n) && self.ends_clause(n.last)) {
                            return Some(Subject::Named(n));
                        }
                    }
                }
            }
        }
        // `said one, Nomsa Radebe`, `said one, retired driver Tam Hale`:
        // one of a group just mentioned, then the person set off by a comma
        // (a few lowercase role words before the name).
        if !w.cap(j) && self.lex.indefinite.contains_lower(w, j) && j + 1 < limit && w.gap_is(j + 1, ",") {
            let mut q = j + 1;
            while q < (j + 5).min(limit) && !w.cap(q) && !w.digit(q) && (q == j + 1 || w.plain(q)) {
                q += 1;
            }
            if let Some(c) = self.names.starting(q).filter(|&c| q < limit && (q == j + 1 || w.plain(q)) && names::classify(w, self.lex, c) == SourceType::Person && self.usable(c)) {
                if names::starts_any(w.gap_after(c.last).trim_start(), &[',', '.']) || c.last + 1 >= limit {
                    return Some(Subject::Named(c));
                }
            }
        }
        let mut indefinite = false;
        let article = self.is_article(j) || (!w.cap(j) && self.lex.indefinite.contains_lower(w, j));
        if article && j + 1 < limit && w.plain(j + 1) {
            indefinite = self.lex.indefinite.contains_lower(w, j);
            j += 1;
            // (`said the Australian`: someone described by origin.)
            if let Some(c) = self.names.starting(j).filter(|&c| self.described_by_origin(c) && self.ends_clause(c.last)) {
                return Some(Subject::Role(c.first));
            }
            // `said the study’s lead author, Dr. X`: past a possessive and a
            // modifier or two to the role it qualifies.
            if !indefinite && j + 2 < limit && w.lower(j + 1) == "s" && matches!(w.gap(j + 1), "’" | "'") && w.plain(j + 2) {
                let mut r = j + 2;
                while r < (j + 5).min(limit) && !w.cap(r) && !self.lex.role_at(w, r) && r + 1 < limit && w.plain(r + 1) {
                    r += 1;
                }
                if r < limit && !w.cap(r) && self.lex.role_at(w, r) {
                    j = r;
                }
            }
        }
        // `a adăugat fostul ministru`, `said the former minister`: the role
        // after an adjective that only dates it.
        while j + 1 < limit && !w.cap(j) && self.lex.role_adjectives.contains_lower(w, j) && w.plain(j + 1) && self.lex.role_at(w, j + 1) {
            j += 1;
        }
        if article && !indefinite {
            if let Some(s) = self.described_after_cue(j, limit) {
                return Some(s);
            }
        }
        if indefinite {
            // `said a supporter who gave her name only as Wanjiku`.
            if let Some(c) = self.given_name_in(j, (j + 12).min(limit)) {
                return Some(Subject::Named(c));
            }
            // `a comentat un vecin al doamnei Pop, Ștefan Vlad, inginer`: the
            // person the indefinite phrase is set off from by a comma.
            // (`said her sister Claire`: or, with no comma, right after a
            // possessive's role or kin noun.)
            let kin_name = |q: usize| q == j + 1 && w.plain(q) && w.cap(q) && self.is_article(j - 1) && self.lex.role_at(w, j);
            if let Some(q) = (j + 1..(j + 8).min(limit).min(w.sentence_end(w.sent(j)))).find(|&q| w.gap_has(q, ',') || kin_name(q)) {
                // (`added her husband, Frank`: a lone known first name too.)
                let full = |c: Chunk| c.last > c.first || names::given_parts(self.lex, w.lower(c.first));
                if let Some(c) = self.names.starting(q).filter(|&c| full(c) && names::classify(w, self.lex, c) == SourceType::Person && self.usable(c)) {
                    // (Or an age in brackets after it: `said his sister,
                    // Aisling Fitzpatrick (27), who organised …`.)
                    let aged = w.gap_after(c.last).trim() == "(" && c.last + 1 < limit && w.digit(c.last + 1);
                    if names::starts_any(w.gap_after(c.last).trim_start(), &[',', '.']) || aged || c.last + 1 >= limit {
                        return Some(Subject::Named(c));
                    }
                }
            }
            // `said a senior House Republican aide`, `a povestit o pasageră
            // care …`: an indefinite noun phrase is someone new. Its head is
            // a role (whose body, for a spokesperson, may be named before
            // it: `said a Halvern spokesman`) or any plain noun; a document
            // or a preposition leaves the name after it to the code below.
            let mut q = j;
            let mut body = None;
            let mut plain_np = true;
            while q < (j + 5).min(limit) && w.sent(q) == w.sent(j) && (q == j || w.plain(q)) {
                let x = w.lower(q);
                if !w.cap(q) && self.lex.is_role(x) {
                    break;
                }
                if w.cap(q) {
                    match self.names.starting(q) {
                        Some(c) => {
                            body = Some(c);
                            q = c.last + 1;
                            continue;
                        }
                        None => {
                            plain_np = false;
                            break;
                        }
                    }
                }
                // (`a spus un localnic pentru Agerpres`: a preposition after
                // the noun ends the phrase; the name after it is not its head.)
                if q > j && self.lex.prepositions.contains(x) && !self.lex.report_nouns.contains_lower(w, q - 1) && !self.lex.doc_nouns.contains_lower(w, q - 1) {
                    break;
                }
                if w.digit(q) || self.lex.prepositions.contains(x) || self.lex.report_nouns.contains(x) || self.lex.doc_nouns.contains(x) || self.lex.body_documents.contains(x) {
                    plain_np = false;
                    break;
                }
                // Two plain words with neither a role: the phrase has ended
                // (`o pasageră care călătorea …`).
                if q > j && !w.cap(q - 1) {
                    break;
                }
                q += 1;
            }
            let role_at = q < limit && w.sent(q) == w.sent(j) && w.plain(q) && !w.cap(q) && self.lex.role_at(w, q);
            if role_at {
                if let Some(c) = body {
                    // (`said a Tesco spokesman`: a name no first name marks as a
                    // person's is the body the spokesman speaks for.)
                    let body_like = names::classify(w, self.lex, c) != SourceType::Person || !self.person_evidence(c);
                    if self.lex.body_voices.contains_lower(w, q) && body_like && self.usable(c) {
                        return Some(Subject::Named(c));
                    }
                }
                j = q;
            } else if plain_np && body.is_none() && q > j {
                return Some(Subject::Anonymous);
            }
        }
        while indefinite && j + 1 < limit && !w.cap(j) && !self.lex.role_at(w, j) && w.plain(j + 1) {
            j += 1; // `a senior official`
        }
        if indefinite && self.lex.role_at(w, j) {
            // `said a spokesperson for the Justice Department`: the body, else nobody named.
            for q in j + 1..(j + 5).min(limit) {
                if w.sent(q) != w.sent(j) || names::has_any(w.gap(q), &[',', '.', ';', ':']) {
                    break;
                }
                if let Some(c) = self.names.starting(q) {
                    // `said their lawyer Mary Doyle`: a full name right after
                    // the role is the role's holder.
                    if q == j + 1 && c.last > c.first && names::classify(w, self.lex, c) == SourceType::Person && self.usable(c) && self.ends_clause(c.last) {
                        return Some(Subject::Named(c));
                    }
                    // (`a spus o vecină pentru Mediafax`: the outlet she
                    // spoke to, not her body.)
                    if names::classify(w, self.lex, c) == SourceType::Outlet && self.lex.outlet_cues.starts_at(w, q - 1) {
                        break;
                    }
                    // (`a strigat un deputat PSD`: a member of the party
                    // whose acronym follows the role, not its voice.)
                    let x = w.lower(j);
                    // (Nor `o elevă de clasa a XI-a`: a rank, no name.)
                    if q == j + 1 && names::all_caps(w.text(q)) && !self.lex.body_voices.contains(x) && !self.lex.is_proxy_role(x) || !self.usable(c) {
                        break;
                    }
                    return Some(self.body_of_unnamed(c, limit));
                }
            }
            return Some(Subject::Anonymous);
        }
        // (`posted on LinkedIn that …`: a name after a preposition is its
        // object, a platform or a place.)
        if j > cue.first + cue.len && self.lex.prepositions.contains_lower(w, j - 1) && self.names.starting(j).is_some() {
            return None;
        }
        // `a transmis Europei Libere primarul comunei, X`: an outlet or body
        // in the dative run straight into the role that names the speaker
        // (a speaker's own name is set off from a role after it by a comma).
        if let Some(c) = self.names.starting(j) {
            let r = c.last + 1;
            if r + 1 < limit && w.plain(r) && !w.cap(r) && self.lex.role_at(w, r) && w.sent(r) == w.sent(j) {
                j = r;
            }
        }
        // `a declarat pentru Libertatea salvamarul Ion Pop`, `a precizat
        // salvamarul Ion Pop`: a noun the role list does not know, then a
        // full name closing the clause: the name is the subject.
        if j + 1 < limit && w.plain(j) && w.plain(j + 1) && !w.cap(j) && !w.digit(j) && !self.lex.role_at(w, j) && self.cue_at[j] == u32::MAX {
            let x = w.lower(j);
            let function_word = self.lex.prepositions.contains(x) || self.lex.subordinators.contains(x) || self.lex.conjunctions.starts_at(w, j) || self.lex.time_words.contains(x) || self.is_article(j) || self.lex.indefinite.contains(x) || self.lex.not_names.contains(x) && !self.lex.role_at(w, j + 1) || self.lex.plural_role(x);
            // (`said police spokesperson Captain Sipho Ntuli`: a body's
            // common noun before the role qualifies it.)
            if !function_word {
                // (`said local resident Ana Pop`, `said retired teacher Ana
                // Pop`: a qualifier and a noun.)
                let second = |q: usize| q < limit && w.plain(q) && !w.cap(q) && !w.digit(q) && self.cue_at[q] == u32::MAX && !self.lex.prepositions.contains_lower(w, q) && !self.lex.conjunctions.starts_at(w, q) && !self.lex.subordinators.contains_lower(w, q) && !self.lex.not_names.contains_lower(w, q);
                // (`said opposition treasury spokesman Ana Pop`: two.)
                let mut at = j + 1;
                while at < j + 3 && second(at) && at + 1 < limit && w.plain(at + 1) && self.names.starting(at).is_none() {
                    at += 1;
                }
                // (`râde amar Marinel`: a lone known first name too.)
                if let Some(c) = self.names.starting(at).filter(|&c| (c.last > c.first || names::given_parts(self.lex, w.lower(c.first))) && names::classify(w, self.lex, c) == SourceType::Person && self.usable(c) && self.ends_clause(c.last)) {
                    return Some(Subject::Named(c));
                }
                // (`says health chief`: a qualified role closing the clause,
                // no name after it, is its holder.)
                if self.lex.role_at(w, j + 1) && !w.cap(j + 1) && !self.lex.plural_role(w.lower(j + 1)) && self.ends_clause(j + 1) {
                    return Some(Subject::Role(j + 1));
                }
            }
        }
        if let Some(c) = self.names.starting(j) {
            // `said Democratic pollster Ana Pop`: a capitalised qualifier of
            // the role before the name.
            // (`said Walgett grain grower X`: a lowercase qualifier first.)
            let mut r = c.last + 1;
            if r + 2 < limit && w.plain(r) && w.plain(r + 1) && !w.cap(r) && !w.cap(r + 1) && !self.lex.role_at(w, r) {
                r += 1;
            }
            // (`said Surf Life Saving Queensland patrol captain X`: or a
            // body's name of a few words, none of them showing a person.)
            let body = || c.last > c.first && c.last <= c.first + 4 && (names::classify(w, self.lex, c) != SourceType::Person || !self.person_evidence(c));
            if (c.first == c.last || body()) && r + 1 < limit && w.plain(r) && w.plain(r + 1) && (!w.cap(r) && self.lex.role_at(w, r) || self.lex.titles.contains_lower(w, r)) {
                if let Some(n) = self.names.starting(r + 1).filter(|&n| names::classify(w, self.lex, n) == SourceType::Person && self.usable(n) && self.ends_clause(n.last)) {
                    return Some(Subject::Named(n));
                }
            }
            // `said Minister of State for Trade and the Environment Dr Ana
            // Pop`: an office alone, its long complement, then the holder.
            if names::strip_titles(w, self.lex, c).is_none() {
                let mut q = c.last + 1;
                while q < (c.last + 12).min(limit) && w.plain(q) && w.sent(q) == w.sent(j) {
                    if let Some(n) = self.names.starting(q) {
                        // (Or a holder run into the complement: `said Minister
                        // for Finance Ana Pop`.)
                        if (names::strip_titles(w, self.lex, n).is_some_and(|s| s.first > n.first) || self.office_run_holder(n).is_some()) && self.named(n).1 == SourceType::Person && self.usable(n) && self.ends_clause(n.last) {
                            return Some(Subject::Named(n));
                        }
                        q = n.last + 1;
                    } else if self.lex.connectors.contains_lower(w, q) || self.lex.prepositions.contains_lower(w, q) {
                        q += 1;
                    } else {
                        break;
                    }
                }
            }
            if names::is_title_phrase(w, self.lex, c) {
                // `a declarat Lt. col. Ion Pop`: a capitalised abbreviated
                // rank, lowercase abbreviated ones, then the name.
                let mut q = c.last + 1;
                while q < limit && q < c.last + 3 && w.gap_is(q, ".") && !w.cap(q) && self.lex.abbreviations.contains_lower(w, q) {
                    q += 1;
                }
                if q > c.last + 1 && q < limit && w.gap_is(q, ".") {
                    if let Some(b) = self.names.starting(q).filter(|&b| names::classify(w, self.lex, b) == SourceType::Person && self.usable(b)) {
                        return Some(Subject::Named(b));
                    }
                }
                // `a declarat ministrul Energiei, Ion Popescu`
                let n = c.last + 1;
                if n < limit && w.gap_has(n, ',') {
                    if let Some(b) = self.names.starting(n) {
                        return self.usable(b).then_some(Subject::Named(b));
                    }
                }
                return Some(Subject::Role(c.first));
            }
            // `said Durban and Coast SPCA inspector Zanele Dlamini`: a
            // body's name, joined by its connectors, qualifying the role
            // before the person.
            let mut q = c.last + 1;
            while q < (c.last + 8).min(limit) && w.plain(q) {
                if let Some(n) = self.names.starting(q) {
                    if names::classify(w, self.lex, n) == SourceType::Person {
                        break;
                    }
                    q = n.last + 1;
                } else if self.lex.connectors.contains_lower(w, q) {
                    q += 1;
                } else {
                    break;
                }
            }
            if q > c.last + 2 && q + 1 < limit && w.plain(q) && w.plain(q + 1) && !w.cap(q) && self.lex.role_at(w, q) {
                if let Some(n) = self.names.starting(q + 1).filter(|&n| names::classify(w, self.lex, n) == SourceType::Person && self.usable(n) && self.ends_clause(n.last)) {
                    return Some(Subject::Named(n));
                }
            }
            // (`says HSE chief`: a body's name and its role closing the
            // clause, no name after it: the role's holder.)
            let r = c.last + 1;
            if (names::classify(w, self.lex, c) != SourceType::Person || !self.person_evidence(c)) && r < limit && w.plain(r) && !w.cap(r) && self.lex.role_at(w, r) && !self.lex.plural_role(w.lower(r)) && self.ends_clause(r) {
                return Some(Subject::Role(r));
            }
            return (self.usable(c) && self.ends_clause(c.last)).then_some(Subject::Named(c));
        }
        // `au reținut judecătorii Curții de Apel X`, `susțin procurorii DNA`:
        // the body named right after its kind noun, not one named before.
        if !w.cap(j) && j + 1 < limit && w.plain(j + 1) && self.lex.body_heads(w.lower(j)).is_some() {
            if let Some(c) = self.names.starting(j + 1).filter(|&c| names::classify(w, self.lex, c) != SourceType::Person && self.usable(c)) {
                return Some(Subject::Named(c));
            }
        }
        // `au reținut judecătorii`, `a decis instanța`: a body named earlier, by its kind.
        if !w.cap(j) && self.ends_clause(j) && self.body_of_kind(w.list[j].start, w.lower(j)).is_some() {
            return Some(Subject::Role(j));
        }
        // (`au transmis cei de la ISU Brașov`: those at a body speak for it.)
        if let Some(c) = crate::sources::member_body_after(self, j, limit) {
            return Some(Subject::Named(c));
        }
        // `au transmis reprezentanții Ministerului Finanțelor`: people speaking
        // for a body, unnamed, make the body the source.
        if !w.cap(j) && (self.lex.not_names.contains_lower(w, j) || self.lex.plural_role(w.lower(j))) {
            for q in j + 1..(j + 4).min(limit) {
                if !w.plain(q) {
                    break;
                }
                // (`au precizat reprezentanții ministerului`: a body named
                // earlier, by its kind.)
                if q == j + 1 && !w.cap(q) && self.ends_clause(q) && self.is_body_noun(w.lower(q)) {
                    return Some(Subject::Role(q));
                }
                if let Some(c) = self.names.starting(q) {
                    // `au declarat deputații PSD Ioana Rădulescu și Marian
                    // Pop`: plural role, party, then the people themselves.
                    if let Some(n) = self.person_after_party(c, limit) {
                        return Some(Subject::Named(n));
                    }
                    return Some(self.body_of_unnamed(c, limit));
                }
            }
            return Some(Subject::Anonymous);
        }
        if self.lex.role_at(w, j) {
            let role = j;
            // A one-word run after a role is a genitive (`șeful
            // Executivului`) unless it names a known person (`analistul Pop`).
            // `consilierul local Vlad Erdei`, `medicul infecționist Ana Pop`:
            // a lowercase word or two qualifying the role before the name.
            // `comisarul-șef Ion Pop`: the role's hyphened part.
            while j + 1 < limit && w.raw_gap_is(j + 1, "-") && !w.cap(j + 1) {
                j += 1;
            }
            // (`meteorologul de serviciu Ana Pop`, `medicul de familie X`: a
            // short prepositional qualifier too.)
            let mut n0 = j + 1;
            let mut preposition = false;
            while n0 < (j + 4).min(limit)
                && w.plain(n0)
                && !w.cap(n0)
                && !w.digit(n0)
                && (!self.lex.prepositions.contains_lower(w, n0) || (n0 == j + 1 && !preposition))
                && self.cue_at[n0] == u32::MAX
            {
                preposition |= self.lex.prepositions.contains_lower(w, n0);
                n0 += 1;
            }
            if !(n0 < limit && w.cap(n0)) || (preposition && n0 == j + 2) {
                n0 = j + 1;
            }
            // `dr. Ștefan Iordache`: an abbreviated title's dot.
            let abbrev = n0 == j + 1 && n0 < w.list.len() && self.lex.abbreviations.contains_lower(w, j) && w.gap_is(n0, ".");
            // (`prof. univ. dr. Ana Pop`: a run of abbreviated titles; `cms.
            // șef Ion Pop`: the last one may be a whole word.)
            while abbrev && n0 + 1 < limit && n0 < j + 4 && !w.cap(n0) && self.lex.titles.contains_lower(w, n0) && (w.gap_is(n0 + 1, ".") || w.raw_gap_is(n0 + 1, " ") && w.cap(n0 + 1)) {
                n0 += 1;
            }
            let next_name = (n0 < limit && (w.plain(n0) || abbrev))
                .then(|| self.names.starting(n0))
                .flatten()
                // `deputații PSD Ioana Rădulescu`: past the party.
                .map(|c| self.person_after_party(c, limit).unwrap_or(c))
                .filter(|&c| names::classify(w, self.lex, c) == SourceType::Person && self.ends_clause(c.last))
                // (`părintele Vasile`: a first name alone after the role.)
                // (`antrenorul Farului` after `Antrenorul Farului, X`: a word
                // in the genitive is the role's body, though met in a name.)
                // (`ÎPS Teodosie`, `pr. Ilie`: a clergy name alone after its
                // abbreviated title.)
                // (`antrenorul Farului Constanța`, `președintele Republicii
                // Moldova`: a run opening with a genitive, which no name
                // ends in, is the role's body.)
                .filter(|&c| c.last > c.first && !self.genitive_run(c) || self.known_type(c) == Some(SourceType::Person) && !names::suffixed(&self.lex.genitive_endings, w.lower(c.first), 2) || names::given(self.lex, w.lower(c.first)) && !self.lex.role_at(w, c.first) || (abbrev || names::all_caps(w.text(j))) && self.lex.titles.contains_lower(w, j)
                    // (`tanti Aurica`, `doamna Pop`: a form of address with
                    // no article on it before a lone name, not a genitive.)
                    || self.lex.titles.contains_lower(w, j) && !names::suffixed(&self.lex.article_endings, w.lower(j), 2) && !names::suffixed(&self.lex.genitive_endings, w.lower(c.first), 2) && !names::all_caps(w.text(c.first)));
            // `ministrul Finanțelor, Tudor Ene`: the apposition is the name.
            if let Some(c) = next_name {
                let n = c.last + 1;
                let apposed = (n < limit && w.gap_is(n, ",")).then(|| self.names.starting(n)).flatten();
                match apposed {
                    Some(b) if (c.first == c.last || c.first > j + 1 || self.complement_before_name(c)) && self.usable(b) && names::classify(w, self.lex, b) == SourceType::Person => {
                        return Some(Subject::Named(b))
                    }
                    _ => return Some(Subject::Named(c)),
                }
            }
            // (Far enough for a body's long name: `purtătorul de cuvânt al
            // Inspectoratului pentru Situații de Urgență (ISU) Vrancea, X`.)
            let end = (j + 14).min(limit);
            let mut q = j + 1;
            while q < end && w.sent(q) == w.sent(role) {
                let mut g = w.gap(q);
                // (A body's own name in marks goes on: `Teatrului „Ion Pop”, X`.)
                if let Some((k, b)) = names::quoted_tail(w, self.lex, q - 1).filter(|&(k, _)| k + 1 < end) {
                    q = k + 1;
                    g = &w.text[b..w.list[q].start];
                    // (`economista IDIS «Viitorul» Elena Pop`: the holder
                    // right after the body's marks, from a first name.)
                    if g.trim().is_empty() && names::given_parts(self.lex, w.lower(q)) {
                        if let Some(c) = self.names.starting(q).filter(|&c| c.last > c.first && names::classify(w, self.lex, c) == SourceType::Person && self.usable(c) && self.ends_clause(c.last)) {
                            return Some(Subject::Named(c));
                        }
                    }
                }
                // (So do the dot of a body's number: `Școlii nr. 5`.)
                if names::has_any(g, &['.', '!', '?', ':', ';', '“', '”', '„', '«', '»', '"']) && !self.names.at(q).is_some_and(|c| c.first < q) {
                    break;
                }
                // (`pentru Digi24` ends the phrase; `pentru Situații de
                // Urgență` inside a body's name does not.)
                let outlet = self.names.at(q).is_none() && self.lex.outlet_cues.at(w, q).is_some_and(|(m, _)| self.names.starting(q + m).map_or(true, |c| names::classify(w, self.lex, c) == SourceType::Outlet));
                if outlet || self.lex.prefix_cues.starts_at(w, q) {
                    break;
                }
                if g.contains(',') {
                    // (`…, dr. Maria Pop`: past a run of abbreviated titles,
                    // `conf. univ. dr. ing. Maria Pop`.)
                    let mut n = q;
                    while n < end && n < q + 4 && !w.cap(n) && self.lex.titles.contains_lower(w, n) && n + 1 < end && w.gap_is(n + 1, ".") {
                        n += 1;
                    }
                    // (`…, profesoara Ana Pop`: past a second role; a rank
                    // with its hyphened part and a qualifier, `comisarul-șef
                    // Ion Pop`, `agent-șef principal Ana Pop`.)
                    // (`…, danezul Ion Pop`: a noun with its article written
                    // on it, describing where the full name after it is from.)
                    let described = n == q && n + 2 < end && !w.cap(n) && names::suffixed(&self.lex.article_endings, w.lower(n), 2) && self.names.starting(n + 1).is_some_and(|c| c.last > c.first && names::classify(w, self.lex, c) == SourceType::Person);
                    if described {
                        n += 1;
                    } else if n == q && n + 1 < end && !w.cap(n) && self.lex.role_at(w, n) {
                        let mut r = n + 1;
                        while r < end && w.raw_gap_is(r, "-") && !w.cap(r) {
                            r += 1;
                        }
                        let mut extra = 0;
                        while extra < 2 && r < end && w.plain(r) && !w.cap(r) && !w.digit(r) && !self.lex.prepositions.contains_lower(w, r) && self.cue_at[r] == u32::MAX {
                            r += 1;
                            extra += 1;
                        }
                        if r < end && w.plain(r) && w.cap(r) {
                            n = r;
                        }
                    }
                    if let Some(c) = self.names.starting(n) {
                        if self.usable(c) {
                            return Some(Subject::Named(c));
                        }
                    }
                }
                q += 1;
            }
            // `a recunoscut mama unui elev`, `said the father of a pupil`: a
            // role tied to someone unnamed is someone new.
            let x = |k: usize| if k < limit && w.plain(k) { w.lower(k) } else { "" };
            if self.lex.indefinite.contains(x(j + 1)) || (self.lex.prepositions.contains(x(j + 1)) && self.lex.indefinite.contains(x(j + 2))) {
                return Some(Subject::Anonymous);
            }
            return Some(Subject::Role(role));
        }
        // `a transmis clubul`, `a precizat instituția`: a noun for a body
        // named earlier, ending the clause, is that body speaking.
        let x = w.lower(j);
        if !w.cap(j) && (self.is_body_noun(x) || self.lex.org_descriptors.contains(x)) && self.ends_clause(j) {
            return Some(Subject::Role(j));
        }
        None
    }

    /// The cue's subject before it, else, for a cue that can open an
    /// inverted attribution, after it (before `limit`).
    pub fn subject_of(&self, cue: &Cue, limit: usize) -> Option<Subject> {
        self.subject_before(cue).or_else(|| if self.inverted(cue) { self.subject_after(cue, limit) } else { None })
    }

    /// True when the name ending at word `i` ends its clause: punctuation,
    /// the end, or an outlet or prefix cue follows (`said Ana Pop, …`,
    /// `a explicat Ion Pop pentru …`), not a possessive or a noun.
    #[inline(never)]
    pub fn ends_clause(&self, i: usize) -> bool {
        let w = &self.w;
        // (A body's own name in marks after it, `Teatrul „Ion Pop”, …`: past it.)
        let (i, g) = match names::quoted_tail(w, self.lex, i) {
            Some((k, b)) => (k, &w.text[b..w.list.get(k + 1).map_or(w.text.len(), |x| x.start)]),
            None => (i, w.gap_after(i)),
        };
        let g = g.trim_start();
        if names::starts_any(g, &[',', '.', ':', ';', '!', '?', '—', '–', ')', '(']) || i + 1 >= w.len() {
            return true;
        }
        // A plain word next ends the clause when it opens a phrase or clause
        // of its own (`a declarat Ion Pop în ședință`, `said Pop on Monday`,
        // `said Pop, who …`), not when it is a verb (`said Tokyo would fund …`).
        let x = w.lower(i + 1);
        if g.is_empty() && (w.cap(i + 1) || self.lex.prepositions.contains(x) || self.lex.indefinite.contains(x) || self.lex.time_words.contains(x) || self.lex.subordinators.contains(x) || self.lex.coordinators.contains(x)) {
            return true;
        }
        // (`le repetă antrenorul Ion Pop jucătorilor.`: one noun in the
        // dative closing the clause is whom the words were said to.)
        if g.is_empty() && w.plain(i + 1) && !w.digit(i + 1) && names::suffixed(&self.lex.genitive_endings, x, 4) && (i + 2 >= w.len() || names::starts_any(w.gap_after(i + 1).trim_start(), &[',', '.', ';', '!', '?'])) {
            return true;
        }
        i + 1 < w.len()
            && w.plain(i + 1)
            && (self.lex.outlet_cues.starts_at(w, i + 1) || self.lex.prefix_cues.starts_at(w, i + 1) || self.cue_at[i + 1] != u32::MAX)
    }

    /// True when a cue can open an inverted attribution (`…, a anunțat
    /// Ministerul Energiei`): it follows a comma, a quote or a sentence start.
    pub fn inverted(&self, cue: &Cue) -> bool {
        let w = &self.w;
        let k = cue.first;
        k == w.sentence_start(w.sent(k)) || names::has_any(w.gap(k), &[',', '“', '”', '„', '«', '»', '"', '—', '–'])
    }

    /// The name (title-stripped for people) and type of a named subject.
    pub fn named(&self, c: Chunk) -> (Chunk, SourceType) {
        if let Some(h) = self.office_run_holder(c) {
            return (h, SourceType::Person);
        }
        // (`Cook County state’s attorney’s office`: a body, its role words no titles.)
        if !self.w.cap(c.last) && crate::sources::office_before(self, c.last) == Some(c) {
            return (c, SourceType::Organization);
        }
        // (`the Polish government`: a people's adjective and a body's noun.)
        if !self.w.cap(c.last) && c.last > c.first && crate::sources::demonym_body(self, Chunk { first: c.first, last: c.first }) == Some(c) {
            return (c, SourceType::Organization);
        }
        let c = names::with_article(&self.w, self.lex, c);
        // Titles first: `Senate Minority Leader Mitch McConnell` is a person
        // even though `Senate` names a body.
        if let Some(s) = names::strip_titles(&self.w, self.lex, c).filter(|&s| s != c) {
            if names::classify(&self.w, self.lex, s) == SourceType::Person {
                return (s, self.known_type(s).unwrap_or(SourceType::Person));
            }
        }
        let mut t = names::classify(&self.w, self.lex, c);
        // `Gaines, a former crane operator,` after `Harold Gaines`: still the person.
        if t == SourceType::Organization && c.first == c.last && self.known_person(c) && !self.lex.organizations.exact(&self.w, c.first, c.last) {
            t = SourceType::Person;
        }
        // `Corvell` after `Corvell Pharmaceuticals`: the company again; and
        // `Nordwood Furniture` after `producătorul de mobilă Nordwood`.
        if t == SourceType::Person && (c.first == c.last || !self.person_evidence(c)) && self.org_name_words.contains_lower(&self.w, c.first) && self.known_type(c) != Some(SourceType::Person) {
            t = SourceType::Organization;
        }
        if t == SourceType::Person {
            if let Some(s) = names::strip_titles(&self.w, self.lex, c) {
                // A lone word matching a known body stays that body; a full
                // name stays a person.
                let known = if s.first == s.last && !self.known_person(s) { self.known_type(s) } else { None };
                return (s, known.unwrap_or(t));
            }
        }
        (c, t)
    }

    /// True when a run of words opens with a genitive that is no first name
    /// (`Republicii Moldova`, `Farului Constanța`): after a role, its body.
    pub fn genitive_run(&self, c: Chunk) -> bool {
        let x = self.w.lower(c.first);
        c.last > c.first && names::suffixed(&self.lex.genitive_endings, x, 4) && !names::given(self.lex, x)
    }

    /// True when the text shows the run is a person's name: a first name the
    /// language data knows (either part of a hyphenated one, first or, for
    /// surname-first languages, last), or a person already known.
    pub fn person_evidence(&self, c: Chunk) -> bool {
        let (w, lex) = (&self.w, self.lex);
        let first_name = |x: &str| names::given_parts(lex, x);
        (c.last > c.first && (first_name(w.lower(c.first)) || lex.trailing_first_names.contains_lower(w, c.last))) || self.known_person(c)
    }

    /// A run right after a role that is the role's complement, not a name:
    /// a person's name set off after it (`ministrul Apărării Naționale,
    /// Ion Pop`) shows a first name where the run shows none.
    fn complement_before_name(&self, c: Chunk) -> bool {
        let w = &self.w;
        let n = c.last + 1;
        if n >= w.len() || !w.gap_is(n, ",") || self.person_evidence(c) {
            return false;
        }
        // (`șeful Departamentului pentru …, Raed Arafat`: a genitive run is
        // the role's complement even when the name after it shows no known
        // first name.)
        let x = w.lower(c.first);
        let genitive = c.last > c.first && names::suffixed(&self.lex.genitive_endings, x, 2);
        self.names.starting(n).is_some_and(|b| names::classify(w, self.lex, b) == SourceType::Person && (self.person_evidence(b) || (genitive && b.last > b.first)))
    }

    /// True when some known person's name covers the chunk's words.
    pub fn known_person(&self, c: Chunk) -> bool {
        let words = self.chunk_words(c);
        words.iter().any(|x| {
            self.by_word.get(x).is_some_and(|v| {
                v[v.len().saturating_sub(20)..].iter().any(|&i| self.known[i].source_type == SourceType::Person && !self.known[i].anonymous && covered(&words, &self.known[i].words))
            })
        })
    }

    fn known_type(&self, c: Chunk) -> Option<SourceType> {
        self.lookup(&self.chunk_words(c)).map(|i| self.known[i].source_type)
    }

    /// The known entry a mention's words agree with (a re-mention).
    fn lookup(&self, words: &[String]) -> Option<usize> {
        // The most recent entry, but one whose name ends with the mention's
        // last word first: `Quintero` is Rafael Quintero, not his mother
        // Marisol Quintero-Baptiste named after him.
        let ends = |i: usize| self.known[i].words.last() == words.last();
        let mut best: Option<usize> = None;
        for x in words {
            for &i in self.by_word.get(x).map(|v| &v[v.len().saturating_sub(20)..]).unwrap_or(&[]) {
                let k = &self.known[i];
                let better = best.map_or(true, |b| (ends(i), i) > (ends(b), b));
                if (covered(words, &k.words) || covered(&k.words, words)) && better {
                    best = Some(i);
                }
            }
        }
        best
    }

    fn chunk_words(&self, c: Chunk) -> Vec<String> {
        (c.first..c.last + 1).map(|k| self.w.lower(k).to_string()).filter(|x| x != "s").collect()
    }

    /// The fullest known name for a mention (`Wang` → `Wang Yi`).
    pub fn full_name(&self, c: Chunk) -> String {
        // `CNAB` after `Compania Națională Aeroporturi București`: the body's
        // name written out, with the acronym the text uses (`Compania
        // Națională Aeroporturi București (CNAB)`), as a text introduces it.
        if c.first == c.last && self.acronym(c.first) {
            if let Some(f) = self.spelled_out.get(self.w.text(c.first)) {
                let mut name = names::text(&self.w, Chunk { first: f[0], last: f[1] }).to_string();
                name.push_str(" (");
                name.push_str(self.w.text(c.first));
                name.push(')');
                return name;
            }
        }
        let text = names::text(&self.w, c).to_string();
        let words = self.chunk_words(c);
        // (The one named last before it that ends the same: `Delgado said`
        // between `Ramón Delgado` and `his daughter, Marisol Delgado`.)
        // (`Mr Tan` after `Ms Chloe Tan` and `Mr Tan Boon Huat`: the one
        // whose gender the title's agrees with, the surname written first.)
        let title = (c.first > 0 && self.lex.titles.contains_lower(&self.w, c.first - 1)).then(|| self.lex.gender(self.w.lower(c.first - 1))).flatten();
        // (`Ms. Odom` is not `Evelyn Marsh-Odom`.)
        let fits = |i: usize, ends: bool| Some((!ends || self.known[i].words.last() == words.last()) && title.is_none_or(|g| self.known[i].feminine != Some(!g)) && covered(&words, &self.known[i].words) && !(words.len() == 1 && self.known[i].double_barrelled()));
        let at = self.w.list[c.first].start;
        let recent = self.find_recent(at, &|&(_, i, _)| fits(i, true)).or_else(|| title.and(self.find_recent(at, &|&(_, i, _)| fits(i, false)))).map(|&(_, i, _)| i);
        // (A bare surname that several people named in full share: the one
        // the story introduced first who has spoken. Reporters give a later
        // relative a first name or `the younger X`, and the surname stays
        // the principal's: `Castañeda posted` after `his younger brother,
        // Tomás Castañeda, … told`. Not after a describing word, `the older
        // Kowalczuk`, nor for a team's player, `Gonzaga's Okonkwo`.)
        let described = c.first > 0 && self.w.plain(c.first) && !self.w.cap(c.first - 1);
        // (Within the paragraph naming the relative, the relative is in
        // focus: `X runs the shop with his daughter, Y X. “…,” X said`.)
        // (So is a relative named in full as a subject in the paragraph
        // before, when a title goes with the surname: `Her mother, Eirlys
        // Morgan, … was among …` or `Her daughter, Clare Ellingham, said her
        // mother had worked “…”` then `“…,” Mrs Morgan said`. A bare surname
        // stays the principal's, `Brandt said` after `Brandt's mother, Donna
        // Brandt, was not there`.)
        let fresh = |r: usize| {
            self.find_recent(at, &|&(_, i, _)| Some(i == r)).is_some_and(|&(b, _, subject)| {
                let (p, q) = (self.para_at(b), self.para_at(at));
                let (first, end) = (self.w.at(b), self.w.at(self.mention_end[self.w.at(b)]));
                let introduced = || {
                    subject && title.is_some() && (first..end).map(|k| self.w.lower(k)).eq(self.known[r].words.iter().map(String::as_str))
                };
                p == q || p + 1 == q && introduced()
            })
        };
        let recent = match recent {
            Some(r) if words.len() == 1 && described => Some(self.compared_kin(c.first, r).unwrap_or(r)),
            Some(r) if words.len() == 1 && self.known[r].words.len() > 1 && !described && !fresh(r) => {
                let mut pick = r;
                for &(_, i, subject) in self.recent_mentions(at) {
                    if subject && i != pick && self.known[i].first < self.known[pick].first && self.known[i].words.len() > 1 && !self.known[i].possessive() && fits(i, true) == Some(true) {
                        pick = i;
                    }
                }
                Some(pick)
            }
            _ => recent,
        };
        // (Nor is someone named in full only later a body mention's fuller
        // name; a headline may name ahead.)
        let ahead = |i: usize| self.known[i].first > at && self.para_at(at) > 0;
        match recent.or_else(|| self.lookup(&words).filter(|&i| !ahead(i))) {
            Some(i) if self.known[i].words.len() > words.len() && covered(&words, &self.known[i].words) => self.known[i].name.clone(),
            // (Named as fully: as written here, case ending and all, unless
            // the paragraph wrote it so before: `Uniunea X a anunțat … „…”,
            // se arată în comunicatul Uniunii X`.)
            Some(i) if self.known[i].words.len() == words.len() && covered(&words, &self.known[i].words) => {
                let at = self.w.list[c.first].start;
                self.written(i, at, Some(self.para_at(at))).unwrap_or(text)
            }
            // (A surname after a full name no pass registered, `picked Jett
            // Kowalczuk … Kowalczuk said`: that name.)
            _ if words.len() == 1 && self.para_at(at) > 0 => self
                .earlier_full_name(at, &words[0])
                .and_then(|d| names::strip_titles(&self.w, self.lex, d))
                .filter(|d| d.last > d.first)
                .map_or(text, |d| names::text(&self.w, d).to_string()),
            _ => text,
        }
    }

    /// `Rolul titular îl joacă Ana Pop`, `Regia o semnează Ion Pop`: an
    /// object opening the sentence, a pronoun doubling it, a verb, then the
    /// name, which is the sentence's subject.
    fn doubled_object_subject(&self, c: Chunk, s0: usize) -> bool {
        let w = &self.w;
        let Some(q) = (s0 + 1..c.first.min(s0 + 4)).find(|&q| !w.cap(q) && self.lex.object_clitics.contains_lower(w, q)) else {
            return false;
        };
        // One or two lowercase verb words between the pronoun and the name
        // (`îl joacă`, `l-a câștigat`); a short object phrase before it.
        let verb = (q + 1..c.first).all(|k| w.plain(k) && !w.cap(k) && !w.digit(k) || w.raw_gap_is(k, "-"));
        let object = (s0 + 1..q).all(|k| w.plain(k) && !w.cap(k) && !w.digit(k));
        verb && object && c.first > q + 1 && c.first <= q + 3 && w.cap(s0) && self.names.starting(s0).map_or(true, |o| o.first == o.last)
    }

    /// The most recent body before byte `at` whose name opens with a word
    /// the kind noun `lower` stands for (`instanța` → `Tribunalul Iași`).
    fn body_of_kind(&self, at: usize, lower: &str) -> Option<usize> {
        let heads = self.lex.body_heads(lower)?;
        // The kind is the name's first word (`Curtea de Apel Cluj`) or the
        // one before its first connector or at its end (`Ninth Circuit Court
        // of Appeals`, `Supreme Court`), not any word (`Parchetul de pe
        // lângă Curtea …` is no court).
        let kind = |words: &[String]| {
            let cut = words.iter().position(|x| self.lex.connectors.contains(x.as_str())).unwrap_or(words.len());
            [words.first(), cut.checked_sub(1).and_then(|i| words.get(i))].into_iter().flatten().any(|x| heads.iter().any(|h| agrees(h, x)))
        };
        self.find_recent(at, &|&(b, k, _)| Some(self.known[k].source_type != SourceType::Person && kind(&self.known[k].words) && !self.after_indefinite(self.w.at(b)))).map(|&(_, k, _)| k)
    }

    /// Word `q` opens a name right after an indefinite article (`by a
    /// Thane sessions court`): a body in passing, not the one a later kind
    /// noun (`the bench`) means.
    fn after_indefinite(&self, q: usize) -> bool {
        q > 0 && self.w.plain(q) && self.lex.indefinite.contains_lower(&self.w, q - 1)
    }

    /// The word after a dateline opening the paragraph at word `s0`
    /// (`Bistrița, 3 iunie – `, `CLUJ (News.ro) — `), else `s0`: the sentence
    /// proper opens there.
    pub fn after_dateline(&self, s0: usize) -> usize {
        let w = &self.w;
        if s0 >= w.len() || !w.cap(s0) || (s0 > 0 && w.para(s0 - 1) == w.para(s0)) {
            return s0;
        }
        let para = w.para(s0);
        // (A house label opening the paragraph, `The other side:`, `Why it
        // matters:`: a few words, some lowercase, and a colon; not a name's
        // label, `Ana Ruiz:`, nor a reporting verb's.)
        if let Some(k) = (s0 + 1..(s0 + 5).min(w.len())).find(|&k| w.gap(k).trim() == ":") {
            if w.para(k) == para && (s0 + 1..k).any(|q| !w.cap(q)) && (s0..k).all(|q| (q == s0 || w.plain(q)) && self.cue_at[q] == u32::MAX) {
                return k;
            }
        }
        let mut comma = false;
        for k in s0 + 1..(s0 + 9).min(w.len()) {
            let g = w.gap(k);
            // (`/News.ro/`: a dot inside an agency's name ends nothing.)
            if w.para(k) != para || names::has_any(g, &['!', '?', '“', '”', '„', '«', '»', '"']) || (g.contains('.') && g.trim() != "." && !g.contains('/')) {
                return s0;
            }
            // (Or a spaced hyphen after the agency, `STOCKHOLM, May 6 (Reuters) - `.)
            // (Or a city in capitals alone: `TORONTO — `.)
            let capitals = || (s0..k).all(|q| names::all_caps(w.text(q)) && (q == s0 || w.plain(q) || w.raw_gap_is(q, "-")));
            if (g.contains(" – ") || g.contains(" — ") || g.contains("– ") || g.contains("— ") || g.contains("--") || g.contains(") - ")) && (comma || g.contains(')') || capitals()) {
                return k;
            }
            comma |= names::has_any(g, &[',', '(']);
        }
        s0
    }

    /// Where the sentence's clause opens: past an opening phrase of a few
    /// plain lowercase words (or days and months) set off by a comma (`De partea cealaltă,`,
    /// `Pe de altă parte,`, `On the other hand,`), which names nobody and
    /// holds no role, so what follows is in subject position.
    fn past_lead_phrase(&self, s0: usize) -> usize {
        self.lead_phrase_end(s0, (s0 + 6).min(self.w.len()), false).filter(|&q| q > s0 + 1).unwrap_or(s0)
    }

    /// Word `i` opens its sentence, past a dateline and an article (`The
    /// Ninth Circuit ruled …`).
    fn opens_sentence(&self, i: usize) -> bool {
        let o = self.after_dateline(self.w.sentence_start(self.w.sent(i)));
        i == o || (i == o + 1 && self.lex.definite.contains_lower(&self.w, o))
    }

    /// For a role at word `i` followed by a capitalised complement (`Liderul
    /// UDMR`): the person named in this or the previous paragraph right after
    /// the same word (`președintele UDMR, Ion Pop`).
    fn named_with_complement(&self, i: usize) -> Option<usize> {
        let w = &self.w;
        let x = i + 1;
        if x >= w.len() || !w.cap(x) || !w.plain(x) || self.names.at(x).is_some_and(|c| c.last > x) {
            return None;
        }
        let para = w.para(i);
        let word = w.lower(x);
        self.find_recent(w.list[i].start, &|&(b, k, _)| {
            let q = w.at(b);
            // (The body before the name, `președintele UDMR, Ion Pop`, or in
            // the apposition after it, `Ion Pop, liderul grupului UDMR`.)
            let end = self.names.at(q).map_or(q, |c| c.last);
            let near = |y: usize| y < w.len() && w.lower(y) == word && w.sent(y) == w.sent(q);
            (self.para_at(b) + 1 >= para).then(|| self.known[k].source_type == SourceType::Person && !self.known[k].anonymous && ((q.saturating_sub(3)..q).any(near) || (end + 1..end + 5).any(near)))
        })
        .map(|&(_, k, _)| k)
    }

    /// For a document noun at word `i` (`the memo`): the most recent person
    /// or body named in this or the previous paragraph with the same noun
    /// near them in their sentence (`X told staff in a memo`).
    fn author_of(&self, i: usize) -> Option<usize> {
        let w = &self.w;
        let para = w.para(i);
        let noun = w.lower(i);
        // The document noun within 25 words of the mention at word `q`, in its sentence
        // (`Estrada, who spent …, called the result “…” in a statement`).
        let noun_near = |q: usize| {
            // (Or before it: `In a written response, FEMA said …`.)
            let sent = w.sent(q);
            let end = w.sentence_end(sent).min(q + 25).min(i);
            (w.sentence_start(sent).max(q.saturating_sub(25))..end).find(|&x| x != q && agrees(w.lower(x), noun) && !w.cap(x))
        };
        // (This paragraph or the four before: a reaction may come between.)
        let found = self.find_recent(w.list[i].start, &|&(b, _, _)| (self.para_at(b) + 4 >= para).then(|| noun_near(w.at(b)).is_some()));
        // `In a statement on Friday, she said …`: the last sentence
        // naming the document, later than any with a name, has a pronoun
        // subject — the person it stands for wrote it.
        let named_sent = found.map_or(0, |&(b, _, _)| w.sent(w.at(b)) + 1);
        // (A plain loop back, not a reversed take_while: less wasm.)
        let mut last_noun = None;
        let mut x = i;
        while x > i.saturating_sub(200) {
            x -= 1;
            if w.para(x) + 4 < para || w.sent(x) < named_sent {
                break;
            }
            if agrees(w.lower(x), noun) && !w.cap(x) && !self.in_quote(w.list[x].start) {
                last_noun = Some(x);
                break;
            }
        }
        if let Some(x) = last_noun {
            let s = w.sent(x);
            let by = (w.sentence_start(s)..w.sentence_end(s).min(i)).find(|&p| self.is_pronoun(p) && !self.lex.object_pronouns.contains_lower(w, p) && !self.lex.plural_pronouns.contains_lower(w, p) && self.cue_starting(p + 1).is_some());
            if let Some(k) = by.and_then(|p| self.resolve_pronoun(p)).and_then(|kn| self.known.iter().position(|k| std::ptr::eq(k, kn))) {
                return Some(k);
            }
        }
        let &(b, k, _) = found?;
        // Of the names in that sentence, the one nearest the noun wrote it,
        // not the last one (`A statement from its spokesman, DSP Ada Obi,
        // denied the story in The Courier`: Obi's); someone unnamed
        // only when nobody there is named.
        let x = noun_near(w.at(b))?;
        let sent = w.sent(w.at(b));
        // (Words between the noun and the name's near end; before the noun on a tie.)
        let distance = |b: usize| {
            let (first, last) = (w.at(b), w.at(self.mention_end[w.at(b)]).saturating_sub(1));
            if first > x { (first - x) * 2 + 1 } else { x.saturating_sub(last) * 2 }
        };
        // (Not the one it went to: `In a statement emailed to The Irish
        // Times, a spokeswoman for the Department of Housing said`.)
        let recipient = |b: usize| w.at(b) > 0 && self.lex.outlet_cues.starts_at(w, w.at(b) - 1);
        // (The subject of the sentence's reporting verb over whoever read
        // it out: `In a victim impact statement read to the court by his
        // daughter, Siobhán Garvey, Mr Garvey said …`.)
        let silent = |b: usize| self.cue_starting(w.at(self.mention_end[w.at(b)])).is_none();
        let nearest = self.recent_mentions(b + 1).skip_while(|m| m.0 != b).take_while(|m| w.sent(w.at(m.0)) == sent).min_by_key(|m| (self.known[m.1].anonymous, recipient(m.0), silent(m.0), distance(m.0)));
        Some(nearest.map_or(k, |m| m.1))
    }

    /// Adds a mention to the timeline, unless it lies inside quoted words:
    /// a name or someone unnamed there is what a speaker talks about, not
    /// who a later pronoun or role outside them means.
    fn push_mention(&mut self, m: (usize, usize, bool)) {
        if !self.in_quote(m.0) {
            self.timeline.push(m);
        }
    }

    /// The paragraph of the word at byte `b` (the last word's past the end).
    fn para_at(&self, b: usize) -> usize {
        self.w.para(self.w.at(b).min(self.w.len() - 1))
    }

    /// Byte `b` lies inside quoted words.
    fn in_quote(&self, b: usize) -> bool {
        let i = self.quoted_spans.partition_point(|r| r.start <= b);
        i > 0 && self.quoted_spans[i - 1].end > b
    }

    /// The most recent mention before byte `at` (within the look-back) that
    /// `test` accepts (`Some(true)`); `None` from it ends the walk. One loop
    /// for every such search, not one instance per closure.
    #[inline(never)]
    fn find_recent(&self, at: usize, test: &dyn Fn(&(usize, usize, bool)) -> Option<bool>) -> Option<&(usize, usize, bool)> {
        for m in self.recent_mentions(at) {
            match test(m) {
                None => return None,
                Some(true) => return Some(m),
                Some(false) => {}
            }
        }
        None
    }

    fn recent_mentions(&self, at: usize) -> impl Iterator<Item = &(usize, usize, bool)> + '_ {
        let end = self.timeline.partition_point(|&(b, _, _)| b < at);
        self.timeline[..end].iter().rev().take(LOOKBACK)
    }

    /// The person pronoun `p` stands for: the most recent person of a fitting
    /// gender who was the subject of a reporting cue or opened a sentence
    /// (speakers stay in focus: `McConnell said … after Trump came out against
    /// it. “…,” he told reporters`), else the most recent fitting person named.
    /// An unnamed person in between (`a spokeswoman`) comes back anonymous.
    pub fn resolve_pronoun(&self, p: usize) -> Option<&Known> {
        if let Some(k) = self.interviewed(p) {
            return Some(&self.known[k]);
        }
        if let Some(i) = self.aged(p).or_else(|| self.introduced_as(p)) {
            return Some(&self.known[i]);
        }
        if let Some(k) = self.answering(p) {
            return Some(k);
        }
        let at = self.w.list[p].start;
        let want = self.pronoun_gender(p);
        // Someone the pronoun's own quote talks about by name (`“Doreen says
        // that every year,” she said`) is not who says it.
        let talked_about = self.named_in_adjacent_quote(p);
        let person = |i: usize| self.known[i].source_type == SourceType::Person && !talked_about.contains(&i);
        let fits = |i: usize| match (want, self.known[i].feminine) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        // In order of preference: a fitting person who was a subject, any
        // fitting named person, any person who was a subject. One pass
        // keeps the first of each, so a pronoun with no antecedent costs one
        // walk over the look-back window, not three.
        // Within the pronoun's paragraph first: a fitting subject there, else
        // a person named there whose gender the text shows to agree
        // (`The rebels were led by Ana Pop. She told the BBC: “…”`), before
        // a subject of an earlier paragraph.
        let para = self.doc.paragraph_of(at);
        let mut here: Option<usize> = None;
        let mut here_at = 0;
        // (A pronoun opening the main clause after a comma: someone named
        // in the phrase before it, not its subject, is another person —
        // `Întrebat despre colegul său Ion Pop, acesta a spus`.)
        let opener = |b: usize| self.w.gap_is(p, ",") && self.w.sent(self.w.at(b)) == self.w.sent(p);
        for &(b, i, subject) in self.recent_mentions(at).take_while(|&&(b, _, _)| self.doc.paragraph_of(b) == para) {
            if !person(i) || self.known[i].anonymous && !subject || !subject && opener(b) {
                continue;
            }
            if subject && fits(i) {
                return Some(&self.known[i]);
            }
            // (Or someone the paragraph introduces, of no known gender: `The
            // rebels were led by Ann Okoro, … She told …`.)
            // (A description, `the 27-year-old said`, shows no gender: the
            // person the paragraph names, `For Kevin X, a rider, …`.)
            if here.is_none() && (want.is_none() && !self.known[i].anonymous || want.is_some() && (self.known[i].feminine == want || (self.known[i].feminine.is_none() && self.known[i].first == b && !subject))) {
                here = Some(i);
                here_at = b;
            }
        }
        if let Some(i) = here {
            // (`He questioned a card shown to lock Tevita Fifita. “…,” he
            // said`: a pronoun of the same gender opening an earlier
            // sentence of the paragraph, before the person named there, set
            // the paragraph's subject; this one goes on with it.)
            let from = self.w.at(self.doc.paragraphs[para].start).max(p.saturating_sub(150));
            let opener = want.and_then(|_| (from..self.w.at(here_at)).find(|&q| q == self.w.sentence_start(self.w.sent(q)) && self.is_pronoun(q) && self.pronoun_gender(q) == want && !self.in_quote(self.w.list[q].start)));
            if let Some(k) = opener.and_then(|q| self.resolve_pronoun(q)) {
                return Some(k);
            }
            return Some(&self.known[i]);
        }
        // (`CPAG economist Susan Lamb-Ioane was blunter.` alone in the
        // paragraph before, no speaker there: the person it brings in, when
        // the text shows their gender to be the pronoun's.)
        // (Or one it introduces, of no known gender, for a pronoun or a
        // description (`Among those who testified was Hana Ito, a fourth
        // grader. … “…,” the 10-year-old said`): named there for the first
        // time, the newcomer is who the next words are about.)
        let mut pick = None;
        for &(b, i, subject) in self.recent_mentions(at).skip_while(|m| self.doc.paragraph_of(m.0) == para) {
            if self.doc.paragraph_of(b) + 1 != para {
                break;
            }
            if !person(i) || self.known[i].anonymous {
                continue;
            }
            if subject {
                pick = None;
                break;
            }
            pick = pick.or(Some((b, i)));
        }
        // (A description wants no gender: a newcomer of either fits.)
        if let Some((_, i)) = pick.filter(|&(b, i)| (want.is_some() && self.known[i].feminine == want) || (want.is_none() || self.known[i].feminine.is_none()) && self.known[i].first == b) {
            return Some(&self.known[i]);
        }
        // (`Caldwell said he had survived …` after `Caldwell’s mother,
        // Deborah Caldwell`: a lone surname two people share, taken for the
        // one whose gender does not fit, is the namesake whose does.)
        let namesake = |b: usize, i: usize| {
            let q = self.w.at(b);
            let lone = q < self.w.len() && self.mention_end[q] != 0 && !self.doc.text[b..self.mention_end[q]].contains(' ');
            let last = self.known[i].words.last()?;
            (lone && want.is_some()).then(|| self.by_word.get(last)?.iter().copied().find(|&j| j != i && person(j) && !self.known[j].anonymous && self.known[j].feminine == want && self.known[j].words.last() == Some(last))).flatten()
        };
        let (mut named, mut subject_any) = (None, None);
        for &(b, i, subject) in self.recent_mentions(at) {
            if !person(i) {
                continue;
            }
            if subject && fits(i) {
                return Some(&self.known[i]);
            }
            if let Some(j) = namesake(b, i).filter(|_| subject) {
                return Some(&self.known[j]);
            }
            if named.is_none() && fits(i) && !self.known[i].anonymous {
                named = Some(i);
            }
            if subject_any.is_none() && subject {
                subject_any = Some(i);
            }
        }
        named.or(subject_any).map(|i| &self.known[i])
    }

    /// The known people named inside the quote right before pronoun `p`
    /// (`“…,” she said`) or right after its cue (`she said: “…”`): by a
    /// person's first name, or a lone surname after a title or none.
    fn named_in_adjacent_quote(&self, p: usize) -> Vec<usize> {
        let w = &self.w;
        let at = w.list[p].start;
        let i = self.quoted_spans.partition_point(|r| r.start < at);
        let before = i.checked_sub(1).map(|k| self.quoted_spans[k].clone()).filter(|r| r.end <= at && self.doc.text[r.end..at].chars().all(|c| !crate::scan::is_letter(c) && c != '\n'));
        let after = self.quoted_spans.get(i).cloned().filter(|r| {
            let end = self.cue_starting(p + 1).map_or(p + 1, |c| c.first + c.len);
            end < w.len() && r.start <= w.list[end].start + 3 && !self.doc.text[at..r.start].contains('\n')
        });
        let mut out = Vec::new();
        for r in [before, after].into_iter().flatten() {
            let (a, b) = (w.at(r.start), w.at(r.end));
            // (Not a name the speaker quotes someone else saying to them:
            // `they say, ‘Hello, Hamid.’`. One pass over the quote's text,
            // word by word.)
            let mut nested = NestedQuote { open: false, prev: ' ', from: r.start + self.doc.text[r.start..].chars().next().map_or(0, char::len_utf8) };
            for k in a..b.min(a + 120) {
                let inner = nested.open_before(self.doc.text, w.list[k].start);
                if !w.cap(k) || inner {
                    continue;
                }
                for &j in self.by_word.get(w.lower(k)).map_or(&[][..], |v| &v[..]) {
                    let kn = &self.known[j];
                    let first = kn.words.len() > 1 && kn.words[0] == w.lower(k);
                    let surname = kn.words.last().is_some_and(|x| x == w.lower(k)) && !(k > a && w.cap(k - 1) && w.plain(k) && !self.lex.titles.contains_lower(w, k - 1));
                    if kn.source_type == SourceType::Person && (first || surname) && !out.contains(&j) {
                        out.push(j);
                    }
                }
            }
        }
        out
    }

    /// `X asked him whether …` / `“…,” he replied`: a pronoun before an
    /// answering verb, with a question put in the 40 words before it to an
    /// object pronoun of its gender, is the one asked, not the asker.
    fn answering(&self, p: usize) -> Option<&Known> {
        let w = &self.w;
        let cue = self.cue_starting(p + 1)?;
        (cue.first..cue.first + cue.len).any(|q| self.lex.answer_words.contains_lower(w, q)).then_some(())?;
        let want = self.pronoun_gender(p)?;
        // (`Stamm pressed Ortiz on why she never went to the police.` /
        // `“…,” she answered.`: the person named as the one asked, the last
        // question put in the 40 words before.)
        let ask = (p.saturating_sub(40)..p).rev().find(|&q| self.lex.question_cues.contains_lower(w, q) && !self.quoted(q));
        let named = ask.and_then(|a| self.names.starting(a + 1)).filter(|c| c.last + 2 < p && (c.last + 1..c.last + 3).any(|k| self.lex.question_words.contains_lower(w, k)));
        if let Some(k) = named.and_then(|c| self.lookup(&self.chunk_words(c))).filter(|&k| self.known[k].source_type == SourceType::Person && self.known[k].feminine.is_none_or(|f| f == want)) {
            return Some(&self.known[k]);
        }
        let q = (p.saturating_sub(40)..p).rev().filter(|&q| !self.quoted(q)).find_map(|q| self.cue_starting(q))?;
        let o = q.first + q.len;
        // (`“And what happened to that report, Mr Ngcobo?” Khanye-Botha
        // asked.` / `He replied: “…”`: a question quoted and put by its
        // asker; the answer is the last one of the pronoun's gender who is
        // not the asker.)
        let asked_at = w.list[q.first].start;
        let from = w.list[w.sentence_start(w.sent(q.first))].start.min(asked_at);
        let quoted_question = (q.first..q.first + q.len).any(|k| self.lex.question_cues.contains_lower(w, k)) && ["?”", "?\"", "?’", "?»"].iter().any(|m| self.doc.text[from..asked_at].contains(m));
        if quoted_question && w.sent(q.first) != w.sent(p) {
            let asker = self.subject_before(q).and_then(|s| self.resolve(s)).map(|(n, _)| n).unwrap_or_default();
            let fits = |x: &Known| x.source_type == SourceType::Person && !x.anonymous && x.name != asker && x.feminine.is_none_or(|f| f == want);
            return self.find_recent(w.list[q.first].start, &|&(_, k, _)| Some(fits(&self.known[k]))).map(|&(_, k, _)| &self.known[k]);
        }
        (o + 1 < p && self.pronoun_gender(o) == Some(want)).then_some(())?;
        self.person_asked(q)
    }

    /// `X asked him whether …`: for a question put by `cue` to an object
    /// pronoun before a question word, the person the pronoun stands for —
    /// the last person of its gender mentioned before it, not the asker.
    pub fn person_asked(&self, cue: &Cue) -> Option<&Known> {
        let w = &self.w;
        let o = cue.first + cue.len;
        let asks = o + 1 < w.len() && w.plain(o) && w.plain(o + 1) && self.lex.question_cues.contains_lower(w, o - 1) && self.is_pronoun(o) && self.lex.question_words.contains_lower(w, o + 1);
        asks.then_some(())?;
        let g = self.pronoun_gender(o)?;
        let asker = self.subject_before(cue).and_then(|s| self.resolve(s)).map(|(n, _)| n).unwrap_or_default();
        let fits = |x: &Known| x.source_type == SourceType::Person && !x.anonymous && x.name != asker && x.feminine.is_none_or(|f| f == g);
        self.find_recent(w.list[o].start, &|&(_, k, _)| Some(fits(&self.known[k]))).map(|&(_, k, _)| &self.known[k])
    }

    /// `Some(true)` for a feminine pronoun, `Some(false)` masculine.
    fn pronoun_gender(&self, p: usize) -> Option<bool> {
        self.word_gender(self.w.lower(p))
    }

    /// `Some(true)` for a word the data lists as feminine (a pronoun or a
    /// first name), `Some(false)` masculine.
    fn word_gender(&self, x: &str) -> Option<bool> {
        if self.lex.feminine.contains(x) {
            Some(true)
        } else if self.lex.masculine.contains(x) {
            Some(false)
        } else if !x.is_ascii() {
            // (`Lucía`, `José`, `Zoë`: the lists spell first names without
            // their accents.)
            let plain: String = x.chars().map(unaccented).collect();
            (plain != x).then(|| self.word_gender(&plain)).flatten()
        } else {
            None
        }
    }

    /// The gender a name's title, roles or first name show.
    fn gender_of(&self, c: Chunk, roles: &[String]) -> Option<bool> {
        let (w, lex) = (&self.w, self.lex);
        let gender = |x: &str| self.word_gender(x);
        // The name's own words first: a first name is the surest sign, in
        // either order (`Dana Munteanu`, `Kelemen Hunor`), and it beats a
        // title a language also gives women in its masculine form
        // (`primarul Dana Munteanu`, `ministrul Ana Pop`).
        // A lone surname (`Ross`) says nothing, even when it is also a first name.
        let name = names::strip_titles(w, lex, c).unwrap_or(c);
        if name.last > name.first {
            let last = w.lower(name.last);
            let trailing = lex.trailing_first_names.contains(last).then(|| gender(last)).flatten();
            // (A hyphened first name shows a gender only where both halves
            // show the same one: `Anne-Marie`, but not `Wei-Lin`, `Jean-Luc`.)
            let hyphened = name.first + 1 < name.last && matches!(w.gap(name.first + 1), "-" | "‑");
            let first = gender(w.lower(name.first)).filter(|&g| !hyphened || gender(w.lower(name.first + 1)) == Some(g));
            if let Some(g) = first.or(trailing) {
                return Some(g);
            }
        }
        // (Not a pronoun before it, another person: `Lângă el, Floarea …`.)
        // (Nor a word of the sentence before: `… in Clyde. Shonda X has …`.)
        let before = (c.first > 0 && w.sent(c.first - 1) == w.sent(c.first) && !lex.pronouns.contains_lower(w, c.first - 1) && !self.complement_role(c.first - 1)).then(|| w.lower(c.first - 1));
        // (Pushed in loops, not collected from a chain: less wasm.)
        let mut around: Vec<&str> = before.into_iter().collect();
        for k in c.first..name.first {
            around.push(w.lower(k));
        }
        for r in roles {
            around.push(r);
        }
        // A feminine title or role is sure (`ministra`, `congresswoman`).
        if around.iter().any(|x| lex.gender(x) == Some(true)) {
            return Some(true);
        }
        // An unlisted first name with a woman's ending (`Sorina Pop`).
        let first = w.lower(name.first);
        if name.last > name.first && w.cap(name.first) && names::suffixed(&lex.feminine_name_endings, first, 1) {
            return Some(true);
        }
        around.iter().find_map(|x| lex.gender(x))
    }

    /// Who a role or body noun (word `i`) stands for: the most recent person
    /// introduced with that role, a body whose name holds the noun, the body
    /// behind the last report for `the report`, else the most recent person.
    /// The body unnamed speakers speak for (`a spokesperson for the Justice
    /// Department`, `reprezentanții Ministerului Finanțelor`) when the name
    /// after them is one; nobody named when it is a person, or when the
    /// speaker asked not to be named (`spune un medic de la Spitalul X, care
    /// a dorit să-și păstreze anonimatul`: a person who hides, not the body).
    fn body_of_unnamed(&self, c: Chunk, limit: usize) -> Subject {
        let w = &self.w;
        let hidden = (c.last + 1..limit.min(c.last + 20)).any(|k| self.lex.anonymity.starts_at(w, k));
        if names::classify(w, self.lex, c) != SourceType::Person && !hidden {
            Subject::Named(c)
        } else {
            Subject::Anonymous
        }
    }

    pub fn resolve_role(&self, i: usize) -> Option<&Known> {
        self.resolve_role_index(i).map(|k| &self.known[k])
    }

    /// `His son said`, `Her husband stayed behind`: for a kin noun after a
    /// gendered possessive, the person that possessive means (the last one
    /// of its gender mentioned), then the last other person named in full
    /// with that surname, of the kin noun's gender; `Some(None)` when there
    /// is none, someone unnamed. `None` when word `i` is no such noun.
    fn relative(&self, i: usize) -> Option<Option<usize>> {
        let (p, kin) = self.kin_owner(i)?;
        let at = self.w.list[i].start;
        // (Someone introduced as the relative, `Her son, Carl Odom,`.)
        let x = self.w.lower(i);
        if let Some(&(_, k, _)) = self.find_recent(at, &|&(_, k, _)| Some(k != p && self.is_person(k, kin) && self.known[k].roles.iter().any(|r| r == x))) {
            return Some(Some(k));
        }
        // (`Her sister was blunter` when the possessive's owner was herself
        // introduced as the other's sister: that other, the last other
        // person of the kin noun's gender named.)
        if self.lex.symmetric_kin.contains(x) && self.known[p].roles.iter().any(|r| r == x) {
            if let Some(&(_, k, _)) = self.find_recent(at, &|&(_, k, _)| Some(k != p && self.is_person(k, kin))) {
                return Some(Some(k));
            }
        }
        let surname = self.known[p].words.last();
        // (One the text shows to be of the kin noun's gender first: `Her
        // husband` after `Graham and Lyn Pettifer` is Graham, though Lyn was
        // named last.)
        let namesake = |k: usize| k != p && self.is_person(k, kin) && self.known[k].words.len() > 1 && self.known[k].words.last() == surname;
        let found = self.find_recent(at, &|&(_, k, _)| Some(namesake(k) && kin.is_some() && self.known[k].feminine == kin)).or_else(|| self.find_recent(at, &|&(_, k, _)| Some(namesake(k))));
        Some(found.map(|&(_, k, _)| k).or_else(|| self.relative_named(i, p, kin).and_then(|c| self.lookup(&self.chunk_words(c)))))
    }

    /// `the 41-year-old said` (a description ending at word `p`): the one
    /// person the text gave that age (`Lucía Mendoza, 41,`, `Ana Pop (41)`)
    /// within a bounded look back, whoever spoke last.
    fn aged(&self, p: usize) -> Option<usize> {
        let w = &self.w;
        let q = (p.saturating_sub(4)..p).find(|&q| w.digit(q) && w.raw_gap_is(q + 1, "-") && w.lower(q + 1).starts_with("year"))?;
        let age = w.text(q);
        let mut found: Option<Chunk> = None;
        let mut k = q;
        while k > 0 && k + 600 > q {
            k -= 1;
            let Some(c) = self.names.ending(k) else { continue };
            k = c.first;
            let a = c.last + 1;
            // (Or the age compound right before the name: `17-year-old Maya
            // Ellison took the third spot`.)
            let before = c.first >= 3 && c.first - 3 != q && w.text(c.first - 3) == age && w.raw_gap_is(c.first - 2, "-") && w.raw_gap_is(c.first - 1, "-") && w.lower(c.first - 2).starts_with("year");
            if (a < q && w.text(a) == age && (w.gap_is(a, ",") || w.gap(a).trim() == "(") || before) && names::classify(w, self.lex, c) == SourceType::Person {
                let s = names::strip_titles(w, self.lex, c).unwrap_or(c);
                if found.is_some_and(|f| !covered(&self.chunk_words(f), &self.chunk_words(s))) {
                    return None;
                }
                found = Some(s);
            }
        }
        self.lookup(&self.chunk_words(found?)).filter(|&i| self.known[i].source_type == SourceType::Person)
    }

    /// `the incident controller said` (a description whose head, word `p`,
    /// no role list knows): the person the text introduced with that noun
    /// before their name (`Incident controller Craig Fennessy`), the last
    /// one within a bounded look back.
    fn introduced_as(&self, p: usize) -> Option<usize> {
        let w = &self.w;
        let head = w.lower(p);
        if self.is_pronoun(p) || w.cap(p) || w.digit(p) || !w.plain(p) || self.lex.is_role(head) {
            return None;
        }
        let mut x = p;
        while x > 0 && x + 400 > p {
            x -= 1;
            if w.lower(x) == head && !self.in_quote(w.list[x].start) {
                if let Some(c) = self.names.starting(x + 1).filter(|&c| w.plain(c.first) && names::classify(w, self.lex, c) == SourceType::Person) {
                    let s = names::strip_titles(w, self.lex, c).unwrap_or(c);
                    if let Some(i) = self.lookup(&self.chunk_words(s)).filter(|&i| self.known[i].source_type == SourceType::Person) {
                        return Some(i);
                    }
                }
            }
        }
        None
    }

    /// The person a news lede describes without naming (`A driver caught
    /// up in the pile-up has described how she drove into “a wall of fog”`),
    /// for the quote at word `first_in` in that lede: the one the next
    /// paragraphs introduce first, with their age set off (`Karen Ashdown,
    /// 52, from Bromsgrove, said …`), as a story's second paragraph names
    /// its lede's subject. Not for someone unnamed on purpose (`who asked
    /// not to be named`) nor a body's voice (`A spokesman said`).
    pub fn lede_named_later(&self, first_in: usize) -> Option<&Known> {
        let w = &self.w;
        let s = w.sent(first_in);
        let s0 = self.after_dateline(w.sentence_start(s));
        let para = w.para(first_in);
        // (Bounded both ways, so a run-on paragraph of such quotes stays
        // linear: the subject within 60 words of its quote, the person
        // within 600 words after it.)
        if s0 + 1 >= first_in || first_in > s0 + 60 || !self.lex.indefinite.contains_lower(w, s0) || self.lex.gender(w.lower(s0)).is_some() {
            return None;
        }
        let lex = self.lex;
        let mut feminine = None;
        for k in s0..first_in {
            if lex.anonymity.starts_at(w, k) || lex.body_voices.contains_lower(w, k) || self.names.starting(k).is_some_and(|c| names::classify(w, lex, c) == SourceType::Person && self.known_person(c)) {
                return None;
            }
            if feminine.is_none() && self.is_pronoun(k) {
                feminine = self.pronoun_gender(k);
            }
        }
        let mut k = w.sentence_end(s);
        let limit = (k + 600).min(w.len());
        while k < limit && w.para(k) <= para + 3 {
            let Some(c) = self.names.starting(k) else {
                k += 1;
                continue;
            };
            k = c.last + 1;
            // (One word is no introduction: `Fire crews were called`.)
            if names::classify(w, lex, c) != SourceType::Person || self.in_quote(w.list[c.first].start) || c.first == c.last {
                continue;
            }
            let c = names::strip_titles(w, lex, c).unwrap_or(c);
            let a = c.last + 1;
            let aged = c.last > c.first && a + 1 < w.len() && w.digit(a) && w.gap_is(a, ",") && w.gap_is(a + 1, ",");
            // (Nor a street or a place, `on Brimorton Dr.`: not someone the text knows.)
            let Some(i) = self.lookup(&self.chunk_words(c)).filter(|&i| self.is_person(i, None)) else { continue };
            let x = &self.known[i];
            // (Introduced here, or only in a caption or headline above the
            // lede: `Image caption, Margaret Ellison was referred …`.)
            let fresh = x.first == w.list[c.first].start || x.first < self.doc.paragraphs[para].start;
            return (aged && fresh && self.is_person(i, feminine)).then_some(x);
        }
        None
    }

    /// Known `k` is someone named, of gender `g` where both are known.
    fn is_person(&self, k: usize, g: Option<bool>) -> bool {
        let x = &self.known[k];
        x.source_type == SourceType::Person && !x.anonymous && (g.is_none() || x.feminine.is_none() || x.feminine == g)
    }

    /// `the younger Hollis` (a comparative at word `s - 1` before the bare
    /// surname at `s`) after `Evan Hollis … went looking for his older
    /// brother. Cole Hollis, …`: the text said which namesake is the older
    /// (a gendered possessive, a comparative and a kin noun, in the 400
    /// words before); the same comparative means the relative named after
    /// it, the other ([junior_comparatives] against the rest) the one the
    /// possessive meant. `r` is the namesake met last; `None` when the text
    /// never said.
    fn compared_kin(&self, s: usize, r: usize) -> Option<usize> {
        let (w, lex) = (&self.w, self.lex);
        if !lex.comparative_kin.starts_at(w, s - 1) {
            return None;
        }
        let q = (s.saturating_sub(400).max(1)..s - 1).rev().find(|&q| q + 1 < s && self.gendered_possessive(q - 1) && lex.comparative_kin.starts_at(w, q) && lex.kin_nouns.contains_lower(w, q + 1))?;
        let surname = self.known[r].words.last()?;
        let namesake = |k: usize| self.known[k].source_type == SourceType::Person && self.known[k].words.len() > 1 && self.known[k].words.last() == Some(surname);
        // The namesake a name chunk ending at word `k` stands for: its entry,
        // or for a first name alone (`his younger brother, Pieter,`) the
        // namesake it opens. (Read off the text, not the timeline: this
        // runs while the passes are still filling it.)
        let named = |k: usize| {
            let c = self.names.ending(k)?;
            let words = self.chunk_words(names::strip_titles(w, lex, c).unwrap_or(c));
            match words.len() {
                0 => None,
                1 => (0..self.known.len()).rev().find(|&j| namesake(j) && self.known[j].words[0] == words[0] && words[0] != *surname),
                _ => self.lookup(&words).filter(|&j| namesake(j)),
            }
        };
        // (The one the possessive means: the namesake named last before it.)
        let owner = (q.saturating_sub(400)..q).rev().find_map(named)?;
        // (The relative: the first other namesake named after it.)
        let relative = (q + 2..(q + 40).min(s)).find_map(|k| named(k).filter(|&j| j != owner))?;
        let junior = |k: usize| lex.junior_comparatives.starts_at(w, k);
        Some(if junior(s - 1) == junior(q) { relative } else { owner })
    }

    /// The text said which namesake the comparative before the surname at
    /// word `s` (`the elder Jeptoo`) means, so resolving the name used it.
    pub fn kin_compared(&self, s: usize) -> bool {
        s > 0 && self.lookup(&[self.w.lower(s).to_string()]).is_some_and(|r| self.compared_kin(s, r).is_some())
    }

    /// Word `k` is the `s` of a possessive (`Ferris’s`).
    fn possessive_s(&self, k: usize) -> bool {
        self.w.lower(k) == "s" && matches!(self.w.gap(k), "’" | "'")
    }

    /// Word `q` is a possessive that shows a gender (`her`, `his`).
    pub(crate) fn gendered_possessive(&self, q: usize) -> bool {
        self.lex.indefinite.contains_lower(&self.w, q) && self.lex.gender(self.w.lower(q)).is_some()
    }

    /// For a kin noun `i` after a gendered possessive: the person the
    /// possessive means, and the kin noun's gender.
    fn kin_owner(&self, i: usize) -> Option<(usize, Option<bool>)> {
        let w = &self.w;
        let lex = self.lex;
        let poss = (i.saturating_sub(2)..i).find(|&q| w.sent(q) == w.sent(i) && self.gendered_possessive(q))?;
        let x = w.lower(i);
        if !lex.kin_nouns.contains(x) {
            return None;
        }
        let owner = lex.gender(w.lower(poss));
        let &(_, p, _) = self.find_recent(w.list[i].start, &|&(_, k, _)| Some(self.is_person(k, owner)))?;
        Some((p, lex.gender(w.lower(i))))
    }

    /// The relative of known `p` named in full before word `i` with the
    /// same surname though no pass made them known (`Anil Mistry, 34, was
    /// behind the counter`): a bounded look back over the names.
    fn relative_named(&self, i: usize, p: usize, kin: Option<bool>) -> Option<Chunk> {
        let w = &self.w;
        let owner = &self.known[p].words;
        let mut k = i;
        while k > 0 && k + 400 > i {
            k -= 1;
            if let Some(c) = self.names.ending(k) {
                k = c.first;
                let s = names::strip_titles(w, self.lex, c).unwrap_or(c);
                let words = self.chunk_words(s);
                if s.last > s.first && words.last() == owner.last() && !covered(&words, owner) && (owner.len() == 1 || !covered(owner, &words)) && names::classify(w, self.lex, s) == SourceType::Person && (kin.is_none() || self.gender_of(s, &[]).map_or(true, |g| Some(g) == kin)) {
                    return Some(s);
                }
            }
        }
        None
    }

    /// The entry of person `c`, made when no pass made them known (no
    /// mention is put on the timeline).
    fn person_entry(&mut self, c: Chunk) -> usize {
        let words = self.chunk_words(c);
        if let Some(i) = self.lookup(&words).filter(|&i| self.known[i].source_type == SourceType::Person) {
            return i;
        }
        let roles = self.roles_around(c);
        let feminine = self.gender_of(c, &roles);
        let idx = self.known.len();
        for x in &words {
            self.by_word.entry(x.clone()).or_default().push(idx);
        }
        self.known.push(Known { name: names::text(&self.w, c).to_string(), words, source_type: SourceType::Person, roles, feminine, anonymous: false, first: usize::MAX, company: false });
        idx
    }

    /// A role noun opening its sentence with a complement before its verb
    /// (`Șeful IPJ Vaslui a precizat`, `Medicul de gardă a declarat`, `Mama
    /// băiatului a povestit`, `The head of the agency said`): someone the
    /// text introduces by what they are, not a name used before.
    pub fn introduces(&self, r: usize) -> bool {
        let w = &self.w;
        let s0 = w.sentence_start(w.sent(r));
        let lead = |q: usize| self.lex.definite.contains_lower(w, q) || self.lex.role_adjectives.contains_lower(w, q);
        if !(r == s0 || (r == s0 + 1 && w.plain(r) && lead(s0))) {
            return false;
        }
        let end = w.sentence_end(w.sent(r));
        // (`The mother of three works Fridays`: a count of children is no
        // complement; the phrase describes someone named before.)
        if r + 2 < end && w.plain(r + 2) && self.lex.prepositions.contains_lower(w, r + 1) && (w.digit(r + 2) || self.lex.number_words.contains_lower(w, r + 2)) {
            return false;
        }
        // The complement: a name (`IPJ Vaslui`), a preposition (`de gardă`,
        // `of the agency`) or a genitive (`băiatului`, `școlii`), right after
        // the role or after one qualifier (`directorul general al`).
        let complement = |q: usize| {
            let x = w.lower(q);
            q < end
                && w.plain(q)
                && self.cue_at[q] == u32::MAX
                // (`Soțul unei paciente`: an indefinite genitive.)
                && (w.cap(q) || self.lex.prepositions.contains(x) || (self.lex.indefinite.contains(x) && names::n_chars(x) >= 4 && (names::listed(&self.lex.genitive_endings, x) || names::suffixed(&self.lex.genitive_endings, x, 0))) || names::listed(&self.lex.genitive_endings, x) || names::suffixed(&self.lex.genitive_endings, x, 2))
        };
        complement(r + 1) || (r + 2 < end && w.plain(r + 1) && !w.cap(r + 1) && self.cue_at[r + 1] == u32::MAX && complement(r + 2) && !w.cap(r + 2))
    }

    fn resolve_role_index(&self, i: usize) -> Option<usize> {
        let at = self.w.list[i].start;
        if let Some(k) = self.relative(i) {
            return k;
        }


        let lower = self.w.lower(i);
        let fits_role = self.role_matcher(lower);
        // (`An AMSA spokesperson said …` then `“…,” the spokesperson said`:
        // the body whose voice the same noun was last, within a few
        // paragraphs.)
        if self.lex.body_voices.contains(lower) {
            let lo = i.saturating_sub(400);
            // (Unnamed there: not `Sound Transit spokesperson Devin Marsh`.)
            if let Some(q) = (lo..i).rev().find(|&q| self.w.lower(q) == lower).filter(|&q| self.names.starting(q + 1).is_none()) {
                // (Or the body after it: `In a statement emailed to X, a
                // spokeswoman for the Department of Housing said`.)
                let after = || self.body_after_voice(q).map(Subject::Named);
                if let Some(Subject::Named(c)) = Some(self.role_or_anonymous(q)).filter(|s| matches!(s, Subject::Named(_))).or_else(after) {
                    if let Some(k) = self.lookup(&self.chunk_words(c)).filter(|&k| self.known[k].source_type != SourceType::Person) {
                        return Some(k);
                    }
                }
            }
        }
        // `a adăugat sursa citată`: whoever spoke last, a body or someone
        // unnamed (`un lider liberal care a cerut să nu fie numit`) included.
        if self.lex.source_nouns.contains(lower) {
            return self.find_recent(at, &|&(_, _, subject)| Some(subject)).map(|&(_, k, _)| k);
        }
        // `the shadow treasurer`, `ministrul adjunct`: another office than
        // the bare role's; only someone introduced with the qualifier holds it.
        let w = &self.w;
        // (`the Deputy Commissioner added`: in title case, capitalised like the role.)
        let qualifier = [i.wrapping_sub(1), i + 1].into_iter().find(|&q| q < w.len() && w.sent(q) == w.sent(i) && (!w.cap(q) || w.cap(i) && q + 1 == i) && self.lex.office_qualifiers.contains_lower(w, q)).map(|q| w.lower(q));
        // (And the bare role is not someone's qualified one: `the minister`
        // after `X, deputy minister`.)
        let qualified = |k: &Known| qualifier.map_or_else(|| !k.roles.iter().any(|r| self.lex.office_qualifiers.contains(r.as_str()) && !fits_role(r)), |q| k.roles.iter().any(|r| r == q));
        let holds = |k: &Known| k.roles.iter().any(|r| fits_role(r)) && qualified(k);
        // The person the paragraph is about, when the role fits them (a
        // qualifier written apart, `inspectorul general adjunct, X … a spus
        // inspectorul`, is theirs).
        let para = self.doc.paragraph_of(at);
        if let Some(&(_, k, _)) = self.find_recent(at, &|&(b, k, _)| (self.doc.paragraph_of(b) == para).then(|| self.known[k].source_type == SourceType::Person)) {
            if self.known[k].roles.iter().any(|r| fits_role(r)) && (qualifier.is_none() || qualified(&self.known[k])) {
                return Some(k);
            }
        }
        // (`the Mohun Bagan coach added` after `Mohun Bagan head coach
        // Antonio Ferrer` and `FC Goa head coach Marco Baldini`: the name
        // between the article and the role says whose holder it is — the
        // one introduced right after that name.)
        let owner = (i >= 2 && w.plain(i)).then(|| self.names.ending(i - 1)).flatten().filter(|b| b.first > 0 && self.lex.definite.contains_lower(w, b.first - 1)).map(|b| names::text(w, b));
        if let Some(body) = owner {
            let introduced_after = |k: usize| {
                let f = self.known[k].first;
                f != usize::MAX && {
                    let q = w.at(f);
                    q < w.len() && self.doc.text[w.list[q.saturating_sub(6)].start..f].contains(body)
                }
            };
            if let Some(&(_, k, _)) = self.find_recent(at, &|&(_, k, _)| Some(self.known[k].source_type == SourceType::Person && holds(&self.known[k]) && introduced_after(k))) {
                return Some(k);
            }
        }
        // The most recent person introduced with the role; someone unnamed
        // (`a senior official said … “…,” the official said`) stays unnamed
        // rather than passing to a named person mentioned in between.
        if let Some(&(_, k, _)) = self.find_recent(at, &|&(_, k, _)| Some(self.known[k].source_type == SourceType::Person && holds(&self.known[k]))) {
            return Some(k);
        }
        // (`Seán Brennan admitted his Kilkenny side …` / `“…,” the
        // Kilkenny manager said`, nobody introduced as the role's holder:
        // the last subject of a sentence naming the body who holds no
        // other office.)
        if let Some(body) = owner {
            let names_body = |b: usize| {
                let s = w.sent(w.at(b));
                self.doc.text[w.list[w.sentence_start(s)].start..w.list[w.sentence_end(s) - 1].end].contains(body)
            };
            let free = |k: &Known| k.source_type == SourceType::Person && !k.anonymous && k.roles.iter().all(|r| !self.lex.is_role(r) || fits_role(r));
            if let Some(&(_, k, _)) = self.find_recent(at, &|&(b, k, subject)| Some(subject && free(&self.known[k]) && names_body(b))) {
                return Some(k);
            }
        }
        // `a decis instanța`, `au reținut judecătorii`: a noun for a kind of
        // body is the last body of that kind named (a court by its name).
        if let Some(k) = self.body_of_kind(at, lower) {
            return Some(k);
        }
        // `the spokesman said` with no spokesman named: someone unnamed, not
        // the boss. (But `consilierul UDMR`, a party's acronym after it, is
        // that party's councillor named with it: see below.)
        let party = i + 1 < w.len() && w.sent(i + 1) == w.sent(i) && names::all_caps(w.text(i + 1)) && names::n_chars(w.text(i + 1)) >= 2;
        if self.lex.is_proxy_role(lower) && !party {
            return None;
        }
        // `Reprezentanții firmei, X SA, susțin … „…”, a transmis compania`:
        // a noun for a body is first the body this paragraph is about (the
        // last one there that was a subject), before a body elsewhere whose
        // name merely holds the noun (`Potrivit Companiei Naționale …`).
        let descriptor = self.lex.org_descriptors.contains(lower) && !self.lex.report_nouns.contains(lower);
        let body = |k: usize| self.known[k].source_type == SourceType::Organization;
        // (`a transmis compania`: a business, never an institute or ministry
        // cited in between.)
        let company = self.lex.company_nouns.contains(lower);
        if company {
            if let Some(&(_, k, _)) = self.find_recent(at, &|&(_, k, _)| Some(body(k) && self.known[k].company)) {
                return Some(k);
            }
        }
        // (`the councillor` is a person, not `the council`: a role longer
        // than a body's word by more than a case ending derives from it; so
        // is `the statement` no `State` body.)
        let derived = |x: &str| lower.starts_with(x) && names::n_chars(lower) > names::n_chars(x) + 2 && (self.lex.is_role(lower) || self.lex.report_nouns.contains(lower));
        if let Some(&(_, k, _)) = self.find_recent(at, &|&(_, k, _)| Some(self.known[k].source_type != SourceType::Person && self.known[k].words.iter().any(|x| agrees(x, lower) && !derived(x)))) {
            return Some(k);
        }
        // `X told staff in a memo … “…,” the memo read`: whoever the text
        // said wrote or sent that document.
        if self.lex.report_nouns.contains(lower) {
            if let Some(k) = self.author_of(i) {
                return Some(k);
            }
        }
        // (Else the last body that was a subject, the story's company, not
        // one only cited in passing: `arată datele INS`; for a business,
        // one whose name says it is no union, ministry or institute:
        // `Kestrel Health Systems will cut …`, past `The Communications
        // Workers of America … called`.)
        let public = |k: usize| company && self.known[k].words.iter().any(|x| self.lex.not_company_words.iter().any(|n| agrees(n, x)));
        // (Nor is `the agency` a business the text showed to be one.)
        let public_noun = self.lex.not_company_words.iter().any(|n| n == lower);
        if descriptor {
            if let Some(&(_, k, _)) = self.find_recent(at, &|&(_, k, subject)| Some(subject && body(k) && !public(k) && !(public_noun && self.known[k].company))) {
                return Some(k);
            }
        }
        if self.lex.report_nouns.contains(lower) || self.lex.body_documents.contains(lower) || self.lex.org_descriptors.contains(lower) {
            // (A body that was a subject first: not one cited for its data in between.)
            return self.find_recent(at, &|&(_, k, subject)| Some(subject && body(k))).or_else(|| self.find_recent(at, &|&(_, k, _)| Some(body(k)))).map(|&(_, k, _)| k);
        }
        // `Liderul UDMR a precizat` after `președintele UDMR, Ion Pop`: the
        // person just named with the same body in their role phrase.
        if let Some(k) = self.named_with_complement(i) {
            return Some(k);
        }
        if self.lex.is_proxy_role(lower) {
            return None;
        }
        // Someone new, introduced by the role (`Medicul de gardă a declarat`).
        if self.introduces(i) {
            return None;
        }
        // (`a continuat reporterul`: the one asking, someone introduced
        // as one (`moderatoarea X` … `a insistat jurnalista`), never the
        // person answering.)
        if self.lex.interviewer_words.contains(lower) {
            let asks = |k: usize| self.known[k].source_type == SourceType::Person && self.known[k].roles.iter().any(|r| self.lex.interviewer_words.contains(r.as_str()));
            return self.find_recent(at, &|&(_, k, _)| Some(asks(k))).map(|&(_, k, _)| k);
        }
        if self.lex.is_role(lower) || w.cap(i) && self.names.at(i).is_some_and(|c| self.described_by_origin(c)) {
            // Nobody introduced with the role: the person in focus in this
            // paragraph (a cue's subject or a sentence's opener: `Marcel
            // Ciolacu a vorbit despre Ilie Bolojan. „…”, a spus liderul
            // PSD`), else the last person named.
            // Someone introduced with another office is not this one
            // (`Președintele Consiliului Fiscal, X` is not `premierul`).
            // (A group marked `=` is an occupation, not an office.)
            let office = |r: &str| self.lex.role_groups.iter().any(|g| g[0] != "=" && g.iter().any(|x| agrees(x, r)));
            // A feminine role (`fondatoarea`) is never a man; nor is a
            // masculine one (`the father of three`) someone unnamed brought in
            // as a woman (`His 12-year-old daughter`). (A named woman may
            // still hold a masculine office: `ministrul Alina Pop`.)
            let role_gender = self.lex.gender(lower);
            let feminine_role = role_gender == Some(true);
            // Nor is the journalist asking (`Întrebat de moderatoarea X, ministrul a răspuns`).
            let asker = |k: &Known| !self.lex.interviewer_words.contains(lower) && k.roles.iter().any(|r| self.lex.interviewer_words.contains(r.as_str())) && !k.roles.iter().any(|r| fits_role(r));
            let other_office = |k: &Known| {
                (office(lower) && k.roles.iter().any(|r| office(r)) && !k.roles.iter().any(|r| fits_role(r))) || (feminine_role && k.feminine == Some(false)) || (k.anonymous && role_gender == Some(false) && k.feminine == Some(true)) || asker(k) || !qualified(k) && k.roles.iter().any(|r| fits_role(r))
            };
            let person = |i: usize| self.known[i].source_type == SourceType::Person && !self.known[i].anonymous && !other_office(&self.known[i]);
            // (Someone unnamed the paragraph is about, `Șeful IPJ a
            // precizat … „…”, a spus oficialul`, stays unnamed.)
            // (Not a plural, `două persoane au fost rănite`: a singular role is one of them at most.)
            let unnamed = |i: usize| self.known[i].anonymous && self.known[i].source_type == SourceType::Person && !other_office(&self.known[i]);
            let in_focus = self.find_recent(at, &|&(b, i, subject)| (self.doc.paragraph_of(b) == para).then(|| subject && (person(i) || unnamed(i)))).map(|&(_, i, _)| i);
            // (Nobody in focus here: `the paramedic, who has 14 years'
            // service, said` after `headbutted a paramedic` is someone the
            // text brought in unnamed, not the last person named.)
            if in_focus.is_none() && self.met_unnamed(i) {
                return None;
            }
            return in_focus
                // (Else the one in focus in the paragraph before, a subject,
                // over someone named in passing after them: `Hull boss X was
                // furious, insisting goalkeeper Y had been impeded. / “…,”
                // said the Welshman`: a capitalised word of origin or party
                // after an article describes, it introduces no office.)
                .or_else(|| (w.cap(i) && i > 0 && self.lex.definite.contains_lower(w, i - 1)).then(|| self.find_recent(at, &|&(b, i, subject)| (self.doc.paragraph_of(b) + 1 >= para).then(|| subject && person(i)))).flatten().map(|&(_, i, _)| i))
                // (Nor does `„…”, a spus bărbatul` after `Un martor … a
                // povestit` in the paragraph before pass to someone named
                // earlier: the unnamed speaker is the last one in focus.)
                .or_else(|| {
                    self.find_recent(at, &|&(b, k, subject)| Some(person(k) || (subject && unnamed(k) && self.para_at(b) + 1 >= self.w.para(i)))).map(|&(_, k, _)| k)
                });
        }
        None
    }

    /// True when the role word `i` was met before after an indefinite
    /// article, in the reporter's text and in no apposition or predicate
    /// (`headbutted a paramedic`, not `X, a paramedic,` nor `was a
    /// paramedic`): someone unnamed, whom the definite role means again.
    /// (The look-back is bounded, 400 words: roles are many in a long text.)
    fn met_unnamed(&self, i: usize) -> bool {
        let w = &self.w;
        let lower = w.lower(i);
        self.lex.is_role(lower)
            && (i.saturating_sub(400).max(2)..i).any(|q| {
                w.lower(q) == lower
                    && w.plain(q)
                    && self.lex.indefinite.contains_lower(w, q - 1)
                    && w.plain(q - 1)
                    && !self.lex.copulas.starts_at(w, q - 2)
                    && !self.in_quote(w.list[q].start)
            })
    }

    /// The person the paragraph is about before word `i`: the most recent
    /// named person there who was a subject (a verb with no subject written
    /// in a pro-drop language stands for them).
    pub fn topic_before(&self, i: usize) -> Option<&Known> {
        let at = self.w.list.get(i)?.start;
        let para = self.doc.paragraph_of(at);
        self.find_recent(at, &|&(b, k, subject)| (self.doc.paragraph_of(b) == para).then(|| subject && self.known[k].source_type == SourceType::Person && !self.known[k].anonymous))
            .map(|&(_, k, _)| &self.known[k])
    }

    /// A role written before anyone is named (a headline's `Ministrul
    /// Energiei: „…”`): the first person introduced later with that role.
    pub fn resolve_role_ahead(&self, i: usize) -> Option<&Known> {
        let lower = self.w.lower(i);
        self.person_ahead(i, usize::MAX, &|k| k.roles.iter().any(|r| self.role_match(r, lower)))
    }

    /// The first person the two paragraphs after word `r`'s introduce with
    /// a role or a title: whom a headline's role stands for when its words
    /// differ from the body's (`Schools chief …` / `Superintendent X`).
    pub fn first_role_holder(&self, r: usize) -> Option<&Known> {
        self.person_ahead(r, 2, &|k| !k.anonymous && !k.roles.is_empty())
    }

    /// The first named person mentioned after word `i`, within `paras`
    /// paragraphs of it, that passes `fits` (bounded by the look-back).
    fn person_ahead(&self, i: usize, paras: usize, fits: &dyn Fn(&Known) -> bool) -> Option<&Known> {
        let at = self.w.list[i].start;
        let last = self.doc.paragraph_of(at).saturating_add(paras);
        let from = self.timeline.partition_point(|&(b, _, _)| b <= at);
        self.timeline[from..]
            .iter()
            .take(LOOKBACK)
            .take_while(|&&(b, _, _)| self.doc.paragraph_of(b) <= last)
            .map(|&(_, k, _)| &self.known[k])
            // (Not a headline's own title taken for a name, `Procuror: „…”`: no words left.)
            .find(|k| k.source_type == SourceType::Person && !k.name.is_empty() && fits(k))
    }

    /// A role in the story's opening paragraph, before anyone is named
    /// (`… after “a sudden flashover”, the fire chief said.` / `The fire
    /// chief, Ana Pop, said …`): the first person the next two
    /// paragraphs introduce with that role.
    fn named_ahead(&self, r: usize) -> Option<&Known> {
        let at = self.w.list[r].start;
        let para = self.doc.paragraph_of(at);
        let named_before = self.recent_mentions(at).any(|&(_, k, _)| self.known[k].source_type == SourceType::Person && !self.known[k].anonymous);
        // (The story's first paragraph that reports, past a headline,
        // standfirst and byline: `TORONTO — The chief executive of X
        // defended …`.)
        let opening = para <= 1
            || para <= 4
                && self.doc.paragraphs[..para].iter().all(|r| {
                    let line = self.doc.text[r.clone()].trim_end();
                    !line.ends_with(['.', '!', '?', '"', '”', '’'])
                });
        if !opening || named_before || !self.lex.role_at(&self.w, r) {
            return None;
        }
        // (Introduced in a later paragraph: a name later in the same one
        // is someone else the sentence goes on to, not the lede's role.)
        self.resolve_role_ahead(r).filter(|k| (para + 1..=para + 2).contains(&self.doc.paragraph_of(k.first))).or_else(|| {
            // (Else the next paragraph's first person, a subject given no
            // role of their own: `The chief executive of X defended …` /
            // `“…,” Gordon Lachance told investors`.)
            let &(_, k, subject) = self.timeline.iter().find(|&&(b, k, _)| b > at && self.para_at(b) == para + 1 && self.known[k].source_type == SourceType::Person && !self.known[k].anonymous)?;
            // (The subject of a reporting verb there, not of any verb.)
            let speaks = || self.cues.iter().filter(|c| self.w.para(c.first) == para + 1).any(|c| matches!(self.subject_of(c, self.w.len()), Some(Subject::Named(n)) if self.lookup(&self.chunk_words(n)) == Some(k)));
            (subject && self.known[k].roles.is_empty() && speaks()).then(|| &self.known[k])
        })
    }

    /// Paragraph `para` is a headline or standfirst: one of the first two,
    /// with no full stop closing it. Such lines drop articles (`premier
    /// says …`) and announce people the story names further down.
    pub fn display_line(&self, para: usize) -> bool {
        let line = self.doc.text[self.doc.paragraphs[para].clone()].trim_end();
        para <= 1 && !line.ends_with(['.', '!', '?', ':']) && !line.ends_with(".\"") && !line.ends_with(".”")
    }

    /// Resolves any subject to a known name, for speakers and claim links.
    pub fn resolve(&self, s: Subject) -> Option<(String, SourceType)> {
        let known = match s {
            Subject::Named(c) => {
                let (c, t) = self.named(c);
                return Some((self.full_name(c), t));
            }
            Subject::Pronoun(p) => self.resolve_pronoun(p),
            // `according to a person close to the governor`: an indefinite
            // role is someone new, never someone named before.
            // (Not a body's noun before its voice, `a district spokesperson
            // said`: the voice speaks for the body the noun means.)
            Subject::Role(r) if self.indefinite_before(r) && self.relative(r).flatten().is_none() && !self.body_noun_voiced(r) => None,
            Subject::Role(r) => {
                let Some(k) = self.resolve_role_index(r) else {
                    return self.named_ahead(r).map(|k| (k.name.clone(), k.source_type));
                };
                // (As written last before it, case ending and all: `Curtea
                // de Apel X` … `motivarea Curții de Apel X` … `au reținut
                // judecătorii` is the Curții's.)
                // (Not an acronym, `CAS`, when the body was named in full:
                // the most specific name.)
                let name = self.written(k, self.w.list[r].start, None).filter(|n| !(names::all_caps(n) && self.known[k].name.contains(' '))).unwrap_or_else(|| self.known[k].name.clone());
                if self.known[k].anonymous {
                    return self.voiced_by(&self.known[k]);
                }
                return Some((name, self.known[k].source_type));
            }
            Subject::Anonymous => None,
        };
        let k = known?;
        if k.anonymous {
            return self.voiced_by(k);
        }
        Some((k.name.clone(), k.source_type))
    }

    /// The body an unnamed person brought in as its voice speaks for (`A
    /// spokesman for the Department of Housing said …` / `“…,” he said`):
    /// the quote is the body's.
    fn voiced_by(&self, k: &Known) -> Option<(String, SourceType)> {
        let v = self.w.at(k.first);
        // (Or the body's name right before the voice: `A Coles spokeswoman
        // said …` / `“…,” she said`.)
        let before = || (v > 0 && v < self.w.len() && self.w.plain(v) && self.lex.body_voices.contains_lower(&self.w, v)).then(|| self.names.ending(v - 1)).flatten().filter(|&c| self.usable(c));
        let c = self.body_after_voice(v).or_else(before)?;
        let (c, t) = self.named(c);
        (t != SourceType::Person).then(|| (self.full_name(c), t))
    }

    /// The text of the last mention of known `k` before byte `at` (in
    /// paragraph `para`, if given) that names it in full.
    fn written(&self, k: usize, at: usize, para: Option<usize>) -> Option<String> {
        let full = self.known[k].words.len();
        let &(b, _, _) = self.find_recent(at, &|&(b, i, _)| (para.map_or(true, |p| self.para_at(b) == p)).then(|| i == k && self.w.at(self.mention_end[self.w.at(b)]) == self.w.at(b) + full))?;
        Some(self.doc.text[b..self.mention_end[self.w.at(b)]].to_string())
    }

    /// The last person's name of two words or more that ends in `surname`
    /// and closes before byte `at` (`Jett Kowalczuk` before `Kowalczuk
    /// said`), whether or not a pass registered it.
    fn earlier_full_name(&self, at: usize, surname: &str) -> Option<Chunk> {
        // (The chunks come left to right and never overlap, so their ends
        // ascend: the last fitting one before `at` is found from the back,
        // not by a walk from the start of the text for every surname.)
        let chunks = &self.names.chunks;
        let end = chunks.partition_point(|d| self.w.list[d.last].end <= at);
        chunks[..end].iter().rev().find(|d| d.last > d.first && self.w.lower(d.last) == surname && names::classify(&self.w, self.lex, **d) == SourceType::Person).copied()
    }

    /// The last person's name of two words or more ending in `surname`
    /// before byte `at` whose first name shows gender `g` (bounded: 400
    /// chunks back).
    fn gendered_full_name(&self, at: usize, surname: &str, g: bool) -> Option<Chunk> {
        let chunks = &self.names.chunks;
        let end = chunks.partition_point(|d| self.w.list[d.last].end <= at);
        chunks[end.saturating_sub(400)..end].iter().rev().find(|d| d.last > d.first && self.w.lower(d.last) == surname && self.word_gender(self.w.lower(d.first)) == Some(g)).copied()
    }

    /// A bare surname opening its sentence that several people named in
    /// full share (`Lindqvist will play …` after `Ana Lindqvist` and, in an
    /// earlier paragraph, `her sister, Mia Lindqvist`): the first of them
    /// who has been a subject, as [`Context::full_name`] names it, in place
    /// of `i`, the latest — unless `i` was named in this very paragraph.
    fn principal(&self, c: Chunk, i: usize) -> usize {
        let w = &self.w;
        let k = &self.known[i];
        // (A first name alone, `Sharon, 21, was …`, is the one it names,
        // not a namesake who shares the surname.)
        if c.first != c.last || k.words.len() < 2 || c.first > 0 && w.plain(c.first) && !w.cap(c.first - 1) || k.words.last().map(String::as_str) != Some(w.lower(c.first)) {
            return i;
        }
        let at = w.list[c.first].start;
        let mut pick = i;
        let mut fresh = false;
        // (`i` not met yet, only named in full further on — `Pop, 21 de ani,`
        // after a headline's `Ana Pop` and before `her father, Ion Pop`: the
        // namesake met last.)
        let namesake = |j: usize| {
            let kj = &self.known[j];
            kj.source_type == SourceType::Person && !kj.anonymous && kj.words.len() > 1 && kj.words.last() == k.words.last() && !kj.possessive() && !kj.double_barrelled()
        };
        let mut seen = false;
        for &(b, j, subject) in self.recent_mentions(at) {
            if j == i {
                seen = true;
                fresh |= self.para_at(b) == self.para_at(at);
            }
            if subject && j < pick && namesake(j) {
                pick = j;
            }
        }
        if fresh {
            i
        } else if !seen && pick == i {
            // (Entries come in text order: the namesake registered last before it.)
            (0..i).rev().find(|&j| namesake(j)).unwrap_or(i)
        } else {
            pick
        }
    }

    /// The byline near the top: a paragraph whose first line is only a
    /// person's full name, or an interviewer word and one (`By Ana Pop`;
    /// the outlet's name may follow on the next line).
    fn find_byline(&self) -> Option<Chunk> {
        let (doc, w) = (self.doc, &self.w);
        for p in doc.paragraphs.iter().take(4).skip(1) {
            let line_end = doc.text[p.clone()].find('\n').map_or(p.end, |i| p.start + i);
            let (a, b) = (w.at(p.start), w.at(line_end));
            let a = if a < b && self.lex.interviewer_words.contains_lower(w, a) { a + 1 } else { a };
            let c = self.names.starting(a).filter(|c| c.last + 1 == b && c.last > c.first && c.last <= c.first + 3);
            if let Some(c) = c.filter(|&c| names::classify(w, self.lex, c) == SourceType::Person) {
                return Some(c);
            }
        }
        None
    }

    /// Registers a mention of a person or body so later pronouns and roles
    /// can find it. Mentions must come in text order.
    fn remember(&mut self, c: Chunk, t: SourceType, subject: bool) {
        if self.byline.is_some_and(|b| c.first >= b.first && c.last <= b.last) {
            return;
        }
        let name = names::text(&self.w, c).to_string();
        let mut words = self.chunk_words(c);
        if words.is_empty() {
            return;
        }
        let at = self.w.list[c.first].start;
        // (A picture's credit names no one the text goes on about.)
        if self.patterns.iter().any(|f| f.source_type == SourceType::Photo && f.span.contains(&at)) {
            return;
        }
        let roles = self.roles_around(c);
        // A re-mention (`Korolev` after `Alexander Korolev`) joins the entry.
        let company = t == SourceType::Organization && (names::company(&self.w, self.lex, c) || self.company_words.contains_lower(&self.w, c.first));
        // (Not a full name into a surname's entry when an earlier full
        // name with that surname, one no pass registered, is whom the
        // surname stood for: `picked Jett Kowalczuk` … `Kowalczuk said` …
        // `Liam Kowalczuk`, his brother, is someone else.)
        let other = |i: usize| {
            let k = &self.known[i];
            // (The cheap tests first: the scan below runs for every mention.)
            if k.words.len() != 1 || words.len() < 2 {
                return false;
            }
            // (Where the entry was first mentioned: its introduction byte is
            // set only after the passes.)
            let mut met = usize::MAX;
            for m in &self.timeline {
                if m.1 == i && m.0 < met {
                    met = m.0;
                }
            }
            met != usize::MAX && self.earlier_full_name(met, &k.words[0]).is_some_and(|d| !covered(&self.chunk_words(d), &words))
        };
        // (A bare surname several people named in full share, as a cue's
        // subject: the principal, as for a lone opener — `Kiriakou said he
        // would be back` after `his father, George Kiriakou, said`.)
        // (A double-barrelled surname is those two words in that order:
        // `Ms. Restrepo-Gaviria` is not `Gloria Gaviria de Restrepo`.)
        let barrel = (c.first + 1..c.last + 1).find(|&k| self.w.raw_gap_is(k, "-") && self.w.cap(k)).map(|k| (self.w.lower(k - 1), self.w.lower(k)));
        let barrelled = |i: usize| barrel.is_none_or(|(a, b)| self.known[i].words.windows(2).any(|p| p[0] == a && p[1] == b));
        // (`Mr Garvey` is not `Siobhán Garvey` named just before: a
        // title's gender against the entry's.)
        let title_gender = (t == SourceType::Person && words.len() == 1 && c.first > 0 && self.lex.titles.contains_lower(&self.w, c.first - 1)).then(|| self.word_gender(self.w.lower(c.first - 1))).flatten();
        let unlike = |i: usize| title_gender.is_some_and(|g| self.known[i].feminine.is_some_and(|f| f != g));
        let lookup = self.lookup(&words).filter(|&i| self.known[i].source_type == t && !other(i) && barrelled(i) && !unlike(i));
        let lookup = lookup.map(|i| if subject && words.len() == 1 && t == SourceType::Person { self.principal(c, i) } else { i });
        let idx = match lookup {
            Some(i) => {
                let k = &mut self.known[i];
                if words.len() > k.words.len() {
                    k.name = name;
                    k.words = words.clone();
                }
                join_roles(k, roles);
                i
            }
            None => {
                // (A surname after a full name no pass registered yet,
                // `Sam Kiriakou, 26, started …` … `Kiriakou said`: that
                // person, so a namesake met later is told apart.)
                // (Not after a title, `Mr Coen` after `Martin and Grainne
                // Coen`: the title's gender picks the name, as full_name does.)
                let titled = c.first > 0 && self.lex.titles.contains_lower(&self.w, c.first - 1);
                let full = (t == SourceType::Person && words.len() == 1 && !titled && self.para_at(at) > 0).then(|| self.earlier_full_name(at, &words[0])).flatten();
                // (A gendered title with a namesake of the other sex known:
                // the earlier full name whose first name shows its gender,
                // `the home of Thomas Garvey` … `Mr Garvey`.)
                let full = full.or_else(|| title_gender.filter(|_| self.lookup(&words).is_some_and(unlike)).and_then(|g| self.gendered_full_name(at, &words[0], g)));
                let c = full.unwrap_or(c);
                let (name, w2) = match full {
                    Some(d) => (names::text(&self.w, d).to_string(), self.chunk_words(d)),
                    None => (name, words.clone()),
                };
                words = w2;
                let feminine = if t == SourceType::Person { self.gender_of(c, &roles) } else { None };
                self.known.push(Known { name, words: words.clone(), source_type: t, roles, feminine, anonymous: false, first: usize::MAX, company: false });
                self.known.len() - 1
            }
        };
        for x in words {
            let v = self.by_word.entry(x).or_default();
            if v.last() != Some(&idx) {
                v.push(idx);
            }
        }
        self.known[idx].company |= company;
        self.push_mention((at, idx, subject));
        self.mention_end[c.first] = self.w.list[c.last].end;
    }

    /// `Antrenorul echipei, suedezul Mattias Berg,`: a name set off after a
    /// role, with a lowercase descriptor or two in front of it (a nationality,
    /// an age, a former post); the word opening the apposition, if so.
    pub fn described_apposition(&self, c: Chunk) -> Option<usize> {
        let w = &self.w;
        let s0 = w.sentence_start(w.sent(c.first));
        let r = (c.first.saturating_sub(2).max(s0 + 1)..c.first).find(|&q| w.gap_is(q, ","))?;
        let lo = r.saturating_sub(4).max(s0);
        // (An articled word opens it: not `ca și X`, `împreună cu X`.)
        let x = w.lower(r);
        let articled = names::suffixed(&self.lex.article_endings, x, 2) || x.ends_with('a') && names::n_chars(x) > 4;
        let described = articled && !self.lex.prepositions.contains(x) && (r..c.first).all(|q| w.plain(q + 1) && !w.cap(q) && !w.digit(q));
        (described && (lo..r).any(|q| self.single_role(q))).then_some(r)
    }

    /// True when a role introduces the name: right before it (`council
    /// leader Priya Natarajan`), or in an apposition (`Prefectul județului,
    /// Mihai Stan`, `Marta Oosterhuis, the union’s chief negotiator`).
    fn introduced_with_role(&self, c: Chunk) -> bool {
        let w = &self.w;
        let role = |k: usize| self.single_role(k);
        let sent = w.sent(c.first);
        if c.first > 0 && w.plain(c.first) && role(c.first - 1) {
            return true;
        }
        // `analistul politic Cristian Pîrvu`, `consilierul local X`: a
        // lowercase qualifier or two between the role and the name.
        if c.first > 1 && w.plain(c.first) {
            let mut q = c.first - 1;
            let lo = c.first.saturating_sub(3);
            while q > lo && w.plain(q) && !w.cap(q) && !w.digit(q) && !self.lex.prepositions.contains_lower(w, q) && self.cue_at[q] == u32::MAX && !role(q) {
                q -= 1;
            }
            if q + 1 < c.first && role(q) && w.plain(q + 1) {
                return true;
            }
        }
        if w.gap_is(c.first, ",") || self.described_apposition(c).is_some() {
            let s0 = w.sentence_start(sent);
            let lo = c.first.saturating_sub(4).max(s0);
            if (lo..c.first).any(role) {
                return true;
            }
            // `Directorul general al Companiei Naționale X, Ion Pop,`: the
            // role opening the sentence, however long its complement.
            if c.first <= s0 + 10 && role(s0) && (s0 + 1..c.first).all(|q| !w.gap_has(q, ',')) {
                return true;
            }
        }
        if w.gap_after(c.last).trim() == "," {
            let hi = (c.last + 5).min(w.sentence_end(sent));
            // (A plain loop, not a take_while: less wasm.)
            for k in c.last + 1..hi {
                if k > c.last + 1 && w.gap_has(k, ',') {
                    break;
                }
                if role(k) {
                    return true;
                }
            }
            // (`Michael Fenwick, who served as a rural affairs minister`: an
            // office given in a relative clause.)
            let a = c.last + 1;
            if a + 2 < w.len() && crate::sources::is_relative(self.doc.lang, w.lower(a)) {
                if let Some((n, _)) = self.lex.office_verbs.at(w, a + 1).or_else(|| self.lex.copulas.at(w, a + 1)) {
                    let end = (a + 1 + n + 6).min(w.sentence_end(sent));
                    if (a + 1 + n..end).take_while(|&k| k == a + 1 + n || !w.gap_has(k, ',')).any(|k| !w.cap(k) && role(k)) {
                        return true;
                    }
                }
            }
            // (`Paweł Ostrowski, an entomologist at the Jagiellonian
            // University`: an indefinite noun no list knows, placed at a
            // named body, describes a person's work.)
            let a = c.last + 1;
            if a + 1 < w.len() && self.lex.indefinite.contains_lower(w, a) && w.plain(a + 1) && !w.cap(a + 1) {
                let end = (a + 5).min(w.sentence_end(sent));
                if let Some(q) = (a + 2..end).find(|&q| w.plain(q) && !w.cap(q) && self.lex.prepositions.contains_lower(w, q)) {
                    return (a + 2..q).all(|r| w.plain(r) && !w.cap(r) && !w.digit(r)) && q + 1 < w.len() && w.plain(q + 1) && (w.cap(q + 1) || self.lex.definite.contains_lower(w, q + 1) && q + 2 < w.len() && w.cap(q + 2));
                }
            }
            return false;
        }
        false
    }

    /// Word `k` is a role in the genitive after another role: whose role
    /// that is (`nepotul artistei, X` is no artist, nor a woman).
    fn complement_role(&self, k: usize) -> bool {
        k > 0 && self.w.plain(k) && self.lex.role_at(&self.w, k - 1) && names::suffixed(&self.lex.genitive_endings, self.w.lower(k), 2)
    }

    /// Role words written around a name: before it in its sentence (`Health
    /// Secretary`, `Profesoara de matematică`) and in an apposition after it.
    fn roles_around(&self, c: Chunk) -> Vec<String> {
        let w = &self.w;
        let sent = w.sent(c.first);
        let mut lo = c.first.saturating_sub(6).max(w.sentence_start(sent));
        // Not past another person's name, past its titles: `Ministrul Radu
        // Stan a vorbit cu Elena Pop` makes no minister of Elena Pop, nor
        // `Judge Ana Pop jailed Tom Reed` a judge of Reed.
        let given = |n: Chunk| names::given_parts(self.lex, w.lower(names::strip_titles(w, self.lex, n).unwrap_or(n).first));
        if let Some(q) = (lo..c.first).rev().find(|&q| self.names.ending(q).is_some_and(|n| n.last < c.first && n.last > n.first && given(n))) {
            lo = q + 1;
        }
        // Not past a genitive word right before the name: `Avocatul lui Ion
        // Pop` is Pop's lawyer, not Pop.
        if c.first > lo && w.plain(c.first) && names::listed(&self.lex.genitive_endings, w.lower(c.first - 1)) {
            lo = c.first;
        }
        // Not across a comma (`Ann Blake, the governor, and John Hale`), save
        // an apposition the name itself fills (`Prefectul județului, Mihai Stan`).
        // (A body's name in quotation marks may close before the comma:
        // `președinta asociației „Pro Lex”, Ana Pop`.)
        let comma = |g: &str| names::trim_start_any(g.trim(), &['”', '“', '»', '"']) == ",";
        if !comma(w.gap(c.first)) {
            if let Some(q) = (lo + 1..c.first + 1).rev().find(|&q| w.gap_has(q, ',')) {
                lo = q;
            }
        }
        // (Pushed in a loop, not collected from filters: less wasm.)
        let mut out: Vec<String> = Vec::new();
        // (Not a word of a body's name before it: `Justice Department
        // lawyer X` is no justice.)
        let body_word = |k: usize| w.cap(k) && self.names.at(k).is_some_and(|n| n.last < c.first && n.last > n.first && names::classify(w, self.lex, n) == SourceType::Organization);
        // (Nor a lowercase noun qualifying the role after it: `treasury
        // spokesman X` is no treasurer.)
        let qualifier = |k: usize| k + 1 < c.first && !w.cap(k) && w.plain(k + 1) && !w.cap(k + 1) && self.lex.is_role(w.lower(k + 1)) && !self.lex.office_qualifiers.contains(w.lower(k));
        for k in lo..c.last + 1 {
            let x = w.lower(k);
            if !self.complement_role(k) && (self.lex.is_role(x) || self.lex.office_qualifiers.contains(x)) && !self.lex.not_names.contains(x) && !body_word(k) && !qualifier(k) {
                out.push(x.to_string());
            }
        }
        // `Rectorul Universității Babeș-Bolyai din Cluj-Napoca, prof. Kelemen
        // Zoltán-Csaba`: a long role phrase the name (past its titles) is set
        // off from by a comma.
        let mut t = c.first;
        while t > lo && self.lex.titles.contains_lower(w, t - 1) {
            t -= 1;
        }
        let mut n = c.first;
        while n < c.last && self.lex.titles.contains_lower(w, n) {
            n += 1;
        }
        let mut t = if n > c.first { c.first } else { t };
        // (`șeful IPJ Suceava, comisarul-șef Vasile Onu`: past a role of its own.)
        while t > 1 && !w.cap(t - 1) && (self.lex.role_at(w, t - 1) || w.raw_gap_is(t - 1, "-")) && !w.gap_has(t, ',') {
            t -= 1;
        }
        // (`Antrenorul echipei, danezul X`: past a descriptor opening the apposition.)
        let t = self.described_apposition(c).filter(|&d| d < t).unwrap_or(t);
        if t > 0 && comma(w.gap(t)) {
            let s0 = w.sentence_start(sent);
            let part = (s0 + 1..t).rev().find(|&q| w.gap_has(q, ',')).unwrap_or(s0);
            // The role nearest the name (`… a discutat cu ministrul Justiției,
            // Radu Marinescu` is the minister, not the premier opening it).
            // (Not a role another person's name follows: `Întrebat de
            // jurnalista Ana Pop …, ministrul Ion Rus` is no journalist.)
            // (A body's name in quotation marks is no person: `Liderul
            // sindicatului „Pro Lex”, Ana Pop`.)
            let quoted = |q: usize| names::ends_any(w.gap(q), &['„', '“', '«', '"']);
            let own = |k: usize| !(k + 1..t).any(|q| !quoted(q) && self.names.starting(q).is_some_and(|n| n.last > n.first && names::classify(w, self.lex, n) == SourceType::Person));
            if let Some(head) = (part..t).rev().take(12).find(|&k| self.lex.role_at(w, k) && !self.complement_role(k)).filter(|&k| own(k)).map(|k| w.lower(k)) {
                if !out.iter().any(|r| r == head) {
                    out.push(head.to_string());
                }
            }
        }
        // (Not the next item of a list: `…, Radu Hâncu, și șeful IPJ`.)
        let listed = c.last + 1 < w.len() && self.lex.coordinators.contains_lower(w, c.last + 1);
        if w.gap_after(c.last).trim_start().starts_with(',') && !listed {
            let hi = (c.last + 9).min(w.sentence_end(sent));
            for k in c.last + 1..hi {
                // (Not past the verb: `X, a anunțat că locatarii …`; nor
                // into a relative clause about someone else: `X, whose son
                // was on board`, though `X, who is the director`.)
                let relative = k == c.last + 1 && crate::sources::is_relative(self.doc.lang, w.lower(k)) && !(k + 1 < w.len() && (self.lex.copulas.starts_at(w, k + 1) || self.lex.office_verbs.starts_at(w, k + 1)));
                if k > c.last + 1 && w.gap_has(k, ',') || self.cue_at[k] != u32::MAX || relative {
                    break;
                }
                if self.lex.role_at(w, k) || self.lex.office_qualifiers.contains_lower(w, k) {
                    out.push(w.lower(k).to_string());
                }
            }
        }
        out
    }

    /// True when the name opens its sentence past a subordinator (`When
    /// Kylie Marchant launched …,`) and a lowercase word follows it: the
    /// subject of the sentence's opening clause.
    fn clause_subject(&self, c: Chunk) -> bool {
        let w = &self.w;
        let s0 = self.after_dateline(w.sentence_start(w.sent(c.first)));
        let opens = c.first == s0 || c.first == s0 + 1 && w.plain(c.first) && self.lex.subordinators.contains_lower(w, s0);
        let n = c.last + 1;
        // (Not a body before its voice's role: `Simon Communities
        // spokeswoman Niamh Costigan said`.)
        opens && n < w.len() && (w.plain(n) && !w.cap(n) && !self.lex.role_at(w, n) || w.gap_is(n, ",")) && !self.possessive_s(n) && !self.in_quote(w.list[c.first].start)
    }

    /// First pass: every named subject of a cue and every titled name, in
    /// text order, becomes a known person or body.
    fn collect_known(&mut self) {
        let mut found: Vec<(Chunk, SourceType, bool)> = Vec::new();
        for ci in 0..self.cues.len() {
            let cue = self.cues[ci].clone();
            let limit = self.w.sentence_end(self.w.sent(cue.first));
            // (`Mr. Abernathy, 46, called Mr. Kessler to concede`: a name
            // opening the sentence, set off by a comma before the verb, is
            // its subject; the name after the verb its object.)
            let comma_only = names::has_any(self.w.gap(cue.first), &[',']) && !names::has_any(self.w.gap(cue.first), &['“', '”', '„', '«', '»', '"', '—', '–']);
            let before = comma_only.then(|| self.subject_before(&cue)).flatten();
            let opener = matches!(before, Some(Subject::Named(c)) if c.first <= self.after_dateline(self.w.sentence_start(self.w.sent(c.first))) + 1 && self.named(c).1 == SourceType::Person);
            let after = if self.inverted(&cue) && !opener { self.subject_after(&cue, limit) } else { None };
            // (`X, …, a cerut Guvernului`: a one-word body in the dative after
            // the verb is its object, not a subject that displaces X.)
            let oblique = |c: Chunk| c.first == c.last && names::classify(&self.w, self.lex, c) != SourceType::Person && names::suffixed(&self.lex.genitive_endings, self.w.lower(c.first), 3);
            let after = after.filter(|s| !matches!(s, Subject::Named(c) if oblique(*c)));
            // (`…, unde lucrează 640 de oameni, a anunțat compania`: a subject
            // after the verb makes the name before it no subject.)
            let before = if matches!(after, Some(Subject::Named(_) | Subject::Role(_))) { None } else if comma_only { before } else { self.subject_before(&cue) };
            for s in [before, after].into_iter().flatten() {
                if let Subject::Named(c) = s {
                    // (`The Minnesota Democrat said`: a capitalised role
                    // after the article and a place describes someone named
                    // before, as `the senator` would; it names no one new.)
                    if self.described_by_role(c) {
                        continue;
                    }
                    let (c, t) = self.named(c);
                    // (`the Department of Environment, Tourism, Science and
                    // Innovation said`: the list's last name is the body's.)
                    let (c, t) = match crate::sources::portfolio_start(self, c) {
                        Some(first) => (Chunk { first, last: c.last }, SourceType::Organization),
                        None => (c, t),
                    };
                    // (`In a statement, Johannesburg Water said`: a name no
                    // first name or title opens, speaking through a
                    // statement, is a body's, as its source is.)
                    // (Nor is a name set off before a relative only things
                    // take: `Climate Siege, which is demanding …, said`.)
                    let t = if t == SourceType::Person && (crate::sources::in_statement(self, &cue, c) || crate::sources::body_shaped(self, c)) { SourceType::Organization } else { t };
                    found.push((c, t, true));
                }
            }
        }
        for c in self.names.chunks.clone() {
            let titled = names::strip_titles(&self.w, self.lex, c).is_some_and(|s| s != c);
            if let Some(n) = self.remit_holder(c) {
                // (Opening the sentence before its verb, the office's holder is its subject.)
                let s0 = self.w.sentence_start(self.w.sent(c.first));
                let office = self.names.ending(c.first - 2).map_or(c.first, |t| t.first);
                let v = c.last + 1;
                let subject = (office == s0 || office == s0 + 1 && self.lex.definite.contains_lower(&self.w, s0)) && v < self.w.len() && self.w.plain(v) && !self.w.cap(v) && !self.w.digit(v) && !self.lex.prepositions.contains_lower(&self.w, v);
                found.push((n, SourceType::Person, subject));
            } else if c.last > c.first && titled && !names::is_title_phrase(&self.w, self.lex, c) {
                if let Some(s) = names::strip_titles(&self.w, self.lex, c) {
                    if names::classify(&self.w, self.lex, s) == SourceType::Person {
                        // (`Dr Okafor was blunt.`: opening the sentence
                        // before its verb, the titled name is its subject.)
                        let s0 = self.w.sentence_start(self.w.sent(c.first));
                        let v = c.last + 1;
                        // (Or right after a reporting verb, as its clause's
                        // subject: `Reports suggested Premier Ana Pop is …`.)
                        // (Not after a verb whose object is a hearer: `told
                        // Judge Elaine Pruitt she was prepared …`.)
                        let subject = (c.first == s0 || self.cues.iter().any(|q| q.first + q.len == c.first) && !self.lex.outlet_cues.starts_at(&self.w, c.first - 1)) && v < self.w.len() && self.w.plain(v) && !self.w.cap(v) && !self.w.digit(v) && !self.lex.prepositions.contains_lower(&self.w, v) && !self.lex.subordinators.contains_lower(&self.w, v);
                        found.push((s, SourceType::Person, subject));
                    }
                }
            } else if c.last > c.first && !self.is_code(c) && self.introduced_with_role(c) && names::classify(&self.w, self.lex, c) == SourceType::Person && !self.complement_before_name(c) && !self.company_words.contains_lower(&self.w, c.first) {
                // `council leader Priya Natarajan`, `Prefectul județului, Mihai Stan`;
                // set off by commas after the role opening the sentence
                // (`Primarul comunei, Ion Pop, a salutat decizia.`), the
                // name is the sentence's subject.
                let s0 = self.w.sentence_start(self.w.sent(c.first));
                // (`De partea cealaltă, antrenorul echipei, X, s-a declarat`.)
                let s0 = if self.lex.role_at(&self.w, s0) { s0 } else { self.past_lead_phrase(s0) };
                // Or right after a short role phrase opening the sentence
                // (`Analistul politic Cristian Pîrvu, citat de …, crede`).
                let after = self.w.gap_after(c.last).trim_start();
                // (`Purtătorul de cuvânt al ISU, locotenentul Ion Pop, a …`:
                // a rank or role word may open the apposition.)
                let r = c.first.saturating_sub(1);
                let ranked = r > s0 && self.w.gap_is(r, ",") && self.w.plain(c.first) && !self.w.cap(r) && self.lex.role_at(&self.w, r);
                // (`Antrenorul echipei, suedezul X Y, a …`: a descriptor opens it.)
                let (ranked, r) = match self.described_apposition(c) {
                    Some(d) if !ranked && d > s0 => (true, d),
                    _ => (ranked, r),
                };
                // (`Sattler's co-author, Ingrid Varga of the University of
                // Washington, was …`: or a place or body after it first.)
                let affiliated = || after.is_empty() && c.last + 1 < self.w.len() && self.lex.prepositions.contains_lower(&self.w, c.last + 1) && (c.last + 2..(c.last + 9).min(self.w.sentence_end(self.w.sent(c.first)))).find(|&q| self.w.gap_has(q, ',')).is_some_and(|q| self.w.gap_is(q, ",") && !self.w.cap(q));
                let apposed = (self.w.gap_is(c.first, ",") || ranked) && (after.starts_with(',') || affiliated()) && c.first <= s0 + 10;
                let headed = self.w.plain(c.first) && c.first <= s0 + 3 && (after.starts_with(',') || (c.last + 1 < self.w.len() && self.w.plain(c.last + 1) && !self.w.cap(c.last + 1)));
                let subject = c.first > s0
                    && (apposed || headed)
                    // (`Bears coach Ana Pop did …`: a capitalised qualifier before the role.)
                    && (self.lex.role_at(&self.w, s0) || c.first > s0 + 1 && (s0 + 1..c.first).all(|q| self.role_part(q)) || self.possessive_lead(s0, c.first))
                    && (s0 + 1..if ranked { r } else { c.first }).all(|q| !self.w.gap_has(q, ',') && !self.w.digit(q) && (q == s0 || !self.w.cap(q) || apposed));
                found.push((c, SourceType::Person, subject || self.doubled_object_subject(c, s0)));
            } else if (self.opens_sentence(c.first) && !self.names.starting(c.first + 2).is_some_and(|n| names::gathered(&self.w, self.lex, n)) || names::gathered(&self.w, self.lex, c) && self.opens_sentence(c.first - 2))
                && ((c.first..c.last + 1).any(|k| self.lex.org_words.contains_text(&self.w, k)) && names::classify(&self.w, self.lex, c) == SourceType::Organization
                    // (Or a name a descriptor showed a body's before.)
                    || self.org_name_words.contains_lower(&self.w, c.first) && self.named(c).1 == SourceType::Organization)
                // (`Reporterii HotNews au cerut`: people, not the body; nor
                // `Compania a raportat`, a common noun opening the sentence.)
                // (`Ministerul`, `Primăria` are bodies, though roles share
                // their stems: `ministrul`, `primarul`.)
                && (!self.lex.role_at(&self.w, c.first) || self.lex.org_words.contains_text(&self.w, c.first))
                && !(c.first == c.last && (self.lex.org_descriptors.contains_lower(&self.w, c.first) || self.lex.not_names.contains_lower(&self.w, c.first)))
                // (Nor a lone role word that also opens a body's name:
                // `Avocatul a declarat`, not `Avocatul Poporului`.)
                && !(c.first == c.last && self.listed_role(c.first))
            {
                // `Clubul X a reziliat contractul …`: a body opening its
                // sentence, which a later `a transmis clubul` refers to.
                // (`Asociația producătorilor X`: named from the body's noun.)
                let first = if self.opens_sentence(c.first) { c.first } else { c.first - 2 };
                found.push((Chunk { first, ..c }, SourceType::Organization, true));
            } else if c.last > c.first && self.clause_subject(c) && names::given_parts(self.lex, self.w.lower(c.first)) && !self.is_code(c) && names::classify(&self.w, self.lex, c) == SourceType::Person && self.usable(c) {
                // `When Kylie Marchant launched the festival four years
                // ago, she …`: a full name with a first name the data knows,
                // subject of a clause opening the sentence, is someone later
                // roles and pronouns may mean, cue or no cue.
                found.push((c, SourceType::Person, true));
            } else if names::company(&self.w, self.lex, c) && self.named(c).1 == SourceType::Organization {
                // (`Workers at Corrib Medical Technologies were told`: a
                // business the text shows to be one, which a later `the
                // company said` stands for.)
                found.push((c, SourceType::Organization, false));
            } else if self.lex.role_bodies.iter().any(|g| g[1..].iter().any(|h| h == self.w.lower(c.first))) && self.named(c).1 == SourceType::Organization && !(c.first > 0 && self.lex.definite.contains_lower(&self.w, c.first - 1)) {
                // `condamnat de Curtea de Apel Cluj`: a body of a kind a
                // noun may stand for later (`se arată în minuta instanței`),
                // wherever it is named. (Not after an article, `the Bureau
                // … estimated`: a clause's subject, the cues' business.)
                found.push((c, SourceType::Organization, false));
            } else if c.last > c.first && self.lex.org_descriptors.contains_lower(&self.w, c.last) && self.named(c).1 == SourceType::Organization {
                // (`A former nurse at Northfield Hospital …`: a body whose
                // name ends in its kind's noun, which a later `the hospital
                // said` stands for.)
                found.push((c, SourceType::Organization, false));
            }
        }
        // `An elderly man who gave only his first name, Dawood, watched the
        // march.`: the name given for someone unnamed opening the sentence
        // is its subject, whom a later `he said` means.
        for s in 0..self.w.sent_first.len().saturating_sub(1) {
            let s0 = self.after_dateline(self.w.sentence_start(s));
            if s0 < self.w.len() && self.lex.indefinite.contains_lower(&self.w, s0) {
                if let Some(c) = self.given_name_in(s0 + 2, (s0 + 20).min(self.w.sentence_end(s))) {
                    found.push((c, SourceType::Person, true));
                }
            }
        }
        for f in &self.patterns {
            if let Some(c) = f.chunk {
                if f.source_type != SourceType::Person && f.source_type != SourceType::Photo {
                    found.push((c, f.source_type, false));
                }
            }
        }
        // One entry per position; a cue subject wins over a plain mention.
        crate::order::sort_by_key(&mut found, |&(c, _, subject)| crate::order::pack([0, 0, c.first, usize::from(!subject)]));
        found.dedup_by_key(|(c, _, _)| c.first);
        for (c, t, subject) in found {
            self.remember(c, t, subject);
        }
        // A known person opening a sentence is that sentence's subject
        // (`Whitfield was less patient. “…,” the senator said`).
        let mut extra = Vec::new();
        let mut new_people = Vec::new();
        let mut objects = Vec::new();
        // Words opening a sentence alone before a lowercase verb (`Zhao was
        // gracious in defeat.`): a two-word name holding one, met before
        // (`Gilchrist beat Zhao Wenhao`; three words too), is a person whatever the data
        // knows of the first name.
        let mut lone_openers: crate::hash::FxSet<String> = Default::default();
        for c in &self.names.chunks {
            // (Or set off by a comma: `Zhao, who made breaks of 131, was …`.)
            // (A double-barrelled surname is one word: `Vasquez-Pratt gave
            // birth …` after `When Jolene Vasquez-Pratt went into labor`.)
            let one_surname = (c.first + 1..c.last + 1).all(|k| self.w.raw_gap_is(k, "-"));
            let v = c.last + 1;
            // (Not a place before a role, `Montana senator talks …`: the
            // lowercase word after it is no verb.)
            if one_surname && self.opens_sentence(c.first) && v < self.w.len() && (self.w.plain(v) && !self.w.cap(v) && !self.w.digit(v) && !self.lex.role_at(&self.w, v) || self.w.gap_is(v, ",")) {
                lone_openers.insert(self.w.lower(c.last).to_string());
            }
        }
        let opens_later = |x: &str| lone_openers.contains(x);
        for &c in &self.names.chunks {
            // (Not a name opening quoted words: `“Dale Pop is a fighter,” he
            // posted` is about Pop, said by someone else.)
            if self.mention_end[c.first] != 0 || names::ends_any(self.w.gap(c.first), &['“', '„', '«', '"', '‘']) {
                continue;
            }
            // (`Daisy Hill mother Priya Venkataraman was driving …`: a name
            // before a lowercase role and another name says where that
            // person is from; the subject is the second name.)
            if self.names_a_role_holder(c) {
                continue;
            }
            // Subject position: the sentence opens with the name, or with a
            // word or two of no name before it (`Then Lisa Wong took the stage`).
            // (Past a dateline: `CARSON CITY (AP) — Ana Ruiz won …`.)
            let s0 = self.after_dateline(self.w.sentence_start(self.w.sent(c.first)));
            // After an opening phrase set off by a comma (`Appearing on CNN
            // on Sunday, McCandless was asked …`), the name before a
            // lowercase verb is the sentence's subject too.
            // (`Back on Sheridan Street, Ms Doolan was …`: a title may open
            // the name after the comma.)
            let lead_end = if c.first > s0 + 1 && self.w.gap_is(c.first - 1, ",") && self.w.plain(c.first) && self.w.cap(c.first - 1) && self.lex.titles.contains_lower(&self.w, c.first - 1) { c.first - 1 } else { c.first };
            let after_lead = lead_end > s0
                && self.w.gap_is(lead_end, ",")
                && (s0 + 1..lead_end).all(|q| !self.w.gap_has(q, ','))
                // (`Pe de altă parte, Ion Pop a …`: a preposition may open
                // it when it names nothing; `In Paris, Pop …` names a place.)
                // (Any phrase before a person already named: `At a diner on
                // Saturday, Thibodeaux leaned …`.)
                // (A full name of two words or three too: `At Dale, Gwyn
                // Llewellyn has fished …` — a place names no one.)
                && (!self.lex.prepositions.contains_lower(&self.w, s0) || self.past_lead_phrase(s0) == lead_end || (c.first..c.last + 1).all(|k| self.by_word.contains_key(self.w.lower(k))) || c.last > c.first && c.last <= c.first + 2 && c.first <= s0 + 4 && names::classify(&self.w, self.lex, c) == SourceType::Person)
                && c.last + 1 < self.w.len()
                && (self.w.plain(c.last + 1) && !self.w.cap(c.last + 1) && !self.lex.conjunctions.starts_at(&self.w, c.last + 1) || self.past_relative(c));
            // (`Mr. Johnson`: a title with its dot before a surname.)
            // (A double-barrelled surname is one: `Ms. Marsh-Odom began …`.)
            let one_surname = (c.first + 1..c.last + 1).all(|k| self.w.raw_gap_is(k, "-"));
            let after_title = |q: usize| q + 1 == c.first && one_surname && self.w.cap(q) && self.lex.titles.contains_lower(&self.w, q);
            // (`His colleague, Musa Ibrahim, was less impressed.`, `My dad,
            // Walt Lindgren, ran …`: a role or kin phrase opening the
            // sentence, then the name set off after it
            // and the sentence's lowercase verb: the name is its subject.)
            let role_apposed = c.first > s0 + 1
                && self.w.gap_is(c.first, ",")
                && (s0 + 1..c.first).all(|q| !self.w.gap_has(q, ','))
                && !self.w.cap(c.first - 1)
                && (self.role_part(c.first - 1) || self.lex.kin_nouns.contains_lower(&self.w, c.first - 1))
                && c.last + 1 < self.w.len()
                && self.w.gap_is(c.last + 1, ",")
                && !self.w.cap(c.last + 1)
                && !self.w.digit(c.last + 1)
                && self.w.sent(c.last + 1) == self.w.sent(c.first);
            // (`…, and Delphine Sinclair knows every kid`: a full name opening
            // a clause joined by a comma and a coordinator, before its
            // lowercase verb, is that clause's subject.)
            let joined = c.first > s0 + 2
                && c.last > c.first
                && c.last <= c.first + 2
                && self.w.plain(c.first)
                && self.w.gap_is(c.first - 1, ",")
                && self.lex.coordinators.contains_lower(&self.w, c.first - 1)
                && c.last + 1 < self.w.len()
                && self.w.plain(c.last + 1)
                && !self.w.cap(c.last + 1)
                && !self.w.digit(c.last + 1)
                && self.w.sent(c.last + 1) == self.w.sent(c.first)
                && names::classify(&self.w, self.lex, c) == SourceType::Person;
            // (`As for Harrington, she is not sure …`: the topic a phrase
            // opening the sentence names is whom it goes on about.)
            let topic = c.first > s0 && self.lex.topic_leads.at(&self.w, s0).is_some_and(|(n, _)| s0 + n == c.first) && c.last + 1 < self.w.len() && self.w.gap_is(c.last + 1, ",");
            // (Not a possessor, `Riggs's oldest, Hailey Riggs, likes …`:
            // the subject is whom it owns.)
            // (But `Akande’s own advice is simple.`: owning a thing, no one,
            // the owner is whom the sentence is about.)
            let owns_person = |q: usize| (q..(q + 3).min(self.w.len())).take_while(|&k| self.w.sent(k) == self.w.sent(c.first)).any(|k| self.w.cap(k) || self.lex.role_at(&self.w, k) || self.lex.kin_nouns.contains_lower(&self.w, k));
            let owner = c.last + 1 < self.w.len() && self.possessive_s(c.last + 1) && owns_person(c.last + 2);
            // (`Trevaskis said Kelleher had been told …`: a name right after
            // a reporting verb, before a lowercase verb, is the reported
            // clause's subject.)
            // (Only when the reporting verb's subject, named right before it,
            // is known to be of the other sex: a later pronoun can then mean
            // only one of them, and the other stays in focus for it.)
            let person = |x: Chunk| self.lookup(&self.chunk_words(x)).filter(|&i| self.known[i].source_type == SourceType::Person && !self.known[i].anonymous);
            let sex = |x: Chunk| person(x).and_then(|i| self.known[i].feminine);
            let reporter = |q: usize| self.cues.iter().find(|cue| cue.first + cue.len == q && cue.first > 0).and_then(|cue| self.names.ending(cue.first - 1)).and_then(sex);
            let reported = c.first > 0
                && sex(c).is_some_and(|g| Some(!g) == reporter(c.first) || c.first > 1 && self.lex.subordinators.contains_lower(&self.w, c.first - 1) && Some(!g) == reporter(c.first - 1))
                && c.last + 1 < self.w.len()
                && self.w.plain(c.last + 1)
                && !self.w.cap(c.last + 1)
                && !self.w.digit(c.last + 1)
                && self.w.sent(c.last + 1) == self.w.sent(c.first)
                && !self.lex.prepositions.contains_lower(&self.w, c.last + 1)
                && !self.lex.coordinators.contains_lower(&self.w, c.last + 1);
            let opens = c.first == s0 && !owner
                || reported
                || topic
                || role_apposed
                || joined
                || (c.first == s0 + 1 && after_title(s0))
                || (c.first > s0 + 1 && self.first_name_described(c) && (self.w.gap_is(c.first, ",") || c.first > s0 + 3 && self.w.digit(c.first - 3) && self.w.gap_is(c.first - 3, ",")))
                || after_lead
                || self.doubled_object_subject(c, s0)
                || (c.first <= s0 + 2
                    && self.w.plain(c.first)
                    && (s0..c.first).all(|q| {
                        let x = self.w.lower(q);
                        // Not `Asked whether Pop would run, he said`: a
                        // name after a subordinator is that clause's subject.
                        // (A title alone before it: `Mr. Lundgren has …`.)
                        (self.lex.titles.contains(x) && q + 1 == c.first)
                            || (!self.lex.prepositions.contains(x) && !self.lex.subordinators.contains(x) && !self.lex.is_role(x) && self.names.starting(q).is_none() && (q == s0 || !self.w.cap(q)))
                    }));
            if !opens {
                // Elsewhere a person by a known first name is still someone a
                // later pronoun or surname may mean, though not in focus.
                // (`e a lui Ionuț, 31 de ani`: a first name described alone too.)
                if (c.last > c.first || self.first_name_described(c)) && self.usable(c) {
                    let (s, t) = self.named(c);
                    let known = self.lookup(&self.chunk_words(s)).filter(|&i| self.known[i].source_type == SourceType::Person);
                    let again = s.last > s.first && s.last <= s.first + 2 && (opens_later(self.w.lower(s.first)) || opens_later(self.w.lower(s.last)));
                    if t == SourceType::Person && (self.by_first_name(s) || self.first_name_described(s) || again || self.full_name_described(s)) && known.is_none() && !self.described_by_role(s) {
                        objects.push(s);
                    }
                    // A role given at a later-found mention is theirs too
                    // (`Rectorul X, prof. Y, …` when `Y a răspuns` is the first found).
                    if let Some(i) = known.filter(|_| t == SourceType::Person) {
                        // A role given at this mention is theirs too.
                let roles = self.roles_around(s);
                join_roles(&mut self.known[i], roles);
                    }
                }
                // (`The minister met Mr. Johnson.`: a titled surname is a
                // person too, though not in focus.)
                if c.first > 0 && after_title(c.first - 1) && self.usable(c) && self.lookup(&self.chunk_words(c)).is_none() {
                    objects.push(c);
                }
                continue;
            }
            // Cheap test first: a word of a known name, or a known first name.
            let hint = (c.first..c.last + 1).any(|k| self.by_word.contains_key(self.w.lower(k)) || names::given_parts(self.lex, self.w.lower(k))) || c.first == c.last && self.first_name_described(c);
            // Or a full name of two or three words opening the sentence
            // before its lowercase verb (`Quinn Ortiz spoke first.`), first
            // name unknown to the data: someone a later pronoun may mean.
            let verb = c.last + 1;
            // (Also when a word of it is known: `Marisol Quintero-Baptiste`
            // named before does not make `Rafael Quintero` her.)
            // (Or after a lead phrase or a lowercase role: `On warm nights,
            // Beth Carraway used …`, `The soprano Ana Okoro learned …`.)
            // (Only in a narrative sentence there: no quoted words in it.)
            let unknown_given = c.last > c.first
                && !self.described_by_role(c)
                && (c.first == s0 || !(s0..self.w.sentence_end(self.w.sent(c.first))).any(|k| self.in_quote(self.w.list[k].start)))
                && c.last <= c.first + 2
                && verb < self.w.len()
                && self.w.plain(verb)
                && !self.w.cap(verb)
                && !self.w.digit(verb)
                && self.w.sent(verb) == self.w.sent(c.first)
                // (`Meghana Rao of the civic group Janaagraha said …`: a
                // preposition and an article before the sentence's cue set
                // off where the person is from.)
                && (!self.lex.prepositions.contains_lower(&self.w, verb) || self.affiliation_before_cue(verb))
                && !self.lex.coordinators.contains_lower(&self.w, verb)
                // (`Austria’s Kessel institute said`: a body, by its noun.)
                && !self.lex.org_descriptors.contains_lower(&self.w, verb)
                && (c.first..c.last + 1).all(|k| self.w.lower(k) != "s")
                && !self.lex.conjunctions.starts_at(&self.w, verb)
                && !self.quoted(c.first);
            // (`Maeve Bainbridge, 29, from Haughton, gave …`: an age set off
            // after a full name opening the sentence is a person's.)
            // (Or a described one: `Tomás Ruiz, an entomologist at …, calls`.)
            let aged = c.first == s0
                && c.last > c.first
                && c.last <= c.first + 2
                && verb + 1 < self.w.len()
                && self.w.gap_is(verb, ",")
                && (self.w.digit(verb) && self.w.text(verb).len() <= 3 && self.w.gap(verb + 1).trim_start().starts_with(',') || self.lex.indefinite.contains_lower(&self.w, verb) || !self.w.cap(verb) && crate::sources::is_person_relative(self.doc.lang, self.w.lower(verb)));
            // (`Mr Johnson was blunt.`, `Dr Okafor spoke first.`: a title
            // opening the sentence before a surname and its verb.)
            let titled = (c.first == s0 + 1 || c.first == s0)
                && c.first > 0
                && after_title(c.first - 1)
                && verb < self.w.len()
                && self.w.plain(verb)
                && !self.w.cap(verb)
                && !self.w.digit(verb)
                && !self.lex.prepositions.contains_lower(&self.w, verb);
            // (`Misty Harlan, whose house sits …, held up`: set off by a
            // relative clause before the verb.)
            // (Not an apposition to a name: `Sen. Boyd Tillinghast, R-Texas, who …`.)
            let relative = c.last > c.first && c.last <= c.first + 2 && self.past_relative(c) && !(c.first > 0 && self.names.ending(c.first - 1).is_some());
            let unknown_given = unknown_given || aged || titled || relative;
            let hint = hint || unknown_given;
            if !hint || !self.usable(c) {
                continue;
            }
            let (s, t) = self.named(c);

            if t != SourceType::Person {
                continue;
            }
            if let Some(i) = self.lookup(&self.chunk_words(s)).filter(|&i| self.known[i].source_type == SourceType::Person) {
                let i = self.principal(s, i);
                extra.push((s.first, i, self.w.list[s.last].end));
                // A role given at this mention is theirs too.
                let roles = self.roles_around(s);
                join_roles(&mut self.known[i], roles);
                // So is a fuller name (`Ion Popescu a vorbit. „…”, a
                // declarat Popescu.`: the cue's surname was met first).
                let words = self.chunk_words(s);
                if words.len() > self.known[i].words.len() {
                    for x in &words {
                        let v = self.by_word.entry(x.clone()).or_default();
                        if v.last() != Some(&i) {
                            v.push(i);
                        }
                    }
                    self.known[i].name = names::text(&self.w, s).to_string();
                    self.known[i].words = words;
                }
            } else if self.by_first_name(s) || self.first_name_described(s) || (unknown_given || role_apposed && c.last > c.first && c.last <= c.first + 2) && s == c || self.lone_given_subject(s) {
                // `Paul Ward, the club’s treasurer, spoke first.`: a new person
                // by a first name the language data knows.
                new_people.push(s);
            }
        }
        for (k, i, end) in extra {
            self.push_mention((self.w.list[k].start, i, true));
            self.mention_end[k] = end;
        }
        // `Ion Pop a fost reținut. … Pop a refuzat să comenteze. „…”, a
        // spus el.`: a surname alone opening a later sentence means someone
        // first met in this very pass; look again once they are known.
        // (Someone first named mid-sentence, `contestația formulată de Ion
        // Pop, fostul șef …`, counts too: `Pop, adus cu duba …, a refuzat`.)
        let met = !new_people.is_empty() || !objects.is_empty();
        for s in new_people {
            self.remember(s, SourceType::Person, true);
        }
        for s in objects {
            self.remember(s, SourceType::Person, false);
        }
        self.remember_couples();
        if met {
            let mut late = Vec::new();
            for &c in &self.names.chunks {
                let verb = c.last + 1;
                // (Not a possessor, `Riggs's oldest, Hailey Riggs, …`: the
                // subject is whom it owns.)
                if self.mention_end[c.first] != 0 || c.first != self.w.sentence_start(self.w.sent(c.first)) || verb >= self.w.len() || !(self.w.plain(verb) && !self.w.cap(verb) || self.w.gap_is(verb, ",")) || self.possessive_s(verb) || !self.usable(c) {
                    continue;
                }
                let (s, t) = self.named(c);
                if let Some(i) = self.lookup(&self.chunk_words(s)).filter(|&i| t == SourceType::Person && self.known[i].source_type == SourceType::Person) {
                    late.push((s.first, i, self.w.list[s.last].end));
                }
            }
            for (k, i, end) in late {
                self.push_mention((self.w.list[k].start, i, true));
                self.mention_end[k] = end;
            }
        }
        // `A spokeswoman for the utility declined …` / `“…,” an aide said`:
        // someone unnamed becomes the subject; a later `she said` is theirs.
        let mut anon = Vec::new();
        // Roles as cue subjects (`Șeful IPJ a precizat`, `a spus oficialul`).
        let mut role_subjects = Vec::new();
        for ci in 0..self.cues.len() {
            let cue = self.cues[ci].clone();
            let before = self.subject_before(&cue);
            if let Some(Subject::Role(r)) = before {
                role_subjects.push(r);
            }
            if let (Some(Subject::Anonymous), true) = (before, cue.first > 0) {
                let r = cue.first - 1;
                // (`Un operator din secție, angajat de 15 ani, spune`: the
                // role heading the indefinite phrase that opens the sentence.)
                let s0 = self.w.sentence_start(self.w.sent(r));
                let head = || {
                    let q = (s0..r).find(|&q| (q == s0 || self.w.gap_has(q, ',')) && self.indefinite_noun(q))?;
                    // (Past a grade and capitalised qualifiers: `A senior
                    // Republican Senate aide, who …, said`.)
                    let x = (q + 1..(q + 6).min(r)).find(|&x| !self.w.cap(x) && self.single_role(x) && !self.lex.role_adjectives.contains_lower(&self.w, x) && !self.w.gap_has(x, ','));
                    // (The compound's head: `One council member, who …`
                    // is a member, whom `the council member said` means.)
                    x.map(|x| self.role_head(x, r)).or(Some(q + 1))
                };
                if self.single_role(r) && !self.lex.plural_pronouns.contains_lower(&self.w, r) {
                    anon.push(r);
                } else if let Some(h) = head() {
                    anon.push(h);
                }
            }
        }
        // `Potrivit unei asistente care …`, `according to a senior aide`:
        // someone unnamed cited; a later `aceasta` / `she` is them.
        for k in 0..self.w.len() {
            let Some((n, _)) = self.lex.prefix_cues.at(&self.w, k) else { continue };
            let j = k + n;
            let end = (j + 4).min(self.w.sentence_end(self.w.sent(k)));
            if j < end && self.lex.indefinite.contains_lower(&self.w, j) {
                if let Some(r) = (j + 1..end).find(|&q| !self.w.cap(q) && self.single_role(q)) {
                    anon.push(r);
                }
            }
        }
        // `„…”, a spus pentru G4Media un lider liberal care …`: someone
        // unnamed after the verb.
        for ci in 0..self.cues.len() {
            let cue = self.cues[ci].clone();
            if !self.inverted(&cue) {
                continue;
            }
            let limit = self.w.sentence_end(self.w.sent(cue.first));
            let after = self.subject_after(&cue, limit);
            if let Some(Subject::Role(r)) = after {
                role_subjects.push(r);
            }
            // (Not with a name set off before the verb: `X, the club's
            // treasurer, said in a victim impact statement …` — the victim
            // there is no one new.)
            if let (Some(Subject::Anonymous), false) = (after, matches!(self.subject_before(&cue), Some(Subject::Named(_)))) {
                let from = cue.first + cue.len;
                if let Some(r) = (from..(from + 6).min(limit)).find(|&k| !self.w.cap(k) && self.single_role(k)) {
                    anon.push(r);
                }
            }
        }
        for s in 0..self.w.sent_first.len().saturating_sub(1) {
            // (Past a house label: `The other side: One council member …`.)
            let s0 = self.after_dateline(self.w.sentence_start(s));
            // (Not a sentence opening a quote: `«Un bărbat a fost salvat»`
            // tells of someone, it does not bring in a speaker.)
            if s0 + 1 < self.w.sentence_end(s) && !names::ends_any(self.w.gap(s0), &['“', '„', '«', '"', '‘']) && self.lex.indefinite.contains_lower(&self.w, s0) {
                // (Not the end of a compound before its noun, `Her
                // nine-year-old son`: the noun is the one brought in.)
                let end = self.w.sentence_end(s);
                let modifier = |k: usize| self.w.raw_gap_is(k, "-") && k + 1 < end && self.w.plain(k + 1) && !self.w.cap(k + 1);
                let r = (s0 + 1..(s0 + 5).min(end)).find(|&k| self.lex.role_at(&self.w, k) && !modifier(k)).map(|k| self.role_head(k, end));
                // Not `Her deputy, Marcus Eze, …` nor `His father, veteran
                // promoter Clive Henriques, …`: the apposition names them
                // (after at most three lowercase words of description).
                let named = |r: usize| {
                    let mut q = r + 1;
                    while q < r + 4 && q + 1 < self.w.len() && !self.w.cap(q) && !self.w.digit(q) && self.w.plain(q + 1) && (q == r + 1 || self.w.plain(q)) {
                        q += 1;
                    }
                    let person = |c: Chunk| names::classify(&self.w, self.lex, c) == SourceType::Person && self.usable(c);
                    // (Or right after it: `Their eldest, 15-year-old Mariam, …`.)
                    q < self.w.len() && self.w.gap_is(r + 1, ",") && self.names.starting(q).is_some_and(person)
                        || r + 1 < self.w.len() && self.w.plain(r + 1) && self.names.starting(r + 1).is_some_and(|c| person(c) && names::given_parts(self.lex, self.w.lower(c.first)))
                };
                if let Some(r) = r.filter(|&r| !self.lex.not_names.contains_lower(&self.w, r) && (!self.w.cap(r) || self.acronym(r)) && !named(r)) {
                    // (`His son said …`: a relative, maybe named before.)
                    if self.kin_owner(r).is_some() {
                        role_subjects.push(r);
                        continue;
                    }
                    anon.push(r);
                } else if r.is_none()
                    && s0 + 2 < self.w.sentence_end(s)
                    && self.w.plain(s0 + 1)
                    && self.lex.prepositions.contains_lower(&self.w, s0 + 1)
                    && self.w.plain(s0 + 2)
                    && (self.lex.pronouns.contains_lower(&self.w, s0 + 2) || self.lex.object_pronouns.contains_lower(&self.w, s0 + 2))
                {
                    // `One of them recognised me.`: someone unnamed out of a
                    // group; a later `she said` is them.
                    anon.push(s0);
                } else if r.is_none() && s0 + 2 < self.w.sentence_end(s) && self.w.plain(s0 + 1) && (self.w.gap_is(s0 + 2, ",") || self.w.plain(s0 + 2)) && (s0 + 2..self.w.sentence_end(s)).any(|a| self.lex.anonymity.starts_at(&self.w, a)) {
                    // `One EA, who asked not to be named, said …`, `A lineman
                    // from Alabama who declined to give his name surveyed …`:
                    // a noun the role list lacks, described by the wish not
                    // to be named.
                    anon.push(s0 + 1);
                }
            } else if s0 + 1 < self.w.sentence_end(s)
                && self.lex.role_at(&self.w, s0)
                && self.w.plain(s0 + 1)
                && crate::sources::is_relative(self.doc.lang, self.w.lower(s0 + 1))
                && names::suffixed(&self.lex.article_endings, self.w.lower(s0), 2)
            {
                // `Bărbatul care a refuzat evacuarea a primit …`: a definite
                // role with a relative clause names someone met before, who
                // comes back into focus (a later `el` is them).
                role_subjects.push(s0);
            } else if s0 + 1 < self.w.sentence_end(s) && self.lex.role_at(&self.w, s0) && self.introduces(s0) {
                // `Fiica lui a ajuns la spital.`, `Directorul școlii a ieșit
                // în curte.`: a role with its complement opening a sentence
                // brings someone in (or back) with no verb of saying; a name
                // set off or following soon is theirs instead.
                let end = (s0 + 7).min(self.w.sentence_end(s));
                // (Not a possessor after a genitive word: `Avocatul lui Ion
                // Pop a declarat` is someone else, unnamed.)
                let person = |k: usize| !names::listed(&self.lex.genitive_endings, self.w.lower(k - 1)) && self.names.starting(k).is_some_and(|c| names::classify(&self.w, self.lex, c) == SourceType::Person && self.person_evidence(c));
                // (A long role phrase sets its name off by a comma further on,
                // before any verb: `Liderul Federației Sindicatelor Libere din
                // Învățământ (FSLI), Ion Pop, a cerut`.)
                let far = (s0 + 7).min(self.w.sentence_end(s));
                let long = (s0 + 15).min(self.w.sentence_end(s));
                let set_off = |k: usize| names::trim_start_any(self.w.gap(k).trim(), &['”', '“', '»', '"', ')']) == "," && (s0..k).all(|q| self.cue_at[q] == u32::MAX);
                // (Nor a title run into the name it heads: `Dr Nur Aisyah
                // Rahman has spent …`, whose first name no list knows.)
                let titled = self.names.starting(s0).is_some_and(|c| c.last > s0 && names::classify(&self.w, self.lex, c) == SourceType::Person && names::strip_titles(&self.w, self.lex, c).is_some_and(|t| t.first > s0));
                let named = titled || (s0 + 1..end).any(person) || (far..long).any(|k| set_off(k) && person(k));
                // (Not a headline's `Liderul PSD: „…”`: the article names
                // them later.)
                let colon = (s0 + 1..end).any(|k| self.w.gap_has(k, ':'));
                if !named && !colon && self.w.para(s0) > 0 && !self.quoted(s0) {
                    role_subjects.push(s0);
                }
            } else if let Some(r) = (s0 + 2 < self.w.sentence_end(s) && self.lex.definite.contains_lower(&self.w, s0))
                // (`The Tipperary manager was less upbeat`: past a
                // capitalised qualifier.)
                .then(|| if s0 + 3 < self.w.sentence_end(s) && self.w.cap(s0 + 1) && self.w.plain(s0 + 2) && !self.w.cap(s0 + 2) && !self.lex.role_at(&self.w, s0 + 1) { s0 + 2 } else { s0 + 1 })
                .filter(|&r| self.lex.role_at(&self.w, r))
                // (`The Mayor agreed.`: the role may be capitalised.)
                .filter(|&r| (r..(r + 2).min(self.w.sentence_end(s) - 1)).all(|q| self.w.plain(q + 1) && !self.w.cap(q + 1) && self.cue_at[q] == u32::MAX))
                .filter(|_| self.w.para(s0) > 0 && !self.quoted(s0))
            {
                // `The minister was unmoved.`, `The senator hit back.`: a
                // definite role opening a sentence with its verb brings the
                // role's holder back into focus (a later `she said` is them).
                role_subjects.push(r);
            } else if s0 < self.w.len() && self.w.para(s0) > 0 && !self.quoted(s0) {
                // (`Closing the debate, the Transport Secretary rejected …`:
                // past a phrase of circumstance, an office in title case too;
                // not a lone capitalised word, `On Sunday, the Irishman …`,
                // which describes, as a title would.)
                let end = self.w.sentence_end(s);
                let c0 = self.after_lead_phrase(s0, end);
                let r = if c0 + 1 < end && self.w.cap(c0 + 1) && !self.lex.role_at(&self.w, c0 + 1) { c0 + 2 } else { c0 + 1 };
                if c0 > s0 && r + 1 < end && self.lex.definite.contains_lower(&self.w, c0) && self.w.plain(r) && self.lex.role_at(&self.w, r) && (r == c0 + 1 && !self.w.cap(r) || r == c0 + 2 && self.w.cap(r)) && self.w.plain(r + 1) && !self.w.cap(r + 1) && self.cue_at[r] == u32::MAX && self.cue_at[r + 1] == u32::MAX {
                    role_subjects.push(r);
                }
            }
        }
        // (`The inquest was adjourned until Thursday, when the coroner is
        // expected to …`: a definite role subject of a clause a subordinator
        // opens after a comma comes back into focus too.)
        for q in 1..self.w.len().saturating_sub(3) {
            let w = &self.w;
            let r = q + 2;
            if w.gap_is(q, ",") && !w.cap(q) && self.lex.subordinators.contains_lower(w, q) && self.lex.definite.contains_lower(w, q + 1) && w.plain(q + 1) && w.plain(r) && !w.cap(r) && self.lex.role_at(w, r) && !self.lex.plural_role(w.lower(r)) && w.plain(r + 1) && !w.cap(r + 1) && w.sent(r + 1) == w.sent(q) && !self.lex.prepositions.contains_lower(w, r + 1) && !self.lex.conjunctions.starts_at(w, r + 1) && self.cue_at[r] == u32::MAX && self.cue_at[r + 1] == u32::MAX && w.para(q) > 0 && !self.quoted(q) {
                role_subjects.push(r);
            }
        }
        for r in anon {
            // (Not a count, `două persoane au fost rănite`: several people,
            // none of them a speaker a later singular role could mean.)
            if r > 0 && (self.w.digit(r - 1) || self.lex.plural_counts.contains_lower(&self.w, r - 1)) {
                continue;
            }
            self.remember_unnamed(r);
        }
        // `The 41-year-old said …`, `the 47-year-old did not hesitate`: an
        // age the text gave one person brings them back into focus.
        for q in 1..self.w.len().saturating_sub(2) {
            if self.w.digit(q) && self.w.lower(q + 2) == "old" && self.lex.definite.contains_lower(&self.w, q - 1) && !self.in_quote(self.w.list[q].start) {
                if let Some(k) = self.aged(q + 2) {
                    self.push_mention((self.w.list[q - 1].start, k, true));
                }
            }
        }
        crate::order::sort_by_key(&mut self.timeline, by_byte);
        // `the elder Jeptoo said …`: now that every namesake is known, the
        // one the comparative means (the passes met the surname before the
        // full names it could stand for).
        for t in 0..self.timeline.len() {
            let (b, i, subject) = self.timeline[t];
            let k = self.w.at(b);
            if k > 0 && self.w.plain(k) && !self.w.cap(k - 1) && self.mention_end[k] == self.w.list[k].end && self.known[i].words.len() > 1 {
                if let Some(j) = self.compared_kin(k, i) {
                    self.timeline[t] = (b, j, subject);
                }
            }
        }
        crate::order::sort_by_key(&mut role_subjects, |&r| r as u128);
        role_subjects.dedup();
        self.remember_lede_role();
        self.remember_role_subjects(&role_subjects);
        for t in 0..self.timeline.len() {
            let (b, i, _) = self.timeline[t];
            self.known[i].first = self.known[i].first.min(b);
        }
        // Gender from pronouns, first evidence in text order winning:
        // `Hargrove told reporters outside her office` (a pronoun later in
        // the sentence that names someone), and `Marroquin was unmoved. “…,”
        // she wrote` (a pronoun subject of the next cue, with no other person
        // named since the subject mention).
        let mut evidence: Vec<(usize, usize, bool)> = Vec::new();
        for t in 0..self.timeline.len() {
            let (b, i, subject) = self.timeline[t];
            if !subject || self.known[i].feminine.is_some() || self.known[i].source_type != SourceType::Person || self.known[i].anonymous {
                continue;
            }
            let k = self.w.at(b);
            if k >= self.w.len() {
                continue;
            }
            let end = self.w.sentence_end(self.w.sent(k)).min(k + 25);
            // (Past an aside set off after the name: `X, whose son was on
            // board, said her …` — the aside may be about someone else.)
            let mut from = self.names.at(k).map_or(k, |c| c.last) + 1;
            if from < end && self.w.gap_is(from, ",") {
                from = (from + 1..end).find(|&q| self.w.gap_has(q, ',')).unwrap_or(from);
            }
            // (A plain loop up to the next quotation mark, not a chain of
            // adapters: less wasm.)
            let mut g = None;
            for q in from..end {
                let x = self.w.lower(q);
                if names::has_any(self.w.gap(q), &['“', '”', '„', '«', '»', '"']) {
                    break;
                }
                // (Only a pronoun or possessive: a first name written
                // lowercase is a common word, `the river rose`, `the bill`.)
                if !self.w.cap(q) && !self.lex.object_pronouns.contains(x) && (self.lex.pronouns.contains(x) || self.lex.indefinite.contains(x)) {
                    g = self.pronoun_gender(q);
                    if g.is_some() {
                        break;
                    }
                }
            }
            if let Some(g) = g {
                evidence.push((b, i, g));
            }
        }
        for ci in 0..self.cues.len() {
            let cue = self.cues[ci].clone();
            let s = self.subject_of(&cue, self.w.sentence_end(self.w.sent(cue.first)));
            let Some(Subject::Pronoun(p)) = s else { continue };
            let Some(g) = self.pronoun_gender(p) else { continue };
            let at = self.w.list[p].start;
            let para = self.w.para(p);
            // The nearest person mentioned before, skipping bodies, within
            // eight mentions.
            let seen = std::cell::Cell::new(0);
            let nearest = self.find_recent(at, &|&(_, i, _)| {
                seen.set(seen.get() + 1);
                (seen.get() <= 8).then(|| self.known[i].source_type == SourceType::Person)
            });
            if let Some(&(b, i, true)) = nearest {
                if !self.known[i].anonymous && self.known[i].feminine.is_none() && self.para_at(b) + 1 >= para {
                    evidence.push((at, i, g));
                }
            }
        }
        crate::order::sort_by_key(&mut evidence, by_byte);
        for (_, i, g) in evidence {
            if self.known[i].feminine.is_none() {
                self.known[i].feminine = Some(g);
            }
        }
        self.remember_pronoun_subjects();
    }

    /// Puts each singular pronoun opening a clause (`He did not attend …`)
    /// on the timeline as a subject mention of the person it stands for, in
    /// text order: the person it means is in focus again, so a later
    /// description (`the 47-year-old thanked players`) or document (`in a
    /// statement released through the club`) means them, not whoever was
    /// named last.
    fn remember_pronoun_subjects(&mut self) {
        // (Resolved in text order over a timeline rebuilt as it goes, so
        // each pronoun sees the ones before it, with no insert into the
        // middle per pronoun.)
        let old = std::mem::take(&mut self.timeline);
        self.timeline.reserve(old.len());
        let mut next = 0;
        let w = &self.w;
        for p in 0..w.len().saturating_sub(1) {
            let opens = p == self.after_dateline(w.sentence_start(w.sent(p))) || w.gap_is(p, ",");
            if !opens || !self.lex.subject_pronouns.contains_lower(w, p) {
                continue;
            }
            // (Not a cue's subject, `she said`: the quote's own attribution
            // resolves it.)
            if w.sent(p + 1) != w.sent(p) || w.cap(p + 1) || !w.plain(p + 1) || self.in_quote(w.list[p].start) || self.cue_starting(p + 1).is_some() {
                continue;
            }
            let at = w.list[p].start;
            while next < old.len() && old[next].0 < at {
                self.timeline.push(old[next]);
                next += 1;
            }
            // (Only someone the text shows to be of the pronoun's gender: a
            // guess at someone of unknown gender would pass itself on.)
            let want = self.pronoun_gender(p);
            let fits = |k: &Known| want.is_some() && k.feminine == want;
            if let Some(k) = self.resolve_pronoun(p).filter(|kn| fits(kn)).and_then(|kn| self.known.iter().position(|k| std::ptr::eq(k, kn))) {
                self.timeline.push((at, k, true));
            }
        }
        self.timeline.extend_from_slice(&old[next..]);
    }

    /// `Graham and Lyn Pettifer`: a first name alone joined to a full name
    /// shares its surname — the first person is `Graham Pettifer`, whom a
    /// later `Her husband` or `Mr Pettifer` means, though the text never
    /// writes the name whole.
    fn remember_couples(&mut self) {
        for ci in 0..self.names.chunks.len() {
            let c = self.names.chunks[ci];
            let w = &self.w;
            let j = c.last + 1;
            if c.first != c.last || j + 2 >= w.len() || self.mention_end[c.first] != 0 || !names::given_parts(self.lex, w.lower(c.first)) || !self.lex.coordinators.contains_lower(w, j) || !w.plain(j) || !w.plain(j + 1) || self.in_quote(w.list[c.first].start) {
                continue;
            }
            let Some(n) = self.names.starting(j + 1).filter(|n| n.last == n.first + 1 && names::classify(w, self.lex, *n) == SourceType::Person) else { continue };
            // (Each of the two their own entry, whatever the data knows of
            // the second first name: a surname alone met so far, `Ms
            // Pettifer`, is neither of them — `Mrs Pettifer said` is Lyn,
            // not Graham.)
            self.remember_partner(c.first, n.last, c.first);
            if self.mention_end[n.first] == 0 {
                self.remember_partner(n.first, n.last, n.last);
            }
        }
    }

    /// One of a couple (`Graham` and `Lyn Pettifer`): the person named by
    /// first name `f` and surname `s`, mentioned in words `f..=last`.
    fn remember_partner(&mut self, f: usize, s: usize, last: usize) {
        let w = &self.w;
        let words = vec![w.lower(f).to_string(), w.lower(s).to_string()];
        if self.known.iter().any(|k| k.words == words) {
            return;
        }
        let mut name = w.text(f).to_string();
        name.push(' ');
        name.push_str(w.text(s));
        let feminine = self.word_gender(w.lower(f));
        let (b, end) = (w.list[f].start, w.list[last].end);
        self.known.push(Known { name, words: words.clone(), source_type: SourceType::Person, roles: Vec::new(), feminine, anonymous: false, first: usize::MAX, company: false });
        let idx = self.known.len() - 1;
        for x in words {
            self.by_word.entry(x).or_default().push(idx);
        }
        self.push_mention((b, idx, false));
        self.mention_end[f] = end;
    }

    /// Someone unnamed, brought in by the role word `r`, as the subject of
    /// a mention there.
    fn remember_unnamed(&mut self, r: usize) {
        let lower = self.w.lower(r).to_string();
        // (Not a group, `vecinii ei au rămas blocați`: no later singular
        // pronoun or role means them.)
        if self.lex.plural_role(&lower) {
            return;
        }
        // (Nor a role set off after a name, `Sian, a nurse on a stroke ward
        // who asked …`: it describes the person named, no one new.)
        let w = &self.w;
        let mut q = r;
        while q > 0 && q + 5 > r && w.plain(q) && !w.cap(q) && !self.lex.indefinite.contains_lower(w, q) {
            q -= 1;
        }
        if q > 0 && self.lex.indefinite.contains_lower(w, q) && w.gap_is(q, ",") && self.names.ending(q - 1).is_some_and(|c| names::classify(w, self.lex, c) == SourceType::Person && self.usable(c)) {
            return;
        }
        let feminine = self.lex.gender(&lower);
        self.known.push(Known { name: String::new(), words: Vec::new(), source_type: SourceType::Person, roles: vec![lower], feminine, anonymous: true, first: usize::MAX, company: false });
        self.push_mention((self.w.list[r].start, self.known.len() - 1, true));
    }

    /// `The ban will come into force on 1 May, the housing minister has
    /// announced.` / `Speaking in the Commons, Naomi Farrant-Lyle said …`:
    /// a lede whose reporting verb has only a definite role for its subject,
    /// held by no one named before it, and a next paragraph whose first
    /// person is a cue's subject with no role of their own: the story
    /// names there whom its lede described, and a later `the minister` is
    /// them.
    fn remember_lede_role(&mut self) {
        let w = &self.w;
        let Some(lede) = self.cues.iter().map(|c| w.para(c.first)).find(|&p| p > 0 && !self.display_line(p)) else {
            return;
        };
        let mut role = None;
        for cue in self.cues.iter().filter(|c| w.para(c.first) == lede) {
            // (`the housing minister has announced`: past the auxiliary.)
            let aux = cue.first > 1 && w.plain(cue.first) && self.lex.cue_auxiliaries.contains_lower(w, cue.first - 1);
            let subject = if aux { Some(Subject::Role(cue.first - 2)).filter(|_| w.plain(cue.first - 1) && !w.cap(cue.first - 2)) } else { self.subject_before(cue) };
            if let Some(Subject::Role(r)) = subject {
                let lower = w.lower(r);
                // (`the housing minister`: the article, maybe one lowercase qualifier.)
                let definite = r > 0 && self.lex.definite.contains_lower(w, r - 1) || r > 1 && w.plain(r - 1) && !w.cap(r - 1) && self.lex.definite.contains_lower(w, r - 2);
                if definite && w.plain(r) && self.lex.is_role(lower) && !self.lex.plural_role(lower) && !self.lex.is_proxy_role(lower) && !self.lex.body_voices.contains(lower) {
                    role = Some(r);
                    break;
                }
            }
        }
        let Some(r) = role else { return };
        let lower = w.lower(r).to_string();
        let at = w.list[r].start;
        let person = |k: usize| self.known[k].source_type == SourceType::Person && !self.known[k].anonymous;
        // (A headline's unnamed `minister` is no holder.)
        if self.timeline.iter().any(|&(b, k, _)| b < at && person(k) && self.known[k].roles.iter().any(|x| self.role_match(x, &lower))) {
            return;
        }
        let first = self.timeline.iter().find(|&&(b, k, _)| b > at && self.para_at(b) == lede + 1 && person(k));
        if let Some(&(_, k, true)) = first.filter(|&&(_, k, _)| self.known[k].roles.is_empty()) {
            join_roles(&mut self.known[k], vec![lower]);
        }
    }

    /// Puts roles that are cue subjects on the timeline, in text order: the
    /// person introduced with the role comes back into focus (`Șeful IPJ a
    /// precizat … „…”, a spus oficialul`); a role naming nobody known is
    /// someone new and unnamed, whom a later `acesta` or `oficialul` means.
    /// Each role is resolved against the mentions before it, its earlier
    /// roles included, in one merge.
    fn remember_role_subjects(&mut self, roles: &[usize]) {
        if roles.is_empty() {
            return;
        }
        let old = std::mem::take(&mut self.timeline);
        self.timeline.reserve(old.len() + roles.len());
        let mut next = 0;
        // Whom each role word stood for last (one entry per word; the map
        // type the context already uses, not another instance of it).
        let mut spoke_as: crate::hash::FxMap<String, Vec<usize>> = crate::hash::FxMap::default();
        for &r in roles {
            let at = self.w.list[r].start;
            while next < old.len() && old[next].0 < at {
                self.timeline.push(old[next]);
                next += 1;
            }
            // (`His son said`: a relative named before.)
            let kin = match self.relative(r) {
                Some(None) => self.kin_owner(r).and_then(|(p, g)| self.relative_named(r, p, g)).map(|c| self.person_entry(c)),
                k => k.flatten(),
            };
            let lower = self.w.lower(r);
            // (`Primăria Cluj a contestat …`: a body's word, though a role
            // shares its stem.)
            if self.quoted(r) || !self.lex.is_role(lower) || self.lex.org_words.contains_text(&self.w, r) && !self.listed_role(r) || self.lex.not_names.contains(lower) || self.lex.source_nouns.contains(lower) || self.lex.report_nouns.contains(lower) || self.indefinite_before(r) && self.kin_owner(r).is_none() {
                continue;
            }
            // `Bărbatul care a refuzat …` opening a sentence: whoever the
            // same word stood for last as a speaker (`spune bărbatul`).
            let described = r == self.w.sentence_start(self.w.sent(r)) && r + 1 < self.w.len() && self.w.plain(r + 1) && crate::sources::is_relative(self.doc.lang, self.w.lower(r + 1));
            let earlier = described.then(|| spoke_as.get(lower).and_then(|v| v.first().copied())).flatten();
            let resolved = earlier.or_else(|| self.resolve_role_index(r));
            let person = |k: usize| self.known[k].source_type == SourceType::Person && !self.known[k].anonymous;
            if let Some(k) = resolved.filter(|&k| person(k)) {
                spoke_as.insert(lower.to_string(), vec![k]);
            }
            match resolved {
                Some(k) if self.known[k].source_type == SourceType::Person && (earlier.is_some() || kin == Some(k) || self.known[k].roles.iter().any(|x| self.role_match(x, lower))) => {
                    self.push_mention((at, k, true));
                }
                None if self.introduces(r) || self.kin_owner(r).is_some() => self.remember_unnamed(r),
                _ => {}
            }
        }
        self.timeline.extend_from_slice(&old[next..]);
    }

    /// True when word `r` seems to lie inside quotation marks: walking back
    /// in its paragraph (a bounded stretch), an opening mark comes before a
    /// closing one. A mark glued to the word after it opens; one glued to
    /// the word before it closes.
    pub(crate) fn quoted(&self, r: usize) -> bool {
        let w = &self.w;
        let marks = &['“', '”', '„', '«', '»', '"'];
        let para = w.para(r);
        let mut q = r + 1;
        while q > 0 && q + 80 > r {
            q -= 1;
            if w.para(q) != para {
                return false;
            }
            let g = w.gap(q);
            if names::ends_any(g, marks) {
                return true;
            }
            // (`… won.” Then`: the closing mark may follow the sentence's end.)
            if names::starts_any(names::trim_start_any(g, &['.', ',', ';', ':', '!', '?', '…']), marks) {
                return false;
            }
        }
        false
    }

    /// The mention a pronoun or role subject stands for, when it is written
    /// in the same paragraph: its bytes.
    /// The fullest name of the person last mentioned before byte `at` whose
    /// surname is `surname` (lowercase) and who is not `except`.
    pub fn namesake(&self, at: usize, surname: &str, except: &str) -> Option<String> {
        let &(_, i, _) = self.find_recent(at, &|&(_, i, _)| {
            let k = &self.known[i];
            Some(k.source_type == SourceType::Person && !k.anonymous && k.words.len() > 1 && k.words.last().is_some_and(|x| x == surname) && k.name != except)
        })?;
        Some(self.known[i].name.clone())
    }

    pub fn antecedent_span(&self, s: Subject) -> Option<std::ops::Range<usize>> {
        let (word, k) = match s {
            Subject::Pronoun(p) => (p, self.resolve_pronoun(p).filter(|k| !k.anonymous)?),
            Subject::Role(r) => {
                // Only a role written with the person (`who chairs the panel` /
                // `the chairman`), not a guess at the last person named.
                let lower = self.w.lower(r);
                let stem = |a: &str| names::common_prefix(a, lower) >= 5;
                (r, self.resolve_role(r).filter(|k| !k.anonymous && k.roles.iter().any(|x| self.role_match(x, lower) || stem(x)))?)
            }
            _ => return None,
        };
        let at = self.w.list[word].start;
        let para = self.w.para(word);
        let &(b, idx, _) = self.find_recent(at, &|&(_, i, _)| Some(std::ptr::eq(&self.known[i], k)))?;
        // Only the person's introduction (their first mention) carries it;
        // a re-mention (`Whitfield was less patient.`) does not.
        if self.timeline.iter().find(|&&(_, i, _)| i == idx).map(|&(b0, _, _)| b0) != Some(b) {
            return None;
        }
        let end = self.mention_end[self.w.at(b)];
        if end == 0 {
            return None;
        }
        (self.doc.paragraph_of(b) == self.doc.paragraph_of(at) && self.para_at(b) == para).then_some(b..end)
    }

    /// Two role words name the same role, or one is an abbreviated title of
    /// the other (`sen` / `senator`).
    /// A name of two or more words with a first name the language data
    /// knows, first or (`Kelemen Hunor`, surname first) last.
    fn by_first_name(&self, s: Chunk) -> bool {
        let (w, lex) = (&self.w, self.lex);
        s.last > s.first && (names::given_parts(lex, w.lower(s.first)) || lex.trailing_first_names.contains_lower(w, s.last))
    }

    /// A known first name alone, described right after it (`Maria, o
    /// pacientă de 58 de ani, …`, `Tom, a retired teacher, …`): someone the
    /// text names by first name only. (`Ionuț, 31 de ani, …`: an age too.)
    /// `Lângă el, Floarea dă din cap.`: a lone known first name opening its
    /// sentence before a lowercase verb introduces someone (reportage names
    /// villagers so), whom a later `spune femeia` means.
    fn lone_given_subject(&self, s: Chunk) -> bool {
        let (w, lex) = (&self.w, self.lex);
        let (x, v) = (w.lower(s.first), s.last + 1);
        s.first == s.last
            && names::given(lex, x)
            && !lex.is_role(x)
            && v < w.len()
            && w.plain(v)
            && !w.cap(v)
            && !w.digit(v)
            && w.sent(v) == w.sent(s.first)
            && !lex.prepositions.contains_lower(w, v)
            && !lex.coordinators.contains_lower(w, v)
            && !lex.conjunctions.starts_at(w, v)
            && !self.quoted(s.first)
    }
    fn first_name_described(&self, s: Chunk) -> bool {
        let (w, lex) = (&self.w, self.lex);
        let x = w.lower(s.first);
        // (A link before it names a first name the data does not know:
        // `who gave only her first name, Keiko,`.)
        let linked = s.first == s.last && w.cap(s.first) && (s.first.saturating_sub(4)..s.first).any(|k| lex.first_name_links.at(w, k).is_some_and(|(n, _)| k + n == s.first));
        // (An age written as one hyphened compound right before it:
        // `Their eldest, 15-year-old Mariam, has …`.)
        let aged = s.first >= 3 && w.digit(s.first - 3) && w.raw_gap_is(s.first - 2, "-") && w.raw_gap_is(s.first - 1, "-") && w.plain(s.first);
        // (Set off by commas after a kin noun, a first name the data does
        // not know: before an age, `The couple's eldest daughter, Naledi,
        // 22,`; after a lowercase kin noun, whatever comes next, `My
        // granddaughter, Maisie, is 7`.)
        let kin_set_off = s.first == s.last
            && s.first > 0
            && s.last + 1 < w.len()
            && w.gap_is(s.first, ",")
            && w.plain(s.first - 1)
            && lex.kin_nouns.contains_lower(w, s.first - 1)
            && w.gap_is(s.last + 1, ",")
            && !lex.pronouns.contains(x)
            && (w.digit(s.last + 1) && w.text(s.last + 1).len() <= 3 || s.first > 1 && !w.cap(s.first - 1) && !w.cap(s.last + 1) && !lex.is_role(x));
        linked || kin_set_off || s.first == s.last
            && names::given(lex, x)
            && !lex.is_role(x)
            && !lex.pronouns.contains(x)
            && s.last + 1 < w.len()
            && (aged || w.gap_is(s.last + 1, ","))
            && (aged || lex.indefinite.contains_lower(w, s.last + 1) || w.digit(s.last + 1)
                // (Or set off after a role phrase opening the sentence:
                // `Fiul acestuia, Cristian, a ajuns primul`.)
                || w.gap_is(s.first, ",") && self.role_opener(s.first - 1).is_some()
                // (Or after a kin noun and its possessive anywhere: `and her
                // husband, Mike, on Facebook`.)
                // (Or a name's: `Mr Ferris’s sister, Jodie, read`.)
                || w.gap_is(s.first, ",") && s.first >= 2 && w.plain(s.first - 1) && lex.kin_nouns.contains_lower(w, s.first - 1) && (self.gendered_possessive(s.first - 2) || self.possessive_s(s.first - 2) && s.first >= 3 && w.cap(s.first - 3)))
    }

    /// A full name of two or three words set off by a description or an
    /// age (`was Hana Ito, a fourth grader,`, `Tendai Moyo, 34, lost …`):
    /// a person, whatever the data knows of the first name.
    fn full_name_described(&self, s: Chunk) -> bool {
        let w = &self.w;
        let d = s.last + 1;
        // (Not a place after its preposition, `on Castle Street, two doors
        // from`: a count is no description.)
        let placed = s.first > 0 && self.lex.prepositions.contains_lower(w, s.first - 1);
        // (Or by a relative only a person takes: `was Ana Ruiz, who …`.)
        // (Not a party tag, `R-Texas, who`: first and last name apart.)
        s.last > s.first && s.last <= s.first + 2 && w.plain(s.first + 1) && d + 1 < w.len() && !placed && w.gap_is(d, ",") && w.sent(d) == w.sent(s.first) && (self.lex.indefinite.contains_lower(w, d) && !self.lex.number_words.contains_lower(w, d) && w.plain(d + 1) && !w.cap(d + 1) || w.digit(d) && w.text(d).len() <= 2 && w.gap_after(d).trim_start().starts_with(',') || !w.cap(d) && crate::sources::is_person_relative(self.doc.lang, w.lower(d)))
    }

    fn role_match(&self, a: &str, b: &str) -> bool {
        let abbrev = |x: &str, y: &str| x.len() >= 3 && x.len() < y.len() && y.starts_with(x) && self.lex.titles.contains(x);
        same_role(a, b) || abbrev(a, b) || abbrev(b, a) || self.lex.same_office(a, b)
    }

    /// `role_match(_, role)` for many candidates: the office groups of
    /// `role` looked up once, so a walk over the recent mentions compares
    /// each candidate with one group, not with all of them.
    fn role_matcher<'r>(&'r self, role: &'r str) -> impl Fn(&str) -> bool + 'r {
        let groups: Vec<&'r Vec<String>> = self.lex.role_groups.iter().filter(|g| g.iter().any(|x| agrees(x, role))).collect();
        let titled = self.lex.titles.contains(role);
        // A masculine form is not a woman introduced with the feminine form
        // of the same noun (`consilierul UDMR` after `Consiliera PSD X`);
        // another word for the office may be (`edilul` for `primărița`).
        let masculine = self.lex.gender(role) == Some(false);
        move |a: &str| {
            if masculine && self.lex.gender(a) == Some(true) && same_role(a, role) {
                return false;
            }
            let abbrev = |x: &str, y: &str, title: bool| x.len() >= 3 && x.len() < y.len() && y.starts_with(x) && title;
            same_role(a, role) || abbrev(a, role, self.lex.titles.contains(a)) || abbrev(role, a, titled) || groups.iter().any(|g| g.iter().any(|x| agrees(x, a)))
        }
    }
}

/// A timeline entry's sort key, its byte: one function for both lists of
/// this shape, so the sort is instantiated once.
fn by_byte(m: &(usize, usize, bool)) -> u128 {
    m.0 as u128
}

/// Adds `roles` to `k`'s, each once: a person re-mentioned a thousand times
/// must not make every later role lookup a thousand times slower.
fn join_roles(k: &mut Known, roles: Vec<String>) {
    for role in roles {
        if !k.roles.contains(&role) {
            k.roles.push(role);
        }
    }
}

/// All of `a`'s words agree with some word of `b`.
pub fn covered(a: &[String], b: &[String]) -> bool {
    !a.is_empty() && a.iter().all(|x| b.iter().any(|y| agrees(x, y)))
}

/// Two role words name the same role: equal, or one inflection apart
/// (`ministrul` / `ministra`), but not `council` / `councillor`.
fn same_role(a: &str, b: &str) -> bool {
    let common = names::common_prefix(a, b);
    a == b || (common >= 5 && names::n_chars(a) - common <= 2 && names::n_chars(b) - common <= 2)
}

/// Walks a quote's text left to right for a quote within it: a single
/// opening mark after a space or an opening mark opens one, a closing one
/// that ends a word closes it.
struct NestedQuote {
    open: bool,
    prev: char,
    from: usize,
}

impl NestedQuote {
    /// Reads on up to byte `to`; true when a quote within the quote is open there.
    fn open_before(&mut self, text: &str, to: usize) -> bool {
        if to > self.from {
            let mut chars = text[self.from..to].chars().peekable();
            while let Some(c) = chars.next() {
                let next = chars.peek().copied().unwrap_or(' ');
                match c {
                    '‘' => self.open = true,
                    '\'' if !self.prev.is_alphanumeric() => self.open = true,
                    '’' | '\'' if self.open && !next.is_alphanumeric() => self.open = false,
                    _ => {}
                }
                self.prev = c;
            }
            self.from = to;
        }
        self.open
    }
}

//! Names: recognises the names of people, outlets and organisations around a position, strips titles, and types a name as a source.

use crate::lexicon::Lexicon;
use crate::model::SourceType;
use crate::words::Words;

// Ranges of words are written `a..b + 1`, not `a..=b`: an inclusive range's
// iterator carries an extra flag through every loop (about 1.3 KB of wasm
// gzipped across context, names and quotes).

/// A run of words forming a name (inclusive word indices).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chunk {
    /// First word.
    pub first: usize,
    /// Last word (inclusive).
    pub last: usize,
}

/// Every capitalised run of the document, found once, with a word → chunk map.
pub struct Names {
    /// The runs, in order.
    pub chunks: Vec<Chunk>,
    /// For each word, the chunk holding it (`u32::MAX` when none).
    of_word: Vec<u32>,
}

impl Names {
    /// Finds the capitalised runs in one left-to-right pass.
    pub fn new(w: &Words<'_>, lex: &Lexicon) -> Names {
        let n = w.len();
        let mut chunks = Vec::new();
        let mut of_word = vec![u32::MAX; n];
        let mut i = 0;
        while i < n {
            if !starts_name(w, lex, i) {
                i += 1;
                continue;
            }
            let mut j = i;
            let mut org = is_org_word(w, lex, i);
            loop {
                let next = j + 1;
                if next >= n || w.para(next) != w.para(j) {
                    break;
                }
                let gap = w.gap(next);
                let nw = &w.list[next];
                let joinable = |k: usize| {
                    k < n
                        && w.cap(k)
                        && !w.digit(k)
                        && w.plain(k)
                        && !lex.time_words.contains_lower(w, k)
                        && !lex.stop_caps.contains_lower(w, k)
                };
                // A body's name whose kind comes after a connector (`Food
                // and Drink Federation`): a few capitalised words ahead end
                // in an organisation word.
                // (Not after a person's name: `Grace Whitlock of Emory
                // University`, `Mihnea Stoica pentru Ziarul X`.)
                let person_like = (i..j + 1).any(|q| given(lex, w.lower(q)) || lex.titles.contains_lower(w, q));
                // (A plain loop, not a take_while: less wasm.)
                let org_ahead = |k: usize| {
                    if !person_like {
                        for q in k..(k + 4).min(n) {
                            if !joinable(q) || q > k && !w.plain(q) {
                                break;
                            }
                            if is_org_word(w, lex, q) {
                                return true;
                            }
                        }
                    }
                    false
                };
                let glue = |word: &str| matches!(word, "ro" | "com" | "net" | "org" | "eu" | "uk" | "md" | "co" | "ie" | "au" | "nz" | "za" | "in" | "sg" | "ca" | "ng" | "ke" | "gh" | "ph" | "pk" | "info" | "io" | "news");
                // The last word of the run after joining, if the run goes on.
                let joined = if gap.is_empty() {
                    Some(next) // glued pieces: G4Media, Digi24
                } else if w.plain(next) && hyphened_particle(w, lex, next) {
                    Some(next + 1) // Omar al-Hassan
                } else if w.plain(next) {
                    // (A company's legal form ends its name even where it
                    // spells a function word: `Drumuri Bucovina SA`, not `sa`.)
                    let suffix = || lex.company_suffixes.contains_lower(w, next) && w.cap(j);
                    // (`Prime Minister Helena Voss Tuesday morning`: a day's
                    // name closing the run after a surname is the time, not
                    // part of the name; after a first name or a title it is
                    // one: `Theresa May`, `Mrs Monday Eze`.)
                    let dated = || lex.time_words.contains_lower(w, next) && !given(lex, w.lower(j)) && !lex.titles.contains_lower(w, j) && !(next + 1 < n && w.cap(next + 1) && w.plain(next + 1));
                    if nw.cap && !nw.digit && (!lex.stop_caps.contains_lower(w, next) || suffix()) && !glued_role(w, lex, next) && !dated() {
                        Some(next)
                    } else if !nw.cap && lex.particles.contains_lower(w, next) && next + 2 < n && w.plain(next + 1) && !w.cap(next + 1) && lex.particles.contains_lower(w, next + 1) && joinable(next + 2) {
                        Some(next + 2) // Rafael de la Cruz, Ursula von der Leyen
                    } else if joinable(next + 1)
                        && (nw.digit
                            || (!nw.cap
                                && (lex.particles.contains_lower(w, next)
                                    || ((org || (org_ahead(next + 1) && lex.coordinators.contains_lower(w, next))) && lex.connectors.contains_lower(w, next) && !lex.outlets.starts_at(w, next + 1))
                                    || (lex.titles.contains_lower(w, j) && lex.title_modifiers.contains_lower(w, next)))))
                    {
                        // Channel 8 News, Ludwig van Beethoven, Institute for Local Finance
                        // (a known outlet after the connector is another name:
                        // `INSCOP Research for News.ro`)
                        Some(next + 1)
                    } else if !nw.cap && lex.particles.contains_lower(w, next) && next + 1 < n && w.plain(next + 1) && !w.cap(next + 1) && lex.particles.contains_lower(w, next + 1) && joinable(next + 2) {
                        Some(next + 2) // Hendrik van der Merwe, Jan de la Cruz
                    } else if org && !nw.cap && lex.connectors.contains_lower(w, next) && !lex.coordinators.contains_lower(w, next) && next + 2 < n && w.plain(next + 1) && !w.cap(next + 1) && lex.connectors.contains_lower(w, next + 1) && !lex.coordinators.contains_lower(w, next + 1) && joinable(next + 2) && !lex.outlets.starts_at(w, next + 2) {
                        Some(next + 2) // Cultural Center of the Philippines
                    } else {
                        numbered(w, lex, i, j, next, org)
                    }
                } else if ((gap == "-" || gap == "‑") && nw.cap)
                    || ((gap == "’ " || gap == "' ") && w.lower(j).ends_with('s') && nw.cap && !nw.digit)
                    || (gap == ". " && nw.cap && !nw.digit && w.cap(j) && (n_chars(w.text(j)) == 1 || (lex.titles.contains_lower(w, j) && !w.text(j).chars().all(crate::case::is_upper))))
                    || (gap == "." && nw.cap && n_chars(w.text(j)) == 1 && n_chars(w.text(next)) == 1 && w.cap(j))
                    || (gap == "." && !nw.cap && glue(w.lower(next)))
                    || (gap == ". " && nw.cap && lex.company_suffixes.contains_lower(w, j) && lex.company_suffixes.contains_lower(w, next))
                {
                    Some(next) // Jean-Pierre, Nurses’ Guild, J. Smith, Sen. Warren, News.ro, U.S., Corp. Ltd.
                } else if gap == "-" && korean_given(w, lex, i, j, next) {
                    Some(next) // Baek Seung-ho, Choi Dong-wook
                } else if (gap == "’" || gap == "'") && nw.cap && !nw.digit && n_chars(w.text(j)) == 1 && w.cap(j) {
                    Some(next) // O'Shaughnessy, D’Angelo
                } else if (gap == "’" || gap == "'") && !nw.cap && !nw.digit && (w.cap(j) && (n_chars(w.text(next)) >= 3 || !matches!(w.lower(next), "s" | "t" | "d" | "m" | "ll" | "re" | "ve")) || !w.cap(j) && matches!(w.gap(j), "’" | "'")) {
                    // Fa'alogo, Tu’ilagi, Ta'ufo'ou, Ndung’u: a glottal stop
                    // inside a name (not an English contraction's tail: n't, 'll).
                    Some(next)
                } else if (gap == "’" || gap == "'") && w.lower(next) == "s" && joinable(next + 1) && (!person_like || (next + 1..(next + 4).min(n)).any(|q| joinable(q) && is_org_word(w, lex, q))) {
                    // (Not a person's possession: `Luis Ocampo’s Toyota
                    // Prius`; but `St Mary’s Hospital`.)
                    Some(next + 1) // Fishermen’s Association
                } else {
                    // Malik "Mack" Oyelaran, Gerry ‘The Brush’ Fennelly: a
                    // nickname in marks between a first name and the surname.
                    // (`Vlad „Vlade” Stoica`, `Ion «Nea» Pop`: the marks of Romanian text.)
                    // (Not after a body's word: `Colegiul Național „Mihai
                    // Viteazul” Ploiești` is the body's name, see `quoted_tail`.)
                    (matches!(gap, " \"" | " “" | " ‘" | " '" | " „" | " «") && nw.cap && !nw.digit && !org && !all_caps(w.text(j)))
                        .then(|| (next..(next + 3).min(n - 1)).find(|&k| matches!(w.gap(k + 1), "\" " | "” " | "’ " | "' " | "» ")))
                        .flatten()
                        .filter(|&k| (next + 1..k + 1).all(|q| w.plain(q)) && w.cap(k + 1) && !w.digit(k + 1))
                        .map(|k| k + 1)
                };
                match joined {
                    Some(k) => j = k,
                    None => break,
                }
                // (`American Red Cross of Utah`: a body the lists know.)
                org |= is_org_word(w, lex, j) || lex.organizations.starts_at(w, j);
            }
            // A known outlet or body written with a lowercase word inside
            // (`a Radio free Europe report`) or ending in a number (`Antena 3`).
            if let Some((n, _)) = lex.outlets.at_fold(w, i).or_else(|| lex.organizations.at_fold(w, i)) {
                let tail = &w.list[i + n - 1];
                if i + n - 1 > j && (tail.cap || tail.digit) && (i + 1..i + n).all(|k| w.plain(k)) {
                    j = i + n - 1;
                }
            }
            // A place's name, then a listed lowercase kind of body (`the
            // Bombay high court`): one body's name.
            if let Some((n, _)) = (j + 1 < n).then(|| lex.body_tails.at(w, j + 1)).flatten() {
                // (`An Ohio school district will cut …` is one of the
                // place's, no name; `a Leeds city council spokesperson`
                // names the body its voice speaks for.)
                let after = j + n + 1;
                let voiced = after < w.len() && w.plain(after) && (lex.body_voices.contains_lower(w, after) || lex.is_role(w.lower(after)));
                let one_of = i > 0 && w.plain(i) && lex.indefinite.contains_lower(w, i - 1) && !voiced;
                if !one_of && w.para(j + n) == w.para(j) && (j + 1..j + n + 1).all(|k| w.plain(k) && !w.cap(k)) && !(i..j + 1).any(|q| given(lex, w.lower(q)) || lex.titles.contains_lower(w, q)) {
                    j += n;
                }
            }
            let mut first = i;
            // A sentence-initial document noun is not part of the name
            // (`Datele Institutului Național de Statistică arată`), nor a
            // body's voice (`Conducerea Metrorex susține`: the body speaks).
            if j > i
                && i == w.sentence_start(w.sent(i))
                && (lex.report_nouns.contains_lower(w, i) || lex.not_names.contains_lower(w, i) || lex.body_voices.contains_lower(w, i))
            {
                first = i + 1;
            }
            // A known outlet glued to a following name splits off
            // (`pentru Digi24 Florin Jianu`).
            let mut parts = vec![(first, j)];
            if let Some((n, _)) = lex.outlets.at(w, first) {
                // (`The BBC’s Hiba Amin`: past the possessive's `s`.)
                // (Not a programme's name, `RNZ's Morning Report`.)
                let rest = first + n + usize::from(first + n < j && w.lower(first + n) == "s" && matches!(w.gap(first + n), "’" | "'") && (given(lex, w.lower(first + n + 1)) || j + 1 < w.len() && (w.gap_is(j + 1, ",") || w.plain(j + 1) && lex.cues.starts_at(w, j + 1))));
                if rest <= j && first + n < j {
                    parts = vec![(first, first + n - 1), (rest, j)];
                }
            }
            // An outlet's name run into a person's (`pentru Ziarul de Iași
            // Ion Pop`): split before a known first name with a surname after
            // it, when the words before it name an outlet. (The first outlet
            // word is found once: asking for each candidate whether one comes
            // before it was quadratic in a long run of capitalised words.)
            if parts.len() == 1 {
                let given = |k: usize| given(lex, w.lower(k));
                if let Some(outlet) = (first..j).find(|&q| lex.outlet_words.contains_text(w, q)) {
                    if let Some(k) = (outlet + 1..j).find(|&k| w.cap(k - 1) && given(k)) {
                        parts = vec![(first, k - 1), (k, j)];
                    }
                }
            }
            // (`Reform UK's Gavin Pryce`: a body's possessive run into a
            // first name and a surname is the body and then the person.)
            if parts.len() == 1 {
                if let Some(q) = (first + 1..j.saturating_sub(1)).find(|&q| w.lower(q) == "s" && matches!(w.gap(q), "’" | "'") && given(lex, w.lower(q + 1)) && w.cap(q + 1)) {
                    parts = vec![(first, q - 1), (q + 1, j)];
                }
            }
            // (`Conservative Richard Hallam`: a word describing the person,
            // before a first name and a surname, is no part of the name.)
            if parts.len() == 1 && j >= first + 2 && lex.name_qualifiers.contains_lower(w, first) && !given(lex, w.lower(first)) && given(lex, w.lower(first + 1)) {
                parts = vec![(first + 1, j)];
            }
            for (a, b) in parts {
                let idx = chunks.len() as u32;
                of_word[a..b + 1].fill(idx);
                chunks.push(Chunk { first: a, last: b });
            }
            i = j + 1;
        }
        Names { chunks, of_word }
    }

    /// The chunk holding word `i`.
    #[inline(always)]
    pub fn at(&self, i: usize) -> Option<Chunk> {
        self.find(i, 0).copied()
    }

    /// The chunk starting exactly at word `i`.
    #[inline(always)]
    pub fn starting(&self, i: usize) -> Option<Chunk> {
        self.find(i, 1).copied()
    }

    /// The chunk ending exactly at word `i`.
    #[inline(always)]
    pub fn ending(&self, i: usize) -> Option<Chunk> {
        self.find(i, 2).copied()
    }

    /// The chunk holding word `i` (`edge` 0), starting (1) or ending (2) there:
    /// one call returning a pointer at the ~170 call sites above, not the
    /// look-up inlined at each.
    #[inline(never)]
    fn find(&self, i: usize, edge: u8) -> Option<&Chunk> {
        // (`u32::MAX`, no chunk, is past the end of `chunks`.)
        let c = self.chunks.get(*self.of_word.get(i)? as usize)?;
        match edge {
            1 => c.first == i,
            2 => c.last == i,
            _ => true,
        }
        .then_some(c)
    }
}

fn starts_name(w: &Words<'_>, lex: &Lexicon, i: usize) -> bool {
    let word = &w.list[i];
    // (`Which?`: a listed body's name spelling a function word, known by its mark.)
    let marked = || lex.organizations.at(w, i).is_some_and(|(_, p)| p.mark == '?');
    // (`Mr. Sunday Adebayo`: a day's name after a title and before a
    // surname is a first name.)
    let titled = || i > 0 && w.cap(i - 1) && lex.titles.contains_lower(w, i - 1) && i + 1 < w.len() && w.cap(i + 1) && w.plain(i + 1);
    // (`In her response, May said …`: a month's name as a surname, opening
    // a clause right before a reporting verb.)
    let speaks = || i + 1 < w.len() && w.plain(i + 1) && lex.cues.starts_at(w, i + 1) && (i == w.sentence_start(word.sent) || w.gap_has(i, ','));
    (word.cap || hyphened_particle(w, lex, i)) && !word.digit && (!lex.stop_caps.contains_lower(w, i) || marked()) && (!lex.time_words.contains_lower(w, i) || titled() || speaks()) && !lex.number_words.contains_lower(w, i)
        && (!lex.pronouns.contains_lower(w, i) || w.text(i).chars().all(crate::case::is_upper))
        // `Spune Kelemen: „…”`: a reporting verb opening the sentence before its subject.
        && !(i == w.sentence_start(word.sent) && lex.cues.at(w, i).is_some_and(|(n, _)| n == 1))
        && !glued_role(w, lex, i)
}

/// `al-Hassan`, `el-Sisi`: a lowercase name particle hyphened to a
/// capitalised word is part of the surname (and may open a name).
#[inline(never)]
fn hyphened_particle(w: &Words<'_>, lex: &Lexicon, i: usize) -> bool {
    i + 1 < w.len() && !w.cap(i) && w.raw_gap_is(i + 1, "-") && w.cap(i + 1) && !w.digit(i + 1) && lex.particles.contains_lower(w, i)
}

/// `Baek Seung-ho`, `Kim Jong-un`: a short surname, then a given name of two
/// syllables hyphened with the second in lowercase — not `York-based`
/// (too long a tail) nor `CEO-ul` (an article).
fn korean_given(w: &Words<'_>, lex: &Lexicon, i: usize, j: usize, next: usize) -> bool {
    let len = |k: usize| n_chars(w.text(k));
    let tail = w.lower(next);
    j > i
        && len(j - 1) <= 5
        && len(j) <= 5
        && (2..=4).contains(&len(next))
        && !listed(&lex.article_endings, tail)
}

/// `CEO-ul companiei`: a role written as an acronym with the article glued on.
fn glued_role(w: &Words<'_>, lex: &Lexicon, i: usize) -> bool {
    i + 1 < w.len() && w.raw_gap_is(i + 1, "-") && !w.cap(i + 1) && listed(&lex.article_endings, w.lower(i + 1)) && lex.role_at(w, i)
}

fn is_org_word(w: &Words<'_>, lex: &Lexicon, i: usize) -> bool {
    lex.org_words.contains_text(w, i) || lex.outlet_words.contains_text(w, i) || lex.document_words.contains_text(w, i)
}

/// The words of a chunk that name a person: titles in front dropped
/// (`Health Secretary Laura Penhale` → `Laura Penhale`, `Secretary of State
/// Antony Blinken` → `Antony Blinken`). `None` when only titles remain.
pub fn strip_titles(w: &Words<'_>, lex: &Lexicon, c: Chunk) -> Option<Chunk> {
    let mut first = c.first;
    let mut k = c.first;
    while k <= c.last {
        // (Not a title opening a nickname in marks: `Sheree ‘Lady Sherrie’
        // Campbell`.)
        // (`Dean Nuttall`: a title that is also a first name, before one
        // surname alone, is the first name.)
        let first_name = k == c.first && c.last == c.first + 1 && w.plain(c.last) && lex.title_first_names.contains_lower(w, k);
        if lex.titles.contains_lower(w, k) && k < c.last && !first_name && (k == c.first || !ends_any(w.gap(k), &['"', '“', '‘', '\'', '„', '«'])) {
            first = k + 1;
            // `Procurorul general X`: skip the title's modifier.
            if first < c.last && !w.cap(first) && lex.title_modifiers.contains_lower(w, first) {
                first += 1;
            // `Secretary of State X`: skip the connector and the word it joins.
            } else if first + 1 < c.last && !w.cap(first) {
                first += 2;
            }
            k = first;
            continue;
        }
        k += 1;
    }
    // (A wire headline's topic run into a role, `Tennis-Qualifier Berthoud
    // stuns …`: the name starts after the role.)
    for k in first + 1..c.last {
        if w.raw_gap_is(k, "-") && lex.role_at(w, k) {
            first = k + 1;
        }
    }
    if first > c.last || lex.titles.contains_lower(w, c.last) {
        return None;
    }
    // An inflected role the title list lacks (`Viceprimara Irina Pop`,
    // `Actrița Ana Ionescu`): a role word before a known first name.
    // (Or a common noun capitalised only by opening the sentence, its
    // article on it: `Doctorandul Ion Pop`.)
    let opener = c.first == w.sentence_start(w.sent(c.first)) && suffixed(&lex.article_endings, w.lower(c.first), 2);
    if first == c.first && c.last >= c.first + 2 && (lex.role_at(w, c.first) || opener && !given_parts(lex, w.lower(c.first))) {
        let given = w.lower(c.first + 1);
        // (`Epidemiologul Bogdana Pop`: a first name no list knows, with a
        // woman's ending, and a surname after it.)
        let unlisted = suffixed(&lex.feminine_name_endings, given, 1) && w.plain(c.first + 1) && !lex.org_words.contains_text(w, c.first + 1);
        if (given_parts(lex, given) || unlisted) && !lex.is_role(given) {
            first = c.first + 1;
        }
    }
    // (`Antrenorul Lars Nyström a …`: an articled role opening the sentence
    // before a two-word name of first name no list knows; not a body's name,
    // `Consiliul Local Sibiu`, nor a genitive complement.)
    let plain_word = |k: usize| w.plain(k) && !lex.role_at(w, k) && !is_org_word(w, lex, k) && !all_caps(w.text(k)) && !suffixed(&lex.genitive_endings, w.lower(k), 2);
    if first == c.first && opener && c.last == c.first + 2 && lex.role_at(w, c.first) && !is_org_word(w, lex, c.first) && (c.first + 1..c.last + 1).all(plain_word) {
        first = c.first + 1;
    }
    // A bare role word in capitals before a two-word name (`Democrat Ana
    // Ruiz`, `Independent Ross Fell`): the role, though the first name is
    // unknown to the data. (Not an inflected role opening a body's name.)
    // (`Parent Ana Holm-Yang`: a hyphened surname is one of the two.)
    // (A counting loop, not a filtered count: less wasm.)
    let mut plain_joins = 0;
    for k in c.first + 2..c.last + 1 {
        plain_joins += usize::from(w.plain(k));
    }
    // (Or three, a Chinese name in its own order: `Actor Lim Kok Wah`.)
    let two_words = c.last >= c.first + 2 && (plain_joins == 1 || plain_joins == 2);
    if first == c.first && two_words && w.cap(c.first) && lex.role_at(w, c.first) && !is_org_word(w, lex, c.first) && !suffixed(&lex.article_endings, w.lower(c.first), 2) {
        let plain_name = |k: usize| (w.plain(k) || w.raw_gap_is(k, "-")) && !lex.role_at(w, k) && !is_org_word(w, lex, k) && !all_caps(w.text(k));
        if (c.first + 1..c.last + 1).all(plain_name) {
            first = c.first + 1;
        }
    }
    // A party or body acronym between title and name: `Deputatul PNL Ionuț Stroe`.
    // (Also when the role before it is not in the run: `Consiliera locală
    // PSD Maria Pop`, the acronym before a known first name.)
    if first + 2 <= c.last && all_caps(w.text(first)) && (first > c.first || given_parts(lex, w.lower(first + 1))) {
        first += 1;
    }
    // A role's genitive complement run into the name (`ministru al
    // Sănătății Vlad Ene`): a case-ending word that is no first name,
    // before a known first name.
    let given = |k: usize| given_parts(lex, w.lower(k));
    let genitive = |k: usize| lex.genitive_endings.iter().any(|e| w.lower(k).ends_with(e.as_str()) && w.lower(k).len() > e.len() + 2);
    if first + 2 <= c.last && genitive(first) && !given(first) && given(first + 1) && !lex.role_at(w, first + 1) {
        first += 1;
    }
    // A role and the body or place it serves run into the name
    // (`Procuroarea DNA Pitești Corina Pop`, `Criticul TV Ana Pop`): the
    // name starts at a known first name with a surname after it.
    if (first > c.first || lex.role_at(w, c.first)) && !given(first) {
        // (The surname a separate word: `Dr Rashid Al-Mansouri` does not
        // start at `Al`, hyphened to the rest of its surname.)
        // (From a first name's first half: `MP Jean-Philippe Gagnon`.)
        if let Some(k) = (first + 1..c.last).find(|&k| given(k) && !lex.role_at(w, k) && (k + 1..c.last + 1).any(|q| w.plain(q))) {
            first = if w.raw_gap_is(k, "-") && w.cap(k - 1) { k - 1 } else { k };
        }
    }
    Some(Chunk { first, last: c.last })
}

/// How many characters `s` has: one shared loop, where each
/// `.chars().count()` inlines its own.
#[inline(never)]
pub fn n_chars(s: &str) -> usize {
    s.chars().count()
}

/// How many characters `a` and `b` open with alike (one loop for the
/// stem comparisons of role words and body nouns).
#[inline(never)]
pub fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// `s` without the characters of `set` at its start: one shared routine,
/// where each `trim_start_matches([…])` with its own array length is
/// another instance.
#[inline(never)]
pub fn trim_start_any<'a>(s: &'a str, set: &[char]) -> &'a str {
    s.trim_start_matches(set)
}

/// `s` without the characters of `set` at its end.
#[inline(never)]
pub fn trim_end_any<'a>(s: &'a str, set: &[char]) -> &'a str {
    s.trim_end_matches(set)
}

/// `s` holds one of the characters in `set`: one shared loop, where each
/// `str::contains([…])` with its own array length is another instance.
#[inline(never)]
pub fn has_any(s: &str, set: &[char]) -> bool {
    s.chars().any(|c| set.contains(&c))
}

/// `s` opens with one of the characters in `set`.
#[inline(never)]
pub fn starts_any(s: &str, set: &[char]) -> bool {
    s.chars().next().is_some_and(|c| set.contains(&c))
}

/// `s` ends with one of the characters in `set`.
#[inline(never)]
pub fn ends_any(s: &str, set: &[char]) -> bool {
    s.chars().next_back().is_some_and(|c| set.contains(&c))
}

/// `x` is one of `list`'s words.
pub fn listed(list: &[String], x: &str) -> bool {
    list.iter().any(|e| e == x)
}

/// `x` ends with one of the endings in `list` and is more than `extra`
/// characters longer than it (a stem before the ending).
pub fn suffixed(list: &[String], x: &str, extra: usize) -> bool {
    list.iter().any(|e| x.ends_with(e.as_str()) && n_chars(x) > n_chars(e) + extra)
}

/// A first name the language data knows (either list): one shared test.
pub fn given(lex: &Lexicon, x: &str) -> bool {
    lex.feminine.contains(x) || lex.masculine.contains(x)
}

/// A first name the language data knows, or either part of a hyphenated
/// one (`Ana-Maria`).
pub fn given_parts(lex: &Lexicon, x: &str) -> bool {
    x.split('-').any(|p| given(lex, p))
}

/// A word of two letters or more, all capitals (`MP`, `PSD`): one shared
/// test, not a character loop at each caller.
pub fn all_caps(t: &str) -> bool {
    n_chars(t) >= 2 && t.chars().all(crate::case::is_upper)
}

/// True when the chunk is a title or role alone (`Ministra Educației` counts:
/// it starts with a title and holds no person's name after it).
pub fn is_title_phrase(w: &Words<'_>, lex: &Lexicon, c: Chunk) -> bool {
    // `DNA` the prosecutors' office, not `Dna` (Mrs): a known body in capitals.
    let body = w.text(c.first).chars().all(|ch| !crate::case::is_lower(ch)) && lex.organizations.exact(w, c.first, c.first);
    lex.titles.contains_lower(w, c.first) && !body && {
        // A title followed by one genitive-looking word (Ministra Educației,
        // Prefectul Județului) is a role, not a name.
        // An abbreviated title (`Rep. Alvarez`, `Sen. Ortiz`) always
        // precedes a name, and so does one in capitals (`ÎPS Teodosie`).
        // (Not a familiar form before a first name: `Tanti Maria`, `Nea Costel`.)
        // (Only where the language marks the genitive on the word: English
        // puts the complement after a preposition, so `Senator Okoro` is a
        // name and only a second role word, `Chief Constable`, stays one.)
        c.last == c.first || (c.last == c.first + 1 && lex.role_at(w, c.first) && !w.gap(c.last).starts_with('.') && !all_caps(w.text(c.first)) && !given(lex, w.lower(c.last)) && (!lex.genitive_endings.is_empty() || lex.role_at(w, c.last)))
    }
}

/// The text of a chunk.
pub fn text<'a>(w: &Words<'a>, c: Chunk) -> &'a str {
    &w.text[w.list[c.first].start..w.list[c.last].end]
}

/// `Primăria Sectorului 2`, `Școala Gimnazială nr. 5`: a body's name
/// closed by its number, after a word in the genitive or a lowercase
/// abbreviation for "number" (not a document's: `Legea nr. 544/2001` has
/// its own reading). The number's word.
fn numbered(w: &Words<'_>, lex: &Lexicon, i: usize, j: usize, next: usize, org: bool) -> Option<usize> {
    let num = |k: usize| k < w.len() && w.digit(k) && w.text(k).len() <= 3;
    if !org || (i..j + 1).any(|k| lex.document_words.contains_text(w, k)) {
        return None;
    }
    if num(next) && suffixed(&lex.genitive_endings, w.lower(j), 3) {
        return Some(next);
    }
    (!w.cap(next) && lex.abbreviations.contains_lower(w, next) && w.raw_gap_is(next + 1, ". ") && num(next + 1)).then_some(next + 1)
}

/// `Teatrul Național „Marin Sorescu”`, `Colegiul «Mihai Viteazul»`: a
/// body's word at `last` going on with the body's own name in marks, a few
/// capitalised words the closing mark ends (an abbreviated rank among them:
/// `ISU „Mr. Constantin Ene”`), and the place after it, if any (`… „Mr.
/// Constantin Ene” Bacău`). The name's last word and the byte after it.
pub fn quoted_tail(w: &Words<'_>, lex: &Lexicon, last: usize) -> Option<(usize, usize)> {
    let next = last + 1;
    // (The body's word among the last few: `Teatrul Național`, `Inspectoratul pentru Situații de Urgență`.)
    // (A plain loop back, not a reversed take_while: less wasm.)
    let mut body = false;
    let mut k = last + 1;
    while k > last.saturating_sub(4) && !body {
        k -= 1;
        if k < last && !w.plain(k + 1) {
            break;
        }
        body = is_org_word(w, lex, k) || all_caps(w.text(k));
    }
    // (`asociației «Apicultorii Moldovei»`: a lowercase body noun before the marks.)
    // (Or an adjective after it: `asociației patronale «…»`.)
    let noun = !w.cap(last) && (lex.org_descriptors.contains_lower(w, last) || last > 0 && w.plain(last) && !w.cap(last - 1) && lex.org_descriptors.contains_lower(w, last - 1));
    if next >= w.len() || !(body && w.cap(last) || noun) || !matches!(w.gap(next), " „" | " «") || !w.cap(next) || w.digit(next) {
        return None;
    }
    let mut k = next;
    while k + 1 < w.len() && k < next + 4 && (w.plain(k + 1) || w.raw_gap_is(k + 1, ". ") && lex.abbreviations.contains_lower(w, k)) && w.cap(k + 1) && !w.digit(k + 1) {
        k += 1;
    }
    let g = w.gap_after(k);
    let close = w.list[k].end + g.chars().next().map_or(0, char::len_utf8);
    if !starts_any(g, &['”', '“', '»']) {
        return None;
    }
    // (A capitalised word right after the mark, in the sentence: the place.)
    // (Not a first name: `IDIS «Viitorul» Elena Pop` names the person next.)
    let place = k + 1 < w.len() && g.ends_with(' ') && n_chars(g.trim_end()) == 1 && w.cap(k + 1) && !w.digit(k + 1) && w.sent(k + 1) == w.sent(k) && !given_parts(lex, w.lower(k + 1));
    if !place {
        return Some((k, close));
    }
    // (`București-Ilfov`: the place's hyphened parts.)
    let mut p = k + 1;
    while p + 1 < w.len() && w.raw_gap_is(p + 1, "-") && w.cap(p + 1) {
        p += 1;
    }
    Some((p, w.list[p].end))
}

/// What kind of source a name is, by the lists and name patterns of the
/// language; people when nothing else fits.
pub fn classify(w: &Words<'_>, lex: &Lexicon, c: Chunk) -> SourceType {
    if lex.outlets.exact(w, c.first, c.last) || lex.photo_agencies.exact(w, c.first, c.last) {
        return SourceType::Outlet;
    }
    // (`digi24`, `RADOR`: a listed outlet written in another case.)
    if lex.outlets.at_fold(w, c.first).is_some_and(|(n, _)| c.first + n == c.last + 1) && (c.first..c.last + 1).any(|k| !w.cap(k) || all_caps(w.text(k))) {
        return SourceType::Outlet;
    }
    // (A listed lowercase tail closes only a body's name: `the Bombay high court`.)
    if lex.organizations.exact(w, c.first, c.last) || !w.cap(c.last) && (c.first + 1..c.last + 1).any(|k| !w.cap(k) && lex.body_tails.at(w, k).is_some_and(|(n, _)| k + n == c.last + 1)) {
        return SourceType::Organization;
    }
    let words = || (c.first..c.last + 1).map(|k| w.text(k));
    // (`Bill Reed`: a first name that spells a document's word, before a
    // surname, is a person's; `Bill C-11` stays a bill.)
    let first_name = c.last > c.first && given(lex, w.lower(c.first)) && w.text(c.first + 1).chars().filter(|ch| crate::scan::is_letter(*ch)).count() >= 2;
    if (lex.document_words.contains_text(w, c.first) && !first_name) || lex.document_words.contains_text(w, c.last) {
        return SourceType::Document;
    }
    if words().any(|t| lex.org_words.contains(t)) || c.last > c.first && lex.street_tails.contains_lower(w, c.last) {
        return SourceType::Organization;
    }
    if words().any(|t| lex.outlet_words.contains(t)) {
        return SourceType::Outlet;
    }
    if lex.outlets.starts_at(w, c.first) {
        return SourceType::Outlet;
    }
    // (Or a body of two words or more the lists know inside it:
    // `American Red Cross of Utah`.)
    if (c.first..c.last + 1).any(|k| lex.organizations.at(w, k).is_some_and(|(n, _)| k == c.first || n > 1 && k + n <= c.last + 1)) {
        return SourceType::Organization;
    }
    // `where The Dalkey Sons wrote`: an article capitalised mid-sentence
    // opens the name of a band, paper or body, never a person's.
    if c.first > 0 && w.plain(c.first) && w.cap(c.first - 1) && c.first - 1 != w.sentence_start(w.sent(c.first - 1)) && lex.definite.contains_lower(w, c.first - 1) {
        return SourceType::Organization;
    }
    // Acronyms (ANRE, ISU Argeșel) are bodies; so is a code with a number
    // in it (`the M5`, `G7`): no person's name holds one.
    let code = words().any(|t| t.bytes().all(|b| b.is_ascii_digit())) && words().all(|t| t.chars().all(|ch| crate::case::is_upper(ch) || ch.is_ascii_digit()));
    if code || words().any(|t| n_chars(t) >= 2 && t.chars().all(|ch| crate::case::is_upper(ch) || ch.is_ascii_digit())) {
        return SourceType::Organization;
    }
    // A descriptor right before the name (`the research firm Civic Pulse`,
    // `compania Helios`) or heading an apposition after it (`Tidewater
    // Analytics, a maritime consultancy,`).
    // (`pollster Lorraine Vasquez`: a word that is a role too, before a
    // known first name, names a person.)
    let given = c.last > c.first && given(lex, w.lower(c.first));
    if c.first > 0 && w.plain(c.first) && !w.cap(c.first - 1) && lex.org_descriptors.contains_lower(w, c.first - 1) && !(given && lex.role_at(w, c.first - 1)) {
        return SourceType::Organization;
    }
    if gathered(w, lex, c) {
        return SourceType::Organization;
    }
    // (`Firma Electroputere Craiova a anunțat`: the descriptor capitalised
    // opening the sentence, so inside the name.)
    if c.last > c.first && lex.org_descriptors.contains_lower(w, c.first) && !lex.role_at(w, c.first) {
        return SourceType::Organization;
    }
    if !given && company(w, lex, c) {
        return SourceType::Organization;
    }
    if w.gap_after(c.last).trim() == "," && c.last + 1 < w.len() && matches!(w.lower(c.last + 1), "a" | "an") {
        let sent = w.sent(c.last);
        let mut k = c.last + 2;
        while k < w.len() && k < c.last + 7 && w.sent(k) == sent && w.plain(k) && !lex.prepositions.contains_lower(w, k) {
            k += 1;
        }
        let head = k - 1;
        if head > c.last + 1 && lex.org_descriptors.contains_lower(w, head) {
            return SourceType::Organization;
        }
    }
    SourceType::Person
}

/// A body's noun and a genitive of whom it gathers right before the name
/// (`Asociația producătorilor Freshuelva`, `sindicatul pădurarilor Silva`).
pub fn gathered(w: &Words<'_>, lex: &Lexicon, c: Chunk) -> bool {
    let d = c.first.wrapping_sub(2);
    c.first >= 2 && !given(lex, w.lower(c.first)) && w.plain(c.first) && w.plain(c.first - 1) && !w.cap(c.first - 1) && suffixed(&lex.genitive_endings, w.lower(c.first - 1), 3) && (lex.org_descriptors.contains_lower(w, d) || lex.org_words.contains_text(w, d))
}

/// The text shows the name a company's: it ends in a legal form (`Drumuri
/// Bucovina SA`) or follows a noun for a business, directly or with its
/// line of business (`firma Helios`, `producătorul de mobilă Nordwood`).
pub fn company(w: &Words<'_>, lex: &Lexicon, c: Chunk) -> bool {
    // (Capitalised only where it opens the sentence: `Producătorul de …`.)
    let noun = |k: usize| (!w.cap(k) || k == w.sentence_start(w.sent(k))) && lex.company_nouns.contains_lower(w, k);
    (c.last > c.first && lex.company_suffixes.contains_lower(w, c.last))
        || c.first >= 1 && w.plain(c.first) && noun(c.first - 1)
        || c.first >= 3 && w.plain(c.first) && w.plain(c.first - 1) && w.plain(c.first - 2) && (c.first - 2..c.first).all(|k| !w.cap(k) && !w.digit(k)) && lex.prepositions.contains_lower(w, c.first - 2) && noun(c.first - 3)
        || employed_at(w, lex, c.first)
        // (Set off after the noun, past a hyphened place word: `The drug's
        // developer, Cambridge-based Arvelle Therapeutics, said`.)
        // (The noun heads its phrase, after an article or a possessive: not
        // a role's complement, `CEO-ul companiei, Sabine X`.)
        || c.first >= 2 && w.gap_is(c.first, ",") && !w.cap(c.first - 1) && noun(c.first - 1) && determined(w, lex, c.first - 1)
        || c.first >= 4 && w.plain(c.first) && w.raw_gap_is(c.first - 1, "-") && !w.cap(c.first - 1) && w.cap(c.first - 2) && w.gap_is(c.first - 2, ",") && !w.cap(c.first - 3) && noun(c.first - 3) && determined(w, lex, c.first - 3)
}

/// Word `k` follows an article or a possessive (`the developer`, `its
/// maker`, `the drug's developer`).
fn determined(w: &Words<'_>, lex: &Lexicon, k: usize) -> bool {
    k >= 1 && w.plain(k) && (lex.definite.contains_lower(w, k - 1) || lex.indefinite.contains_lower(w, k - 1) || w.lower(k - 1) == "s" && matches!(w.gap(k - 1), "'" | "’"))
}

/// `Workers at Corrib Medical said`, `angajații de la Dacia`: people who
/// work at or buy from a business, then one or two prepositions, before the
/// name.
fn employed_at(w: &Words<'_>, lex: &Lexicon, first: usize) -> bool {
    let mut k = first;
    while k + 2 >= first && k > 0 && w.plain(k) && !w.cap(k - 1) && lex.prepositions.contains_lower(w, k - 1) {
        k -= 1;
    }
    k < first && k > 0 && w.plain(k) && lex.employee_nouns.contains_lower(w, k - 1)
}

/// Extends a chunk to take in a leading `The` when the longer name is a known
/// outlet (`The Financial Times`).
pub fn with_article(w: &Words<'_>, lex: &Lexicon, c: Chunk) -> Chunk {
    if c.first > 0 && w.plain(c.first) && w.cap(c.first - 1) && w.para(c.first - 1) == w.para(c.first) {
        let a = c.first - 1;
        if lex.outlets.exact(w, a, c.last) {
            return Chunk { first: a, last: c.last };
        }
    }
    c
}

/// A body's noun and a word of its name in another case: a stem of five
/// letters and endings of at most four (`universității` = `Universitatea`,
/// beyond what [`crate::lexicon::agrees`] allows).
pub fn kind_agrees(a: &str, b: &str) -> bool {
    let common = common_prefix(a, b);
    common >= 5 && n_chars(a) <= common + 4 && n_chars(b) <= common + 4
}

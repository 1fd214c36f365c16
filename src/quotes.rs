//! Quotes: pairs quotation marks into quote spans and finds each quote's cue and speaker.
//!
//! Pairing works paragraph by paragraph with a small stack, so an unbalanced
//! mark never shifts the pairings after its paragraph. A quote left open at a
//! paragraph's end continues into the next paragraph when that paragraph
//! reopens it or closes it first (multi-paragraph quotes); otherwise it is
//! closed at the paragraph's end, or dropped in favour of the complete pairs
//! nested inside it.

use crate::context::{Context, Subject};
use crate::model::{QuoteHit, SourceType, SpeakerRef};
use crate::names::{self, Chunk};
use std::ops::Range;

// Ranges of words are written `a..b + 1`, not `a..=b`: an inclusive range's
// iterator carries an extra flag through every loop (about 1.3 KB of wasm
// gzipped across context, names and quotes).

/// The closing marks an opening mark accepts.
fn closers(open: char) -> &'static [char] {
    match open {
        '“' => &['”'],
        // (`„…"`: a straight closer where the keyboard had no other.)
        '„' => &['”', '“', '"'],
        // (`”…”`: the same mark on both sides, as some Romanian sites
        // write it; it opens only before a word, see `pair`.)
        '”' => &['”'],
        '"' => &['"'],
        '‘' => &['’'],
        '‚' => &['‘', '’'],
        '«' => &['»'],
        '»' => &['«'],
        '「' => &['」'],
        '『' => &['』'],
        '\'' => &['\''],
        '‹' => &['›'],
        '›' => &['‹'],
        _ => &[],
    }
}

fn is_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '„' | '"' | '‘' | '’' | '‚' | '«' | '»' | '「' | '」' | '『' | '』' | '\'' | '‹' | '›')
}

/// `s` without the quotation marks and spaces ending it: one shared
/// instance, where each closure written inline is another.
#[inline(never)]
fn trim_marks_end(s: &str) -> &str {
    s.trim_end_matches(mark_or_space)
}

/// How many of the words `a..b` are no figures (one loop for both counts).
#[inline(never)]
fn word_count(w: &crate::words::Words<'_>, a: usize, b: usize) -> usize {
    let mut n = 0;
    for k in a..b {
        n += usize::from(!w.digit(k));
    }
    n
}

/// `s` without the quotation marks and spaces around it.
#[inline(never)]
fn trim_marks(s: &str) -> &str {
    s.trim_matches(mark_or_space)
}

fn mark_or_space(c: char) -> bool {
    is_mark(c) || c.is_whitespace()
}

fn can_open(c: char) -> bool {
    !closers(c).is_empty()
}

/// An opening mark waiting for its closer.
#[derive(Clone, Copy, Debug)]
struct Open {
    pos: usize,
    ch: char,
}

/// Deepest an opener is looked for below the top of the stack, and the
/// stack's size: both bound the work per mark on hostile input.
const SEARCH_DEPTH: usize = 8;
const MAX_STACK: usize = 64;

/// Pairs the marks of every paragraph into raw quote spans (marks included).
pub fn pair(text: &str, paragraphs: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut carry: Option<Open> = None;
    for (pi, para) in paragraphs.iter().enumerate() {
        let ptext = &text[para.clone()];
        let mut stack: Vec<Open> = Vec::new();
        let mut inner: Vec<Range<usize>> = Vec::new();
        let mut skip_at = usize::MAX;
        if let Some(o) = carry.take() {
            if ptext.starts_with(o.ch) {
                skip_at = para.start;
            }
            stack.push(o);
        }
        let mut prev: Option<char> = None;
        let mut it = ptext.char_indices().peekable();
        while let Some((off, c)) = it.next() {
            let next = it.peek().map(|&(_, n)| n);
            let p = prev;
            prev = Some(c);
            if !is_mark(c) {
                continue;
            }
            let pos = para.start + off;
            if pos == skip_at {
                continue;
            }
            let accepts = |stack: &Vec<Open>| stack.iter().rev().take(SEARCH_DEPTH).position(|o| closers(o.ch).contains(&c));
            let palnum = p.is_some_and(|c| crate::scan::is_letter(c) || c.is_ascii_digit());
            let nalnum = next.is_some_and(|c| crate::scan::is_letter(c) || c.is_ascii_digit());
            if matches!(c, '\'' | '’') {
                // Apostrophes: China’s, rock 'n' roll's inner marks, ’90s, workers’.
                if palnum && nalnum {
                    continue;
                }
                if !palnum && next.is_some_and(|n| n.is_ascii_digit()) {
                    continue;
                }
                // A possessive after an abbreviation's dot: `the U.K.'s`.
                if p == Some('.') && ptext[off + c.len_utf8()..].strip_prefix('s').is_some_and(|r| !r.starts_with(|x: char| crate::scan::is_letter(x))) {
                    continue;
                }
                if accepts(&stack).is_none() && (palnum || c == '’') {
                    continue;
                }
            }
            // Inch and foot marks: 5' 11".
            if matches!(c, '"' | '\'') && p.is_some_and(|p| p.is_ascii_digit()) && accepts(&stack).is_none() {
                continue;
            }
            let left = p.map_or(true, |p| p.is_whitespace() || "([{—–-/".contains(p) || is_mark(p)) && next.is_some_and(|n| !n.is_whitespace());
            // (A `”` opens only where a word follows it: `, ”E victoria…`;
            // or a space, then a word, after a colon: `a răspuns: ” Da, …`.)
            let spaced = || p.is_some_and(char::is_whitespace) && next == Some(' ') && ptext[..off].trim_end().ends_with(':') && ptext[off + c.len_utf8()..].trim_start().starts_with(crate::scan::is_letter);
            // (Or glued to the sentence before it, before a capital, with no
            // quote open: `… violent.”Astfel de decizii …”`.)
            let glued = || stack.is_empty() && matches!(p, Some('.' | ':')) && next.is_some_and(crate::case::is_upper);
            let opens = can_open(c) && (c != '”' || (left && nalnum) || spaced() || glued());
            let right = next.map_or(true, |n| n.is_whitespace() || ".,;:!?)]}—–-…/".contains(n) || is_mark(n))
                && p.is_some_and(|p| !p.is_whitespace());
            if let Some(d) = accepts(&stack) {
                if right || !left || !opens {
                    let idx = stack.len() - 1 - d;
                    let o = stack[idx];
                    stack.truncate(idx);
                    let span = o.pos..pos + c.len_utf8();
                    if stack.is_empty() {
                        inner.retain(|r| r.start < o.pos);
                        out.push(span);
                    } else {
                        inner.push(span);
                    }
                    continue;
                }
            }
            if opens && (left || !right) && stack.len() < MAX_STACK {
                stack.push(Open { pos, ch: c });
            }
        }
        if let Some(&bottom) = stack.first() {
            // (Up to three paragraphs with none of its marks may come
            // between, when the one after them closes it: a quote's middle
            // paragraphs repeat no mark.)
            let cl = closers(bottom.ch);
            if let Some((k, np)) = paragraphs[pi + 1..].iter().take(4).map(|np| &text[np.clone()]).enumerate().find(|(_, t)| t.contains(|c| c == bottom.ch || cl.contains(&c))) {
                if continues(np, bottom.ch) && (k == 0 || !np.starts_with(bottom.ch)) {
                    carry = Some(bottom);
                    continue;
                }
            }
            if inner.is_empty() {
                out.push(bottom.pos..para.end);
            } else {
                // Keep the complete pairs nested in the unclosed quote, outermost only.
                let mut end = 0;
                for r in inner {
                    if r.start >= end {
                        end = r.end;
                        out.push(r);
                    }
                }
            }
        }
    }
    crate::order::sort_by_key(&mut out, |r| r.start as u128);
    out
}

/// True when a paragraph continues a quote opened with `open` in the previous
/// one: it starts by reopening it, or closes it before opening a new one.
fn continues(next: &str, open: char) -> bool {
    if next.starts_with(open) {
        return true;
    }
    let cl = closers(open);
    let mut prev: Option<char> = None;
    for c in next.chars() {
        if cl.contains(&c) && prev.is_some_and(|p| !p.is_whitespace()) && !(matches!(c, '’' | '\'') ) {
            return true;
        }
        if c == open && prev.map_or(true, char::is_whitespace) {
            return false;
        }
        prev = Some(c);
    }
    false
}

/// True when a comma closes a quote (`„…”,` / `“…,”`): its sentence goes on.
fn comma_ends(quote: &str, after: &str) -> bool {
    let after = after.trim();
    after == "," || (after.is_empty() && quote.trim_end_matches(is_mark).ends_with(','))
}

/// How a quote's speaker was found.
struct Found {
    speaker: Option<SpeakerRef>,
    cue: Option<String>,
}

/// Finds every direct quote in the document, sorted by start.
pub fn find(ctx: &Context<'_, '_>) -> Vec<QuoteHit> {
    let doc = ctx.doc;
    let paired = pair(doc.text, &doc.paragraphs);
    let verdicts: Vec<bool> = paired.iter().map(|r| is_quote(ctx, r)).collect();
    // A short phrase the text shows to be a name or label once (`the
    // so-called “January cliff”`, `a scene from "Salt Flats."`) is that
    // label wherever else it stands in marks (a headline's `“January cliff”
    // looms`, a chart's `1. "Salt Flats," $48 million`).
    let label_key = |r: &Range<usize>| {
        let inner = names::trim_end_any(trim_marks(&doc.text[r.clone()]), &['.', ',']);
        (inner.split_whitespace().count() <= 6).then(|| crate::case::lower(inner))
    };
    // (Plain loops over the pairs, not zipped, filtered chains: less wasm.)
    let mut labels: crate::hash::FxSet<String> = Default::default();
    for (r, &ok) in paired.iter().zip(&verdicts) {
        if !ok {
            if let Some(k) = label_key(r) {
                labels.insert(k);
            }
        }
    }
    let mut spans: Vec<Range<usize>> = Vec::new();
    for (r, ok) in paired.into_iter().zip(verdicts) {
        if ok && (labels.is_empty() || !label_key(&r).is_some_and(|k| labels.contains(&k))) {
            spans.push(r);
        }
    }
    let w = &ctx.w;
    let mut hits: Vec<QuoteHit> = Vec::with_capacity(spans.len());
    // Whether each hit's speaker came from its own attribution, not passed on.
    let mut own: Vec<bool> = Vec::with_capacity(spans.len());
    let mut prev_para: Option<usize> = None;
    // The first reporting verb of the body (past the headline).
    let first_cue = (0..w.len()).find(|&k| w.para(k) > 0 && ctx.cue_starting(k).is_some());
    // The last bare quote took its turn in an exchange.
    let mut turning = false;
    for (qi, span) in spans.iter().enumerate() {
        let first_in = w.at(span.start);
        let after = w.at(span.end);
        let open_sent = doc.sentence_of(span.start);
        let close_sent = doc.sentence_of(span.end.saturating_sub(1));
        let prev_end = hits.last().map_or(0, |h| w.at(h.span.end));
        let next_start = spans.get(qi + 1).map_or(w.len(), |r| w.at(r.start));
        let left_start = w.sentence_start(open_sent).max(prev_end).max(first_in.saturating_sub(40));
        let mut right_end = w.sentence_end(close_sent).min(next_start).min(after + 30);
        // `“….” — Name`: a dash after the closing mark carries the speaker
        // even where the sentence splitter saw an end.
        if after < w.len() && right_end <= after && w.para(after) == doc.paragraph_of(span.start.max(span.end - 1)) {
            let between = &doc.text[span.end..w.list[after].start];
            if names::starts_any(between.trim(), &['—', '–']) {
                right_end = next_start.min(after + 6);
            }
        }
        // `„…”,` ending its line and `a declarat primarul.` opening the
        // next: a hard line break inside one paragraph; the comma says the
        // attribution goes on there.
        let para = doc.paragraph_of(span.start.max(span.end - 1));
        if after < w.len() && right_end <= after && w.para(after) == para + 1 && !w.cap(after) && comma_ends(&doc.text[span.clone()], &doc.text[span.end..w.list[after].start]) {
            right_end = w.sentence_end(w.sent(after)).min(next_start).min(after + 30);
        }
        // `“Where do we go?” Neelam Bhatia asked.`: a question or an
        // exclamation ends the sentence inside the marks; a name and its
        // reporting verb right after still attribute it.
        if after < w.len() && right_end <= after && w.para(after) == para && names::ends_any(trim_marks_end(&doc.text[span.clone()]), &['?', '!']) && doc.text[span.end..w.list[after].start].trim().is_empty() {
            if ctx.names.starting(after).is_some_and(|c| ctx.cue_starting(c.last + 1).is_some() && w.sent(c.last + 1) == w.sent(after)) {
                right_end = w.sentence_end(w.sent(after)).min(next_start).min(after + 30);
            }
        }

        let mut found = speaker_after(ctx, span, after, right_end);
        if found.is_none() {
            found = coordinated_subject(ctx, left_start, first_in);
        }
        if found.is_none() {
            found = speaker_before(ctx, &hits, spans.get(qi.wrapping_sub(1)), left_start, first_in, open_sent);
        }
        if found.is_none() {
            found = colon_intro(ctx, &hits, spans.get(qi.wrapping_sub(1)), span, first_in);
        }
        // `Ambasada X a calificat decizia drept „…”`, `In an interview, he
        // called the plan “…”`: no reporting verb, but the words quoted
        // inside a sentence are its subject's — unless an earlier quote of
        // the same sentence already has a speaker to pass on.
        // (A kept one: a single quoted word dropped below, `was happy with
        // the “character” … and credited them for “…”`, passes nothing on.)
        let same_sentence_before = hits.last().is_some_and(|h| doc.sentence_of(h.span.end.saturating_sub(1)) == open_sent);
        let words_in = word_count(w, first_in, after);
        // (`… had a “good exchange of ideas” at dinner, according to an
        // official.`: an attribution closing the sentence, past the window
        // speaker_after looks in.)
        if found.is_none() && words_in > 1 && !same_sentence_before {
            let end = w.sentence_end(close_sent).min(next_start);
            for k in after..end {
                found = prefixed(ctx, k, end);
                // (`according to a senior official`: someone unnamed.)
                let n = ctx.lex.prefix_cues.at(w, k).map_or(0, |c| c.0);
                if found.is_none() && n > 0 && k + n < end && ctx.lex.indefinite.contains_lower(w, k + n) {
                    found = Some(Found { speaker: None, cue: None });
                }
                if found.is_some() {
                    break;
                }
            }
        }
        if found.is_none() && words_in > 1 && !same_sentence_before && first_in > left_start {
            found = clause_subject(ctx, ctx.after_dateline(w.sentence_start(open_sent).max(left_start)), first_in);
        }
        let para = doc.paragraph_of(span.start);
        // A paragraph opening with a quote its own sentence does not
        // attribute: the next sentence may name the speaker (`“…” That was
        // how Rep. X summed it up.`), else a lead-in paragraph before it
        // (`Dunmore returned to the floor.` / `“…”`).
        if found.is_none() && words_in > 1 && doc.paragraphs[para].start == span.start {
            found = speaker_ahead(ctx, span, after).or_else(|| lead_in(ctx, first_in, trim_marks_end(&doc.text[span.clone()]).ends_with('?')));
        }
        // A body opening on a quote paragraph nobody is yet said to say
        // (`“I just grabbed the boys and ran.”` / `Rosie Lennon was among
        // dozens who fled …`): a feature lede names the speaker as the
        // subject opening the next paragraph.
        if found.is_none() && words_in > 1 && w.para(first_in) > 0 && first_cue.map_or(true, |k| k > first_in) && hits.iter().all(|h| h.speaker.is_none()) && bare(doc, &QuoteHit { span: span.clone(), speaker: None, cue: None }) {
            let next = doc.paragraph_of(span.end.saturating_sub(1)) + 1;
            if let Some(s0) = (after < w.len() && w.para(after) == next).then_some(after) {
                found = opening_subject(ctx, s0, w.sentence_end(w.sent(s0)).min(s0 + 40).saturating_sub(1));
            }
        }
        // (Only for a quote whose own sentence has no reporting verb after
        // it: `“…,” a person familiar with the talks said` names someone new.)
        if found.is_none() && words_in > 1 && !(after..right_end).any(|k| ctx.cue_starting(k).is_some()) {
            // (Whether the quote is all its sentence holds: `“…,” according
            // to a person close to X` names someone else.)
            let whole = after >= w.len() || w.sent(after) != close_sent;
            found = speaker_before_sentence(ctx, first_in, whole);
        }
        own.push(found.is_some());
        let (speaker, cue) = match found {
            Some(f) => {
                turning = false;
                (f.speaker, f.cue)
            }
            None => {
                if words_in <= 1 {
                    own.pop();
                    continue; // a single quoted word nobody is said to say
                }
                // A two-sided exchange: `„…”, a insistat avocata. / „…”, a
                // replicat procurorul. / „…” / „…”` — after a reply (an answer
                // word in its cue) to someone else, bare quote paragraphs
                // take turns between the two, starting with the one replied to.
                let n = hits.len();
                let replied = |k: usize| own[k] && hits[k].cue.as_deref().is_some_and(|c| c.split(' ').any(|x| ctx.lex.answer_words.contains(x)));
                let name = |k: usize| hits[k].speaker.as_ref().filter(|s| s.source_type == SourceType::Person).map(|s| &s.name);
                turning = n >= 2 && prev_para.is_some_and(|pp| pp + 1 == para) && bare(doc, &QuoteHit { span: span.clone(), speaker: None, cue: None }) && (turning || replied(n - 1)) && name(n - 2).is_some_and(|a| Some(a) != name(n - 1));
                match hits.get(n.wrapping_sub(1 + usize::from(turning))) {
                    Some(h) if prev_para.is_some_and(|pp| pp == para || pp + 1 == para || pp + 2 == para && topic_line(ctx, para)) => {
                        (h.speaker.as_ref().map(|s| SpeakerRef { mention: None, ..s.clone() }), if turning { None } else { h.cue.clone() })
                    }
                    _ => (None, None),
                }
            }
        };
        prev_para = Some(doc.paragraph_of(span.end.saturating_sub(1)));
        hits.push(QuoteHit { span: span.clone(), speaker, cue });
    }
    said_it_next(ctx, &mut hits);
    // A lede's quote from someone it describes without a name, whom the
    // next paragraphs introduce (only in the first body paragraph with a
    // reporting verb: a story names its lede's subject right after it).
    if let Some(lede) = first_cue.map(|k| w.para(k)) {
        for h in hits.iter_mut().filter(|h| h.speaker.is_none() && h.cue.is_some() && w.para(w.at(h.span.start)) == lede) {
            h.speaker = ctx.lede_named_later(w.at(h.span.start)).map(|k| SpeakerRef { name: k.name.clone(), mention: None, source_type: SourceType::Person });
        }
    }
    interview(ctx, &mut hits, &own);
    writer_questions(ctx, &mut hits, &own);
    // A headline quoting words the article quotes again further down
    // (`Analiștii: „Prima reducere …”`): whoever says them there.
    let inner = |r: &Range<usize>| doc.text[r.clone()].trim_matches(edge_punct);
    // A headline or summary line quoting words the text quotes again with
    // a speaker (`company calls walkout 'regrettable'` … `X called the
    // walkout "regrettable"`): the same words, the same speaker.
    // (The next 64 quotes at most: no quadratic walk.)
    for i in 0..hits.len() {
        if hits[i].speaker.is_none() {
            let words = inner(&hits[i].span);
            // (A speaker named there or passed on from the quote before,
            // named: `X said councils had “…” but were at a “…”`.)
            let named = |j: usize| hits[j].speaker.as_ref().filter(|s| s.mention.is_some() || hits[j - 1].speaker.as_ref().is_some_and(|p| p.mention.is_some() && p.name == s.name));
            // (Whatever the case: a headline capitalises the first word,
            // `'A gut punch'` … `called the closure "a gut punch"`.)
            let lowered = crate::case::lower(words);
            // (Or words a later quote holds whole, `urged the driver to
            // “do the right thing”` … `“…, do the right thing.”`: a summary
            // quoting part of it.)
            let part = names::n_chars(words) >= 12 && words.contains(' ');
            let same = |x: &str| x == words || x.len() == words.len() && crate::case::lower(x) == lowered || part && x.len() > words.len() && crate::case::lower(x).contains(lowered.as_str());
            hits[i].speaker = (i + 1..hits.len()).take(64).find_map(|j| named(j).filter(|_| same(inner(&hits[j].span)))).map(|s| SpeakerRef { mention: None, ..s.clone() });
        }
    }
    // (Else, whatever the marks, case and punctuation, words a later quote
    // with a speaker holds whole, as whole words: `‘unsafe’` in a headline
    // … `“It is unsafe, and everyone here knows it,” X said`.)
    // (Each quote folded once, and only when one lacks a speaker.)
    if hits.iter().any(|h| h.speaker.is_none()) {
        let folded: Vec<String> = hits.iter().map(|h| folded_words(&doc.text[h.span.clone()])).collect();
        for i in 0..hits.len() {
            let words = &folded[i];
            if hits[i].speaker.is_some() || words.trim().is_empty() {
                continue;
            }
            hits[i].speaker = (i + 1..hits.len()).take(64).find_map(|j| hits[j].speaker.as_ref().filter(|_| folded[j].len() > words.len() && folded[j].contains(words.as_str()))).map(|s| SpeakerRef { mention: None, ..s.clone() });
        }
    }
    // (A counting loop, not a take_while: less wasm.)
    let mut headline = 0;
    // (A standfirst too, with no full stop closing it: it announces the
    // story as the headline does.)
    while headline < hits.len() && match doc.paragraph_of(hits[headline].span.start) {
        0 => true,
        1 => ctx.display_line(1),
        _ => false,
    } {
        headline += 1;
    }
    for i in 0..headline {
        let words = inner(&hits[i].span);
        if names::n_chars(words) < 12 {
            continue;
        }
        // (Cut words only for a headline naming nobody: `ROMATSA: „…”`
        // keeps its body when its director says more of them.)
        // (Or one whose speaker is only a role written there, `Procurorii: «…»`.)
        let cut = hits[i].speaker.as_ref().map_or(true, |s| s.mention.is_none());

        if let Some(sp) = hits[headline..].iter().find(|h| h.speaker.is_some() && (inner(&h.span).contains(words) || cut && abridges(words, inner(&h.span)))).and_then(|h| h.speaker.clone()) {
            // (The same person named in the headline keeps that mention;
            // `CFR: „…”` stays the body's when its spokeswoman says them again.)
            let body_then_person = hits[i].speaker.as_ref().is_some_and(|h| h.source_type != SourceType::Person) && sp.source_type == SourceType::Person;
            // (Nor a person the headline names with a reporting verb, `…
            // as Lukas Falk says ‘the trust is gone’`: the body's attribution
            // of the longer quote may only be a description's guess.)
            let said_there = hits[i].cue.is_some() && hits[i].speaker.as_ref().is_some_and(|h| h.source_type == SourceType::Person && h.mention.as_ref().is_some_and(|m| ctx.w.para(ctx.w.at(m.start)) == 0));
            if !body_then_person && !said_there && !hits[i].speaker.as_ref().is_some_and(|h| sp.name.split(' ').any(|x| x == h.name)) && hits[i].speaker.as_ref().map(|h| &h.name) != Some(&sp.name) {
                hits[i].speaker = Some(SpeakerRef { mention: None, ..sp });
            }
        }
    }
    other_namesake(ctx, &mut hits);
    hits
}

/// A quote's words lowercased, each run of anything but letters and digits
/// one space, with a space at each end: whole words compare by `contains`.
fn folded_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    for ch in crate::case::lower(text).chars() {
        if ch.is_alphanumeric() {
            out.push(ch);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

/// `“…,” Jaco Venter told News24. / The younger Venter was named player
/// of the match. “…,” he said`: a comparative before a shared surname
/// (`the younger`, `the elder`) in the quote's paragraph sets its speaker
/// apart from the namesake who spoke last; the speaker is the other one,
/// and so are the quotes of the paragraph that follow on from it.
fn other_namesake(ctx: &Context<'_, '_>, hits: &mut [QuoteHit]) {
    let w = &ctx.w;
    let last_word = |n: &str| n.rsplit(' ').next().map(crate::case::lower).unwrap_or_default();
    // The comparatives before a capitalised word, outside quoted words, in
    // text order: found once, so each quote looks up its paragraph's in a
    // binary search, not a walk over the paragraph (one long line of
    // quotes would make that quadratic).
    let mut marks: Vec<usize> = Vec::new();
    for k in 0..w.len().saturating_sub(1) {
        if ctx.lex.comparative_kin.starts_at(w, k) && w.plain(k + 1) && w.cap(k + 1) {
            let b = w.list[k].start;
            let h = hits.partition_point(|h| h.span.start <= b);
            if h == 0 || hits[h - 1].span.end <= b {
                marks.push(k);
            }
        }
    }
    if marks.is_empty() {
        return;
    }
    for i in 1..hits.len() {
        let Some(name) = hits[i].speaker.as_ref().map(|s| s.name.clone()) else { continue };
        let surname = last_word(&name);
        let para = w.para(w.at(hits[i].span.start));
        // The comparative and the surname in the quote's paragraph.
        let (lo, hi) = (w.at(ctx.doc.paragraphs[para].start), w.at(ctx.doc.paragraphs[para].end));
        let from = marks.partition_point(|&k| k < lo);
        // (Unless the text said which of them the comparative means: the
        // name's resolution went by that.)
        let marked = marks[from..].iter().take_while(|&&k| k < hi).any(|&k| w.lower(k + 1) == surname && !ctx.kin_compared(k + 1));
        if !marked {
            continue;
        }
        // The namesake who spoke last before this paragraph's quotes (a
        // bounded look back).
        let Some(j) = (i.saturating_sub(40)..i).rev().find(|&j| w.para(w.at(hits[j].span.start)) != para && hits[j].speaker.as_ref().is_some_and(|s| last_word(&s.name) == surname)) else { continue };
        if hits[j].speaker.as_ref().map(|s| &s.name) != Some(&name) {
            continue;
        }
        let Some(other) = ctx.namesake(hits[i].span.start, &surname, &name) else { continue };
        for h in hits[i..].iter_mut().take_while(|h| w.para(w.at(h.span.start)) == para) {
            if let Some(s) = h.speaker.as_mut().filter(|s| s.name == name) {
                s.name = other.clone();
            }
        }
    }
}

/// Quotation marks, spaces and sentence punctuation: what may edge a
/// quote's words, or a word inside them.
fn edge_punct(c: char) -> bool {
    is_mark(c) || c.is_whitespace() || matches!(c, '.' | ',' | '!' | '?' | '…' | ';' | ':')
}

/// The words of `short` appear in `long` in the same order, four or more
/// A headline `ROLE on TOPIC: ‘…’` (`Schools chief on phones: ‘…’`): the
/// person the body gives that role, else the first person it introduces
/// with a role or title (a headline's role paraphrases the body's).
fn topic_headline(ctx: &Context<'_, '_>, start: usize, first_in: usize, sent: usize) -> Option<Found> {
    let w = &ctx.w;
    (first_in > start + 2 && start == w.sentence_start(sent) && ctx.doc.paragraph_of(w.list[start].start) == 0).then_some(())?;
    let open = &ctx.doc.text[w.list[first_in - 1].end..w.list[first_in].start];
    (trim_marks_end(open).trim() == ":").then_some(())?;
    let p = (start + 1..first_in.min(start + 6)).find(|&q| w.plain(q) && ctx.lex.topic_words.contains_lower(w, q))?;
    // The role heads the phrase before the topic word; no one is named in it.
    let r = p - 1;
    let plain = (start..first_in).all(|q| ctx.cue_starting(q).is_none() && (q + 1 == first_in || !names::has_any(w.gap(q + 1), &[':', ';', '“', '”', '„', '«', '»', '"'])));
    let unnamed = (start..p).all(|q| ctx.names.starting(q).map_or(true, |c| !ctx.person_evidence(c) && !names::strip_titles(w, ctx.lex, c).is_some_and(|s| s != c)));
    (plain && unnamed && ctx.lex.role_at(w, r)).then_some(())?;
    let speaker = ctx.resolve_role_ahead(r).or_else(|| ctx.first_role_holder(r)).map(|k| SpeakerRef { name: k.name.clone(), mention: None, source_type: k.source_type });
    Some(Found { speaker, cue: None })
}

/// of them: a headline quoting words the article quotes in full, or cut
/// (`„Pleacă la muncă sau rămân acasă”` from `„Pleacă la muncă în Italia
/// sau rămân acasă. …”`).
fn abridges(short: &str, long: &str) -> bool {
    let word = |x: &str| crate::case::lower(x.trim_matches(edge_punct));
    let mut rest = long.split_whitespace().map(word);
    let mut n = 0;
    for x in short.split_whitespace().map(word) {
        if !rest.any(|y| y == x) {
            return false;
        }
        n += 1;
    }
    n >= 4
}

/// `„…”, este mesajul lui Ion Pop`, `„…” – aceasta a fost reacția lui X`,
/// `“…” was the message from X`: after the quote, a copula and a noun for
/// what was said, owned by the name after it.
fn message_owner(ctx: &Context<'_, '_>, after: usize, end: usize) -> Option<Found> {
    let w = &ctx.w;
    let mut k = after;
    if k < end && (ctx.lex.pronouns.contains_lower(w, k) || ctx.lex.quote_demonstratives.contains_lower(w, k)) {
        k += 1;
    }
    if k >= end {
        return None;
    }
    let (n, _) = ctx.lex.copulas.at(w, k)?;
    k += n;
    if k < end && ctx.lex.definite.contains_lower(w, k) {
        k += 1;
    }
    if k >= end || !ctx.lex.message_nouns.contains_lower(w, k) {
        return None;
    }
    let noun = k;
    k += 1;
    if k < end && w.plain(k) && (names::listed(&ctx.lex.genitive_endings, w.lower(k)) || ctx.lex.source_prepositions.contains_lower(w, k)) {
        k += 1;
    } else if k + 1 < end && w.plain(k) && !w.cap(k) {
        // (`mesajul transmis de X`, `the message posted by X`: a participle
        // first, perhaps a time word after it: `transmis luni de X`.)
        let by = if ctx.lex.time_words.contains_lower(w, k + 1) && w.plain(k + 1) { k + 2 } else { k + 1 };
        if by < end && w.plain(by) && ctx.lex.agent_prepositions.contains_lower(w, by) {
            k = by + 1;
        }
    }
    if k >= end || !w.plain(k) {
        return None;
    }
    // (`reacția ministrului Ion Pop`: past a role in the genitive.)
    if !w.cap(k) && ctx.lex.role_at(w, k) && k + 1 < end && ctx.names.starting(k + 1).is_some() {
        k += 1;
    }
    let c = ctx.names.starting(k).filter(|&c| ctx.usable(c))?;
    found(ctx, Subject::Named(c), Some(w.text(noun).to_string()))
}

/// Before word `k` (a cue), not before `start`: `the Japanese foreign
/// ministry` — an article, a capitalised word, a lowercase word or two and
/// a noun for a kind of body. Its words, from the capitalised one.
fn described_body(ctx: &Context<'_, '_>, k: usize, start: usize) -> Option<String> {
    let w = &ctx.w;
    let kind = k.checked_sub(1)?;
    // (Right before the verb: not `X, who leads the Labour group, said`.)
    if kind <= start || w.cap(kind) || !w.plain(kind) || !w.plain(k) || !ctx.lex.org_descriptors.contains_lower(w, kind) {
        return None;
    }
    let mut c = kind;
    while c > start && c + 3 > kind && !w.cap(c - 1) && w.plain(c) && w.plain(c - 1) && !ctx.lex.definite.contains_lower(w, c - 1) {
        c -= 1;
    }
    let cap = c.checked_sub(1)?;
    let chunk = ctx.names.at(cap)?;
    let article = chunk.first.checked_sub(1)?;
    if chunk.first != chunk.last || article < start || !w.plain(c) || !w.plain(chunk.first) || !ctx.lex.definite.contains_lower(w, article) || names::classify(w, ctx.lex, chunk) == SourceType::Person && ctx.person_evidence(chunk) {
        return None;
    }
    Some(ctx.doc.text[w.list[chunk.first].start..w.list[kind].end].to_string())
}

/// The quoted words end in a question mark.
fn asks(ctx: &Context<'_, '_>, h: &QuoteHit) -> bool {
    trim_marks_end(&ctx.doc.text[h.span.clone()]).ends_with('?')
}

/// The last person named before word `k` (within a bounded stretch): with
/// `asker`, one after a word that marks who asks in an interview (`Interviu
/// realizat de X`, `moderatoarea X`, `interview by X`); else one who is not
/// `other` (whom the interviewer's questions were put to).
fn person_before(ctx: &Context<'_, '_>, k: usize, other: Option<&str>, asker: bool) -> Option<SpeakerRef> {
    let w = &ctx.w;
    let mut q = k.min(w.len());
    while q > 0 && q + 400 > k {
        q -= 1;
        let Some(c) = ctx.names.ending(q) else { continue };
        q = c.first;
        let (n, t) = ctx.named(c);
        if t != SourceType::Person || !ctx.usable(c) || (n.last == n.first && (asker || !ctx.known_person(n))) {
            continue;
        }
        let marks = |x: usize| w.para(x) == w.para(c.first) && ctx.lex.interviewer_words.contains_lower(w, x);
        if asker && !(c.first.saturating_sub(3)..n.first).any(marks) {
            continue;
        }
        let name = ctx.full_name(n);
        if other.map_or(true, |o| !o.split(' ').any(|x| name.split(' ').any(|y| x == y))) {
            return Some(SpeakerRef { name, mention: None, source_type: t });
        }
    }
    None
}

/// Interview layouts. A run of paragraphs that are each one quote and no
/// attribution, opening with a question (`„…?”` / `„…”` / `„…?”`): the
/// questions are the interviewer's, the answers the person interviewed (the
/// last other person named before the run). And `„…?”, a insistat
/// jurnalista. „…”, a venit răspunsul`: an answer word after a quote that
/// follows a question makes it the other side's.
fn interview(ctx: &Context<'_, '_>, hits: &mut [QuoteHit], own: &[bool]) {
    let doc = ctx.doc;
    let w = &ctx.w;
    // (A quote may run over several paragraphs: from the first one's start
    // to the last one's end.)
    let bare = |h: &QuoteHit| bare(doc, h);
    let mut i = 0;
    while i < hits.len() {
        let mut j = i;
        while j < hits.len() && !own[j] && bare(&hits[j]) && (j == i || doc.paragraph_of(hits[j].span.start) == doc.paragraph_of(hits[j - 1].span.end.saturating_sub(1)) + 1) {
            j += 1;
        }
        // (The run may open right after a question its lead-in attributes.)
        let start = if i > 0 && j > i && asks(ctx, &hits[i - 1]) && own[i - 1] && doc.paragraph_of(hits[i].span.start) == doc.paragraph_of(hits[i - 1].span.end.saturating_sub(1)) + 1 { i - 1 } else { i };
        let alternates = (start..j).all(|k| ((k - start) % 2 == 1) != asks(ctx, &hits[k]) || (k - start) % 2 == 0);
        if j - start >= 3 && asks(ctx, &hits[start]) && alternates {
            let first = w.at(hits[start].span.start);
            let asker = if own[start] { hits[start].speaker.clone() } else { person_before(ctx, first, None, true) };
            let answerer = person_before(ctx, first, asker.as_ref().map(|a| a.name.as_str()), false);
            if asker.is_some() && answerer.is_some() {
                for k in start..j {
                    if !own[k] {
                        hits[k].speaker = if (k - start) % 2 == 0 { asker.clone() } else { answerer.clone() };
                        hits[k].cue = None;
                    }
                }
            }
            i = j.max(i + 1);
            continue;
        }
        i = j.max(i + 1);
    }
    for k in 1..hits.len() {
        let after = w.at(hits[k].span.end);
        // (The range stops at the sentence's end: no take_while, less wasm.)
        let answered = (after..w.list.get(after).map_or(after, |x| (after + 4).min(w.sentence_end(x.sent)))).any(|q| ctx.lex.answer_words.contains_lower(w, q));
        let asker = hits[k - 1].speaker.clone();
        let near = doc.paragraph_of(hits[k].span.start) <= doc.paragraph_of(hits[k - 1].span.start) + 1;
        if answered && near && asks(ctx, &hits[k - 1]) && asker.is_some() && hits[k].speaker.as_ref().map(|s| &s.name) == asker.as_ref().map(|s| &s.name) {
            // Whoever answered before, else the last other person named.
            let name = asker.as_ref().map(|a| a.name.as_str());
            // (The last 64 quotes at most: enough for any interview, and no
            // quadratic walk over a text of answered questions.)
            let earlier = hits[..k - 1].iter().rev().take(64).filter_map(|h| h.speaker.as_ref()).find(|s| s.source_type == SourceType::Person && Some(s.name.as_str()) != name).cloned();
            let other = earlier.or_else(|| person_before(ctx, w.at(hits[k - 1].span.start), name, false));
            if let Some(o) = other {
                hits[k].speaker = Some(SpeakerRef { mention: None, ..o });
            }
        }
    }
}

/// The article's writer, from its byline ([`Context::byline`]): not a
/// source of the article's words (no mention).
fn byline(ctx: &Context<'_, '_>) -> Option<SpeakerRef> {
    ctx.byline.map(|c| SpeakerRef { name: names::text(&ctx.w, c).to_string(), mention: None, source_type: SourceType::Person })
}

/// A writer who interviews in the first person (`“…?” I asked her.`): the
/// questions they put are theirs, the byline's — those the text attributes
/// to `I` and those standing alone as a paragraph once it does.
fn writer_questions(ctx: &Context<'_, '_>, hits: &mut [QuoteHit], own: &[bool]) {
    let w = &ctx.w;
    // `I` and a reporting verb right after the quote.
    let by_i = |h: &QuoteHit| {
        let a = w.at(h.span.end);
        a + 1 < w.len() && w.list[a].start == h.span.end + 1 && w.text(a) == "I" && ctx.cue_starting(a + 1).is_some()
    };
    if !hits.iter().any(|h| asks(ctx, h) && by_i(h)) {
        return;
    }
    let Some(writer) = byline(ctx) else { return };
    for (h, own) in hits.iter_mut().zip(own) {
        if asks(ctx, h) && (by_i(h) || !own && bare(ctx.doc, h)) {
            h.speaker = Some(writer.clone());
        }
    }
}

/// `MONTAGUE — “…” / Dot Fennelly says it without looking up …`: a quote
/// closing its paragraph with no speaker, and the next paragraph opening on
/// a name, a reporting verb and a word standing for the quote
/// ([quote_refs]): the name said it.
fn said_it_next(ctx: &Context<'_, '_>, hits: &mut [QuoteHit]) {
    let (w, doc) = (&ctx.w, ctx.doc);
    // (Words the quote carries no verb of its own for: a speaker passed on
    // from the paragraph before gives way to the one named here.)
    for h in hits.iter_mut().filter(|h| h.speaker.is_none() || h.cue.is_none()) {
        let p = doc.paragraph_of(h.span.end.saturating_sub(1));
        if p + 1 >= doc.paragraphs.len() || !doc.text[h.span.end..doc.paragraphs[p].end].trim().is_empty() {
            continue;
        }
        let k = w.at(doc.paragraphs[p + 1].start);
        // (`Those were the words of chairman X, speaking to …`.)
        if k < w.len() && ctx.lex.quote_demonstratives.contains_lower(w, k) {
            if let Some(f) = message_owner(ctx, k, w.sentence_end(w.sent(k)).min(k + 30)) {
                h.speaker = f.speaker;
                h.cue = f.cue;
                continue;
            }
        }
        if h.speaker.is_some() {
            continue;
        }
        let Some(c) = ctx.names.starting(k).filter(|&c| c.first == k && ctx.usable(c) && ctx.named(c).1 == SourceType::Person) else { continue };
        let Some(cue) = ctx.cue_starting(c.last + 1).filter(|q| q.first == c.last + 1) else { continue };
        let o = cue.first + cue.len;
        if o < w.len() && w.plain(o) && w.sent(o) == w.sent(k) && ctx.lex.quote_refs.contains_lower(w, o) {
            let cue = Some(ctx.cue_text(cue));
            if let Some(f) = found(ctx, Subject::Named(c), cue) {
                h.speaker = f.speaker;
                h.cue = f.cue;
            }
        }
    }
}

/// `„…”, se arată în comunicatul Uniunii X`, `a transmis conducerea
/// Spitalului Județean X`: after a cue at word `from`, a body's statement
/// or the body by its name (before `end`) speaks.
fn body_after_cue(ctx: &Context<'_, '_>, first_in: usize, from: usize, end: usize, cue_text: impl Fn() -> String) -> Option<Found> {
    let w = &ctx.w;
    if let Some(sp) = body_statement(ctx, first_in, from, end) {
        return Some(Found { speaker: Some(sp), cue: Some(cue_text()) });
    }
    let c = ctx.names.starting(from + 1).filter(|&c| from + 1 < end && w.plain(from + 1) && c.last < end && ctx.usable(c) && matches!(ctx.named(c).1, SourceType::Organization | SourceType::Outlet))?;
    found(ctx, Subject::Named(c), Some(cue_text()))
}

/// A quote standing alone as its paragraph (it may run over several).
fn bare(doc: &crate::scan::Document<'_>, h: &QuoteHit) -> bool {
    let last = &doc.paragraphs[doc.paragraph_of(h.span.end.saturating_sub(1))];
    doc.paragraphs[doc.paragraph_of(h.span.start)].start == h.span.start && h.span.end <= last.end && doc.text[h.span.end..last.end].trim().is_empty()
}

/// `“…,” X said.` / `“…,” said X, …` / `“…,” the minister added` /
/// `“…”, according to a CNN report` / `“…” — X`.
fn speaker_after(ctx: &Context<'_, '_>, span: &Range<usize>, after: usize, end: usize) -> Option<Found> {
    let w = &ctx.w;
    if after >= end {
        return None;
    }
    let between = &w.text[span.end..w.list[after].start];
    if between.chars().any(|c| !(c.is_whitespace() || matches!(c, ',' | '—' | '–' | '-' | ':' | '.'))) {
        return None;
    }
    if names::has_any(between, &['—', '–']) {
        if let Some(c) = ctx.names.starting(after) {
            if ctx.usable(c) {
                let dash = between.chars().find(|&ch| matches!(ch, '—' | '–')).map(String::from);
                return found(ctx, Subject::Named(c), dash);
            }
        }
    }
    if between.contains('.') {
        return None;
    }
    // `‘Chekhov is funnier than we let him be’: Saoirse Ní Bhriain takes …`:
    // a headline's quote opening its line, a colon, then a person's full
    // name, the line's subject.
    if between.trim() == ":" && w.para(after) == 0 && ctx.doc.paragraphs.first().is_some_and(|p| ctx.doc.text[p.start..span.start].trim().is_empty()) {
        if let Some(c) = ctx.names.starting(after).filter(|&c| c.last > c.first && ctx.usable(c) && names::classify(w, ctx.lex, c) == SourceType::Person && ctx.person_evidence(c)) {
            return found(ctx, Subject::Named(c), None);
        }
    }
    // `X said it was a “bailout,” and Y said …`: a new clause, not an attribution;
    // `X said China could “end the war” if it wanted to, …`: the sentence goes on.
    if ctx.lex.conjunctions.starts_at(w, after) || (!w.cap(after) && ctx.lex.subordinators.contains_lower(w, after)) {
        return None;
    }
    // `The University of Cambridge said in a statement that … “…,” it
    // said.`: a pronoun only a body takes, as the verb's subject right
    // after the quote, is the body named last.
    let body_pronoun = ctx.lex.body_pronouns.starts_at(w, after) && !w.cap(after);
    if let Some(cue) = body_pronoun.then(|| ctx.cue_starting(after + 1)).flatten() {
        // (`The memo blamed … “…,” it said.`: a document opening the
        // sentence before is what `it` means, and its author spoke.)
        let q = w.at(span.start);
        let s0 = ctx.after_dateline(w.sentence_start(w.sent(q.saturating_sub(1))));
        let doc = s0 + 1 < q && w.para(s0) == w.para(q) && ctx.lex.definite.contains_lower(w, s0) && (ctx.lex.doc_nouns.contains_lower(w, s0 + 1) || ctx.lex.report_nouns.contains_lower(w, s0 + 1));
        let sp = if doc { speaker_ref(ctx, Subject::Role(s0 + 1)) } else { last_body(ctx, q) };
        if let Some(sp) = sp {
            return Some(Found { speaker: Some(sp), cue: Some(ctx.cue_text(&cue)) });
        }
    }
    // (`The company said it was “working closely” with regulators and would
    // pay if its investigation found …`: words quoted inside a sentence a
    // reporting verb before them already attributes; a verb past a
    // subordinate clause's opener is that clause's, not the quote's.)
    let first_in = w.at(span.start);
    let runs_on = !between.contains(',') && !names::ends_any(trim_marks_end(&ctx.doc.text[span.clone()]), &[',', '?', '!', '.']);
    let cue_before = || (w.sentence_start(w.sent(first_in))..first_in).any(|q| ctx.cue_starting(q).is_some_and(|c| c.first + c.len <= first_in));
    // Far enough for a name with a title, an aside and an apposition
    // (`“…,” Rep. Ana Pop (D-Ohio), the bill’s lead sponsor, said`).
    for k in after..end.min(after + 28) {
        if k > after && runs_on && w.plain(k) && !w.cap(k) && ctx.lex.subordinators.contains_lower(w, k) && cue_before() {
            return None;
        }
        // (Marks inside a name are a nickname's: `director Malik "Mack" Oyelaran said`.)
        if k > after && names::has_any(w.gap(k), &['!', '?', ';', '“', '”', '„', '«', '»', '"']) && !ctx.names.at(k).is_some_and(|c| c.first < k) {
            break;
        }
        if k <= after + 1 {
            if let Some((n, p)) = ctx.lex.prefix_cues.at(w, k) {
                if let Some(s) = crate::sources::after_prefix(ctx, k + n, end) {
                    return found(ctx, s, Some(p.text.to_string()));
                }
                // `„…”, potrivit sentinței.`: a body's document with no
                // author named, closing the sentence, is the body named last.
                let d = k + n;
                if d < end && ctx.lex.body_documents.contains_lower(w, d) && w.list.get(d + 1).is_none_or(|x| x.sent != w.sent(d)) {
                    return Some(Found { speaker: last_body(ctx, w.at(span.start)), cue: Some(p.text.to_string()) });
                }
            }
        }
        if let Some(cue) = ctx.cue_starting(k) {
            // (`Islanders ‘…’, MSPs told`: in a headline, a verb that needs
            // its hearer, with none after it, is passive — they were told.)
            let next = cue.first + cue.len;
            if k > after && w.para(k) == 0 && ctx.lex.outlet_cues.starts_at(w, next - 1) && (next >= w.len() || w.para(next) != w.para(k) || !w.cap(next) && (ctx.lex.subordinators.contains_lower(w, next) || ctx.lex.prepositions.contains_lower(w, next) || ctx.lex.hearerless_next.contains_lower(w, next))) {
                return None;
            }
            let s = if k > after { ctx.subject_before(cue) } else { ctx.subject_after(cue, end).map(|s| nicknamed(ctx, s, end)) };
            // `„…”, au transmis reprezentanții companiei`: a body's voice
            // followed by the body as a common noun speaks for that body,
            // unless the voice is someone known (`reprezentantul firmei, Ion
            // Pop`, or a representative named before).
            let mut from = cue.first + cue.len;
            // (`a transmis Europei Libere un purtător de cuvânt al X`: past
            // an outlet in the dative and the indefinite article.)
            // (Or `a precizat pentru HotNews.ro purtătorul de cuvânt al X`:
            // past the outlet spoken to.)
            let told = (from < end && w.plain(from)).then(|| ctx.lex.outlet_cues.at(w, from)).flatten().map_or(0, |(m, _)| m);
            if let Some(c) = ctx.names.starting(from + told).filter(|&c| from + told < end && w.plain(from + told) && c.last + 1 < end && w.plain(c.last + 1) && ctx.named(c).1 == SourceType::Outlet) {
                from = c.last + 1;
            }
            if from + 1 < end && w.plain(from) && w.plain(from + 1) && ctx.lex.indefinite.contains_lower(w, from) && ctx.lex.body_voices.contains_lower(w, from + 1) {
                from += 1;
            }
            if k == after && s.is_none_or(|s| matches!(s, Subject::Anonymous) || ctx.resolve(s).is_none()) && from < end && w.plain(from) && ctx.lex.body_voices.contains_lower(w, from) {
                if let Some(f) = body_after_cue(ctx, w.at(span.start), from, end, || ctx.cue_text(cue)) {
                    return Some(f);
                }
                // (`a declarat purtătorul de cuvânt al Ministerului X.`: the
                // voice left unnamed, its body closing the sentence.)
                // (A role, so no source: the body is named only inside it.)
                if let Some(c) = voice_body(ctx, w.at(span.start), from, end) {
                    let (c, t) = ctx.named(c);
                    return Some(Found { speaker: Some(SpeakerRef { name: ctx.full_name(c), mention: None, source_type: t }), cue: Some(ctx.cue_text(cue)) });
                }
            }
            if k > after && participle_after_object(ctx, span, between, k, s) {
                return None;
            }
            // (`When a reporter asked, “…?”, Fox replied: “…”`: a verb whose
            // colon opens the next quote is that one's, when a verb right
            // before this quote is its own.)
            let own_before = first_in > 1 && (first_in.saturating_sub(4)..first_in).any(|q| ctx.cue_starting(q).is_some_and(|c| c.first + c.len == first_in));
            if k > after && own_before && cue.first + cue.len == end && end < w.len() && trim_marks_end(w.gap(end)).trim() == ":" {
                return None;
            }
            // (`… and urged Tokyo to “reflect on history,” a remark the
            // Japanese foreign ministry called “regrettable”`: a verb right
            // before another quote names that one, when a verb of this
            // quote's sentence comes before it.)
            let next = cue.first + cue.len;
            if k > after && next < w.len() && w.sent(next) == w.sent(first_in) && names::ends_any(w.gap(next), &['“', '"', '„', '«']) && cue_before() {
                return None;
            }
            // (`a district spokesperson said`: the body of that kind named
            // last, else the one opening a sentence of the paragraph,
            // `Portland Public Schools moved …` — before a body that spoke
            // further back.)
            if let Some(Subject::Role(r)) = s {
                if ctx.body_noun_voiced(r) {
                    // (Or a name opening a sentence of the paragraph with
                    // nothing to show it a person's: `Tesco cut prices.`)
                    let para = w.para(first_in);
                    let opener = || names_before(ctx, first_in).take_while(|c| w.para(c.first) == para).find(|&c| c.first == ctx.after_dateline(w.sentence_start(w.sent(c.first))) && ctx.usable(c) && !ctx.quoted(c.first) && !(c.first..c.last + 1).any(|q| names::given_parts(ctx.lex, w.lower(q))));
                    if let Some(c) = body_of_noun_before(ctx, first_in, w.lower(r), true).or_else(opener) {
                        let (c, t) = ctx.named(c);
                        return Some(Found { speaker: Some(SpeakerRef { name: ctx.full_name(c), mention: None, source_type: t }), cue: Some(ctx.cue_text(cue)) });
                    }
                }
            }
            if let Some(s) = s {
                return found(ctx, s, Some(ctx.cue_text(cue)));
            }
            // `„…”, se arată în comunicatul Uniunii X`: the document's author.
            if k == after {
                let from = cue.first + cue.len;
                if let Some(f) = body_after_cue(ctx, w.at(span.start), from, end, || ctx.cue_text(cue)) {
                    return Some(f);
                }
                for q in from..end.min(from + 3) {
                    if names::has_any(w.gap(q), &[',', ';', '.', ':', '“', '”', '„', '«', '»', '"']) {
                        break;
                    }
                    let body_doc = ctx.lex.body_documents.contains_lower(w, q);
                    // (`se arată într-un mesaj transmis de trustul X`: a
                    // message has an author as a report does.)
                    let message = ctx.lex.message_nouns.iter().any(|m| crate::lexicon::agrees(m, w.lower(q)));
                    // (`se arată în documentul citat de HotNews.ro`: the
                    // outlet after a prefix cue relays the document; its
                    // author is the body named before.)
                    let relayed = q + 1 < end && ctx.lex.prefix_cues.starts_at(w, q + 1);
                    if ctx.lex.report_nouns.contains_lower(w, q) || body_doc || message {
                        if let Some(f) = crate::sources::document_author(ctx, q).filter(|_| !relayed) {
                            // (Never a dateline's place.)
                            if let Some(c) = f.chunk.filter(|c| c.first >= ctx.after_dateline(w.sentence_start(w.sent(c.first)))) {
                                // (The author is typed as the document
                                // reading found: `trustul X` a body.)
                                let speaker = speaker_ref(ctx, Subject::Named(c)).map(|s| SpeakerRef { source_type: f.source_type, ..s });
                                return Some(Found { speaker, cue: Some(ctx.cue_text(cue)) });
                            }
                        }
                        // `Curtea X a respins sesizarea. „…”, se arată în
                        // decizie.`: the body named last before the quote,
                        // never the previous quote's speaker.
                        // (`se arată în decizia instanței`: the body of that kind named last.)
                        if body_doc && q + 1 < end && w.plain(q + 1) && ctx.lex.body_heads(w.lower(q + 1)).is_some() {
                            if let Some(sp) = speaker_ref(ctx, Subject::Role(q + 1)) {
                                return Some(Found { speaker: Some(sp), cue: Some(ctx.cue_text(cue)) });
                            }
                        }
                        if body_doc {
                            return Some(Found { speaker: last_body(ctx, w.at(span.start)), cue: Some(ctx.cue_text(cue)) });
                        }
                        break;
                    }
                }
                // `„…”, a declarat o sursă guvernamentală`: words after the
                // cue name someone unresolved; the quote is theirs, not the
                // previous quote's speaker's (unlike a bare `„…”, a adăugat.`).
                // (Not a clause the verb introduces: `”, adding that …`.)
                if from < end && w.plain(from) && !w.cap(from) && !w.digit(from) && !ctx.lex.time_words.contains_lower(w, from) && !ctx.lex.subordinators.contains_lower(w, from) && !ctx.lex.skip_after_cue.contains_lower(w, from) && !ctx.lex.outlet_cues.starts_at(w, from) {
                    // (`„…”, spune octogenarul.`: one noun with the definite
                    // article written on it, closing the sentence, describes
                    // the person this paragraph is about.)
                    // (`spune constănțeanca`: a woman's noun, its article
                    // the ending a feminine name has.)
                    let articled = |x: &str| names::suffixed(&ctx.lex.article_endings, x, 2) || names::suffixed(&ctx.lex.feminine_name_endings, x, 4);
                    let described = (from + 1 >= end || !w.plain(from + 1)) && articled(w.lower(from)) && !ctx.lex.plural_role(w.lower(from));
                    let speaker = if described { ctx.topic_before(cue.first).map(|k| SpeakerRef { name: k.name.clone(), mention: None, source_type: k.source_type }) } else { None };
                    return Some(Found { speaker, cue: Some(ctx.cue_text(cue)) });
                }
            }
            break;
        }
    }
    if let Some(f) = message_owner(ctx, after, end) {
        return Some(f);
    }
    // `“…,” the memo read`: whoever the text said wrote that document.
    let d = if after < end && ctx.lex.definite.contains_lower(w, after) { after + 1 } else { after };
    if d + 1 < end && w.plain(d) && w.plain(d + 1) && ctx.lex.report_nouns.contains_lower(w, d) && ctx.lex.document_verbs.contains_lower(w, d + 1) {
        return found(ctx, Subject::Role(d), Some(w.text(d + 1).to_string()));
    }
    // `“…,” Whitcomb shot back.`: a comma closing the quoted words, then a
    // person and a verb the cue list does not know — still the attribution.
    let comma = between.contains(',') || names::ends_any(trim_marks_end(&ctx.doc.text[span.clone()]), &[',', '?', '!']);
    // `„…”, i-a atras ea atenția avocatului`: a verb phrase with its subject
    // pronoun inside, which no cue entry spells in that order (the cue: the
    // verb before the pronoun).
    if comma && !w.cap(after) {
        for q in after + 1..end.min(after + 4) {
            let x = w.lower(q);
            if !w.gap_only(q, &['-']) || w.cap(q) || ctx.lex.subordinators.contains(x) || ctx.lex.conjunctions.starts_at(w, q) {
                break;
            }
            if ctx.is_pronoun(q) && !ctx.lex.object_pronouns.contains(x) && !ctx.lex.plural_pronouns.contains(x) {
                return found(ctx, Subject::Pronoun(q), Some(w.text(q - 1).to_string()));
            }
        }
    }
    let c = ctx.names.starting(after)?;
    let verb = c.last + 1;
    if comma && verb < end && w.plain(verb) && !w.cap(verb) && !w.digit(verb) && ctx.usable(c) && ctx.named(c).1 == SourceType::Person
        && !ctx.lex.prepositions.contains_lower(w, verb) && !ctx.lex.conjunctions.starts_at(w, verb) && !ctx.lex.outlet_cues.starts_at(w, verb)
    {
        return found(ctx, Subject::Named(c), Some(w.text(verb).to_string()));
    }
    // `„…”, Ion Pop, prefectul județului, despre X.`: a quote opening its
    // paragraph, then a full name set off by a comma and a role or the
    // sentence's end — a quote box's attribution, with no verb.
    let doc = ctx.doc;
    let opens = doc.paragraphs[doc.paragraph_of(span.start)].start == span.start;
    let role_after = verb < end && w.gap_is(verb, ",") && !w.cap(verb) && ctx.lex.role_at(w, verb);
    let closes = w.list.get(verb).is_none_or(|x| x.sent != w.sent(c.last));
    if comma && opens && c.last > c.first && (role_after || closes) && ctx.usable(c) && ctx.named(c).1 == SourceType::Person {
        return found(ctx, Subject::Named(c), None);
    }
    None
}

/// `X accused the Government of “spinning” the figures, pointing out that
/// …`: no comma closes the quoted words, the sentence runs on past them,
/// and a comma sets off a reporting verb with no name before it — a
/// participle of the clause that holds the quote, not its attribution (the
/// speaker is that clause's subject, found before the quote).
fn participle_after_object(ctx: &Context<'_, '_>, span: &Range<usize>, between: &str, k: usize, s: Option<Subject>) -> bool {
    let closed = between.contains(',') || names::ends_any(trim_marks_end(&ctx.doc.text[span.clone()]), &[',', '?', '!']);
    !closed && ctx.w.gap_has(k, ',') && !matches!(s, Some(Subject::Named(_)))
}

/// `spune nea Mitică, cum îi zic toți lui Dumitru Pop`: a lone nickname,
/// then a clause a subordinator opens that names, after a possessive
/// marker, the full name it stands for: that person.
fn nicknamed(ctx: &Context<'_, '_>, s: Subject, end: usize) -> Subject {
    let w = &ctx.w;
    let Subject::Named(c) = s else { return s };
    let q0 = c.last + 1;
    if c.first != c.last || q0 >= end || !w.gap_is(q0, ",") || !ctx.lex.subordinators.contains_lower(w, q0) {
        return s;
    }
    // (`cum îl știe tot satul pe Ion Pop`: the name further on, after the
    // object marker, once the clitic it doubles has come.)
    let mut pronoun = false;
    for q in q0 + 1..end.min(q0 + 7) {
        if !w.plain(q) {
            break;
        }
        pronoun |= !w.cap(q) && (ctx.lex.object_clitics.contains_lower(w, q) || ctx.lex.cue_clitics.contains_lower(w, q));
        let marker = !w.cap(q) && (ctx.lex.pronouns.contains_lower(w, q) || pronoun && ctx.lex.prepositions.contains_lower(w, q));
        if marker && q + 1 < end && w.plain(q + 1) {
            if let Some(n) = ctx.names.starting(q + 1).filter(|&n| n.last > n.first && names::classify(w, ctx.lex, n) == SourceType::Person && ctx.usable(n)) {
                return Subject::Named(n);
            }
        }
    }
    s
}

/// The speaker named in the one or two sentences after a quote that ends its
/// sentence, within its paragraph: a cue's subject there, else the person the
/// sentence names. A sentence holding a quote of its own names that quote's
/// speaker, so the search stops there.
fn speaker_ahead(ctx: &Context<'_, '_>, span: &Range<usize>, after: usize) -> Option<Found> {
    let w = &ctx.w;
    let doc = ctx.doc;
    let close = doc.sentence_of(span.end.saturating_sub(1));
    let para = w.list.get(after)?.para;
    if para != w.para(w.at(span.start).min(w.len() - 1)) || w.sent(after) == close {
        return None;
    }
    let first = w.sent(after);
    for s in first..first + 2 {
        // Bounded, so a huge run-on sentence costs each quote a constant.
        let (a, b) = (w.sentence_start(s), w.sentence_end(s).min(w.sentence_start(s) + 60));
        if a >= b || w.para(a) != para {
            return None;
        }
        // Only the words before a quote of its own (`Cuvintele îi aparțin
        // regizorului X, care montează „Livada”`: the title comes after the name).
        // (The gap before word `k`, past this quote's own closing mark.)
        let mark = |k: usize| {
            let from = span.end.max(if k > 0 { w.list[k - 1].end } else { 0 });
            from < w.list[k].start && names::has_any(&doc.text[from..w.list[k].start], &['“', '”', '„', '«', '»', '"'])
        };
        if mark(a) {
            return None;
        }
        // A later quote introduced by a verb (`Pop a declarat: „…”`) has
        // its own speaker, not this quote's; a quoted title after a name
        // does not.
        let b = match (a + 1..b).find(|&k| mark(k)) {
            Some(m) if (a..m).any(|k| ctx.cue_starting(k).is_some()) => return None,
            Some(m) => m,
            None => b,
        };
        // `„…” Este mesajul transmis de X.`: the next sentence names whose words they were.
        if let Some(f) = message_owner(ctx, a, b) {
            return Some(f);
        }
        for k in a..b {
            let Some(cue) = ctx.cue_starting(k) else { continue };
            let subject = ctx.subject_of(cue, b);
            if let Some(sub @ (Subject::Named(_) | Subject::Pronoun(_))) = subject {
                if let Some(speaker) = speaker_ref(ctx, sub) {
                    return Some(Found { speaker: Some(speaker), cue: Some(ctx.cue_text(cue)) });
                }
            }
        }
        let mut k = a;
        while k < b {
            let Some(c) = ctx.names.starting(k) else {
                k += 1;
                continue;
            };
            let (_, t) = ctx.named(c);
            // (`That was the message from Speaker Ana Pop (R-La.)`: the
            // person a message comes from; not a party code.)
            let from = c.first > a && ctx.lex.source_prepositions.contains_lower(w, c.first - 1) && names::strip_titles(w, ctx.lex, c).is_some_and(|s| s != c);
            // (`That was the verdict of Tom Hale`: a noun for what was said,
            // owned by the name after it.)
            let from = from || c.first > a + 1 && ctx.lex.prepositions.contains_lower(w, c.first - 1) && ctx.lex.message_nouns.iter().any(|m| crate::lexicon::agrees(m, w.lower(c.first - 2)));
            if t == SourceType::Person && ctx.usable(c) && !ctx.is_code(c) && (c.last > c.first || ctx.known_person(c)) && (c.first == a || from || !ctx.lex.prepositions.contains_lower(w, c.first - 1)) {
                return found(ctx, Subject::Named(c), None);
            }
            k = c.last + 1;
        }
    }
    None
}

/// The subject of the sentence part from `s0` up to a quote at `first_in`:
/// the name it opens with, or a pronoun opening it or following an opening
/// phrase set off by a comma.
fn clause_subject(ctx: &Context<'_, '_>, s0: usize, first_in: usize) -> Option<Found> {
    let w = &ctx.w;
    // `Un raport al Curții de Conturi … constata „…”`, `A report by the
    // watchdog found “…”`: a document opening the sentence speaks for its author.
    let d = if s0 + 1 < first_in && ctx.lex.indefinite.contains_lower(w, s0) || ctx.lex.definite.contains_lower(w, s0) { s0 + 1 } else { s0 };
    if d < first_in && (ctx.lex.report_nouns.contains_lower(w, d) || ctx.lex.body_documents.contains_lower(w, d)) {
        if let Some(c) = crate::sources::document_author(ctx, d).and_then(|f| f.chunk).filter(|c| c.last < first_in) {
            return found(ctx, Subject::Named(c), None);
        }
    }
    // (`On Monday, Dr X, a former director, accepted that … “…”`: past a
    // lead phrase of time or place.)
    if let Some(c) = sentence_subject(ctx, s0, first_in).or_else(|| Some(ctx.after_lead_phrase(s0, first_in)).filter(|&a| a > s0).and_then(|a| sentence_subject(ctx, a, first_in))) {
        return found(ctx, Subject::Named(c), None);
    }
    let lead = (s0 + 1..first_in.min(s0 + 15)).find(|&q| w.gap_has(q, ','));
    // (`And she refused …, but quipped: “…”`: or right after a conjunction
    // opening the sentence.)
    let joined = (s0 + 1 < first_in && ctx.lex.conjunctions.starts_at(w, s0)).then_some(s0 + 1);
    for q in [Some(s0), lead, joined].into_iter().flatten() {
        if q < first_in && ctx.lex.pronouns.contains_lower(w, q) && !ctx.lex.object_pronouns.contains_lower(w, q) && q + 1 < first_in && w.plain(q + 1) && !w.cap(q + 1) {
            if let Some(speaker) = speaker_ref(ctx, ctx.pronoun(q)) {
                return Some(Found { speaker: Some(speaker), cue: None });
            }
        }
    }
    None
}

/// `Lambourne told 2GB the bill was rushed, and Aldous, who followed her,
/// accused the Coalition of “…”`: a quote in a clause joined by `, and`
/// to an earlier one belongs to that clause's named subject, not to the
/// first clause's speaker.
fn coordinated_subject(ctx: &Context<'_, '_>, left_start: usize, first_in: usize) -> Option<Found> {
    let w = &ctx.w;
    let lo = left_start.max(first_in.saturating_sub(30));
    let k = (lo..first_in).rev().find(|&k| w.sent(k) == w.sent(first_in) && w.gap_has(k, ',') && !w.cap(k) && ctx.lex.coordinators.contains_lower(w, k))?;
    let c = ctx.names.starting(k + 1).filter(|c| c.last + 1 < first_in && ctx.usable(*c) && ctx.named(*c).1 == SourceType::Person)?;
    // Past an apposition set off by commas (`Aldous, who followed her,`).
    let mut v = c.last + 1;
    let apposed = w.gap_is(v, ",");
    if apposed {
        v = (v + 1..first_in.min(v + 12)).find(|&q| w.gap_is(q, ","))?;
    }
    (v < first_in && (apposed || w.plain(v)) && !w.cap(v) && !w.digit(v) && !ctx.lex.prepositions.contains_lower(w, v) && !ctx.lex.coordinators.contains_lower(w, v)).then_some(())?;
    found(ctx, Subject::Named(c), None)
}

/// A quote opening a sentence right after a quote-free sentence of its
/// paragraph whose reporting verb has a subject (`Moreno told CNN in an
/// interview. “…”`): that subject goes on speaking.
fn speaker_before_sentence(ctx: &Context<'_, '_>, first_in: usize, whole: bool) -> Option<Found> {
    let w = &ctx.w;
    if first_in == 0 || first_in >= w.len() {
        return None;
    }
    let last = first_in - 1;
    if w.para(last) != w.para(first_in) || w.sent(last) == w.sent(first_in) {
        return None;
    }
    let s0 = w.sentence_start(w.sent(last)).max(last.saturating_sub(60));
    let text = &ctx.doc.text[w.list[s0].start..w.list[last].end];
    if names::has_any(text, &['“', '”', '„', '«', '»', '"']) {
        return None;
    }
    for k in s0..last + 1 {
        let Some(cue) = ctx.cue_starting(k) else { continue };
        let limit = last + 1;
        let subject = ctx.subject_of(cue, limit);
        if let Some(sub @ (Subject::Named(_) | Subject::Pronoun(_) | Subject::Role(_))) = subject {
            if let Some(speaker) = speaker_ref(ctx, sub) {
                return Some(Found { speaker: Some(speaker), cue: Some(ctx.cue_text(cue)) });
            }
        }
    }
    // `Tom Hale did not mince his words. “…”`: the person the sentence
    // before is about, as its subject.
    let s1 = w.sentence_start(w.sent(last));
    if whole && s1 == s0 {
        return opening_subject(ctx, s0, last);
    }
    None
}

/// The person opening the last sentence of a quote-free paragraph right
/// before the quote's paragraph, as its subject (`Dunmore returned to the
/// floor.`).
fn lead_in(ctx: &Context<'_, '_>, first_in: usize, question: bool) -> Option<Found> {
    let w = &ctx.w;
    if first_in == 0 || first_in >= w.len() {
        return None;
    }
    let mut last = first_in - 1;
    let para = w.para(first_in);
    // (`Coach X spoke after the win.` / `On the fans:` / `“…”`: past a
    // topic line.)
    if topic_line(ctx, para) {
        last = w.at(ctx.doc.paragraphs[para - 1].start).wrapping_sub(1);
        if last >= w.len() || w.para(last) + 2 != para {
            return None;
        }
    } else if w.para(last) + 1 != para {
        return None;
    }
    let prev = &ctx.doc.paragraphs[w.para(last)];
    // (A colon inside it sets off a description, `He talks the way he
    // works: slowly, and then all at once.`; one ending it is colon_intro's.)
    let prev_text = ctx.doc.text[prev.clone()].trim_end();
    if names::has_any(prev_text, &['“', '”', '„', '«', '»', '"']) || prev_text.ends_with(':') {
        return None;
    }
    let s0 = w.sentence_start(w.sent(last));
    // `Mr Reid asked him whether ministers had been warned.` / `“…”`: the
    // answer is the one asked — a name, or an object pronoun for the last
    // person of its gender other than the asker — before the question word.
    for k in s0..last {
        let Some(cue) = ctx.cue_starting(k) else { continue };
        let o = cue.first + cue.len;
        if o + 1 < last && w.plain(o) && w.plain(o + 1) && ctx.lex.question_cues.contains_lower(w, o - 1) {
            if let Some(k) = ctx.person_asked(cue) {
                return Some(Found { speaker: Some(SpeakerRef { name: k.name.clone(), mention: None, source_type: k.source_type }), cue: None });
            }
            // (`asked Ms Duarte why`: past a title the name's run leaves out.)
            let o = if ctx.names.starting(o).is_none() && ctx.lex.titles.contains_lower(w, o) { o + 1 } else { o };
            if let Some(n) = ctx.names.starting(o).filter(|n| n.last + 1 < last && ctx.lex.question_words.contains_lower(w, n.last + 1) && ctx.usable(*n) && ctx.named(*n).1 == SourceType::Person) {
                return found(ctx, Subject::Named(n), None);
            }
        }
        break;
    }
    // `What he will miss, he says, is not the work.`: a reporting verb in
    // the sentence whose subject is a person.
    for k in s0..last {
        if let Some(cue) = ctx.cue_starting(k) {
            if let Some(sub @ (Subject::Named(_) | Subject::Pronoun(_))) = ctx.subject_before(cue).or_else(|| ctx.subject_after(cue, last + 1)) {
                // (A body too when the sentence is its statement: `In a
                // statement, Johannesburg Water said …` / `“…”`.)
                let statement = || (s0..last + 1).any(|q| ctx.lex.report_nouns.contains_lower(w, q));
                if let Some(sp) = speaker_ref(ctx, sub).filter(|sp| sp.source_type == SourceType::Person || sp.source_type == SourceType::Organization && statement()) {
                    return Some(Found { speaker: Some(sp), cue: None });
                }
            }
            break;
        }
    }
    // `The minister thanked the nurses.`, `The club boss rebuked them.`: a
    // definite role (a modifier or two before it) and its lowercase verb
    // opening the sentence stand for whoever holds the role. (Not before a
    // question: in an interview that is the interviewer's.)
    if !question && s0 + 2 < last && ctx.lex.definite.contains_lower(w, s0) {
        // (A plain loop, not a take_while: less wasm.)
        let mut role = None;
        // (Capitalised modifiers too: `The Rajya Sabha MP said …`.)
        for q in s0 + 1..(s0 + 4).min(last) {
            if !w.plain(q) || w.digit(q) {
                break;
            }
            if ctx.lex.role_at(w, q) {
                role = Some(q);
                break;
            }
        }
        if let Some(r) = role {
            let v = r + 1;
            if w.plain(v) && !w.cap(v) && !w.digit(v) && !ctx.lex.prepositions.contains_lower(w, v) && !ctx.lex.plural_role(w.lower(r)) {
                return speaker_ref(ctx, Subject::Role(r)).filter(|sp| sp.source_type == SourceType::Person).map(|sp| Found { speaker: Some(sp), cue: None });
            }
        }
    }
    // (Past a phrase opening the sentence: `Opening the doors at 10am, Ms
    // Brennan paid tribute to the volunteers.` / `“…”`.)
    let s0 = ctx.after_lead_phrase(s0, last);
    // `She ordered coffee and did not touch it.`: a pronoun subject stands
    // for the person it means.
    if s0 < last && ctx.lex.pronouns.contains_lower(w, s0) && !ctx.lex.object_pronouns.contains_lower(w, s0) && w.plain(s0 + 1) && !w.cap(s0 + 1) {
        if let Subject::Pronoun(p) = ctx.pronoun(s0) {
            return speaker_ref(ctx, Subject::Pronoun(p)).map(|sp| Found { speaker: Some(sp), cue: None });
        }
        return None;
    }
    opening_subject(ctx, s0, last)
}

/// The paragraph before paragraph `para` is a short topic line of a
/// question-and-answer write-up (`On the fans:`, `On the performance…`):
/// a few words, no quote, ending in a colon or an ellipsis.
fn topic_line(ctx: &Context<'_, '_>, para: usize) -> bool {
    let t = para.checked_sub(1).map_or("", |p| ctx.doc.text[ctx.doc.paragraphs[p].clone()].trim());
    t.split_whitespace().count() <= 6 && !names::has_any(t, &['“', '”', '"']) && (t.ends_with(':') || t.ends_with('…') || t.ends_with("..."))
}

/// The person a sentence from `s0` to `last` opens with as its subject: a
/// name before its lowercase verb, past an apposition set off by commas
/// (`Tom Hale, the club's owner, did not mince his words.`).
fn opening_subject(ctx: &Context<'_, '_>, s0: usize, last: usize) -> Option<Found> {
    let w = &ctx.w;
    // (`But Luxon played it down, …`: past a conjunction opening it.)
    let s0 = s0 + ctx.lex.conjunctions.at(w, s0).map_or(0, |c| c.0);
    // (`Ms Brennan paid tribute …`: past a title the name's run leaves out.)
    let s0 = if ctx.names.starting(s0).is_none() && s0 + 1 < last && w.cap(s0 + 1) && ctx.lex.titles.contains_lower(w, s0) { s0 + 1 } else { s0 };
    let mut c = ctx.names.starting(s0)?;
    // (`England captain Mark Ode spoke …`: past a modifier and its role.)
    if modifier_lead(ctx, c, s0, last) {
        let r = c.last + 1 + usize::from(w.lower(c.last + 1) == "s");
        c = ctx.names.starting(r + 1)?;
    }
    let (_, t) = ctx.named(c);
    let mut verb = c.last + 1;
    let set_off = verb <= last && w.gap_is(verb, ",");
    if set_off {
        verb = (verb + 1..(verb + 10).min(last + 1)).find(|&q| w.gap_is(q, ","))?;
    }
    // A capitalised first word is a name only when it is someone's known
    // (`Spitalele au primit fonduri.` names nobody).
    if t != SourceType::Person || !ctx.usable(c) || (c.first == c.last && !ctx.known_person(c)) || verb > last || !(w.plain(verb) || set_off) || w.cap(verb) || w.digit(verb) {
        return None;
    }
    // `Pop declined to discuss the referee, but the captain, Mihai Andrei,
    // was more direct. „…”`: a clause joined after a comma whose subject is
    // another person named is the one the quote follows.
    if let Some(n) = joined_subject(ctx, verb, last) {
        return found(ctx, Subject::Named(n), None);
    }
    found(ctx, Subject::Named(c), None)
}

/// The person named as the subject of a clause that a comma and a
/// conjunction join after word `from` (up to word `last`): `, but X was`,
/// `, dar căpitanul echipei, X, a fost` (a role phrase, then the name set
/// off by commas).
fn joined_subject(ctx: &Context<'_, '_>, from: usize, last: usize) -> Option<Chunk> {
    let w = &ctx.w;
    let q = (from + 1..last).find(|&q| w.gap_is(q, ",") && ctx.lex.conjunctions.starts_at(w, q))?;
    let m = ctx.lex.conjunctions.at(w, q)?.0;
    let a = q + m;
    // The name right after the conjunction, or one set off by commas after
    // a short lowercase role phrase.
    let n = match ctx.names.starting(a).filter(|n| w.plain(a) && n.last < last) {
        Some(n) => n,
        None => {
            let b = (a + 1..(a + 6).min(last)).find(|&k| w.gap_is(k, ","))?;
            (ctx.lex.role_at(w, a) || ctx.lex.definite.contains_lower(w, a) && ctx.lex.role_at(w, a + 1)).then_some(())?;
            ctx.names.starting(b).filter(|n| n.last < last && w.gap_is(n.last + 1, ","))?
        }
    };
    let verb = n.last + 1;
    let person = ctx.usable(n) && ctx.named(n).1 == SourceType::Person;
    (person && verb <= last && !w.cap(verb) && !w.digit(verb) && w.sent(verb) == w.sent(n.last)).then_some(n)
}

/// The organisation or outlet named last in the words before `first` (this
/// paragraph or the one before, within 60 words).
fn last_body(ctx: &Context<'_, '_>, first: usize) -> Option<SpeakerRef> {
    let w = &ctx.w;
    for c in names_before(ctx, first) {
        // (Not a dateline's place: `Bistrița, 3 iunie – Compania X …`.)
        let dateline = c.first < ctx.after_dateline(w.sentence_start(w.sent(c.first)));
        // (Nor a place after a preposition, `fabrica din Bistrița`, a
        // body only because a body elsewhere bears its name.)
        let place = c.first > 0 && w.plain(c.first) && ctx.lex.prepositions.contains_lower(w, c.first - 1) && names::classify(w, ctx.lex, c) == SourceType::Person;
        // (Nor a one-word body in the dative or genitive, `opinia
        // transmisă Guvernului`: someone's addressee.)
        let oblique = c.first == c.last && names::suffixed(&ctx.lex.genitive_endings, w.lower(c.first), 3);
        let (c, t) = ctx.named(c);
        if matches!(t, SourceType::Organization | SourceType::Outlet) && !dateline && !place && !oblique {
            return Some(SpeakerRef { name: names::text(w, c).to_string(), mention: None, source_type: t });
        }
    }
    None
}

/// The names ending before word `first`, nearest first: in its paragraph or
/// the one before, within 60 words (a bounded walk, so finding a body for
/// each quote stays linear).
fn names_before<'a>(ctx: &'a Context<'_, '_>, first: usize) -> impl Iterator<Item = Chunk> + 'a {
    let w = &ctx.w;
    let para = w.list.get(first).map(|x| x.para);
    let mut k = first;
    std::iter::from_fn(move || {
        let para = para?;
        while k > 0 && k + 60 > first {
            k -= 1;
            if w.para(k) + 1 < para {
                k = 0;
                return None;
            }
            if let Some(c) = ctx.names.ending(k) {
                k = c.first;
                return Some(c);
            }
        }
        None
    })
}

/// `„…”, se arată în minuta instanței` / `în comunicatul clubului` / `într-un
/// comunicat al companiei` / `în mesajul publicat de teatru`: a document (any
/// noun, named or not in the lists) owned by a body written as a common noun
/// is the statement of the last body of that kind. Only a body: `în
/// declarația martorului` is someone's, left to the usual rules.
fn body_statement(ctx: &Context<'_, '_>, quote_first: usize, from: usize, end: usize) -> Option<SpeakerRef> {
    let w = &ctx.w;
    let lower_word = |q: usize| q < end && w.plain(q) && !w.cap(q) && !w.digit(q) && !names::has_any(w.gap(q), &[',', ';', '.', ':', '“', '”', '„', '«', '»', '"']);
    let mut q = from;
    if lower_word(q) && ctx.lex.prepositions.contains_lower(w, q) {
        q += 1;
    }
    // The document noun (`într-un comunicat`: the article's hyphen).
    if !lower_word(q) || ctx.lex.prepositions.contains_lower(w, q) {
        return None;
    }
    q += 1;
    // `al`, `publicat de`: a link to the owner, after at most a participle.
    for skip in 0..2 {
        if let Some((m, _)) = (lower_word(q + skip)).then(|| ctx.lex.by_words.at(w, q + skip)).flatten() {
            q += skip + m;
            break;
        }
    }
    if !lower_word(q) || (q + 1 < end && w.plain(q + 1) && w.sent(q + 1) == w.sent(q) && w.cap(q + 1)) {
        return None;
    }
    let owner = ctx.lex.body_heads(w.lower(q)).is_some() || ctx.lex.company_nouns.contains_lower(w, q) || ctx.lex.org_descriptors.contains_lower(w, q) || ctx.is_body_noun(w.lower(q));
    if ctx.lex.role_at(w, q) && ctx.lex.body_heads(w.lower(q)).is_none() {
        return None;
    }
    let generic = ctx.lex.company_nouns.contains_lower(w, q) || ctx.lex.org_descriptors.contains_lower(w, q);
    owner.then(|| speaker_ref(ctx, Subject::Role(q))).flatten().filter(|s| s.source_type != SourceType::Person).or_else(|| {
        // (A body only mentioned, never a speaker so far: `Universitatea X a
        // suspendat cursurile. „…”, se arată în anunțul universității`.)
        let c = body_of_noun_before(ctx, quote_first, w.lower(q), generic)?;
        let (c, t) = ctx.named(c);
        // (No source there: the mention carried no attribution, the noun does.)
        Some(SpeakerRef { name: ctx.full_name(c), mention: None, source_type: t })
    })
}

/// The last body named shortly before word `first` whose name holds the kind
/// noun `lower` (`universității` → `Universitatea din Craiova`), else, for a
/// `generic` noun (`compania`, `organizației`), the last body in the quote's
/// paragraph named as no prepositional complement (`o contestație la FRF`
/// is not the subject).
fn body_of_noun_before(ctx: &Context<'_, '_>, first: usize, lower: &str, generic: bool) -> Option<Chunk> {
    let w = &ctx.w;
    let para = w.list.get(first)?.para;
    let heads = ctx.lex.body_heads(lower).unwrap_or(&[]);
    let mut fallback = None;
    for c in names_before(ctx, first) {
        if ctx.named(c).1 != SourceType::Organization || c.first < ctx.after_dateline(w.sentence_start(w.sent(c.first))) {
            continue;
        }
        if (c.first..c.last + 1).any(|j| names::kind_agrees(w.lower(j), lower) || heads.iter().any(|h| crate::lexicon::agrees(h, w.lower(j)))) {
            return Some(c);
        }
        let complement = c.first > 0 && w.plain(c.first) && ctx.lex.prepositions.contains_lower(w, c.first - 1);
        // (Only in the quote's paragraph: a body before it is no longer in focus.)
        if generic && fallback.is_none() && !complement && w.para(c.first) == para {
            fallback = Some(c);
        }
    }
    fallback
}

/// `X said: “…”` / `X warned them not to “…”` / `what she called “…”` /
/// `…, saying “…”` (the clause's subject).
fn speaker_before(
    ctx: &Context<'_, '_>,
    hits: &[QuoteHit],
    prev: Option<&Range<usize>>,
    start: usize,
    first_in: usize,
    sent: usize,
) -> Option<Found> {
    let w = &ctx.w;
    // Headline layout: `Ciolacu: „Nu vom crește taxele”` — a name opening
    // the line, a colon, the quote.
    if first_in > 0 && first_in > start {
        if let Some(c) = ctx.names.ending(first_in - 1) {
            let open = trim_marks_end(&ctx.doc.text[w.list[c.last].end..w.list[first_in].start]);
            // `Ministrul Energiei, Ion Pop: „…”`, `INTERVIU Șeful X, Ana Pop:
            // „…”`: the role phrase opening the line (after a rubric label
            // in capitals), then the name in apposition.
            let role_at = |r: usize| r < c.first && ctx.lex.role_at(w, r) && (start..c.first).all(|q| !names::has_any(w.gap(q), &[':', ';', '“', '”', '„', '«', '»', '"']) || q == start);
            let lead_role = role_at(start) || (names::all_caps(w.text(start)) && role_at(start + 1));
            if open.trim() == ":" && c.first > start + 1 && w.gap_is(c.first, ",") && lead_role && ctx.usable(c) && ctx.named(c).1 == SourceType::Person && (start..c.first + 1).filter(|&q| w.gap_has(q, ',')).count() == 1 {
                return found(ctx, Subject::Named(c), None);
            }
            // `La final a vorbit și fundașul Ion Pop: „…”`: a full name
            // after a role or an adverb, its colon opening the quote, in a
            // clause with no reporting verb — the name is the clause's
            // subject, written after its verb. (Not a role in the dative,
            // `i-a răspuns jucătorului X:`, nor after a preposition.)
            let b = c.first.wrapping_sub(1);
            let lead = c.first > start && w.plain(c.first) && w.plain(b) && !w.cap(b)
                && (ctx.lex.role_at(w, b) && !names::suffixed(&ctx.lex.genitive_endings, w.lower(b), 2) || ctx.lex.skip_after_cue.contains_lower(w, b));
            if open.trim() == ":" && lead && c.last > c.first && (start..c.first).all(|q| ctx.cue_starting(q).is_none()) && ctx.usable(c) && ctx.named(c).1 == SourceType::Person {
                return found(ctx, Subject::Named(c), None);
            }
            // (`Dinamo - Rapid / Ion Pop: „…”`: or after a rubric set
            // off by a slash or bar.)
            if open.trim() == ":" && (c.first == start || matches!(w.gap(c.first).trim(), "/" | "|")) {
                // `Fondatoarea: „…”`: a role alone, not a name.
                // (`Procuror: „…”`: a title alone names nobody either.)
                let lone_role = c.first == c.last && ctx.lex.role_at(w, c.first) && (!ctx.person_evidence(c) || names::is_title_phrase(w, ctx.lex, c));
                if ctx.usable(c) && !lone_role {
                    return found(ctx, Subject::Named(c), None);
                }
                if names::is_title_phrase(w, ctx.lex, c) || lone_role {
                    let speaker = ctx.resolve_role_ahead(c.first).map(|k| SpeakerRef {
                        name: k.name.clone(),
                        mention: None,
                        source_type: k.source_type,
                    });
                    return Some(Found { speaker, cue: None });
                }
            }
        }
    }
    // `Mama băiatului: „…”`, `Purtătoarea ISU: „…”`: a short role phrase
    // opening the line, a colon, the quote — whoever has that role.
    // (`Premierul, despre remaniere: „…”`: or the role, a comma and a
    // short topic phrase.)
    let comma = (start + 1..first_in).find(|&q| w.gap_is(q, ",")).filter(|&p| p <= start + 2 && first_in <= p + 5);
    if first_in > start + 1 && (first_in <= start + 4 || comma.is_some()) && start == w.sentence_start(sent) && ctx.lex.role_at(w, start) && !ctx.lex.not_names.contains_lower(w, start) && (ctx.introduces(start) || comma == Some(start + 1)) {
        let open = &ctx.doc.text[w.list[first_in - 1].end..w.list[first_in].start];
        let plain = (start + 1..first_in).all(|q| (w.plain(q) || Some(q) == comma) && ctx.cue_starting(q).is_none());
        if plain && trim_marks_end(open).trim() == ":" && ctx.names.starting(start).map_or(true, |c| c.last < first_in && !ctx.person_evidence(c)) {
            let headline = ctx.doc.paragraph_of(w.list[start].start) == 0;
            let speaker = if headline { ctx.resolve_role_ahead(start).map(|k| (k.name.clone(), k.source_type)) } else { ctx.resolve(Subject::Role(start)) };
            let speaker = speaker.map(|(name, source_type)| SpeakerRef { name, mention: None, source_type });
            return Some(Found { speaker, cue: None });
        }
    }
    // `Hernando’s new schools chief on phones, pay and empty classrooms:
    // ‘…’`: in a headline, a role phrase, a word of topic and the topic, a
    // colon, the quote — whoever has that role in the body.
    if let Some(f) = topic_headline(ctx, start, first_in, sent) {
        return Some(f);
    }
    let mut k = first_in;
    while k > start {
        k -= 1;
        if let Some(f) = prefixed(ctx, k, first_in) {
            return Some(f);
        }
        if let Some(f) = owned(ctx, k, first_in) {
            return Some(f);
        }
        if let Some(f) = possessor_words(ctx, k, first_in) {
            return Some(f);
        }
        let Some(cue) = ctx.cue_starting(k) else { continue };
        if cue.first + cue.len > first_in {
            continue;
        }
        // `întrebat ce le-ar transmite candidaților, rectorul a zâmbit: „…”`:
        // the verb of a question put to the speaker reports nothing.
        let asked = (cue.first.saturating_sub(4).max(start)..cue.first).any(|q| ctx.lex.question_words.contains_lower(w, q) && (q + 1..cue.first + 1).all(|x| !w.gap_has(x, ',')));
        // (Not `what he called “…”`: the words it names follow it at once.)
        if asked && cue.first + cue.len < first_in {
            continue;
        }
        let cue_text = Some(ctx.cue_text(cue));
        // `a remark the Japanese foreign ministry called “…”`: a body named
        // by a capitalised word and its kind, written in lowercase.
        if let Some(name) = described_body(ctx, cue.first, start) {
            return Some(Found { speaker: Some(SpeakerRef { name, mention: None, source_type: SourceType::Organization }), cue: cue_text });
        }
        // (`… în care acuză Guvernul de „…”`: a name after the verb and
        // right before the preposition that introduces the quoted words is
        // the verb's object, not its subject.)
        let object = |s: &Subject| matches!(*s, Subject::Named(c) if c.last + 2 == first_in && w.plain(first_in - 1) && ctx.lex.prepositions.contains_lower(w, first_in - 1));
        let s0 = w.sentence_start(sent);
        // An earlier reporting verb in the sentence, before a subordinator
        // or a comma that sets this verb's clause under it.
        // (The first reporting verb in the 40 words before this one, then
        // one pass over what lies between.)
        // (Not a verb in a relative clause describing the subject: `A man
        // …, and who asked not to be identified because …, told CBC News he
        // heard “…”` — `asked` governs nothing after it.)
        let earlier = || (s0.max(cue.first.saturating_sub(40))..cue.first).find(|&r| ctx.cue_starting(r).is_some() && !(r > 0 && crate::sources::is_relative(ctx.doc.lang, w.lower(r - 1))));
        let governed = || earlier().is_some_and(|e| (e + 1..cue.first).any(|q| ctx.lex.subordinators.contains_lower(w, q) || w.gap_has(q, ',')));
        // `The paper quotes Lena Ortiz, who says: “…”`: a relative pronoun
        // right before the verb, after a name set off by a comma, stands for
        // that name (a body's, or a person's the text shows: not the place in
        // `a supervisor in Dayton, who asked`), when the clause runs on to
        // the quote (not `X, who asked not to be named, was blunt: “…”`).
        let p = cue.first.saturating_sub(1);
        // (Or with no comma after a full name: `secundul Ion Pop care a spus: „…”`.)
        let set_off = w.gap_is(p, ",");
        if p > 0 && w.plain(cue.first) && (set_off || w.plain(p)) && crate::sources::is_relative(ctx.doc.lang, w.lower(p)) && (cue.first + 1..first_in).all(|q| !w.gap_has(q, ',')) {
            if let Some(c) = ctx.names.ending(p - 1).filter(|&c| ctx.usable(c) && (set_off || c.last > c.first) && (ctx.named(c).1 != SourceType::Person || ctx.person_evidence(c) || names::strip_titles(w, ctx.lex, c) != Some(c))) {
                return found(ctx, Subject::Named(c), cue_text);
            }
        }
        if let Some(s) = ctx.subject_before(cue).or_else(|| ctx.subject_after(cue, first_in).filter(|s| !object(s))) {
            // (`…; premier says province ‘…’`: a bare role opening a clause
            // of a headline or standfirst, which drop articles, is whoever
            // the story gives that role further down. Not a body's noun:
            // `company calls walkout ‘regrettable’`.)
            let r = cue.first.saturating_sub(1);
            if s == Subject::Anonymous && cue.first > 0 && (r == s0 || names::has_any(w.gap(r), &[';', ',', ':'])) && ctx.display_line(w.para(r)) && ctx.lex.role_at(w, r) && !ctx.lex.org_descriptors.contains_lower(w, r) {
                let speaker = ctx.resolve_role_ahead(r).map(|k| SpeakerRef { name: k.name.clone(), mention: None, source_type: k.source_type });
                return Some(Found { speaker, cue: cue_text });
            }
            let f = found(ctx, s, cue_text.clone());
            // `X said on X that the figures showed “…”`: a verb whose
            // subject is nobody named, in a clause under a reporting verb —
            // the words are that verb's subject's.
            // (Or a noun for data, `the figures`, standing for whoever
            // published them.)
            let data_noun = matches!(s, Subject::Role(r) if !ctx.lex.role_at(w, r));
            // (`X said the figures showed “…”`: any earlier reporting verb.)
            // (A group named by a definite plural too, `X a scris că
            // inspectorii au constatat „…”`, not someone new, `a senior
            // official called it “…”`.)
            // (Under `că`, `that`: a comma or semicolon may start another sentence's worth.)
            // (Or with `that` left out, the group right after the verb:
            // `The release said officers found him “…”`.)
            let bare = |e: usize| ctx.cue_starting(e).is_some_and(|c| c.first + c.len < cue.first && cue.first <= c.first + c.len + 2 && (c.first + c.len..cue.first).all(|q| w.plain(q) && !w.cap(q)) && w.plain(cue.first));
            let group = || earlier().is_some_and(|e| ((e + 1..cue.first).any(|q| ctx.lex.subordinators.contains_lower(w, q)) || bare(e)) && (e + 1..cue.first).all(|q| !w.gap_has(q, ';'))) && !(s0.max(cue.first.saturating_sub(6))..cue.first).any(|q| ctx.lex.indefinite.contains_lower(w, q));
            if data_noun && earlier().is_some() || f.as_ref().is_some_and(|f| f.speaker.is_none()) && (if matches!(s, Subject::Anonymous) { group() } else { governed() }) {
                continue;
            }
            return f;
        }
        // `Potrivit WWF, studiul a estimat … „…”` / `În opinia lui Pop,
        // sistemul „…”`: a verb with no named subject inside a sentence
        // whose content an opening phrase credits to someone.
        if let Some(f) = (s0.max(cue.first.saturating_sub(30))..cue.first).find_map(|q| prefixed(ctx, q, cue.first)) {
            return Some(f);
        }
        // A participle clause (`…, saying “…”`) or a bare verb: the speaker of
        // an earlier quote in the sentence, else the sentence's subject.
        if let (Some(p), Some(h)) = (prev, hits.last()) {
            if ctx.doc.sentence_of(p.start) == sent || ctx.doc.sentence_of(p.end.saturating_sub(1)) == sent {
                if let Some(sp) = &h.speaker {
                    return Some(Found { speaker: Some(SpeakerRef { mention: None, ..sp.clone() }), cue: cue_text });
                }
            }
        }
        // (`X had asked for eight years, while defence lawyer Y sought
        // four, arguing …“…”`: the participle is the nearest clause's, one
        // a conjunction opens after a comma.)
        let clause = (s0 + 1..cue.first).rev().find(|&q| w.gap_is(q, ",") && ctx.lex.conjunctions.starts_at(w, q) && q + 1 < cue.first && (q + 1..(q + 5).min(cue.first)).any(|r| ctx.names.starting(r).is_some_and(|c| c.last < cue.first && names::classify(w, ctx.lex, c) == SourceType::Person)));
        // `…, the company said in a filing, warning that …“…”`: a
        // participle with no subject of its own belongs to the reporting
        // verb before it (not one before such a clause).
        if governed() && !clause.is_some_and(|q| earlier().is_some_and(|e| e < q)) {
            continue;
        }
        // (Past a dateline: `STOCKHOLM, May 6 (Reuters) - Sweden … ordered
        // …, saying`.)
        let s1 = clause.map_or_else(|| ctx.after_dateline(s0), |q| q + 1);
        let mut j = s1;
        // (`Labour Party leader Ana Pop …, calling it “…”`: past a modifier
        // opening the sentence, to the person it describes.)
        let mut lead_upto = None;
        while j < cue.first.min(s0 + 12) {
            if let Some(c) = ctx.names.starting(j) {
                if modifier_lead(ctx, c, s0, cue.first) {
                    lead_upto = Some(c.last);
                    j = c.last + 1;
                    continue;
                }
                let (c2, t) = ctx.named(c);
                // (`The Federal Court ordered …, ruling that …`: past the
                // article opening the sentence, or a time phrase and the
                // article, `Last month the …`, before a lowercase verb —
                // not `The Highlands and Islands MSP added`.)
                // (Past its acronym in brackets: `The India Meteorological
                // Department (IMD) has issued …, forecasting “…”`.)
                let v = c.last + 1;
                let bracketed = v + 1 < cue.first && w.gap(v).trim() == "(" && names::all_caps(w.text(v)) && w.gap(v + 1).trim() == ")";
                let v = v + usize::from(bracketed);
                // (Or past where the body sits: `The High Court in Kampala
                // has ordered …, ruling that …`.)
                // (Or when: `The Madras High Court on Wednesday directed …`.)
                let placed = !bracketed && t != SourceType::Person && v + 1 < cue.first && w.plain(v) && w.plain(v + 1) && ctx.lex.prepositions.contains_lower(w, v);
                let v = match ctx.names.starting(v + 1).filter(|d| placed && d.last + 1 < cue.first) {
                    Some(d) => d.last + 1,
                    None if placed && ctx.lex.time_words.contains_lower(w, v + 1) => v + 2,
                    None => v,
                };
                let article = c.first > s0 && c.first <= s0 + 4 && ctx.lex.definite.contains_lower(w, c.first - 1) && (s0 + 1..c.first - 1).all(|q| w.plain(q) && (!w.cap(q) || ctx.lex.time_words.contains_lower(w, q)) && !ctx.lex.prepositions.contains_lower(w, q)) && v < cue.first && (w.plain(v) || bracketed) && !w.cap(v) && !ctx.lex.role_at(w, v) && !ctx.lex.prepositions.contains_lower(w, v) && !ctx.lex.conjunctions.starts_at(w, v) && !ctx.lex.coordinators.contains_lower(w, v);
                let at_start = c.first == s1 || article || (s1..c.first).all(|q| !w.cap(q) || ctx.lex.titles.contains_lower(w, q) || lead_upto.is_some_and(|e| q <= e));
                // A lone unknown capitalised word opening the sentence
                // (`Întrebată de ziariști, …`) is only its first word.
                let lone_opener = c.first == s0 && c.first == c.last && t == SourceType::Person && !ctx.person_evidence(c) && !ctx.lex.cues.starts_at(w, c.last + 1);
                if ctx.usable(c) && !lone_opener && matches!(t, SourceType::Person | SourceType::Organization | SourceType::Outlet) && (at_start || ctx.lex.cues.starts_at(w, c.last + 1))
                    || (ctx.usable(c) && t == SourceType::Person && names::strip_titles(w, ctx.lex, c) != Some(c))
                {
                    let _ = c2;
                    // (`The West African regional bloc ECOWAS condemned`: a
                    // place's adjective, lowercase words ending in a body's
                    // kind, then the body's name.)
                    let v = c.last + 1;
                    let kind = (v..(v + 4).min(cue.first)).take_while(|&q| w.plain(q) && !w.cap(q)).find(|&q| ctx.lex.org_descriptors.contains_lower(w, q));
                    if let Some(d) = kind.and_then(|q| ctx.names.starting(q + 1)).filter(|d| d.last < cue.first && w.plain(d.first) && ctx.usable(*d)) {
                        return found(ctx, Subject::Named(d), cue_text);
                    }
                    // (`Morgan Stanley’s Priya Raman was more cautious,
                    // writing …`: a body's person, named after its possessive.)
                    let owned = v + 1 < cue.first && w.lower(v) == "s" && matches!(w.gap(v), "’" | "'");
                    if let Some(d) = ctx.names.starting(v + 1).filter(|d| owned && t != SourceType::Person && d.last > d.first && d.last < cue.first && ctx.usable(*d) && names::classify(w, ctx.lex, *d) == SourceType::Person) {
                        return found(ctx, Subject::Named(d), cue_text);
                    }
                    return found(ctx, Subject::Named(c), cue_text);
                }
                j = c.last + 1;
            } else {
                j += 1;
            }
        }
        // `Judecătorii au redus pedeapsa, reținând că …`: a noun for a kind
        // of body opening the sentence is the body of that kind named last.
        let o = ctx.after_dateline(s0);
        let o = if o + 1 < cue.first && ctx.lex.definite.contains_lower(w, o) { o + 1 } else { o };
        // (`The company later issued a statement saying …`: a kind of body.)
        if o < cue.first && (ctx.lex.body_heads(w.lower(o)).is_some() || ctx.lex.org_descriptors.contains_lower(w, o)) {
            if let Some(sp) = speaker_ref(ctx, Subject::Role(o)) {
                return Some(Found { speaker: Some(sp), cue: cue_text });
            }
        }
        // (`The chief executive of X defended …, telling …`: a definite
        // role opening the sentence.)
        if o > s0 && o < cue.first && w.plain(o) && !w.cap(o) && ctx.lex.definite.contains_lower(w, o - 1) && ctx.lex.role_at(w, o) && !ctx.lex.plural_role(w.lower(o)) {
            if let Some(sp) = speaker_ref(ctx, Subject::Role(o)) {
                return Some(Found { speaker: Some(sp), cue: cue_text });
            }
        }
        // (`The council refused permission, saying …`: or a word of the
        // name of a body the text gave, `Galway City Council`.)
        if o + 1 < cue.first && !w.cap(o) && w.plain(o) && !ctx.lex.role_at(w, o + 1) && o > 0 && ctx.lex.definite.contains_lower(w, o - 1) {
            if let Some(c) = ctx.body_by_kind_before(o, w.lower(o)) {
                return found(ctx, Subject::Named(c), cue_text);
            }
        }
        // (`Un alt părinte, care …, crede altceva: „…”`: someone new and
        // unnamed opens the sentence.)
        if unnamed_opener(ctx, s0, cue.first) {
            return Some(Found { speaker: None, cue: cue_text });
        }
        // A verb with no subject written (`La ieșire, a declarat
        // jurnaliștilor: „…”`): the person the paragraph is about.
        let speaker = ctx.topic_before(cue.first).map(|k| SpeakerRef { name: k.name.clone(), mention: None, source_type: k.source_type });
        return speaker.map(|sp| Found { speaker: Some(sp), cue: cue_text });
    }
    // `Liderul grupului, Dorin Zamfir, a reacționat pe Facebook: „…”` /
    // `Pop took to the stage: “…”`: a colon hands the quote to the sentence's
    // subject, whatever the verb.
    if first_in > start && trim_marks_end(w.gap(first_in)).trim() == ":" {
        let s0 = w.sentence_start(sent);
        if let Some(c) = sentence_subject(ctx, s0, first_in) {
            return found(ctx, Subject::Named(c), None);
        }
        // `La final, rectorul a zâmbit: „…”`: a role as the subject, opening
        // the sentence or its last comma-separated part, before its verb.
        // (`Liderul PSD a revenit la microfon:`: past the body the role is of.)
        let verb_after = |r: usize| {
            let body = |c: Chunk| names::classify(w, ctx.lex, c) != SourceType::Person;
            let v = ctx.names.at(r + 1).filter(|&c| body(c) && c.last > r).map_or(r + 1, |c| c.last + 1);
            v < first_in && ctx.lex.role_at(w, r) && w.plain(v) && !w.cap(v)
        };
        let part = (s0 + 1..first_in).rev().find(|&q| w.gap_has(q, ',')).unwrap_or(s0);
        // (`…, the Democrat quipped:`: past the article.)
        // (`Her sister was blunter:`: past a gendered possessive before a kin noun.)
        let kin_led = |r: usize| ctx.gendered_possessive(r) && ctx.lex.kin_nouns.contains_lower(w, r + 1);
        let past_article = |r: usize| if r + 1 < first_in && (ctx.lex.definite.contains_lower(w, r) || kin_led(r)) && w.plain(r + 1) { r + 1 } else { r };
        for r in [part, s0] {
            let r = past_article(r);
            if verb_after(r) {
                return found(ctx, Subject::Role(r), None);
            }
        }
        // `Un alt părinte, care …, este de altă părere: „…”`: someone new and
        // unnamed opens the sentence; the quote is theirs, nobody named.
        if unnamed_opener(ctx, s0, first_in) {
            return Some(Found { speaker: None, cue: None });
        }
    }
    None
}

/// The sentence from word `s0` opens, before `end`, with an indefinite role
/// phrase (`Un alt părinte`, `A local farmer`): someone new and unnamed.
fn unnamed_opener(ctx: &Context<'_, '_>, s0: usize, end: usize) -> bool {
    let w = &ctx.w;
    ctx.lex.indefinite.contains_lower(w, s0) && (s0 + 1..(s0 + 4).min(end)).any(|q| !w.cap(q) && ctx.lex.role_at(w, q))
}

/// `according to X`, `În opinia lui X` / `în opinia prefectului` starting at
/// word `k` with its source before `limit`: that source speaks.
fn prefixed(ctx: &Context<'_, '_>, k: usize, limit: usize) -> Option<Found> {
    let w = &ctx.w;
    // An opinion phrase opens its sentence (`În opinia lui X, …`); inside
    // one (`a spus că, în opinia sa, …`) it is the speaker's own aside.
    let opens = k == w.sentence_start(w.sent(k));
    let (n, p) = ctx.lex.prefix_cues.at(w, k).or_else(|| ctx.lex.opinion_cues.at(w, k).filter(|_| opens))?;
    // (`X had said in an interview with Bloomberg Television that …`: a
    // prefix run into a reporting verb names whom the verb's subject
    // spoke to, not who spoke.)
    let after_verb = (k.saturating_sub(6)..k).any(|q| ctx.w.sent(q) == ctx.w.sent(k) && ctx.cue_starting(q).is_some_and(|c| c.first + c.len + 2 >= k && (c.first + c.len..k).all(|r| ctx.w.plain(r) && !ctx.w.cap(r))));
    if k + n >= limit || relay_aside(ctx, k) || after_verb {
        return None;
    }
    // `Surse din conducerea PSD au declarat că …`: a noun opening the
    // sentence as its verb's subject, several people unnamed, not a prefix.
    let x = w.lower(k);
    if opens && ctx.lex.doc_nouns.contains(x) && !ctx.lex.report_nouns.contains(x) && (k + n..limit.min(k + n + 8)).any(|q| ctx.cue_starting(q).is_some()) {
        return None;
    }
    let s = crate::sources::after_prefix(ctx, k + n, limit)?;
    found(ctx, s, Some(p.text.to_string()))
}

/// The prefix phrase at word `k` is an aside set off right after a reporting
/// verb (`X a declarat, citat de Digi24, că …`): it names who relayed the
/// words, while the verb's subject spoke them.
fn relay_aside(ctx: &Context<'_, '_>, k: usize) -> bool {
    ctx.w.gap_has(k, ',') && (k.saturating_sub(4)..k).any(|q| ctx.cue_starting(q).is_some_and(|c| c.first + c.len == k))
}

/// `In Dr Pop's words, the gap is “…”`, `In his own words: “…”`, `In the
/// minister's words, …`: a sentence opening with a preposition, then whose
/// words (a name or role with a possessive `'s`, or a gendered possessive
/// pronoun), at most one modifier and a noun for what was said
/// ([message_nouns]), then a comma or colon. The possessor speaks.
fn possessor_words(ctx: &Context<'_, '_>, k: usize, limit: usize) -> Option<Found> {
    let w = &ctx.w;
    let lex = ctx.lex;
    if k != w.sentence_start(w.sent(k)) || !lex.prepositions.contains_lower(w, k) || k + 2 >= limit {
        return None;
    }
    let q = k + 1;
    let x = w.lower(q);
    // Who: a possessive pronoun (`his`, `her`), or a name or definite role
    // with `'s` after it; `n` is the word after the possessor.
    let (who, n) = if w.plain(q) && lex.indefinite.contains(x) && (lex.feminine.contains(x) || lex.masculine.contains(x)) {
        (Subject::Pronoun(q), q + 1)
    } else {
        let r = if w.plain(q) && lex.definite.contains(x) { q + 1 } else { q };
        let owner = |e: usize| e + 2 < limit && matches!(w.gap(e + 1), "'" | "’") && w.lower(e + 1) == "s";
        // (`In Ms Pop's words`: past a title the name's run leaves out.)
        let titled = || ctx.names.starting(q + 1).filter(|_| lex.titles.contains(x) && w.plain(q + 1));
        if let Some(c) = ctx.names.starting(q).or_else(titled).filter(|c| r == q && owner(c.last) && ctx.usable(*c)) {
            (Subject::Named(names::strip_titles(w, lex, c).unwrap_or(c)), c.last + 2)
        } else if r > q && owner(r) && lex.role_at(w, r) {
            (Subject::Role(r), r + 2)
        } else {
            return None;
        }
    };
    // (`In his own words`: one modifier.)
    let noun = (n..(n + 2).min(limit)).find(|&m| w.plain(m) && lex.message_nouns.contains_lower(w, m))?;
    if (n..noun + 1).any(|m| !w.plain(m) || w.cap(m)) || noun + 1 > limit || !names::has_any(w.gap(noun + 1), &[',', ':']) {
        return None;
    }
    found(ctx, who, Some(w.text(noun).to_string()))
}

/// `Declarația îi aparține lui X: „…”` / `The words belong to X`: an owner
/// phrase at word `k` and the person or role after it, before `limit`.
fn owned(ctx: &Context<'_, '_>, k: usize, limit: usize) -> Option<Found> {
    let (n, p) = ctx.lex.owner_cues.at(&ctx.w, k)?;
    let cue = crate::context::Cue { first: k, len: n };
    match ctx.subject_after(&cue, limit)? {
        s @ (Subject::Named(_) | Subject::Role(_)) => found(ctx, s, Some(p.text.to_string())),
        _ => None,
    }
}

/// The name the sentence from word `s0` opens with, before word `end`: the
/// first name, when only lowercase or title words come before it, or a
/// person's name set off by commas after an opening role (`Liderul
/// grupului PSD, Dorin Zamfir, …`).
/// `Retired teacher Ana Pop, 71, was blunt: “…”`, `Shop owner Ana Pop had
/// a different view:`: a capitalised modifier `c` opening the sentence at
/// `s0`, one role noun, then the person it describes (before `end`). A
/// party's or a team's name of a few words too, possessive or not: `Green
/// Party councillor Ana Pop`, `Leinster's coach Ana Pop`.
fn modifier_lead(ctx: &Context<'_, '_>, c: Chunk, s0: usize, end: usize) -> bool {
    let w = &ctx.w;
    let possessive = c.last + 2 < end && w.lower(c.last + 1) == "s" && matches!(w.gap(c.last + 1), "’" | "'");
    // (`Pune-based activist Anil Deshpande`: a compound the place opens.)
    let compound = !possessive && c.last + 2 < end && w.raw_gap_is(c.last + 1, "-") && !w.cap(c.last + 1) && !w.digit(c.last + 1);
    let r = c.last + 1 + usize::from(possessive || compound);
    // (A noun before the role: `Budget committee chairperson Peter Kamau`.)
    // (Not after a person's name, whose verb that would be: `Anna Pike
    // praised coach Tom Reyes`.)
    let r = if r + 2 < end && w.plain(r) && !w.cap(r) && !w.digit(r) && !ctx.lex.role_at(w, r) && ctx.cue_starting(r).is_none() && !ctx.lex.prepositions.contains_lower(w, r) && w.plain(r + 1) && !w.cap(r + 1) && ctx.lex.role_at(w, r + 1) && !ctx.person_evidence(c) { r + 1 } else { r };
    // (Past a conjunction opening the sentence: `But Budget committee …`.)
    (c.first == s0 || c.first == s0 + 1 && ctx.lex.conjunctions.starts_at(w, s0))
        && c.last <= c.first + 2
        && r + 1 < end
        && (w.plain(r) || possessive)
        && !w.cap(r)
        && ctx.lex.role_at(w, r)
        && ctx.cue_starting(r).is_none()
        // (A name shaped like a person's that no one took for one before is
        // a place still: `Daisy Hill mother Priya V`.)
        && (!ctx.person_evidence(c) || !possessive && !ctx.known_person(c))
        && w.plain(r + 1)
        && ctx.names.starting(r + 1).is_some_and(|n| n.last < end && ctx.person_evidence(n))
}

fn sentence_subject(ctx: &Context<'_, '_>, s0: usize, end: usize) -> Option<Chunk> {
    let w = &ctx.w;
    let mut j = s0;
    // The last word of an opening modifier or owned noun that hands the
    // sentence to the name after it.
    let mut owner_upto: Option<usize> = None;
    while j < end.min(s0 + 40) {
        let Some(c) = ctx.names.starting(j) else {
            j += 1;
            continue;
        };
        if c.last >= end {
            return None;
        }
        let (_, t) = ctx.named(c);
        // (`MONTAGUE — “…”`: a place in capitals and a dash opening the
        // paragraph is a dateline, no one's name.)
        if c.first == s0 && (c.first..c.last + 1).all(|q| names::all_caps(w.text(q))) {
            // (`MONTAGUE (AP) — “…”`: past an agency in brackets.)
            let mut e = c.last + 1;
            if e < end && w.gap(e).contains('(') {
                while e + 1 < end.min(c.last + 5) && !w.gap(e + 1).contains(')') {
                    e += 1;
                }
                e += 1;
            }
            if e < w.len() && names::has_any(w.gap(e), &['—', '–']) {
                j = c.last + 1;
                continue;
            }
        }
        // `Viceguvernatorul BNR, Florin Cârstea, a evitat …:`: a role with its
        // body, then the person in apposition.
        let role_of_next = ctx.lex.role_at(w, c.first)
            && w.gap_after(c.last).trim() == ","
            && names::strip_titles(w, ctx.lex, c).map_or(true, |n| ctx.named(n).1 != SourceType::Person);
        // `Reacția lui Ion Pop a venit …:`: a capitalised noun opening the
        // sentence, owned by the name after the genitive word.
        let owned_noun = c.first == s0
            && c.first == c.last
            && !ctx.person_evidence(c)
            && c.last + 2 < end
            && w.plain(c.last + 1)
            && names::listed(&ctx.lex.genitive_endings, w.lower(c.last + 1))
            && ctx.names.starting(c.last + 2).is_some();
        let modifier_lead = modifier_lead(ctx, c, s0, end);
        if owned_noun || modifier_lead {
            owner_upto = Some(c.last);
        }
        if role_of_next || owned_noun || modifier_lead {
            j = c.last + 1;
            continue;
        }
        // (`Criticul TV Ana Pop crede …`: a role and its body's acronym before the name.)
        // (`Her friend Megan Doyle, who got four Highers, was “…”`: a
        // possessive and a kin or role noun before the name.)
        let kin_led = c.first >= s0 + 2 && c.first <= s0 + 3 && ctx.lex.pronouns.contains_lower(w, s0) && (s0 + 1..c.first).all(|q| w.plain(q) && !w.cap(q) && !w.digit(q) && ctx.cue_starting(q).is_none() && !ctx.lex.prepositions.contains_lower(w, q) && !ctx.lex.conjunctions.starts_at(w, q));
        let at_start = kin_led
            || (s0..c.first).all(|q| !w.cap(q) || ctx.lex.titles.contains_lower(w, q) || owner_upto.is_some_and(|e| q <= e))
            || (s0..c.first).all(|q| !w.cap(q) || ctx.lex.role_at(w, q) || names::all_caps(w.text(q))) && ctx.person_evidence(c) && !(c.last + 1 < end && ctx.lex.prepositions.contains_lower(w, c.last + 1));
        // The role opening the comma-separated part before the name (`…,
        // viceguvernatorul BNR, Florin Cârstea,`).
        let part = (s0 + 1..c.first).rev().find(|&q| w.gap_has(q, ',')).unwrap_or(s0);
        // (`The IFS director, Paul Johnson,`: the role after an article
        // and a qualifier or two.)
        let role_led = ctx.lex.role_at(w, part) || (ctx.lex.definite.contains_lower(w, part) && (part + 1..c.first.min(part + 4)).any(|q| !w.cap(q) && ctx.lex.role_at(w, q)));
        let apposed = c.first > s0 && w.gap_after(c.last).trim_start().starts_with(',') && (w.gap_is(c.first, ",") && role_led || ctx.described_apposition(c).is_some());
        // `Întrebat de jurnaliști …, Florin Cârstea a evitat …:`: the name
        // after an opening phrase, before its lowercase verb.
        // (Or past a relative clause set off after it: `At one point, X,
        // who was chairing the session, had to call for calm:`.)
        let after_lead = c.first > s0 && w.gap_is(c.first, ",") && c.last + 1 < end && (w.plain(c.last + 1) && !w.cap(c.last + 1) && !ctx.lex.prepositions.contains_lower(w, c.last + 1) || ctx.past_relative(c));
        // (`Tehnicianul a avut cuvinte de laudă pentru Ion Pop, care …:`: a
        // name after a preposition inside the clause is its object; the role
        // opening the sentence is the subject.)
        let object = c.first > s0 + 1 && w.plain(c.first) && !w.cap(c.first - 1) && ctx.lex.prepositions.contains_lower(w, c.first - 1);
        let o = ctx.after_dateline(s0);
        let role_then_verb = o + 1 < c.first && ctx.lex.role_at(w, o) && w.plain(o + 1) && !w.cap(o + 1) && !names::suffixed(&ctx.lex.genitive_endings, w.lower(o + 1), 2) && !ctx.lex.prepositions.contains_lower(w, o + 1);
        if object && t == SourceType::Person && role_then_verb && (s0 + 1..c.first + 1).all(|q| !w.gap_has(q, ',')) {
            return None;
        }
        // A person first; a body only when it opens the sentence (not
        // `Liderul grupului PSD`, a genitive).
        // (`Filibuster ends: ‘…’`: one capitalised word opening a headline,
        // nothing showing it a person's name, is just its first word.)
        let bare_opener = c.first == s0 && c.first == c.last && w.para(s0) == 0 && !ctx.person_evidence(c) && !names::given_parts(ctx.lex, w.lower(c.first));
        if ctx.usable(c) && ((at_start && t == SourceType::Person && !bare_opener) || ((apposed || after_lead) && t == SourceType::Person) || (c.first == s0 && t == SourceType::Organization)) {
            return Some(c);
        }
        j = c.last + 1;
    }
    None
}

/// A quote opening its paragraph right after a paragraph that ends in a colon
/// (`Hargrove said on the floor:` / `Alvarez pressed further:`): the speaker
/// is that sentence's cue subject, else the person opening it.
fn colon_intro(ctx: &Context<'_, '_>, hits: &[QuoteHit], prev: Option<&Range<usize>>, span: &Range<usize>, first_in: usize) -> Option<Found> {
    let w = &ctx.w;
    let para = ctx.doc.paragraph_of(span.start);
    if first_in == 0 || first_in >= w.len() || para == 0 || ctx.doc.paragraphs[para].start != span.start {
        return None;
    }
    let last = first_in - 1;
    if w.para(last) + 1 != w.para(first_in) {
        return None;
    }
    let sent = w.sent(last);
    let s0 = w.sentence_start(sent);
    if !w.gap_after(last).trim_start().starts_with(':') {
        return w.gap_after(last).trim_start().starts_with('.').then(|| read_out(ctx, s0, last)).flatten();
    }
    // The colon must end that paragraph.
    if w.gap_after(last).trim_start()[1..].trim_start().starts_with(|c: char| !is_mark(c)) {
        return None;
    }
    if let Some(f) = speaker_before(ctx, hits, prev.filter(|_| false), s0, first_in, sent).or_else(|| read_out(ctx, s0, last)) {
        return Some(f);
    }
    let c = ctx.names.starting(s0)?;
    let (_, t) = ctx.named(c);
    if !ctx.usable(c) || t != SourceType::Person || c.last + 1 > last || !w.plain(c.last + 1) || w.cap(c.last + 1) {
        return None;
    }
    found(ctx, Subject::Named(c), Some(w.text(c.last + 1).to_string()))
}

/// `X read a statement on behalf of the family.` / `“…”`: a paragraph
/// closing on a sentence that reads something out ([statement_intros],
/// words `s0..=last`), with a full stop or a colon, hands the quote opening
/// the next to that sentence's subject.
fn read_out(ctx: &Context<'_, '_>, s0: usize, last: usize) -> Option<Found> {
    let w = &ctx.w;
    let (k, n) = (s0..last).find_map(|k| ctx.lex.statement_intros.at(w, k).map(|(n, _)| (k, n)))?;
    let s = ctx.subject_before(&crate::context::Cue { first: k, len: n })?;
    found(ctx, s, Some(w.text(k).to_string()))
}

/// A quote's attribution to the subject `s` with the cue written: one call
/// where each caller built it inline.
#[inline(never)]
fn found(ctx: &Context<'_, '_>, s: Subject, cue: Option<String>) -> Option<Found> {
    Some(Found { speaker: speaker_ref(ctx, s), cue })
}

fn speaker_ref(ctx: &Context<'_, '_>, s: Subject) -> Option<SpeakerRef> {
    // (`Transport Secretary insists …` in a headline or standfirst: an
    // office alone names the person the body gives it.)
    if let Subject::Named(c) = s {
        if ctx.w.para(c.first) <= 1 && (names::is_title_phrase(&ctx.w, ctx.lex, c) || names::strip_titles(&ctx.w, ctx.lex, c).is_none()) && ctx.lex.role_at(&ctx.w, c.last) {
            let k = ctx.resolve_role_ahead(c.last)?;
            return Some(SpeakerRef { name: k.name.clone(), mention: None, source_type: k.source_type });
        }
    }
    // (`the Department of Environment, Tourism, Science and Innovation
    // (DETSI) said`: the list's last name is the whole body's.)
    if let Subject::Named(c) = s {
        if let Some(first) = crate::sources::portfolio_start(ctx, c) {
            let whole = Chunk { first, last: c.last };
            return Some(SpeakerRef { name: names::text(&ctx.w, whole).to_string(), mention: Some(ctx.w.list[first].start..ctx.w.list[c.last].end), source_type: SourceType::Organization });
        }
    }
    let (mut name, source_type) = ctx.resolve(s)?;
    // (`Teatrul Național „Ion Pop”`: the body's name goes on in marks, its
    // mention with it.)
    let mut tail = None;
    if let Subject::Named(c) = s {
        if let Some((_, b)) = names::quoted_tail(&ctx.w, ctx.lex, c.last).filter(|_| name == names::text(&ctx.w, c)) {
            name = ctx.doc.text[ctx.w.list[c.first].start..b].to_string();
            tail = Some(b);
        }
    }
    let mention = match s {
        Subject::Named(c) => {
            let (c, _) = ctx.named(c);
            Some(ctx.w.list[c.first].start..tail.unwrap_or(ctx.w.list[c.last].end))
        }
        // `Rep. X, who chairs the panel, was unmoved. “…,” the chairman said`:
        // the name written in the paragraph carries the attribution.
        _ => ctx.antecedent_span(s),
    };
    Some(SpeakerRef { name, mention, source_type })
}

/// Drops pairs that are not someone's words: titles of works and schemes,
/// scare quotes after `so-called`, empty marks.
fn is_quote(ctx: &Context<'_, '_>, span: &Range<usize>) -> bool {
    let w = &ctx.w;
    let text = ctx.doc.text;
    let first = w.at(span.start);
    let after = w.at(span.end);
    let content = &text[span.clone()];
    if !content.chars().any(crate::scan::is_letter) {
        return false;
    }
    let n_words = word_count(w, first, after);
    // rock 'n' roll (but `“No,” said X` is spoken)
    let punct_inside = names::ends_any(trim_marks(content), &[',', '.', '!', '?']);
    if n_words == 1 && names::n_chars(w.text(first)) <= 2 && !punct_inside {
        return false;
    }
    // Word before the opening mark, joined across hyphens (so-called).
    if first > 0 && w.para(first - 1) == ctx.doc.paragraph_of(span.start) {
        let b = first - 1;
        let between = &text[w.list[b].end..span.start];
        if between.chars().all(char::is_whitespace) {
            let mut word = w.lower(b).to_string();
            if b > 0 && w.raw_gap_is(b, "-") {
                word = format!("{}-{}", w.lower(b - 1), word);
            }
            // Two-word entries too: `known as`, `cunoscut drept`; and past an
            // article: `known as the “Clean Grid Act”`.
            let scare = |b: usize, word: &str| {
                let pair = (b > 0 && w.plain(b)).then(|| format!("{} {}", w.lower(b - 1), w.lower(b)));
                ctx.lex.scare_before.contains(word) || pair.is_some_and(|p| ctx.lex.scare_before.contains(&p))
            };
            // `the minister’s ‘budget for the battlers’`: a possessive before
            // a short phrase names what it labels as theirs, a label, not their
            // words (`Russia’s “reasonable security concerns should be taken
            // seriously”` is a clause: words).
            let possessive = n_words <= 4 && b > 0 && w.lower(b) == "s" && matches!(w.gap(b), "’" | "'") && !names::has_any(trim_marks(content), &['!', '?', ',', ':', ';', '.']);
            if possessive {
                return false;
            }
            // `what the White House calls "fair trade"`: a standing label.
            let article = ctx.lex.definite.contains(&word) || ctx.lex.indefinite.contains(&word);
            // (past an article: `what officials call the ‘sugar hit’ problem`)
            let term_at = if article && b > 0 && w.plain(b) { b - 1 } else { b };
            if ctx.lex.term_verbs.contains_lower(w, term_at) && n_words <= 4 {
                return false;
            }
            // `a numit proiectul „un exercițiu de imagine”` / `called the
            // plan “a gift”`: the noun is the object a speaker labels; the
            // words in marks are theirs.
            let labelled = |n: usize| n > 0 && (n.saturating_sub(3)..n).any(|q| ctx.cue_starting(q).is_some_and(|c| c.first + c.len == n && w.plain(n)));
            let noun_at = if scare(b, &word) { Some(b) } else if article && b > 0 && w.plain(b) && scare(b - 1, w.lower(b - 1)) { Some(b - 1) } else { None };
            // (Nor a clause in lowercase, `its programme "so that the next
            // Khanyi doesn't have to choose …"`: words, not a title.)
            let clause = n_words >= 6 && !w.cap(first);
            if !clause && noun_at.is_some_and(|n| !labelled(n) && !(n > 0 && ctx.lex.definite.contains_lower(w, n - 1) && labelled(n - 1))) {
                return false;
            }
        }
    }
    // Punctuation inside the marks (`“Fine,” she said`) marks words spoken;
    // names of works and schemes rarely carry it (`known as "X,"` is caught
    // by the words before).
    let inner = trim_marks(content);
    // An abbreviation's dot (`„Sf. Parascheva”`) is not a sentence's.
    // (Counting loops, not filtered counts: less wasm.)
    let mut abbrev_dots = 0;
    let mut capitals = 0;
    for k in first..after {
        abbrev_dots += usize::from(w.gap_after(k).starts_with('.') && ctx.lex.abbreviations.contains_lower(w, k));
        capitals += usize::from(w.cap(k));
    }
    let sentence_like = names::has_any(inner, &['!', '?', ',', ':', ';']) || inner.matches('.').count() > abbrev_dots;
    // A law or body in title case, even with a comma inside: `"Clean Grid Act,"`.
    let titled_words = |k: usize| {
        let x = &w.list[k];
        x.cap || x.digit || (k != first && (ctx.lex.connectors.contains_lower(w, k) || ctx.lex.particles.contains_lower(w, k) || w.lower(k).len() <= 3))
    };
    if (2..=6).contains(&n_words) && after > first && (first..after).all(titled_words) {
        let last = w.text(after - 1);
        if ctx.lex.document_words.contains(last) || ctx.lex.org_words.contains(last) {
            return false;
        }
    }
    // A title in title case whose only punctuation is the comma or stop the
    // house style moves inside the marks (`a scene from "Salt Flats."`, `1.
    // "Paper Moons: Eclipse," $31.5 million`): a name, unless a reporting
    // verb follows in the same clause (`“Happy New Year,” she said`, `“The
    // House,” Speaker Tom Brandt said`).
    let closing_only = !names::has_any(names::trim_end_any(inner, &['.', ',']), &['!', '?', ',', ';', '.']);
    // (A plain loop, not a take_while: less wasm.)
    let cue_ahead = || {
        for k in after..(after + 6).min(w.len()) {
            if k > after && !w.plain(k) {
                break;
            }
            if ctx.cue_starting(k).is_some() {
                return true;
            }
        }
        false
    };
    // (A title capitalises at least two of its words: `“Absolutely not.”`,
    // `„Nu am de ce.”` are short sentences.)
    if sentence_like && closing_only && (2..=6).contains(&n_words) && capitals >= 2 && (first..after).all(titled_words) && !cue_ahead() {
        return false;
    }
    // A short name in title case: “Running on Empty”, „Scutul”, „Ultimul
    // bac”. (Not with one capital and two short words that link nothing:
    // `„Asta nu mai e”` is speech.)
    let mut loose = 0;
    for k in first + 1..after {
        let x = &w.list[k];
        loose += usize::from(!x.cap && !x.digit && !ctx.lex.connectors.contains_lower(w, k) && !ctx.lex.particles.contains_lower(w, k));
    }
    if !sentence_like && n_words <= 6 {
        if (first..after).all(titled_words) && (capitals >= 2 || loose < 2) {
            return false;
        }
        // its “Fairer Streets” traffic scheme
        if n_words <= 5 {
            for k in after..(after + 2).min(w.len()) {
                if !w.plain(k) && k != after {
                    break;
                }
                if k == after && !text[span.end..w.list[k].start].chars().all(crate::scan::is_space) {
                    break;
                }
                // `“…,” the report says` is an attribution, not a name.
                if k == after && matches!(w.lower(k), "the" | "a" | "an") {
                    break;
                }
                if ctx.lex.scare_after.contains_lower(w, k) {
                    return false;
                }
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        let paras = crate::scan::split_paragraphs(text);
        pair(text, &paras).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn pairs_styles_and_skips_apostrophes() {
        assert_eq!(quotes("“China’s plan,” he said. „Bine”, a spus."), ["“China’s plan,”", "„Bine”"]);
        assert_eq!(quotes("He is 5' 11\" tall and said \"yes, fine\"."), ["\"yes, fine\""]);
        assert_eq!(quotes("«Oui» et »Ja« and 「はい」"), ["«Oui»", "»Ja«", "「はい」"]);
    }

    #[test]
    fn multi_paragraph_and_unbalanced() {
        let t = "“One.\n“Two.”\nThen “three\nNo close here.";
        assert_eq!(quotes(t), ["“One.\n“Two.”", "“three"]);
        let t = "“Open\ncontinued here” he said.";
        assert_eq!(quotes(t), ["“Open\ncontinued here”"]);
        let t = "„Unu.\nDoi, fără semne.\nTrei”, a spus.";
        assert_eq!(quotes(t), ["„Unu.\nDoi, fără semne.\nTrei”"]);
    }
}



/// The body whose voice (`purtătorul de cuvânt al X`) word `from` opens,
/// named as an organisation or outlet of two words or an acronym that
/// closes the sentence: no one named after it (`…, Ana Pop`) speaks instead.
fn voice_body(ctx: &Context<'_, '_>, quote_first: usize, from: usize, end: usize) -> Option<Chunk> {
    let w = &ctx.w;
    let mut q = from + 1;
    while q < end.min(from + 4) && w.plain(q) && !w.cap(q) && !(ctx.lex.by_words.at(w, q).is_some() && q + 1 < end && w.cap(q + 1)) {
        q += 1;
    }
    // (`un purtător de cuvânt al companiei.`: the body by its kind noun,
    // closing the sentence, is the last body of that kind named.)
    let last = q.min(end.saturating_sub(1));
    let closes_at = |k: usize| w.list.get(k + 1).is_none_or(|x| x.sent != w.sent(k));
    if last > from + 1 && w.plain(last) && !w.cap(last) && closes_at(last) && ctx.lex.by_words.at(w, last - 1).is_some_and(|(m, _)| m == 1) {
        let x = w.lower(last);
        let generic = ctx.lex.company_nouns.contains(x) || ctx.lex.org_descriptors.contains(x);
        if generic || ctx.lex.body_heads(x).is_some() {
            return body_of_noun_before(ctx, quote_first, x, generic);
        }
    }
    let (m, _) = (q < end && w.plain(q) && !w.cap(q)).then(|| ctx.lex.by_words.at(w, q)).flatten()?;
    let c = ctx.names.starting(q + m).filter(|&c| q + m < end && w.plain(q + m) && c.last < end)?;
    let closes = w.list.get(c.last + 1).is_none_or(|x| x.sent != w.sent(c.last));
    (closes && ctx.usable(c) && matches!(ctx.named(c).1, SourceType::Organization | SourceType::Outlet)).then_some(c)
}

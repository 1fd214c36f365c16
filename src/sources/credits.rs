//! Picture credits closing a caption line after its sentence, in the house styles that put them there.
//!
//! `… on Monday. —NAME SURNAME`, `… the meeting. NAME / PAPER`,
//! `… a briefing. Name Surname/Photographer`, `… on Sunday. — Photo by
//! Name/Agency`, `… a flyover. (Paper Photo by Name)`, `… on Monday. [Name,
//! Paper]`, `… on Nov. 18. [ NAME | Paper ]`. Credits that open a line, or a
//! bracket naming a listed agency, are [`super::patterns`]' and
//! [`super::closing_credit`]'s; this one reads what they leave.

use super::{cap_at, in_list, photo_credit, plain, Found, Marks, W};
use crate::context::Context;

/// Most words a caption's closing credit holds (cue, names, marks' words).
const MOST_WORDS: usize = 10;
/// Most words of one name in a credit (`Mark Alvin de la Cruz`).
const MOST_NAME_WORDS: usize = 4;

/// How the credit is set off from the caption's sentence before it.
#[derive(Clone, Copy, PartialEq)]
enum Opener {
    /// `(…)`, `[…]`: must close the line.
    Bracket,
    /// `—NAME`, `– Photo by …`.
    Dash,
    /// Only the full stop: the credit needs a slash or a bar inside
    /// (`NAME / PAPER`); a bare name after a sentence is the next sentence.
    Stop,
}

/// The picture credits closing paragraph `para`'s caption, if it ends in one
/// no other pattern read (`taken` holds the attributions found so far).
pub(super) fn caption_tail(ctx: &Context<'_, '_>, para: usize, taken: &[Found]) -> Vec<Found> {
    let w = &ctx.w;
    let lex = ctx.lex;
    let p = ctx.doc.paragraphs[para].clone();
    let (a, end) = (w.at(p.start), w.at(p.end));
    // (A headline is no caption; a credit needs a sentence before it.)
    if para == 0 || end < a + 4 || end > a + 80 || w.para(end - 1) != para {
        return Vec::new();
    }
    let e = end - 1;
    // Nothing but a closing bracket after the last word: a credit ends
    // the line bare (a sentence would end with its full stop).
    let after = w.gap_after(e).lines().next().unwrap_or("").trim();
    // A cue's lowercase word (`by` of `Photo by`) or a joiner (`for`, `via`).
    let cue_word = |k: usize| k > 0 && lex.credit_cues.at(w, k - 1).is_some_and(|(m, _)| m == 2);
    let joiner = |k: usize| in_list(ctx, W::CreditJoiners, k);
    // (`RICHARD A. REYES`: an initial's full stop ends no sentence.)
    let initial = |k: usize| k > 0 && w.text(k - 1).chars().count() == 1 && w.gap(k).trim() == ".";
    // A listed paper or agency closing the line, lowercase words and all
    // (`Name/The Globe and Mail`): one part.
    let listed_at = |f: usize| lex.photo_agencies.at_fold(w, f).or_else(|| lex.outlets.at_fold(w, f)).map(|(m, _)| f + m - 1);
    let tail = (e.saturating_sub(5)..e).find(|&f| cap_at(ctx, f) && listed_at(f) == Some(e)).unwrap_or(e);
    let mut k = e;
    let opener = loop {
        if k <= tail && !cap_at(ctx, k) && !w.digit(k) && !cue_word(k) && !joiner(k) {
            return Vec::new();
        }
        let g = w.gap(k);
        let stop = g.holds(&['.', '!', '?']) && !initial(k);
        if g.holds(&['(', '[']) {
            break Opener::Bracket;
        }
        // (`… on Nov. 20. | Name for PAPER`: a bar after the stop sets the credit off.)
        if g.holds(&['—', '–', '|']) && stop {
            break Opener::Dash;
        }
        if stop {
            break Opener::Stop;
        }
        if k <= a + 3 || k + MOST_WORDS <= e {
            return Vec::new();
        }
        k -= 1;
    };
    let closed = matches!(after, ")" | "]" | ").");
    if (opener == Opener::Bracket) != closed || !after.is_empty() && !closed || k <= a + 2 {
        return Vec::new();
    }
    // The sentence before the credit must end there (`… Monday. (`, `… 18. [`).
    if opener == Opener::Bracket && !w.gap(k).holds(&['.', '!', '?']) {
        return Vec::new();
    }
    let start = w.list[k].start;
    if taken.iter().any(|f| f.span.end > start && f.span.start < p.end) {
        return Vec::new();
    }
    // Past a credit cue, and a paper's name before it (`Express Photo by`):
    // the paper's own word is a label of the credit, not a second one.
    let mut s = k;
    if let Some(c) = (k..e.min(k + 3) + 1).find(|&c| lex.credit_cues.at(w, c).is_some()) {
        if (k..c).all(|q| cap_at(ctx, q) && (q == k || plain(ctx, q))) {
            s = c + lex.credit_cues.at(w, c).map_or(0, |(m, _)| m);
        }
    }
    // The names, split at slashes, bars, commas and joiner words.
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut q = s;
    while q <= e {
        if joiner(q) {
            q += 1;
            continue;
        }
        let first = q;
        if first == tail && tail < e {
            parts.push((first, e));
            break;
        }
        // (`Ouellet-Grant`: a hyphen inside a surname.)
        while q < e && (plain(ctx, q + 1) || initial(q + 1) || w.gap(q + 1) == "-") && !joiner(q + 1) {
            q += 1;
        }
        // (`Photographer`, `File`: a picture word alone names no one.)
        let filler = first == q && in_list(ctx, W::CreditWords, first);
        if !(first..q + 1).all(|r| cap_at(ctx, r)) || q + 1 > first + MOST_NAME_WORDS {
            return Vec::new();
        }
        if !filler {
            parts.push((first, q));
        }
        q += 1;
    }
    let listed = |(f, l): (usize, usize)| listed_at(f) == Some(l);
    let named = |(f, l): (usize, usize)| l > f && !listed((f, l));
    // (`… a nursing home. Name Surname for ProPublica`: a person's name
    // joined to a listed paper closing the line is no sentence but a credit.)
    let for_paper = parts.len() == 2 && named(parts[0]) && listed(parts[1]) && parts[1].0 == parts[0].1 + 2 && joiner(parts[0].1 + 1);
    let split = for_paper || (s + 1..e + 1).any(|q| w.gap(q).holds(&['/', '|']));
    let good = match parts.as_slice() {
        // A lone name after a dash, in brackets or before a picture word
        // (`Name/Photographer`): a photographer (a listed wire alone there
        // is the story's, see `dash_tagline`).
        [one] => named(*one) && (opener != Opener::Stop || split),
        [..] => parts.iter().any(|&t| named(t) || listed(t)) && (opener != Opener::Stop || split),
    };
    if !good || parts.len() > 3 {
        return Vec::new();
    }
    parts.into_iter().map(|(f, l)| photo_credit(ctx, f, l)).collect()
}

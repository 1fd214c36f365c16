//! Words: a per-document view of the word tokens with what separates them, their sentence and paragraph, shared by the attribution engines.

use crate::scan::{Document, TokenKind};

/// One word (a letter run or a digit run) of the document.
#[derive(Clone, Debug)]
pub struct Word {
    /// Byte start.
    pub start: usize,
    /// Byte end (exclusive).
    pub end: usize,
    /// Byte range of the lowercased text in [`Words::lowered`].
    lower_start: u32,
    lower_end: u32,
    /// [`crate::hash::word_hash`] of the text, computed once.
    pub hash: u64,
    /// Starts with an uppercase letter: a candidate part of a name.
    pub cap: bool,
    /// A run of digits.
    pub digit: bool,
    /// Byte start of the gap before this word (the previous word's end).
    pub gap_start: usize,
    /// Index of the sentence holding the word.
    pub sent: usize,
    /// Index of the paragraph holding the word.
    pub para: usize,
}

/// The words of a document, with sentence boundaries in word indices.
pub struct Words<'a> {
    /// The document's text.
    pub text: &'a str,
    /// Every word, in order.
    pub list: Vec<Word>,
    /// For each sentence, the index of its first word (sentences may hold none).
    pub sent_first: Vec<usize>,
    /// Every word lowercased, back to back: one buffer instead of a string per word.
    lowered: String,
}

impl<'a> Words<'a> {
    /// Builds the view in one pass over the tokens.
    pub fn new(doc: &Document<'a>) -> Words<'a> {
        let text = doc.text;
        let mut list = Vec::with_capacity(doc.tokens.len() / 2 + 1);
        let (mut sent, mut para) = (0usize, 0usize);
        let mut prev_end = 0;
        let mut lowered = String::with_capacity(text.len() / 2);
        for t in &doc.tokens {
            if !matches!(t.kind, TokenKind::Word | TokenKind::Digits) {
                continue;
            }
            while sent < doc.sentences.len() && doc.sentences[sent].end <= t.start {
                sent += 1;
            }
            while para < doc.paragraphs.len() && doc.paragraphs[para].end <= t.start {
                para += 1;
            }
            let s = &text[t.start..t.end];
            let lower_start = lowered.len() as u32;
            let hash = if s.is_ascii() {
                // Lowercase and hash in one pass (as `word_hash` does for ASCII).
                let mut h = crate::hash::FxHasher::default();
                for b in s.bytes().map(|b| b.to_ascii_lowercase()) {
                    std::hash::Hasher::write_u8(&mut h, b);
                    lowered.push(char::from(b));
                }
                std::hash::Hasher::finish(&h)
            } else {
                lowered.extend(s.chars().map(crate::case::lower_char));
                crate::hash::word_hash(s)
            };
            list.push(Word {
                start: t.start,
                end: t.end,
                lower_start,
                lower_end: lowered.len() as u32,
                hash,
                // (`potrivit agerpres.ro`: a web address written in
                // lowercase names a site as a capital would; not an
                // e-mail's domain, `presa@pna.ro`.)
                cap: s.chars().next().is_some_and(crate::case::is_upper) || (site(&text[t.end..]) && !text[..t.start].ends_with(['@', '.'])),
                digit: t.kind == TokenKind::Digits,
                gap_start: prev_end,
                sent,
                para,
            });
            prev_end = t.end;
        }
        let mut sent_first = vec![usize::MAX; doc.sentences.len() + 1];
        for (i, w) in list.iter().enumerate().rev() {
            if w.sent < sent_first.len() {
                sent_first[w.sent] = i;
            }
        }
        // Sentences without words take the next sentence's first word.
        let mut next = list.len();
        for s in (0..sent_first.len()).rev() {
            if sent_first[s] == usize::MAX {
                sent_first[s] = next;
            } else {
                next = sent_first[s];
            }
        }
        Words { text, list, sent_first, lowered }
    }

    /// Word `i` lowercased.
    pub fn lower(&self, i: usize) -> &str {
        let w = &self.list[i];
        &self.lowered[w.lower_start as usize..w.lower_end as usize]
    }

    /// True when word `i` starts with an uppercase letter. This and the three below are one
    /// call for every such test (~480 sites): less wasm than the
    /// bounds-checked load at each.
    #[inline(never)]
    pub fn cap(&self, i: usize) -> bool {
        self.list[i].cap
    }

    /// True when word `i` is a run of digits.
    #[inline(never)]
    pub fn digit(&self, i: usize) -> bool {
        self.list[i].digit
    }

    /// Sentence of word `i`.
    #[inline(never)]
    pub fn sent(&self, i: usize) -> usize {
        self.list[i].sent
    }

    /// Paragraph of word `i`.
    #[inline(never)]
    pub fn para(&self, i: usize) -> usize {
        self.list[i].para
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// True when the document has no words.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The word's text as written.
    pub fn text(&self, i: usize) -> &'a str {
        &self.text[self.list[i].start..self.list[i].end]
    }

    /// What separates word `i` from the word before it.
    pub fn gap(&self, i: usize) -> &'a str {
        &self.text[self.list[i].gap_start..self.list[i].start]
    }

    /// The gap after word `i` (up to the next word or the end of the text).
    pub fn gap_after(&self, i: usize) -> &'a str {
        let end = self.list.get(i + 1).map_or(self.text.len(), |w| w.start);
        &self.text[self.list[i].end..end]
    }

    /// True when the gap before word `i`, spaces trimmed, is `mark`. This
    /// and the two below are one call for every such test (~120 sites): less
    /// wasm than the gap sliced out at each.
    #[inline(never)]
    pub fn gap_is(&self, i: usize, mark: &str) -> bool {
        self.gap(i).trim() == mark
    }

    /// True when the gap before word `i` is exactly `mark`.
    #[inline(never)]
    pub fn raw_gap_is(&self, i: usize, mark: &str) -> bool {
        self.gap(i) == mark
    }

    /// True when the gap before word `i` holds `mark`.
    #[inline(never)]
    pub fn gap_has(&self, i: usize, mark: char) -> bool {
        self.gap(i).contains(mark)
    }

    /// True when word `i` follows the previous word across plain spaces only,
    /// in the same paragraph.
    pub fn plain(&self, i: usize) -> bool {
        i > 0 && {
            let g = self.gap(i);
            !g.is_empty() && g.chars().all(crate::scan::is_space)
        }
    }

    /// True when word `i` follows the previous one with only spaces and at most
    /// the punctuation in `allowed` between them (no line break).
    pub fn gap_only(&self, i: usize, allowed: &[char]) -> bool {
        i > 0 && self.gap(i).chars().all(|c| crate::scan::is_space(c) || allowed.contains(&c))
    }

    /// First word of sentence `s`.
    // Not inlined: called from dozens of places, where a call is smaller.
    #[inline(never)]
    pub fn sentence_start(&self, s: usize) -> usize {
        self.sent_first.get(s).copied().unwrap_or(self.list.len())
    }

    /// One past the last word of sentence `s`.
    // Not inlined: called from dozens of places, where a call is smaller.
    #[inline(never)]
    pub fn sentence_end(&self, s: usize) -> usize {
        self.sent_first.get(s + 1).copied().unwrap_or(self.list.len())
    }

    /// Index of the first word starting at or after `byte`.
    pub fn at(&self, byte: usize) -> usize {
        self.list.partition_point(|w| w.start < byte)
    }
}

impl crate::hash::FxSet<String> {
    /// True when word `i` of `w`, lowercased, is in the set. One call for
    /// every such look-up (~360 sites): less wasm than slicing the word out
    /// at each.
    #[inline(never)]
    pub fn contains_lower(&self, w: &Words<'_>, i: usize) -> bool {
        self.contains(w.lower(i))
    }

    /// True when word `i` of `w`, as written, is in the set (one call for
    /// every such look-up, as [`Self::contains_lower`]).
    #[inline(never)]
    pub fn contains_text(&self, w: &Words<'_>, i: usize) -> bool {
        self.contains(w.text(i))
    }
}

/// Collapses runs of horizontal space to one space, so data entries written
/// with a single space match text with any spacing.
pub fn norm_gap(g: &str) -> String {
    let mut out = String::with_capacity(g.len());
    let mut space = false;
    for c in g.chars() {
        if crate::scan::is_space(c) {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

/// True when the text after a word is the ending of a web address under a
/// country domain of the press the data covers (`.ro`, `.md`). (Not `.com`,
/// `.org`: in English text a lowercase `gofundme.com` or `example.org` is
/// more often a page named in passing than a source, and taking it for a
/// name cost a held-out set speakers.)
fn site(after: &str) -> bool {
    ["ro", "md"].iter().any(|d| after.strip_prefix('.').and_then(|a| a.strip_prefix(d)).is_some_and(|a| !a.starts_with(|c: char| c.is_alphanumeric())))
}

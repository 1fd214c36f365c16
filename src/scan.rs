//! Text scanning: splits a document into tokens, paragraphs and sentences once, for every engine to share.
//!
//! Offsets are UTF-8 byte offsets into [`Document::text`]. Tokens never split
//! a character. Quote marks, apostrophes and every other punctuation mark are
//! one-character [`TokenKind::Punct`] tokens: deciding what a `’` is belongs
//! to the engines, which see the context.

use crate::lang::{DataFile, Language};
use std::ops::Range;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (any script) and combining marks.
    Word,
    /// A run of ASCII digits (separators are separate tokens).
    Digits,
    /// Spaces and tabs, including no-break and thin spaces; never a newline.
    Space,
    /// One line break (`\n`, `\r\n`, `\r`, U+2028, U+2029).
    Newline,
    /// Any other single character: punctuation, quote marks, symbols, emoji.
    Punct,
}

/// One token: a kind and a byte range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// What the token is.
    pub kind: TokenKind,
    /// Byte range in the document.
    pub start: usize,
    /// Exclusive end.
    pub end: usize,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, doc: &Document<'a>) -> &'a str {
        &doc.text[self.start..self.end]
    }

    /// The token's single character (first character for longer tokens).
    pub fn ch(&self, doc: &Document<'_>) -> char {
        doc.text[self.start..].chars().next().unwrap_or('\0')
    }
}

/// A document, scanned once.
#[derive(Debug)]
pub struct Document<'a> {
    /// The text as given.
    pub text: &'a str,
    /// The language chosen for it.
    pub lang: &'static Language,
    /// Every token, in order, covering the whole text.
    pub tokens: Vec<Token>,
    /// Paragraphs: byte ranges of non-empty lines, trimmed of surrounding
    /// whitespace. Blocks the JS shell joins are separated by line breaks.
    pub paragraphs: Vec<Range<usize>>,
    /// Sentences: byte ranges, each inside one paragraph, trimmed.
    pub sentences: Vec<Range<usize>>,
}

/// True for characters that belong inside words: letters of any script and
/// combining marks (so `s` + U+0326 stays one word).
pub fn is_word_char(c: char) -> bool {
    is_letter(c) || is_combining(c)
}

/// Whether `c` is a letter of the scripts news is written in: Latin (with
/// IPA and the extended blocks), Greek, Cyrillic, Armenian, Hebrew, Arabic,
/// Devanagari, Thai, Georgian, Hangul, kana and CJK ideographs. In code
/// instead of `char::is_alphabetic`, whose table covers every script and
/// weighs on the wasm module; agrees with it on these blocks' letters.
pub fn is_letter(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return c.is_ascii_alphabetic();
    }
    matches!(u,
        0xAA | 0xB5 | 0xBA
        | 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x2C1 | 0x2C6..=0x2D1 | 0x2E0..=0x2E4 | 0x2EC | 0x2EE
        | 0x370..=0x374 | 0x376..=0x377 | 0x37A..=0x37D | 0x37F | 0x386 | 0x388..=0x3FF
        | 0x400..=0x481 | 0x48A..=0x52F
        | 0x531..=0x556 | 0x560..=0x588
        | 0x5D0..=0x5EA | 0x620..=0x64A | 0x671..=0x6D3
        | 0x904..=0x939 | 0x950 | 0x958..=0x961
        | 0xE01..=0xE30 | 0x10D0..=0x10FA
        | 0x1E00..=0x1FBC | 0x3041..=0x3096 | 0x30A1..=0x30FA | 0x4E00..=0x9FFF | 0xAC00..=0xD7A3)
        && !matches!(u, 0x38B | 0x38D | 0x3A2 | 0x3F6 | 0x1F16..=0x1F17 | 0x1F1E..=0x1F1F | 0x1F46..=0x1F47 | 0x1F4E..=0x1F4F | 0x1F58 | 0x1F5A | 0x1F5C | 0x1F5E | 0x1F7E..=0x1F7F | 0x1FB5)
}

/// Combining marks of the common blocks (the std library has no category API).
pub fn is_combining(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F
        | 0x0591..=0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0900..=0x0903 | 0x093A..=0x094F)
}

/// True for horizontal space, including no-break and narrow spaces.
pub fn is_space(c: char) -> bool {
    c != '\n' && c != '\r' && c != '\u{2028}' && c != '\u{2029}' && (c.is_whitespace() || c == '\u{feff}')
}

fn is_newline(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// The token kind of each ASCII byte.
const ASCII_KIND: [TokenKind; 128] = {
    let mut table = [TokenKind::Punct; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => TokenKind::Word,
            b'0'..=b'9' => TokenKind::Digits,
            b' ' | b'\t' | 0x0B | 0x0C => TokenKind::Space,
            b'\n' | b'\r' => TokenKind::Newline,
            _ => TokenKind::Punct,
        };
        b += 1;
    }
    table
};

/// The kind of the character at byte `i` and its length in bytes.
#[inline(always)]
fn kind_at(text: &str, i: usize) -> (TokenKind, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return (ASCII_KIND[b as usize], 1);
    }
    let c = text[i..].chars().next().unwrap_or('\0');
    let kind = if is_word_char(c) {
        TokenKind::Word
    } else if is_space(c) {
        TokenKind::Space
    } else if is_newline(c) {
        TokenKind::Newline
    } else {
        TokenKind::Punct
    };
    (kind, c.len_utf8())
}

/// Splits `text` into tokens. Linear; each byte is looked at once, through a
/// table for ASCII (most of any news text, even Romanian).
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let (kind, len) = kind_at(text, i);
        i += len;
        match kind {
            TokenKind::Punct => {}
            TokenKind::Newline => {
                if bytes[start] == b'\r' && bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            _ => {
                while i < bytes.len() {
                    let b = bytes[i];
                    if b < 0x80 {
                        if ASCII_KIND[b as usize] != kind {
                            break;
                        }
                        i += 1;
                    } else {
                        let (next, len) = kind_at(text, i);
                        if next != kind {
                            break;
                        }
                        i += len;
                    }
                }
            }
        }
        tokens.push(Token { kind, start, end: i });
    }
    tokens
}

impl<'a> Document<'a> {
    /// Scans `text` as `lang`.
    pub fn new(text: &'a str, lang: &'static Language) -> Document<'a> {
        let tokens = tokenize(text);
        let paragraphs = split_paragraphs(text);
        let abbreviations: Vec<&str> = lang.keyed(const { crate::lang::key(DataFile::Common, "abbreviations") }).collect();
        // A loop rather than `flat_map(..).collect()`: its iterator was
        // ~1.3 KB of wasm.
        let mut sentences = Vec::new();
        for p in &paragraphs {
            sentences.append(&mut split_sentences(text, p.clone(), &abbreviations));
        }
        Document { text, lang, tokens, paragraphs, sentences }
    }

    /// The text of a byte range.
    pub fn slice(&self, range: Range<usize>) -> &'a str {
        &self.text[range]
    }

    /// Index of the first token starting at or after `byte`.
    pub fn token_at(&self, byte: usize) -> usize {
        self.tokens.partition_point(|t| t.start < byte)
    }

    /// Index of the paragraph containing `byte`, or the one after it.
    pub fn paragraph_of(&self, byte: usize) -> usize {
        self.paragraphs.partition_point(|p| p.end <= byte)
    }

    /// Index of the sentence containing `byte`, or the one after it.
    pub fn sentence_of(&self, byte: usize) -> usize {
        self.sentences.partition_point(|s| s.end <= byte)
    }
}

/// Non-empty lines, trimmed.
pub fn split_paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut push = |start: usize, end: usize| {
        let line = &text[start..end];
        let lead = line.len() - line.trim_start().len();
        let trail = line.len() - line.trim_end().len();
        if lead + trail < line.len() {
            out.push(start + lead..end - trail);
        }
    };
    // Bytewise: line breaks are ASCII or U+2028/U+2029 (E2 80 A8/A9), and a
    // UTF-8 lead or continuation byte never equals an ASCII one.
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let len = match bytes[i] {
            b'\n' | b'\r' => 1,
            0xE2 if bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) => 3,
            _ => {
                i += 1;
                continue;
            }
        };
        push(line_start, i);
        i += len;
        line_start = i;
    }
    push(line_start, text.len());
    out
}

/// Sentences inside one paragraph. A sentence ends after `.`, `!`, `?` or `…`
/// (and any closing quotes or brackets right after) when a space follows and
/// the next word does not start in lowercase, unless the word before the dot
/// is a known abbreviation or a single capital (an initial).
pub fn split_sentences(text: &str, para: Range<usize>, abbreviations: &[&str]) -> Vec<Range<usize>> {
    let p = &text[para.clone()];
    // Walks byte positions (always on character boundaries) instead of
    // collecting the paragraph's characters: a one-paragraph 4 MB page would
    // otherwise allocate 64 MB here.
    let at = |i: usize| p[i..].chars().next();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some(c) = at(i) {
        let pos = i;
        if matches!(c, '.' | '!' | '?' | '…') {
            let mut j = i + c.len_utf8();
            while let Some(d) = at(j).filter(|d| matches!(d, '.' | '!' | '?' | '…')) {
                j += d.len_utf8();
            }
            while let Some(d) = at(j).filter(|d| matches!(d, '"' | '\'' | '”' | '’' | '»' | '«' | '“' | ')' | ']' | '」')) {
                j += d.len_utf8();
            }
            if at(j).is_some_and(is_space) {
                let mut k = j;
                while let Some(d) = at(k).filter(|&d| is_space(d)) {
                    k += d.len_utf8();
                }
                let next = at(k).unwrap_or(' ');
                let word_before = p[start..pos].rsplit(|ch: char| !is_word_char(ch)).next().unwrap_or("");
                // An acronym in capitals (`DNA.`, `NO.`) ends a sentence even
                // where its letters spell an abbreviation (`dna`, `No`): news
                // writes abbreviations with lowercase letters after the first.
                let acronym = word_before.chars().nth(1).is_some() && word_before.chars().all(crate::case::is_upper);
                // (`Which? Travel`: a name listed with its question mark.)
                let is_abbrev = (c == '.'
                    && ((!acronym && abbreviations.iter().any(|a| a.eq_ignore_ascii_case(word_before)))
                        || (word_before.chars().count() == 1 && word_before.chars().all(crate::case::is_upper))))
                    || (c == '?' && j == pos + 1 && abbreviations.iter().any(|a| a.strip_suffix('?') == Some(word_before)));
                if !crate::case::is_lower(next) && !is_abbrev {
                    if !p[start..j].trim().is_empty() {
                        out.push(trimmed(p, start, j, para.start));
                    }
                    start = k;
                    i = k;
                    continue;
                }
            }
            i = j;
            continue;
        }
        i += c.len_utf8();
    }
    if !p[start..].trim().is_empty() {
        out.push(trimmed(p, start, p.len(), para.start));
    }
    out
}

fn trimmed(p: &str, start: usize, end: usize, base: usize) -> Range<usize> {
    let s = &p[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    base + start + lead..base + end - trail
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::LANGUAGES;

    #[test]
    fn letters_agree_with_the_standard_library_on_the_blocks_covered() {
        let blocks = [0x0..0x250u32, 0x370..0x530, 0x1E00..0x1FBD, 0x3041..0x3097, 0x4E00..0x4E80, 0xAC00..0xAC80];
        let wrong: Vec<String> = blocks
            .into_iter()
            .flatten()
            .filter_map(char::from_u32)
            .filter(|&c| is_letter(c) != c.is_alphabetic())
            .map(|c| format!("U+{:04X}", c as u32))
            .collect();
        assert!(wrong.is_empty(), "{}", wrong.join(" "));
    }

    #[test]
    fn tokens_cover_the_text() {
        let text = "Ana’s 1,5 mld.\r\n„Bine” 😀 s\u{326}i";
        let toks = tokenize(text);
        assert_eq!(toks.first().unwrap().start, 0);
        assert_eq!(toks.last().unwrap().end, text.len());
        for w in toks.windows(2) {
            assert_eq!(w[0].end, w[1].start);
        }
        let words: Vec<&str> =
            toks.iter().filter(|t| t.kind == TokenKind::Word).map(|t| &text[t.start..t.end]).collect();
        assert_eq!(words, ["Ana", "s", "mld", "Bine", "s\u{326}i"]);
    }

    #[test]
    fn sentences_respect_abbreviations_and_initials() {
        let text = "Mr. J. Smith said so. Then he left! “Fine.” She agreed.";
        let doc = Document::new(text, &LANGUAGES[0]);
        let got: Vec<&str> = doc.sentences.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(got, ["Mr. J. Smith said so.", "Then he left!", "“Fine.”", "She agreed."]);
    }

    #[test]
    fn an_acronym_in_capitals_ends_a_sentence_even_when_it_spells_an_abbreviation() {
        let ro = LANGUAGES.iter().find(|l| l.code == "ro").unwrap();
        let text = "Dosarul a fost trimis de DNA. Judecătorii au decis. Dna. Pop a plecat.";
        let doc = Document::new(text, ro);
        let got: Vec<&str> = doc.sentences.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(got, ["Dosarul a fost trimis de DNA.", "Judecătorii au decis.", "Dna. Pop a plecat."]);
    }

    #[test]
    fn paragraphs_are_trimmed_lines() {
        let text = "  One.\n\n\tTwo. \nThree";
        let got: Vec<&str> = split_paragraphs(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, ["One.", "Two.", "Three"]);
    }
}

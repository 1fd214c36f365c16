//! Language data: per-language word lists read from plain data files, the registry of languages, and language detection.
//!
//! Each language is a folder `src/lang/<code>/` holding four files, each made
//! of `[section]` headers and one entry per line (`#` starts a comment):
//!
//! * `common.txt`  — detection words, abbreviations, month names, titles…
//! * `quotes.txt`  — cue verbs and phrases, pronouns, roles…
//! * `numbers.txt` — number words, scale words, currencies, units, approximators…
//! * `sources.txt` — outlets, agencies, organisation patterns, attribution cues…
//!
//! Each engine reads the sections it needs with [`Language::section`] and
//! builds its own matcher once per language. Adding a language means adding a
//! folder and one line to [`LANGUAGES`]; no engine changes.

use crate::model::Options;
use std::sync::OnceLock;

mod lines;
use lines::data_line;

/// One language's raw data.
#[derive(Debug)]
pub struct Language {
    /// ISO 639-1 code (`en`, `ro`).
    pub code: &'static str,
    /// Index into [`LANGUAGES`]; engines key their compiled lexicons by it.
    pub index: usize,
    files: [&'static str; 4],
}

const COMMON: usize = 0;
const QUOTES: usize = 1;
const NUMBERS: usize = 2;
const SOURCES: usize = 3;

/// Which data file a section lives in.
#[derive(Clone, Copy, Debug)]
pub enum DataFile {
    /// `common.txt`
    Common,
    /// `quotes.txt`
    Quotes,
    /// `numbers.txt`
    Numbers,
    /// `sources.txt`
    Sources,
}

macro_rules! language {
    ($code:literal, $index:expr) => {
        Language {
            code: $code,
            index: $index,
            files: [
                // build.rs copies the files without comments and blank lines,
                // which are a quarter of the shipped (gzipped) data.
                include_str!(concat!(env!("OUT_DIR"), "/lang/", $code, "/common.txt")),
                include_str!(concat!(env!("OUT_DIR"), "/lang/", $code, "/quotes.txt")),
                include_str!(concat!(env!("OUT_DIR"), "/lang/", $code, "/numbers.txt")),
                include_str!(concat!(env!("OUT_DIR"), "/lang/", $code, "/sources.txt")),
            ],
        }
    };
}

/// Every language sourcelight knows. The first is the fallback.
pub static LANGUAGES: [Language; LANGUAGE_COUNT] = [language!("en", 0), language!("ro", 1)];

/// How many languages [`LANGUAGES`] holds.
pub const LANGUAGE_COUNT: usize = 2;

impl Language {
    /// The entries of `[name]` in one data file: trimmed, comments and blank
    /// lines dropped, in file order. A missing section is empty. Each file is
    /// split into sections once per process, however many sections engines ask for.
    pub fn section<'n>(&self, file: DataFile, name: &'n str) -> impl Iterator<Item = &'static str> + 'n {
        let file = match file {
            DataFile::Common => COMMON,
            DataFile::Quotes => QUOTES,
            DataFile::Numbers => NUMBERS,
            DataFile::Sources => SOURCES,
        };
        static INDEX: [[OnceLock<Sections>; 4]; LANGUAGE_COUNT] =
            [const { [const { OnceLock::new() }; 4] }; LANGUAGE_COUNT];
        let sections = INDEX[self.index][file].get_or_init(|| split_sections(self.files[file]));
        sections.iter().filter(move |(header, _)| *header == name).flat_map(|(_, lines)| lines.iter().copied())
    }

    /// Looks a language up by code (`"ro"`, `"ro-RO"`, `"EN_gb"`).
    pub fn by_code(code: &str) -> Option<&'static Language> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        LANGUAGES.iter().find(|l| l.code == primary)
    }
}

/// A data file split into `(section name, entries)`, in file order.
type Sections = Vec<(&'static str, Vec<&'static str>)>;

/// Splits a data file into its sections.
fn split_sections(text: &'static str) -> Sections {
    let mut sections: Sections = Vec::new();
    for line in text.lines().filter_map(data_line) {
        if let Some(header) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            sections.push((header.trim(), Vec::new()));
        } else if let Some((_, entries)) = sections.last_mut() {
            entries.push(line);
        }
    }
    sections
}

/// Picks the language to analyse `text` as: a forced `lang` first, then the
/// page's `lang` attribute, then detection.
pub fn choose(text: &str, options: &Options) -> &'static Language {
    let forced = options.lang.as_deref().map(str::trim).filter(|l| !l.is_empty() && *l != "auto");
    if let Some(lang) = forced.and_then(Language::by_code) {
        return lang;
    }
    if let Some(lang) = options.page_lang.as_deref().and_then(Language::by_code) {
        return lang;
    }
    detect(text)
}

/// Detects the language by counting each language's `[detect]` words
/// (frequent function words) and diacritics in the first 64 KiB of text.
pub fn detect(text: &str) -> &'static Language {
    let mut end = text.len().min(64 * 1024);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text[..end];
    let mut best = (&LANGUAGES[0], 0usize);
    for lang in LANGUAGES.iter() {
        let words: Vec<&str> = lang.section(DataFile::Common, "detect").collect();
        let letters: Vec<char> =
            lang.section(DataFile::Common, "detect_letters").flat_map(|l| l.chars()).collect();
        let mut score = 0;
        for word in sample.split(|c: char| !c.is_alphabetic()) {
            if word.is_empty() {
                continue;
            }
            if words.iter().any(|w| w.eq_ignore_ascii_case(word)) {
                score += 2;
            }
            if word.chars().any(|c| letters.contains(&c)) {
                score += 3;
            }
        }
        if score > best.1 {
            best = (lang, score);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_resolve_with_regions() {
        assert_eq!(Language::by_code("ro-RO").unwrap().code, "ro");
        assert_eq!(Language::by_code("EN_gb").unwrap().code, "en");
        assert!(Language::by_code("xx").is_none());
    }

    #[test]
    fn detects_romanian_and_english() {
        assert_eq!(detect("Guvernul a alocat 300 de milioane de lei pentru școli, potrivit ministerului.").code, "ro");
        assert_eq!(detect("The council approved the budget, according to the minutes.").code, "en");
    }

    #[test]
    fn forced_and_page_language_win() {
        let text = "The council approved the budget.";
        let forced = Options { lang: Some("ro".into()), page_lang: None };
        assert_eq!(choose(text, &forced).code, "ro");
        let page = Options { lang: Some("auto".into()), page_lang: Some("ro-RO".into()) };
        assert_eq!(choose(text, &page).code, "ro");
    }
}

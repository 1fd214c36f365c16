// Shared by the fuzz targets: turning fuzz bytes into a document and the
// invariants every output must keep (a broken one aborts like a panic, so the
// fuzzer keeps the input).
#![allow(dead_code)]

use sourcelight::lang::{Language, LANGUAGES};
use std::ops::Range;

/// The first byte picks the language, the rest is the text (lossy UTF-8, as
/// a page's text may be anything).
pub fn split(data: &[u8]) -> (&'static Language, String) {
    match data.split_first() {
        Some((&b, rest)) => (&LANGUAGES[b as usize % LANGUAGES.len()], String::from_utf8_lossy(rest).into_owned()),
        None => (&LANGUAGES[0], String::new()),
    }
}

pub fn check_span(text: &str, what: &str, r: &Range<usize>) {
    assert!(r.start <= r.end && r.end <= text.len(), "{what}: span {r:?} out of bounds (len {})", text.len());
    assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end), "{what}: span {r:?} splits a character");
}

pub fn check_sorted<'a>(what: &str, spans: impl Iterator<Item = &'a Range<usize>>) {
    let mut last = 0;
    for s in spans {
        assert!(s.start >= last, "{what}: not sorted by start at {s:?}");
        last = s.start;
    }
}

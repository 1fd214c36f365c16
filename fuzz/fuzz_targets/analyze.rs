//! The whole pipeline on arbitrary bytes read as (lossy) UTF-8, with the
//! language automatic, forced English or forced Romanian.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use sourcelight::{analyze, Kind, Options};

fuzz_target!(|data: &[u8]| {
    let (lang, text) = common::split(data);
    let lang = match data.first().map(|b| b % 3) {
        Some(0) | None => None,
        _ => Some(lang.code.to_string()),
    };
    let a = analyze(&text, &Options { lang, page_lang: None });
    assert!(a.error.is_none());
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut last = (0usize, usize::MAX);
    for ann in &a.annotations {
        common::check_span(&text, "annotation", &ann.bytes);
        assert_eq!(ann.text, text[ann.bytes.clone()], "annotation text is its slice");
        assert!(ann.start <= ann.end && ann.end <= units.len(), "UTF-16 span out of bounds");
        assert_eq!(String::from_utf16(&units[ann.start..ann.end]).ok().as_deref(), Some(ann.text.as_str()), "UTF-16 slice");
        assert!((ann.start, usize::MAX - ann.end) >= (last.0, usize::MAX - last.1), "annotations sorted");
        last = (ann.start, ann.end);
        if let Some(id) = ann.source_id {
            assert!(id < a.summary.sources.len(), "source_id in range");
        }
    }
    for list in [&a.summary.unsourced, &a.summary.anonymous] {
        assert!(list.iter().all(|&i| i < a.annotations.len()), "summary index in range");
    }
    assert_eq!(a.summary.counts.quote, a.annotations.iter().filter(|x| x.kind == Kind::Quote).count());
});

//! Number parsing (`numbers::find`) on a scanned document.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use sourcelight::{numbers, scan::Document};

fuzz_target!(|data: &[u8]| {
    let (lang, text) = common::split(data);
    let doc = Document::new(&text, lang);
    let hits = numbers::find(&doc);
    for n in &hits {
        common::check_span(&text, "number", &n.span);
        assert!(!n.value.is_nan() && n.high.map_or(true, |h| !h.is_nan()), "number {:?}: NaN value", &text[n.span.clone()]);
    }
    common::check_sorted("numbers", hits.iter().map(|n| &n.span));
});

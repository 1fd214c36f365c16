//! Attribution (`sources::find`) on a scanned document, given the quotes the
//! quote engine found in it (as `analyze` does).
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use sourcelight::{quotes, scan::Document, sources};

fuzz_target!(|data: &[u8]| {
    let (lang, text) = common::split(data);
    let doc = Document::new(&text, lang);
    let ctx = sourcelight::context::Context::new(&doc);
    let quotes = quotes::find(&ctx);
    let hits = sources::find(&ctx, &quotes);
    for s in &hits {
        common::check_span(&text, "source", &s.span);
    }
    common::check_sorted("sources", hits.iter().map(|s| &s.span));
});

//! Quote pairing (`quotes::find`) on a scanned document.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use sourcelight::{quotes, scan::Document};

fuzz_target!(|data: &[u8]| {
    let (lang, text) = common::split(data);
    let doc = Document::new(&text, lang);
    let ctx = sourcelight::context::Context::new(&doc);
    let hits = quotes::find(&ctx);
    for q in &hits {
        common::check_span(&text, "quote", &q.span);
        if let Some(m) = q.speaker.as_ref().and_then(|s| s.mention.as_ref()) {
            common::check_span(&text, "speaker mention", m);
        }
    }
    common::check_sorted("quotes", hits.iter().map(|q| &q.span));
});

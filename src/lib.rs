//! sourcelight: finds direct quotes (with speakers), numeric claims (with values) and source attributions in news text.
//!
//! The engine is plain Rust and works on UTF-8 byte offsets. [`analyze`] runs
//! every engine over one document and hands back an [`Analysis`] whose offsets
//! have been converted, in one pass at the boundary ([`utf16`]), to UTF-16 code
//! units: the unit JavaScript strings, the DOM's `Range` and the shared
//! scorer use.
//!
//! ```
//! let a = sourcelight::analyze("“We won,” Ana Pop said.", &sourcelight::Options::default());
//! assert_eq!(a.annotations[0].kind, sourcelight::Kind::Quote);
//! ```

pub mod case;
pub mod context;
pub mod hash;
pub mod lang;
pub mod lexicon;
pub mod link;
pub mod model;
pub mod names;
pub mod numbers;
pub mod order;
pub mod quotes;
pub mod scan;
pub mod sources;
pub mod utf16;
pub mod words;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

#[cfg(target_arch = "wasm32")]
mod alloc;

/// The wasm module's allocator (see [`alloc`]); native builds keep the system's.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: alloc::SizeClasses = alloc::SizeClasses::new();

pub use model::*;

/// The largest input one call analyses, in UTF-8 bytes. Past it [`analyze`]
/// returns an empty analysis whose `error` names the limit, instead of
/// spending the reader's memory on a page no one reads as one article.
pub const MAX_INPUT_BYTES: usize = 32 * 1024 * 1024;

/// Analyses one document. Infallible: any string gives an [`Analysis`]; input
/// over [`MAX_INPUT_BYTES`] gives an empty one carrying `error`.
pub fn analyze(text: &str, options: &Options) -> Analysis {
    let language = lang::choose(text, options);
    if text.len() > MAX_INPUT_BYTES {
        return Analysis {
            language: language.code.to_string(),
            annotations: Vec::new(),
            summary: Summary::default(),
            error: Some(format!(
                "input is {} bytes; sourcelight analyses at most {} bytes ({} MiB) per call",
                text.len(),
                MAX_INPUT_BYTES,
                MAX_INPUT_BYTES / (1024 * 1024)
            )),
        };
    }
    let doc = scan::Document::new(text, language);
    let ctx = context::Context::new(&doc);
    let quotes = quotes::find(&ctx);
    let numbers = numbers::find(&doc);
    let sources = sources::find(&ctx, &quotes);
    let mut analysis = link::build(&doc, quotes, numbers, sources);
    utf16::convert(text, &mut analysis);
    analysis
}

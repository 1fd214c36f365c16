//! Size rules for the wasm module, checked over the library's source: no call to std's Unicode case conversion or case tests, or to a per-type sort.
//!
//! Each of those quietly adds kilobytes to the shipped module (the case
//! tables are ~11 KB; every sort instantiation a few KB), and together they
//! once pushed it past its 150 KB gzipped budget. `case::lower`/`lower_char`
//! and `order::sort_by_key` do the same jobs with one shared copy.

use std::fs;
use std::path::Path;

/// Calls that must go through `src/case.rs` or `src/order.rs`.
const FORBIDDEN: [(&str, &str); 10] = [
    ("to_lowercase", "crate::case::lower / lower_char"),
    ("to_uppercase", "an ASCII or case::lower-based comparison"),
    ("is_uppercase", "crate::case::is_upper"),
    ("is_lowercase", "crate::case::is_lower"),
    (".sort()", "crate::order::sort_by_key"),
    (".sort_by(", "crate::order::sort_by_key"),
    (".sort_by_key(", "crate::order::sort_by_key"),
    (".sort_unstable(", "crate::order::sort_by_key"),
    (".sort_unstable_by(", "crate::order::sort_by_key"),
    (".sort_unstable_by_key(", "crate::order::sort_by_key"),
];

/// Where the shared versions live, and the native-only CLI.
const EXEMPT: [&str; 3] = ["case.rs", "order.rs", "bin"];

fn check(dir: &Path, found: &mut Vec<String>) {
    for entry in fs::read_dir(dir).expect("readable src") {
        let path = entry.expect("readable src").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if EXEMPT.contains(&name) {
            continue;
        }
        if path.is_dir() {
            check(&path, found);
        } else if name.ends_with(".rs") {
            let text = fs::read_to_string(&path).expect("readable source");
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                for (call, instead) in FORBIDDEN {
                    if code.contains(call) {
                        found.push(format!("{}:{}: `{call}` — use {instead}", path.display(), n + 1));
                    }
                }
            }
        }
    }
}

#[test]
fn the_library_uses_the_shared_case_and_sort_helpers() {
    let mut found = Vec::new();
    check(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut found);
    assert!(found.is_empty(), "calls that grow the wasm module (see tests/size_rules.rs):\n{}", found.join("\n"));
}

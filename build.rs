//! Build script: packs the language data files (`src/lang/<code>/*.txt`) into one blob in `OUT_DIR`, without comments and blank lines, each section of every language side by side, led by the list of sections.
//!
//! Why one blob laid out by section: the wasm module is measured gzipped, and
//! gzip only finds repeats within 32 KiB. With each section's entries for
//! every language next to each other (`[outlets]` of `en`, then of `ro`), the
//! repeats between languages (international outlets, first names,
//! currencies, units) compress against each other: about 3 KB less gzipped
//! than one language after the other. Comments and blank lines, a quarter of
//! the gzipped data, are dropped.
//!
//! Why sorted and front-coded: no engine depends on the order of a section's
//! entries (each builds sets and matchers from them), so each section ships
//! sorted, and each line is stored as how many bytes of the line before it
//! drops (one byte) and the rest: `ministrul`, `ministrului`, `ministrum`
//! become `…ministrul`, `0ui`, `3m`. gzip does not find such short repeats on
//! its own (the module was about 2.5 KB smaller gzipped). The front-coded
//! text is then compressed with `src/lang/packing.rs` (a context-mixing
//! model: about 11 KB smaller than gzip on it). `src/lang/mod.rs` unpacks and
//! decodes the blob once, at first use.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

#[path = "src/lang/lines.rs"]
mod lines;
#[path = "src/lang/packing.rs"]
mod packing;

/// The data files every language folder holds, in `DataFile` order.
const FILES: [&str; 4] = ["common.txt", "quotes.txt", "numbers.txt", "sources.txt"];

/// One data file's sections: (header, entries), headers in first-appearance
/// order; a header written twice keeps one list, in file order.
type Sections = Vec<(String, Vec<String>)>;

fn main() {
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    println!("cargo:rerun-if-changed=src/lang");
    println!("cargo:rerun-if-changed=build.rs");
    let mut codes: Vec<String> = Vec::new();
    for dir in fs::read_dir("src/lang").expect("src/lang exists") {
        let dir = dir.expect("readable src/lang").path();
        if dir.is_dir() {
            codes.push(dir.file_name().expect("a folder name").to_string_lossy().into_owned());
        }
    }
    codes.sort();
    // parsed[lang][file]
    let mut parsed: Vec<Vec<Sections>> = Vec::new();
    for code in &codes {
        let mut files = Vec::new();
        for name in FILES {
            let path = Path::new("src/lang").join(code).join(name);
            println!("cargo:rerun-if-changed={}", path.display());
            let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let mut sections = split_sections(&text);
            for (_, entries) in &mut sections {
                entries.sort();
            }
            files.push(sections);
        }
        parsed.push(files);
    }
    // One unit per (file, header) (headers in first-appearance order over
    // the languages), each language's entries one after the other (none
    // where it has no such section), the units in `similar_first` order.
    let mut units: Vec<(usize, &str)> = Vec::new();
    for f in 0..FILES.len() {
        for lang in &parsed {
            for (h, _) in &lang[f] {
                if !units.contains(&(f, h.as_str())) {
                    units.push((f, h));
                }
            }
        }
    }
    let entries = |(f, h): (usize, &str), l: usize| parsed[l][f].iter().find(|(name, _)| name == h).map_or(&[][..], |(_, e)| &e[..]);
    let order = similar_first(&units.iter().map(|&u| (0..codes.len()).flat_map(|l| entries(u, l)).collect()).collect::<Vec<_>>());
    // The blob: every unit's entries, each language's preceded by an empty
    // line (an entry is never empty). The index is a 16-bit key per unit
    // (`packing::unit_key` of the file and header), in the same order: the
    // library has the header names anyway, as the strings it asks for, so
    // shipping them again (packed at the blob's end: ~0.9 KB) is not needed;
    // the keys take 2 bytes a unit.
    let mut blob = String::new();
    for &u in &order {
        for l in 0..codes.len() {
            blob.push('\n');
            for e in entries(units[u], l) {
                blob.push_str(e);
                blob.push('\n');
            }
        }
    }
    let keys: Vec<u16> = order.iter().map(|&u| packing::unit_key(units[u].0 as u8, units[u].1)).collect();
    for (i, k) in keys.iter().enumerate() {
        assert!(!keys[..i].contains(k), "two sections share the key {k}: change packing::unit_key's seed");
    }
    let coded = front_code(&blob);
    let packed = packing::pack(&coded);
    // The library trusts the decoded blob to be this text (valid UTF-8,
    // unchecked there): make sure it is.
    assert!(packing::unpack(&packed, coded.len()) == blob.as_bytes(), "the packed language data does not decode to the blob");
    fs::write(out.join("lang_blob.bin"), packed).expect("OUT_DIR is writable");
    fs::write(out.join("lang_index.rs"), index_code(&codes, coded.len(), &keys)).expect("OUT_DIR is writable");
}

/// An order of the units (each a list of entries) in which each unit is
/// followed by the one most like it: the packer predicts a unit better after
/// a similar one (about 0.2 KB smaller than file and header order). Greedy,
/// from the first unit; the next is the unused one with the most byte
/// trigrams in common with the last, relative to the square root of its own
/// trigram count (ties: the earlier).
fn similar_first(units: &[Vec<&String>]) -> Vec<usize> {
    let grams: Vec<BTreeSet<&[u8]>> =
        units.iter().map(|entries| entries.iter().flat_map(|e| e.as_bytes().windows(3)).collect()).collect();
    let mut order = vec![0];
    let mut left: Vec<usize> = (1..units.len()).collect();
    while !left.is_empty() {
        let last = &grams[order[order.len() - 1]];
        // shared² / size, compared by cross-multiplying.
        let score = |u: usize| (grams[u].intersection(last).count().pow(2), grams[u].len().max(1));
        let mut best = 0;
        for i in 1..left.len() {
            let ((a, n), (b, m)) = (score(left[i]), score(left[best]));
            if a * m > b * n {
                best = i;
            }
        }
        order.push(left.remove(best));
    }
    order
}

/// Front-codes the blob's lines: each becomes one byte, `'0'` plus how many
/// bytes of the line before it drops (the rest of that line is the prefix the
/// two share, byte by byte: not cut back to a character boundary, so the
/// line's next byte sorts after the one it leaves, which the packer relies
/// on), then the rest of the line.
/// The count of dropped bytes, not the shared prefix's length, because it
/// varies less from line to line (sorted inflections drop 0–3 bytes whatever
/// the word's length): the packed blob is ~0.4 KB smaller. At most
/// [`packing::MAX_DROP`] bytes are dropped (the byte stays within ASCII); a line
/// that would drop more shares nothing and is written `'0' + MAX_DROP + 1`.
/// `packing::unpack` undoes it.
fn front_code(blob: &str) -> Vec<u8> {
    let mut packed = Vec::with_capacity(blob.len());
    let mut previous = "";
    for line in blob.lines() {
        let mut shared = previous.bytes().zip(line.bytes()).take_while(|(a, b)| a == b).count();
        let mut drop = previous.len() - shared;
        if drop > packing::MAX_DROP {
            (drop, shared) = (packing::MAX_DROP + 1, 0);
        }
        packed.push(b'0' + drop as u8);
        packed.extend_from_slice(&line.as_bytes()[shared..]);
        packed.push(b'\n');
        previous = line;
    }
    packed
}

/// Splits a data file into its sections, dropping comments, blank lines and
/// repeated entries.
fn split_sections(text: &str) -> Sections {
    let mut sections: Sections = Vec::new();
    let mut current = None;
    for line in text.lines().filter_map(lines::data_line) {
        if let Some(header) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            let header = header.trim();
            current = Some(sections.iter().position(|(h, _)| h == header).unwrap_or_else(|| {
                sections.push((header.to_string(), Vec::new()));
                sections.len() - 1
            }));
        } else if let Some(i) = current {
            // An entry written twice in a section is shipped once.
            if !sections[i].1.iter().any(|e| e == line) {
                sections[i].1.push(line.to_string());
            }
        }
    }
    sections
}

/// The Rust source of the index: `PACKED_BLOB`, `FRONT_CODED_LEN`,
/// `UNIT_KEYS`, `DATA_LANGUAGES` and `const fn column(code)`, the language's place in each
/// unit (folders in name order).
fn index_code(codes: &[String], coded_len: usize, keys: &[u16]) -> String {
    let mut code = String::from("// Generated by build.rs from src/lang/<code>/*.txt.\n");
    code.push_str("/// Every language's data entries, one per line, laid out by section, front-coded, then packed (`packing.rs`).\n");
    code.push_str("static PACKED_BLOB: &[u8] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/lang_blob.bin\"));\n");
    let _ = writeln!(code, "/// The front-coded blob's length in bytes.\nconst FRONT_CODED_LEN: usize = {coded_len};");
    let _ = writeln!(code, "/// Each unit's `packing::unit_key`, in blob order.\nstatic UNIT_KEYS: [u16; {}] = {keys:?};", keys.len());
    let _ = writeln!(code, "/// Languages with data folders.\nconst DATA_LANGUAGES: usize = {};", codes.len());
    code.push_str("/// The column of the language `code` in [`SECTIONS`] (`None` for an unknown code).\n");
    code.push_str("const fn column(code: &str) -> Option<usize> {\n");
    for (l, c) in codes.iter().enumerate() {
        let _ = writeln!(code, "    if same(code, {c:?}) {{\n        return Some({l});\n    }}");
    }
    code.push_str("    None\n}\n");
    code.push_str(concat!(
        "/// String equality usable in a `const fn`.\n",
        "const fn same(a: &str, b: &str) -> bool {\n",
        "    let (a, b) = (a.as_bytes(), b.as_bytes());\n",
        "    if a.len() != b.len() {\n        return false;\n    }\n",
        "    let mut i = 0;\n",
        "    while i < a.len() {\n        if a[i] != b[i] {\n            return false;\n        }\n        i += 1;\n    }\n",
        "    true\n}\n",
    ));
    code
}

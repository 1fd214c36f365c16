//! Build script: copies the language data files (`src/lang/<code>/*.txt`) into `OUT_DIR` without comments and blank lines, so the library (and the wasm module) embeds only the entries.

use std::path::Path;
use std::{env, fs};

#[path = "src/lang/lines.rs"]
mod lines;

fn main() {
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("lang");
    println!("cargo:rerun-if-changed=src/lang");
    println!("cargo:rerun-if-changed=build.rs");
    for lang in fs::read_dir("src/lang").expect("src/lang exists") {
        let lang = lang.expect("readable src/lang").path();
        if !lang.is_dir() {
            continue;
        }
        let target = out.join(lang.file_name().expect("a folder name"));
        fs::create_dir_all(&target).expect("OUT_DIR is writable");
        for file in fs::read_dir(&lang).expect("readable language folder") {
            let file = file.expect("readable language folder").path();
            if file.extension().map_or(true, |e| e != "txt") {
                continue;
            }
            println!("cargo:rerun-if-changed={}", file.display());
            let text = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let mut kept = String::with_capacity(text.len());
            for line in text.lines().filter_map(lines::data_line) {
                kept.push_str(line);
                kept.push('\n');
            }
            fs::write(target.join(file.file_name().expect("a file name")), kept).expect("OUT_DIR is writable");
        }
    }
}

//! The golden corpus, run natively: every case in tests/golden/*.toml.
#![cfg(not(target_arch = "wasm32"))]

#[path = "golden/runner.rs"]
mod runner;

fn analyze_json(text: &str, lang: Option<&str>) -> serde_json::Value {
    let options = sourcelight::Options { lang: lang.map(str::to_string), page_lang: None };
    serde_json::to_value(sourcelight::analyze(text, &options)).expect("analysis serialises")
}

macro_rules! golden_file_tests {
    ($($test:ident => $file:literal),* $(,)?) => {$(
        #[test]
        fn $test() {
            let file = runner::GOLDEN_FILES.iter().find(|(name, _)| *name == $file).expect("listed in GOLDEN_FILES");
            if runner::parse_cases(file.0, file.1).is_empty() {
                return;
            }
            runner::run_all(&[*file], analyze_json);
        }
    )*};
}

golden_file_tests! {
    core => "core.toml",
    quotes_en => "quotes_en.toml",
    quotes_ro => "quotes_ro.toml",
    quote_spans => "quote_spans.toml",
    numbers_en => "numbers_en.toml",
    numbers_ro => "numbers_ro.toml",
    sources_en => "sources_en.toml",
    sources_ro => "sources_ro.toml",
    links => "links.toml",
    regressions => "regressions.toml",
    batteries_en => "batteries_en.toml",
    batteries_ro => "batteries_ro.toml",
    batteries_sources => "batteries_sources.toml",
}

#[test]
fn every_golden_file_is_listed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden");
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name.ends_with(".toml") {
            assert!(runner::GOLDEN_FILES.iter().any(|(f, _)| *f == name), "{name} is not in GOLDEN_FILES");
        }
    }
}

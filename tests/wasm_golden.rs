//! The golden corpus, run as wasm in headless Chromium through the JS-facing facade (`wasm::analyze`), so native and wasm builds meet the same expectations.
#![cfg(target_arch = "wasm32")]

#[path = "golden/runner.rs"]
mod runner;

use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn analyze_json(text: &str, lang: Option<&str>) -> serde_json::Value {
    let options = js_sys::Object::new();
    if let Some(lang) = lang {
        js_sys::Reflect::set(&options, &"lang".into(), &lang.into()).unwrap();
    }
    let result = sourcelight::wasm::analyze(text, options.into()).map_err(JsValue::from).expect("analyze succeeds");
    let json: String = js_sys::JSON::stringify(&result).unwrap().into();
    serde_json::from_str(&json).unwrap()
}

#[wasm_bindgen_test]
fn golden_corpus_in_wasm() {
    runner::run_all(runner::GOLDEN_FILES, analyze_json);
}

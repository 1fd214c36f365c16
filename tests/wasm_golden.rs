//! The golden corpus, run as wasm in headless Chromium through the JS-facing facade (`wasm::analyze`), so native and wasm builds meet the same expectations.
#![cfg(target_arch = "wasm32")]

#[path = "golden/runner.rs"]
mod runner;
#[path = "support/browser.rs"]
mod browser;

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
async fn golden_corpus_in_wasm() {
    // One file at a time, so a failure names its file and the page stays responsive.
    for file in runner::GOLDEN_FILES {
        runner::run_all(std::slice::from_ref(file), analyze_json);
        browser::yield_to_browser().await;
    }
}

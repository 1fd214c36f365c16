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

/// Resolves on the browser's next macrotask. The runner polls the page through
/// WebDriver, and each poll waits for the page's main thread: one synchronous
/// pass over the whole corpus (an unoptimised wasm build, over a thousand
/// cases) held it past the poll's 20 s timeout on a loaded machine. Yielding
/// between files keeps every stretch short.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let set_timeout: js_sys::Function =
            js_sys::Reflect::get(&js_sys::global(), &"setTimeout".into()).unwrap().into();
        set_timeout.call2(&JsValue::NULL, &resolve, &0.into()).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn golden_corpus_in_wasm() {
    // One file at a time, so a failure names its file and the page stays responsive.
    for file in runner::GOLDEN_FILES {
        runner::run_all(std::slice::from_ref(file), analyze_json);
        yield_to_browser().await;
    }
}

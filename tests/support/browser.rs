//! Helpers shared by the wasm tests that run in Chromium.

use wasm_bindgen::JsValue;

/// Resolves on the browser's next macrotask. The runner polls the page through
/// WebDriver, and each poll waits for the page's main thread: one synchronous
/// pass over the whole corpus (an unoptimised wasm build, over a thousand
/// cases) held it past the poll's 20 s timeout on a loaded machine. Yielding
/// between files (or rounds) keeps every stretch short.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let set_timeout: js_sys::Function =
            js_sys::Reflect::get(&js_sys::global(), &"setTimeout".into()).unwrap().into();
        set_timeout.call2(&JsValue::NULL, &resolve, &0.into()).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

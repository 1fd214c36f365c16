//! The wasm facade: a thin `wasm-bindgen` layer that turns JS values into [`Options`] and an [`Analysis`] into a plain JS object.

use crate::model::Options;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The option names `analyze` accepts (camelCase, as JS writes them).
const KNOWN_OPTIONS: [&str; 2] = ["lang", "pageLang"];

/// Analyses `text`. `options` may be `undefined`, `null` or an object with
/// `lang` (`"auto"`, `"en"`, `"ro"`) and `pageLang`. Returns a plain object
/// shaped like the CLI's JSON, offsets in UTF-16 code units. Throws an
/// `Error` for bad options or input over the size limit.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    // Installed on first use (not at module start, where it would replace the
    // test harness's own hook), so a panic (a bug) reaches `console.error`
    // with its message instead of an opaque `unreachable` trap.
    console_error_panic_hook::set_once();
    let options = read_options(&options)?;
    options.validate().map_err(|e| JsError::new(&format!("sourcelight: bad options: {e}")))?;
    let analysis = crate::analyze(text, &options);
    if let Some(error) = &analysis.error {
        return Err(JsError::new(&format!("sourcelight: {error}")));
    }
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&analysis, &serializer).map_err(|e| JsError::new(&e.to_string()))
}

/// The crate version, for the demo's footer and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The largest input, in UTF-8 bytes, one `analyze` call accepts.
#[wasm_bindgen(js_name = maxInputBytes)]
pub fn max_input_bytes() -> usize {
    crate::MAX_INPUT_BYTES
}

/// Reads `{ lang?, pageLang? }` by hand: every key must be known and every
/// value a string (or `null`/`undefined`). Done without serde so that its
/// error messages (which format floats) stay out of the module.
fn read_options(options: &JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    if !options.is_object() {
        return Err(JsError::new("sourcelight: bad options: expected an object like { lang: \"auto\" }"));
    }
    let object = options.unchecked_ref::<js_sys::Object>();
    for key in js_sys::Object::keys(object).iter() {
        let key = key.as_string().unwrap_or_default();
        if !KNOWN_OPTIONS.contains(&key.as_str()) {
            return Err(JsError::new(&format!(
                "sourcelight: bad options: unknown option \"{key}\"; known options: {}",
                KNOWN_OPTIONS.join(", ")
            )));
        }
    }
    let string = |key: &str| -> Result<Option<String>, JsError> {
        let value = js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
        if value.is_undefined() || value.is_null() {
            return Ok(None);
        }
        value
            .as_string()
            .map(Some)
            .ok_or_else(|| JsError::new(&format!("sourcelight: bad options: {key} must be a string")))
    };
    Ok(Options { lang: string("lang")?, page_lang: string("pageLang")? })
}

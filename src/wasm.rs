//! The wasm facade: a thin `wasm-bindgen` layer that turns JS values into [`Options`] and an [`Analysis`](crate::model::Analysis) into a plain JS object.

use crate::model::Options;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The option names `analyze` accepts (camelCase, as JS writes them).
const KNOWN_OPTIONS: [&str; 2] = ["lang", "pageLang"];
/// The same, as the error message lists them.
const KNOWN_OPTIONS_LIST: &str = "lang, pageLang";

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
    Ok(to_js(&analysis))
}

/// The analysis as a plain JS object, shaped like the CLI's JSON (same keys
/// in the same order, `null` for `None`), built with js-sys directly: one
/// pass, and 3 KB less gzipped module than a generic serde serializer.
fn to_js(analysis: &crate::model::Analysis) -> JsValue {
    use crate::model::{Fields, Kind};
    let out = js_sys::Object::new();
    set(&out, "language", JsValue::from_str(&analysis.language));
    let annotations = js_sys::Array::new();
    for a in &analysis.annotations {
        let o = js_sys::Object::new();
        let kind = match a.kind {
            Kind::Quote => "quote",
            Kind::Number => "number",
            Kind::Source => "source",
        };
        set(&o, "kind", JsValue::from_str(kind));
        set(&o, "start", number(a.start));
        set(&o, "end", number(a.end));
        set(&o, "text", JsValue::from_str(&a.text));
        match &a.fields {
            Fields::Quote { speaker, cue } => {
                set(&o, "speaker", text_or_null(speaker.as_deref()));
                set(&o, "cue", text_or_null(cue.as_deref()));
            }
            Fields::Number { value, high, unit, approx, sourced } => {
                set(&o, "value", JsValue::from_f64(*value));
                set(&o, "high", high.map_or(JsValue::NULL, JsValue::from_f64));
                set(&o, "unit", text_or_null(unit.as_deref()));
                set(&o, "approx", text_or_null(approx.map(|x| x.as_str())));
                set(&o, "sourced", JsValue::from_bool(*sourced));
            }
            Fields::Source { name, source_type, cue } => {
                set(&o, "name", JsValue::from_str(name));
                set(&o, "type", JsValue::from_str(source_type.as_str()));
                set(&o, "cue", text_or_null(cue.as_deref()));
            }
        }
        set(&o, "source_id", a.source_id.map_or(JsValue::NULL, number));
        annotations.push(&o);
    }
    set(&out, "annotations", annotations.into());
    let s = &analysis.summary;
    let summary = js_sys::Object::new();
    let counts = js_sys::Object::new();
    set(&counts, "quote", number(s.counts.quote));
    set(&counts, "number", number(s.counts.number));
    set(&counts, "source", number(s.counts.source));
    set(&summary, "counts", counts.into());
    let sources = js_sys::Array::new();
    for e in &s.sources {
        let o = js_sys::Object::new();
        set(&o, "id", number(e.id));
        set(&o, "name", JsValue::from_str(&e.name));
        set(&o, "type", JsValue::from_str(e.source_type.as_str()));
        set(&o, "mentions", numbers(&e.mentions));
        let supports = js_sys::Object::new();
        set(&supports, "quotes", numbers(&e.supports.quotes));
        set(&supports, "numbers", numbers(&e.supports.numbers));
        set(&o, "supports", supports.into());
        sources.push(&o);
    }
    set(&summary, "sources", sources.into());
    set(&summary, "unsourced", numbers(&s.unsourced));
    set(&summary, "anonymous", numbers(&s.anonymous));
    set(&out, "summary", summary.into());
    out.into()
}

/// `object[key] = value` (on a fresh plain object, which cannot throw).
fn set(object: &js_sys::Object, key: &str, value: JsValue) {
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), &value);
}

/// A count or index as a JS number.
fn number(n: usize) -> JsValue {
    JsValue::from_f64(n as f64)
}

/// A string, or `null`.
fn text_or_null(s: Option<&str>) -> JsValue {
    s.map_or(JsValue::NULL, JsValue::from_str)
}

/// An array of indices.
fn numbers(list: &[usize]) -> JsValue {
    list.iter().map(|&i| number(i)).collect::<js_sys::Array>().into()
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
                KNOWN_OPTIONS_LIST
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

//! Strings from JavaScript, in wasm in Chromium: page text may hold lone
//! surrogates (unpaired UTF-16 units), which wasm-bindgen turns into U+FFFD
//! on the way in, one UTF-16 unit for one. Every offset must still be exact in
//! the page's own units: `start`/`end` are checked against the original JS
//! string's `slice`, not against the Rust copy.
//!
//!     CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//!       CHROMEDRIVER=/usr/bin/chromedriver \
//!       cargo test --target wasm32-unknown-unknown --test wasm_strings
#![cfg(target_arch = "wasm32")]

use js_sys::{JsString, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

#[path = "support/browser.rs"]
mod browser;

wasm_bindgen_test_configure!(run_in_browser);

/// What the page hands over: a JS string, here built from raw UTF-16 units.
fn js_string(units: &[u16]) -> JsString {
    // In chunks: `String.fromCharCode(...units)` has an argument-count limit.
    let mut s = JsString::from("");
    for chunk in units.chunks(4096) {
        s = s.concat(&JsString::from_char_code(chunk));
    }
    s
}

/// A JS string literal parsed by `JSON.parse`, so `\ud800` escapes stay lone.
fn js_json(literal: &str) -> JsString {
    JSON::parse(literal).expect("valid JSON").unchecked_into()
}

/// Runs the facade as the page does: the JS string crosses into wasm (lossily,
/// as wasm-bindgen does for a `&str` parameter) and an object comes back.
fn analyze_js(text: &JsString, lang: Option<&str>) -> Result<serde_json::Value, JsValue> {
    let rust_text: String = JsValue::from(text).as_string().expect("a string");
    let options = js_sys::Object::new();
    if let Some(lang) = lang {
        Reflect::set(&options, &"lang".into(), &lang.into()).unwrap();
    }
    let result = sourcelight::wasm::analyze(&rust_text, options.into()).map_err(JsValue::from)?;
    let json: String = JSON::stringify(&result).unwrap().into();
    Ok(serde_json::from_str(&json).unwrap())
}

fn is_high(u: u16) -> bool {
    (0xD800..0xDC00).contains(&u)
}
fn is_low(u: u16) -> bool {
    (0xDC00..0xE000).contains(&u)
}

/// Every annotation's offsets, checked in the original string's units.
fn check_offsets(original: &JsString, analysis: &serde_json::Value) -> usize {
    let len = original.length() as usize;
    let units: Vec<u16> = (0..len as u32).map(|i| original.char_code_at(i) as u16).collect();
    let anns = analysis["annotations"].as_array().expect("annotations");
    for a in anns {
        let (s, e) = (a["start"].as_u64().unwrap() as usize, a["end"].as_u64().unwrap() as usize);
        let text = a["text"].as_str().unwrap();
        assert!(s <= e && e <= len, "span {s}..{e} out of the page's {len} units: {a}");
        for at in [s, e] {
            assert!(
                !(at > 0 && at < len && is_high(units[at - 1]) && is_low(units[at])),
                "offset {at} splits a surrogate pair: {a}"
            );
        }
        // The page's own slice, made well-formed the way wasm-bindgen does it,
        // is the annotation's text: same length in units, same content.
        let slice = original.slice(s as u32, e as u32);
        assert_eq!(slice.length() as usize, text.encode_utf16().count(), "unit length of {a}");
        assert_eq!(JsValue::from(slice).as_string().as_deref(), Some(text), "page slice vs text of {a}");
    }
    anns.len()
}

const ARTICLE: &str = "“We will not back down,” Ana Pop said, adding that the port lost $5 million, according to Reuters.";

#[wasm_bindgen_test]
fn lone_surrogates_keep_offsets_exact_in_page_units() {
    let article: Vec<u16> = ARTICLE.encode_utf16().collect();
    let cases: Vec<Vec<u16>> = vec![
        // A lone high surrogate before, a lone low one after.
        [&[0xD800u16, 0x20][..], &article, &[0x20, 0xDC00]].concat(),
        // Reversed pair (low then high): two lone units, not one character.
        [&[0xDC00u16, 0xD800, 0x20][..], &article].concat(),
        // Lone surrogates inside the quote and inside the number's sentence.
        {
            let mut v = article.clone();
            v.insert(3, 0xD83D);
            v.insert(40, 0xDE00);
            v
        },
        // A real emoji pair next to lone halves.
        [&[0xD83Du16, 0xDE00, 0xD83D, 0x20, 0xDE00][..], &article, &[0xD83D]].concat(),
        // Many lone surrogates between repeated articles.
        (0..20).flat_map(|i| [&[0xD800 + i as u16, 0x0A][..], &article[..]].concat()).collect(),
    ];
    let mut marks = 0;
    for units in cases {
        let original = js_string(&units);
        assert_eq!(original.length() as usize, units.len());
        let analysis = analyze_js(&original, Some("en")).expect("analyze succeeds");
        marks += check_offsets(&original, &analysis);
    }
    assert!(marks > 0, "the engines marked something (else nothing was tested)");
}

#[wasm_bindgen_test]
fn the_quote_after_a_lone_surrogate_starts_where_the_page_has_it() {
    let original = js_json(r#""\ud800\udbff x \udfff “We will not back down,” Ana Pop said.""#);
    let analysis = analyze_js(&original, Some("en")).unwrap();
    let quote = analysis["annotations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["kind"] == "quote")
        .expect("the quote is found");
    let want = original.index_of("“", 0) as u64;
    assert_eq!(quote["start"].as_u64(), Some(want));
    assert_eq!(quote["end"].as_u64(), Some(original.index_of("Ana", 0) as u64 - 1));
    check_offsets(&original, &analysis);
}

#[wasm_bindgen_test]
fn romanian_text_with_lone_surrogates_and_odd_characters() {
    let original = js_json(
        r#""\udc00Ștefan Ionescu a declarat: „Am pierdut 2,5 milioane de lei.” \ud83d\u2028Potrivit INS, inflația a fost de 5,2%.\ufeff\u0000 s\u0326i \ud83d\ude00 \udbff""#,
    );
    let analysis = analyze_js(&original, Some("ro")).unwrap();
    assert!(check_offsets(&original, &analysis) > 0);
    let auto = analyze_js(&original, None).unwrap();
    check_offsets(&original, &auto);
}

/// A small deterministic generator (xorshift): random UTF-16, heavy in lone
/// surrogates, emoji pairs, quote marks, digits and cue words.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[(self.next() % xs.len() as u64) as usize]
    }
}

#[wasm_bindgen_test]
async fn random_utf16_with_lone_surrogates() {
    let pieces: Vec<Vec<u16>> = [
        "“", "”", "„", "\"", "«", "»", "‘", "’", " ", " ", "\n", "5", "1,5", "2.000", "$", "%", "€", "lei",
        " said ", " a declarat ", "according to ", "potrivit ", "Ana Pop", "Reuters", "million", "milioane",
        "😀", "ș", "\u{301}", "\u{a0}", ".", ",", ":", "—",
    ]
    .iter()
    .map(|s| s.encode_utf16().collect())
    .collect();
    let lone: [u16; 6] = [0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xD83D, 0xDE00];
    let mut rng = Rng(0x9E3779B97F4A7C15);
    for round in 0..300 {
        if round % 50 == 49 {
            browser::yield_to_browser().await; // keeps each stretch short on a busy machine
        }
        let mut units = Vec::new();
        for _ in 0..(rng.next() % 80) {
            match rng.next() % 4 {
                0 => units.push(*rng.pick(&lone)),
                1 => units.push((rng.next() % 0x10000) as u16),
                _ => units.extend_from_slice(rng.pick::<Vec<u16>>(&pieces)),
            }
        }
        let original = js_string(&units);
        let lang = *rng.pick(&[None, Some("en"), Some("ro")]);
        match analyze_js(&original, lang) {
            Ok(analysis) => {
                check_offsets(&original, &analysis);
            }
            Err(e) => panic!("round {round}: analyze threw {e:?} on {units:x?}"),
        }
    }
}

#[wasm_bindgen_test]
fn input_over_the_limit_throws_an_error_naming_it() {
    let limit = sourcelight::wasm::max_input_bytes();
    assert_eq!(limit, sourcelight::MAX_INPUT_BYTES);
    // One byte over, counted in UTF-8 as the limit is: "€" is 3 bytes.
    let text = JsString::from("a").repeat((limit - 2) as i32).concat(&"€".into());
    let err = analyze_js(&text, None).expect_err("over the limit throws");
    let err: js_sys::Error = err.dyn_into().expect("a JS Error");
    let message = String::from(err.message());
    assert!(message.contains(&limit.to_string()), "{message}");
    assert!(message.contains("MiB"), "{message}");
    // That a text of exactly the limit is accepted is proved natively
    // (tests/limits.rs) and against the shipped wasm in
    // tests/parity/parity.test.mjs: analysing 32 MiB in this unoptimised
    // build took ~30 s, past chromedriver's 30 s wait for the renderer.
}

#[wasm_bindgen_test]
fn lone_surrogates_in_options_are_an_error_not_a_panic() {
    let options = js_sys::Object::new();
    Reflect::set(&options, &"lang".into(), &js_json(r#""\ud800""#)).unwrap();
    let result = sourcelight::wasm::analyze("Hello.", options.into());
    assert!(result.is_err());
}

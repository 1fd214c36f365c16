//! Property tests: random news-like Unicode text through `analyze` and through
//! each engine's entry point, checking the invariants every page relies on.
//!
//! The text is built from what news uses: words with diacritics, names, cues
//! (`according to`, `a declarat`), digits with both separator styles, every
//! quote mark, dashes, `%`, currency symbols, NBSP and thin spaces, newlines,
//! emoji (surrogate pairs in UTF-16), combining marks, right-to-left text and
//! now and then any character at all.
//!
//! The default is a modest 64 cases per property so `cargo test` stays fast;
//! raise it with `PROPTEST_CASES=5000 cargo test --test props`.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sourcelight::{analyze, lang, numbers, quotes, scan, sources, Analysis, Fields, Kind, Options};

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64);
    ProptestConfig { cases, max_shrink_iters: 2000, ..ProptestConfig::default() }
}

/// Fixed pieces of news text: words, names, cues, units and scale words.
const WORDS: &[&str] = &[
    "the", "minister", "said", "says", "told", "Reuters", "according to", "according to the", "CNN", "BBC",
    "Photo source:", "Photo:", "Source:", "reported", "added", "Ana Pop", "Wang Yi", "Dr.", "Mr.", "President",
    "million", "billion", "bn", "m", "per cent", "percent", "points", "about", "more than", "up to", "nearly",
    "at least", "between", "and", "to", "from", "US", "$", "euros", "lei", "km", "kg", "tonnes", "people",
    "potrivit", "potrivit lui", "a declarat", "a spus", "a afirmat", "Sursa foto:", "Foto:", "Sursa:",
    "Ștefan Ionescu", "Ministerul Finanțelor", "milioane", "miliarde", "mii", "de", "lei", "euro", "la sută",
    "peste", "aproximativ", "circa", "cel puțin", "până la", "între", "și", "țară", "în", "să", "își", "îşi",
    "Agerpres", "HotNews", "INS", "Korolev", "he", "she", "they", "It", "El", "Ea",
];

/// Single characters news text (and page text) is made of.
const CHARS: &[char] = &[
    '"', '\'', '“', '”', '‘', '’', '„', '«', '»', '‚', '‹', '›', '「', '」', '『', '』', '‟', '″', '`', '´',
    '-', '–', '—', '‒', '―', '−', '%', '‰', '$', '€', '£', '¥', '₽', '₴', '¢', '.', ',', ':', ';', '!', '?',
    '…', '(', ')', '[', ']', '/', '\\', '&', '#', '*', '+', '=', '<', '>', '~', '·', '•', '\u{a0}', '\u{202f}',
    '\u{2009}', '\u{200b}', '\u{200d}', '\u{feff}', '\u{ad}', ' ', ' ', ' ', '\t', '\n', '\n', '\r', '\u{2028}',
    '\u{2029}', '\u{301}', '\u{326}', '\u{327}', '\u{308}', '\u{20e3}', 'ă', 'â', 'î', 'ș', 'ş', 'ț', 'ţ', 'Ă',
    'Â', 'Î', 'Ș', 'Ş', 'Ț', 'Ţ', 'é', 'ü', 'ñ', 'ø', 'ß', 'İ', 'ı', 'ﬁ', 'Ω', 'я', 'Ж', '中', '国', '😀', '👩',
    '🏽', '🇷', '🇴', '𝟙', '𝐀', 'א', 'ב', 'ש', 'ל', 'ו', 'ם', 'ع', 'ر', 'ب', '\u{200f}', '\u{200e}', '\u{202e}',
    '١', '٢', '٣', '۴', '০', '½', '²', '³', '¼', '0', '1', '2', '5', '9', 'A', 'a', 'Z', 'z', '\0', '\u{7f}',
    '\u{fffd}',
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(WORDS).prop_map(str::to_string),
        6 => proptest::sample::select(CHARS).prop_map(String::from),
        // Numbers in English and Romanian styles, sometimes with a sign.
        2 => "[-+]?[0-9]{1,4}([.,][0-9]{1,3}){0,3}",
        1 => "[0-9]{1,25}",
        // Capitalised names (possibly Romanian), for speakers and sources.
        2 => "[A-ZȘȚĂÎ][a-zșțăîâé]{1,8}( [A-ZȘȚĂÎ][a-zșțăîâé]{1,8}){0,2}",
        // Right-to-left and emoji runs.
        1 => "[\u{5d0}-\u{5ea}\u{627}-\u{64a} ]{1,8}",
        1 => "[😀-🙏👨-👩\u{200d}\u{fe0f}]{1,4}",
        1 => any::<char>().prop_map(String::from),
    ]
}

fn news_text() -> impl Strategy<Value = String> {
    proptest::collection::vec((piece(), proptest::sample::select(&[" ", " ", "", "\n", "\n\n", "\u{a0}"][..])), 0..120)
        .prop_map(|v| v.into_iter().map(|(p, sep)| p + sep).collect())
}

fn lang_choice() -> impl Strategy<Value = Option<String>> {
    proptest::sample::select(&[None, Some("en"), Some("ro"), Some("auto")][..]).prop_map(|l| l.map(str::to_string))
}

fn is_low_surrogate(u: u16) -> bool {
    (0xDC00..0xE000).contains(&u)
}

/// Every invariant of one analysis of `text`. Returns the first violation.
fn check_analysis(text: &str, a: &Analysis) -> Result<(), String> {
    let units: Vec<u16> = text.encode_utf16().collect();
    if a.error.is_some() {
        return Err(format!("unexpected error {:?}", a.error));
    }
    let mut last: Option<(usize, usize)> = None;
    for (i, ann) in a.annotations.iter().enumerate() {
        let b = &ann.bytes;
        if b.start > b.end || b.end > text.len() {
            return Err(format!("#{i}: byte span {b:?} out of bounds (len {})", text.len()));
        }
        if !text.is_char_boundary(b.start) || !text.is_char_boundary(b.end) {
            return Err(format!("#{i}: byte span {b:?} not on char boundaries"));
        }
        if b.start == b.end {
            return Err(format!("#{i}: empty span at {}", b.start));
        }
        if ann.start > ann.end || ann.end > units.len() {
            return Err(format!("#{i}: UTF-16 span {}..{} out of bounds (len {})", ann.start, ann.end, units.len()));
        }
        for at in [ann.start, ann.end] {
            if at < units.len() && is_low_surrogate(units[at]) {
                return Err(format!("#{i}: UTF-16 offset {at} splits a surrogate pair"));
            }
        }
        if text[..b.start].encode_utf16().count() != ann.start || text[..b.end].encode_utf16().count() != ann.end {
            return Err(format!("#{i}: byte span {b:?} and UTF-16 span {}..{} disagree", ann.start, ann.end));
        }
        if ann.text != text[b.clone()] {
            return Err(format!("#{i}: text {:?} is not the byte slice {:?}", ann.text, &text[b.clone()]));
        }
        if String::from_utf16(&units[ann.start..ann.end]).ok().as_deref() != Some(ann.text.as_str()) {
            return Err(format!("#{i}: text {:?} is not the UTF-16 slice", ann.text));
        }
        let key = (ann.start, ann.end);
        if let Some((ls, le)) = last {
            if key.0 < ls || (key.0 == ls && key.1 > le) {
                return Err(format!("#{i}: not sorted by start then longest first: {ls}..{le} before {}..{}", key.0, key.1));
            }
        }
        last = Some(key);
        match (&ann.fields, ann.kind) {
            (Fields::Quote { .. }, Kind::Quote) | (Fields::Source { .. }, Kind::Source) => {}
            (Fields::Number { value, high, .. }, Kind::Number) => {
                if !value.is_finite() || high.is_some_and(|h| !h.is_finite()) {
                    return Err(format!("#{i}: number {:?} has a non-finite value {value} / {high:?}", ann.text));
                }
            }
            _ => return Err(format!("#{i}: kind {:?} with fields of another kind", ann.kind)),
        }
        if let Some(id) = ann.source_id {
            if id >= a.summary.sources.len() {
                return Err(format!("#{i}: source_id {id} past {} sources", a.summary.sources.len()));
            }
        }
    }
    // The summary: counts, indices of the right kinds, ids dense and consistent.
    let count = |k: Kind| a.annotations.iter().filter(|x| x.kind == k).count();
    let c = &a.summary.counts;
    if (c.quote, c.number, c.source) != (count(Kind::Quote), count(Kind::Number), count(Kind::Source)) {
        return Err(format!("counts {c:?} disagree with the annotations"));
    }
    let kind_at = |i: usize| a.annotations.get(i).map(|x| x.kind);
    for (n, s) in a.summary.sources.iter().enumerate() {
        if s.id != n {
            return Err(format!("summary source #{n} has id {}", s.id));
        }
        for (list, kind) in [(&s.mentions, Kind::Source), (&s.supports.quotes, Kind::Quote), (&s.supports.numbers, Kind::Number)] {
            for &i in list {
                if kind_at(i) != Some(kind) || a.annotations[i].source_id != Some(n) {
                    return Err(format!("summary source #{n} lists annotation {i} as a {kind:?} of its own, wrongly"));
                }
            }
        }
        if s.mentions.is_empty() && s.supports.quotes.is_empty() && s.supports.numbers.is_empty() {
            return Err(format!("summary source #{n} ({:?}) supports nothing", s.name));
        }
    }
    for &i in &a.summary.unsourced {
        if kind_at(i) != Some(Kind::Number) || a.annotations[i].source_id.is_some() {
            return Err(format!("unsourced lists annotation {i}, not an unsourced number"));
        }
    }
    for &i in &a.summary.anonymous {
        if kind_at(i) != Some(Kind::Quote) || a.annotations[i].source_id.is_some() {
            return Err(format!("anonymous lists annotation {i}, not a quote without speaker"));
        }
    }
    Ok(())
}

fn check_range(text: &str, what: &str, r: &std::ops::Range<usize>) -> Result<(), String> {
    if r.start > r.end || r.end > text.len() || !text.is_char_boundary(r.start) || !text.is_char_boundary(r.end) {
        return Err(format!("{what}: span {r:?} out of bounds or off a char boundary (len {})", text.len()));
    }
    Ok(())
}

fn check_sorted(what: &str, spans: &[std::ops::Range<usize>]) -> Result<(), String> {
    for w in spans.windows(2) {
        if w[1].start < w[0].start {
            return Err(format!("{what}: not sorted by start: {:?} then {:?}", w[0], w[1]));
        }
    }
    Ok(())
}

/// The engines' own outputs, in bytes, before linking.
fn check_engines(text: &str, language: &'static lang::Language) -> Result<(), String> {
    let doc = scan::Document::new(text, language);
    let mut end = 0;
    for t in &doc.tokens {
        if t.start != end || t.end <= t.start {
            return Err(format!("tokens do not tile the text at {end}: {t:?}"));
        }
        check_range(text, "token", &(t.start..t.end))?;
        end = t.end;
    }
    if end != text.len() {
        return Err(format!("tokens end at {end}, text at {}", text.len()));
    }
    for s in &doc.sentences {
        check_range(text, "sentence", s)?;
        if !doc.paragraphs.iter().any(|p| p.start <= s.start && s.end <= p.end) {
            return Err(format!("sentence {s:?} is in no paragraph"));
        }
    }
    for p in &doc.paragraphs {
        check_range(text, "paragraph", p)?;
    }
    let ctx = sourcelight::context::Context::new(&doc);
    let qs = quotes::find(&ctx);
    for q in &qs {
        check_range(text, "quote", &q.span)?;
        if let Some(m) = q.speaker.as_ref().and_then(|s| s.mention.as_ref()) {
            check_range(text, "speaker mention", m)?;
        }
    }
    check_sorted("quotes", &qs.iter().map(|q| q.span.clone()).collect::<Vec<_>>())?;
    let ns = numbers::find(&doc);
    for n in &ns {
        check_range(text, "number", &n.span)?;
    }
    check_sorted("numbers", &ns.iter().map(|n| n.span.clone()).collect::<Vec<_>>())?;
    let ss = sources::find(&ctx, &qs);
    for s in &ss {
        check_range(text, "source", &s.span)?;
    }
    check_sorted("sources", &ss.iter().map(|s| s.span.clone()).collect::<Vec<_>>())?;
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn analysis_invariants_hold_on_news_like_text(text in news_text(), lang in lang_choice()) {
        let options = Options { lang, page_lang: None };
        let a = analyze(&text, &options);
        if let Err(e) = check_analysis(&text, &a) {
            return Err(TestCaseError::fail(format!("{e}\ntext: {text:?}")));
        }
    }

    #[test]
    fn analysis_is_deterministic(text in news_text(), lang in lang_choice()) {
        let options = Options { lang, page_lang: None };
        let first = format!("{:?}", analyze(&text, &options));
        let second = format!("{:?}", analyze(&text, &options));
        prop_assert_eq!(first, second);
    }

    #[test]
    fn engines_keep_their_spans_in_bounds(text in news_text(), which in 0usize..2) {
        if let Err(e) = check_engines(&text, &lang::LANGUAGES[which]) {
            return Err(TestCaseError::fail(format!("{e}\ntext: {text:?}")));
        }
    }

    #[test]
    fn any_unicode_at_all_keeps_the_invariants(text in any::<String>(), lang in lang_choice()) {
        let options = Options { lang, page_lang: None };
        let a = analyze(&text, &options);
        if let Err(e) = check_analysis(&text, &a) {
            return Err(TestCaseError::fail(format!("{e}\ntext: {text:?}")));
        }
    }

    #[test]
    fn utf16_round_trips_on_char_boundaries(text in news_text()) {
        let bytes: Vec<usize> = (0..=text.len()).filter(|&b| text.is_char_boundary(b)).collect();
        let units = sourcelight::utf16::utf16_offsets(&text, &bytes);
        for (b, u) in bytes.iter().zip(&units) {
            prop_assert_eq!(*u, text[..*b].encode_utf16().count());
        }
        prop_assert_eq!(sourcelight::utf16::byte_offsets(&text, &units), bytes);
    }
}

/// A page whose text is a single emoji repeated, or only quote marks, is the
/// kind of input random generation rarely hits whole: check a few directly.
#[test]
fn degenerate_pages_keep_the_invariants() {
    let pages = [
        "😀".repeat(200),
        "“".repeat(300),
        "„\"".repeat(150),
        "\"".repeat(301),
        "according to ".repeat(50),
        "potrivit ".repeat(50),
        "1,".repeat(200),
        "9".repeat(400),
        "9".repeat(400) + " billion",
        "\n".repeat(100),
        "\u{301}".repeat(100),
        "a\u{301}".repeat(100) + " said",
    ];
    for text in pages {
        for lang in [None, Some("en".to_string()), Some("ro".to_string())] {
            let a = analyze(&text, &Options { lang, page_lang: None });
            if let Err(e) = check_analysis(&text, &a) {
                panic!("{e}\ntext: {text:?}");
            }
        }
    }
}

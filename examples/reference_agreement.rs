//! Agreement with Duckling's published Romanian and English numeral and money cases.
//!
//! ```text
//! cargo run --release --example reference_agreement [PATH/TO/duckling]
//! ```
//!
//! Reads `../shared/data/reference/duckling/{ro,en}.jsonl` (relative to the
//! repository root) or the folder given, runs every `Numeral` and
//! `AmountOfMoney` input through sourcelight, and prints, per language and
//! dim, how many values sourcelight gets right. Cases where ANNOTATION.md
//! differs from Duckling by design (a bare `one`/`a`/`un`/`o` is no claim;
//! coins and cents are not converted; `$` is USD whatever the region;
//! zero-words and colloquial forms are out of scope) are counted apart and
//! listed by reason, so the remaining misses are the real ones. A missing
//! folder is a note, not a failure.

use serde_json::Value;
use sourcelight::{analyze, Fields, Kind, Options};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// What Duckling expects for one input.
#[derive(Debug, Clone)]
struct Expected {
    value: f64,
    high: Option<f64>,
    /// Duckling's currency name (`Dollar`, `RON`, `Cent`…), `None` for numerals.
    currency: Option<String>,
    /// `<` for `under`, `>` for `above`.
    approx: Option<&'static str>,
}

/// Parses Duckling's value text: `NumeralValue 100000`, `NumeralValue (-3)`,
/// `simple RON 10.5`, `between RON (5, 15)`, `under EUR 7`, `above Dollar 3`.
fn parse_expected(s: &str) -> Option<Expected> {
    let num = |t: &str| t.trim().trim_matches(|c| c == '(' || c == ')').trim().parse::<f64>().ok();
    if let Some(rest) = s.strip_prefix("NumeralValue ") {
        return Some(Expected { value: num(rest)?, high: None, currency: None, approx: None });
    }
    let (kind, rest) = s.split_once(' ')?;
    let (cur, rest) = rest.split_once(' ')?;
    let currency = Some(cur.to_string());
    match kind {
        "simple" => Some(Expected { value: num(rest)?, high: None, currency, approx: None }),
        "under" => Some(Expected { value: num(rest)?, high: None, currency, approx: Some("<") }),
        "above" => Some(Expected { value: num(rest)?, high: None, currency, approx: Some(">") }),
        "between" => {
            let (a, b) = rest.trim_matches(|c| c == '(' || c == ')').split_once(',')?;
            Some(Expected { value: num(a)?, high: Some(num(b)?), currency, approx: None })
        }
        _ => None,
    }
}

/// Duckling's currency names as ISO 4217 codes, as sourcelight reports them.
fn iso(currency: &str) -> Option<&str> {
    Some(match currency {
        "Dollar" => "USD",
        "Pound" => "GBP",
        "Euro" => "EUR",
        "Unnamed" => return None,
        other => other,
    })
}

/// Why an input differs from ANNOTATION.md by design, if it does.
fn by_design(input: &str, e: &Expected, region: Option<&str>) -> Option<&'static str> {
    let lower = input.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let bare_one = ["one", "a", "an", "un", "o", "unu", "unul", "una", "intai", "întâi", "single"];
    if e.currency.is_none() && e.value == 1.0 && words.len() == 1 && bare_one.contains(&words[0]) {
        return Some("bare one/a/un/o is not a claim (ANNOTATION.md: referential)");
    }
    if ["a few", "few", "a couple", "a pair", "couple"].iter().any(|w| lower.trim() == *w || lower.starts_with(&format!("{w} of"))) {
        return Some("vague quantities (a few, a couple, a pair) are not claims");
    }
    if e.currency.is_some() && e.value == 1.0 && words.first().is_some_and(|w| bare_one.contains(w)) {
        return Some("an article before a currency word (a dollar, un dolar) is not a claim");
    }
    if words.len() == 1 && ["noua", "nouă", "doua"].contains(&words[0]) || words.first().is_some_and(|w| *w == "noua") {
        return Some("RO words that are also adjectives/ordinals (noua = the new, a doua = the second) need a noun after them");
    }
    if lower.contains("point") || lower.starts_with("one twenty") || lower.contains("thousand millions") || input.ends_with('K') || input.ends_with('M') || input.ends_with('G') {
        return Some("spoken or engineering forms (one point one, one twenty two, 3M, 1200K) are out of scope for news text");
    }
    if e.currency.is_none() && e.value == 0.0 && !input.chars().any(|c| c.is_ascii_digit()) {
        return Some("zero and nothing-words (zero, nici unul, nimic, none) are not marked");
    }
    if let Some(c) = e.currency.as_deref() {
        if c == "Cent" || ["cent", "bani", "penny", "pence", "dime", "nickel", "quarter", "grand", "buck"].iter().any(|w| lower.contains(w)) {
            return Some("coins, cents and slang amounts are not converted");
        }
        if region.is_some() || (c != "Dollar" && c != "USD" && input.contains('$')) {
            return Some("`$` is USD: sourcelight has no region setting");
        }
    }
    if ["spe", "șpe", "zeci", "negativ", "minus", "dozens", "k ", "grand"].iter().any(|w| lower.contains(w) && !lower.contains("zeci de")) {
        return Some("colloquial or spoken forms (unșpe, minus, 3 negativ) are out of scope");
    }
    if e.high.is_some() && (lower.starts_with("from ") || lower.starts_with("de la ")) && input.matches(|c: char| c.is_ascii_digit()).count() > 0 {
        let units = lower.split_whitespace().filter(|w| !w.chars().any(|c| c.is_ascii_digit())).count();
        if units >= 3 {
            return Some("`from $10 to $20` with a unit on both ends reads as a change between two figures in news, not a range");
        }
    }
    let joined = lower.contains(" si ") || lower.contains(" și ") || lower.contains(" and ");
    if joined && e.currency.is_some() && e.high.is_none() {
        return Some("sums of units (10 lei și 50 bani) are two claims, not one");
    }
    if input.starts_with(',') || input.starts_with('.') || input.starts_with("0") && input.len() > 1 && input.as_bytes()[1].is_ascii_digit() {
        return Some("leading separators or zeros read as codes (01,10) or need context");
    }
    None
}

/// One predicted number: value, high, unit, approximator, span length in bytes.
type Found = (f64, Option<f64>, Option<String>, Option<String>, usize);

/// The number annotation covering most of the input.
fn best_number(input: &str, lang: &str) -> Option<Found> {
    let options = Options { lang: Some(lang.to_string()), page_lang: None };
    let analysis = analyze(input, &options);
    analysis
        .annotations
        .iter()
        .filter(|a| a.kind == Kind::Number)
        .filter_map(|a| match &a.fields {
            Fields::Number { value, high, unit, approx, .. } => {
                Some((*value, *high, unit.clone(), approx.map(|x| x.as_str().to_string()), a.bytes.len()))
            }
            _ => None,
        })
        .max_by_key(|t| t.4)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * b.abs().max(1.0)
}

#[derive(Default)]
struct Tally {
    total: usize,
    right: usize,
    by_design: BTreeMap<&'static str, usize>,
    misses: Vec<String>,
}

fn main() {
    let dir = std::env::args().nth(1).map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/reference/duckling")
    });
    if !dir.is_dir() {
        println!("note: {} not found; no Duckling reference to compare with (pass the folder as an argument).", dir.display());
        return;
    }
    for lang in ["ro", "en"] {
        let path = dir.join(format!("{lang}.jsonl"));
        let Ok(text) = std::fs::read_to_string(&path) else {
            println!("note: {} not found; skipping {lang}.", path.display());
            continue;
        };
        let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
        let mut negatives = (0usize, 0usize);
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let Ok(rec) = serde_json::from_str::<Value>(line) else { continue };
            let dim = rec["dim"].as_str().unwrap_or("");
            if dim != "Numeral" && dim != "AmountOfMoney" {
                continue;
            }
            let inputs: Vec<&str> = rec["inputs"].as_array().map(|a| a.iter().filter_map(|v| v.as_str()).collect()).unwrap_or_default();
            if rec["negative"].as_bool() == Some(true) {
                for input in inputs {
                    negatives.0 += 1;
                    let pred = best_number(input, lang);
                    let money = pred.as_ref().is_some_and(|p| p.2.as_deref().is_some_and(|u| u.len() == 3 && u != "km2"));
                    if !(dim == "AmountOfMoney" && money) {
                        negatives.1 += 1;
                    }
                }
                continue;
            }
            let Some(expected) = rec["expected"].as_str().and_then(parse_expected) else { continue };
            let region = rec["region"].as_str();
            let tally = tallies.entry(dim.to_string()).or_default();
            for input in inputs {
                tally.total += 1;
                let pred = best_number(input, lang);
                let ok = pred.as_ref().is_some_and(|(v, high, unit, approx, _)| {
                    close(*v, expected.value)
                        && match (expected.high, high) {
                            (Some(a), Some(b)) => close(*b, a),
                            (None, None) => true,
                            _ => false,
                        }
                        && match expected.currency.as_deref() {
                            None => unit.is_none() || dim == "Numeral",
                            Some(c) => unit.as_deref() == iso(c),
                        }
                        && (expected.approx.is_none() || approx.as_deref() == expected.approx)
                });
                if ok {
                    tally.right += 1;
                    continue;
                }
                let finer_approx = pred.as_ref().is_some_and(|(v, _, _, a, _)| {
                    close(*v, expected.value)
                        && matches!((expected.approx, a.as_deref()), (Some("<"), Some("<=")) | (Some(">"), Some(">=")))
                });
                let reason = if finer_approx {
                    Some("ANNOTATION.md tells `at least`/`at most` (>=, <=) from `over`/`under` (>, <); Duckling has only above/under")
                } else {
                    by_design(input, &expected, region)
                };
                match reason {
                    Some(reason) => *tally.by_design.entry(reason).or_default() += 1,
                    None => tally.misses.push(format!(
                        "{input:?}: Duckling {} → sourcelight {}",
                        rec["expected"].as_str().unwrap_or("?"),
                        match &pred {
                            Some((v, h, u, a, _)) => format!(
                                "{v}{}{}{}",
                                h.map(|h| format!("–{h}")).unwrap_or_default(),
                                u.as_ref().map(|u| format!(" {u}")).unwrap_or_default(),
                                a.as_ref().map(|a| format!(" ({a})")).unwrap_or_default()
                            ),
                            None => "nothing".to_string(),
                        }
                    )),
                }
            }
        }
        for (dim, t) in &tallies {
            let design: usize = t.by_design.values().sum();
            let comparable = t.total - design;
            println!(
                "{lang} {dim}: {}/{} values right ({:.1}%); {} differ by design; {}/{} right ({:.1}%) of the comparable ones",
                t.right,
                t.total,
                100.0 * t.right as f64 / t.total.max(1) as f64,
                design,
                t.right,
                comparable,
                100.0 * t.right as f64 / comparable.max(1) as f64
            );
            for (reason, n) in &t.by_design {
                println!("    by design ({n}): {reason}");
            }
            for m in &t.misses {
                println!("    miss: {m}");
            }
        }
        if negatives.0 > 0 {
            println!(
                "{lang} negatives: {}/{} not marked as money (Duckling rejects `10 de dolari`; ANNOTATION.md reads the RO linker `de` as normal)",
                negatives.1, negatives.0
            );
        }
    }
}

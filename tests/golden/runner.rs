// The golden-corpus checker, shared by the native test (tests/golden.rs) and
// the wasm test (tests/wasm_golden.rs): both feed it the analysis as JSON, so
// the two builds are held to the very same expectations.
//
// File format (tests/golden/*.toml), one `[[case]]` per example:
//
//   [[case]]
//   name = "speaker after the quote"
//   lang = "en"                      # optional: forces the language
//   text = "“We won,” Ana Pop said."
//   check = ["quote", "source"]      # optional: kinds checked exhaustively;
//                                    # default: the kinds named in `expect`
//   partial = true                   # optional: the checked kinds must hold
//                                    # the expected entries, but other
//                                    # predictions of them are allowed (a
//                                    # battery line that asserts one quote's
//                                    # speaker, or some sources, not all)
//   absent = ["Driver"]              # optional: no prediction of a checked
//                                    # kind has this exact text (anywhere)
//   [[case.expect]]
//   quote = "“We won,”"              # the exact span text (kind key = span)
//   nth = 0                          # optional: which occurrence of it
//   speaker = "Ana Pop"              # optional fields are checked when given;
//   cue = "said"                     # `"null"`-valued fields via `none = [..]`
//   [[case.expect]]
//   source = "Ana Pop"
//   type = "person"
//   [[case.expect]]
//   number = "$5 million"
//   value = 5e6
//   unit = "USD"
//   none = ["approx", "high"]        # fields that must be null
//   linked_to = "Ana Pop"            # its source entry's name (links)
//   sourced = true
//
// For every kind checked, the predicted annotations of that kind must be
// exactly the expected ones: a missing one or an extra one fails the case
// (with `partial = true`, only a missing one).

use std::collections::BTreeSet;

pub struct Case {
    pub file: String,
    pub name: String,
    pub lang: Option<String>,
    pub text: String,
    check: BTreeSet<String>,
    partial: bool,
    absent: Vec<String>,
    expect: Vec<toml::Table>,
}

const KINDS: [&str; 3] = ["quote", "number", "source"];

pub fn parse_cases(file: &str, src: &str) -> Vec<Case> {
    let table: toml::Table = src.parse().unwrap_or_else(|e| panic!("{file}: bad TOML: {e}"));
    let cases = match table.get("case") {
        Some(toml::Value::Array(a)) => a.clone(),
        None => Vec::new(),
        _ => panic!("{file}: `case` must be an array of tables"),
    };
    cases
        .into_iter()
        .map(|c| {
            let c = c.as_table().unwrap_or_else(|| panic!("{file}: a case is not a table")).clone();
            let name = c.get("name").and_then(|v| v.as_str()).unwrap_or_else(|| panic!("{file}: case without name")).to_string();
            let text = c.get("text").and_then(|v| v.as_str()).unwrap_or_else(|| panic!("{file}: {name}: no text")).to_string();
            let lang = c.get("lang").and_then(|v| v.as_str()).map(str::to_string);
            let expect: Vec<toml::Table> = c
                .get("expect")
                .and_then(|v| v.as_array())
                .map(|a| a.iter().map(|e| e.as_table().expect("expect entries are tables").clone()).collect())
                .unwrap_or_default();
            let mut check: BTreeSet<String> = c
                .get("check")
                .and_then(|v| v.as_array())
                .map(|a| a.iter().filter_map(|k| k.as_str()).map(str::to_string).collect())
                .unwrap_or_default();
            if c.get("check").is_none() {
                for e in &expect {
                    for k in KINDS {
                        if e.contains_key(k) {
                            check.insert(k.to_string());
                        }
                    }
                }
            }
            for k in &check {
                assert!(KINDS.contains(&k.as_str()), "{file}: {name}: unknown kind {k} in check");
            }
            let partial = c.get("partial").map(|v| v.as_bool().unwrap_or_else(|| panic!("{file}: {name}: partial is a boolean"))).unwrap_or(false);
            let absent: Vec<String> = c
                .get("absent")
                .map(|v| {
                    let a = v.as_array().unwrap_or_else(|| panic!("{file}: {name}: absent is a list"));
                    a.iter().map(|t| t.as_str().unwrap_or_else(|| panic!("{file}: {name}: absent holds strings")).to_string()).collect()
                })
                .unwrap_or_default();
            assert!(absent.is_empty() || !check.is_empty(), "{file}: {name}: absent needs a kind to check (set check)");
            Case { file: file.to_string(), name, lang, text, check, partial, absent, expect }
        })
        .collect()
}

fn utf16_index_of(text: &str, needle: &str, nth: usize) -> Option<(usize, usize)> {
    let mut from = 0;
    let mut found = None;
    for _ in 0..=nth {
        let i = text[from..].find(needle)? + from;
        found = Some(i);
        from = i + needle.len().max(1);
        if from > text.len() {
            break;
        }
    }
    let i = found?;
    let start = text[..i].encode_utf16().count();
    Some((start, start + needle.encode_utf16().count()))
}

fn num(v: &serde_json::Value) -> Option<f64> {
    v.as_f64()
}

/// Checks one case against an analysis (as JSON). Returns the problems.
pub fn check_case(case: &Case, analysis: &serde_json::Value) -> Vec<String> {
    let mut problems = Vec::new();
    let anns = analysis["annotations"].as_array().cloned().unwrap_or_default();
    let sources = analysis["summary"]["sources"].as_array().cloned().unwrap_or_default();
    let source_name = |id: &serde_json::Value| -> Option<String> {
        let id = id.as_u64()?;
        sources.iter().find(|s| s["id"].as_u64() == Some(id)).and_then(|s| s["name"].as_str()).map(str::to_string)
    };
    let show = |a: &serde_json::Value| format!("{} {:?} {}", a["kind"].as_str().unwrap_or("?"), a["text"].as_str().unwrap_or(""), a);
    for kind in KINDS {
        if !case.check.contains(kind) {
            continue;
        }
        let mut preds: Vec<(usize, &serde_json::Value)> =
            anns.iter().enumerate().filter(|(_, a)| a["kind"] == kind).collect();
        for e in case.expect.iter().filter(|e| e.contains_key(kind)) {
            let span = e[kind].as_str().expect("span text is a string");
            let nth = e.get("nth").and_then(|v| v.as_integer()).unwrap_or(0) as usize;
            let Some((start, end)) = utf16_index_of(&case.text, span, nth) else {
                problems.push(format!("expected {kind} {span:?} (nth {nth}) is not in the text"));
                continue;
            };
            let pos = preds.iter().position(|(_, a)| a["start"].as_u64() == Some(start as u64) && a["end"].as_u64() == Some(end as u64));
            let Some(pos) = pos else {
                problems.push(format!("missing {kind} {span:?}"));
                continue;
            };
            let (_, a) = preds.remove(pos);
            for (key, want) in e.iter() {
                if key == kind || key == "nth" {
                    continue;
                }
                let got = &a[key.as_str()];
                let ok = match key.as_str() {
                    "none" => {
                        for field in want.as_array().expect("none is a list") {
                            let f = field.as_str().unwrap();
                            if !a[f].is_null() {
                                problems.push(format!("{kind} {span:?}: {f} should be null, got {}", a[f]));
                            }
                        }
                        true
                    }
                    "linked_to" => {
                        let got = source_name(&a["source_id"]);
                        let ok = got.as_deref() == want.as_str();
                        if !ok {
                            problems.push(format!("{kind} {span:?}: linked_to {:?}, want {want}", got));
                        }
                        true
                    }
                    "value" | "high" => {
                        let w = want.as_float().or_else(|| want.as_integer().map(|i| i as f64)).expect("numeric");
                        num(got).is_some_and(|g| (g - w).abs() <= 1e-6 * w.abs().max(1.0))
                    }
                    _ => match want {
                        toml::Value::String(s) => got.as_str() == Some(s.as_str()),
                        toml::Value::Boolean(b) => got.as_bool() == Some(*b),
                        toml::Value::Integer(i) => got.as_i64() == Some(*i),
                        other => panic!("{}: {}: unsupported expectation {key} = {other}", case.file, case.name),
                    },
                };
                if !ok {
                    problems.push(format!("{kind} {span:?}: {key} = {got}, want {want}"));
                }
            }
        }
        for gone in &case.absent {
            for (_, a) in anns.iter().enumerate().filter(|(_, a)| a["kind"] == kind && a["text"].as_str() == Some(gone.as_str())) {
                problems.push(format!("{kind} {gone:?} should be absent: {}", show(a)));
            }
        }
        if case.partial {
            continue;
        }
        for (_, extra) in preds {
            problems.push(format!("unexpected {}", show(extra)));
        }
    }
    // Invariants every analysis must keep, whatever the case checks.
    let units: Vec<u16> = case.text.encode_utf16().collect();
    let mut last = (0u64, u64::MAX);
    for a in &anns {
        let (s, e) = (a["start"].as_u64().unwrap_or(0), a["end"].as_u64().unwrap_or(0));
        if s > e || e as usize > units.len() {
            problems.push(format!("span out of bounds: {}", show(a)));
            continue;
        }
        if String::from_utf16_lossy(&units[s as usize..e as usize]) != a["text"].as_str().unwrap_or("") {
            problems.push(format!("text differs from the slice at its offsets: {}", show(a)));
        }
        if (s, u64::MAX - e) < (last.0, u64::MAX - last.1) {
            problems.push(format!("annotations not sorted at {}", show(a)));
        }
        last = (s, e);
    }
    problems
}

/// Runs every case through `analyze_json` and panics with a report of all
/// failures (so one run shows every broken case).
pub fn run_all(files: &[(&str, &str)], analyze_json: impl Fn(&str, Option<&str>) -> serde_json::Value) {
    let mut failures = Vec::new();
    let mut total = 0;
    for (file, src) in files {
        for case in parse_cases(file, src) {
            total += 1;
            let analysis = analyze_json(&case.text, case.lang.as_deref());
            let problems = check_case(&case, &analysis);
            if !problems.is_empty() {
                failures.push(format!("{}: {}\n    {}", case.file, case.name, problems.join("\n    ")));
            }
        }
    }
    assert!(total > 0, "the golden corpus is empty");
    if !failures.is_empty() {
        panic!("{} of {} golden cases failed:\n{}", failures.len(), total, failures.join("\n"));
    }
}

/// Every golden file, embedded so the wasm build needs no file system.
pub const GOLDEN_FILES: &[(&str, &str)] = &[
    ("core.toml", include_str!("core.toml")),
    ("quotes_en.toml", include_str!("quotes_en.toml")),
    ("quotes_ro.toml", include_str!("quotes_ro.toml")),
    ("quote_spans.toml", include_str!("quote_spans.toml")),
    ("numbers_en.toml", include_str!("numbers_en.toml")),
    ("numbers_ro.toml", include_str!("numbers_ro.toml")),
    ("sources_en.toml", include_str!("sources_en.toml")),
    ("sources_ro.toml", include_str!("sources_ro.toml")),
    ("links.toml", include_str!("links.toml")),
    ("regressions.toml", include_str!("regressions.toml")),
    ("batteries_en.toml", include_str!("batteries_en.toml")),
    ("batteries_ro.toml", include_str!("batteries_ro.toml")),
    ("batteries_sources.toml", include_str!("batteries_sources.toml")),
];

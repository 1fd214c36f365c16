//! Input limits: the size limit of one `analyze` call, and the CLI's per-line
//! handling of bad input in `annotate --jsonl` (each bad line reported with
//! its number, the rest still processed in order, a non-zero exit).
#![cfg(not(target_arch = "wasm32"))]

use sourcelight::{analyze, Options, MAX_INPUT_BYTES};
use std::io::Write;
use std::process::{Command, Stdio};

/// Text of exactly `len` bytes: a short article padded with spaces, so the
/// engines have something to find and little to chew on.
fn padded(len: usize) -> String {
    let article = "“We will not back down,” Ana Pop said, according to Reuters.";
    let mut s = " ".repeat(len - article.len());
    s.push_str(article);
    assert_eq!(s.len(), len);
    s
}

#[test]
fn the_limit_is_documented_in_mib() {
    assert_eq!(MAX_INPUT_BYTES, 32 * 1024 * 1024);
}

#[test]
fn just_over_the_limit_gives_an_empty_analysis_and_a_clear_error() {
    let text = padded(MAX_INPUT_BYTES + 1);
    let a = analyze(&text, &Options::default());
    let error = a.error.as_deref().expect("an error over the limit");
    assert!(a.annotations.is_empty() && a.summary.sources.is_empty() && a.summary.counts.quote == 0);
    assert!(error.contains(&MAX_INPUT_BYTES.to_string()), "the error names the limit: {error}");
    assert!(error.contains("32 MiB"), "the error names the limit in MiB: {error}");
    assert!(error.contains(&(MAX_INPUT_BYTES + 1).to_string()), "the error names the input's size: {error}");
    // The error reaches JSON too (the CLI's file mode prints it).
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["error"].as_str(), Some(error));
}

#[test]
fn exactly_at_the_limit_analyses_normally() {
    // The limit is inclusive: MAX_INPUT_BYTES itself is the largest accepted
    // input (one run: debug builds are slow on 32 MiB).
    for len in [MAX_INPUT_BYTES] {
        let text = padded(len);
        let a = analyze(&text, &Options { lang: Some("en".into()), page_lang: None });
        assert!(a.error.is_none(), "{len} bytes: {:?}", a.error);
        assert!(serde_json::to_value(&a).unwrap().get("error").is_none(), "no error key when analysed");
        for ann in &a.annotations {
            assert_eq!(ann.text, text[ann.bytes.clone()]);
        }
    }
}

#[test]
fn a_multibyte_character_straddling_the_limit_is_still_over_it() {
    // The limit counts UTF-8 bytes, not characters: 𝐀 (4 bytes) at the end.
    let mut text = " ".repeat(MAX_INPUT_BYTES - 2);
    text.push('𝐀');
    assert!(analyze(&text, &Options::default()).error.is_some());
}

fn run_cli(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sourcelight"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the sourcelight binary runs");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    // Write from another thread so a full stdout pipe cannot deadlock us.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    )
}

#[test]
fn jsonl_reports_each_bad_line_by_number_and_processes_the_rest_in_order() {
    let oversized = serde_json::json!({ "id": "big", "text": padded(MAX_INPUT_BYTES + 10) }).to_string();
    let lines = [
        r#"{"id": "a", "text": "“We won,” Ana Pop said."}"#.to_string(), // 1
        "this is not JSON".to_string(),                                    // 2
        r#"{"id": "no-text"}"#.to_string(),                                // 3
        oversized,                                                         // 4
        r#"{"id": "b", "text": "Prices rose 5% last year.", "lang": "en"}"#.to_string(), // 5
        String::new(),                                                     // 6: blank, skipped silently
        r#"{"id": "bad-lang", "text": "x", "lang": "xx"}"#.to_string(),    // 7
        r#"{"id": "c", "text": ""}"#.to_string(),                          // 8
        r#"{"id": 9, "text": 42}"#.to_string(),                            // 9: text not a string
        r#"{"id": "d", "text": "Potrivit INS, inflația a fost de 5,2%."}"#.to_string(), // 10
    ];
    let stdin = lines.join("\n") + "\n";
    let (code, stdout, stderr) = run_cli(&["annotate", "--jsonl"], stdin.as_bytes());
    assert_ne!(code, 0, "bad lines make the exit status non-zero; stderr: {stderr}");
    let ids: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("each output line is JSON")["id"].clone())
        .collect();
    assert_eq!(ids, [serde_json::json!("a"), "b".into(), "c".into(), "d".into()], "good lines, in input order");
    for n in [2, 3, 4, 7, 9] {
        assert!(stderr.contains(&format!("line {n}:")), "line {n} is reported on stderr:\n{stderr}");
    }
    for n in [1, 5, 6, 8, 10] {
        assert!(!stderr.contains(&format!("line {n}:")), "line {n} is not reported:\n{stderr}");
    }
    let line4 = stderr.lines().find(|l| l.contains("line 4:")).unwrap();
    assert!(line4.contains(&MAX_INPUT_BYTES.to_string()), "the oversized line names the limit: {line4}");
    assert!(stderr.len() < 10_000, "errors do not echo the oversized text back");
}

#[test]
fn jsonl_with_only_good_lines_exits_zero() {
    let (code, stdout, stderr) = run_cli(&["annotate", "--jsonl"], "{\"id\": 1, \"text\": \"Hello.\"}\n".as_bytes());
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.lines().count(), 1);
}

#[test]
fn jsonl_survives_invalid_utf8_on_a_line() {
    let mut stdin = b"{\"id\": 1, \"text\": \"ok\"}\n".to_vec();
    stdin.extend_from_slice(b"{\"id\": 2, \"text\": \"\xff\xfe bad bytes\"}\n");
    stdin.extend_from_slice(b"{\"id\": 3, \"text\": \"still ok\"}\n");
    let (code, stdout, stderr) = run_cli(&["annotate", "--jsonl"], &stdin);
    assert_ne!(code, 0);
    assert!(stderr.contains("line 2:"), "{stderr}");
    let ids: Vec<i64> =
        stdout.lines().map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].as_i64().unwrap()).collect();
    assert_eq!(ids, [1, 3]);
}

#[test]
fn file_mode_reports_an_oversized_file_and_goes_on() {
    let dir = std::env::temp_dir().join(format!("sourcelight-limits-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let big = dir.join("big.txt");
    let small = dir.join("small.txt");
    std::fs::write(&big, padded(MAX_INPUT_BYTES + 1)).unwrap();
    std::fs::write(&small, "“We won,” Ana Pop said.").unwrap();
    let (code, stdout, stderr) =
        run_cli(&["annotate", "--compact", big.to_str().unwrap(), small.to_str().unwrap()], b"");
    std::fs::remove_dir_all(&dir).ok();
    assert_ne!(code, 0);
    assert!(stderr.contains("big.txt") && stderr.contains(&MAX_INPUT_BYTES.to_string()), "{stderr}");
    let out: serde_json::Value = serde_json::from_str(&stdout).expect("a JSON array");
    assert_eq!(out.as_array().map(Vec::len), Some(2));
    assert!(out[0]["error"].is_string());
    assert!(out[1].get("error").is_none());
}

//! The sourcelight command line: annotates files or JSON lines for evaluation, batch use and benchmarks.

use serde::Serialize;
use sourcelight::{analyze, Analysis, Annotation, Options, Summary};
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "\
sourcelight: marks quotes, numeric claims and source attributions in news text

usage:
  sourcelight annotate [--lang auto|en|ro] [--compact] FILE...
      Prints the analysis of each plain-text file as JSON (offsets in UTF-16
      code units). `-` reads standard input. Several files give a JSON array.
  sourcelight annotate --jsonl [--lang auto|en|ro]
      Reads lines {\"id\", \"text\", \"lang\"?} on standard input and writes one
      line {\"id\", \"language\", \"annotations\", \"summary\"} per input line, in order. A bad line gets an
      error on standard error naming its line number; the others are still
      processed; the exit status is then 1.
  sourcelight bench [--repeat N] FILE...
      Prints native analysis throughput over the files (MB/s).
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("annotate") => annotate(&args[1..]),
        Some("bench") => bench(&args[1..]),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some("-V" | "--version") => {
            println!("sourcelight {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        _ => {
            eprint!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

struct AnnotateArgs {
    jsonl: bool,
    compact: bool,
    lang: Option<String>,
    files: Vec<String>,
}

fn parse_annotate(args: &[String]) -> Result<AnnotateArgs, String> {
    let mut out = AnnotateArgs { jsonl: false, compact: false, lang: None, files: Vec::new() };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--jsonl" => out.jsonl = true,
            "--compact" => out.compact = true,
            "--lang" => out.lang = Some(it.next().ok_or("--lang needs a value (auto, en, ro)")?.clone()),
            s if s.starts_with("--lang=") => out.lang = Some(s["--lang=".len()..].to_string()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            s => out.files.push(s.to_string()),
        }
    }
    let opts = Options { lang: out.lang.clone(), page_lang: None };
    opts.validate()?;
    if !out.jsonl && out.files.is_empty() {
        return Err("annotate needs FILE... or --jsonl".into());
    }
    if out.jsonl && !out.files.is_empty() {
        return Err("--jsonl reads standard input; give no files".into());
    }
    Ok(out)
}

fn annotate(args: &[String]) -> ExitCode {
    let args = match parse_annotate(args) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("sourcelight: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if args.jsonl {
        return annotate_jsonl(args.lang);
    }
    let options = Options { lang: args.lang, page_lang: None };
    let mut results = Vec::new();
    let mut failed = false;
    for path in &args.files {
        let text = if path == "-" {
            let mut s = String::new();
            io::stdin().read_to_string(&mut s).map(|_| s)
        } else {
            std::fs::read(path).and_then(|b| String::from_utf8(b).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e)))
        };
        match text {
            Ok(text) => {
                let a = analyze(&text, &options);
                if let Some(e) = &a.error {
                    eprintln!("sourcelight: {path}: {e}");
                    failed = true;
                }
                results.push(a);
            }
            Err(e) => {
                eprintln!("sourcelight: {path}: {e}");
                failed = true;
            }
        }
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let written = if results.len() == 1 && args.files.len() == 1 {
        write_json(&mut out, &results[0], args.compact)
    } else {
        write_json(&mut out, &results, args.compact)
    };
    if written.and_then(|_| writeln!(out)).and_then(|_| out.flush()).is_err() {
        return ExitCode::from(1);
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn write_json<T: Serialize>(out: &mut impl Write, value: &T, compact: bool) -> io::Result<()> {
    if compact {
        serde_json::to_writer(out, value).map_err(io::Error::other)
    } else {
        serde_json::to_writer_pretty(out, value).map_err(io::Error::other)
    }
}

#[derive(serde::Deserialize)]
struct JsonlIn {
    id: serde_json::Value,
    text: Option<String>,
    lang: Option<String>,
}

#[derive(Serialize)]
struct JsonlOut<'a> {
    id: &'a serde_json::Value,
    language: &'a str,
    annotations: &'a [Annotation],
    /// The summary too (sources, unsourced claims, anonymous quotes), so
    /// links can be checked in batch; the scorer ignores it.
    summary: &'a Summary,
}

fn annotate_jsonl(lang: Option<String>) -> ExitCode {
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut bad = 0usize;
    for (n, line) in stdin.lock().lines().enumerate() {
        let n = n + 1;
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("sourcelight: line {n}: cannot read: {e}");
                bad += 1;
                continue;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let input: JsonlIn = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("sourcelight: line {n}: not a JSON object with \"id\" and \"text\": {e}");
                bad += 1;
                continue;
            }
        };
        let Some(text) = input.text.as_deref() else {
            eprintln!("sourcelight: line {n}: no \"text\" string");
            bad += 1;
            continue;
        };
        // A document's own language field is used unless --lang forces one.
        let options = Options { lang: lang.clone().or(input.lang.clone()), page_lang: None };
        if let Err(e) = options.validate() {
            eprintln!("sourcelight: line {n}: {e}");
            bad += 1;
            continue;
        }
        let analysis: Analysis = analyze(text, &options);
        if let Some(e) = &analysis.error {
            eprintln!("sourcelight: line {n}: {e}");
            bad += 1;
            continue;
        }
        let record = JsonlOut {
            id: &input.id,
            language: &analysis.language,
            annotations: &analysis.annotations,
            summary: &analysis.summary,
        };
        if serde_json::to_writer(&mut out, &record).map_err(io::Error::other).and_then(|_| writeln!(out)).is_err() {
            return ExitCode::from(1);
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(1);
    }
    if bad > 0 {
        eprintln!("sourcelight: {bad} bad line(s)");
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn bench(args: &[String]) -> ExitCode {
    let mut repeat = 5usize;
    let mut files = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--repeat" {
            repeat = it.next().and_then(|v| v.parse().ok()).unwrap_or(5).max(1);
        } else {
            files.push(a.clone());
        }
    }
    if files.is_empty() {
        eprintln!("sourcelight: bench needs FILE...");
        return ExitCode::from(2);
    }
    for path in files {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("sourcelight: {path}: {e}");
                return ExitCode::from(1);
            }
        };
        let options = Options::default();
        let first = analyze(&text, &options);
        let mut best = f64::INFINITY;
        for _ in 0..repeat {
            let t = Instant::now();
            let a = analyze(&text, &options);
            best = best.min(t.elapsed().as_secs_f64());
            std::hint::black_box(a);
        }
        let mb = text.len() as f64 / 1e6;
        println!(
            "{path}: {:.2} MB, {} annotations, best of {repeat}: {:.1} ms = {:.1} MB/s",
            mb,
            first.annotations.len(),
            best * 1e3,
            mb / best
        );
    }
    ExitCode::SUCCESS
}

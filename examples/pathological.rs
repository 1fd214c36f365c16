//! Pathological-input benchmark: inputs built to hurt a text engine, each at
//! 1 MB and 4 MB to show growth is linear, plus per-engine throughput on ~1 MB
//! of news text and on 1 MB of unbalanced quote marks.
//!
//!     cargo run --profile bench-native --example pathological [-- FILTER]
//!
//! Targets (issue 8): each input under 1 s at 4 MB, and 4 MB costing at most
//! 4.5x what 1 MB costs. Misses are flagged in the table, not failed: these
//! are figures, not a timed test. A 1 MB input already over 5 s is not tried
//! at 4 MB (it is flagged as such).
//!
//! Memory note: glibc hands blocks over 32 MiB back to the OS after each run,
//! so a 4 MB input (whose token list alone is ~32 MB) pays for fresh pages on
//! every run, a 1 MB input does not. Where page faults are dear (a VM) that
//! alone breaks the 4.5x ratio; the program measures that cost and prints it.
//! To see the engines' own growth, keep freed memory as a long-lived page's
//! wasm heap does:
//!
//!     MALLOC_MMAP_THRESHOLD_=2000000000 MALLOC_TRIM_THRESHOLD_=4000000000 \
//!       cargo run --profile bench-native --example pathological

use sourcelight::lang::{Language, LANGUAGES};
use sourcelight::{analyze, context::Context, numbers, quotes, scan::Document, sources, Options};
use std::hint::black_box;
use std::time::Instant;

const MB: usize = 1_000_000;

/// `unit` repeated to exactly `len` bytes or just under (whole characters).
fn fill(unit: &str, len: usize) -> String {
    let mut s = unit.repeat(len / unit.len() + 1);
    let mut end = len;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}

/// Units cycled in order until `len` bytes.
fn cycle(units: &[&str], len: usize) -> String {
    let mut s = String::with_capacity(len + 64);
    let mut i = 0;
    while s.len() < len {
        s.push_str(units[i % units.len()]);
        i += 1;
    }
    fill(&s, len)
}

struct Case {
    name: &'static str,
    lang: &'static str,
    make: fn(usize) -> String,
}

fn cases() -> Vec<Case> {
    vec![
        Case { name: "only quote marks", lang: "auto", make: |n| fill("\"“”‘’„«»‚「」'‹›", n) },
        Case { name: "alternating „ and \"", lang: "ro", make: |n| fill("„\"", n) },
        Case { name: "only digits and separators", lang: "auto", make: |n| fill("1,234.56,7.890,12.3", n) },
        Case { name: "digits, separators, spaces", lang: "en", make: |n| fill("1,234 .5 6,7 890, 12.3% ", n) },
        Case {
            name: "one line, no spaces",
            lang: "en",
            make: |n| fill("Ana„said”according,to5%of$3bn«Reuters»—potrivit:„Da”,", n),
        },
        Case {
            name: "short paragraphs (100k/MB)",
            lang: "en",
            make: |n| cycle(&["“Yes,” he said.\n", "Up 5%.\n", "Ana Pop:\n", "“No.\n", "$3bn.\n", "”\n", "Ok\n"], n),
        },
        Case { name: "according to according to …", lang: "en", make: |n| fill("according to ", n) },
        Case { name: "potrivit potrivit …", lang: "ro", make: |n| fill("potrivit ", n) },
        Case { name: "said said … (cue, no quote)", lang: "en", make: |n| fill("said ", n) },
        Case { name: "Capitalised Names Only", lang: "en", make: |n| fill("Ana Pop Wang Yi Reuters ", n) },
        Case { name: "unclosed openers + words", lang: "en", make: |n| fill("“Ana said „we «think ‘so ", n) },
    ]
}

fn options(lang: &str) -> Options {
    Options { lang: Some(lang.to_string()), page_lang: None }
}

/// This thread's CPU time in ms (Linux), so a loaded machine's other work
/// does not count; wall time elsewhere.
#[cfg(target_os = "linux")]
fn now_ms() -> f64 {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut ts = Timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes one timespec (64-bit Linux layout) to a valid pointer.
    let rc = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime");
    ts.tv_sec as f64 * 1e3 + ts.tv_nsec as f64 / 1e6
}

#[cfg(not(target_os = "linux"))]
fn now_ms() -> f64 {
    use std::sync::OnceLock;
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_secs_f64() * 1e3
}

const CLOCK: &str = if cfg!(target_os = "linux") { "thread CPU time" } else { "wall time" };

/// Best time of a few runs (fewer when one run is already slow), in ms.
fn time_ms(mut f: impl FnMut()) -> f64 {
    let mut best = f64::INFINITY;
    let mut spent = 0.0;
    let wall = Instant::now();
    for _ in 0..7 {
        let t = now_ms();
        f();
        let ms = now_ms() - t;
        best = best.min(ms);
        spent += ms;
        if spent > 2000.0 || wall.elapsed().as_secs() > 10 {
            break;
        }
    }
    best
}

fn language(code: &str) -> &'static Language {
    LANGUAGES.iter().find(|l| l.code == code).unwrap_or(&LANGUAGES[0])
}

/// ~1 MB per language of the shared dev texts, repeated.
fn news_texts() -> Result<Vec<(String, &'static str)>, String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/dev");
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{dir}: {e}"))?;
    let mut by_lang: Vec<(&'static str, String)> = vec![("en", String::new()), ("ro", String::new())];
    let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "jsonl")) {
        let src = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        for line in src.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("{}: {e}", path.display()))?;
            let text = v["text"].as_str().unwrap_or_default();
            let lang = v["lang"].as_str().unwrap_or("en");
            if let Some((_, buf)) = by_lang.iter_mut().find(|(l, _)| *l == lang) {
                buf.push_str(text);
                buf.push_str("\n\n");
            }
        }
    }
    let out: Vec<(String, &'static str)> = by_lang
        .into_iter()
        .filter(|(_, t)| !t.is_empty())
        .map(|(l, t)| (cycle(&[t.as_str()], MB), l))
        .collect();
    if out.is_empty() {
        return Err(format!("{dir}: no texts"));
    }
    Ok(out)
}

fn per_engine(label: &str, text: &str, lang: &str) {
    let language = language(lang);
    let scan = time_ms(|| {
        black_box(Document::new(black_box(text), language));
    });
    let doc = Document::new(text, language);
    let ctx_t = time_ms(|| {
        black_box(Context::new(&doc));
    });
    let ctx = Context::new(&doc);
    let q = time_ms(|| {
        black_box(quotes::find(&ctx));
    });
    let n = time_ms(|| {
        black_box(numbers::find(&doc));
    });
    let hits = quotes::find(&ctx);
    let s = time_ms(|| {
        black_box(sources::find(&ctx, &hits));
    });
    let opts = options(lang);
    let mut count = 0;
    let all = time_ms(|| {
        count = black_box(analyze(text, &opts)).annotations.len();
    });
    let mb = text.len() as f64 / MB as f64;
    println!(
        "{label:<38} {mb:>5.2} {scan:>8.1} {ctx_t:>8.1} {q:>8.1} {n:>8.1} {s:>8.1} {all:>9.1} {:>8.1} {count:>8}",
        mb / (all / 1e3)
    );
}

fn main() {
    let filter = std::env::args().nth(1).unwrap_or_default();
    if cfg!(debug_assertions) {
        println!("note: a debug build; run with --profile bench-native for real figures\n");
    }
    let fresh = time_ms(|| {
        black_box(vec![1u8; 64 << 20]);
    }) / 64.0;
    let kept = std::env::var_os("MALLOC_MMAP_THRESHOLD_").is_some();
    println!(
        "fresh memory costs {fresh:.2} ms/MiB here; freed blocks are {} (see the header of examples/pathological.rs)\n",
        if kept { "kept (MALLOC_MMAP_THRESHOLD_ set)" } else { "returned to the OS (glibc default)" }
    );
    println!("Pathological inputs (analyze, native; best of up to 7 runs, {CLOCK})");
    println!(
        "{:<30} {:>9} {:>8} {:>9} {:>8} {:>7}  flag",
        "input", "1 MB ms", "MB/s", "4 MB ms", "MB/s", "4/1"
    );
    let mut flagged = 0;
    let mut breakdown = Vec::new();
    for case in cases().into_iter().filter(|c| c.name.contains(&filter)) {
        let opts = options(case.lang);
        let small = (case.make)(MB);
        let t1 = time_ms(|| {
            black_box(analyze(black_box(&small), &opts));
        });
        let mut flags = Vec::new();
        let (t4, ratio) = if t1 > 5000.0 {
            flags.push("1 MB over 5 s: 4 MB not tried".to_string());
            (f64::NAN, f64::NAN)
        } else {
            let large = (case.make)(4 * MB);
            let t4 = time_ms(|| {
                black_box(analyze(black_box(&large), &opts));
            });
            (t4, t4 / t1)
        };
        if t4 > 1000.0 {
            flags.push("over 1 s at 4 MB".into());
        }
        if ratio > 4.5 {
            flags.push("ratio over 4.5".into());
        }
        if !flags.is_empty() {
            flagged += 1;
            breakdown.push((case.name, small, case.lang));
        }
        println!(
            "{:<30} {:>9.1} {:>8.1} {:>9.1} {:>8.1} {:>7.2}  {}",
            case.name,
            t1,
            1e3 / t1,
            t4,
            4e3 / t4,
            ratio,
            if flags.is_empty() { "ok".to_string() } else { format!("FLAG: {}", flags.join("; ")) }
        );
    }
    println!("{flagged} flagged\n");

    println!("Per-engine throughput (ms, best of up to 7 runs, {CLOCK})");
    println!(
        "{:<38} {:>5} {:>8} {:>8} {:>8} {:>8} {:>8} {:>9} {:>8} {:>8}",
        "input", "MB", "scan", "context", "quotes", "numbers", "sources", "analyze", "MB/s", "marks"
    );
    match news_texts() {
        Ok(texts) => {
            for (text, lang) in &texts {
                per_engine(&format!("news text ({lang}, dev x N)"), text, lang);
            }
        }
        Err(e) => println!("news text: skipped ({e})"),
    }
    for (name, text, lang) in &breakdown {
        per_engine(&format!("flagged: {name}"), text, lang);
    }
    let unbalanced =
        cycle(&["„Ana a spus ", "“He said ", "«Nu ", "’twas ", "” closing first ", "\"odd ", "‘single "], MB);
    per_engine("unbalanced quote marks", &unbalanced, "en");
}

//! Linking: merges source mentions into distinct sources, ties quotes to their speakers and numeric claims to sources, and builds the summary.

use crate::model::*;
use crate::scan::Document;

/// Builds the final analysis (still in byte offsets) from the engines' hits.
pub fn build(doc: &Document<'_>, quotes: Vec<QuoteHit>, numbers: Vec<NumberHit>, sources: Vec<SourceHit>) -> Analysis {
    let text = doc.text;
    let mut entries: Vec<Entry> = Vec::new();

    // Source mentions first: they define the entries.
    let mut source_anns: Vec<(Annotation, usize)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut implicit: Vec<(usize, usize)> = Vec::new();
    for hit in sources {
        if let Some(name) = &hit.resolved {
            implicit.push((hit.span.start, entry_for(&mut entries, name, hit.source_type)));
            continue;
        }
        if hit.span.is_empty() || !seen.insert((hit.span.start, hit.span.end)) {
            continue;
        }
        let name = text[hit.span.clone()].trim().to_string();
        let entry = entry_for(&mut entries, &name, hit.source_type);
        source_anns.push((
            Annotation {
                kind: Kind::Source,
                start: 0,
                end: 0,
                text: text[hit.span.clone()].to_string(),
                fields: Fields::Source { name, source_type: hit.source_type, cue: hit.cue },
                source_id: Some(entry),
                bytes: hit.span,
            },
            entry,
        ));
    }

    let mut annotations: Vec<Annotation> = source_anns.into_iter().map(|(a, _)| a).collect();
    let quote_spans: Vec<(std::ops::Range<usize>, Option<usize>)> = quotes
        .iter()
        .map(|q| (q.span.clone(), q.speaker.as_ref().map(|s| entry_for(&mut entries, &s.name, s.source_type))))
        .collect();
    for (q, (_, entry)) in quotes.into_iter().zip(quote_spans.iter()) {
        annotations.push(Annotation {
            kind: Kind::Quote,
            start: 0,
            end: 0,
            text: text[q.span.clone()].to_string(),
            fields: Fields::Quote { speaker: q.speaker.map(|s| s.name), cue: q.cue },
            source_id: *entry,
            bytes: q.span,
        });
    }

    for n in numbers {
        let entry = claim_source(doc, &n, &quote_spans, &annotations, &entries);
        annotations.push(Annotation {
            kind: Kind::Number,
            start: 0,
            end: 0,
            text: text[n.span.clone()].to_string(),
            fields: Fields::Number { value: n.value, high: n.high, unit: n.unit, approx: n.approx, sourced: entry.is_some() },
            source_id: entry,
            bytes: n.span,
        });
    }

    annotations.sort_by(|a, b| a.bytes.start.cmp(&b.bytes.start).then(b.bytes.end.cmp(&a.bytes.end)).then(a.kind.cmp(&b.kind)));

    let mut summary = Summary::default();
    let mut used = vec![false; entries.len()];
    let mut sources: Vec<SourceEntry> = entries
        .iter()
        .enumerate()
        .map(|(id, e)| SourceEntry {
            id,
            name: e.name.clone(),
            source_type: e.source_type,
            mentions: Vec::new(),
            supports: Supports::default(),
        })
        .collect();
    for (i, a) in annotations.iter().enumerate() {
        match a.kind {
            Kind::Quote => summary.counts.quote += 1,
            Kind::Number => summary.counts.number += 1,
            Kind::Source => summary.counts.source += 1,
        }
        match (a.kind, a.source_id) {
            (Kind::Source, Some(id)) => {
                sources[id].mentions.push(i);
                used[id] = true;
            }
            (Kind::Quote, Some(id)) => {
                sources[id].supports.quotes.push(i);
                used[id] = true;
            }
            (Kind::Number, Some(id)) => {
                sources[id].supports.numbers.push(i);
                used[id] = true;
            }
            (Kind::Quote, None) => summary.anonymous.push(i),
            (Kind::Number, None) => summary.unsourced.push(i),
            (Kind::Source, None) => {}
        }
    }
    // Entries are in order of creation; keep only used ones, in order of
    // first appearance, and renumber ids densely.
    let first_seen = |e: &SourceEntry| {
        e.mentions.iter().chain(&e.supports.quotes).chain(&e.supports.numbers).copied().min().unwrap_or(usize::MAX)
    };
    let mut order: Vec<usize> = (0..sources.len()).filter(|&i| used[i]).collect();
    order.sort_by_key(|&i| first_seen(&sources[i]));
    let mut remap = vec![None; sources.len()];
    for (new, &old) in order.iter().enumerate() {
        remap[old] = Some(new);
    }
    for a in annotations.iter_mut() {
        a.source_id = a.source_id.and_then(|id| remap[id]);
    }
    let mut kept: Vec<Option<SourceEntry>> = sources.into_iter().map(Some).collect();
    summary.sources = order
        .iter()
        .enumerate()
        .map(|(new, &old)| {
            let mut e = kept[old].take().expect("each entry is kept once");
            e.id = new;
            e
        })
        .collect();

    Analysis { language: doc.lang.code.to_string(), annotations, summary, error: None }
}

/// A distinct source while linking.
struct Entry {
    name: String,
    source_type: SourceType,
    words: Vec<String>,
}

/// Lowercased words of a name, for merging mentions.
fn name_words(name: &str) -> Vec<String> {
    name.split(|c: char| !crate::scan::is_word_char(c) && c != '-')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

/// Two words agree when equal, or when one (4+ letters) begins the other, so
/// Romanian case endings merge (`Ministerul` / `Ministerului`).
fn word_agrees(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    fn stem(w: &str) -> &str {
        w.trim_end_matches(|c| matches!(c, 'a' | 'e' | 'i' | 'u' | 'l' | 'ă'))
    }
    (short.chars().count() >= 4 && long.starts_with(short))
        || (stem(short).chars().count() >= 4 && stem(short) == stem(long))
}

/// The entry a mention belongs to: an existing one whose name's words all
/// agree with (a subset of) this name's, or the other way round; else new.
/// Photo credits only merge with photo credits.
fn entry_for(entries: &mut Vec<Entry>, name: &str, source_type: SourceType) -> usize {
    let words = name_words(name);
    let is_photo = source_type == SourceType::Photo;
    let subset = |a: &[String], b: &[String]| !a.is_empty() && a.iter().all(|x| b.iter().any(|y| word_agrees(x, y)));
    for (i, e) in entries.iter_mut().enumerate() {
        if (e.source_type == SourceType::Photo) != is_photo {
            continue;
        }
        if subset(&words, &e.words) || subset(&e.words, &words) {
            if words.len() > e.words.len() {
                e.name = name.to_string();
                e.words = words;
            }
            return i;
        }
    }
    entries.push(Entry { name: name.to_string(), source_type, words });
    entries.len() - 1
}

/// The source of a numeric claim: the speaker of the quote it sits in, else
/// the nearest attribution in its sentence.
fn claim_source(
    doc: &Document<'_>,
    n: &NumberHit,
    quotes: &[(std::ops::Range<usize>, Option<usize>)],
    sources: &[Annotation],
    entries: &[Entry],
) -> Option<usize> {
    if let Some((_, speaker)) = quotes.iter().find(|(q, _)| q.start <= n.span.start && n.span.end <= q.end) {
        return *speaker;
    }
    let s = doc.sentence_of(n.span.start);
    let sentence = doc.sentences.get(s)?;
    sources
        .iter()
        .filter(|a| a.kind == Kind::Source && sentence.start <= a.bytes.start && a.bytes.end <= sentence.end)
        .filter_map(|a| a.source_id)
        .find(|&id| entries[id].source_type != SourceType::Photo)
}

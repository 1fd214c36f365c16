// Settings shared by the background, the content script and the popup, and
// the filter that applies the kind toggles to an analysis.

export const DEFAULT_SETTINGS = Object.freeze({
  quote: true,
  number: true,
  source: true,
  unsourcedOnly: false,
  lang: 'auto',
});

const LANGS = ['auto', 'en', 'ro'];

/** Fills defaults in and drops anything unknown. */
export function normalizeSettings(s) {
  const out = { ...DEFAULT_SETTINGS };
  if (s && typeof s === 'object') {
    for (const k of ['quote', 'number', 'source', 'unsourcedOnly']) if (typeof s[k] === 'boolean') out[k] = s[k];
    if (LANGS.includes(s.lang)) out.lang = s.lang;
  }
  return out;
}

/** Whether an annotation is shown under the settings. */
export function isShown(a, s) {
  if (!s[a.kind]) return false;
  if (!s.unsourcedOnly) return true;
  // "Unsourced only": the claims a reader should doubt — numbers with no
  // source and quotes with no named speaker; source mentions are hidden.
  if (a.kind === 'number') return a.sourced === false;
  if (a.kind === 'quote') return a.source_id == null;
  return false;
}

/**
 * The analysis with only the shown annotations, the summary's indices
 * remapped to the shorter list (so the shell's panel stays consistent).
 */
export function filterAnalysis(analysis, settings) {
  const s = normalizeSettings(settings);
  const remap = new Map();
  const annotations = [];
  analysis.annotations.forEach((a, i) => {
    if (isShown(a, s)) {
      remap.set(i, annotations.length);
      annotations.push(a);
    }
  });
  const keep = (list) => (list ?? []).filter((i) => remap.has(i)).map((i) => remap.get(i));
  const summary = analysis.summary ?? {};
  const counts = countKinds(annotations);
  return {
    ...analysis,
    annotations,
    summary: {
      ...summary,
      counts,
      sources: (summary.sources ?? [])
        .map((src) => ({
          ...src,
          mentions: keep(src.mentions),
          supports: { quotes: keep(src.supports?.quotes), numbers: keep(src.supports?.numbers) },
        }))
        .filter((src) => src.mentions.length + src.supports.quotes.length + src.supports.numbers.length > 0),
      unsourced: keep(summary.unsourced),
      anonymous: keep(summary.anonymous),
    },
  };
}

export function countKinds(annotations) {
  const counts = { quote: 0, number: 0, source: 0 };
  for (const a of annotations) if (a.kind in counts) counts[a.kind]++;
  return counts;
}

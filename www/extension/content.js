// The content script: injected into the active tab only when the user asks
// (toolbar popup or shortcut), bundled into one IIFE. It hands the page to the
// shell, which collects the article text and draws; the analysis itself is
// delegated to the background (one message per analysis), so no wasm and no
// eval ever run in the page and strict-CSP pages work.
//
// The background drives it through a small object in the content-script
// world: annotate(settings), clear(), status().
import { annotate } from './draw.js';
import { countKinds, filterAnalysis, normalizeSettings } from './settings.js';

const api = globalThis.browser ?? globalThis.chrome;

class ExtensionError extends Error {
  constructor(code, detail) {
    super(detail || code);
    this.code = code;
    this.detail = detail;
  }
}

if (!globalThis.__sourcelightExt) {
  let handle = null;
  let full = null; // the last unfiltered analysis, for counts
  let cache = null; // { text, lang, analysis }: toggles redraw without re-analysing
  let settings = normalizeSettings();

  const analyzer = async (text, { pageLang } = {}) => {
    if (!text || !text.trim()) throw new ExtensionError('noArticle');
    const lang = settings.lang;
    if (!(cache && cache.text === text && cache.lang === lang)) {
      const options = { lang };
      if (pageLang) options.pageLang = pageLang;
      const answer = await api.runtime.sendMessage({ type: 'sourcelight:analyze', text, options });
      if (!answer?.ok) throw new ExtensionError(answer?.error?.code ?? 'analysis', answer?.error?.detail);
      cache = { text, lang, analysis: answer.analysis };
    }
    full = cache.analysis;
    return filterAnalysis(full, settings);
  };

  const status = () => {
    if (!handle || !full) return { annotated: false };
    const shownAnnotations = handle.analysis?.annotations ?? [];
    return {
      annotated: true,
      language: full.language,
      counts: full.summary.counts,
      unsourced: full.summary.unsourced.length,
      anonymous: full.summary.anonymous.length,
      sources: full.summary.sources.length,
      shown: countKinds(shownAnnotations),
    };
  };

  const clear = () => {
    handle?.clear();
    handle = null;
    full = null;
    return status();
  };

  globalThis.__sourcelightExt = {
    async annotate(newSettings) {
      clear();
      settings = normalizeSettings(newSettings);
      try {
        handle = await annotate(undefined, { analyzer, lang: settings.lang });
      } catch (e) {
        handle?.clear?.();
        handle = null;
        full = null;
        return { ok: false, error: { code: e?.code ?? 'analysis', detail: e?.detail ?? String(e?.message ?? e) } };
      }
      if (!full) {
        // The shell found nothing to send: no article on this page.
        clear();
        return { ok: false, error: { code: 'noArticle' } };
      }
      return { ok: true, ...status() };
    },
    clear,
    status,
  };
}

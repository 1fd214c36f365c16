// The content script: injected into the active tab only when the user asks
// (toolbar popup or shortcut), bundled into one IIFE. It hands the page to the
// shell, which collects the article text and draws; the analysis itself is
// delegated to the background (one message per analysis), so no wasm and no
// eval ever run in the page and strict-CSP pages work.
//
// The background drives it through a small object in the content-script
// world: annotate(settings), clear(), status().
import { annotate } from '../shell/annotate.js';
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

  let problem = null; // why the last analysis drew nothing: { code, detail }
  const EMPTY = { language: '', annotations: [], summary: { counts: { quote: 0, number: 0, source: 0 }, sources: [], unsourced: [], anonymous: [] } };

  // Called by the shell with the collected article text: once per
  // annotation, and again only when the page's article changes. Never throws
  // into the shell: a failure is recorded and the marks stay empty, so the
  // shell can clean up after itself and the popup gets the message.
  const analyzer = async (text, { pageLang } = {}) => {
    try {
      if (!text || !text.trim()) throw new ExtensionError('noArticle');
      const lang = settings.lang;
      if (!(cache && cache.text === text && cache.lang === lang)) {
        const options = { lang };
        if (pageLang) options.pageLang = pageLang;
        const answer = await api.runtime.sendMessage({ type: 'sourcelight:analyze', text, options });
        if (!answer?.ok) throw new ExtensionError(answer?.error?.code ?? 'analysis', answer?.error?.detail);
        cache = { text, lang, analysis: answer.analysis };
      }
      problem = null;
      full = cache.analysis;
      return filterAnalysis(full, settings);
    } catch (e) {
      problem = { code: e?.code ?? 'analysis', detail: e?.detail ?? String(e?.message ?? e) };
      full = null;
      return EMPTY;
    }
  };

  // The shell's own panel has a close button: then its handle is cleared and
  // its UI host gone, and the page counts as not annotated.
  const isShown = () => Boolean(handle && full && handle.ui?.host?.isConnected !== false);

  const status = () => {
    if (!isShown()) return { annotated: false };
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
      problem = null;
      try {
        handle = await annotate(undefined, { analyzer, lang: settings.lang });
      } catch (e) {
        problem = { code: 'analysis', detail: String(e?.message ?? e) };
      }
      if (problem || !full) {
        const error = problem ?? { code: 'noArticle' };
        clear();
        return { ok: false, error };
      }
      return { ok: true, ...status() };
    },
    clear,
    status,
  };
}

// sourcelight.js — the public ES-module entry of the sourcelight shell.
//
// sourcelight finds direct quotes (with speakers), numeric claims (with
// values) and source attributions in news text, on the reader's device: the
// core is Rust compiled to WebAssembly; nothing leaves the page.
//
// API
//   await init(options?)
//       Loads the wasm core once (later calls share the same promise).
//       options.wasmUrl: where sourcelight_bg.wasm lives (default: ./pkg/).
//   analyze(text, options?) → analysis
//       Synchronous, on the calling thread, after init(). options.lang is
//       'auto' | 'en' | 'ro'; options.pageLang the page's `lang` (wins over
//       detection on auto). Throws an Error on unknown options or languages.
//       analysis = { language, annotations: [{kind, start, end, text, …}],
//                    summary: {counts, sources, unsourced, anonymous} }
//       with offsets in UTF-16 code units (what String#slice and Range take).
//   await annotate(root?, options?) → handle
//       Marks every quote, number and source in a live page's article and
//       shows a summary panel and tooltips. root: an element, a Range or
//       Selection, or nothing to detect the article (article, main,
//       [role=main], else the block with most paragraph text). Resolves once
//       every mark is drawn. options (all optional):
//         lang            'auto' | 'en' | 'ro' (on auto the page's lang is sent as pageLang)
//         uiLang          'auto' | 'en' | 'ro': the language of the tooltip, panel and
//                         announcements, and of their numbers (100,000 / 100.000);
//                         auto (default) follows navigator.language, else English
//         analyzer        async (text, {lang, pageLang}) => analysis; default:
//                         the wasm core in a Web Worker (main thread if workers fail)
//         mode            'auto' | 'highlight' | 'wrap' (CSS Custom Highlight API,
//                         or wrapping text in <sourcelight-mark>, undone exactly by clear())
//         panelContainer  element to hold the summary panel inline (default: fixed, top right)
//         panel           false to hide the panel
//         observe         false to not follow page changes (default: a debounced
//                         MutationObserver; the text is collected again and analysed
//                         only if it changed; marks outside the changed stretch stay,
//                         mapped through the common prefix/suffix of old and new text;
//                         marks inside it are dropped and the new analysis's drawn)
//         debounceMs      quiet time before re-collecting (400)
//         onUpdate        called with the handle after every (re)draw
//       handle: { analysis, marks, text, root, mode, uiLang, stats, ui,
//                 clear(), next(), prev(), show(index), lightSource(id), refresh() }
//         marks: [{index, ann, cls, ranges (highlight mode) | elements (wrap mode)}]
//         stats: {analyses, skipped (passes with unchanged text), kept, dropped,
//                 drawn (last pass), collectMs, analyzeMs, panelMs, drawMs, lastMs, firstMs}
//       Speed: no main-thread task over ~50 ms on a 1 MB article (bench/live-page.mjs):
//         collection and range building in time slices; the ::highlight() sheet
//         adopted first (its page restyle in a frame of its own); with many marks
//         only those near the viewport are registered (IntersectionObserver);
//         the wrap fallback changes the DOM in batches, one rendering frame each.
//       Keyboard: Alt+Shift+N / Alt+Shift+P next/previous mark, Escape closes.
//   describe(ann, analysis, uiLang?), formatValue(value, uiLang?), formatQuantity(ann, uiLang?)
//       What a tooltip says, and numbers as it writes them ('en' default).
//   version(), maxInputBytes()    after init()
//   warmUp()
//       Starts annotate()'s default worker and lets the engine unpack its
//       language data before the first real call (optional; never rejects).
//
// The drawing half (shell/collect.js, draw.js, ui.js, annotate.js) needs no
// wasm: give annotate an `analyzer` that runs the core elsewhere (the browser
// extension's background worker does).

import { init, analyze, version, maxInputBytes, createWorkerAnalyzer } from './shell/engine.js';
import { annotate as annotateWith } from './shell/annotate.js';

export { init, analyze, version, maxInputBytes, createWorkerAnalyzer };
export { findArticle, collectText, collectTextSync, rangesFor } from './shell/collect.js';
export { describe, formatValue, formatQuantity } from './shell/ui.js';
export { resolveUiLang, plural, STRINGS } from './shell/strings.js';

let sharedAnalyzer = null;

/**
 * Annotates a live page (see the comment block at the top of this file).
 * @param {Element|Range|Selection|Document} [root]
 * @param {import('./shell/annotate.js').AnnotateOptions} [options]
 * @returns {Promise<import('./shell/annotate.js').Handle>}
 */
export function annotate(root, options = {}) {
  let analyzer = options.analyzer;
  if (!analyzer) {
    sharedAnalyzer = sharedAnalyzer || createWorkerAnalyzer();
    analyzer = sharedAnalyzer;
  }
  return annotateWith(root, { ...options, analyzer });
}

/**
 * Starts the shared worker and has it load the engine and unpack its
 * language data (a few hundred milliseconds, once), so the reader's first
 * annotate() is as quick as later ones. Optional; calling it again costs
 * one tiny analysis. Never rejects.
 * @returns {Promise<void>}
 */
export function warmUp() {
  sharedAnalyzer = sharedAnalyzer || createWorkerAnalyzer();
  return sharedAnalyzer('Warm-up.', {}).then(() => {}, () => {});
}

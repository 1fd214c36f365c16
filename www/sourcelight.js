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
//         analyzer        async (text, {lang, pageLang}) => analysis; default:
//                         the wasm core in a Web Worker (main thread if workers fail)
//         mode            'auto' | 'highlight' | 'wrap' (CSS Custom Highlight API,
//                         or wrapping text in <sourcelight-mark>, undone exactly by clear())
//         panelContainer  element to hold the summary panel inline (default: fixed, top right)
//         panel           false to hide the panel
//         observe         false to not re-analyse on page changes (default: debounced MutationObserver)
//         debounceMs      quiet time before re-analysing (400)
//         onUpdate        called with the handle after every (re)draw
//       handle: { analysis, marks, text, root, mode, stats, ui,
//                 clear(), next(), prev(), show(index), lightSource(id), refresh() }
//       Keyboard: Alt+Shift+N / Alt+Shift+P next/previous mark, Escape closes.
//   version(), maxInputBytes()    after init()
//
// The drawing half (shell/collect.js, draw.js, ui.js, annotate.js) needs no
// wasm: give annotate an `analyzer` that runs the core elsewhere (the browser
// extension's background worker does).

import { init, analyze, version, maxInputBytes, createWorkerAnalyzer } from './shell/engine.js';
import { annotate as annotateWith } from './shell/annotate.js';

export { init, analyze, version, maxInputBytes, createWorkerAnalyzer };
export { findArticle, collectText, collectTextSync, rangesFor } from './shell/collect.js';
export { describe, formatValue, formatQuantity } from './shell/ui.js';

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

// engine.js — loads the wasm core, on the page's main thread (for the
// synchronous analyze()) or in a Web Worker (for annotate(), so a 1 MB article
// never blocks the page). The only shell module that uses import.meta.url:
// the extension does not bundle it (its background worker hosts the wasm).

import initWasm, * as wasm from '../pkg/sourcelight.js';

let ready = null;
let loaded = false;

/**
 * Loads the wasm module once; later calls return the same promise.
 * @param {{wasmUrl?: string|URL, module?: WebAssembly.Module}} [options]
 *   where to fetch sourcelight_bg.wasm from (default: next to the bindings),
 *   or an already compiled module.
 * @returns {Promise<void>}
 */
export function init(options = {}) {
  if (!ready) {
    const source = options.module ?? options.wasmUrl ?? new URL('../pkg/sourcelight_bg.wasm', import.meta.url);
    ready = initWasm({ module_or_path: source }).then(() => { loaded = true; });
    ready.catch(() => { ready = null; }); // let a later call retry
  }
  return ready;
}

/** Whether init() has finished. */
export function isReady() {
  return loaded;
}

/**
 * Analyses text synchronously on the calling thread. Call `await init()` first.
 * @param {string} text
 * @param {{lang?: string, pageLang?: string}} [options]
 * @returns {object} the analysis: {language, annotations, summary}
 * @throws {Error} on bad options, input over maxInputBytes(), or before init()
 */
export function analyze(text, options) {
  if (!loaded) throw new Error('sourcelight: call `await init()` before analyze()');
  return wasm.analyze(String(text), cleanOptions(options));
}

/** The core's version string. */
export function version() {
  if (!loaded) throw new Error('sourcelight: call `await init()` before version()');
  return wasm.version();
}

/** The largest input, in UTF-8 bytes, one analyze call accepts. */
export function maxInputBytes() {
  if (!loaded) throw new Error('sourcelight: call `await init()` before maxInputBytes()');
  return wasm.maxInputBytes();
}

/** Keeps only the options the core knows, dropping undefined ones. */
export function cleanOptions(options) {
  if (options == null) return undefined;
  if (typeof options !== 'object') return options; // let the core report it
  const out = {};
  for (const [k, v] of Object.entries(options)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * An analyzer that runs the core in a module Web Worker (www/worker.js).
 * Falls back to the main thread when workers are unavailable or blocked
 * (a page's CSP may forbid them).
 * @param {{workerUrl?: string|URL}} [options]
 * @returns {(text: string, options: object) => Promise<object>}
 */
export function createWorkerAnalyzer(options = {}) {
  const url = options.workerUrl ?? new URL('../worker.js', import.meta.url);
  let worker = null;
  let broken = false;
  let nextId = 1;
  const pending = new Map();

  const fail = (error) => {
    broken = true;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    if (worker) worker.terminate();
    worker = null;
  };
  const start = () => {
    try {
      worker = new Worker(url, { type: 'module', name: 'sourcelight' });
    } catch (e) {
      broken = true;
      return;
    }
    worker.onmessage = (e) => {
      const { id, result, error } = e.data || {};
      const p = pending.get(id);
      if (!p) return;
      pending.delete(id);
      if (error) p.reject(new Error(error)); else p.resolve(result);
    };
    worker.onerror = (e) => { e.preventDefault?.(); fail(new Error(`sourcelight worker failed: ${e.message || 'could not start'}`)); };
  };

  const onMainThread = async (text, opts) => {
    await init();
    return analyze(text, opts);
  };

  return async function workerAnalyze(text, opts) {
    if (!worker && !broken) start();
    if (broken) return onMainThread(text, opts);
    const id = nextId++;
    try {
      return await new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, text, options: cleanOptions(opts) });
      });
    } catch (e) {
      // Bad options are the caller's error; a dead worker is ours: retry here.
      if (!broken) throw e;
      return onMainThread(text, opts);
    }
  };
}

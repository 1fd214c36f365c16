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
 * A worker must be same-origin with the page: when the shell was imported
 * from another origin (the bookmarklet on someone else's page), the worker
 * is started from a `blob:` URL of the page's origin whose module code
 * imports worker.js from the shell's origin (served with CORS). Falls back
 * to the main thread (the wasm fetched from the shell's origin with CORS)
 * when workers are unavailable or blocked (a page's CSP may forbid blob:
 * workers or scripts from the shell's origin).
 * @param {{workerUrl?: string|URL}} [options]
 * @returns {(text: string, options: object) => Promise<object>} with a
 *   `mode` property: 'worker' | 'blob-worker' | 'main-thread' (once known)
 */
export function createWorkerAnalyzer(options = {}) {
  const url = new URL(options.workerUrl ?? new URL('../worker.js', import.meta.url), import.meta.url);
  let blobUrl = null;
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
    revoke();
    workerAnalyze.mode = 'main-thread';
  };
  const revoke = () => {
    if (blobUrl) URL.revokeObjectURL(blobUrl);
    blobUrl = null;
  };
  const start = () => {
    const here = globalThis.location && globalThis.location.origin;
    const crossOrigin = Boolean(here) && url.origin !== here;
    try {
      if (crossOrigin) {
        // `import` of the shell's worker module: fetched with CORS from its origin.
        const code = `import ${JSON.stringify(url.href)};\n`;
        blobUrl = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
        worker = new Worker(blobUrl, { type: 'module', name: 'sourcelight' });
      } else {
        worker = new Worker(url, { type: 'module', name: 'sourcelight' });
      }
      workerAnalyze.mode = crossOrigin ? 'blob-worker' : 'worker';
    } catch (e) {
      // A CSP without blob: in worker-src (or no workers at all).
      broken = true;
      revoke();
      workerAnalyze.mode = 'main-thread';
      return;
    }
    worker.onmessage = (e) => {
      revoke(); // the worker is running: its blob: URL is no longer needed
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

  async function workerAnalyze(text, opts) {
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
  }
  workerAnalyze.mode = null;
  return workerAnalyze;
}

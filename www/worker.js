// worker.js — hosts the wasm core off the main thread for annotate().
// Messages: {id, text, options} → {id, result} | {id, error}.
import init, { analyze } from './pkg/sourcelight.js';

const ready = init({ module_or_path: new URL('./pkg/sourcelight_bg.wasm', import.meta.url) });

self.onmessage = async (e) => {
  const { id, text, options } = e.data;
  try {
    await ready;
    self.postMessage({ id, result: analyze(text, options) });
  } catch (err) {
    self.postMessage({ id, error: String(err && err.message ? err.message : err) });
  }
};

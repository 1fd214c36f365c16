// Engine benchmark (issue 2): wasm `analyze` throughput in headless Chromium,
// and in the same page the throughput of compromise (`quotations()` and
// `numbers()`), their ratio, and the gzipped size of the shipped wasm.
// Figures only: this never fails on speed.
//   node bench/engine.mjs [CORPUS]
import { chromium } from 'playwright-core';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/serve.mjs';
import { buildCorpus } from './corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusPath = process.argv[2] ?? buildCorpus();
const text = readFileSync(corpusPath, 'utf8');
const mb = Buffer.byteLength(text) / 1e6;

const server = await startServer({ root });
const base = `http://127.0.0.1:${server.address().port}`;
const userData = mkdtempSync(join(tmpdir(), 'sourcelight-bench-'));
const context = await chromium.launchPersistentContext(userData, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await context.newPage();
  await page.goto(`${base}/bench/blank.html`);
  const result = await page.evaluate(async ({ text }) => {
    const sl = await import('/www/pkg/sourcelight.js');
    await sl.default({ module_or_path: '/www/pkg/sourcelight_bg.wasm' });
    const { default: nlp } = await import('/node_modules/compromise/builds/three/compromise-three.mjs');
    const best = (fn, runs) => {
      let t = Infinity, out;
      for (let i = 0; i < runs; i++) {
        const s = performance.now();
        out = fn();
        t = Math.min(t, performance.now() - s);
      }
      return [t, out];
    };
    const [wasmMs, analysis] = best(() => sl.analyze(text, {}), 5);
    // compromise is far slower: time it on a 100 kB slice, cut at a paragraph.
    let slice = text.slice(0, 100_000);
    slice = slice.slice(0, slice.lastIndexOf('\n\n') + 1);
    const [cmpMs, found] = best(() => {
      const doc = nlp(slice);
      return doc.quotations().length + doc.numbers().length;
    }, 2);
    return { wasmMs, annotations: analysis.annotations.length, cmpMs, cmpFound: found, sliceLen: slice.length };
  }, { text });
  const wasmMBs = mb / (result.wasmMs / 1e3);
  const sliceMB = Buffer.byteLength(text.slice(0, result.sliceLen)) / 1e6;
  const cmpMBs = sliceMB / (result.cmpMs / 1e3);
  const wasm = readFileSync(join(root, 'www', 'pkg', 'sourcelight_bg.wasm'));
  const glue = readFileSync(join(root, 'www', 'pkg', 'sourcelight.js'));
  const gz = gzipSync(wasm, { level: 9 }).length;
  const gzGlue = gzipSync(glue, { level: 9 }).length;
  console.log(`corpus: ${corpusPath} (${mb.toFixed(2)} MB of English and Romanian news)`);
  console.log(`wasm analyze in Chromium:   ${result.wasmMs.toFixed(1)} ms = ${wasmMBs.toFixed(2)} MB/s (${result.annotations} annotations)`);
  console.log(`compromise quotations()+numbers(): ${result.cmpMs.toFixed(1)} ms on ${sliceMB.toFixed(2)} MB = ${cmpMBs.toFixed(3)} MB/s (${result.cmpFound} found)`);
  console.log(`ratio wasm/compromise:      ${(wasmMBs / cmpMBs).toFixed(0)}x   (target >= 300x)`);
  console.log(`wasm size: ${wasm.length} bytes, ${(gz / 1024).toFixed(1)} KB gzipped (+ ${(gzGlue / 1024).toFixed(1)} KB JS glue)   (target <= 150 KB)`);
} finally {
  await context.close();
  server.close();
  rmSync(userData, { recursive: true, force: true });
}

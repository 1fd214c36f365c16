// Issue 6's live-page benchmark: a ~1 MB article page (www/fixtures/big.html)
// in Debian's headless Chromium. For the CSS Highlight API and for the wrap
// fallback it prints the time from the annotate() call to all marks drawn,
// the longest main-thread task seen meanwhile (Long Tasks API: tasks of 50 ms
// or more, over all runs), and the mark count. Two analyzers:
//   engine  — the real wasm core in its Web Worker (the default annotate path)
//   shell   — a precomputed stand-in analysis (www/fixtures/test-analyzer.js),
//             so the figure is the shell's own cost: collect, panel, draw
// Prints figures; never fails on speed.
//   node bench/live-page.mjs [--kb 1024] [--runs 3]
import { startBrowser } from '../tests/e2e/browser.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : def; };
const kb = opt('--kb', 1024);
const runs = opt('--runs', 3);

const b = await startBrowser();
try {
  const { page, errors } = await b.newPage();
  await page.goto(`${b.origin}/fixtures/big.html?kb=${kb}`);
  await page.waitForFunction(() => document.body.dataset.ready);
  const bytes = Number(await page.evaluate(() => document.body.dataset.ready));
  console.log(`live-page benchmark: ${(bytes / 1024).toFixed(0)} KB article (${await page.evaluate(() => document.querySelectorAll('p').length)} paragraphs), Chromium headless, best of ${runs}`);
  for (const analyzer of ['engine', 'shell']) {
    for (const mode of ['highlight', 'wrap']) {
      const results = [];
      for (let run = 0; run < runs; run++) {
        results.push(await page.evaluate(async ({ analyzer, mode }) => {
          const sl = await import('/sourcelight.js');
          let fn;
          if (analyzer === 'shell') {
            const { testAnalyzer } = await import('/fixtures/test-analyzer.js');
            window.__pre = window.__pre || new Map();
            fn = async (text, o) => {
              if (!window.__pre.has(text)) window.__pre.set(text, await testAnalyzer(text, o));
              return window.__pre.get(text);
            };
            // Precompute outside the measured call.
            const { collectTextSync } = await import('/shell/collect.js');
            const root = sl.findArticle(document);
            await fn(collectTextSync(root).text, { lang: 'auto', pageLang: 'en' });
          } else {
            // Warm the worker (wasm compiled) outside the measured call.
            const h0 = await sl.annotate(document.createElement('div'), { panel: false, observe: false });
            h0.clear();
          }
          await new Promise((r) => setTimeout(r, 100));
          const tasks = [];
          const po = new PerformanceObserver((l) => { for (const e of l.getEntries()) tasks.push(e.duration); });
          po.observe({ type: 'longtask' });
          const t0 = performance.now();
          const h = await sl.annotate(undefined, { mode, analyzer: fn, observe: false });
          const ms = performance.now() - t0;
          // Let the last frame paint so its task is counted too.
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
          po.disconnect();
          const out = { ms, longest: Math.max(0, ...tasks), long: tasks.length, marks: h.marks.length, stats: { ...h.stats } };
          h.clear();
          return out;
        }, { analyzer, mode }));
      }
      const best = results.reduce((a, r) => (r.ms < a.ms ? r : a));
      const worstTask = Math.max(...results.map((r) => r.longest));
      const s = best.stats;
      console.log(
        `  ${analyzer.padEnd(6)} ${mode.padEnd(9)}: ${String(best.marks).padStart(5)} marks drawn in ${best.ms.toFixed(0).padStart(5)} ms`
        + ` (collect ${s.collectMs.toFixed(0)}, analyse ${s.analyzeMs.toFixed(0)}, panel ${s.panelMs.toFixed(0)}, draw ${s.drawMs.toFixed(0)} ms);`
        + ` longest main-thread task: ${worstTask ? `${worstTask.toFixed(0)} ms` : 'none ≥ 50 ms'}`,
      );
    }
  }
  if (errors.length) console.log('console errors:', errors);
} finally {
  await b.close();
}

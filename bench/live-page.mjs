// Issue 6's live-page benchmark: a ~1 MB article page (www/fixtures/big.html)
// in Debian's headless Chromium. For the CSS Highlight API and for the wrap
// fallback it prints the time from the annotate() call to all marks drawn,
// the longest main-thread task seen meanwhile (Long Tasks API: tasks of 50 ms
// or more, over all runs; each run's in brackets), the mark count, how many
// ranges are registered (near the viewport) and what clear() costs; and, from
// a Chromium trace, the CPU time of the longest main-thread task (wall time
// on a busy machine includes time the thread was not running). Two analyzers:
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
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${b.origin}/fixtures/big.html?kb=${kb}`);
  await page.waitForFunction(() => document.body.dataset.ready);
  const bytes = Number(await page.evaluate(() => document.body.dataset.ready));
  console.log(`live-page benchmark: ${(bytes / 1024).toFixed(0)} KB article (${await page.evaluate(() => document.querySelectorAll('p').length)} paragraphs), Chromium headless, best of ${runs}`);
  for (const analyzer of ['engine', 'shell']) {
    for (const mode of ['highlight', 'wrap']) {
      const results = [];
      for (let run = 0; run < runs; run++) {
        await page.evaluate(async ({ analyzer }) => {
          const sl = await import('/sourcelight.js');
          if (analyzer === 'shell') {
            const { testAnalyzer } = await import('/fixtures/test-analyzer.js');
            window.__pre = window.__pre || new Map();
            window.__fn = async (text, o) => {
              if (!window.__pre.has(text)) window.__pre.set(text, await testAnalyzer(text, o));
              return window.__pre.get(text);
            };
            // Precompute outside the measured call.
            await window.__fn(sl.collectTextSync(sl.findArticle(document)).text, { lang: 'auto', pageLang: 'en' });
          } else {
            window.__fn = undefined;
            // Warm the worker (wasm compiled) outside the measured call.
            const h0 = await sl.annotate(document.createElement('div'), { panel: false, observe: false });
            h0.clear();
          }
          await new Promise((r) => setTimeout(r, 100));
        }, { analyzer });
        // Thread CPU time of the page's main-thread tasks, from a trace: the
        // Long Tasks API reports wall time, which a busy machine inflates.
        const events = [];
        cdp.removeAllListeners('Tracing.dataCollected');
        cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
        const traced = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
        await cdp.send('Tracing.start', { categories: 'toplevel', transferMode: 'ReportEvents' });
        const r = await page.evaluate(async ({ mode }) => {
          const sl = await import('/sourcelight.js');
          const tasks = [];
          const po = new PerformanceObserver((l) => { for (const e of l.getEntries()) tasks.push(e.duration); });
          po.observe({ type: 'longtask' });
          const t0 = performance.now();
          const h = await sl.annotate(undefined, { mode, analyzer: window.__fn, observe: false });
          const ms = performance.now() - t0;
          // Let the last frame paint so its task is counted too.
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
          po.disconnect();
          window.__h = h;
          const registered = [...CSS.highlights.values()].reduce((n, x) => n + x.size, 0);
          return { ms, longest: Math.max(0, ...tasks), long: tasks.length, marks: h.marks.length, registered, stats: { ...h.stats } };
        }, { mode });
        await cdp.send('Tracing.end');
        await traced;
        r.cpu = longestMainTask(events);
        // clear() too: unwrapping or dropping the sheet is work on the page.
        Object.assign(r, await page.evaluate(async () => {
          const clearTasks = [];
          const po2 = new PerformanceObserver((l) => { for (const e of l.getEntries()) clearTasks.push(e.duration); });
          po2.observe({ type: 'longtask' });
          const tc = performance.now();
          window.__h.clear();
          const clearMs = performance.now() - tc;
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));
          po2.disconnect();
          return { clearMs, clearLongest: Math.max(0, ...clearTasks) };
        }));
        results.push(r);
      }
      const best = results.reduce((a, r) => (r.ms < a.ms ? r : a));
      const worstTask = Math.max(...results.map((r) => r.longest));
      const tasks = results.map((r) => (r.longest ? r.longest.toFixed(0) : '<50')).join('/');
      const clearWorst = Math.max(...results.map((r) => r.clearLongest));
      const cpu = results.map((r) => r.cpu.toFixed(0)).join('/');
      const s = best.stats;
      console.log(
        `  ${analyzer.padEnd(6)} ${mode.padEnd(9)}: ${String(best.marks).padStart(5)} marks drawn in ${best.ms.toFixed(0).padStart(5)} ms`
        + ` (collect ${s.collectMs.toFixed(0)}, analyse ${(s.analyzeMs || 0).toFixed(0)}, panel ${(s.panelMs || 0).toFixed(0)}, draw ${s.drawMs.toFixed(0)} ms);`
        + ` longest main-thread task: ${worstTask ? `${worstTask.toFixed(0)} ms` : 'none ≥ 50 ms'} (per run: ${tasks}; by CPU time, per run: ${cpu} ms)`
        + (mode === 'highlight' ? `; ${best.registered} ranges registered near the viewport` : '')
        + `; clear() ${best.clearMs.toFixed(0)} ms, longest task ${clearWorst ? `${clearWorst.toFixed(0)} ms` : 'none ≥ 50 ms'}`,
      );
    }
  }
  if (errors.length) console.log('console errors:', errors);
} finally {
  await b.close();
}

/** The longest task's thread CPU time (ms) on the renderer main thread of a trace. */
function longestMainTask(events) {
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask');
  // The page's main thread: of the renderer main threads (there may be
  // several processes), the busiest; not its Web Worker (the analysis).
  const renderers = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const busy = new Map();
  for (const t of tasks) {
    const k = `${t.pid}:${t.tid}`;
    if (renderers.has(k)) busy.set(k, (busy.get(k) || 0) + (t.tdur || 0));
  }
  const main = [...busy].sort((x, y) => y[1] - x[1])[0];
  const mine = main ? tasks.filter((t) => `${t.pid}:${t.tid}` === main[0]) : [];
  return Math.max(0, ...mine.map((t) => (t.tdur || 0) / 1000));
}

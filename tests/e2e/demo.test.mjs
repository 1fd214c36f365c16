// The demo page end to end in Debian's Chromium: load the sample, check the
// marks the engines must find (ANNOTATION.md), the summary panel, tooltips on
// hover and focus, a source lighting up its marks, no request leaving the
// page and no console errors; saves docs/screenshot.png for the README.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startBrowser, snapshot, hoverMark, useTestAnalyzer } from './browser.mjs';

const SCREENSHOT = fileURLToPath(new URL('../../docs/screenshot.png', import.meta.url));
let b;
before(async () => { b = await startBrowser(); });
after(async () => { await b?.close(); });

/** Loads the demo and the sample; resolves when annotated. */
async function loadSample(page, origin) {
  await page.goto(`${origin}/`);
  await page.click('#sample');
  await page.waitForFunction(() => document.body.dataset.state === 'annotated', null, { timeout: 15000 });
}

/** Text and fields of every drawn mark, read back from the page's highlights. */
function drawn(page) {
  return page.evaluate(() => {
    const h = window.sourcelightDemo;
    return h.marks.map((m) => ({ ...m.ann, cls: m.cls, drawnText: (m.ranges || []).map((r) => r.toString()).join('') }));
  });
}


test('demo: the sample article is annotated with the marks ANNOTATION.md asks for', async () => {
  const { page, errors, foreign } = await b.newPage();
  await loadSample(page, b.origin);
  const marks = await drawn(page);
  // Every mark is drawn over exactly its own text (a quote running over
  // paragraphs: the paragraph break is no text in the page, so its ranges'
  // text has none).
  for (const m of marks) assert.equal(m.drawnText.replace(/\s+/g, ' '), m.text.replace(/\n\n/g, '').replace(/\s+/g, ' '), `mark drawn over its text: ${m.text}`);

  const claim = marks.find((m) => m.kind === 'number' && m.text === '$100 billion');
  // The README's screenshot: the article with its marks and a tooltip open.
  if (claim) await hoverMark(page, '$100 billion');
  await mkdir(new URL('../../docs/', import.meta.url), { recursive: true });
  await page.screenshot({ path: SCREENSHOT, fullPage: false });
  assert.ok(claim, 'the $100 billion claim is marked');
  assert.equal(claim.value, 1e11);
  assert.equal(claim.unit, 'USD');

  const korolev = marks.find((m) => m.kind === 'quote' && m.text.startsWith('“They have introduced a joint command system'));
  assert.ok(korolev, 'the Korolev quote is marked');
  assert.equal(korolev.speaker, 'Alexander Korolev');

  const cnn = marks.find((m) => m.kind === 'source' && m.text === 'CNN');
  assert.ok(cnn, 'CNN is marked as a source');
  assert.equal(cnn.type, 'outlet');

  // The summary panel lists them.
  const panel = page.locator('sourcelight-ui .panel');
  const sourcesText = await panel.locator('ul[aria-labelledby="sl-h-sources-cited"]').innerText();
  assert.match(sourcesText, /CNN/);
  assert.match(sourcesText, /Alexander Korolev/);
  assert.match(await panel.innerText(), /quotes · \d+ numeric claims/);

  // Tooltips: hover shows the normalised value, the speaker, the source type.
  const tipNumber = await hoverMark(page, '$100 billion');
  assert.match(tipNumber, /100,000,000,000 USD/);
  assert.match(tipNumber, /CNN/);
  const tipQuote = await hoverMark(page, korolev.text);
  assert.match(tipQuote, /Alexander Korolev/);
  const tipSource = await hoverMark(page, 'CNN');
  assert.match(tipSource, /news outlet/);

  // Clicking CNN in the panel lights up CNN's mention and what it supports.
  await panel.locator('button[data-source-id]', { hasText: 'CNN' }).click();
  const lit = await page.evaluate(() => [...CSS.highlights.get('sourcelight-lit')].map((r) => r.toString()));
  assert.ok(lit.includes('CNN'), 'the CNN mention lights up');
  assert.ok(lit.includes('$100 billion'), 'the claim CNN supports lights up');
  assert.equal(await panel.locator('button[data-source-id]', { hasText: 'CNN' }).getAttribute('aria-pressed'), 'true');

  assert.deepEqual(foreign(), [], 'no request left the page');
  assert.deepEqual(errors, [], 'no console errors');
  await page.close();
});

test('demo: drawing, tooltips, panel, keyboard and language selector (stand-in analyzer)', async () => {
  const { page, errors, foreign } = await b.newPage();
  await loadSample(page, b.origin);
  // Re-annotate the rendered sample with the predictable stand-in analyzer so
  // the UI is exercised whatever the engines' state.
  await useTestAnalyzer(page);
  const marks = await drawn(page);
  for (const m of marks) assert.equal(m.drawnText, m.text.replace(/\n\n/g, ''), 'drawn over its text');
  const texts = marks.map((m) => m.text);
  assert.ok(texts.includes('$100 billion'));
  assert.ok(texts.includes('CNN'));
  // Distinct highlight per kind and state.
  const sizes = await page.evaluate(() => Object.fromEntries([...CSS.highlights].map(([k, v]) => [k, v.size])));
  assert.ok(sizes['sourcelight-quote'] >= 1 && sizes['sourcelight-quote-anonymous'] >= 1, JSON.stringify(sizes));
  assert.ok(sizes['sourcelight-number'] >= 1 && sizes['sourcelight-number-unsourced'] >= 1, JSON.stringify(sizes));
  assert.ok(sizes['sourcelight-source'] >= 1);
  // A multi-paragraph quote is one mark over two paragraphs, drawn as one range.
  const multi = marks.find((m) => m.kind === 'quote' && m.text.includes('\n\n'));
  assert.ok(multi, 'multi-paragraph quote');

  // Hover → tooltip with the normalised value (and its source, when it has one).
  const tip = await hoverMark(page, '$100 billion');
  assert.match(tip, /100,000,000,000 USD/);
  const sourced = marks.find((m) => m.cls === 'number');
  const sourceName = await page.evaluate((id) => window.sourcelightDemo.analysis.summary.sources.find((s) => s.id === id).name, sourced.source_id);
  assert.match(await hoverMark(page, sourced.text), new RegExp(sourceName));
  // Unsourced claim → "no source found".
  const unsourced = marks.find((m) => m.cls === 'number-unsourced');
  assert.match(await hoverMark(page, unsourced.text), /no source found/);

  // Focus on a panel entry shows its tooltip too (keyboard users).
  const panel = page.locator('sourcelight-ui .panel');
  await panel.locator('ul[aria-labelledby="sl-h-anonymous-quotes"] button').first().focus();
  assert.match(await page.locator('sourcelight-ui .tip').innerText(), /Anonymous quote/);

  // Keyboard: Alt+Shift+N moves to the first mark, Escape closes.
  await page.locator('#article').focus();
  await page.keyboard.press('Alt+Shift+N');
  const active = await page.evaluate(() => [...CSS.highlights.get('sourcelight-active')].map((r) => r.toString()));
  assert.equal(active.length, 1);
  assert.equal(await page.locator('sourcelight-ui .tip').isVisible(), true);
  assert.match(await page.locator('sourcelight-ui [role=status]').innerText(), /./);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('sourcelight-ui .tip').isVisible(), false);

  // Sources panel: click → its marks light up; click again → off.
  const cnnButton = panel.locator(`button[data-source-id="${sourced.source_id}"]`);
  await cnnButton.click();
  let lit = await page.evaluate(() => [...CSS.highlights.get('sourcelight-lit')].map((r) => r.toString()).sort());
  const expected = marks.filter((m) => m.source_id === sourced.source_id).map((m) => m.text).sort();
  assert.deepEqual(lit, expected);
  assert.ok(lit.includes(sourceName) && lit.includes(sourced.text));
  assert.equal(await cnnButton.getAttribute('aria-pressed'), 'true');
  await cnnButton.click();
  lit = await page.evaluate(() => CSS.highlights.get('sourcelight-lit').size);
  assert.equal(lit, 0);

  // Clicking an unsourced claim in the panel scrolls to it and shows it.
  await panel.locator('ul[aria-labelledby="sl-h-unsourced-numeric-claims"] button').first().click();
  assert.match(await page.locator('sourcelight-ui .tip').innerText(), /no source found/);

  // The language selector reaches the analyzer.
  const lang = await page.evaluate(async () => {
    const sl = await import('/sourcelight.js');
    const seen = [];
    const h = await sl.annotate(document.getElementById('article'), {
      lang: 'ro', panel: false, observe: false, analyzer: async (text, opts) => { seen.push(opts); return { language: 'ro', annotations: [], summary: { counts: {}, sources: [], unsourced: [], anonymous: [] } }; },
    });
    h.clear();
    return seen;
  });
  assert.deepEqual(lang, [{ lang: 'ro' }]);

  assert.deepEqual(foreign(), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('demo: page text is inserted as text, the language selector and the real engine work', async () => {
  const { page, errors, foreign } = await b.newPage();
  await page.goto(`${b.origin}/`);
  await page.fill('#text', 'He wrote <img src=x onerror="window.pwned=1"> and “hello there,” said Ion Popescu.\n\nPotrivit Agerpres, 1,5 miliarde de euro.');
  await page.selectOption('#lang', 'ro');
  await page.click('#annotate');
  await page.waitForFunction(() => document.body.dataset.state === 'annotated');
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.locator('#article img').count(), 0);
  assert.match(await page.locator('#article').innerText(), /<img src=x onerror/);
  assert.equal(await page.evaluate(() => window.sourcelightDemo.analysis.language), 'ro');
  // Bad options from the public API raise a clear Error.
  const msg = await page.evaluate(async () => {
    const sl = await import('/sourcelight.js');
    await sl.init();
    try { sl.analyze('x', { language: 'en' }); return 'no error'; } catch (e) { return e.message; }
  });
  assert.match(msg, /unknown option/);
  assert.deepEqual(foreign(), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('demo: "try it on a page" links and the bookmarklet annotate a fixture page, and a second click clears it', async () => {
  const { page, errors, foreign } = await b.newPage();
  await page.goto(`${b.origin}/`);
  // The demo lists the fixture pages and offers the bookmarklet, built for this server.
  const link = page.locator('#fixtures a[href="fixtures/news.html"]');
  assert.equal(await link.isVisible(), true);
  const href = await page.locator('#bookmarklet').getAttribute('href');
  assert.ok(href.startsWith('javascript:'), href);
  const source = decodeURIComponent(href.slice('javascript:'.length));
  assert.ok(source.includes(JSON.stringify(`${b.origin}/sourcelight.js`)), source);
  // Follow the link, then "click" the bookmarklet: run its code in the page.
  await link.click();
  await page.waitForURL(`${b.origin}/fixtures/news.html`);
  const before = await snapshot(page);
  await page.evaluate(source);
  await page.waitForFunction(() => window.__sourcelight && window.__sourcelight.stats.analyses === 1, null, { timeout: 15000 });
  const marks = await page.evaluate(() => window.__sourcelight.marks.map((m) => ({
    kind: m.ann.kind, text: m.ann.text, drawn: (m.ranges || []).map((r) => r.toString()).join(''),
  })));
  // The real engine in its worker: marks on the article, each drawn over its own text.
  assert.ok(marks.length > 0, 'marks drawn');
  for (const m of marks) assert.equal(m.drawn.replace(/\s+/g, ' '), m.text.replace(/\s+/g, ' '));
  assert.ok(marks.some((m) => m.kind === 'number' && m.text.includes('100')), JSON.stringify(marks));
  assert.equal(await page.locator('sourcelight-ui [role=complementary]').count(), 1);
  // The bookmarklet again: everything cleared, the page as it was.
  await page.evaluate(source);
  assert.equal(await page.locator('sourcelight-ui').count(), 0);
  assert.equal(await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0)), 0);
  assert.equal(await snapshot(page), before);
  assert.deepEqual(foreign(), []);
  assert.deepEqual(errors, []);
  await page.close();
});

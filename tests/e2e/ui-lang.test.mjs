// The shell's own UI language: in a Romanian browser (locale ro-RO) the demo
// page, the panel and the tooltips speak Romanian and write numbers the
// Romanian way (100.000.000.000); `uiLang: 'en'` (or the demo's switch)
// forces English whatever the browser's language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, hoverMark, useTestAnalyzer } from './browser.mjs';

let b;
before(async () => { b = await startBrowser({ locale: 'ro-RO' }); });
after(async () => { await b?.close(); });

async function loadSample(page, url) {
  await page.goto(url);
  await page.click('#sample');
  await page.waitForFunction(() => document.body.dataset.state === 'annotated', null, { timeout: 15000 });
}


test('Romanian browser: the demo page, panel headings, counts and tooltips are in Romanian', async () => {
  const { page, errors, foreign } = await b.newPage();
  assert.equal(await page.evaluate(() => navigator.language), 'ro-RO');
  await loadSample(page, `${b.origin}/`);
  // The demo's own text.
  assert.equal(await page.locator('#annotate').innerText(), 'Adnotează');
  assert.equal(await page.locator('#sample').innerText(), 'Încarcă exemplul');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ro');
  assert.match(await page.locator('#status').innerText(), /^Gata în \d+ ms \(en\): \d+ (de )?citate?/);
  // The panel.
  const panel = page.locator('sourcelight-ui .panel');
  assert.equal(await page.evaluate(() => window.sourcelightDemo.uiLang), 'ro');
  assert.equal(await page.locator('sourcelight-ui').getAttribute('lang'), 'ro');
  assert.match(await panel.locator('#sl-h-sources-cited').textContent(), /^Surse citate \(\d+\)$/);
  assert.match(await panel.locator('#sl-h-unsourced-numeric-claims').textContent(), /^Cifre fără sursă \(\d+\)$/);
  assert.match(await panel.locator('#sl-h-anonymous-quotes').textContent(), /^Citate anonime \(\d+\)$/);
  assert.match(await panel.locator('[data-testid=counts]').innerText(), /^\d+ (de )?citate? · \d+ (de )?cifr[ăe] · \d+ (de )?mențiun/);
  assert.equal(await panel.getAttribute('aria-label'), 'rezumat sourcelight');
  assert.match(await panel.innerText(), /Înainte ▶/);
  assert.match(await panel.innerText(), /Marcajul următor|marcajul următor/);
  // Tooltips: Romanian words, Romanian number format.
  const tipNumber = await hoverMark(page, '$100 billion');
  assert.match(tipNumber, /Valoare/);
  assert.match(tipNumber, /100\.000\.000\.000 USD/);
  assert.match(tipNumber, /CNN \(publicație\)/);
  const tipSource = await hoverMark(page, 'CNN');
  assert.match(tipSource, /^Sursă/);
  assert.match(tipSource, /publicație/);
  // An unsourced claim and an anonymous quote, through the stand-in analyzer.
  await useTestAnalyzer(page);
  const unsourced = await page.evaluate(() => window.sourcelightDemo.marks.find((m) => m.cls === 'number-unsourced').ann.text);
  assert.match(await hoverMark(page, unsourced), /nicio sursă găsită/);
  await panel.locator('ul[aria-labelledby="sl-h-anonymous-quotes"] button').first().focus();
  assert.match(await page.locator('sourcelight-ui .tip').innerText(), /Citat anonim/);
  assert.deepEqual(foreign(), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Romanian browser, uiLang forced to English: the API option and the demo switch', async () => {
  const { page, errors, foreign } = await b.newPage();
  await loadSample(page, `${b.origin}/`);
  // The API: uiLang 'en' whatever navigator.language says.
  await page.evaluate(async () => {
    const sl = await import('/sourcelight.js');
    window.sourcelightDemo.clear();
    window.sourcelightDemo = await sl.annotate(document.getElementById('article'), {
      uiLang: 'en', panelContainer: document.getElementById('summary'), observe: false,
    });
  });
  const panel = page.locator('sourcelight-ui .panel');
  assert.match(await panel.locator('#sl-h-sources-cited').textContent(), /^Sources cited \(\d+\)$/);
  assert.match(await panel.locator('[data-testid=counts]').innerText(), /quotes? · \d+ numeric claims?/);
  assert.match(await hoverMark(page, '$100 billion'), /100,000,000,000 USD/);
  // An unknown uiLang is a clear error.
  const msg = await page.evaluate(async () => {
    const sl = await import('/sourcelight.js');
    try { await sl.annotate(document.getElementById('article'), { uiLang: 'fr', analyzer: async () => ({}) }); return 'no error'; } catch (e) { return e.message; }
  });
  assert.match(msg, /unknown uiLang/);
  // The demo's switch: the page and the panel in English, kept in the URL.
  // (the handle made above is ours: clear it; the demo re-annotates with its own)
  await page.evaluate(() => { window.sourcelightDemo.clear(); document.body.dataset.state = ''; });
  await page.selectOption('#uilang', 'en');
  await page.waitForFunction(() => window.sourcelightDemo.uiLang === 'en' && document.body.dataset.state === 'annotated');
  assert.equal(await page.locator('#annotate').innerText(), 'Annotate');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.match(page.url(), /\?ui=en$/);
  assert.match(await panel.locator('#sl-h-anonymous-quotes').textContent(), /^Anonymous quotes \(\d+\)$/);
  assert.match(await hoverMark(page, 'CNN'), /news outlet/);
  // And back to Romanian.
  await page.evaluate(() => { document.body.dataset.state = ''; });
  await page.selectOption('#uilang', 'ro');
  await page.waitForFunction(() => window.sourcelightDemo.uiLang === 'ro' && document.body.dataset.state === 'annotated');
  assert.match(await panel.locator('#sl-h-sources-cited').textContent(), /^Surse citate/);
  assert.deepEqual(foreign(), []);
  assert.deepEqual(errors, []);
  await page.close();
});

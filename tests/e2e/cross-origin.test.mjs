// The bookmarklet on a page of another origin: a second local server (its
// own port, so its own origin) serves article pages; the bookmarklet built
// for the first server imports the shell from there (CORS), analyses in a
// worker started from a blob: URL of the page's origin, or on the main thread
// when the page's CSP forbids blob: workers, and says so clearly when the
// page's CSP blocks the shell altogether. No request beyond the two servers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowser, snapshot } from './browser.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { bookmarkletSource } from '../../www/bookmarklet.js';

const ARTICLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Other origin</title><link rel="icon" href="data:,"></head>
<body><nav><a href="#">Home</a></nav>
<article>
  <h1>Trade between the two countries grows</h1>
  <p>Bilateral trade passed <b>$100 billion</b> last year, according to <a href="#cnn">CNN</a>.</p>
  <p>“We will <em>not</em> back down from this,” said <strong>Maria Ionescu</strong> on Monday.</p>
  <p>Imports rose by 12.5%, and “the outlook is good,” Dan Popa said.</p>
</article>
<footer>© 2026</footer></body></html>
`;

let b;
let other;
let otherOrigin;
let dir;
before(async () => {
  b = await startBrowser();
  dir = await mkdtemp(join(tmpdir(), 'sourcelight-other-'));
  await writeFile(join(dir, 'article.html'), ARTICLE);
  // Allows the shell's origin for scripts and fetches, but no blob: workers.
  await writeFile(join(dir, 'noblob.html'), ARTICLE);
  await writeFile(join(dir, 'noblob.html.headers'),
    `Content-Security-Policy: default-src 'self'; script-src 'self' ${b.origin} 'wasm-unsafe-eval'; connect-src 'self' ${b.origin}; worker-src 'self'; style-src 'self'\n`);
  // Allows nothing but its own scripts.
  await writeFile(join(dir, 'locked.html'), ARTICLE);
  await writeFile(join(dir, 'locked.html.headers'), "Content-Security-Policy: default-src 'self'; script-src 'self'\n");
  other = await startServer({ port: 0, root: dir });
  otherOrigin = `http://127.0.0.1:${other.address().port}`;
});
after(async () => {
  await b?.close();
  if (other) await new Promise((ok) => other.close(ok));
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Requests that went anywhere but the two local servers. */
const beyond = (requests) => requests.filter((u) => !u.startsWith(`${b.origin}/`) && !u.startsWith(`${otherOrigin}/`)
  && !u.startsWith('blob:') && !u.startsWith('data:') && u !== 'about:blank');

async function marksOf(page) {
  return page.evaluate(() => window.__sourcelight.marks.map((m) => ({
    kind: m.ann.kind, text: m.ann.text, drawn: (m.ranges || []).map((r) => r.toString()).join(''),
  })));
}

test('bookmarklet on another origin: shell imported with CORS, analysis in a blob: worker, clear() restores', async () => {
  const { page, requests, errors } = await b.newPage();
  await page.goto(`${otherOrigin}/article.html`);
  assert.notEqual(new URL(page.url()).origin, b.origin);
  const before = await snapshot(page);
  const source = bookmarkletSource(b.origin);
  await page.evaluate(source);
  await page.waitForFunction(() => window.__sourcelight && window.__sourcelight.stats.analyses === 1, null, { timeout: 15000 });
  const marks = await marksOf(page);
  assert.ok(marks.length > 0, 'marks drawn');
  for (const m of marks) assert.equal(m.drawn.replace(/\s+/g, ' '), m.text.replace(/\s+/g, ' '));
  assert.ok(marks.some((m) => m.kind === 'number' && m.text.includes('100')), JSON.stringify(marks));
  assert.ok(marks.some((m) => m.kind === 'quote' && m.text.startsWith('“We will')), JSON.stringify(marks));
  assert.equal(await page.locator('sourcelight-ui [role=complementary]').count(), 1);
  // The worker is the page's own (blob:), and it loaded the shell's worker and wasm.
  assert.ok(page.workers().some((w) => w.url().startsWith(`blob:${otherOrigin}/`)), page.workers().map((w) => w.url()).join());
  assert.ok(requests.includes(`${b.origin}/worker.js`), requests.join('\n'));
  assert.ok(requests.includes(`${b.origin}/pkg/sourcelight_bg.wasm`), requests.join('\n'));
  // The bookmarklet again: cleared, the page as it was.
  await page.evaluate(source);
  assert.equal(await page.locator('sourcelight-ui').count(), 0);
  assert.equal(await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0)), 0);
  assert.equal(await snapshot(page), before);
  assert.deepEqual(beyond(requests), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('bookmarklet on another origin whose CSP forbids blob: workers: analysed on the main thread', async () => {
  const { page, requests, errors } = await b.newPage();
  await page.goto(`${otherOrigin}/noblob.html`);
  const before = await snapshot(page);
  const source = bookmarkletSource(b.origin);
  await page.evaluate(source);
  await page.waitForFunction(() => window.__sourcelight && window.__sourcelight.stats.analyses === 1, null, { timeout: 15000 });
  const marks = await marksOf(page);
  assert.ok(marks.some((m) => m.kind === 'number' && m.text.includes('100')), JSON.stringify(marks));
  for (const m of marks) assert.equal(m.drawn.replace(/\s+/g, ' '), m.text.replace(/\s+/g, ' '));
  assert.equal(page.workers().length, 0, 'no worker could start');
  assert.ok(requests.includes(`${b.origin}/pkg/sourcelight_bg.wasm`), 'the wasm came from the shell origin');
  await page.evaluate(source);
  assert.equal(await snapshot(page), before);
  assert.deepEqual(beyond(requests), []);
  // The only console errors are the browser's report of the refused worker.
  assert.deepEqual(errors.filter((e) => !/Content Security Policy|worker/i.test(e)), []);
  await page.close();
});

test('bookmarklet on another origin whose CSP blocks the shell: a clear message, the page untouched', async () => {
  const { page, requests } = await b.newPage();
  await page.goto(`${otherOrigin}/locked.html`);
  const before = await snapshot(page);
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.evaluate(bookmarkletSource(b.origin));
  assert.equal(dialogs.length, 1);
  assert.match(dialogs[0], new RegExp(`Content-Security-Policy blocks scripts from ${b.origin.replace(/\./g, '\\.')}`));
  assert.match(dialogs[0], /extension/);
  assert.equal(await page.locator('sourcelight-ui').count(), 0);
  assert.equal(await snapshot(page), before);
  assert.deepEqual(beyond(requests), []);
  await page.close();
});

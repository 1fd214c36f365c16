// The extension in Debian's Chromium, loaded unpacked from dist/: the real
// toolbar click (which opens the popup and annotates), the shortcut's toggle
// path, the popup's counts and toggles, clear, strict CSP, no article, a
// browser page, and no network.
//   node --test tests/extension/
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { engineKinds, launch, marks } from './helpers.mjs';

let x; // the launched browser, extension and fixture server
let live; // kinds the engine in www/pkg finds yet

// What a reader must see on the article fixtures once each engine has
// landed; a kind the engine does not produce yet is reported, not failed.
const EXPECTED = {
  quote: ['We will win this fight against inflation', 'Nobody expected this'],
  number: ['5%', '100 billion', '4.2', '3,000'],
  source: ['Reuters', 'John Smith'],
};

function assertExpectedMarks(found, t) {
  for (const [kind, needles] of Object.entries(EXPECTED)) {
    if (!live.has(kind)) {
      t.diagnostic(`the ${kind} engine finds nothing yet: exact ${kind} marks not checked`);
      continue;
    }
    for (const needle of needles) {
      assert.ok(found[kind].some((m) => m.includes(needle)), `a ${kind} mark containing ${JSON.stringify(needle)} in ${JSON.stringify(found[kind])}`);
    }
  }
}

const total = (m) => m.quote.length + m.number.length + m.source.length;
const html = (page) => page.evaluate(() => document.documentElement.outerHTML);

before(async () => {
  x = await launch();
  live = await engineKinds();
});

after(async () => {
  await x?.close();
});

describe('sourcelight extension in Chromium', () => {
  test('the toolbar click annotates the article; the popup counts match the marks; Clear restores the page', async (t) => {
    const page = await x.openFixture('article.html');
    const before = await html(page);
    const { targetId, state } = await x.clickAction(page);
    assert.equal(state.error, null, `no error in the popup: ${state.error}`);
    assert.equal(state.state, 'annotated');
    assert.equal(state.clearVisible, true);
    assert.match(state.language, /English/);
    const found = await marks(page);
    for (const kind of ['quote', 'number', 'source']) assert.equal(state.counts[kind], found[kind].length, `${kind}: popup count = marks drawn`);
    assertExpectedMarks(found, t);
    // The shell's panel is shown (its own element, in a shadow root).
    assert.equal(await page.evaluate(() => document.querySelectorAll('sourcelight-ui').length), 1);

    // The page's own scripts and forms still work with the marks shown.
    assert.equal(await page.inputValue('#subscribe input'), 'reader@example.test');

    const cleared = await x.clickInPopup(targetId, 'clear');
    assert.equal(cleared.state, 'cleared');
    assert.equal(cleared.annotateVisible, true);
    assert.equal(total(await marks(page)), 0, 'no marks after Clear');
    assert.equal(await html(page), before, 'the page HTML is byte-identical after Clear');
    const badge = await x.worker.evaluate(async () => chrome.action.getBadgeText({ tabId: await globalThis.sourcelight.activeTabId() }));
    assert.equal(badge, '');
  });

  test('clicking again on an annotated tab keeps the marks and offers Clear', async () => {
    const page = await x.openFixture('article.html');
    const first = await x.clickAction(page);
    assert.equal(first.state.state, 'annotated');
    const drawn = await marks(page);
    const again = await x.clickAction(page);
    assert.equal(again.state.state, 'annotated');
    assert.equal(again.state.clearVisible, true);
    assert.deepEqual(await marks(page), drawn, 'the same marks, drawn once');
    await x.clickInPopup(again.targetId, 'clear');
    await x.closePopups();
  });

  test('the shortcut path toggles: annotate, then clear', async () => {
    const page = await x.openFixture('article.html');
    const before = await html(page);
    await x.clickAction(page); // grants activeTab, as the real shortcut does
    const tabId = await x.tabIdOf(page);
    await x.closePopups();
    const cleared = await x.worker.evaluate((id) => globalThis.sourcelight.toggleTab(id), tabId);
    assert.equal(cleared.ok, true);
    assert.equal(cleared.status.annotated, false);
    assert.equal(await html(page), before);
    const shown = await x.worker.evaluate((id) => globalThis.sourcelight.toggleTab(id), tabId);
    assert.equal(shown.ok, true, JSON.stringify(shown.error));
    assert.equal(shown.annotated, true);
    const found = await marks(page);
    assert.deepEqual(shown.shown, { quote: found.quote.length, number: found.number.length, source: found.source.length });
    const badge = await x.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    assert.equal(badge, String(total(found)), 'the badge counts the marks shown');
    await x.worker.evaluate((id) => globalThis.sourcelight.toggleTab(id), tabId);
    assert.equal(total(await marks(page)), 0);
    assert.equal(await html(page), before);
  });

  test('the toggles filter the marks and persist in storage', async (t) => {
    const page = await x.openFixture('article.html');
    const { targetId } = await x.clickAction(page);
    const all = await marks(page);
    let state = await x.clickInPopup(targetId, 'opt-quote'); // hide quotes
    assert.equal(state.state, 'annotated');
    let found = await marks(page);
    assert.equal(found.quote.length, 0, 'no quote marks with quotes off');
    assert.deepEqual(found.number, all.number);
    assert.deepEqual(found.source, all.source);
    const stored = await x.worker.evaluate(() => chrome.storage.local.get('settings'));
    assert.equal(stored.settings.quote, false);

    state = await x.clickInPopup(targetId, 'opt-unsourcedOnly');
    found = await marks(page);
    assert.equal(found.source.length, 0, 'no source marks with "unsourced only"');
    assert.ok(found.number.length <= all.number.length);
    if (live.has('number')) t.diagnostic(`unsourced numbers shown: ${JSON.stringify(found.number)}`);

    // A new popup reads the persisted settings.
    const reopened = await x.clickAction(page);
    const checked = await x.evaluateIn(reopened.targetId, `[document.getElementById('opt-quote').checked, document.getElementById('opt-unsourcedOnly').checked]`);
    assert.deepEqual(checked, [false, true]);
    await x.clickInPopup(reopened.targetId, 'opt-quote');
    await x.clickInPopup(reopened.targetId, 'opt-unsourcedOnly');
    assert.deepEqual(await marks(page), all, 'all marks back with the defaults');
    await x.clickInPopup(reopened.targetId, 'clear');
  });

  test('the language choice reaches the engine', async () => {
    const page = await x.openFixture('article-ro.html');
    const { targetId, state } = await x.clickAction(page);
    assert.equal(state.state, 'annotated', JSON.stringify(state));
    assert.match(state.language, /Romanian/, 'auto detects Romanian (page lang="ro")');
    await x.evaluateIn(targetId, `(() => { const s = document.getElementById('opt-lang'); s.value = 'en'; })()`);
    await x.evaluateIn(targetId, `document.getElementById('opt-lang').dispatchEvent(new Event('change'))`);
    const forced = await x.readPopup(targetId);
    assert.match(forced.language, /English/, 'forced English');
    await x.evaluateIn(targetId, `(() => { const s = document.getElementById('opt-lang'); s.value = 'auto'; s.dispatchEvent(new Event('change')); })()`);
    const back = await x.readPopup(targetId);
    assert.match(back.language, /Romanian/);
    await x.clickInPopup(targetId, 'clear');
  });

  test('a strict Content-Security-Policy page is annotated: the wasm runs in the background, not the page', async (t) => {
    const page = await x.openFixture('strict-csp.html');
    const csp = [];
    page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) csp.push(m.text()); });
    const before = await html(page);
    const { targetId, state } = await x.clickAction(page);
    assert.equal(state.error, null, `no error: ${state.error}`);
    assert.equal(state.state, 'annotated');
    const found = await marks(page);
    for (const kind of ['quote', 'number', 'source']) assert.equal(state.counts[kind], found[kind].length);
    assertExpectedMarks(found, t);
    await x.clickInPopup(targetId, 'clear');
    assert.equal(await html(page), before);
    assert.deepEqual(csp, [], 'no CSP violation in the page');
  });

  test('a page with no article: the popup says so, and the badge shows "!"', async () => {
    const page = await x.openFixture('no-article.html');
    const before = await html(page);
    const { state } = await x.clickAction(page);
    assert.equal(state.state, 'error');
    assert.match(state.error, /No article text found/);
    assert.equal(await html(page), before);
    const tabId = await x.tabIdOf(page);
    assert.equal(await x.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), '!');
    await x.closePopups();
  });

  test("a browser page cannot be scripted: the popup says so", async () => {
    const page = await x.context.newPage();
    await page.goto('chrome://version/');
    const { state } = await x.clickAction(page);
    assert.equal(state.state, 'error');
    assert.match(state.error, /cannot read this page/);
    await x.closePopups();
    await page.close();
  });

  test('Chromium loaded the unpacked build with no warnings and recorded no errors', async () => {
    const info = await x.extensionInfo();
    assert.equal(info.name, 'sourcelight');
    assert.deepEqual(info.installWarnings, []);
    assert.deepEqual(info.manifestErrors, []);
    assert.deepEqual(info.runtimeErrors.map((e) => e.message), []);
    assert.equal(info.runtimeHostPermissions?.hosts?.length ?? 0, 0, 'no host permissions');
  });

  test('the extension made no network request beyond the fixture server and its own files', async () => {
    const foreign = x.requests.filter((u) => !u.startsWith(x.origin) && !u.startsWith('chrome-extension://') && !u.startsWith('chrome://') && u !== 'about:blank');
    assert.deepEqual(foreign, []);
    // The fixture server saw only page loads and their stylesheet.
    for (const url of x.served) assert.match(url, /^\/([\w-]+\.(html(\?visit=\d+)?|css)|favicon\.ico)$/, `served ${url}`);
    // Nothing the page logged as an error (the extension's failures reach the popup, not the console).
    assert.deepEqual(x.consoleErrors, []);
  });
});

// The same extension with the shell's stand-in analyzer in place of the wasm
// (a test-only build): exact marks through the whole extension path —
// collect, message, background, filter, draw — whatever the engines' state.
describe('the extension path with a predictable stand-in engine', () => {
  let y;
  const ALL = {
    quote: ['“Nobody expected this,”', '“We will win this fight against inflation,”'],
    number: ['$100 billion', '3,000', '4.2', '5%'],
    source: ['Reuters. The'],
  };
  before(async () => { y = await launch({ standIn: true }); });
  after(async () => { await y?.close(); });

  for (const fixture of ['article.html', 'strict-csp.html']) {
    test(`${fixture}: exact marks, counts, toggles, clear`, async () => {
      const page = await y.openFixture(fixture);
      const before = await html(page);
      const { targetId, state } = await y.clickAction(page);
      assert.equal(state.state, 'annotated', JSON.stringify(state));
      assert.deepEqual(await marks(page), ALL);
      assert.deepEqual(state.counts, { quote: 2, number: 4, source: 1, unsourced: 2, anonymous: 1 });

      await y.clickInPopup(targetId, 'opt-unsourcedOnly');
      assert.deepEqual(await marks(page), { quote: ['“Nobody expected this,”'], number: ['3,000', '4.2'], source: [] });
      await y.clickInPopup(targetId, 'opt-quote');
      assert.deepEqual(await marks(page), { quote: [], number: ['3,000', '4.2'], source: [] });
      await y.clickInPopup(targetId, 'opt-unsourcedOnly');
      await y.clickInPopup(targetId, 'opt-quote');
      assert.deepEqual(await marks(page), ALL);

      const cleared = await y.clickInPopup(targetId, 'clear');
      assert.equal(cleared.state, 'cleared');
      assert.deepEqual(await marks(page), { quote: [], number: [], source: [] });
      assert.equal(await html(page), before, 'byte-identical after Clear');
    });
  }

  test('no request left the fixture server, no page errors', () => {
    const foreign = y.requests.filter((u) => !u.startsWith(y.origin) && !u.startsWith('chrome-extension://') && !u.startsWith('chrome://'));
    assert.deepEqual(foreign, []);
    assert.deepEqual(y.consoleErrors, []);
  });
});

// Chromium's Romanian UI needs its locale file (Debian: chromium-l10n).
const roPak = ['/usr/lib/chromium/locales/ro.pak'].some((p) => existsSync(p));
describe('the extension in a Romanian browser', { skip: roPak ? false : 'no Romanian Chromium locale (apt-get install chromium-l10n): Romanian popup not checked' }, () => {
  let z;
  before(async () => { z = await launch({ locale: 'ro-RO' }); });
  after(async () => { await z?.close(); });

  test('the popup and its messages are in Romanian', async () => {
    const page = await z.openFixture('no-article.html');
    const { state } = await z.clickAction(page);
    assert.match(state.lang, /^ro/);
    assert.match(state.error, /Nu am găsit textul unui articol/);
    assert.ok(state.labels.includes('Citate') && state.labels.includes('Afișează') && state.labels.includes('Adnotează'), JSON.stringify(state.labels));
    const article = await z.openFixture('article-ro.html');
    const done = await z.clickAction(article);
    assert.equal(done.state.state, 'annotated');
    assert.equal(done.state.language, 'Limba: Română');
    assert.ok(done.state.labels.includes('Șterge'));
  });
});

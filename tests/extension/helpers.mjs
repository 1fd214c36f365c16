// Shared by the extension tests: build, launch Debian's Chromium with the
// unpacked extension, click its toolbar button (CDP Extensions.triggerAction:
// the real action, which grants activeTab and opens the popup), read the
// popup, read the marks, record every request.
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExtension } from '../../scripts/build-extension.mjs';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PAGES = join(ROOT, 'tests', 'extension', 'pages');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

let builtOnce = null;
/** Builds dist/ once per test process (SOURCELIGHT_EXT_PREBUILT=1 skips it). */
export function built() {
  builtOnce ??= process.env.SOURCELIGHT_EXT_PREBUILT
    ? Promise.resolve(['chromium', 'firefox'].map((target) => ({ target, dir: join(ROOT, 'dist', `sourcelight-${target}`), zip: join(ROOT, 'dist', `sourcelight-${target}.zip`) })))
    : buildExtension({ quiet: true });
  return builtOnce;
}

let standInOnce = null;
/** A Chromium build whose engine is the shell's stand-in test analyzer (exact, predictable marks). */
export function builtWithStandIn() {
  standInOnce ??= buildExtension({ quiet: true, engine: 'stand-in', outDir: join(ROOT, 'dist', 'test-stand-in'), zips: false });
  return standInOnce;
}

/** Which kinds the engine in www/pkg finds yet (engines land one by one). */
export async function engineKinds() {
  const glue = await import(join(ROOT, 'www', 'pkg', 'sourcelight.js'));
  glue.initSync({ module: readFileSync(join(ROOT, 'www', 'pkg', 'sourcelight_bg.wasm')) });
  const probe = glue.analyze(
    '“We will win this fight,” said John Smith, the minister. Prices rose by 5% in March, according to Reuters.',
    { lang: 'en' },
  );
  return new Set(probe.annotations.map((a) => a.kind));
}

export async function launch({ standIn = false, locale } = {}) {
  const [{ dir }] = standIn ? await builtWithStandIn() : await built();
  const server = await startServer({ root: PAGES });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const served = [];
  server.on('request', (req) => served.push(req.url));
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-ext-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    // The browser's UI language (what chrome.i18n follows): on Linux Chromium reads LANGUAGE.
    ...(locale ? { locale, env: { ...process.env, LANGUAGE: locale.replace('-', '_'), LANG: `${locale.replace('-', '_')}.UTF-8` } } : {}),
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`,
      ...(locale ? [`--lang=${locale}`] : []),
    ],
  });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const consoleErrors = [];
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(worker.url()).host;
  const cdp = await context.browser().newBrowserCDPSession();

  // Messages to targets Playwright does not attach to (the action popup).
  let nextId = 0;
  const pending = new Map();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message);
    pending.get(m.id)?.(m);
    pending.delete(m.id);
  });
  async function evaluateIn(targetId, expression) {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    try {
      const id = ++nextId;
      const answer = new Promise((ok) => pending.set(id, ok));
      await cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }),
      });
      const m = await answer;
      if (m.error || m.result.exceptionDetails) throw new Error(JSON.stringify(m.error ?? m.result.exceptionDetails));
      return m.result.result.value;
    } finally {
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    }
  }

  const targets = async () => (await cdp.send('Target.getTargets')).targetInfos;
  const popupTargets = async () => (await targets()).filter((t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${extensionId}/popup.html`));

  async function closePopups() {
    for (const t of await popupTargets()) await cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => {});
  }

  /** The popup's visible state once it is ready (after its first action). */
  async function readPopup(targetId) {
    const expr = `(async () => {
      for (let i = 0; i < 400 && (!document.body?.hasAttribute('data-ready') || document.body.hasAttribute('data-busy')); i++)
        await new Promise((r) => setTimeout(r, 25));
      const text = (id) => document.getElementById(id)?.textContent ?? null;
      const visible = (id) => !document.getElementById(id)?.hidden;
      return {
        ready: document.body.hasAttribute('data-ready'),
        state: document.body.dataset.state,
        status: text('status'),
        error: visible('error') ? text('error') : null,
        counts: visible('counts') ? { quote: +text('count-quote'), number: +text('count-number'), source: +text('count-source'),
          unsourced: +text('count-unsourced'), anonymous: +text('count-anonymous') } : null,
        language: visible('language') ? text('language') : null,
        clearVisible: visible('clear'),
        annotateVisible: visible('annotate'),
        lang: document.documentElement.lang,
        labels: [...document.querySelectorAll('dt, legend, button:not([hidden])')].map((e) => e.textContent),
      };
    })()`;
    return evaluateIn(targetId, expr);
  }

  /** Clicks the toolbar button for `page`'s tab: the popup opens and acts. Returns its state. */
  async function clickAction(page) {
    await closePopups();
    await page.bringToFront();
    const url = page.url();
    const tab = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })).targetInfos.find((t) => t.url === url);
    if (!tab) throw new Error(`no tab target for ${url}`);
    await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
    let popup;
    for (let i = 0; i < 100 && !popup; i++) {
      [popup] = await popupTargets();
      if (!popup) await new Promise((r) => setTimeout(r, 50));
    }
    if (!popup) throw new Error('the action popup did not open');
    return { targetId: popup.targetId, state: await readPopup(popup.targetId) };
  }

  /** Clicks a button or checkbox in the popup and waits until its action is answered. */
  async function clickInPopup(targetId, elementId) {
    await evaluateIn(targetId, `(async () => {
      document.getElementById(${JSON.stringify(elementId)}).click();
      await new Promise((r) => setTimeout(r, 0));
      for (let i = 0; i < 400 && document.body.hasAttribute('data-busy'); i++) await new Promise((r) => setTimeout(r, 25));
    })()`);
    return readPopup(targetId);
  }

  let visits = 0;
  async function openFixture(name) {
    const page = context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage());
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(`${name}: ${m.text()}`); });
    page.on('pageerror', (e) => consoleErrors.push(`${name}: ${e.message}`));
    // A unique URL per visit: the toolbar click finds its tab by URL.
    await page.goto(`${origin}/${name}?visit=${++visits}`);
    return page;
  }

  /** The tab id of `page`, as the extension sees it (the active tab). */
  async function tabIdOf(page) {
    await page.bringToFront();
    return worker.evaluate(() => globalThis.sourcelight.activeTabId());
  }

  /** chrome://extensions' own API: what Chromium says about the extension. */
  async function extensionsPage(fn, arg) {
    const page = await context.newPage();
    try {
      await page.goto('chrome://extensions/');
      return await page.evaluate(fn, arg);
    } finally {
      await page.close();
    }
  }
  // Developer mode on, so Chromium records the extension's runtime errors too.
  await extensionsPage(() => new Promise((ok) => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, ok)));
  const extensionInfo = () =>
    extensionsPage((id) => new Promise((ok) => chrome.developerPrivate.getExtensionInfo(id, ok)), extensionId);

  async function close() {
    await closePopups().catch(() => {});
    await context.close();
    await new Promise((ok) => server.close(ok));
    rmSync(profile, { recursive: true, force: true });
  }

  return { context, worker, extensionId, extensionInfo, cdp, origin, requests, served, consoleErrors, openFixture, clickAction, clickInPopup, readPopup, evaluateIn, closePopups, tabIdOf, close };
}

/** The page's marks: highlight ranges (and fallback elements) by kind, as text. */
export function marks(page) {
  return page.evaluate(() => {
    const out = { quote: [], number: [], source: [] };
    const kindOf = (name) => ['quote', 'number', 'source'].find((k) => name.includes(k));
    if (globalThis.CSS?.highlights) {
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('sourcelight')) continue;
        const kind = kindOf(name);
        if (kind) for (const range of highlight) out[kind].push(range.toString());
      }
    }
    for (const el of document.querySelectorAll('sourcelight-mark, [data-sourcelight-kind]')) {
      const kind = kindOf(el.getAttribute('data-sourcelight-kind') ?? el.getAttribute('kind') ?? el.className ?? '');
      if (kind) out[kind].push(el.textContent);
    }
    for (const k of Object.keys(out)) out[k].sort();
    return out;
  });
}

// Shared helpers for the end-to-end tests: a local static server for www/
// and Debian's Chromium through playwright-core, with every request and
// console error recorded so each test can assert nothing left the page.
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Starts the server and a fresh browser profile.
 * @returns {Promise<{origin: string, context: import('playwright-core').BrowserContext,
 *   newPage: () => Promise<{page, requests: string[], errors: string[], foreign: () => string[]}>,
 *   close: () => Promise<void>}>}
 */
export async function startBrowser({ colorScheme = 'light', viewport = { width: 1280, height: 900 }, locale } = {}) {
  const server = await startServer({ port: 0 });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const profile = await mkdtemp(join(tmpdir(), 'sourcelight-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, colorScheme, viewport,
    ...(locale ? { locale } : {}),
  });
  return {
    origin,
    context,
    async newPage() {
      const page = await context.newPage();
      const requests = [];
      const errors = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e)));
      // Workers' requests (the wasm fetched by worker.js) are reported by the context too.
      return {
        page, requests, errors,
        /** Requests that went anywhere but the local server. */
        foreign: () => requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:') && u !== 'about:blank'),
      };
    },
    async close() {
      await context.close();
      await new Promise((ok) => server.close(ok));
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The page's full HTML, including open shadow roots and same-origin iframes. */
export async function snapshot(page) {
  return page.evaluate(() => {
    const ser = (doc) => {
      let out = doc.documentElement.outerHTML;
      for (const el of doc.querySelectorAll('*')) {
        if (el.shadowRoot) out += `\n#shadow(${el.tagName}):${el.shadowRoot.innerHTML}`;
        if (el.tagName === 'IFRAME') {
          try { if (el.contentDocument) out += `\n#iframe:${ser(el.contentDocument)}`; } catch { /* cross-origin */ }
        }
      }
      return out;
    };
    return ser(document);
  });
}

/** Hovers the middle of the first box of the demo's mark whose text is
 * `text` and returns the tooltip's text once it shows. */
export async function hoverMark(page, text) {
  const box = await page.evaluate((t) => {
    const m = window.sourcelightDemo.marks.find((x) => x.ann.text === t);
    m.ranges[0].startContainer.parentElement.scrollIntoView({ block: 'center' });
    const r = m.ranges[0].getClientRects()[0];
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, text);
  await page.mouse.move(0, 0);
  await page.mouse.move(box.x, box.y);
  await page.waitForFunction(() => !document.querySelector('sourcelight-ui').shadowRoot.querySelector('.tip').hidden, null, { timeout: 5000 });
  return page.locator('sourcelight-ui .tip').innerText();
}

/** Re-annotates the demo's article with the predictable stand-in analyzer
 * (`www/fixtures/test-analyzer.js`), so a UI test does not depend on what the
 * engines find in the sample. */
export async function useTestAnalyzer(page) {
  await page.evaluate(async () => {
    const sl = await import('/sourcelight.js');
    const { testAnalyzer } = await import('/fixtures/test-analyzer.js');
    window.sourcelightDemo.clear();
    window.sourcelightDemo = await sl.annotate(document.getElementById('article'), {
      analyzer: testAnalyzer, panelContainer: document.getElementById('summary'), observe: false,
    });
  });
}

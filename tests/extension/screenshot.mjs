// Makes docs/extension.png for the README: the article fixture annotated by
// the extension (a real toolbar click) beside the extension's popup.
//   node tests/extension/screenshot.mjs [--stand-in]
// With --stand-in (or while the engines find nothing yet) the marks come
// from the shell's stand-in analyzer rather than the wasm engine.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { engineKinds, launch, ROOT } from './helpers.mjs';

const standIn = process.argv.includes('--stand-in') || (await engineKinds()).size === 0;
const x = await launch({ standIn });
try {
  const page = await x.openFixture('article.html');
  await page.setViewportSize({ width: 1100, height: 560 });
  await x.clickAction(page);
  await x.closePopups();
  const shot = await page.screenshot();
  const tabId = await x.tabIdOf(page);

  const popup = await x.context.newPage();
  await popup.setViewportSize({ width: 290, height: 600 });
  await popup.goto(`chrome-extension://${x.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('body[data-ready]:not([data-busy])', { state: 'attached' });
  const popupShot = await popup.locator('body').screenshot();
  await popup.close();

  const sheet = await x.context.newPage();
  await sheet.setViewportSize({ width: 1440, height: 600 });
  const img = (buf) => `data:image/png;base64,${buf.toString('base64')}`;
  await sheet.setContent(`<!doctype html><body style="margin:0;padding:20px;background:#dfe3ea;display:flex;gap:20px;align-items:flex-start;font:13px system-ui">
    <img src="${img(shot)}" style="width:1100px;border-radius:8px;box-shadow:0 2px 12px #0003">
    <img src="${img(popupShot)}" style="border-radius:8px;box-shadow:0 2px 12px #0003;background:white">
  </body>`);
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  await sheet.screenshot({ path: join(ROOT, 'docs', 'extension.png'), fullPage: true });
  console.log(`screenshot: docs/extension.png${standIn ? ' (stand-in engine)' : ''}`);
} finally {
  await x.close();
}

// The Firefox build in headless Firefox (Debian's firefox-esr, driven over
// WebDriver BiDi), installed as a temporary add-on. The annotate path is the
// real keyboard shortcut: the browser's own <key> element for the command,
// which grants activeTab and fires commands.onCommand exactly as pressing
// Alt+Shift+S does. Skipped, with a message, where Firefox is not installed
// (`apt-get install firefox-esr`).
//   node --test tests/extension/firefox.test.mjs
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { built, builtWithStandIn, PAGES } from './helpers.mjs';
import { FIREFOX, launchFirefox } from './firefox.mjs';
import { GECKO_ID } from '../../scripts/build-extension.mjs';
import { startServer } from '../../scripts/serve.mjs';

const skip = FIREFOX ? false : 'Firefox is not installed (apt-get install firefox-esr): Firefox run skipped; web-ext lint still checks the build';

describe('sourcelight extension in Firefox', { skip }, () => {
  let ff, server, origin, chromeCtx, content;
  const served = [];

  const highlights = () => ff.evaluate(content, `(() => {
    const out = {};
    for (const [name, h] of CSS.highlights) if (name.startsWith('sourcelight')) out[name] = [...h].map((r) => r.toString()).sort();
    return out;
  })()`);
  const html = () => ff.evaluate(content, 'document.documentElement.outerHTML');
  const open = async (name) => {
    await ff.send('browsingContext.navigate', { context: content, url: `${origin}/${name}`, wait: 'complete' });
  };
  /** The keyboard shortcut, for real: the command's <key> in the browser window. */
  const shortcut = () => ff.evaluate(chromeCtx, `(() => {
    document.querySelector('keyset[id^="ext-keyset-id-${GECKO_ID.replace(/[^a-z0-9_-]/gi, '_')}"] key').doCommand();
    return true;
  })()`);
  /** The toolbar button's badge and title for the current tab (what the user sees after an action). */
  const action = () => ff.evaluate(chromeCtx, `(async () => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
    const ba = ExtensionParent.apiManager.global.browserActionFor(ext);
    const a = ba.action ?? ba;
    return { badge: a.getProperty(gBrowser.selectedTab, 'badgeText'), title: a.getProperty(gBrowser.selectedTab, 'title') };
  })()`);
  /** Waits until the badge reads something other than `previous` (the action has finished). */
  // The badge and the title are set one after the other: a test that checks
  // the title passes `ready` to wait for it too.
  const settled = async (previous, ready = () => true) => {
    for (let i = 0; i < 100; i++) {
      const state = await action();
      if (state.badge !== previous && ready(state)) return state;
      await new Promise((r) => setTimeout(r, 50));
    }
    return action();
  };
  const install = async (dir) => ff.send('webExtension.install', { extensionData: { type: 'path', path: dir } });

  before(async () => {
    server = await startServer({ root: PAGES });
    server.on('request', (req) => served.push(req.url));
    origin = `http://127.0.0.1:${server.address().port}`;
    ff = await launchFirefox({ addonId: GECKO_ID });
    chromeCtx = (await ff.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).contexts[0].context;
    content = (await ff.send('browsingContext.getTree', {})).contexts[0].context;
  });
  after(async () => {
    await ff?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok()));
  });

  describe('with the stand-in engine (exact marks)', () => {
    before(async () => {
      const firefox = (await builtWithStandIn()).find((b) => b.target === 'firefox');
      await install(firefox.dir);
    });
    after(async () => { await ff.send('webExtension.uninstall', { extension: GECKO_ID }); });

    for (const fixture of ['article.html', 'strict-csp.html']) {
      test(`${fixture}: the shortcut annotates, pressing it again clears`, async () => {
        await open(fixture);
        const before = await html();
        await shortcut();
        const state = await settled('');
        assert.equal(state.badge, '7', JSON.stringify(state));
        assert.deepEqual(await highlights(), {
          'sourcelight-active': [],
          'sourcelight-lit': [],
          'sourcelight-number': ['$100 billion', '5%'],
          'sourcelight-number-unsourced': ['3,000', '4.2'],
          'sourcelight-quote': ['“We will win this fight against inflation,”'],
          'sourcelight-quote-anonymous': ['“Nobody expected this,”'],
          'sourcelight-source': ['Reuters. The'],
        });
        await shortcut();
        assert.equal((await settled('7')).badge, '');
        assert.deepEqual(await highlights(), {}, 'every highlight removed');
        assert.equal(await html(), before, 'the page HTML is byte-identical after clearing');
      });
    }

    test('a page with no article: "!" on the button, the reason in its tooltip', async () => {
      await open('no-article.html');
      await shortcut();
      const state = await settled('', (s) => /No article text found/.test(s.title));
      assert.equal(state.badge, '!');
      assert.match(state.title, /No article text found/);
    });

    test("a browser page: the extension says it cannot read it", async () => {
      await ff.send('browsingContext.navigate', { context: content, url: 'about:robots', wait: 'complete' });
      await shortcut();
      const state = await settled('', (s) => /cannot read this page/.test(s.title));
      assert.equal(state.badge, '!');
      assert.match(state.title, /cannot read this page/);
    });
  });

  describe('the real build (the wasm engine in the background script)', () => {
    before(async () => {
      const firefox = (await built()).find((b) => b.target === 'firefox');
      await install(firefox.dir);
    });
    after(async () => { await ff.send('webExtension.uninstall', { extension: GECKO_ID }); });

    test('the shortcut runs the wasm analysis and draws what it found', async () => {
      await open('article.html');
      const before = await html();
      await shortcut();
      const state = await settled('');
      assert.match(state.badge, /^\d+$/, `a mark count, not an error: ${JSON.stringify(state)}`);
      const drawn = Object.entries(await highlights()).filter(([n]) => !/-(lit|active)$/.test(n)).reduce((n, [, list]) => n + list.length, 0);
      assert.equal(drawn, Number(state.badge), 'the badge counts the marks drawn');
      await shortcut();
      assert.equal((await settled(state.badge)).badge, '');
      assert.equal(await html(), before);
    });
  });

  test('Firefox asked the fixture server for nothing but the pages', () => {
    for (const url of served) assert.match(url, /^\/([\w-]+\.(html(\?visit=\d+)?|css)|favicon\.ico)$/, `served ${url}`);
  });
});

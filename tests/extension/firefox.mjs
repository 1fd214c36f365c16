// Headless Firefox (Debian's firefox-esr) driven over WebDriver BiDi, with
// the Firefox build installed as a temporary add-on. Node built-ins plus the
// WebSocket client playwright-core ships; no Firefox-specific npm package.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIREFOX = [process.env.FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
// A fixed internal UUID, so the test knows the add-on's moz-extension:// origin.
export const FIXED_UUID = '5f1e4a7c-0000-4000-8000-00000000c0de';

const WebSocketImpl = globalThis.WebSocket ?? createRequire(import.meta.url)('playwright-core/lib/utilsBundle').ws;

export async function launchFirefox({ addonId }) {
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-ff-'));
  const prefs = {
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIXED_UUID }),
    // Nothing leaves this machine: no DNS, every proxied request to a dead port.
    'network.dns.disabled': true,
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': 9,
    'network.proxy.allow_hijacking_localhost': false,
    'app.update.disabledForTesting': true,
    'browser.safebrowsing.malware.enabled': false, 'browser.safebrowsing.phishing.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false, 'toolkit.telemetry.enabled': false,
    'network.captive-portal-service.enabled': false, 'network.connectivity-service.enabled': false,
    'extensions.update.enabled': false, 'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore', 'startup.homepage_welcome_url': 'about:blank',
  };
  writeFileSync(join(profile, 'user.js'), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n') + '\n');
  const proc = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', '--remote-allow-system-access', 'about:blank'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  let log = '';
  const url = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`firefox did not start:\n${log}`)), 60000);
    const onData = (d) => {
      log += d;
      const m = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(log);
      if (m) { clearTimeout(timer); ok(m[1]); }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.on('exit', (code) => { clearTimeout(timer); fail(new Error(`firefox exited (${code}):\n${log}`)); });
  });
  const ws = new WebSocketImpl(`${url}/session`);
  await new Promise((ok, fail) => { ws.onopen = ok; ws.onerror = fail; });
  let nextId = 0;
  const pending = new Map();
  const events = [];
  ws.onmessage = (e) => {
    const m = JSON.parse(typeof e.data === 'string' ? e.data : e.data.toString());
    if (m.id != null && pending.has(m.id)) {
      const { ok, fail } = pending.get(m.id);
      pending.delete(m.id);
      if (m.type === 'error') fail(new Error(`${m.error}: ${m.message}`));
      else ok(m.result);
    } else if (m.type === 'event') events.push(m);
  };
  const send = (method, params = {}) => new Promise((ok, fail) => {
    const id = ++nextId;
    pending.set(id, { ok, fail });
    ws.send(JSON.stringify({ id, method, params }));
  });
  await send('session.new', { capabilities: {} });

  /** Evaluates `expression` (which yields a JSON-able value or a promise of one) in a browsing context. */
  async function evaluate(context, expression) {
    const r = await send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context }, awaitPromise: true, resultOwnership: 'none',
    });
    if (r.type === 'exception') throw new Error(`in page: ${r.exceptionDetails.text}`);
    return r.result.value === undefined ? undefined : JSON.parse(r.result.value);
  }

  async function close() {
    try { await send('session.end'); } catch {}
    ws.close();
    proc.kill('SIGTERM');
    await new Promise((ok) => { if (proc.exitCode != null) ok(); else proc.on('exit', ok); });
    rmSync(profile, { recursive: true, force: true });
  }
  return { send, evaluate, events, close, log: () => log };
}

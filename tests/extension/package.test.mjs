// The packaged extension: both manifests, the zips (read back with zlib),
// what the bundles may not contain, and `web-ext lint` on the Firefox build.
//   node --test tests/extension/package.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { built, ROOT } from './helpers.mjs';

const run = promisify(execFile);
const SRC = join(ROOT, 'www', 'extension');

function listFiles(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Reads a zip's entries back (central directory → local data → inflate). */
function unzip(buf) {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'end of central directory');
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const out = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'central header');
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    assert.equal(buf.readUInt32LE(local), 0x04034b50, 'local header');
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataStart, dataStart + size);
    const data = method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw);
    assert.equal(zlib.crc32 ? zlib.crc32(data) >>> 0 : crc, crc, `crc of ${name}`);
    out.set(name, data);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

const manifests = async () => {
  const builds = await built();
  return Object.fromEntries(builds.map((b) => [b.target, JSON.parse(readFileSync(join(b.dir, 'manifest.json'), 'utf8'))]));
};

test('both builds and zips exist, and each zip holds exactly its folder', async () => {
  for (const { target, dir, zip } of await built()) {
    assert.ok(existsSync(zip), `${target} zip`);
    const entries = unzip(readFileSync(zip));
    const files = listFiles(dir);
    assert.deepEqual([...entries.keys()].sort(), files.map((f) => relative(dir, f).split(sep).join('/')).sort());
    for (const f of files) assert.ok(entries.get(relative(dir, f).split(sep).join('/')).equals(readFileSync(f)), `${target}: ${f} unchanged in the zip`);
    for (const need of ['manifest.json', 'background.js', 'content.js', 'popup.html', 'popup.js', 'popup.css', 'pkg/sourcelight_bg.wasm', '_locales/en/messages.json', '_locales/ro/messages.json', 'icons/icon-128.png']) {
      assert.ok(entries.has(need), `${target} zip has ${need}`);
    }
  }
});

test('the manifests: MV3, exactly activeTab + scripting + storage, wasm only for extension pages, no network', async () => {
  const m = await manifests();
  for (const [target, man] of Object.entries(m)) {
    assert.equal(man.manifest_version, 3, target);
    assert.deepEqual([...man.permissions].sort(), ['activeTab', 'scripting', 'storage'], `${target} permissions`);
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'content_scripts', 'web_accessible_resources', 'externally_connectable']) {
      assert.equal(man[key], undefined, `${target} has no ${key}`);
    }
    const csp = man.content_security_policy.extension_pages;
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.match(csp, /connect-src 'self'/, 'extension pages can fetch only their own files');
    assert.doesNotMatch(csp, /https?:|\*/, 'no remote source');
    assert.equal(man.content_security_policy.sandbox, undefined);
    assert.equal(man.default_locale, 'en');
    assert.equal(man.action.default_popup, 'popup.html');
    assert.ok(man.commands['toggle-annotations'].suggested_key.default, 'a keyboard shortcut');
    assert.equal(man.version, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  }
  assert.deepEqual(m.chromium.background, { service_worker: 'background.js' });
  assert.equal(m.chromium.browser_specific_settings, undefined, 'no Firefox-only key in the Chromium build (it would warn)');
  assert.deepEqual(m.firefox.background, { scripts: ['background.js'] });
  const gecko = m.firefox.browser_specific_settings.gecko;
  assert.match(gecko.id, /^[\w.-]*@[\w.-]+$/);
  assert.ok(parseFloat(gecko.strict_min_version) >= 140, 'Firefox 140+ (CSS Custom Highlight API)');
  assert.deepEqual(gecko.data_collection_permissions, { required: ['none'] });
});

test('every __MSG_ key and every popup string exists in English and Romanian', () => {
  const en = JSON.parse(readFileSync(join(SRC, '_locales', 'en', 'messages.json'), 'utf8'));
  const ro = JSON.parse(readFileSync(join(SRC, '_locales', 'ro', 'messages.json'), 'utf8'));
  assert.deepEqual(Object.keys(ro).sort(), Object.keys(en).sort());
  const used = new Set();
  const manifest = readFileSync(join(SRC, 'manifest.base.json'), 'utf8');
  for (const [, key] of manifest.matchAll(/__MSG_(\w+)__/g)) used.add(key);
  for (const [, key] of readFileSync(join(SRC, 'popup.html'), 'utf8').matchAll(/data-i18n="(\w+)"/g)) used.add(key);
  for (const file of ['popup.js', 'background.js']) {
    for (const [, key] of readFileSync(join(SRC, file), 'utf8').matchAll(/\b(?:t|msg)\('(\w+)'/g)) used.add(key);
  }
  for (const key of used) {
    assert.ok(en[key]?.message, `en has ${key}`);
    assert.ok(ro[key]?.message, `ro has ${key}`);
  }
  for (const [key, entry] of Object.entries(ro)) {
    assert.ok(entry.message.trim(), `ro ${key} is not empty`);
    assert.deepEqual(Object.keys(entry.placeholders ?? {}), Object.keys(en[key].placeholders ?? {}), `ro ${key} placeholders`);
  }
});

test('the bundles: classic scripts, no wasm or eval in the page, no remote URL', async () => {
  const [{ dir }] = await built();
  const content = readFileSync(join(dir, 'content.js'), 'utf8');
  const background = readFileSync(join(dir, 'background.js'), 'utf8');
  for (const [name, code] of Object.entries({ content, background, popup: readFileSync(join(dir, 'popup.js'), 'utf8') })) {
    assert.doesNotMatch(code, /^\s*(import|export)\s/m, `${name}.js is a classic script`);
    assert.doesNotMatch(code, /\beval\(|new Function\(/, `${name}.js has no eval`);
    assert.doesNotMatch(code, /https?:\/\/(?!www\.w3\.org\/)/, `${name}.js names no remote URL`);
    assert.doesNotMatch(code, /setInterval\(/, `${name}.js has no polling loop`);
  }
  assert.doesNotMatch(content, /WebAssembly/, 'the content script never runs wasm in the page');
  assert.match(background, /WebAssembly/, 'the background hosts the wasm');
});

test('web-ext lint passes on the Firefox build', async (t) => {
  const bin = join(ROOT, 'node_modules', '.bin', 'web-ext');
  if (!existsSync(bin)) {
    t.skip('web-ext is not installed (npm install --no-save web-ext, or add it to devDependencies)');
    return;
  }
  const firefox = (await built()).find((b) => b.target === 'firefox');
  const { stdout } = await run(bin, ['lint', '--source-dir', firefox.dir, '--output', 'json', '--no-input', '--no-config-discovery'], {
    cwd: ROOT, maxBuffer: 16 << 20, env: { ...process.env, WEB_EXT_NO_UPDATE_CHECK: '1' },
  }).catch((e) => e); // exits non-zero on errors; the JSON says which
  const report = JSON.parse(stdout.slice(stdout.indexOf('{')));
  const show = (list) => list.map((m) => `${m.code}: ${m.message} (${m.file ?? ''})`);
  assert.deepEqual(show(report.errors), [], 'no lint errors');
  assert.deepEqual(show(report.warnings), [], 'no lint warnings');
  for (const n of report.notices) t.diagnostic(`notice ${n.code}: ${n.message}`);
});

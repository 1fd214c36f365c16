// Native/wasm parity: every golden-corpus text and every shared dev text must
// give identical annotations from the native CLI (`annotate --jsonl`) and
// from the wasm package (www/pkg) in headless Chromium.
//
//   node --test tests/parity/
//
// Builds what it needs first (incremental, quick when up to date): the CLI
// (cargo build --release) and www/pkg (scripts/build-wasm.sh); set
// PARITY_NO_BUILD=1 to use what is there. The dev texts are skipped, with a
// note, when ../shared is absent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED_DEV = join(ROOT, '..', 'shared', 'eval', 'dev');

// ---- the texts -------------------------------------------------------------

// A reader for the part of TOML the golden files use for `text` and `lang`:
// basic and literal strings, one-line and multi-line. (Both builds are fed
// the very same string either way; this only has to be faithful to be fair.)
function tomlString(src, i) {
  const multi = (q) => src.startsWith(q.repeat(3), i);
  if (multi('"') || multi("'")) {
    const q = src[i].repeat(3);
    let j = i + 3;
    if (src[j] === '\n') j++;
    else if (src.startsWith('\r\n', j)) j += 2;
    let out = '';
    while (!src.startsWith(q, j) || src[j + 3] === q[0]) {
      if (j >= src.length) throw new Error('unterminated multi-line string');
      if (q[0] === '"' && src[j] === '\\') {
        if (/^\\[ \t]*\r?\n/.test(src.slice(j))) { // line-ending backslash
          j = src.slice(j).match(/^\\\s*/)[0].length + j;
          continue;
        }
        const [c, n] = escape(src, j);
        out += c;
        j += n;
      } else out += src[j++];
    }
    return [out, j + 3];
  }
  const q = src[i];
  if (q !== '"' && q !== "'") return [undefined, i];
  let j = i + 1;
  let out = '';
  while (src[j] !== q) {
    if (j >= src.length || src[j] === '\n') throw new Error('unterminated string');
    if (q === '"' && src[j] === '\\') {
      const [c, n] = escape(src, j);
      out += c;
      j += n;
    } else out += src[j++];
  }
  return [out, j + 1];
}

function escape(src, j) {
  const c = src[j + 1];
  const simple = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' };
  if (c in simple) return [simple[c], 2];
  const len = c === 'u' ? 4 : c === 'U' ? 8 : c === 'x' ? 2 : 0;
  if (!len) throw new Error(`bad escape \\${c}`);
  return [String.fromCodePoint(parseInt(src.slice(j + 2, j + 2 + len), 16)), 2 + len];
}

function goldenCases() {
  const dir = join(ROOT, 'tests', 'golden');
  const out = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.toml')).sort()) {
    const src = readFileSync(join(dir, file), 'utf8');
    let n = 0;
    let current = null;
    const re = /^(\[\[case\]\]|\[\[case\.expect\]\]|(text|lang|name)\s*=\s*)/gm;
    let m;
    while ((m = re.exec(src))) {
      if (m[1] === '[[case]]') {
        current = { id: `${file}#${n++}` };
        out.push(current);
      } else if (m[1] === '[[case.expect]]') {
        current = null; // keys of an expectation are not the case's
      } else if (current) {
        const [value, end] = tomlString(src, re.lastIndex);
        if (value !== undefined) current[m[2]] = value;
        re.lastIndex = end;
      }
    }
  }
  return out.filter((c) => typeof c.text === 'string');
}

function devDocs() {
  if (!existsSync(SHARED_DEV)) return null;
  const docs = [];
  for (const file of readdirSync(SHARED_DEV).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(SHARED_DEV, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const d = JSON.parse(line);
      docs.push({ id: `${file}:${d.id}`, text: d.text, lang: d.lang });
      docs.push({ id: `${file}:${d.id}:auto`, text: d.text }); // detection too
    }
  }
  return docs;
}

// ---- the two builds --------------------------------------------------------

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, ...opts });
  if (r.error) throw r.error;
  return r;
}

function native(docs) {
  const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text, ...(d.lang ? { lang: d.lang } : {}) })).join('\n') + '\n';
  const r = run(join(ROOT, 'target', 'release', 'sourcelight'), ['annotate', '--jsonl'], { input });
  assert.equal(r.status, 0, `the CLI failed:\n${r.stderr}`);
  const out = new Map();
  for (const line of r.stdout.split('\n').filter(Boolean)) {
    const rec = JSON.parse(line);
    out.set(rec.id, { language: rec.language, annotations: rec.annotations });
  }
  return out;
}

let browser, server, page, userDataDir;

before(async () => {
  if (!process.env.PARITY_NO_BUILD) {
    const cli = run('cargo', ['build', '--release', '--quiet', '--bin', 'sourcelight'], { stdio: 'inherit' });
    assert.equal(cli.status, 0, 'cargo build of the CLI failed');
    const wasm = run('bash', ['scripts/build-wasm.sh'], { stdio: 'inherit' });
    assert.equal(wasm.status, 0, 'scripts/build-wasm.sh failed');
  }
  assert.ok(existsSync(join(ROOT, 'www', 'pkg', 'sourcelight.js')), 'www/pkg is built');
  server = await startServer({ port: 0, root: join(ROOT, 'www') });
  userDataDir = mkdtempSync(join(tmpdir(), 'sourcelight-parity-'));
  browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  page = browser.pages()[0] ?? (await browser.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(`http://127.0.0.1:${server.address().port}/pkg/`).catch(() => {}); // any same-origin URL
  await page.evaluate(async () => {
    const m = await import('/pkg/sourcelight.js');
    await m.default();
    window.__sl = m;
  });
  assert.deepEqual(errors, []);
});

after(async () => {
  await browser?.close();
  server?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

async function wasm(docs) {
  const results = await page.evaluate((docs) => docs.map((d) => {
    try {
      const a = window.__sl.analyze(d.text, d.lang ? { lang: d.lang } : undefined);
      return [d.id, { language: a.language, annotations: a.annotations }];
    } catch (e) {
      return [d.id, { error: String(e) }];
    }
  }), docs);
  return new Map(results);
}

async function compare(docs) {
  const n = native(docs);
  const w = await wasm(docs);
  const differ = [];
  let marks = 0;
  for (const d of docs) {
    const a = n.get(d.id);
    const b = w.get(d.id);
    assert.ok(a, `native gave no line for ${d.id}`);
    marks += a.annotations.length;
    try {
      assert.deepStrictEqual(b, a);
    } catch {
      differ.push(`${d.id}:\n  native ${JSON.stringify(a).slice(0, 600)}\n  wasm   ${JSON.stringify(b).slice(0, 600)}`);
    }
  }
  assert.equal(differ.length, 0, `${differ.length} of ${docs.length} texts differ:\n${differ.join('\n')}`);
  return marks;
}

test('golden corpus: native and wasm give identical annotations', async () => {
  const cases = goldenCases();
  assert.ok(cases.length > 0, 'golden cases were read');
  const marks = await compare(cases);
  console.log(`parity: ${cases.length} golden texts, ${marks} annotations, identical`);
});

test('shared dev texts: native and wasm give identical annotations', async (t) => {
  const docs = devDocs();
  if (!docs) {
    t.skip(`${SHARED_DEV} is absent`);
    return;
  }
  const marks = await compare(docs);
  console.log(`parity: ${docs.length} dev texts (each with its language and auto), ${marks} annotations, identical`);
});

test('tricky strings: native and wasm agree on them too', async () => {
  const tricky = [
    '', ' ', '\n\n\n', '\u2028\u2029', '\ufeff“Da,” a spus Ion.', 'A😀b „Știință” 中国人 s\u0326i e\u0301 👩‍👩‍👧 end',
    '„"„"„"„"', '«Nu» — a spus.', '1,234.567,89 1.234,5 0,5% $3bn €2,5 mld. 10–12 km',
    'according to according to according to', 'potrivit potrivit potrivit', '「引用」と言った。',
    'שלום “quoted” عربي', '\u0000\u0007 control “chars”', '9'.repeat(400) + ' billion',
  ].map((text, i) => ({ id: `tricky#${i}`, text }));
  await compare(tricky);
});

test('size limit: the shipped wasm takes a text of exactly the limit and throws, naming it, one byte over', async () => {
  const outcome = await page.evaluate(() => {
    const limit = window.__sl.maxInputBytes();
    const run = (text) => {
      try {
        window.__sl.analyze(text);
        return 'ok';
      } catch (e) {
        return `${e instanceof Error ? 'Error' : typeof e}: ${e.message ?? e}`;
      }
    };
    // Counted in UTF-8 bytes as the limit is: "€" is 3 bytes, one UTF-16 unit.
    return { limit, at: run(' '.repeat(limit - 3) + '€'), over: run('a'.repeat(limit - 2) + '€') };
  });
  assert.equal(outcome.limit, 32 * 1024 * 1024);
  assert.equal(outcome.at, 'ok');
  assert.match(outcome.over, /^Error: .*33554432.*MiB/);
});

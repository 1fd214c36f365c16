// Builds the browser extension from www/extension/ and the wasm in www/pkg/:
//   dist/sourcelight-chromium/  dist/sourcelight-chromium.zip   (MV3, service worker)
//   dist/sourcelight-firefox/   dist/sourcelight-firefox.zip    (MV3, background scripts)
//
//   node scripts/build-extension.mjs            build (runs the wasm build if www/pkg is missing)
//   node scripts/build-extension.mjs --wasm     rebuild the wasm first
//
// The background script (with the wasm-bindgen glue) and the content script
// (with the shell) are each bundled by esbuild into one classic IIFE script;
// the same files go into both browsers' builds, only the manifest differs.
// Zips are written with Node's zlib alone, entries sorted and dated 1980-01-01
// so a build is byte-for-byte reproducible.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'www', 'extension');
const PKG = join(ROOT, 'www', 'pkg');
const DIST = join(ROOT, 'dist');

export const TARGETS = ['chromium', 'firefox'];
export const GECKO_ID = 'sourcelight@sourcelight';
// Firefox 140 (the current ESR) is the first with the CSS Custom Highlight
// API and data_collection_permissions on desktop; on Android that key needs
// 142. Chromium 105 is the first with the Highlight API.
export const FIREFOX_MIN = '140.0';
export const FIREFOX_ANDROID_MIN = '142.0';
export const CHROMIUM_MIN = '105';

/** The manifest for one browser, from the shared base. */
export function manifestFor(target, version) {
  const base = JSON.parse(readFileSync(join(SRC, 'manifest.base.json'), 'utf8'));
  const m = { ...base, version };
  if (target === 'chromium') {
    m.background = { service_worker: 'background.js' };
    m.minimum_chrome_version = CHROMIUM_MIN;
  } else if (target === 'firefox') {
    m.background = { scripts: ['background.js'] };
    m.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN,
        // Nothing is collected or transmitted: the analysis runs on the device.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN },
    };
  } else {
    throw new Error(`unknown target ${target}`);
  }
  return m;
}

// ---- zip (stored or deflated entries, no external tools) -------------------
const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  if (zlib.crc32) return zlib.crc32(buf) >>> 0;
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive of `files` ([name, Buffer] pairs) as one Buffer. */
export function zip(files) {
  const DOS_TIME = 0, DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01 00:00
  const locals = [], centrals = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBuf = Buffer.from(name, 'utf8');
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const store = deflated.length >= data.length;
    const body = store ? data : deflated;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(store ? 0 : 8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(store ? 0 : 8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, body);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

function listFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}

// ---- build ------------------------------------------------------------------
async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch {
    throw new Error('build-extension: esbuild is missing; run `npm install` (it is a devDependency)');
  }
}

/**
 * For tests only: `engine: 'stand-in'` swaps the wasm glue for the shell's
 * predictable test analyzer (www/fixtures/test-analyzer.js), so the whole
 * extension path can be checked for exact marks whatever state the engines
 * are in. Never used for dist/ packages.
 */
function standInEngine() {
  const analyzer = join(ROOT, 'www', 'fixtures', 'test-analyzer.js');
  return {
    name: 'stand-in-engine',
    setup(build) {
      build.onResolve({ filter: /pkg\/sourcelight\.js$/ }, () => ({ path: 'stand-in-engine', namespace: 'stand-in' }));
      build.onLoad({ filter: /.*/, namespace: 'stand-in' }, () => ({
        resolveDir: ROOT,
        contents: `import { testAnalyzer } from ${JSON.stringify(analyzer)};
          export default async function init() {}
          export const analyze = (text, options) => testAnalyzer(text, options ?? {});`,
      }));
    },
  };
}

export async function buildExtension({ rebuildWasm = false, quiet = false, engine = 'wasm', outDir = DIST, zips = true } = {}) {
  const log = quiet ? () => {} : (s) => console.log(s);
  if (rebuildWasm || !existsSync(join(PKG, 'sourcelight_bg.wasm')) || !existsSync(join(PKG, 'sourcelight.js'))) {
    log('build-extension: building the wasm (scripts/build-wasm.sh)');
    execFileSync('bash', [join(ROOT, 'scripts', 'build-wasm.sh')], { stdio: 'inherit', cwd: ROOT });
  }
  const esbuild = await loadEsbuild();
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

  // Bundle once; both builds get the same scripts.
  const bundled = {};
  for (const entry of ['background.js', 'content.js', 'popup.js']) {
    const result = await esbuild.build({
      entryPoints: [join(SRC, entry)],
      bundle: true,
      format: 'iife',
      target: ['chrome105', 'firefox140'],
      charset: 'utf8',
      legalComments: 'none',
      write: false,
      // The glue's default init path reads import.meta.url; the background
      // always passes the wasm URL explicitly, so that branch never runs.
      logOverride: { 'empty-import-meta': 'silent' },
      logLevel: 'warning',
      plugins: engine === 'stand-in' ? [standInEngine()] : [],
    });
    bundled[entry] = Buffer.from(result.outputFiles[0].contents);
  }

  const built = [];
  for (const target of TARGETS) {
    const out = join(outDir, `sourcelight-${target}`);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(join(out, 'pkg'), { recursive: true });
    for (const [name, data] of Object.entries(bundled)) writeFileSync(join(out, name), data);
    for (const name of ['popup.html', 'popup.css']) cpSync(join(SRC, name), join(out, name));
    cpSync(join(SRC, '_locales'), join(out, '_locales'), { recursive: true });
    mkdirSync(join(out, 'icons'));
    for (const name of readdirSync(join(SRC, 'icons')).filter((n) => n.endsWith('.png'))) cpSync(join(SRC, 'icons', name), join(out, 'icons', name));
    cpSync(join(PKG, 'sourcelight_bg.wasm'), join(out, 'pkg', 'sourcelight_bg.wasm'));
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifestFor(target, version), null, 2) + '\n');

    if (!zips) {
      built.push({ target, dir: out });
      continue;
    }
    const files = listFiles(out).map((p) => [relative(out, p).split(sep).join('/'), readFileSync(p)]);
    const zipPath = join(outDir, `sourcelight-${target}.zip`);
    writeFileSync(zipPath, zip(files));
    log(`build-extension: ${relative(ROOT, out)}/ and ${relative(ROOT, zipPath)} (${statSync(zipPath).size} bytes, ${files.length} files)`);
    built.push({ target, dir: out, zip: zipPath });
  }
  return built;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await buildExtension({ rebuildWasm: process.argv.includes('--wasm') });
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}

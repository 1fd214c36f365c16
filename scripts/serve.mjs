// A small static file server for www/ on 127.0.0.1 (the demo, the fixture
// pages and the built wasm). Node built-ins only; no network beyond loopback.
//   node scripts/serve.mjs [--port N] [--root DIR]
// A file `X.headers` beside `X` adds response headers to `X` (one
// `Name: value` per line): the strict-CSP fixtures use it. Scripts, wasm
// and .txt are sent with `Access-Control-Allow-Origin: *` (bookmarklet on
// pages of other origins).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.map': 'application/json',
};

const CORS = new Set(['.js', '.mjs', '.wasm', '.txt']);

export function startServer({ port = 0, root } = {}) {
  const base = resolve(root ?? join(fileURLToPath(new URL('.', import.meta.url)), '..', 'www'));
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (path !== base && !path.startsWith(base + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      let info = await stat(path).catch(() => null);
      if (info?.isDirectory()) {
        path = join(path, 'index.html');
        info = await stat(path).catch(() => null);
      }
      if (!info) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const headers = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      // Our scripts, wasm and text are public, static and local: pages of
      // other origins may load them (the bookmarklet on another site).
      if (CORS.has(extname(path))) headers['access-control-allow-origin'] = '*';
      const extra = await readFile(path + '.headers', 'utf8').catch(() => '');
      for (const line of extra.split('\n')) {
        const i = line.indexOf(':');
        if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      res.writeHead(200, headers).end(await readFile(path));
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const port = Number(opt('--port') ?? process.env.PORT ?? 8080);
  const server = await startServer({ port, root: opt('--root') });
  const { port: p } = server.address();
  console.log(`sourcelight demo: http://127.0.0.1:${p}/  (Ctrl-C to stop)`);
}

// A static server for the end-to-end tests: the release build (dist/) at /,
// and the test fixtures at /fixtures/; anything under /hold/ is never
// answered. Loopback only; no caching.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = resolve(here, '../../dist');
const roots = [
  ['/fixtures/', resolve(here, 'fixtures')],
  // The demo seed imported from tests/fixtures/feeds/seed.xml (scripts/test.sh).
  ['/imported/', resolve(here, '../../target/e2e-imported')],
  // The same archive with its search index in small shards (scripts/test.sh).
  ['/sharded/', resolve(here, '../../target/e2e-sharded')],
  // The XSS corpus as an archive and its pages, written by the WebDriver smoke suite.
  ['/xss/', resolve(here, '../../target/e2e-xss')],
  // The build with test hooks (scripts/test.sh builds it for the crash test).
  ['/test-build/', resolve(here, '../../dist-test')],
  // The same build from a sub-path, as a CDN would serve a version.
  ['/cdn/episode-archive/1.0.0/', dist],
  ['/', dist],
];
// Pages served with a strict Content-Security-Policy header.
const strictCsp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const cspPages = new Set(['/examples/strict-csp.html', '/cdn/episode-archive/1.0.0/examples/strict-csp.html', '/xss/strict.html']);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.wav': 'audio/wav',
};
const port = Number(process.env.PORT ?? 4173);

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  // Never answered: a request that hangs, for the tests of cancelling one.
  if (path.startsWith('/hold/')) return;
  const [prefix, dir] = roots.find(([p]) => path.startsWith(p));
  let file = normalize(join(dir, path.slice(prefix.length)));
  if (!file.startsWith(dir)) {
    res.writeHead(403).end();
    return;
  }
  if (path.endsWith('/')) file = join(file, 'index.html');
  try {
    const body = await readFile(file);
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (cspPages.has(path)) headers['content-security-policy'] = strictCsp;
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/html' }).end('<!doctype html><h1>Not found</h1>');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving dist/ and fixtures on http://127.0.0.1:${port}/`));

// A static server for the end-to-end tests: the release build (dist/) at /,
// and the test fixtures at /fixtures/; anything under /hold/ is never
// answered. Loopback only; no caching. It answers HTTP Range requests, as
// media servers and CDNs do: a player seeks with them.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = resolve(here, '../../dist');
// The npm package as packed by scripts/release.sh and unpacked by
// scripts/test.sh, served the ways sites load it: an exact version and a
// major-version channel under /npm/ (as npm CDNs do) and a plain sub-path,
// each with the CORS header a CDN sends.
const packageDir = resolve(here, '../../target/e2e-package/package');
let version = null;
try {
  version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
} catch {
  // No package unpacked: those paths answer 404.
}
const packagePaths = version
  ? [`/npm/episode-archive@${version}/`, `/npm/episode-archive@${version.split('.')[0]}/`, '/static/widgets/archive/']
  : [];
const roots = [
  ...packagePaths.map((p) => [p, packageDir]),
  ['/fixtures/', resolve(here, 'fixtures')],
  // Test audio written by scripts/gen-audio.py (scripts/test.sh).
  ['/audio/', resolve(here, '../../target/e2e-audio')],
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

/**
 * The byte range a `Range` header asks of a body of `size` bytes: `[start,
 * end]` (inclusive), `null` for none (the whole body), or `'unsatisfiable'`.
 * One range only (`bytes=0-99`, `bytes=100-`, `bytes=-500`), as players ask.
 */
function byteRange(header, size) {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return null;
  let start;
  let end;
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  return start > end || start >= size ? 'unsatisfiable' : [start, end];
}

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  // Never answered: a request that hangs, for the tests of cancelling one.
  if (path.startsWith('/hold/')) return;
  // A site's page whose only script is the loader at ?src= (with ?integrity=
  // when given): the package tests load the widget from another origin.
  if (path === '/host-page.html') {
    const query = new URL(req.url, 'http://x').searchParams;
    const attr = (v) => v.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
    const pin = query.get('integrity') ? ` integrity="${attr(query.get('integrity'))}" crossorigin="anonymous"` : '';
    res.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-store' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A site</title>
<script type="module" src="${attr(query.get('src') ?? '')}"${pin}></script></head>
<body><episode-archive src="/demo/archive.json" url-state="off"></episode-archive></body></html>`);
    return;
  }
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
    if (packagePaths.includes(prefix)) headers['access-control-allow-origin'] = '*';
    headers['accept-ranges'] = 'bytes';
    const range = byteRange(req.headers.range, body.length);
    if (range === 'unsatisfiable') {
      res.writeHead(416, { ...headers, 'content-range': `bytes */${body.length}` }).end();
      return;
    }
    if (range) {
      const [start, end] = range;
      res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${body.length}` });
      res.end(body.subarray(start, end + 1));
      return;
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/html' }).end('<!doctype html><h1>Not found</h1>');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving dist/ and fixtures on http://127.0.0.1:${port}/`));

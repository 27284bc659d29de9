// A static server that answers as a CDN does: compressed (gzip or brotli,
// as the request accepts), long-cached hashed files, CORS for every origin,
// and Range requests. For benchmarks on loopback only; the end-to-end tests
// have their own server (tests/e2e/serve.mjs).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.wasm']);

/** Serves `dist` on 127.0.0.1; `encoding` is gzip, br or identity. Resolves to {port, close}. */
export function startServer({ dist, encoding = 'gzip', port = 0 }) {
  const cache = new Map();
  const encode = (body, kind) =>
    kind === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : kind === 'gzip'
        ? gzipSync(body, { level: 9 })
        : body;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) return res.writeHead(403).end();
    if (path.endsWith('/')) file = join(file, 'index.html');
    let body;
    try {
      body = await readFile(file);
    } catch {
      return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
    const ext = extname(file);
    const hashed = /-[0-9a-f]{16}/.test(file);
    const headers = {
      'content-type': types[ext] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      'access-control-allow-origin': '*',
      'accept-ranges': 'bytes',
      vary: 'accept-encoding',
    };
    const accepts = req.headers['accept-encoding'] ?? '';
    const kind = compressible.has(ext) && encoding !== 'identity' && accepts.includes(encoding) ? encoding : 'identity';
    const key = `${file}:${kind}`;
    if (!cache.has(key)) cache.set(key, encode(body, kind));
    const sent = cache.get(key);
    if (kind !== 'identity') headers['content-encoding'] = kind;
    headers['content-length'] = sent.length;
    res.writeHead(200, headers).end(sent);
  });
  return new Promise((done) =>
    server.listen(port, '127.0.0.1', () => done({ port: server.address().port, close: () => server.close() })),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const { port } = await startServer({ dist: new URL(dist, `file://${process.cwd()}/`).pathname.replace(/\/$/, ''), encoding: process.env.ENCODING ?? 'gzip', port: Number(process.env.PORT ?? 8090) });
  console.log(`serving ${dist} on http://127.0.0.1:${port}/ (${process.env.ENCODING ?? 'gzip'})`);
}

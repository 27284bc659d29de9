// Full-text search over archives whose posts are kept out of the manifest:
// episode-archive's prebuilt index against Pagefind on the same archive
// (one HTML page per episode), in one run. Run by scripts/bench-fulltext.sh,
// which generates and indexes the archives first.
//
//   node bench/fulltext.mjs [--sizes 1000,10000] [--paints 5]
//
// Per size and engine: bytes and requests from the first paint (Pagefind:
// from page load) until search is ready and the network is idle; bytes and
// requests while the query script (bench/harness.mjs) is typed letter by
// letter, a short pause after each query; keystroke → paint p50/p95 when
// the script is typed again (everything it needs fetched: "cached"); and
// the widget's first paint with this build and with the build before the
// index (EA_BEFORE, dist-before/), alternating. Bytes are what the server
// sent: brotli for text, wasm and our index files, as a CDN compresses
// them (quality 11, or 5 over 1 MB); Pagefind's files are gzip already
// and sent as they are.
import { createServer } from 'node:http';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { QUERIES, launch, option, root } from './harness.mjs';

const SIZES = option('sizes', '1000,10000').split(',').map(Number);
const PAINTS = Number(option('paints', '5'));
const compressible = new Set(['.html', '.js', '.css', '.json', '.wasm', '.bin']);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };

/** A loopback server for `dist` (at /dist/), the bench pages and target/bench (at /ft/), logging what it sends. */
async function serve(dist) {
  const log = [];
  const cache = new Map();
  const routes = [['/dist/', dist], ['/bench/', join(root, 'bench/pages')], ['/ft/', join(root, 'target/bench')]];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const route = routes.find(([p]) => path.startsWith(p));
    const file = route && normalize(join(route[1], path.slice(route[0].length)));
    if (!file || !file.startsWith(route[1])) return res.writeHead(404).end();
    try {
      let body = cache.get(file);
      const br = compressible.has(extname(file)) && /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
      if (!body) {
        const raw = await readFile(file);
        // Quality 11 as for static assets; 5 for files over 1 MB (the 100k
        // manifest), as CDNs compress large responses on the fly.
        const quality = raw.length > 1 << 20 ? 5 : 11;
        body = br ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }) : raw;
        if (br) cache.set(file, body);
      }
      const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (br) headers['content-encoding'] = 'br';
      res.writeHead(200, headers).end(body);
      log.push({ at: Date.now(), path, bytes: body.length });
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { base: `http://127.0.0.1:${server.address().port}`, log, close: () => server.close() };
}

/** Resolves once `log` has had no new entry for `quiet` ms. */
async function idle(log, quiet = 1000) {
  let seen = -1;
  let since = Date.now();
  for (;;) {
    await new Promise((r) => setTimeout(r, 100));
    if (log.length !== seen) [seen, since] = [log.length, Date.now()];
    else if (Date.now() - since >= quiet) return;
  }
}

const tally = (entries) => ({ requests: entries.length, bytes: entries.reduce((s, e) => s + e.bytes, 0) });
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const round = (x) => Math.round(x * 10) / 10;

/** Types the query script, letter by letter; resolves to the keystroke latencies. */
async function typeScript(page, log) {
  const latencies = [];
  for (const query of QUERIES) {
    for (let i = 1; i <= query.length; i++) {
      latencies.push(await page.evaluate((v) => window.bench.type(v), query.slice(0, i)));
    }
    // A reader's pause: snippets are fetched once a query settles.
    await idle(log, 500);
    await page.evaluate(() => window.bench.type(''));
  }
  return latencies;
}

async function measure(browser, server, engine, size) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const url = engine === 'episode-archive'
    ? `${server.base}/bench/fulltext.html?manifest=/ft/ft-${size}/archive.json`
    : `${server.base}/bench/pagefind.html?bundle=/ft/ft-${size}/site/pagefind`;
  server.log.length = 0;
  const step = (what) => process.env.EA_DEBUG && console.error(`${engine} ${size}: ${what}`);
  step('loading');
  await page.goto(url);
  await page.waitForFunction(() => window.bench);
  await page.evaluate(() => window.bench.ready);
  const painted = server.log.length;
  step('painted');
  await idle(server.log);
  step('ready');
  const ready = tally(server.log.slice(painted));
  const loaded = server.log.length;
  await typeScript(page, server.log);
  await idle(server.log);
  step('typed');
  const typing = tally(server.log.slice(loaded));
  const paths = server.log.slice(loaded).map((e) => e.path);
  const check = await page.evaluate(async () => {
    await window.bench.type('neural');
    return window.bench.count();
  });
  const cached = (await typeScript(page, server.log)).sort((a, b) => a - b);
  await page.close();
  return {
    engine, size, ready, typing,
    indexRequestsWhileTyping: paths.filter((p) => /\/search\/|\/pagefind\/index\//.test(p)).length,
    postRequestsWhileTyping: paths.filter((p) => /\/bodies\/|\/pagefind\/fragment\//.test(p)).length,
    p50: round(percentile(cached, 50)), p95: round(percentile(cached, 95)), keystrokes: cached.length,
    check,
  };
}

/** The widget's first paint (ms from navigation) on the split archive,
 * `PAINTS` loads after one not counted (the server compresses each file on
 * its first request). */
async function firstPaints(browser, server, size) {
  const times = [];
  for (let i = -1; i < PAINTS; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.base}/bench/fulltext.html?manifest=/ft/ft-${size}/archive.json`);
    await page.waitForFunction(() => window.bench);
    const painted = await page.evaluate(() => window.bench.ready);
    if (i >= 0) times.push(painted);
    await page.close();
  }
  return times.sort((a, b) => a - b);
}

const browser = await launch();
const results = [];
const paints = [];
for (const size of SIZES) {
  const server = await serve(join(root, process.env.EA_DIST ?? 'dist'));
  // --paints-only: the first-paint comparison alone.
  for (const engine of process.argv.includes('--paints-only') ? [] : ['episode-archive', 'pagefind']) {
    const r = await measure(browser, server, engine, size);
    results.push(r);
    console.error(JSON.stringify(r));
  }
  server.close();
  if (process.env.EA_BEFORE) {
    const now = [];
    const before = [];
    for (let round = 0; round < 2; round++) {
      for (const [dir, out] of [[process.env.EA_DIST ?? 'dist', now], [process.env.EA_BEFORE, before]]) {
        const s = await serve(join(root, dir));
        out.push(...(await firstPaints(browser, s, size)));
        s.close();
      }
    }
    const median = (xs) => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
    paints.push({ size, now: median(now), before: median(before), nowAll: now.map(round), beforeAll: before.map(round) });
    console.error(JSON.stringify(paints.at(-1)));
  }
}
await browser.close();
await mkdir(join(root, 'target/bench'), { recursive: true });
await writeFile(join(root, 'target/bench/fulltext.json'), JSON.stringify({ results, paints }, null, 2));

const kb = (b) => (b / 1024).toFixed(0);
console.log('| episodes | engine | first paint → search ready: requests, KB | typing the query script: requests, KB (index / posts requests) | keystroke → paint once cached, ms: p50 / p95 | "neural" finds |');
console.log('|---|---|---|---|---|---|');
for (const r of results) {
  console.log(`| ${r.size.toLocaleString('en')} | ${r.engine} | ${r.ready.requests}, ${kb(r.ready.bytes)} | ${r.typing.requests}, ${kb(r.typing.bytes)} (${r.indexRequestsWhileTyping} / ${r.postRequestsWhileTyping}) | ${r.p50} / ${r.p95} | ${r.check} |`);
}
console.log('\n| episodes | ours ÷ Pagefind: ready requests, bytes | typing requests, bytes | keystroke p95 |');
console.log('|---|---|---|---|');
for (const size of results.length ? SIZES : []) {
  const [o, p] = ['episode-archive', 'pagefind'].map((e) => results.find((r) => r.engine === e && r.size === size));
  const q = (a, b) => (b ? (a / b).toFixed(2) : '—');
  console.log(`| ${size.toLocaleString('en')} | ${q(o.ready.requests, p.ready.requests)}, ${q(o.ready.bytes, p.ready.bytes)} | ${q(o.typing.requests, p.typing.requests)}, ${q(o.typing.bytes, p.typing.bytes)} | ${q(o.p95, p.p95)} |`);
}
if (paints.length) {
  console.log('\n| episodes | first paint, ms, median: this build / before the index | all loads |');
  console.log('|---|---|---|');
  for (const p of paints) console.log(`| ${p.size.toLocaleString('en')} | ${p.now} / ${p.before} | ${p.nowAll.join(', ')} / ${p.beforeAll.join(', ')} |`);
}

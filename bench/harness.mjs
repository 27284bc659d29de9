// Shared by bench/run.mjs, bench/profile.mjs, bench/load-profile.mjs and
// bench/long-tasks.mjs: a static server for the release build, the benchmark
// pages and the generated archives, the Chromium they run in, a page with its
// CDP session, the query script, command-line options and the sampling
// profiler's self time per function.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Typed letter by letter, misspellings included (the same as the criterion bench). */
export const QUERIES = ['d', 'deep', 'deep learning', 'distilation', 'trasnformer', 'neural network',
  'privacy', 'zoe muller', 'cafe', 'gradient descent', 'interview', 'compresion'];

const routes = [
  // EA_DIST: another build of the widget, e.g. one that keeps function names.
  ['/dist/', join(root, process.env.EA_DIST ?? 'dist')],
  ['/bench/', join(root, 'bench/pages')],
  ['/data/', join(root, 'target/bench')],
  ['/node_modules/minisearch/', join(root, 'node_modules/minisearch')],
  ['/node_modules/flexsearch/', join(root, 'node_modules/flexsearch')],
];
const types = { '.txt': 'text/plain; charset=utf-8', '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };

/** The value after `--name` on the command line, or `fallback`. */
export function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

/** Serves the routes above on a free loopback port; resolves to its base URL and a close(). */
export async function serve() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const route = routes.find(([p]) => path.startsWith(p));
    if (!route) return res.writeHead(404).end();
    const file = normalize(join(route[1], path.slice(route[0].length)));
    if (!file.startsWith(route[1])) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Headless Chromium as the benchmarks run it. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run',
      // Frames as soon as they are ready, not on a 60 Hz clock: otherwise every
      // figure would include up to 16.7 ms of waiting for the next vsync.
      '--disable-gpu-vsync', '--disable-frame-rate-limit'],
  });
}

/** The page that runs `engine` over the archive of `size` episodes. */
export function pageUrl(base, engine, size) {
  return engine === 'episode-archive'
    ? `${base}/bench/widget.html?n=${size}`
    : `${base}/bench/engine.html?engine=${engine}&n=${size}`;
}

/** A new page of `browser` with its CDP session, the CPU slowed `throttle` times. */
export async function throttledPage(browser, throttle, options = { viewport: { width: 1280, height: 900 } }) {
  const page = await browser.newPage(options);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { page, cdp };
}

/**
 * Self time per function in a CDP `Profiler` profile, in µs: each sample
 * counts until the next one. `nameOf` names a call frame.
 */
export function selfTimes(profile, nameOf = (f) => f.functionName || '(anonymous)') {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const name = nameOf(byId.get(id).callFrame);
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0));
  });
  return self;
}

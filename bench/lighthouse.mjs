// Lighthouse's mobile preset (simulated slow 4G, 4× CPU) on the demo page,
// served compressed as a CDN serves it (bench/cdn-server.mjs). A report,
// never a test: scripts/bench-lighthouse.sh installs Lighthouse and runs it.
//
//   node bench/lighthouse.mjs [--dist DIR] [--runs 3] [--encoding gzip|br|identity] [--label NAME]
//
// Prints each run and the median of performance, LCP, FCP, TBT, CLS and
// accessibility, and the requests of the median run, and appends a JSON
// line to target/lighthouse/results.jsonl.
import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from './cdn-server.mjs';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '3' },
    encoding: { type: 'string', default: 'gzip' },
    label: { type: 'string', default: '' },
    path: { type: 'string', default: '/' },
  },
});
const out = resolve('target/lighthouse');
mkdirSync(out, { recursive: true });
const lighthouse = resolve(out, 'node_modules/.bin/lighthouse');

const server = await startServer({ dist: resolve(args.dist), encoding: args.encoding, port: 0 });
const url = `http://127.0.0.1:${server.port}${args.path}`;

function run(i) {
  const report = resolve(out, `run-${i}.json`);
  return new Promise((done, fail) => {
    const lh = spawn(
      lighthouse,
      [
        url,
        '--quiet',
        '--output=json',
        `--output-path=${report}`,
        '--only-categories=performance,accessibility',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ],
      { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    lh.on('exit', (code) => (code === 0 ? done(JSON.parse(readFileSync(report, 'utf8'))) : fail(new Error(`lighthouse exited ${code}`))));
  });
}

const figures = (r) => ({
  performance: r.categories.performance.score,
  accessibility: r.categories.accessibility.score,
  lcp: r.audits['largest-contentful-paint'].numericValue,
  fcp: r.audits['first-contentful-paint'].numericValue,
  tbt: r.audits['total-blocking-time'].numericValue,
  cls: r.audits['cumulative-layout-shift'].numericValue,
});

const reports = [];
for (let i = 0; i < Number(args.runs); i++) {
  const r = await run(i);
  reports.push(r);
  const f = figures(r);
  console.log(
    `run ${i + 1}: performance ${f.performance}, LCP ${Math.round(f.lcp)} ms, FCP ${Math.round(f.fcp)} ms, ` +
      `TBT ${Math.round(f.tbt)} ms, CLS ${f.cls.toFixed(3)}, accessibility ${f.accessibility}`,
  );
}
server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const all = reports.map(figures);
const m = Object.fromEntries(Object.keys(all[0]).map((k) => [k, median(all.map((f) => f[k]))]));
const mid = reports[all.map((f) => f.lcp).indexOf(m.lcp)];
console.log(
  `median of ${all.length} (${args.label || args.dist}, ${args.encoding}): performance ${m.performance}, ` +
    `LCP ${Math.round(m.lcp)} ms, FCP ${Math.round(m.fcp)} ms, TBT ${Math.round(m.tbt)} ms, CLS ${m.cls.toFixed(3)}, ` +
    `accessibility ${m.accessibility}`,
);
// Lighthouse 12.2's LCP-element gatherer fails on this Chromium's traces
// ("frame_sequence"), so the element is not named here: bench/first-screen.mjs
// and the page's own PerformanceObserver tell which it is.
console.log('requests (observed on loopback, before simulation):');
for (const r of mid.audits['network-requests']?.details?.items ?? []) {
  console.log(
    `  ${new URL(r.url).pathname.padEnd(48)} ${String(Math.round(r.networkRequestTime)).padStart(5)}–${String(Math.round(r.networkEndTime)).padStart(5)} ms ${(r.transferSize / 1024).toFixed(1).padStart(6)} KiB`,
  );
}
appendFileSync(resolve(out, 'results.jsonl'), `${JSON.stringify({ label: args.label, dist: args.dist, encoding: args.encoding, runs: all, median: m })}\n`);

// Browser benchmark: the release build against MiniSearch and FlexSearch on
// the same generated archives, in headless Chromium. Reports, not tests.
//
//   bash scripts/bench.sh            (builds, generates, then runs this)
//   node bench/run.mjs [--sizes 1000,10000,100000] [--throttle 1,4]
//
// Per archive size, CPU throttling rate and engine, in a fresh page:
// - manifest response to first list paint (resource timing's responseEnd to
//   the end of the first frame showing a row), the median of EA_LOADS (5)
//   page loads;
// - the first keystroke (for us it may still wait for the index);
// - per-keystroke latency, input event to the end of the next frame, over
//   the query script typed letter by letter (each query after clearing the
//   field), repeated to at least EA_KEYSTROKES (200) keystrokes: p50, p95, max;
// - JS heap (after garbage collection) and wasm memory, before and after.
// Writes target/bench/browser.json and prints Markdown tables.
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { QUERIES, launch, option, pageUrl, root, serve } from './harness.mjs';

const arg = (name, fallback) => option(name, fallback).split(',').map(Number);
const SIZES = arg('sizes', '1000,10000,100000');
const THROTTLE = arg('throttle', '1,4');
const ENGINES = (process.env.EA_ENGINES ?? 'episode-archive,minisearch,flexsearch').split(',');
const KEYSTROKES = Number(process.env.EA_KEYSTROKES ?? 200);
/** Page loads per run: first paint is the median of these. */
const LOADS = Number(process.env.EA_LOADS ?? 5);
const { base, close } = await serve();
const browser = await launch();

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (x, digits = 1) => Number(x.toFixed(digits));

async function memory(cdp, page) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.bench.wasmBytes());
  return { jsHeap: heap.usedSize, wasm };
}

async function run(engine, size, throttle) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const url = pageUrl(base, engine, size);
  const paints = [];
  const builds = [];
  let ready;
  for (let i = 0; i < LOADS; i++) {
    await page.goto(url);
    ready = await page.evaluate(() => window.bench.ready, null);
    paints.push(ready.painted - ready.responseEnd);
    if (ready.indexed) builds.push(ready.indexed - ready.painted);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const firstPaint = median(paints);
  const indexBuild = builds.length ? median(builds) : null;
  const firstKeystroke = await page.evaluate(() => window.bench.type('x'));
  await page.evaluate(() => window.bench.type(''));
  const before = await memory(cdp, page);
  const latencies = [];
  const labels = [];
  let checked = null;
  while (latencies.length < KEYSTROKES) {
    for (const query of QUERIES) {
      for (let i = 1; i <= query.length; i++) {
        latencies.push(await page.evaluate((v) => window.bench.type(v), query.slice(0, i)));
        labels.push(query.slice(0, i));
      }
      if (query === 'deep learning' && checked === null) {
        checked = await page.evaluate(() => ({ rows: window.bench.rows(), first: window.bench.firstTitle() }));
      }
      latencies.push(await page.evaluate(() => window.bench.type('')));
      labels.push('');
    }
  }
  const after = await memory(cdp, page);
  await page.close();
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    engine, size, throttle,
    firstPaint: round(firstPaint), firstPaints: paints.map((p) => round(p)), indexBuild: indexBuild === null ? null : round(indexBuild), firstKeystroke: round(firstKeystroke),
    keystrokes: latencies.length,
    p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted.at(-1)),
    jsHeapBefore: before.jsHeap, jsHeapAfter: after.jsHeap, wasmBefore: before.wasm, wasmAfter: after.wasm,
    check: checked,
    // EA_SLOWEST=N: the N slowest keystrokes with what the field held, to see what costs.
    slowest: process.env.EA_SLOWEST
      ? latencies.map((l, i) => [labels[i], round(l)]).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.EA_SLOWEST))
      : undefined,
  };
}

const results = [];
for (const size of SIZES) {
  for (const throttle of THROTTLE) {
    for (const engine of ENGINES) {
      const r = await run(engine, size, throttle);
      results.push(r);
      console.error(JSON.stringify(r));
    }
  }
}
await browser.close();
close();
await mkdir(join(root, 'target/bench'), { recursive: true });
await writeFile(join(root, 'target/bench/browser.json'), JSON.stringify(results, null, 2));

const mb = (b) => (b / 1048576).toFixed(1);
console.log('| episodes | CPU | engine | response → first paint, ms: median (first load) | keystroke → paint, ms: p50 / p95 / max | ours ÷ theirs, p50 / p95 | searchable after first paint, ms | JS heap before → after, MB | wasm memory, MB |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  const ours = results.find((o) => o.engine === 'episode-archive' && o.size === r.size && o.throttle === r.throttle);
  const ratio = ours && ours !== r ? `${(ours.p50 / r.p50).toFixed(2)} / ${(ours.p95 / r.p95).toFixed(2)}` : '—';
  // Ours: the first keystroke, typed at the first paint, waits for the
  // index; theirs: the index build they need before any search.
  const searchable = r.engine === 'episode-archive' ? `${r.firstKeystroke} (first keystroke)` : `${r.indexBuild} (index build)`;
  const wasm = r.wasmBefore ? `${mb(r.wasmBefore)} → ${mb(r.wasmAfter)}` : '—';
  console.log(`| ${r.size.toLocaleString('en')} | ${r.throttle}× | ${r.engine} | ${r.firstPaint} (${r.firstPaints[0]}) | ${r.p50} / ${r.p95} / ${r.max} | ${ratio} | ${searchable} | ${mb(r.jsHeapBefore)} → ${mb(r.jsHeapAfter)} | ${wasm} |`);
}

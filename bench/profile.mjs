// Where a keystroke's time goes: types the query script once into one engine's
// page under a Chromium trace and prints the main thread's self time per
// trace event (script, style, layout, paint, GC…), summed over the keystrokes.
// A diagnostic beside bench/run.mjs, not a benchmark.
//
//   node bench/profile.mjs [--engine episode-archive] [--size 10000] [--throttle 4] [--trace out.json]
//     [--top 30] [--inclusive REGEX]
import { writeFile } from 'node:fs/promises';
import { QUERIES, launch, option, pageUrl, selfTimes, serve, throttledPage } from './harness.mjs';

const engine = option('engine', 'episode-archive');
const size = Number(option('size', '10000'));
const throttle = Number(option('throttle', '4'));

const { base, close } = await serve();
const browser = await launch();
const { page, cdp } = await throttledPage(browser, throttle);
await page.goto(pageUrl(base, engine, size));
await page.evaluate(() => window.bench.ready);
await page.evaluate(() => window.bench.type('x'));
await page.evaluate(() => window.bench.type(''));

await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'] });
let keystrokes = 0;
let total = 0;
for (const query of QUERIES) {
  for (let i = 1; i <= query.length; i++) {
    total += await page.evaluate((v) => window.bench.type(v), query.slice(0, i));
    keystrokes++;
  }
  total += await page.evaluate(() => window.bench.type(''));
  keystrokes++;
}
const trace = JSON.parse((await browser.stopTracing()).toString());
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
close();
const out = option('trace', null);
if (out) await writeFile(out, JSON.stringify(trace));

// The renderer's main thread; self time = duration minus nested events'.
const events = trace.traceEvents ?? trace;
const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const spans = events
  .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur > 0)
  .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const self = new Map();
const stack = [];
for (const e of spans) {
  while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
  const parent = stack.at(-1);
  if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - Math.min(e.dur, parent.ts + parent.dur - e.ts));
  self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
  stack.push(e);
}
const ms = (us) => (us / 1000 / keystrokes).toFixed(2);
console.log(`${engine}, ${size} episodes, ${throttle}× CPU: ${keystrokes} keystrokes, ${(total / keystrokes).toFixed(1)} ms each on average (input to frame)`);
console.log('main-thread self time per keystroke, ms:');
for (const [name, us] of [...self].filter(([, us]) => us > 0).sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`${ms(us).padStart(8)}  ${name}`);
}

// Sampled functions (JS and wasm; wasm names need a build that keeps them:
// EA_DIST=dist-prof, see BENCHMARKS.md), self time per keystroke.
const hits = selfTimes(profile, (f) => `${f.functionName || '(anonymous)'} ${f.url ? f.url.split('/').pop() : ''}`.trim());
console.log('sampled self time per keystroke, ms:');
for (const [name, us] of [...hits].sort((a, b) => b[1] - a[1]).slice(0, Number(option('top', '30')))) {
  console.log(`${ms(us).padStart(8)}  ${name.slice(0, 150)}`);
}

// Inclusive time of functions whose name matches --inclusive (a regular
// expression; each sample counts once per matching name on its stack): where
// a keystroke's script time goes by caller, e.g. the search against the views.
const pattern = option('inclusive', null);
if (pattern) {
  const re = new RegExp(pattern);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const name = byId.get(n).callFrame.functionName;
      if (re.test(name)) seen.add(name.replace(/::h[0-9a-f]{16}$/, ''));
    }
    for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i]));
  });
  console.log(`inclusive time per keystroke of functions matching /${pattern}/, ms:`);
  for (const [name, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    console.log(`${ms(us).padStart(8)}  ${name.slice(0, 150)}`);
  }
}

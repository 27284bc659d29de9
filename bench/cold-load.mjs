// A fresh browser's first load, the case every first-time reader of an
// embedding page meets: response → first paint with nothing compiled or
// cached yet (the harness serves `no-store`, and each load gets its own
// browser, so V8 has no compiled module to reuse). bench/run.mjs reports the
// median over reloads of one tab, where V8 reuses the module it compiled.
//
//   node bench/cold-load.mjs [--engine episode-archive] [--size 10000] [--loads 5]
import { launch, option, pageUrl, serve } from './harness.mjs';

const engine = option('engine', 'episode-archive');
const size = Number(option('size', '10000'));
const loads = Number(option('loads', '5'));
const { base, close } = await serve();
const cold = [];
const warm = [];
for (let i = 0; i < loads; i++) {
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const into of [cold, warm]) {
    await page.goto(pageUrl(base, engine, size));
    const ready = await page.evaluate(() => window.bench.ready, null);
    into.push(ready.painted - ready.responseEnd);
  }
  await browser.close();
}
close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const list = (xs) => xs.map((x) => x.toFixed(1)).join(', ');
console.log(`${engine}, ${size} episodes, ${loads} fresh browsers: response → first paint`);
console.log(`  first load:  median ${median(cold).toFixed(1)} ms (${list(cold)})`);
console.log(`  second load: median ${median(warm).toFixed(1)} ms (${list(warm)})`);

// The first list on a page in another language against an English one, at
// 10,000 episodes: a non-English page also fetches its catalog (beside the
// loader, in parallel with the wasm), so this is what that costs a reader.
// Each load is a fresh tab of one browser, the languages in turn (each
// round starting with the next), so drift hits all alike; figures are from navigation start to the frame that shows
// the first episode, and from the manifest's arrival to that frame.
//
//   node bench/languages.mjs [--size 10000] [--loads 9] [--langs en,de,ar,ja]
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { launch, option, serve } from './harness.mjs';

const size = Number(option('size', '10000'));
const loads = Number(option('loads', '9'));
const langs = option('langs', 'en,de,ar,ja').split(',');
if (!existsSync(`target/bench/manifest-${size}.json`)) execFileSync('python3', ['scripts/gen-manifest.py', String(size)], { stdio: 'inherit' });
const { base, close } = await serve();
const browser = await launch();
const figures = Object.fromEntries(langs.map((l) => [l, { load: [], response: [], catalog: [] }]));
for (let i = 0; i < loads; i++) {
  // Each round starts with the next language: no language always goes first.
  for (const lang of [...langs.slice(i % langs.length), ...langs.slice(0, i % langs.length)]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const catalogs = [];
    page.on('requestfinished', (r) => /locale-/.test(r.url()) && catalogs.push(r.url()));
    await page.goto(`${base}/bench/widget.html?n=${size}&lang=${lang}`);
    const ready = await page.evaluate(() => window.bench.ready);
    figures[lang].load.push(ready.painted);
    figures[lang].response.push(ready.painted - ready.responseEnd);
    figures[lang].catalog.push(catalogs.length);
    await page.close();
  }
}
await browser.close();
close();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${size} episodes, ${loads} loads per language (median): page start → first list; manifest response → first list`);
for (const lang of langs) {
  const f = figures[lang];
  console.log(
    `  ${lang.padEnd(5)} ${median(f.load).toFixed(1).padStart(7)} ms   ${median(f.response).toFixed(1).padStart(6)} ms   catalog requests: ${[...new Set(f.catalog)].join('/')}`,
  );
}

// Where the time from manifest to first paint goes: loads one engine's page
// under V8's sampling profiler and prints the self time per function (with
// names when the page serves `scripts/build-profiling.sh`'s build:
// EA_DIST=dist-prof). A diagnostic beside bench/run.mjs, not a benchmark.
//
//   EA_DIST=dist-prof node bench/load-profile.mjs [--engine episode-archive] [--size 10000] [--top 30] [--second]
//
// --second profiles the tab's second load, where V8 reuses the module it
// compiled (and optimised) in the first; without it, a fresh browser's first.
import { launch, option, pageUrl, selfTimes, serve, throttledPage } from './harness.mjs';

const engine = option('engine', 'episode-archive');
const size = Number(option('size', '10000'));
const top = Number(option('top', '30'));
const second = process.argv.includes('--second');

const { base, close } = await serve();
const browser = await launch();
const { page, cdp } = await throttledPage(browser, 1);
if (second) {
  await page.goto(pageUrl(base, engine, size));
  await page.evaluate(() => window.bench.ready);
}
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
await page.goto(pageUrl(base, engine, size));
await page.evaluate(() => window.bench.ready);
const { profile } = await cdp.send('Profiler.stop');

const rows = [...selfTimes(profile)].map(([name, us]) => [name, us / 1000]).filter(([n]) => n !== '(idle)' && n !== '(program)').sort((a, b) => b[1] - a[1]);
const total = rows.reduce((s, [, ms]) => s + ms, 0);
console.log(`${engine}, ${size} episodes, ${second ? 'second' : 'first'} load: ${total.toFixed(1)} ms of samples outside idle`);
for (const [name, ms] of rows.slice(0, top)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name.slice(0, 140)}`);
await browser.close();
close();

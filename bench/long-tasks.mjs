// Long tasks (over 50 ms, the browser's own PerformanceObserver "longtask"
// entries) on the widget's benchmark page, from navigation until the index
// has been built in the background: the moments a click or scroll would
// wait. A diagnostic beside bench/run.mjs, not a benchmark.
//
//   node bench/long-tasks.mjs [--size 10000] [--throttle 1] [--loads 3]
import { launch, option, pageUrl, serve, throttledPage } from './harness.mjs';

const opt = (name, fallback) => Number(option(name, fallback));
const size = opt('size', 10000);
const throttle = opt('throttle', 1);
const loads = opt('loads', 3);

const { base, close } = await serve();
const browser = await launch();
const { page } = await throttledPage(browser, throttle, {});
await page.addInitScript(() => {
  window.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: 'longtask', buffered: true });
});
console.log(`episode-archive, ${size} episodes, ${throttle}× CPU: long tasks as [start, duration] ms since navigation`);
for (let load = 1; load <= loads; load++) {
  await page.goto(pageUrl(base, 'episode-archive', size));
  const { painted } = await page.evaluate(() => window.bench.ready);
  // The build starts 50 ms after the first paint and takes about 0.5 s
  // unthrottled at 10k: wait well past it, scaled by the throttling.
  await page.waitForTimeout(2500 * throttle);
  const long = await page.evaluate(() => window.__long);
  const after = long.filter(([start]) => start >= painted);
  console.log(`load ${load}: first paint at ${Math.round(painted)}; before it ${JSON.stringify(long.filter(([s]) => s < painted))}; after it ${JSON.stringify(after)}`);
}
await browser.close();
close();

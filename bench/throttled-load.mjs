// The demo page loaded under applied throttling (CDP: 150 ms latency,
// 1.6 Mbit/s down as Lighthouse's slow 4G, 4× CPU) at Lighthouse's mobile
// viewport, as a check on Lighthouse's simulated figures: the page's own
// first contentful paint, every largest-contentful-paint entry, layout
// shift, and when the widget announced the archive ready. A report, not a test.
//
//   node bench/throttled-load.mjs [--dist dist] [--runs 3] [--encoding gzip]
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from './cdn-server.mjs';

const { values: args } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '3' }, encoding: { type: 'string', default: 'gzip' } },
});
const server = await startServer({ dist: resolve(args.dist), encoding: args.encoding });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const rows = [];
for (let i = 0; i < Number(args.runs); i++) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, deviceScaleFactor: 1.75, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__lcp = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__lcp.push({ at: Math.round(e.startTime), size: e.size });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    addEventListener('episode-archive:ready', () => (window.__ready = Math.round(performance.now())));
  });
  await page.goto(`http://127.0.0.1:${server.port}/`);
  await page.waitForFunction(() => window.__ready);
  // Input ends LCP; wait a moment for any late paint instead.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
  const row = await page.evaluate(() => ({
    fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN),
    lcp: window.__lcp.at(-1)?.at,
    lcpEntries: window.__lcp.length,
    cls: window.__cls,
    ready: window.__ready,
  }));
  rows.push(row);
  console.log(`run ${i + 1}: FCP ${row.fcp} ms, LCP ${row.lcp} ms (${row.lcpEntries} entries), CLS ${row.cls.toFixed(3)}, widget ready ${row.ready} ms`);
  await context.close();
}
const median = (k) => [...rows.map((r) => r[k])].sort((a, b) => a - b)[Math.floor(rows.length / 2)];
console.log(`median of ${rows.length} (${args.dist}, ${args.encoding}): FCP ${median('fcp')} ms, LCP ${median('lcp')} ms, CLS ${median('cls').toFixed(3)}, widget ready ${median('ready')} ms`);
await browser.close();
server.close();

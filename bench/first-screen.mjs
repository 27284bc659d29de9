// Where the first episode's title sits on a phone's first screen: the demo
// and a 60-category archive at 390×844 and 320×640 (Chromium's mobile
// emulation), from a build folder; screenshots optional. A report, not a test
// (tests/e2e/first-screen.spec.ts asserts the title is on screen).
//
//   node bench/first-screen.mjs [--dist dist] [--shots docs]
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from './cdn-server.mjs';
import { sixtyCategories } from '../tests/e2e/sixty-categories.mjs';

const { values: args } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, shots: { type: 'string' } } });
const server = await startServer({ dist: resolve(args.dist), encoding: 'identity' });
const base = `http://127.0.0.1:${server.port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const viewports = [
  { name: 'phone-390', width: 390, height: 844, isMobile: true },
  { name: 'phone-320', width: 320, height: 640, isMobile: true },
  { name: 'desktop', width: 1280, height: 900, isMobile: false },
];
for (const vp of viewports) {
  for (const [archive, path] of [['demo', ''], ['sixty', '?manifest=/generated/sixty.json']]) {
    const context = await browser.newContext({
      viewport: { width: vp.width, height: vp.height },
      isMobile: vp.isMobile,
      hasTouch: vp.isMobile,
      deviceScaleFactor: vp.isMobile ? 2 : 1,
    });
    const page = await context.newPage();
    await page.route((url) => url.pathname === '/generated/sixty.json', (route) => route.fulfill({ json: sixtyCategories() }));
    await page.goto(base + path);
    // The live widget (its count is a status region), not the page's first screen.
    await page.getByRole('status').filter({ hasText: /episodes?$/ }).waitFor();
    const heading = page.getByRole('article').first().getByRole('heading', { level: 2 });
    await heading.waitFor();
    const box = await heading.boundingBox();
    const fits = box.y + box.height <= vp.height;
    console.log(`${vp.name} ${archive}: first title at y ${Math.round(box.y)}–${Math.round(box.y + box.height)} px of ${vp.height} (${fits ? 'on' : 'below'} the first screen)`);
    if (args.shots && archive === 'demo') await page.screenshot({ path: resolve(args.shots, `screenshot-${vp.name}.png`) });
    await context.close();
  }
}
await browser.close();
server.close();

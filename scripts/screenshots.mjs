// Writes the README's screenshots into docs/ from the release build (dist/):
// a desktop searched for "deep learn", a 390×844 phone as it opens, the
// same phone with the Filters list open and a category chosen, and a
// contact sheet of a 320 px phone in each shipped language
// (docs/languages.jpg: the demo archive, its text English, on a page in
// that language).
//
//   node scripts/screenshots.mjs [--dist dist]
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../bench/cdn-server.mjs';

const { values: args } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const server = await startServer({ dist: resolve(args.dist), encoding: 'identity' });
const url = `http://127.0.0.1:${server.port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const live = (page) => page.getByRole('status').filter({ hasText: /episodes?$/ }).waitFor();

const desktop = await browser.newPage({ viewport: { width: 1100, height: 900 } });
await desktop.goto(url);
await live(desktop);
await desktop.getByRole('searchbox', { name: 'Search episodes' }).fill('deep learn');
await desktop.getByRole('status').filter({ hasText: / of 15 episodes$/ }).waitFor();
await desktop.screenshot({ path: 'docs/screenshot.png' });

const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
const page = await phone.newPage();
await page.goto(url);
await live(page);
await page.screenshot({ path: 'docs/screenshot-phone.png' });
await page.getByRole('button', { name: /^Filters/ }).tap();
await page.getByRole('button', { name: /^Ethics/ }).tap();
await page.getByRole('status').filter({ hasText: /^2 of 15 episodes$/ }).waitFor();
await page.screenshot({ path: 'docs/screenshot-phone-filters.png' });

// Each language on a 320 px phone: a page in that language holding the demo.
const languages = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'ja', 'zh-CN', 'ar'];
const small = await browser.newContext({ viewport: { width: 320, height: 600 } });
const shots = [];
for (const lang of languages) {
  const tab = await small.newPage();
  await tab.route('**/language-page.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="/episode-archive.js"></script><style>body{margin:0}</style></head>
<body><episode-archive src="/demo/archive.json" url-state="off"></episode-archive></body></html>`,
    }),
  );
  await tab.goto(`${url}language-page.html`);
  await tab.locator('.ea-result-count').waitFor();
  await tab.locator('.ea-list article').first().waitFor();
  shots.push([lang, (await tab.screenshot({ type: 'jpeg', quality: 80 })).toString('base64')]);
  await tab.close();
}
const sheet = await browser.newPage({ viewport: { width: 6 * 330 + 10, height: 100 } });
await sheet.setContent(`<body style="margin:0;padding:5px;background:#888;font:14px system-ui;display:grid;grid-template-columns:repeat(6,320px);gap:10px">
${shots.map(([lang, b64]) => `<figure style="margin:0"><figcaption style="color:#fff;padding:2px 0">${lang}</figcaption><img width="320" height="600" src="data:image/jpeg;base64,${b64}"></figure>`).join('')}</body>`);
await sheet.screenshot({ path: 'docs/languages.jpg', type: 'jpeg', quality: 80, fullPage: true });
await browser.close();
server.close();
console.log('wrote docs/screenshot.png, docs/screenshot-phone.png, docs/screenshot-phone-filters.png, docs/languages.jpg');

// Writes the README's screenshots into docs/ from the release build (dist/):
// a desktop searched for "deep learn", a 390×844 phone as it opens, and the
// same phone with the Filters list open and a category chosen.
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
await browser.close();
server.close();
console.log('wrote docs/screenshot.png, docs/screenshot-phone.png, docs/screenshot-phone-filters.png');

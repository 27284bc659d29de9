// The npm package as users load it: the tarball that scripts/release.sh
// packs (unpacked by scripts/test.sh into target/e2e-package/, never dist/),
// served from another origin under an exact version, a major-version
// channel and a plain sub-path, with the CORS header CDNs send; and
// loading="lazy".
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { count, failOnPageErrors } from './helpers';

failOnPageErrors();

const packageDir = 'target/e2e-package/package';
const pkg = JSON.parse(readFileSync(`${packageDir}/package.json`, 'utf8'));
const loader = readFileSync(`${packageDir}/episode-archive.js`);
const integrity = `sha384-${createHash('sha384').update(loader).digest('base64')}`;
// The page is on http://localhost:4173, the "CDN" on http://127.0.0.1:4173:
// two origins.
const cdn = 'http://127.0.0.1:4173';
const hostPage = 'http://localhost:4173/host-page.html';

/** Opens a site's page (served by the test server) whose only script is the package's loader at `src`. */
async function openHost(page: Page, src: string, pin?: string) {
  const query = new URLSearchParams({ src, ...(pin ? { integrity: pin } : {}) });
  await page.goto(`${hostPage}?${query}`);
}

/** Every URL the page asks for, as it asks. */
function requested(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

test('the package is what its package.json says: entry, types, version from the workspace', () => {
  const cargo = readFileSync('Cargo.toml', 'utf8');
  expect(cargo).toContain(`version = "${pkg.version}"`);
  expect(pkg.name).toBe('episode-archive');
  expect(pkg.type).toBe('module');
  expect(pkg.exports['.'].default).toBe('./episode-archive.js');
  expect(pkg.exports['./episode-archive.js'].default).toBe('./episode-archive.js');
  expect(pkg.sideEffects).toEqual(['./episode-archive.js']);
  for (const file of [...pkg.files, 'LICENSE', 'README.md']) {
    expect(readFileSync(`${packageDir}/${file}`).length, file).toBeGreaterThan(0);
  }
  expect(pkg.files.some((f: string) => f.endsWith('_bg.wasm'))).toBe(true);
});

const paths = [
  { path: `/npm/episode-archive@${pkg.version}/`, pinned: true },
  { path: `/npm/episode-archive@${pkg.version.split('.')[0]}/`, pinned: false },
  { path: '/static/widgets/archive/', pinned: false },
];

for (const { path, pinned } of paths) {
  test(`the packed package works from ${path} on another origin${pinned ? ', pinned by its integrity' : ''}`, async ({
    page,
  }) => {
    const urls = requested(page);
    await openHost(page, `${cdn}${path}episode-archive.js`, pinned ? integrity : undefined);
    await expect(count(page)).toHaveText('15 episodes');
    // The wasm, its glue and the stylesheet all came from beside the loader.
    const widgetFiles = urls.filter((u) => /\/(episode[-_]archive[^/]*|archive-[0-9a-f]+\.css)$/.test(new URL(u).pathname));
    expect(widgetFiles.some((u) => u.endsWith('_bg.wasm'))).toBe(true);
    expect(widgetFiles.filter((u) => !u.startsWith(`${cdn}${path}`))).toEqual([]);
  });
}

test('a loader that does not match its integrity value is refused, and nothing else is fetched', async ({ page }) => {
  const urls = requested(page);
  const wrong = `sha384-${createHash('sha384').update('something else').digest('base64')}`;
  const refused = page.waitForEvent('console', (m) => m.type() === 'error' && /integrity/i.test(m.text()));
  await openHost(page, `${cdn}/npm/episode-archive@${pkg.version}/episode-archive.js`, wrong);
  await refused;
  expect(urls.filter((u) => u.endsWith('_bg.wasm'))).toEqual([]);
});

test('loading="lazy" below the fold fetches nothing until scrolled to, then works as usual', async ({ page }) => {
  const urls = requested(page);
  await page.goto('/fixtures/lazy.html', { waitUntil: 'networkidle' });
  const started = () => urls.filter((u) => u.endsWith('_bg.wasm') || u.endsWith('/demo/archive.json'));
  expect(started()).toEqual([]);
  // Not yet started, the element has no height: scrolled to by the page.
  await page.evaluate(() => document.querySelector('episode-archive')?.scrollIntoView());
  await expect(count(page)).toHaveText('15 episodes');
  expect(started().some((u) => u.endsWith('_bg.wasm'))).toBe(true);
  expect(started().some((u) => u.endsWith('/demo/archive.json'))).toBe(true);
});

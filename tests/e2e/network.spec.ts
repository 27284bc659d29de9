// Any network, any manifest: every failure gives a clear error state naming
// the URL and the reason, with Retry, within the time limit plus a second;
// nothing panics or hangs.
import { test, expect, type Page } from '@playwright/test';
import { count } from './helpers';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const page_html = (attrs: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Net</title>
  <script type="module" src="/episode-archive.js"></script></head>
  <body><main><episode-archive ${attrs}></episode-archive></main></body></html>`;

async function host(page: Page, attrs: string) {
  await page.route('**/net/page.html', (route) => route.fulfill({ contentType: 'text/html', body: page_html(attrs) }));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/net/page.html');
  return errors;
}

const cases: { name: string; reply: (route: any) => Promise<void> | void; reason: RegExp }[] = [
  { name: 'a 404', reply: (r) => r.fulfill({ status: 404, body: 'nope' }), reason: /HTTP 404/ },
  { name: 'a 500', reply: (r) => r.fulfill({ status: 500, body: 'boom' }), reason: /HTTP 500/ },
  { name: 'a network failure', reply: (r) => r.abort('failed'), reason: /Network error: the server could not be reached/ },
  { name: 'a truncated body', reply: (r) => r.fulfill({ contentType: 'application/json', body: '{"version": 1, "title": "Cut", "episodes": [{"id": "a", "ti' }), reason: /Not valid JSON at line 1, column \d+: EOF while parsing/ },
  { name: 'an HTML error page sent with 200', reply: (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><h1>Page not found</h1>' }), reason: /Not valid JSON: the server sent an HTML page/ },
  { name: 'an empty body', reply: (r) => r.fulfill({ contentType: 'application/json', body: '' }), reason: /Not valid JSON: the response is empty/ },
  { name: 'invalid UTF-8', reply: (r) => r.fulfill({ contentType: 'application/json', body: Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]) }), reason: /not UTF-8 \(at byte 2\)/ },
  { name: 'a body over the size limit', reply: (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify({ version: 1, title: 'Big', episodes: [], pad: 'x'.repeat(1_200_000) }) }), reason: /Too large: 1\.1 MB, above this widget's limit of 1\.0 MB/ },
];

for (const c of cases) {
  test(`${c.name} gives a clear error with Retry`, async ({ page }) => {
    let calls = 0;
    await page.route('**/net/archive.json', (route) => {
      calls += 1;
      return c.reply(route);
    });
    const errors = await host(page, 'src="/net/archive.json" max-size="1" url-state="off"');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The archive could not be loaded');
    await expect(alert).toContainText('/net/archive.json');
    await expect(alert).toContainText(c.reason);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => calls).toBe(2);
    await expect(alert).toContainText(c.reason);
    expect(errors).toEqual([]);
  });
}

test('a server that never answers times out at the limit, not before', async ({ page }) => {
  // Timed from the manifest's request, so page and wasm start-up (slow on a
  // busy machine) are not in the figure; the upper bound is generous, the
  // lower one exact: the error may not come before the limit.
  let asked = 0;
  await page.route('**/net/archive.json', () => {
    asked = Date.now(); // never answers
  });
  await host(page, 'src="/net/archive.json" timeout="2" url-state="off"');
  await expect(page.getByRole('alert')).toContainText('No answer within 2 s', { timeout: 15_000 });
  const elapsed = Date.now() - asked;
  console.log(`timeout error shown ${elapsed} ms after the manifest was asked for (limit 2 s)`);
  expect(asked).toBeGreaterThan(0);
  expect(elapsed).toBeGreaterThanOrEqual(1_900);
  expect(elapsed).toBeLessThan(2_000 + 5_000);
});

test('a CORS refusal names the URL and the likely reason', async ({ page }) => {
  // Another origin (localhost vs 127.0.0.1) that sends no CORS header.
  await host(page, 'src="http://localhost:4173/demo/archive.json" url-state="off"');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('http://localhost:4173/demo/archive.json');
  await expect(alert).toContainText('does not allow this site to read it (CORS)');
});

test('a 50 MB manifest is refused by the default limit with its own message', async ({ page }) => {
  const body = Buffer.alloc(50 * 1024 * 1024, 0x20);
  body.write('{"version": 1, "title": "Huge", "episodes": []}');
  await page.route('**/net/archive.json', (r) => r.fulfill({ contentType: 'application/json', body }));
  await host(page, 'src="/net/archive.json" url-state="off"');
  await expect(page.getByRole('alert')).toContainText("Too large: 50.0 MB, above this widget's limit of 20.0 MB");
});

test('JSON sent with a wrong content type still loads', async ({ page }) => {
  const manifest = readFileSync(new URL('../../demo/archive.json', import.meta.url));
  await page.route('**/net/archive.json', (r) => r.fulfill({ contentType: 'text/plain', body: manifest }));
  await host(page, 'src="/net/archive.json" url-state="off"');
  await expect(count(page)).toHaveText('15 episodes');
});

test('every JSONTestSuite file served as a manifest gets a clear state, without a crash', async ({ page }) => {
  const dir = fileURLToPath(new URL('../../../shared/corpora/json-test-suite/test_parsing/', import.meta.url));
  // A missing corpus fails: it is beside the project on these machines and in CI.
  expect(existsSync(dir), `the JSON corpus is missing at ${dir}: clone the project beside ../shared`).toBe(true);
  test.setTimeout(180_000);
  const files = readdirSync(dir).sort();
  await page.route('**/corpus/*', (route) =>
    route.fulfill({ contentType: 'application/json', body: readFileSync(dir + decodeURIComponent(route.request().url().split('/corpus/')[1])) }),
  );
  const errors = await host(page, 'src="" url-state="off" page-size="5"');
  const element = page.locator('episode-archive');
  const tally = { notJson: 0, notManifest: 0, other: 0 };
  for (const file of files) {
    await element.evaluate((el, f) => el.setAttribute('src', `/corpus/${encodeURIComponent(f)}`), file);
    // The state names this file's URL (error) or shows an archive.
    // No corpus file is a manifest, so each ends in an error naming its URL.
    const alert = page.getByRole('alert').filter({ hasText: encodeURIComponent(file) });
    await expect(alert).toBeVisible();
    const text = (await alert.textContent()) ?? '';
    if (/Not valid JSON/.test(text)) tally.notJson += 1;
    else if (/Not an episode manifest|not supported/.test(text)) tally.notManifest += 1;
    else tally.other += 1;
    // Bytes that are not text are refused before parsing; otherwise the
    // browser parses, and serde_json, which rejects every n_ file too,
    // names the line and column.
    if (file.startsWith('n_')) {
      expect(text, file).toMatch(/Not valid JSON( at line \d+, column \d+:|: the text is not UTF-8|: the response is empty)/);
    }
    if (file.startsWith('y_')) expect(text, file).toMatch(/Not an episode manifest|not supported/);
  }
  console.log(`JSON corpus through the widget: ${files.length} files; ${tally.notJson} not JSON, ${tally.notManifest} JSON but not a manifest, ${tally.other} other`);
  expect(tally.other).toBe(0);
  expect(errors).toEqual([]);
});

// A download nobody wants any more is cancelled, not left running: the
// manifest of a `src` that changed, or of an element that was removed.
// The test server never answers under /hold/, so the first request hangs
// until the widget ends it.
import { test, expect, type Page } from '@playwright/test';
import { count } from './helpers';

/** A blank page with one widget showing `src`. */
async function mount(page: Page, src: string) {
  await page.goto('/fixtures/blank.html');
  await page.evaluate(async (src) => {
    await import('/episode-archive.js');
    const element = document.createElement('episode-archive');
    element.setAttribute('src', src);
    document.querySelector('main')!.append(element);
  }, src);
}

/** A page with one widget whose manifest hangs; resolves once it is asked for. */
async function hangingWidget(page: Page) {
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${new URL(r.url()).pathname} ${r.failure()?.errorText}`));
  const asked = page.waitForRequest((r) => r.url().endsWith('/hold/first.json'));
  await mount(page, '/hold/first.json');
  await asked;
  await expect(page.getByText('/hold/first.json')).toBeVisible(); // the loading state names it
  return failed;
}

test('changing src while the manifest hangs cancels it and shows the new archive', async ({ page }) => {
  const failed = await hangingWidget(page);
  await page.locator('episode-archive').evaluate((el) => el.setAttribute('src', '/examples/second-show.json'));
  await expect(page.getByRole('heading', { level: 1, name: 'The Second Show' })).toBeVisible();
  await expect(count(page)).toHaveText('3 episodes');
  await expect.poll(() => failed).toContainEqual(expect.stringMatching(/^\/hold\/first\.json net::ERR_ABORTED/));
});

test('removing the element while the manifest hangs cancels it', async ({ page }) => {
  const failed = await hangingWidget(page);
  await page.locator('episode-archive').evaluate((el) => el.remove());
  await expect.poll(() => failed).toContainEqual(expect.stringMatching(/^\/hold\/first\.json net::ERR_ABORTED/));
});

test('removing the element while a post hangs cancels its download', async ({ page }) => {
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${new URL(r.url()).pathname} ${r.failure()?.errorText}`));
  await page.route(
    (url) => url.pathname === '/generated/hanging-post.json',
    (route) =>
      route.fulfill({
        json: { version: 1, title: 'Show', episodes: [{ id: 'a', title: 'A post that hangs', body_url: '/hold/body.json' }] },
      }),
  );
  await mount(page, '/generated/hanging-post.json');
  const asked = page.waitForRequest((r) => r.url().endsWith('/hold/body.json'));
  await page.getByRole('button', { name: 'Read full post' }).click();
  await asked;
  await expect(page.getByText('Loading the full post…')).toBeVisible();
  await page.locator('episode-archive').evaluate((el) => el.remove());
  await expect.poll(() => failed).toContainEqual(expect.stringMatching(/^\/hold\/body\.json net::ERR_ABORTED/));
});

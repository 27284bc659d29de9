// The demo page's first screen: the newest episodes as plain HTML in the
// page (a declarative shadow root), readable without JavaScript, replaced by
// the live widget in one step with no layout shift, and left in place if the
// widget cannot start.
import { test, expect } from '@playwright/test';
import { count, search } from './helpers';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the newest episodes are readable, with links to their posts', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Data Science at Home' })).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(10);
    const first = page.getByRole('article').first();
    await expect(first.getByRole('heading', { level: 2 })).toHaveText(/Testing in machine learning/);
    await expect(first.getByRole('link', { name: /^Read full post: Testing in machine learning/ })).toHaveAttribute('href', /^https:\/\//);
    await expect(page.getByText('15 episodes')).toBeVisible();
  });
});

test('the live widget takes the first screen’s place without shifting anything', async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as any[]) (window as any).__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/');
  await expect(search(page)).toBeVisible();
  await expect(count(page)).toHaveText('15 episodes');
  // Only the widget's own cards are left: buttons open posts in place.
  await expect(page.getByRole('link', { name: /^Read full post/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Read full post' }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as any).__shift)).toBe(0);
});

test('when the widget cannot start, the first screen stays with the reason', async ({ page }) => {
  await page.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText('The episode archive could not start. Reload the page to try again.');
  await expect(page.getByRole('article').first().getByRole('heading', { level: 2 })).toHaveText(/Testing in machine learning/);
});

// The demo page is clean: no console error, no uncaught error, no failed or
// refused request while a reader loads it, searches and opens a post.
import { test, expect } from '@playwright/test';
import { count, episode } from './helpers';

test('loading, searching and opening a post log no error and fail no request', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });

  await page.goto('/');
  await expect(count(page)).toHaveText('15 episodes');
  await page.getByRole('searchbox', { name: 'Search episodes' }).fill('bias');
  await expect(count(page)).not.toHaveText('15 episodes');
  const card = episode(page, /bias in the machine/);
  await card.getByRole('button', { name: 'Read full post' }).click();
  await expect(card.getByRole('button', { name: 'Read full post' })).toHaveAttribute('aria-expanded', 'true');
  await expect(card.getByText(/Rockefeller University/)).toBeVisible();
  // The favicon is requested on its own schedule; let the page go quiet.
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});

// The importer's round trip: the demo seed written as an RSS feed
// (tests/fixtures/feeds/seed.xml), imported by `episode-archive import`
// (scripts/test.sh writes target/e2e-imported), and shown by the widget.
import { test, expect } from '@playwright/test';

test('the demo seed, imported from RSS, reads like the demo', async ({ page }) => {
  await page.goto('/?manifest=/imported/archive.json');
  await expect(page.getByRole('heading', { level: 1, name: 'Data Science at Home' })).toBeVisible();
  await expect(page.locator('.ea-result-count')).toHaveText('15 episodes');
  // Guests came through podcast:person.
  await page.getByRole('searchbox', { name: 'Search episodes' }).fill('piekniewski');
  await expect(page.locator('.ea-result-count')).toHaveText('2 of 15 episodes');
  await page.getByRole('searchbox', { name: 'Search episodes' }).fill('');
  // A long post was split into its own body file, fetched on expand, as HTML.
  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'The dark side of AI: bias in the machine' }) });
  await card.getByRole('button', { name: 'Read full post' }).click();
  await expect(card.getByText('the so-called “bikini approach”')).toBeVisible();
  expect(await card.locator('.ea-post p').count()).toBeGreaterThan(10);
  await page.getByRole('button', { name: /^Model compression/ }).click();
  await expect(page.locator('.ea-result-count')).toHaveText('2 of 15 episodes');
});

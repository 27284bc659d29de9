// axe-core on every state a reader meets: no serious or critical violations.
import { test, expect } from '@playwright/test';
import { count, seriousViolations } from './helpers';

test('the loaded archive, filtered and with posts open', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('15 episodes');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: /^Ethics/ }).click();
  for (const toggle of await page.getByRole('button', { name: 'Read full post' }).all()) await toggle.click();
  await expect(page.getByText('the so-called “bikini approach”')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the empty and error states', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search episodes' }).fill('zzzz');
  await expect(page.getByText('No episodes match these filters.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/?manifest=/fixtures/missing.json');
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

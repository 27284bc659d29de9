// A phone's first screen shows episodes: the filters fold into a compact
// control on narrow widgets, with every category still reachable by touch,
// keyboard and screen reader. Checked with the demo and with an archive of
// 60 categories (generated here and served by a route).
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { count, failOnPageErrors } from './helpers';
import { sixtyCategories } from './sixty-categories.mjs';

failOnPageErrors();

const archives = [
  { name: 'the demo', url: '/', total: '15 episodes' },
  { name: 'a 60-category archive', url: '/?manifest=/generated/sixty.json', total: '120 episodes' },
];
const phones = [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
];

async function serveGenerated(page: Page) {
  await page.route((url) => url.pathname === '/generated/sixty.json', (route) => route.fulfill({ json: sixtyCategories() }));
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const phone of phones) {
  test.describe(`on a ${phone.width}×${phone.height} phone`, () => {
    test.use({ viewport: phone, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

    for (const archive of archives) {
      test(`${archive.name}: the first episode's title is on the first screen`, async ({ page }) => {
        await serveGenerated(page);
        await page.goto(archive.url);
        await expect(count(page)).toHaveText(archive.total);
        const heading = page.getByRole('article').first().getByRole('heading', { level: 2 });
        const box = await heading.boundingBox();
        expect(box).not.toBeNull();
        expect(box!.y).toBeGreaterThanOrEqual(0);
        expect(box!.y + box!.height).toBeLessThanOrEqual(phone.height);
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(sideways).toBeLessThanOrEqual(0);
      });
    }

    test('categories are chosen and cleared through the Filters control by touch', async ({ page }) => {
      await serveGenerated(page);
      await page.goto(archives[1].url);
      await expect(count(page)).toHaveText('120 episodes');
      const filters = page.getByRole('button', { name: /^Filters/ });
      await expect(filters).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('button', { name: /^Category number 60 / })).toBeHidden();
      expect(await seriousViolations(page)).toEqual([]);

      await filters.tap();
      await expect(filters).toHaveAttribute('aria-expanded', 'true');
      // The last of 60 is reachable, with its count.
      const episodes = sixtyCategories().episodes;
      const having = (...names: string[]) => episodes.filter((e) => e.categories.some((c) => names.includes(c))).length;
      const last = page.getByRole('button', { name: `Category number 60 ${having('Category number 60')} episodes` });
      await last.scrollIntoViewIfNeeded();
      await last.tap();
      await expect(last).toHaveAttribute('aria-pressed', 'true');
      await page.getByRole('button', { name: /^Category number 1 / }).tap();
      const chosen = having('Category number 1', 'Category number 60');
      await expect(count(page)).toHaveText(`${chosen} of 120 episodes`);
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByRole('button', { name: `Show ${chosen} episodes` }).tap();
      await expect(filters).toHaveAttribute('aria-expanded', 'false');
      await expect(filters).toBeFocused();
      // While closed, the choice stays in view, counted and named, with Clear one tap away.
      await expect(filters).toHaveAccessibleName('Filters 2 chosen');
      await expect(page.getByText('Category number 1, Category number 60')).toBeVisible();
      await page.getByRole('button', { name: 'Clear categories' }).tap();
      await expect(count(page)).toHaveText('120 episodes');
      await expect(filters).toHaveAccessibleName('Filters');
    });

    test('the Filters control works from the keyboard, and Escape closes it', async ({ page }) => {
      await page.goto('/');
      await expect(count(page)).toHaveText('15 episodes');
      await page.getByRole('searchbox', { name: 'Search episodes' }).focus();
      await page.keyboard.press('Tab');
      const filters = page.getByRole('button', { name: /^Filters/ });
      await expect(filters).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(filters).toHaveAttribute('aria-expanded', 'true');
      // Next in order: the sort, then the categories.
      await page.keyboard.press('Tab');
      await expect(page.getByRole('combobox', { name: 'Sort' })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: /^Artificial Intelligence/ })).toBeFocused();
      await page.keyboard.press('Tab');
      const first = page.getByRole('button', { name: /^Computer vision/ });
      await expect(first).toBeFocused();
      await page.keyboard.press('Space');
      await expect(first).toHaveAttribute('aria-pressed', 'true');
      await expect(count(page)).toHaveText('1 of 15 episodes');
      await page.keyboard.press('Escape');
      await expect(filters).toHaveAttribute('aria-expanded', 'false');
      await expect(filters).toBeFocused();
      await expect(first).toBeHidden();
      await page.getByRole('button', { name: 'Clear categories' }).focus();
      await page.keyboard.press('Enter');
      await expect(count(page)).toHaveText('15 episodes');
    });
  });
}

test('a wide widget shows every control, with no Filters toggle', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await expect(count(page)).toHaveText('15 episodes');
  await expect(page.getByRole('button', { name: /^Filters/ })).toBeHidden();
  await expect(page.getByRole('button', { name: /^Ethics/ })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Sort' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Show \d+ episodes?$/ })).toBeHidden();
});

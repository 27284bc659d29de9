// What the end-to-end specs share: locators a person would name, and a
// rule that any uncaught page error fails the test.
import { test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The live result count ("3 of 15 episodes") of the nth widget. */
// Visible ones only: on a page with a first screen, the live widget renders
// hidden until the loader swaps it in.
export const count = (page: Page, nth = 0) => page.locator('.ea-result-count').filter({ visible: true }).nth(nth);

/** The search field, by its label. */
export const search = (page: Page) => page.getByRole('searchbox', { name: 'Search episodes' });

/** The episode card whose heading is `title`. */
export const episode = (page: Page, title: string | RegExp) =>
  page.getByRole('article').filter({ has: page.getByRole('heading', { level: 2, name: title }) });

/** Fails a test on any uncaught error in the page. */
export function failOnPageErrors() {
  test.beforeEach(async ({ page }) => {
    page.on('pageerror', (error) => {
      throw error;
    });
  });
}

/** axe-core's serious and critical violations on the page, one line each. */
export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

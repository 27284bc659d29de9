// A panic must not leave a dead box: the widget turns into a visible
// message, the console gets the details, and the host page keeps working.
// Runs against dist-test/, a build with the `test-hooks` feature, whose
// wasm exports `__test_panic`.
import { test, expect } from '@playwright/test';

test('a panic shows "Something went wrong" in every widget and spares the host page', async ({ page }) => {
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await page.goto('/test-build/examples/two-widgets.html');
  await expect(page.locator('.ea-result-count')).toHaveCount(2);
  const thrown = await page.evaluate(async () => {
    const glue = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .find((n) => /episode[-_]archive-[0-9a-f]+\.js$/.test(n))!;
    const bindings = await import(glue);
    try {
      bindings.__test_panic();
      return 'no panic';
    } catch (e) {
      return String(e);
    }
  });
  expect(thrown).toMatch(/RuntimeError|unreachable/);
  const alerts = page.getByRole('alert').filter({ hasText: 'Something went wrong — reload the page to try again.' });
  await expect(alerts).toHaveCount(2);
  expect(consoleErrors.some((m) => m.includes('episode-archive crashed') && m.includes('a test asked for a panic'))).toBe(true);
  // The host page still works.
  const stillAlive = await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'host still responds';
    document.body.append(p);
    return document.body.lastElementChild?.textContent;
  });
  expect(stillAlive).toBe('host still responds');
});

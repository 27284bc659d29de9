// Phone sizes in Chromium's mobile emulation (touch, mobile viewport): no
// sideways scroll, 44 px targets, and the whole flow by taps alone.
import { test, expect, type Page } from '@playwright/test';
import { count } from './helpers';

const phones = [
  { name: '320×640', width: 320, height: 640 },
  { name: '375×812', width: 375, height: 812 },
  { name: '412×915', width: 412, height: 915 },
];

async function smallTargets(page: Page) {
  return page.evaluate(() => {
    const all = (root: Document | ShadowRoot): Element[] =>
      [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...all(el.shadowRoot)] : [el]));
    return all(document)
      .filter((el) => el.matches('button, input, select, summary, audio'))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.height < 44 || r.width < 44))
      .map(({ el, r }) => `${el.localName} "${el.textContent?.trim()}" ${r.width}x${r.height}`);
  });
}

for (const phone of phones) {
  test.describe(`on a ${phone.name} phone`, () => {
    test.use({ viewport: { width: phone.width, height: phone.height }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

    test('everything fits, every target is 44 px, and taps do it all', async ({ page }) => {
      await page.goto('/');
      await expect(count(page)).toHaveText('15 episodes');
      const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(await sideways()).toBeLessThanOrEqual(0);
      expect(await smallTargets(page)).toEqual([]);

      await page.getByRole('button', { name: /^Filters/ }).tap();
      expect(await smallTargets(page)).toEqual([]);
      await page.getByRole('button', { name: /^Privacy/ }).tap();
      await expect(count(page)).toHaveText('2 of 15 episodes');
      await page.getByRole('button', { name: 'Show 2 episodes' }).tap();
      const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /memorize secrets/ }) });
      await card.getByRole('button', { name: 'Read full post' }).tap();
      await expect(card.getByRole('link', { name: /The Secret Sharer/ })).toBeVisible();
      expect(await sideways()).toBeLessThanOrEqual(0);
      expect(await smallTargets(page)).toEqual([]);
      await card.getByRole('button', { name: 'Read full post' }).tap();
      await page.getByRole('button', { name: 'Clear categories' }).tap();
      await expect(count(page)).toHaveText('15 episodes');
    });
  });
}

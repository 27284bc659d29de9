// The reader's experience on the demo archive, driven as a person would:
// by roles, labels and visible text.
import { test, expect } from '@playwright/test';
import { count, episode, failOnPageErrors } from './helpers';

failOnPageErrors();

test('the demo archive loads with its title, description and every episode', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Data Science at Home' })).toBeVisible();
  // Visible ones: the demo page's first screen and the live widget, hidden
  // until it is ready, both hold the description for a moment.
  await expect(page.getByText('Archive for the ‘Artificial Intelligence’ category').filter({ visible: true })).toBeVisible();
  await expect(count(page)).toHaveText('15 episodes');
  await expect(page.getByRole('article')).toHaveCount(15);
  // Newest first.
  await expect(page.getByRole('article').first().getByRole('heading')).toHaveText(/Testing in machine learning/);
});

test('typing a keyword filters on every keystroke', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('15 episodes');
  const search = page.getByRole('searchbox', { name: 'Search episodes' });
  await search.pressSequentially('distil');
  await expect(count(page)).toHaveText('1 of 15 episodes');
  await expect(episode(page, /distillation/)).toBeVisible();
  await search.fill('piekniewski');
  await expect(count(page)).toHaveText('2 of 15 episodes');
  await search.fill('no such episode anywhere');
  await expect(page.getByText('No episodes match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count(page)).toHaveText('15 episodes');
  await expect(search).toHaveValue('');
});

test('a misspelled query finds the right episode first and marks the matched words', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('15 episodes');
  const search = page.getByRole('searchbox', { name: 'Search episodes' });
  // "distillation" with one letter missing, finished with a space so it is
  // matched as a whole word (with its typo), not as a prefix.
  await search.pressSequentially('distilation ');
  const first = page.getByRole('article').first();
  await expect(first.getByRole('heading')).toHaveText(/Compressing deep learning models: distillation/);
  await expect(first.getByRole('heading').locator('mark')).toHaveText(['distillation']);
  await search.fill('');
  await expect(count(page)).toHaveText('15 episodes');
  await expect(page.locator('mark')).toHaveCount(0);
});

test('choosing categories narrows the list and clear-all restores it', async ({ page }) => {
  await page.goto('/');
  const compression = page.getByRole('button', { name: /^Model compression/ });
  await expect(compression).toHaveAttribute('aria-pressed', 'false');
  await compression.click();
  await expect(compression).toHaveAttribute('aria-pressed', 'true');
  await expect(count(page)).toHaveText('2 of 15 episodes');
  await page.getByRole('button', { name: /^Privacy/ }).click();
  await expect(count(page)).toHaveText('4 of 15 episodes');
  // Counts follow the keyword.
  await page.getByRole('searchbox', { name: 'Search episodes' }).fill('rewinding');
  await expect(compression).toHaveAccessibleName('Model compression 1 episode');
  await page.getByRole('button', { name: 'Clear categories' }).click();
  await expect(compression).toHaveAttribute('aria-pressed', 'false');
  await expect(count(page)).toHaveText('1 of 15 episodes');
});

test('an inline post expands in place and collapses again', async ({ page }) => {
  await page.goto('/');
  const card = episode(page, /Dynamic RELU/);
  const toggle = card.getByRole('button', { name: 'Read full post' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const reference = card.getByRole('link', { name: 'Dynamic ReLU', exact: true });
  await expect(reference).toHaveAttribute('href', 'https://arxiv.org/abs/2003.10027');
  await expect(card.getByRole('link', { name: /Episode page/ })).toBeVisible();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(reference).toBeHidden();
  expect(page.url()).toMatch(/\/$/); // never left the page
});

test('a body_url post is fetched on first expand, once', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => r.url().includes('/bodies/') && fetched.push(r.url()));
  await page.goto('/');
  const card = episode(page, 'The dark side of AI: bias in the machine');
  await expect(card).toBeVisible();
  expect(fetched).toHaveLength(0);
  const toggle = card.getByRole('button', { name: 'Read full post' });
  await toggle.click();
  await expect(card.getByText('the so-called “bikini approach”')).toBeVisible();
  await toggle.click();
  await toggle.click();
  await expect(card.getByText('the so-called “bikini approach”')).toBeVisible();
  expect(fetched).toHaveLength(1);
});

test('a missing body_url shows its own error with Retry, and only in that post', async ({ page }) => {
  await page.goto('/?manifest=/fixtures/broken-body.json');
  const broken = episode(page, 'A post whose body is missing');
  await broken.getByRole('button', { name: 'Read full post' }).click();
  const alert = broken.getByRole('alert');
  await expect(alert).toContainText('The full post could not be loaded.');
  await expect(alert).toContainText('The server answered HTTP 404');
  await expect(alert).toContainText('/fixtures/bodies/does-not-exist.json');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  const fine = episode(page, 'A post with an inline body');
  await fine.getByRole('button', { name: 'Read full post' }).click();
  await expect(fine.getByText('And the rest of it.')).toBeVisible();
});

test('a manifest that is not there gives an error naming the URL and status, with Retry', async ({ page }) => {
  await page.goto('/?manifest=/fixtures/missing.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The archive could not be loaded');
  await expect(alert).toContainText('http://127.0.0.1:4173/fixtures/missing.json');
  await expect(alert).toContainText('HTTP 404');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(alert).toContainText('HTTP 404');
  expect(requests.some((u) => u.endsWith('/fixtures/missing.json'))).toBe(true);
});

test('a malformed manifest names the JSON error with line and column', async ({ page }) => {
  await page.goto('/?manifest=/fixtures/malformed.json');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('/fixtures/malformed.json');
  await expect(alert).toContainText('Not valid JSON at line 6, column 16: expected `,` or `}`');
});

test('at 320 px nothing scrolls sideways and every control is a 44 px target', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  await expect(count(page)).toHaveText('15 episodes');
  for (const title of [/Dynamic RELU/, /transformers/, 'The dark side of AI: bias in the machine']) {
    await episode(page, title).getByRole('button', { name: 'Read full post' }).click();
  }
  await expect(page.getByText('the so-called “bikini approach”')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  const small = await page.evaluate(() => {
    // The widget lives in a shadow root: walk into every open one.
    const all = (root: Document | ShadowRoot): Element[] =>
      [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...all(el.shadowRoot)] : [el]));
    const controls = all(document).filter((el) => el.matches('button, input, summary'));
    if (controls.length < 20) return [`only ${controls.length} controls found`];
    return controls
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.height < 44 || r.width < 44))
      .map(({ el, r }) => `${el.textContent?.trim()} ${r.width}x${r.height}`);
  });
  expect(small).toEqual([]);
});

test('the whole flow works from the keyboard, with a visible focus ring', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('15 episodes');
  await page.keyboard.press('Tab');
  const search = page.getByRole('searchbox', { name: 'Search episodes' });
  await expect(search).toBeFocused();
  await page.keyboard.type('gan');
  await expect(count(page)).toHaveText(/of 15 episodes/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Sort' })).toBeFocused();
  await page.keyboard.press('Tab');
  const first = page.getByRole('button', { name: /^Artificial Intelligence/ });
  await expect(first).toBeFocused();
  const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
  await page.keyboard.press('Space');
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  const toggle = page.getByRole('button', { name: 'Read full post' }).first();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
});

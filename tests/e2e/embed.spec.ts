// <episode-archive> on host pages: isolation, strict CSP, several widgets,
// URL state and history, events, sub-path serving, runtime attributes.
import { test, expect } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { count, episode, failOnPageErrors, search } from './helpers';

failOnPageErrors();

test('the snippet works on a plain page, adding no ids, styles or globals to it', async ({ page }) => {
  await page.goto('/fixtures/blank.html');
  const baseline = await page.evaluate(() => Object.getOwnPropertyNames(window));
  await page.goto('/examples/plain.html');
  await expect(count(page)).toHaveText('15 episodes');
  const globals = await page.evaluate(() => Object.getOwnPropertyNames(window));
  expect(globals.filter((g) => !baseline.includes(g))).toEqual([]);
  const host = await page.evaluate(() => ({
    ids: document.querySelectorAll('[id]').length,
    sheets: document.styleSheets.length,
    adopted: document.adoptedStyleSheets.length,
    headerFont: getComputedStyle(document.querySelector('header p')!).fontFamily,
  }));
  expect(host).toEqual({ ids: 0, sheets: 0, adopted: 0, headerFont: expect.not.stringContaining('system-ui') });
});

test('hostile host CSS does not change how the widget looks', async ({ page }) => {
  // Taller than the whole widget: cards below the screen are not laid out
  // or painted (content-visibility: auto), and both shots must show them all.
  await page.setViewportSize({ width: 1000, height: 8000 });
  const shot = async (path: string) => {
    await page.goto(path);
    await expect(count(page)).toHaveText('15 episodes');
    return PNG.sync.read(await page.locator('.ea-root').screenshot({ animations: 'disabled', caret: 'hide' }));
  };
  const plain = await shot('/examples/plain.html');
  const hostile = await shot('/examples/hostile-css.html');
  expect([hostile.width, hostile.height]).toEqual([plain.width, plain.height]);
  const differing = pixelmatch(plain.data, hostile.data, null, plain.width, plain.height, { threshold: 0.1 });
  const fraction = differing / (plain.width * plain.height);
  console.log(`hostile CSS: ${differing} of ${plain.width * plain.height} pixels differ (${(fraction * 100).toFixed(3)}%)`);
  expect(fraction).toBeLessThan(0.005);
});

test('a strict Content-Security-Policy page works with no violation', async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const response = await page.goto('/examples/strict-csp.html');
  expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");
  await expect(count(page)).toHaveText('15 episodes');
  await search(page).fill('bias');
  const card = episode(page, 'The dark side of AI: bias in the machine');
  await card.getByRole('button', { name: 'Read full post' }).click();
  await expect(card.getByText('the so-called “bikini approach”')).toBeVisible();
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
});

test('two widgets on one page keep their own state; removing one cleans it up', async ({ page }) => {
  await page.goto('/examples/two-widgets.html');
  const first = page.locator('episode-archive').nth(0);
  const second = page.locator('episode-archive').nth(1);
  await expect(first.locator('.ea-result-count')).toHaveText('15 episodes');
  await expect(second.locator('.ea-result-count')).toHaveText('3 episodes');
  // page-size="5" on the first.
  await expect(first.getByRole('article')).toHaveCount(5);
  await first.getByRole('button', { name: /Show more episodes/ }).click();
  await expect(first.getByRole('article')).toHaveCount(10);
  await second.getByRole('searchbox', { name: 'Search episodes' }).fill('rust');
  await expect(second.locator('.ea-result-count')).toHaveText('1 of 3 episodes');
  await expect(first.locator('.ea-result-count')).toHaveText('15 episodes');
  await expect(first.getByRole('searchbox', { name: 'Search episodes' })).toHaveValue('');
  expect(new URL(page.url()).searchParams.get('second.q')).toBe('rust');
  expect(new URL(page.url()).searchParams.get('dsh.q')).toBeNull();
  // Dark theme on the second only.
  const backgrounds = await page.evaluate(() =>
    [...document.querySelectorAll('episode-archive')].map(
      (el) => getComputedStyle(el.shadowRoot!.querySelector('.ea-root')!).backgroundColor,
    ),
  );
  expect(backgrounds).toEqual(['rgb(255, 255, 255)', 'rgb(22, 22, 24)']);
  await page.evaluate(() => document.querySelectorAll('episode-archive')[0].remove());
  await expect(page.locator('episode-archive')).toHaveCount(1);
  const left = page.locator('episode-archive');
  await left.getByRole('searchbox', { name: 'Search episodes' }).fill('');
  await expect(left.locator('.ea-result-count')).toHaveText('3 episodes');
});

test('the view lives in the URL: reload restores it, Back and Forward step through it', async ({ page }) => {
  await page.goto('/?page=2');
  await expect(count(page)).toHaveText('15 episodes');
  await search(page).pressSequentially('training');
  // Two titles, and the post of "bias in the machine" (through the search index).
  await expect(count(page)).toHaveText('3 of 15 episodes');
  await page.getByRole('button', { name: /^Generative models/ }).click();
  await expect(count(page)).toHaveText('1 of 15 episodes');
  const card = episode(page, /stability of training a GAN/);
  await card.getByRole('button', { name: 'Read full post' }).click();
  await expect(card.getByRole('button', { name: 'Read full post' })).toHaveAttribute('aria-expanded', 'true');
  const url = new URL(page.url());
  expect(url.searchParams.get('page')).toBe('2');
  expect(url.searchParams.get('ea.q')).toBe('training');
  expect(url.searchParams.getAll('ea.c')).toEqual(['Generative models']);
  expect(url.searchParams.get('ea.e')).toBe('ep-88');

  await page.reload();
  await expect(count(page)).toHaveText('1 of 15 episodes');
  await expect(search(page)).toHaveValue('training');
  await expect(page.getByRole('button', { name: /^Generative models/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(card.getByRole('button', { name: 'Read full post' })).toHaveAttribute('aria-expanded', 'true');

  await page.goBack(); // closes the post
  await expect(card.getByRole('button', { name: 'Read full post' })).toHaveAttribute('aria-expanded', 'false');
  await page.goBack(); // un-chooses the category
  await expect(count(page)).toHaveText('3 of 15 episodes');
  await page.goBack(); // the whole typed word is one step
  await expect(count(page)).toHaveText('15 episodes');
  await expect(search(page)).toHaveValue('');
  expect(new URL(page.url()).search).toBe('?page=2');
  await page.goForward();
  await expect(search(page)).toHaveValue('training');
});

test('a shared link brings its post into view once; searching afterwards does not jump back to it', async ({ page }) => {
  await page.goto('/?ea.e=ep-84');
  const card = episode(page, /More powerful deep learning with transformers/);
  await expect(card.getByRole('button', { name: 'Read full post' })).toHaveAttribute('aria-expanded', 'true');
  await expect(card.getByRole('heading', { level: 2 })).toBeInViewport();
  // The reader goes back up and searches; the shared post is still among
  // the results, in another place.
  await page.mouse.wheel(0, -100_000);
  await expect(search(page)).toBeInViewport();
  await search(page).fill('deep learning');
  await expect(count(page)).toHaveText(/^\d+ of 15 episodes$/);
  await expect(card).toBeAttached();
  await expect(search(page)).toBeInViewport();
  await expect(card.getByRole('heading', { level: 2 })).not.toBeInViewport();
});

test('Copy link copies a link that opens the post', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const card = episode(page, /Dynamic RELU/);
  await card.getByRole('button', { name: 'Read full post' }).click();
  await card.getByRole('button', { name: 'Copy link' }).click();
  await expect(card.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).searchParams.get('ea.e')).toBe('ep-101');
  await page.goto(link);
  await expect(card.getByRole('button', { name: 'Read full post' })).toHaveAttribute('aria-expanded', 'true');
});

test('events tell the host what happens', async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).__events = [];
    for (const name of ['ready', 'search', 'filter', 'expand', 'play', 'error'])
      document.addEventListener(`episode-archive:${name}`, (e) =>
        (window as any).__events.push({ type: e.type, detail: (e as CustomEvent).detail }),
      );
  });
  await page.goto('/examples/two-widgets.html');
  const second = page.locator('episode-archive').nth(1);
  await expect(second.locator('.ea-result-count')).toHaveText('3 episodes');
  await second.getByRole('searchbox', { name: 'Search episodes' }).fill('hello');
  await second.getByRole('button', { name: /^Meta/ }).click();
  await second.getByRole('button', { name: 'Read full post' }).click();
  await second.locator('audio').evaluate((audio: HTMLAudioElement) => audio.play());
  await expect.poll(() => page.evaluate(() => (window as any).__events.map((e: any) => e.type))).toContain('episode-archive:play');
  const events = await page.evaluate(() => (window as any).__events);
  expect(events).toEqual(
    expect.arrayContaining([
      { type: 'episode-archive:ready', detail: { title: 'Data Science at Home', episodes: 15, skipped: 0, language: 'en' } },
      { type: 'episode-archive:ready', detail: { title: 'The Second Show', episodes: 3, skipped: 0, language: 'en' } },
      { type: 'episode-archive:search', detail: { query: 'hello', count: 1 } },
      { type: 'episode-archive:filter', detail: { categories: ['Meta'], count: 1 } },
      { type: 'episode-archive:expand', detail: { id: 's2-1' } },
      { type: 'episode-archive:play', detail: { id: 's2-1' } },
    ]),
  );
  await page.evaluate(() => document.querySelector('episode-archive')!.setAttribute('src', 'missing.json'));
  await expect.poll(() => page.evaluate(() => (window as any).__events.map((e: any) => e.type))).toContain('episode-archive:error');
});

test('the build works from a sub-path, loading everything relative to the loader', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/cdn/episode-archive/1.0.0/examples/plain.html');
  await expect(count(page)).toHaveText('15 episodes');
  expect(requests.length).toBeGreaterThan(4);
  expect(requests.filter((p) => !p.startsWith('/cdn/episode-archive/1.0.0/'))).toEqual([]);
});

test('changing attributes at run time updates the widget', async ({ page }) => {
  await page.goto('/examples/plain.html');
  await expect(count(page)).toHaveText('15 episodes');
  const element = page.locator('episode-archive');
  await element.evaluate((el) => el.setAttribute('query', 'transformers'));
  // A title, and the post of "bias in the machine" (through the search index).
  await expect(count(page)).toHaveText('2 of 15 episodes');
  await element.evaluate((el) => el.setAttribute('categories', 'Privacy, Ethics'));
  await expect(page.getByRole('button', { name: /^Privacy/ })).toHaveAttribute('aria-pressed', 'true');
  await element.evaluate((el) => el.setAttribute('src', 'second-show.json'));
  await expect(page.getByRole('heading', { level: 1, name: 'The Second Show' })).toBeVisible();
  await element.evaluate((el) => {
    el.removeAttribute('query');
    el.removeAttribute('categories');
  });
  await expect(count(page)).toHaveText('3 episodes');
  await element.evaluate((el) => el.style.setProperty('--episode-archive-accent', 'rgb(200, 0, 100)'));
  const accent = await page.getByRole('button', { name: 'Read full post' }).first().evaluate((b) => getComputedStyle(b).color);
  expect(accent).toBe('rgb(200, 0, 100)');
});

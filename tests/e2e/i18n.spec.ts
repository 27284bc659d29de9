// The interface in the page's language: which language, its catalog and
// the browser's Intl, right to left, a site's own wording, and a
// pseudo-locale that shows any string the catalog does not carry.
import { test, expect, type Page, type Locator } from '@playwright/test';
import { failOnPageErrors, seriousViolations } from './helpers';

failOnPageErrors();

/** The host page in `pageLang` (or without lang: "none"), the element given `attrs`. */
const host = (page: Page, pageLang: string, attrs: Record<string, string>) =>
  page.goto(`/fixtures/i18n/host.html?${new URLSearchParams({ 'page-lang': pageLang, ...attrs })}`);

/** Serves `/generated/<n>.json`: an archive of n episodes (in `language`). */
async function generatedArchives(page: Page, language = 'en') {
  await page.route('**/generated/*.json', (route) => {
    const n = Number(/(\d+)\.json$/.exec(route.request().url())![1]);
    const episodes = Array.from({ length: n }, (_, i) => ({ id: `e${i}`, title: `Episode title ${i}`, date: '2021-03-05' }));
    return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ version: 1, title: 'Generated', language, episodes }) });
  });
}

const count = (page: Page) => page.locator('.ea-result-count');
const app = (page: Page) => page.locator('.ea-app');

test('a German page shows the interface in German, with German dates and numbers', async ({ page }) => {
  await host(page, 'de', { src: '/demo/archive.json' });
  await expect(count(page)).toHaveText('15 Folgen');
  await expect(page.getByRole('searchbox', { name: 'Folgen durchsuchen' })).toBeVisible();
  await expect(app(page)).toHaveAttribute('lang', 'de');
  // The archive's own text keeps the manifest's language.
  await expect(page.locator('.ea-header')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('4. September 2020')).toBeVisible();
  const card = page.getByRole('article').first();
  const toggle = card.getByRole('button', { name: /^Ganzen Beitrag lesen: / });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('searchbox', { name: 'Folgen durchsuchen' }).fill('zzzz');
  await expect(page.getByText('Keine Folge passt zu diesen Filtern.')).toBeVisible();

  await generatedArchives(page);
  await host(page, 'de', { src: '/generated/1234.json' });
  await expect(count(page)).toHaveText('1.234 Folgen');
  await expect(page.getByRole('button', { name: 'Weitere Folgen zeigen (20 von 1.234 sichtbar)' })).toBeVisible();
});

test('Russian counts take the right plural form for 1, 2, 5 and 21', async ({ page }) => {
  await generatedArchives(page, 'ru');
  for (const [n, words] of [
    [1, '1 выпуск'],
    [2, '2 выпуска'],
    [5, '5 выпусков'],
    [21, '21 выпуск'],
  ] as const) {
    await host(page, 'ru', { src: `/generated/${n}.json` });
    await expect(count(page)).toHaveText(words);
  }
});

test('an Arabic page is laid out right to left and fits a 320 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await host(page, 'ar', { src: '/demo/archive.json' });
  await expect(count(page)).toHaveText('15 حلقة');
  await expect(app(page)).toHaveAttribute('dir', 'rtl');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no sideways scroll').toBeLessThanOrEqual(0);
  // Mirrored: the search field starts at the right, the Filters button is to its left.
  const searchBox = (await page.getByRole('searchbox', { name: 'البحث في الحلقات' }).boundingBox())!;
  const filters = (await page.getByRole('button', { name: 'التصفية' }).boundingBox())!;
  expect(filters.x + filters.width).toBeLessThanOrEqual(searchBox.x + 1);
  // The interface's text starts at the right edge...
  const card = (await page.getByRole('article').first().boundingBox())!;
  const countBox = await count(page).evaluate((p) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    const r = range.getBoundingClientRect();
    return { left: r.left, right: r.right };
  });
  expect(card.x + card.width - countBox.right).toBeLessThan(2);
  // ...while the archive's English text keeps its own direction.
  const title = page.getByRole('article').first().getByRole('heading', { level: 2 });
  expect(await title.evaluate((h) => getComputedStyle(h).direction)).toBe('ltr');
  await expect(page.locator('.ea-header')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: test.info().outputPath('arabic-320.png'), fullPage: false });
  expect(await seriousViolations(page)).toEqual([]);
});

test('a Japanese archive is found by a two-character query, and is accessible', async ({ page }) => {
  await host(page, 'ja', { src: '/fixtures/i18n/japanese.json' });
  await expect(count(page)).toHaveText('3件のエピソード');
  await page.getByRole('searchbox', { name: 'エピソードを検索' }).fill('学習');
  await expect(count(page)).toHaveText('3件中1件のエピソード');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['深層学習の基礎']);
  await expect(page.getByText('2024年3月1日')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: /^全文を読む：/ }).click();
  expect(await seriousViolations(page)).toEqual([]);
});

test('without any lang on the page, the manifest’s language is the interface’s', async ({ page }) => {
  await host(page, 'none', { src: '/fixtures/i18n/japanese.json' });
  await expect(page.getByRole('searchbox', { name: 'エピソードを検索' })).toBeVisible();
  await expect(app(page)).toHaveAttribute('lang', 'ja');
});

test('a language falls back from pt-BR to pt, Simplified Chinese is served, Traditional and unshipped ones get English', async ({ page }) => {
  for (const [lang, label] of [
    ['pt-BR', 'Buscar episódios'],
    ['zh-Hans-CN', '搜索节目'],
    ['zh-TW', 'Search episodes'],
    ['sv', 'Search episodes'],
  ]) {
    await host(page, lang, { src: '/demo/archive.json' });
    await expect(page.getByRole('searchbox', { name: label }), lang).toBeVisible();
    await expect(app(page)).toHaveAttribute('lang', lang);
  }
});

test('the element’s own lang wins over the page’s, and changing it changes the interface', async ({ page }) => {
  await host(page, 'de', { src: '/demo/archive.json', lang: 'fr' });
  await expect(page.getByRole('searchbox', { name: 'Rechercher un épisode' })).toBeVisible();
  await page.locator('episode-archive').evaluate((e) => e.setAttribute('lang', 'it'));
  await expect(page.getByRole('searchbox', { name: 'Cerca negli episodi' })).toBeVisible();
});

test('a page that changes its language takes the widget along', async ({ page }) => {
  await host(page, 'de', { src: '/demo/archive.json' });
  await expect(page.getByRole('searchbox', { name: 'Folgen durchsuchen' })).toBeVisible();
  await page.evaluate(() => (document.documentElement.lang = 'es'));
  await expect(page.getByRole('searchbox', { name: 'Buscar episodios' })).toBeVisible();
  await expect(count(page)).toHaveText('15 episodios');
});

test('a site’s strings file replaces a message; invalid entries are reported and ignored', async ({ page }) => {
  await host(page, 'en', { src: '/demo/archive.json', strings: '/fixtures/i18n/strings-de.json' });
  const card = page.getByRole('article').first();
  await expect(card.getByRole('button', { name: /^Weiterlesen: / })).toHaveText('Weiterlesen');

  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await host(page, 'en', { src: '/demo/archive.json', strings: '/fixtures/i18n/strings-invalid.json' });
  await expect(page.getByRole('searchbox', { name: 'Sendungen durchsuchen' })).toBeVisible();
  await expect(page.getByRole('article').first().getByRole('button', { name: /^Read full post: / })).toHaveText('Read full post');
  await expect(count(page)).toHaveText('15 episodes');
  for (const key of ['read_full_post', 'no_such_message', 'episode_count', 'listen_to']) {
    expect(warnings.some((w) => w.includes(`"${key}"`)), `${key} reported: ${warnings.join(' | ')}`).toBe(true);
  }
  expect(warnings.some((w) => w.includes('"search_label"'))).toBe(false);

  // The property, set from script, over the file.
  await page.locator('episode-archive').evaluate((e: any) => (e.strings = { read_full_post: 'Mehr lesen' }));
  await expect(page.getByRole('article').first().locator('.ea-toggle')).toHaveText('Mehr lesen');
});

test('every shipped language fits a 320 px phone without sideways scroll', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const lang of ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru', 'ja', 'zh-CN', 'ar']) {
    await host(page, lang, { src: '/demo/archive.json' });
    await expect(page.locator('.ea-list article').first()).toBeVisible();
    await expect(app(page)).toHaveAttribute('lang', lang);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${lang}: no sideways scroll`).toBeLessThanOrEqual(0);
  }
});

test('categories are in the page language’s alphabetical order', async ({ page }) => {
  await page.route('**/generated/categories.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        version: 1,
        title: 'Djur',
        episodes: [{ id: 'a', title: 'A', categories: ['Zebra', 'Ödla', 'Apa'] }],
      }),
    }),
  );
  const chips = page.locator('.ea-chip');
  // Swedish puts Ö after Z (the interface is English, Swedish not being
  // shipped; the order is still Swedish, as Intl.Collator gives it)...
  await host(page, 'sv', { src: '/generated/categories.json' });
  await expect(chips).toHaveText([/^Apa/, /^Zebra/, /^Ödla/]);
  // ...German next to O.
  await host(page, 'de', { src: '/generated/categories.json' });
  await expect(chips).toHaveText([/^Apa/, /^Ödla/, /^Zebra/]);
});

test('a widget that cannot start says so in the page’s language', async ({ page }) => {
  await page.route('**/*_bg.wasm', (route) => route.abort());
  await host(page, 'de', { src: '/demo/archive.json' });
  await expect(page.getByRole('alert')).toHaveText('Etwas ist schiefgelaufen – bitte laden Sie die Seite neu.');
});

test('an English page fetches no catalog', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await host(page, 'en-GB', { src: '/demo/archive.json' });
  await expect(count(page)).toHaveText('15 episodes');
  expect(requested.filter((u) => /locale-/.test(u))).toEqual([]);

  await host(page, 'de', { src: '/demo/archive.json' });
  await expect(count(page)).toHaveText('15 Folgen');
  expect(requested.filter((u) => /locale-/.test(u))).toEqual([expect.stringMatching(/\/locale-de-[0-9a-f]{16}\.txt$/)]);
});

/** Interface text in `root` that is plain English: text nodes and names
 * outside the archive's own content that carry no pseudo-locale mark. */
async function plainEnglish(root: Locator) {
  return root.evaluate((app) => {
    const content = '.ea-heading, .ea-description, .ea-title, .ea-summary, .ea-snippet, .ea-post-text, .ea-tag, .ea-url, .ea-chosen-names, .ea-references li, time';
    const plain = (t: string) => /[A-Za-z]{2}/.test(t) && !t.includes('［');
    const found: string[] = [];
    const walker = document.createTreeWalker(app, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement!;
      // A category's name is the archive's; the chip's count is ours.
      if (parent.closest(content) || parent.matches('.ea-chip')) continue;
      if (plain(n.textContent!)) found.push(n.textContent!.trim());
    }
    for (const el of app.querySelectorAll('[aria-label], [placeholder]')) {
      for (const name of ['aria-label', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value && plain(value)) found.push(`${name}="${value}"`);
      }
    }
    return found;
  });
}

test('under a pseudo-locale no interface text is plain English', async ({ page }) => {
  await page.route('**/generated/problems.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        version: 1,
        title: 'Problems',
        episodes: [{ id: 'a', title: 'Fine' }, { title: 'No id' }, { id: 'b', title: 'Bad date', date: 'yesterday' }],
      }),
    }),
  );
  const xa = { lang: 'en-XA', strings: '/fixtures/i18n/en-XA.json' };
  await host(page, 'en', { src: '/demo/archive.json', 'page-size': '5', 'url-state': 'ea', ...xa });
  await expect(count(page)).toHaveText(/^［15 \S+·+］$/);
  expect(await plainEnglish(app(page)), 'the list').toEqual([]);
  await page.getByRole('article').first().locator('.ea-toggle').click();
  await page.getByRole('article').first().locator('.ea-copy-link').click();
  // Copied, or refused by the browser: either way it says so.
  await expect(page.getByRole('article').first().locator('.ea-copy-status')).toContainText('［');
  expect(await plainEnglish(app(page)), 'an open post').toEqual([]);
  await page.getByRole('searchbox').fill('zzzz');
  await expect(page.locator('.ea-empty')).toBeVisible();
  expect(await plainEnglish(app(page)), 'nothing matches').toEqual([]);

  await host(page, 'en', { src: '/generated/problems.json', ...xa });
  await expect(page.locator('.ea-problems summary')).toContainText('［');
  await page.locator('.ea-problems summary').click();
  expect(await plainEnglish(app(page)), 'episodes with problems').toEqual([]);

  await host(page, 'en', { src: '/fixtures/does-not-exist.json', ...xa });
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await plainEnglish(app(page)), 'the archive cannot be loaded').toEqual([]);

  // A manifest that never comes: the loading state.
  await host(page, 'en', { src: '/hold/archive.json', ...xa });
  await expect(page.locator('.ea-loading')).toBeVisible();
  expect(await plainEnglish(app(page)), 'loading').toEqual([]);
});

// Every word of every post is searched, however the archive is split: the
// prebuilt index beside the manifest (demo/search, and the seed imported
// with its posts split out by scripts/test.sh), its shards fetched as a
// query needs them, and the fallback when the index is stale or missing.
import { test, expect, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { count, episode, failOnPageErrors, search } from './helpers';

failOnPageErrors();

/** Console warnings of the page, as they come. */
function warnings(page: Page) {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') seen.push(m.text());
  });
  return seen;
}

test('on the demo, a word only in a post kept out of the manifest finds it, with a marked snippet', async ({ page }) => {
  await page.goto('/');
  await expect(count(page)).toHaveText('15 episodes');
  await search(page).fill('Rockefeller');
  await expect(count(page)).toHaveText('1 of 15 episodes');
  const card = episode(page, 'The dark side of AI: bias in the machine');
  const snippet = card.locator('.ea-snippet');
  await expect(snippet).toContainText('Rockefeller');
  await expect(snippet.locator('mark')).toHaveText(['Rockefeller']);
  // A typo, and another word of the same post.
  await search(page).fill('uterine');
  await expect(snippet.locator('mark')).toHaveText(['uterine']);
  await search(page).fill('rockefeler');
  await expect(count(page)).toHaveText('1 of 15 episodes');
  // Opening the post uses the body already fetched for the snippet.
  await card.getByRole('button', { name: 'Read full post' }).click();
  await expect(card.locator('.ea-post')).toContainText('the so-called “bikini approach”');
  await expect(snippet).toHaveCount(0);
});

test('an imported archive finds a word that is only in a split post', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.goto('/?manifest=/imported/archive.json');
  await expect(count(page)).toHaveText('15 episodes');
  // The one-file index is fetched after the first paint, before any query.
  await expect.poll(() => asked.filter((p) => p.startsWith('/imported/search/index-')).length).toBe(1);
  await search(page).fill('advertisers');
  await expect(count(page)).toHaveText('1 of 15 episodes');
  const card = episode(page, /^The dark side of AI: social media/);
  await expect(card.locator('.ea-snippet mark')).toHaveText(['advertisers']);
  // A phrase within the post, and an exclusion of a word of its post.
  await search(page).fill('"advertisers" -alcoholic');
  await expect(count(page)).toHaveText('1 of 15 episodes');
  await search(page).fill('alcoholic -advertisers');
  await expect(count(page)).toHaveText('1 of 15 episodes');
  await expect(episode(page, 'The dark side of AI: bias in the machine')).toBeVisible();
});

test('a stale index is not used: a warning, and the manifest is searched as before', async ({ page }) => {
  const seen = warnings(page);
  await page.route((url) => url.pathname === '/imported/archive.json', async (route) => {
    const response = await route.fetch();
    const manifest = await response.json();
    manifest.episodes.pop(); // an episode removed since the index was built
    await route.fulfill({ response, json: manifest });
  });
  await page.goto('/?manifest=/imported/archive.json');
  await expect(count(page)).toHaveText('14 episodes');
  await expect.poll(() => seen.join('\n')).toContain("the manifest's episodes changed since the index was built");
  await search(page).fill('advertisers');
  await expect(count(page)).toHaveText('0 of 14 episodes');
  await search(page).fill('social media');
  await expect(count(page)).toHaveText('1 of 14 episodes');
  await expect(page.locator('.ea-pending')).toHaveCount(0);
});

test('an index that answers 404 is not used: a warning naming it, and titles still found', async ({ page }) => {
  const seen = warnings(page);
  await page.route((url) => url.pathname.startsWith('/imported/search/'), (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/?manifest=/imported/archive.json');
  await expect(count(page)).toHaveText('15 episodes');
  await expect.poll(() => seen.join('\n')).toMatch(/search index is not used.*\/imported\/search\/index-[0-9a-f]{16}\.bin.*404/);
  await search(page).fill('advertisers');
  await expect(count(page)).toHaveText('0 of 15 episodes');
  await search(page).fill('bias');
  await expect(count(page)).toHaveText('1 of 15 episodes');
});

test('until the index arrives, the status line says full-text search is still loading', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route((url) => url.pathname.startsWith('/imported/search/'), async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/?manifest=/imported/archive.json');
  await expect(count(page)).toHaveText('15 episodes');
  await search(page).fill('advertisers');
  await expect(count(page)).toHaveText('0 of 15 episodes · full-text search is still loading');
  release();
  await expect(count(page)).toHaveText('1 of 15 episodes');
});

test('with the index in shards, typing a query fetches only the shards its words need', async ({ page }) => {
  const shards = readdirSync('target/e2e-sharded/search').filter((f) => f.startsWith('shard-'));
  expect(shards.length).toBeGreaterThan(10);
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.goto('/?manifest=/sharded/archive.json');
  await expect(count(page)).toHaveText('15 episodes');
  // The directory after the first paint; no shard before a query.
  await expect.poll(() => asked.filter((p) => p.startsWith('/sharded/search/index-')).length).toBe(1);
  expect(asked.filter((p) => p.startsWith('/sharded/search/shard-'))).toEqual([]);
  await search(page).pressSequentially('advertisers', { delay: 30 });
  await expect(count(page)).toHaveText('1 of 15 episodes');
  await expect(episode(page, /^The dark side of AI: social media/).locator('.ea-snippet mark')).toHaveText(['advertisers']);
  const fetched = asked.filter((p) => p.startsWith('/sharded/search/shard-'));
  expect(new Set(fetched).size, 'each shard once').toBe(fetched.length);
  expect(fetched.length, `${fetched.length} of ${shards.length} shards`).toBeGreaterThan(0);
  expect(fetched.length, `${fetched.length} of ${shards.length} shards`).toBeLessThan(shards.length / 2);
  // The same query again needs nothing new; another word, its shards only.
  await search(page).fill('');
  await search(page).pressSequentially('advertisers', { delay: 30 });
  await expect(count(page)).toHaveText('1 of 15 episodes');
  expect(asked.filter((p) => p.startsWith('/sharded/search/shard-')).length).toBe(fetched.length);
  await search(page).fill('bikini');
  await expect(count(page)).toHaveText('1 of 15 episodes');
  const more = asked.filter((p) => p.startsWith('/sharded/search/shard-'));
  expect(more.length - fetched.length).toBeLessThanOrEqual(1);
});

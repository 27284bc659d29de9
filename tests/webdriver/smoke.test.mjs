// The end-to-end smoke suite in every engine a phone uses — Chromium,
// Firefox and WebKit (Safari's engine) — over WebDriver (selenium-webdriver),
// on the release build served statically. Which engine: ENGINE=chromium |
// firefox | webkit (scripts/test.sh runs all three; WebKit under Xvfb).
// The widget lives in a shadow root; helpers reach into it by script and
// then act through WebDriver (real clicks and key presses). Keys go to the
// search field without a click first: WebKitWebDriver's hit test lands on
// the native search field's inner parts and reports the click intercepted.
// A post's button is scrolled to before it is clicked, as a reader would:
// in Chromium and Firefox, cards below the screen are not laid out
// (content-visibility: auto), and a driver's own scrolling may not lay them
// out before it checks the button can be clicked.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { Key } from 'selenium-webdriver';
import {
  ENGINE, button, countIs, driver, element, inWidget, scrollAndClick, shows, site, start, stop, text, toggleOf, until,
} from './session.mjs';
import { FIND_PROBLEMS, OPEN_ALL, writeXssPages } from './xss.mjs';
import { layoutTests } from './layout.mjs';

before(start);
after(stop);

describe(`smoke in ${ENGINE}`, () => {
  test('the demo loads', async () => {
    await driver.get(`${site}/`);
    await countIs('15 episodes');
    assert.equal(await text('h1'), 'Data Science at Home');
  });

  test('typing a keyword filters', async () => {
    await driver.get(`${site}/`);
    await countIs('15 episodes');
    const search = await element('input[type=search]');
    await search.sendKeys('distil');
    await countIs('1 of 15 episodes');
    await search.sendKeys(Key.BACK_SPACE, Key.BACK_SPACE, Key.BACK_SPACE, Key.BACK_SPACE, Key.BACK_SPACE, Key.BACK_SPACE);
    await countIs('15 episodes');
  });

  test('a word only in a post kept out of the manifest is found, with a snippet', async () => {
    await driver.get(`${site}/`);
    await countIs('15 episodes');
    await (await element('input[type=search]')).sendKeys('Rockefeller');
    // The search index (demo/search) is fetched after the first paint, the post for the snippet once typing settles.
    await countIs('1 of 15 episodes');
    await until('the snippet with the word marked', async () =>
      (await driver.executeScript(inWidget(`return [...root.querySelectorAll('.ea-snippet mark')].map((m) => m.textContent);`), 0))?.join() === 'Rockefeller');
  });

  test('choosing a category filters', async () => {
    await driver.get(`${site}/`);
    await countIs('15 episodes');
    await (await button('Model compression')).click();
    await countIs('2 of 15 episodes');
    // The chips are a component of their own: wait for theirs, too.
    await until('the chip to be pressed', async () => (await (await button('Model compression')).getAttribute('aria-pressed')) === 'true');
    await (await button('Clear categories')).click();
    await countIs('15 episodes');
  });

  test('a body_url post expands and collapses', async () => {
    await driver.get(`${site}/`);
    await countIs('15 episodes');
    const title = 'The dark side of AI: bias in the machine';
    await scrollAndClick(await toggleOf(title));
    await shows('bikini approach');
    await until('expand', async () => (await (await toggleOf(title)).getAttribute('aria-expanded')) === 'true');
    await scrollAndClick(await toggleOf(title));
    await until('collapse', async () => (await (await toggleOf(title)).getAttribute('aria-expanded')) === 'false');
  });

  layoutTests();

  test('a shared link opens its post on the screen', async () => {
    await driver.get(`${site}/?ea.e=ep-84`);
    await countIs('15 episodes');
    const title = 'More powerful deep learning with transformers (Ep. 84)';
    await until('the shared post open', async () => (await (await toggleOf(title)).getAttribute('aria-expanded')) === 'true');
    // Its heading on the screen, and still there two frames later.
    const onScreen = () =>
      driver.executeAsyncScript(
        inWidget(`const done = arguments[arguments.length - 1];
          const h = [...root.querySelectorAll('article h2')].find((h) => h.textContent === arguments[1]);
          const seen = () => { const r = h.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; };
          const first = seen();
          requestAnimationFrame(() => requestAnimationFrame(() => done(first && seen())));`),
        0,
        title,
      );
    await until('the shared post on the screen', onScreen);
  });

  test('Copy link copies the open post\'s link', async () => {
    await driver.get(`${site}/`);
    await countIs('15 episodes');
    const title = 'Activate deep learning neurons faster with Dynamic RELU (ep. 101)';
    await scrollAndClick(await toggleOf(title));
    const copy = await driver.executeScript(
      inWidget(`const a = [...root.querySelectorAll('article')].find((a) => a.querySelector('h2').textContent === arguments[1]);
        return a.querySelector('button.ea-copy-link');`),
      0,
      title,
    );
    await scrollAndClick(copy);
    await shows('Link copied');
  });

  for (const [page, csp] of [['strict.html', 'strict CSP'], ['page.html', 'no CSP']]) {
    test(`no XSS vector runs or survives rendering (${csp})`, async () => {
      const vectors = await writeXssPages();
      // A missing corpus fails: it is beside the project on these machines and in CI.
      assert.notEqual(vectors, null, 'the XSS corpus is missing at ../shared/corpora/xss: clone the project beside ../shared');
      assert.ok(vectors >= 223, `the XSS corpus has ${vectors} vectors, not all 223`);
      await driver.get(`${site}/xss/${page}`);
      await until(`${vectors} episodes`, async () => (await text('.ea-result-count')) === `${vectors} episodes`, 60_000);
      assert.equal(await driver.executeScript(OPEN_ALL), vectors);
      await until('every post open', async () =>
        (await driver.executeScript(inWidget(`return root.querySelectorAll('button.ea-toggle[aria-expanded="true"]').length;`), 0)) === vectors,
      );
      const found = await driver.executeScript(FIND_PROBLEMS);
      console.log(`XSS corpus in ${ENGINE}: ${vectors} vectors, each as HTML body, HTML summary, title, reference URL, page link and audio URL (${csp})`);
      assert.deepEqual(found, { problems: [], executed: [], canaries: [] });
    });
  }

  test('events tell the host what happens', async () => {
    await driver.get(`${site}/fixtures/events.html`);
    await countIs('3 episodes');
    const search = await element('input[type=search]');
    await search.sendKeys('hello');
    await countIs('1 of 3 episodes');
    await scrollAndClick(await button('Meta'));
    await until('the category chosen', async () => (await (await button('Meta')).getAttribute('aria-pressed')) === 'true');
    await scrollAndClick(await element('button.ea-toggle'));
    await driver.executeScript(`document.querySelector('episode-archive').setAttribute('src', 'missing.json');`);
    const events = () => driver.executeScript('return window.__events;');
    await until('the error event', async () => (await events()).some((e) => e.type === 'error'));
    const seen = await events();
    const missing = [
      { type: 'ready', detail: { title: 'The Second Show', episodes: 3, skipped: 0, language: 'en' } },
      { type: 'search', detail: { query: 'hello', count: 1 } },
      { type: 'filter', detail: { categories: ['Meta'], count: 1 } },
      { type: 'expand', detail: { id: 's2-1' } },
    ].filter((expected) => !seen.some((e) => isDeepStrictEqual(e, expected)));
    assert.deepEqual(missing, [], `events seen: ${JSON.stringify(seen)}`);
    const error = (await events()).find((e) => e.type === 'error');
    assert.match(error.detail.url, /\/fixtures\/missing\.json$/);
    assert.match(error.detail.reason, /404/);
  });

  test('a missing manifest gives the error state', async () => {
    await driver.get(`${site}/?manifest=/fixtures/missing.json`);
    await shows('HTTP 404');
    await shows('/fixtures/missing.json');
    assert.ok(await button('Retry'));
  });

  test('the element on a plain host page and on a strict-CSP page', async () => {
    for (const page of ['plain.html', 'strict-csp.html']) {
      await driver.get(`${site}/examples/${page}`);
      await countIs('15 episodes');
      const styled = await driver.executeScript(
        inWidget(`return getComputedStyle(root.querySelector('.ea-root')).maxWidth;`),
        0,
      );
      assert.equal(styled, '768px', `${page}: the shadow stylesheet applies`);
    }
  });

  test('two widgets on one page stay independent', async () => {
    await driver.get(`${site}/examples/two-widgets.html`);
    await countIs('15 episodes', 0);
    await countIs('3 episodes', 1);
    const search = await element('input[type=search]', 1);
    await search.sendKeys('rust');
    await countIs('1 of 3 episodes', 1);
    await countIs('15 episodes', 0);
  });

  test('the view survives a reload through the URL', async () => {
    await driver.get(`${site}/`);
    await countIs('15 episodes');
    const search = await element('input[type=search]');
    await search.sendKeys('training');
    // Two titles, and the post of "bias in the machine" (through the search index).
    await countIs('3 of 15 episodes');
    await until('the URL to hold the query', async () => (await driver.getCurrentUrl()).includes('ea.q=training'));
    await driver.navigate().refresh();
    await countIs('3 of 15 episodes');
    await until('the field to hold the query', async () =>
      (await driver.executeScript(inWidget(`return root.querySelector('input[type=search]').value;`), 0)) === 'training');
  });
});

// Keyboard, scrolling and small screens, for the smoke suite: what depends
// most on each engine's layout and focus handling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Key } from 'selenium-webdriver';
import { button, countIs, driver, element, inWidget, scrollAndClick, shows, site, text, toggleOf, until } from './session.mjs';

/** Registers the tests (in the caller's describe). */
export function layoutTests() {
  test('the keys alone filter, sort, choose a category and open a post, with a visible focus ring', async () => {
    await driver.get(`${site}/`);
    await countIs('15 episodes');
    const focused = () =>
      driver.executeScript(
        inWidget(`const f = root.activeElement;
          return f && [f.localName, f.getAttribute('aria-label') ?? f.textContent.trim().split('\\n')[0], getComputedStyle(f).outlineStyle];`),
        0,
      );
    const keys = (...k) => driver.actions().sendKeys(...k).perform();
    await driver.executeScript(inWidget(`root.querySelector('input[type=search]').focus();`), 0);
    await keys('gan');
    await until('fewer episodes', async () => /^\d+ of 15 episodes$/.test(await text('.ea-result-count')));
    await keys(Key.TAB);
    assert.equal((await focused())[0], 'select');
    await keys(Key.TAB);
    const [tag, name, outline] = await focused();
    assert.equal(tag, 'button');
    assert.match(name, /^Artificial Intelligence/);
    assert.equal(outline, 'solid');
    await keys(Key.SPACE);
    await until('the category chosen', async () => (await (await button('Artificial Intelligence')).getAttribute('aria-pressed')) === 'true');
    await driver.executeScript(inWidget(`root.querySelector('button.ea-toggle').focus();`), 0);
    await keys(Key.ENTER);
    await until('the post open', async () => (await element('button.ea-toggle').then((b) => b.getAttribute('aria-expanded'))) === 'true');
  });

  test('the keyboard reaches the last post, which scrolls into view', async () => {
    await driver.get(`${site}/`);
    await countIs('15 episodes');
    await driver.executeScript(inWidget(`root.querySelector('button.ea-toggle').focus();`), 0);
    const last = await driver.executeScript(inWidget(`return [...root.querySelectorAll('article h2')].at(-1).textContent;`), 0);
    // Where focus is: the post it is in, and whether it is on the screen.
    const focused = () =>
      driver.executeScript(
        inWidget(`const f = root.activeElement; const r = f?.getBoundingClientRect();
          return f && [f.closest('article')?.querySelector('h2').textContent ?? '', f.className,
            r.top >= 0 && r.bottom <= innerHeight];`),
        0,
      );
    let at;
    for (let i = 0; i < 60; i++) {
      await driver.actions().sendKeys(Key.TAB).perform();
      at = await focused();
      if (at?.[0] === last && at[1] === 'ea-toggle') break;
    }
    assert.deepEqual(at, [last, 'ea-toggle', true]);
  });

  test('a post scrolled to stays where it was put', async () => {
    await driver.get(`${site}/`);
    await countIs('15 episodes');
    // From the last post up, as a reader jumping around the list would:
    // each post's button is scrolled to the middle of the screen, and two
    // frames later it must still be there (cards near the screen taking
    // their real height must not move it).
    const moved = await driver.executeAsyncScript(
      inWidget(`const done = arguments[arguments.length - 1];
        const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        (async () => {
          const moved = [];
          for (const button of [...root.querySelectorAll('button.ea-toggle')].reverse()) {
            button.scrollIntoView({ block: 'center' });
            const put = button.getBoundingClientRect().top;
            await frame();
            const now = button.getBoundingClientRect().top;
            if (Math.abs(now - put) > 1) moved.push(Math.round(put) + ' → ' + Math.round(now));
          }
          done(moved);
        })();`),
      0,
    );
    assert.deepEqual(moved, []);
  });

  test('on a 320 px wide screen nothing scrolls sideways and every target is 44 px', async () => {
    // The demo in a 320 px frame: drivers will not make a window that narrow.
    await driver.get(`${site}/fixtures/narrow.html`);
    await driver.switchTo().frame(0);
    try {
      await countIs('15 episodes');
      await scrollAndClick(await toggleOf('The dark side of AI: bias in the machine'));
      await shows('bikini approach');
      const [viewport, page] = await driver.executeScript(`return [innerWidth, document.documentElement.scrollWidth];`);
      assert.equal(viewport, 320);
      assert.ok(page <= viewport, `the page is ${page} px wide in a ${viewport} px viewport`);
      const small = await driver.executeScript(
        inWidget(`return [...root.querySelectorAll('button, input, select, summary, audio')]
          .map((el) => [el, el.getBoundingClientRect()])
          .filter(([, r]) => r.width > 0 && (r.width < 44 || r.height < 44))
          .map(([el, r]) => el.localName + ' "' + el.textContent.trim() + '" ' + Math.round(r.width) + 'x' + Math.round(r.height));`),
        0,
      );
      assert.deepEqual(small, []);
    } finally {
      await driver.switchTo().defaultContent();
    }
  });
}

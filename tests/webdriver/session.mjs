// The WebDriver session the smoke suite drives: which engine (ENGINE=chromium
// | firefox | webkit), the static server of the release build, the driver
// process, and helpers that reach into the widget's shadow root by script
// and then act through WebDriver.
import { spawn } from 'node:child_process';
import { Builder } from 'selenium-webdriver';
import { engine, waitFor } from './engines.mjs';

export const ENGINE = process.env.ENGINE ?? 'chromium';
const SITE_PORT = Number(process.env.SITE_PORT ?? 4174);
const DRIVER_PORT = Number(process.env.DRIVER_PORT ?? 4444);
export const site = `http://127.0.0.1:${SITE_PORT}`;

let server;
let driverProcess;
// The driver's stderr, where MiniBrowser reports a crashed web process.
let driverLog = '';
/** The session, once `start` has run. */
export let driver;

/** Starts the server, the driver and a browser session. */
export async function start() {
  const { driver: [command, args], capabilities } = engine(ENGINE, DRIVER_PORT);
  server = spawn('node', ['tests/e2e/serve.mjs'], { env: { ...process.env, PORT: String(SITE_PORT) }, stdio: 'ignore' });
  driverProcess = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  driverProcess.stderr.on('data', (chunk) => {
    driverLog = (driverLog + chunk).slice(-100_000);
  });
  await waitFor(`${site}/`);
  await waitFor(`http://127.0.0.1:${DRIVER_PORT}/status`);
  driver = await new Builder().usingServer(`http://127.0.0.1:${DRIVER_PORT}`).withCapabilities(capabilities).build();
  const caps = await driver.getCapabilities();
  console.log(`engine: ${ENGINE} — ${caps.getBrowserName()} ${caps.getBrowserVersion()}`);
}

/** Ends the session and stops the driver and the server. */
export async function stop() {
  await driver?.quit().catch(() => {});
  driverProcess?.kill();
  // scripts/test.sh runs the suite once more after a crash of WebKit's web
  // process (a GLib fault of the test browser; README, "Browser compatibility").
  if (/WebProcess CRASHED/.test(driverLog)) console.log('# the WebKit web process crashed');
  server?.kill();
}

/** The nth widget's shadow root, by script. */
export const inWidget = (body) => `const root = document.querySelectorAll('episode-archive')[arguments[0]]?.shadowRoot; if (!root) return null; ${body}`;
/** The trimmed text of the first element matching `selector` in the nth widget. */
export const text = (selector, n = 0) =>
  driver.executeScript(inWidget(`const el = root.querySelector(arguments[1]); return el ? el.textContent.trim() : null;`), n, selector);
/** The first element matching `selector` in the nth widget. */
export const element = (selector, n = 0) => driver.executeScript(inWidget(`return root.querySelector(arguments[1]);`), n, selector);
/** The nth widget's button whose text starts with `label`. */
export const button = (label, n = 0) =>
  driver.executeScript(
    inWidget(`return [...root.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith(arguments[1])) ?? null;`),
    n,
    label,
  );
/** The "Read full post" button of the post titled `title`. */
export const toggleOf = (title, n = 0) =>
  driver.executeScript(
    inWidget(`const a = [...root.querySelectorAll('article')].find((a) => a.querySelector('h2').textContent === arguments[1]);
      return a ? a.querySelector('button.ea-toggle') : null;`),
    n,
    title,
  );
/** Scrolls `el` to the middle of the screen, then clicks it. */
export async function scrollAndClick(el) {
  await driver.executeScript(`arguments[0].scrollIntoView({ block: 'center' });`, el);
  await el.click();
}

/** Waits until `check` resolves to true; fails naming `what`. */
export async function until(what, check, timeout = 10_000) {
  let last;
  await driver.wait(async () => {
    last = await check();
    return last === true;
  }, timeout, `waiting for ${what}`);
}
/** Waits until the result count reads `expected`. */
/** The trimmed text of the first element matching `selector` in the nth widget, if it is on screen. */
export const shownText = (selector, n = 0) =>
  driver.executeScript(
    inWidget(`const el = root.querySelector(arguments[1]); return el && el.getClientRects().length ? el.textContent.trim() : null;`),
    n,
    selector,
  );
/** Waits until the nth widget's result count, on screen (a page's first screen hides the live widget until it is ready), reads `expected`. */
export const countIs = (expected, n = 0) => until(`count "${expected}"`, async () => (await shownText('.ea-result-count', n)) === expected);
/** Waits until `fragment` shows in the nth widget. */
export const shows = (fragment, n = 0) =>
  until(`"${fragment}"`, async () => (await driver.executeScript(inWidget('return root.textContent;'), n))?.includes(fragment));

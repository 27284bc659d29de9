// Does an engine lose inputs? Types the query script letter by letter, and
// opens and closes the first post, over and over in one page of the release
// build, and checks that every keystroke and click is answered (the widget's
// `episode-archive:search` event with that query; the post's `aria-expanded`
// flipped) and answered the same way each round. A diagnostic for faults of
// a browser's engine, like the one WebKitGTK's optimising wasm tier showed in
// the component tests (README, "Browser compatibility"); not part of the
// test run.
//
//   node bench/engine-stress.mjs [--engine webkit|firefox|chromium] [--size 1000] [--rounds 20]
// WebKit needs a display: DISPLAY=:96 with `Xvfb :96` running.
import { spawn } from 'node:child_process';
import { Builder } from 'selenium-webdriver';
import { engine, waitFor } from '../tests/webdriver/engines.mjs';
import { QUERIES, option, pageUrl, serve } from './harness.mjs';

const engineName = option('engine', 'webkit');
const size = Number(option('size', '1000'));
const rounds = Number(option('rounds', '20'));
const port = 4455;
// Runs in the page: one round of typing and clicking; resolves to what each
// input was answered with, or to the first input left unanswered.
const ROUND = `
const [queries, done] = [arguments[0], arguments[arguments.length - 1]];
const element = document.querySelector('episode-archive');
const root = element.shadowRoot;
const answered = (value) => new Promise((resolve) => {
  const timer = setTimeout(() => { element.removeEventListener('episode-archive:search', on); resolve(null); }, 3000);
  const on = (e) => {
    if (e.detail.query !== value) return;
    clearTimeout(timer);
    element.removeEventListener('episode-archive:search', on);
    resolve(e.detail.count);
  };
  element.addEventListener('episode-archive:search', on);
});
// As a browser reports a keystroke: the value changes, then an input event.
const type = async (value) => {
  const wait = answered(value);
  const input = window.bench.input();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  return wait;
};
const flipped = async (button, before) => {
  for (let i = 0; i < 300; i++) {
    if (button.getAttribute('aria-expanded') !== before) return true;
    await new Promise((r) => setTimeout(r, 10));
  }
  return false;
};
(async () => {
  const seen = [];
  let clicks = 0;
  for (const query of queries) {
    if (window.bench.input().value !== '' && (await type('')) === null) return done({ lost: 'clearing the field', seen, clicks });
    for (let i = 1; i <= query.length; i++) {
      const value = query.slice(0, i);
      const count = await type(value);
      if (count === null) return done({ lost: 'keystroke ' + JSON.stringify(value), seen, clicks });
      seen.push(value + '=' + count + ':' + window.bench.firstTitle());
    }
    const toggle = root.querySelector('button.ea-toggle');
    if (toggle) {
      for (const state of ['false', 'true']) {
        toggle.click();
        if (!(await flipped(toggle, state))) return done({ lost: 'click on ' + query + "'s first post", seen, clicks });
        clicks++;
      }
    }
  }
  done({ seen, clicks });
})();
`;

const { base, close } = await serve();
const { driver: [command, args], capabilities } = engine(engineName, port);
const driverProcess = spawn(command, args, { stdio: 'ignore' });
let browser;
try {
  await waitFor(`http://127.0.0.1:${port}/status`);
  browser = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(capabilities).build();
  await browser.manage().setTimeouts({ script: 600_000 });
  await browser.get(pageUrl(base, 'episode-archive', size));
  await browser.executeAsyncScript('window.bench.ready.then(() => arguments[arguments.length - 1]())');
  let reference;
  let inputs = 0;
  for (let round = 1; round <= rounds; round++) {
    const started = Date.now();
    const { lost, seen, clicks } = await browser.executeAsyncScript(ROUND, QUERIES);
    const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
    inputs += seen.length + clicks + (lost ? 1 : 0);
    if (lost) {
      console.log(`round ${round}: LOST — ${lost}, after ${inputs} inputs`);
      process.exitCode = 1;
      break;
    }
    reference ??= seen;
    const differs = seen.findIndex((s, i) => s !== reference[i]);
    if (differs >= 0) {
      console.log(`round ${round}: DIFFERS at ${seen[differs]} (round 1: ${reference[differs]})`);
      process.exitCode = 1;
      break;
    }
    console.log(`round ${round}: ${seen.length} keystrokes answered as in round 1, ${clicks} clicks answered (${took})`);
  }
  console.log(`${engineName}, ${size} episodes: ${inputs} inputs${process.exitCode ? '' : ', none lost'}`);
} finally {
  await browser?.quit().catch(() => {});
  driverProcess.kill();
  close();
}

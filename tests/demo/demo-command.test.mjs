// The README's demo command, run exactly as the README writes it: it must
// serve the page at the URL the README names, show the first episode in a
// browser with no console error or failed request, say so in its last line,
// and stop when asked. The command and the URL are read from the README's
// quick start, so the two cannot drift apart.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from '@playwright/test';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const line = readme.split('\n').find((l) => /#\s*serves the demo on\s+http/.test(l));
assert.ok(line, 'README.md has no line "<command>   # serves the demo on <url>" in its quick start');
const [, command, url] = line.match(/^(.*?)\s*#\s*serves the demo on\s+(\S+)/);

/** Resolves when `check` is true, polling; rejects after `ms`. */
async function until(what, ms, check) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
const answers = () => fetch(url).then((r) => r.ok, () => false);

test(`the README's demo command (${command}) serves ${url}`, { timeout: 30 * 60_000 }, async (t) => {
  assert.equal(await answers(), false, `something already answers on ${url}: stop it before running the tests`);
  const server = spawn('bash', ['-c', command], {
    cwd: new URL('../..', import.meta.url),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => server.on('exit', (code, signal) => resolve({ code, signal })));
  let running = true;
  exited.then(() => (running = false));
  t.after(async () => {
    if (running) process.kill(-server.pid, 'SIGTERM');
    await exited;
  });

  // A first run builds the release (minutes); a server that dies fails at once.
  await until(`${url} to answer`, 25 * 60_000, async () => {
    if (!running) throw new Error(`the demo command stopped before serving:\n${output}`);
    return answers();
  });
  await until('the ready line', 30_000, () => output.includes(`open ${url}`));
  const lastLine = output.trim().split('\n').at(-1);
  assert.match(lastLine, new RegExp(`open ${url.replace(/[.?*+^$()[\]{}|\\/]/g, '\\$&')}`), 'the last line says what to open');
  assert.doesNotMatch(output, /\berror\b/i, `the demo command printed an error:\n${output}`);

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
    await page.goto(url);
    await page.getByRole('article').first().getByRole('heading', { level: 2 }).waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }

  process.kill(-server.pid, 'SIGTERM');
  await exited;
  await until(`${url} to stop answering`, 10_000, async () => !(await answers()));
});

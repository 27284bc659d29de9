// The test server answers HTTP Range requests as media servers do, so the
// player's tests can seek: checked byte for byte, and by an <audio> element
// seeking into the generated test audio (scripts/gen-audio.py).
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { failOnPageErrors } from './helpers';

failOnPageErrors();

const audio = readFileSync('target/e2e-audio/tones.wav');
const size = audio.length;

test('Range requests get the bytes they ask for, or 416 beyond the end', async ({ request }) => {
  const cases: [string | undefined, number, string | undefined, [number, number]][] = [
    // [Range header, status, Content-Range, the slice of the file expected]
    [undefined, 200, undefined, [0, size]],
    ['bytes=0-99', 206, `bytes 0-99/${size}`, [0, 100]],
    ['bytes=1000000-', 206, `bytes 1000000-${size - 1}/${size}`, [1000000, size]],
    ['bytes=-10', 206, `bytes ${size - 10}-${size - 1}/${size}`, [size - 10, size]],
    [`bytes=${size - 5}-${size + 500}`, 206, `bytes ${size - 5}-${size - 1}/${size}`, [size - 5, size]],
  ];
  for (const [range, status, contentRange, [from, to]] of cases) {
    const response = await request.get('/audio/tones.wav', { headers: range ? { range } : {} });
    expect(response.status(), range).toBe(status);
    expect(response.headers()['accept-ranges']).toBe('bytes');
    expect(response.headers()['content-range'], range).toBe(contentRange);
    expect(Buffer.compare(await response.body(), audio.subarray(from, to)), range).toBe(0);
  }
  const beyond = await request.get('/audio/tones.wav', { headers: { range: `bytes=${size}-` } });
  expect(beyond.status()).toBe(416);
  expect(beyond.headers()['content-range']).toBe(`bytes */${size}`);
});

test('an audio element can seek anywhere in the test audio and play on from there', async ({ page }) => {
  await page.goto('/fixtures/blank.html');
  const state = await page.evaluate(async () => {
    const player = new Audio('/audio/tones.wav');
    player.preload = 'metadata';
    await new Promise((resolve, reject) => {
      player.addEventListener('loadedmetadata', resolve, { once: true });
      player.addEventListener('error', () => reject(new Error(`audio error ${player.error?.code}`)), { once: true });
    });
    player.currentTime = 75;
    await new Promise((resolve) => player.addEventListener('seeked', resolve, { once: true }));
    await player.play();
    await new Promise<void>((resolve) => {
      const check = () => (player.currentTime > 75.2 ? resolve() : requestAnimationFrame(check));
      check();
    });
    player.pause();
    return { duration: player.duration, seekableEnd: player.seekable.end(0), at: player.currentTime };
  });
  expect(state.duration).toBeCloseTo(120, 1);
  expect(state.seekableEnd).toBeCloseTo(120, 1);
  expect(state.at).toBeGreaterThan(75);
  expect(state.at).toBeLessThan(80);
});

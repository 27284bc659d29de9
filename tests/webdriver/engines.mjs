// The three engines over WebDriver, as these machines have them: how to
// start each one's driver and what a session asks for. Shared by the smoke
// suite (session.mjs) and bench/engine-stress.mjs.
import { setTimeout as delay } from 'node:timers/promises';

/** The driver command and session capabilities of `name` (chromium | firefox | webkit), the driver on `port`. */
export function engine(name, port) {
  const engines = {
    chromium: {
      driver: ['/usr/bin/chromedriver', [`--port=${port}`]],
      capabilities: {
        browserName: 'chrome',
        'goog:chromeOptions': {
          binary: '/usr/bin/chromium',
          args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--no-first-run', '--window-size=1200,1000'],
        },
      },
    },
    firefox: {
      driver: [process.env.GECKODRIVER ?? 'geckodriver', ['--port', String(port)]],
      capabilities: {
        browserName: 'firefox',
        'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless', '-width=1200', '-height=1000'] },
      },
    },
    webkit: {
      driver: ['/usr/bin/WebKitWebDriver', [`--port=${port}`]],
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    },
  };
  const found = engines[name];
  if (!found) throw new Error(`unknown engine ${name}`);
  return found;
}

/** Resolves once `url` answers (a server or driver has started); fails after 10 s. */
export async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await delay(100);
    }
  }
  throw new Error(`${url} did not start`);
}

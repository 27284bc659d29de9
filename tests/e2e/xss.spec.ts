// DOMPurify's XSS vectors (../shared/corpora/xss) rendered wherever manifest
// content is rendered — HTML body, HTML summary, title, reference URL, page
// link and audio URL — on a page with a strict CSP and on one without:
// no script may run, and the rendered tree may hold no on* attribute and no
// javascript:, vbscript: or data:text/html URL.
import { test, expect } from '@playwright/test';
import { CORPUS_PATH, xssArchive } from './xss-corpus.mjs';

const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

for (const csp of [true, false]) {
  test(`no XSS vector runs or survives rendering (${csp ? 'strict CSP' : 'no CSP'})`, async ({ page }) => {
    const corpus = await xssArchive();
    // A missing corpus fails: it is beside the project on these machines and in CI.
    expect(corpus, `the XSS corpus is missing at ${CORPUS_PATH}: clone the project beside ../shared`).not.toBeNull();
    test.setTimeout(120_000);
    const { archive: manifest, payloads, vectors } = corpus!;
    const page_html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>XSS</title>
      <script type="module" src="/episode-archive.js"></script></head>
      <body><main><episode-archive src="/xss/archive.json" page-size="0" url-state="off"></episode-archive></main></body></html>`;
    await page.route('**/xss/page.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: csp ? { 'content-security-policy': STRICT_CSP } : {},
        body: page_html,
      }),
    );
    await page.route('**/xss/archive.json', (route) => route.fulfill({ json: manifest }));

    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.addInitScript(() => {
      const w = window as any;
      w.__xss = [];
      for (const name of ['alert', 'confirm', 'prompt', 'print'])
        w[name] = (...args: unknown[]) => w.__xss.push(`${name}(${args.join(',')})`);
      // Chromium reports inline handlers and <style> met while DOMParser
      // builds the detached, inert document (targeted at the Document,
      // nothing runs); those are counted apart. A violation from anything
      // in the rendered widget (its target inside the element) would mean
      // unsafe markup reached the page.
      w.__parserReports = 0;
      document.addEventListener('securitypolicyviolation', (e) => {
        const fromWidget = e.composedPath().some((n) => (n as Element).localName === 'episode-archive');
        if (fromWidget || !(e.composedPath()[0] instanceof Document)) w.__xss.push(`csp: ${e.violatedDirective} ${e.blockedURI}`);
        else w.__parserReports += 1;
      });
    });

    await page.goto('/xss/page.html');
    await expect(page.locator('.ea-result-count')).toHaveText(`${payloads} episodes`, { timeout: 30_000 });
    const clicked = await page.evaluate(() => {
      const root = document.querySelector('episode-archive')!.shadowRoot!;
      const buttons = root.querySelectorAll<HTMLButtonElement>('button.ea-toggle');
      buttons.forEach((b) => b.click());
      return buttons.length;
    });
    expect(clicked).toBe(payloads);
    await expect(page.locator('button.ea-toggle[aria-expanded="true"]')).toHaveCount(payloads);
    await page.waitForLoadState('networkidle');

    const found = await page.evaluate(() => {
      const problems: string[] = [];
      // As a browser's URL parser reads it: leading C0 controls and spaces
      // trimmed, tabs and line breaks anywhere removed ("java\tscript:"),
      // the scheme case-insensitive; and resolved, for URL attributes.
      const bad = /^(javascript|vbscript|data:text\/html)/i;
      const normalised = (value: string) => value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
      const scheme = (value: string) => {
        try {
          return new URL(value, document.baseURI).protocol;
        } catch {
          return '';
        }
      };
      const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'background', 'cite', 'srcset']);
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          for (const attr of el.attributes) {
            const name = attr.name.toLowerCase();
            if (name.startsWith('on')) problems.push(`${el.localName}[${attr.name}]`);
            const unsafe = bad.test(normalised(attr.value))
              || (urlAttributes.has(name) && ['javascript:', 'vbscript:'].includes(scheme(attr.value)));
            if (unsafe) problems.push(`${el.localName}[${attr.name}=${attr.value.slice(0, 40)}]`);
          }
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      const w = window as any;
      return { problems, parserReports: w.__parserReports as number };
    });
    // Executions and canaries in every frame, not only the top one: the
    // recorders are installed in each frame as it is created.
    const executed: string[] = [];
    const canaries: string[] = [];
    for (const frame of page.frames()) {
      const seen = await frame
        .evaluate(() => {
          const w = window as any;
          return { executed: (w.__xss ?? []) as string[], canaries: Object.keys(w).filter((k) => /pwn|xss(?!$)/i.test(k) && k !== '__xss') };
        })
        .catch(() => ({ executed: [] as string[], canaries: [] as string[] }));
      executed.push(...seen.executed.map((e) => `${frame.url() || 'frame'}: ${e}`));
      canaries.push(...seen.canaries);
    }
    console.log(`XSS corpus: ${payloads} of ${vectors} vectors, each rendered as HTML body, HTML summary, title, reference URL, page link and audio URL (${csp ? 'strict CSP' : 'no CSP'}); CSP reports from the detached inert parse: ${found.parserReports}`);
    expect(found.problems).toEqual([]);
    expect(executed).toEqual([]);
    expect(canaries).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
}

// The XSS corpus for the smoke suite (tests/e2e/xss-corpus.mjs) and two
// pages that show it (one with a strict CSP), written where
// tests/e2e/serve.mjs serves /xss/. Each engine parses HTML posts with its
// own DOMParser, so the corpus runs in all three.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { xssArchive } from '../e2e/xss-corpus.mjs';

const out = fileURLToPath(new URL('../../target/e2e-xss/', import.meta.url));

// Loaded before the widget (a file, so a strict CSP allows it): dialogs and
// printing are recorded instead of shown, and so are script errors and CSP
// violations from inside the widget.
const guard = `window.__xss = [];
for (const name of ['alert', 'confirm', 'prompt', 'print'])
  window[name] = (...args) => window.__xss.push(name + '(' + args.join(',') + ')');
addEventListener('error', (e) => window.__xss.push('error: ' + e.message));
document.addEventListener('securitypolicyviolation', (e) => {
  if (e.composedPath().some((n) => n.localName === 'episode-archive') || !(e.composedPath()[0] instanceof Document))
    window.__xss.push('csp: ' + e.violatedDirective + ' ' + e.blockedURI);
});
`;

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>XSS corpus</title>
<script src="/xss/guard.js"></script><script type="module" src="/episode-archive.js"></script></head>
<body><main><episode-archive src="/xss/archive.json" page-size="0" url-state="off"></episode-archive></main></body></html>
`;

/** Writes the archive and pages; resolves to the number of vectors, or null without the corpus. */
export async function writeXssPages() {
  const corpus = await xssArchive();
  if (corpus === null) return null;
  const { archive, payloads } = corpus;
  await mkdir(out, { recursive: true });
  await writeFile(`${out}archive.json`, JSON.stringify(archive));
  await writeFile(`${out}guard.js`, guard);
  await writeFile(`${out}page.html`, page);
  await writeFile(`${out}strict.html`, page);
  return payloads;
}

/** In the page: every post opened; resolves to how many. */
export const OPEN_ALL = `const root = document.querySelector('episode-archive').shadowRoot;
const buttons = root.querySelectorAll('button.ea-toggle');
buttons.forEach((b) => b.click());
return buttons.length;`;

/** In the page: what should not be there — on* attributes, script URLs, what ran, canaries. */
export const FIND_PROBLEMS = `const problems = [];
const bad = /^[\\s\\u0000-\\u001f]*(javascript|vbscript|data:text\\/html)/i;
const walk = (root) => {
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (attr.name.toLowerCase().startsWith('on')) problems.push(el.localName + '[' + attr.name + ']');
      if (bad.test(attr.value)) problems.push(el.localName + '[' + attr.name + '=' + attr.value.slice(0, 40) + ']');
    }
    if (el.shadowRoot) walk(el.shadowRoot);
  }
};
walk(document);
const canaries = Object.keys(window).filter((k) => /pwn|xss(?!$)/i.test(k) && k !== '__xss');
return { problems, executed: window.__xss, canaries };`;

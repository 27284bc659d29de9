// DOMPurify's XSS vectors (../shared/corpora/xss) as an archive that renders
// each one wherever manifest content is rendered — HTML body, HTML summary,
// title, reference URL, page link and audio URL. Shared by the Playwright
// spec (xss.spec.ts) and the WebDriver smoke suite (tests/webdriver/xss.mjs).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const corpus = fileURLToPath(new URL('../../../shared/corpora/xss/dompurify-expect.mjs', import.meta.url));

/** Where the corpus is looked for. */
export const CORPUS_PATH = corpus;

/**
 * The corpus as an archive, with how many vectors the file holds; null
 * when the corpus is not beside the repository.
 */
export async function xssArchive() {
  if (!existsSync(corpus)) return null;
  const vectors = (await import(pathToFileURL(corpus).href)).default;
  const payloads = vectors.map((v) => v.payload).filter((p) => typeof p === 'string');
  const archive = {
    version: 1,
    title: 'XSS corpus',
    episodes: payloads.map((payload, i) => ({
      id: `v${i}`,
      title: payload.trim() ? payload : `empty payload ${i}`,
      date: '2024-01-01',
      body_format: 'html',
      summary: payload,
      body: payload,
      link: payload,
      audio: { url: payload, type: 'audio/mpeg' },
      references: [{ title: `reference ${i}`, url: payload }],
    })),
  };
  return { archive, payloads: payloads.length, vectors: vectors.length };
}

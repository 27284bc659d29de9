// Trunk post-build hook: writes the loader (episode-archive.js) into the
// staged build with the hashed names and SHA-384 digests of the wasm, its
// JS glue and the stylesheet; writes its own digest to
// episode-archive.js.sri for the README's SRI snippet; copies the
// stylesheet to episode-archive.css for first screens; and strips from the
// built demo page what trunk injects (an inline start script, preloads and
// the page-level stylesheet), so the demo loads exactly like an embed and
// passes a strict Content-Security-Policy. In release builds the loader and
// wasm-bindgen's glue are minified (terser): the glue is 47 KB as
// wasm-bindgen writes it, and minified it is 1.8 KiB smaller after brotli.
// (Trunk's own minifier gives up on the glue's `export { … as default }`:
// the "Failed to minify JS" warning of every release build.)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set');
const files = readdirSync(dir);
const one = (re) => {
  const found = files.filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`expected one file matching ${re} in ${dir}, found ${found}`);
  return found[0];
};
const sri = (name) => `sha384-${createHash('sha384').update(readFileSync(join(dir, name))).digest('base64')}`;

const wasm = one(/^episode[-_]archive-[0-9a-f]+_bg\.wasm$/);
const glue = one(/^episode[-_]archive-[0-9a-f]+\.js$/);
const css = one(/^archive-[0-9a-f]+\.css$/);
// The interface's catalogs (locales/*.json, English excepted: it is built
// into the wasm), in the line form the wasm reads (the loader's `flatten`),
// under content-hashed names like the wasm's.
/** The loader's own `flatten`, taken from its source so there is one. */
const flatten = new Function(
  `${/function flatten\(json\) \{[\s\S]*?\n\}/.exec(readFileSync(new URL('../loader/episode-archive.js', import.meta.url), 'utf8'))[0]}; return flatten;`,
)();
const localesDir = new URL('../locales/', import.meta.url);
const locales = {};
for (const file of readdirSync(localesDir).filter((f) => f.endsWith('.json') && f !== 'en.json').sort()) {
  const tag = file.slice(0, -'.json'.length);
  const messages = JSON.parse(readFileSync(new URL(file, localesDir), 'utf8'));
  for (const key of Object.keys(messages)) if (key.startsWith('@')) delete messages[key];
  const text = flatten(messages);
  const name = `locale-${tag}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.txt`;
  writeFileSync(join(dir, name), text);
  locales[tag] = name;
}
const table = { glue, wasm, css, wasmIntegrity: sri(wasm), cssIntegrity: sri(css), locales };

const release = process.env.TRUNK_PROFILE === 'release';
/** The module's code minified in release builds, with a banner naming its source. */
async function shrink(code, banner) {
  if (!release) return code;
  const out = await minify(code, { module: true, ecma: 2020, compress: { passes: 2 }, format: { preamble: banner } });
  return out.code;
}
const gluePath = join(dir, glue);
writeFileSync(gluePath, await shrink(readFileSync(gluePath, 'utf8'), '// wasm-bindgen glue for episode-archive (minified)'));

const template = readFileSync(new URL('../loader/episode-archive.js', import.meta.url), 'utf8');
const marker = /\/\*@FILES@\*\/ \{[^}]*\}/;
if (!marker.test(template)) throw new Error('loader template lost its FILES marker');
const loader = await shrink(
  template.replace(marker, JSON.stringify(table)),
  '// episode-archive.js: defines <episode-archive>. Source: loader/episode-archive.js (minified)',
);
writeFileSync(join(dir, 'episode-archive.js'), loader);
writeFileSync(join(dir, 'episode-archive.js.sri'), `${sri('episode-archive.js')}\n`);
// The stylesheet under a fixed name too: a page's first screen (written by
// the importer's `embed`) links it before the loader has run.
writeFileSync(join(dir, 'episode-archive.css'), readFileSync(join(dir, css)));

const page = join(dir, 'index.html');
const html = readFileSync(page, 'utf8')
  .replace(/<script type=["']?module["']?>[\s\S]*?<\/script>/g, '')
  .replace(/<link[^>]*rel=["']?(modulepreload|preload)["']?[^>]*>/g, '')
  .replace(new RegExp(`<link[^>]*${css.replace('.', '\\.')}[^>]*>`, 'g'), '');
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('an inline script is left in index.html');
writeFileSync(page, html);
console.log(`loader written: ${JSON.stringify(table)}`);

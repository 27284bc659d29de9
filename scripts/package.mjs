// Writes the npm package `episode-archive` from a release build: the
// loader as its entry, the hashed wasm, glue and stylesheet beside it, the
// types, the licence, a short README and a package.json whose version is
// the workspace's. Generated, never edited by hand:
//
//   node scripts/package.mjs DIST OUT     (OUT/package/ is the package)
//
// scripts/release.sh runs it after `trunk build --release`, then packs it.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dist, out] = process.argv.slice(2);
if (!dist || !out) throw new Error('usage: node scripts/package.mjs DIST OUT');
const root = new URL('..', import.meta.url).pathname;

const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8');
const field = (name) => {
  const section = cargo.split('[workspace.package]')[1]?.split('\n[')[0] ?? '';
  const found = section.match(new RegExp(`^${name}\\s*=\\s*"([^"]+)"`, 'm'));
  if (!found) throw new Error(`Cargo.toml's [workspace.package] has no ${name}`);
  return found[1];
};
const version = field('version');
const license = field('license');
const repository = field('repository');

// What the widget needs at run time: the loader finds the rest beside it.
const built = readdirSync(dist);
const runtime = built.filter(
  (f) =>
    f === 'episode-archive.js' ||
    f === 'episode-archive.css' ||
    /^episode[-_]archive-[0-9a-f]+(_bg\.wasm|\.js)$/.test(f) ||
    /^archive-[0-9a-f]+\.css$/.test(f) ||
    /^locale-[a-zA-Z-]+-[0-9a-f]+\.txt$/.test(f),
);
for (const needed of [/^episode-archive\.js$/, /_bg\.wasm$/, /^archive-.*\.css$/, /^locale-de-.*\.txt$/]) {
  if (!runtime.some((f) => needed.test(f))) throw new Error(`${dist} has no file matching ${needed}: build with trunk build --release`);
}

const pkg = join(out, 'package');
rmSync(pkg, { recursive: true, force: true });
mkdirSync(pkg, { recursive: true });
for (const f of runtime) copyFileSync(join(dist, f), join(pkg, f));
copyFileSync(join(root, 'loader/episode-archive.d.ts'), join(pkg, 'episode-archive.d.ts'));
copyFileSync(join(root, 'LICENSE'), join(pkg, 'LICENSE'));

const integrity = `sha384-${createHash('sha384').update(readFileSync(join(pkg, 'episode-archive.js'))).digest('base64')}`;
const cdn = `https://cdn.jsdelivr.net/npm/episode-archive@${version}/episode-archive.js`;
const snippet = [
  `<script type="module" src="${cdn}"`,
  `        integrity="${integrity}" crossorigin="anonymous"></script>`,
  `<episode-archive src="/podcast/archive.json"></episode-archive>`,
].join('\n');
writeFileSync(join(out, 'embed-snippet.html'), `${snippet}\n`);

writeFileSync(
  join(pkg, 'README.md'),
  `# episode-archive ${version}

An embeddable podcast and blog archive: search every word of every post,
filter by category and read full posts in place, from a static JSON
manifest. A Yew app compiled to WebAssembly, in a shadow root.

Two lines on any page:

\`\`\`html
${snippet}
\`\`\`

\`episode-archive.js\` defines the \`<episode-archive>\` element and finds
everything else beside itself, so this folder works from any path on any
origin (a CDN, \`/npm/episode-archive@1/\`, your own \`/assets/\`). Add
\`loading="lazy"\` to start nothing until the element comes near the screen.
Types for its attributes and events: \`episode-archive.d.ts\`.

The manifest format, the importer that writes it from a podcast feed or a
WordPress export, and everything else: ${repository}
`,
);

const files = [...runtime, 'episode-archive.d.ts'].sort();
const manifest = {
  name: 'episode-archive',
  version,
  description:
    'Embeddable podcast and blog archive: search every word, filter by category, read posts in place (Yew + WebAssembly).',
  license,
  repository: { type: 'git', url: repository },
  keywords: ['podcast', 'archive', 'web-component', 'custom-element', 'search', 'webassembly', 'yew'],
  type: 'module',
  main: './episode-archive.js',
  types: './episode-archive.d.ts',
  exports: {
    '.': { types: './episode-archive.d.ts', default: './episode-archive.js' },
    './episode-archive.js': { types: './episode-archive.d.ts', default: './episode-archive.js' },
    './episode-archive.css': './episode-archive.css',
    './package.json': './package.json',
  },
  // Importing the loader defines the custom element.
  sideEffects: ['./episode-archive.js'],
  files,
};
writeFileSync(join(pkg, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`package: ${pkg} (episode-archive ${version}, ${files.length + 3} files)`);

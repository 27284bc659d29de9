// Prints raw, gzip and brotli sizes of the release build's wasm, JS and CSS
// (dist/ by default), the figures the closing notes and README report.
// With --budget KIB it is the size test: it fails (exit 1) when the brotli
// total is above KIB kibibytes.
// Usage: node scripts/sizes.mjs [DIST] [--json] [--budget KIB]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const budgetAt = args.indexOf('--budget');
const budget = budgetAt >= 0 ? Number(args[budgetAt + 1]) : null;
const dist = args.find((a, i) => !a.startsWith('--') && !(budgetAt >= 0 && i === budgetAt + 1)) ?? 'dist';
const kinds = ['.wasm', '.js', '.css'];
const rows = readdirSync(dist)
  // episode-archive.css is a copy of the hashed stylesheet, for first screens.
  .filter((f) => kinds.some((k) => f.endsWith(k)) && !f.startsWith('demo') && f !== 'episode-archive.css')
  .sort((a, b) => kinds.findIndex((k) => a.endsWith(k)) - kinds.findIndex((k) => b.endsWith(k)))
  .map((file) => {
    const bytes = readFileSync(join(dist, file));
    return {
      file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    };
  });
const total = rows.reduce((t, r) => ({ file: 'total', raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });

if (process.argv.includes('--json')) {
  console.log(JSON.stringify([...rows, total], null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(10);
  console.log(`${'file'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
  for (const r of [...rows, total]) console.log(`${r.file.padEnd(44)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
}

if (budget !== null) {
  const kib = total.brotli / 1024;
  if (!(kib <= budget)) {
    console.error(`size budget exceeded: ${kib.toFixed(1)} KiB brotli (wasm + JS + CSS) > ${budget} KiB`);
    process.exit(1);
  }
  console.log(`size budget: ${kib.toFixed(1)} KiB brotli <= ${budget} KiB`);
}

#!/usr/bin/env bash
# Full-text search against Pagefind (bench/fulltext.mjs): archives of 1k,
# 10k and 100k episodes with their posts in files of their own
# (scripts/gen-manifest.py --split-bodies --write-bodies), indexed by
# `episode-archive index` and, rendered as one page per episode, by
# Pagefind 1.6.0 (installed on first use into target/pagefind, not the test
# packages). Prints the native build figures, then the browser tables.
# A report, never a test. Environment:
#   SIZES=1000,10000          which archives (default 1000,10000,100000)
#   EA_BEFORE=dist-before     a build before the index, for first paint
#   NO_BUILD=1                use dist/ as it is
set -euo pipefail
cd "$(dirname "$0")/.."
SETUP_ENGINES=chromium source scripts/setup.sh
if [ ! -x target/pagefind/node_modules/.bin/pagefind ]; then
  say "installing pagefind 1.6.0 into target/pagefind (under a minute)"
  mkdir -p target/pagefind
  quietly npm install --prefix target/pagefind --no-audit --no-fund --loglevel=error pagefind@1.6.0
fi
[ -n "${NO_BUILD:-}" ] || trunk build --release
cargo build --release --locked --quiet -p episode-archive-cli
sizes=${SIZES:-1000,10000,100000}
say "building the archives and both indexes"
echo "| episodes | ours: index build, s | files | raw KB | brotli KB | directory raw / brotli KB | Pagefind: index build, s | index files | index KB (gzip) |"
echo "|---|---|---|---|---|---|---|---|---|"
for n in ${sizes//,/ }; do
  dir=target/bench/ft-$n
  if [ ! -f "$dir/archive.json" ]; then
    rm -rf "$dir"
    python3 scripts/gen-manifest.py "$n" "$dir/archive.json" --split-bodies --write-bodies --pages "$dir/site" >/dev/null
  fi
  t0=$(date +%s.%N)
  target/release/episode-archive index "$dir" >/dev/null
  t1=$(date +%s.%N)
  rm -rf "$dir/site/pagefind"
  target/pagefind/node_modules/.bin/pagefind --site "$dir/site" >/dev/null
  t2=$(date +%s.%N)
  node -e '
    const fs = require("fs"), z = require("zlib"), [dir, t0, t1, t2] = process.argv.slice(1);
    const [ours, theirs] = [t1 - t0, t2 - t1];
    let raw = 0, br = 0, files = 0, dirRaw = 0, dirBr = 0;
    for (const f of fs.readdirSync(`${dir}/search`)) {
      const b = fs.readFileSync(`${dir}/search/${f}`), c = z.brotliCompressSync(b).length;
      raw += b.length; br += c; files++;
      if (f.startsWith("index-")) [dirRaw, dirBr] = [b.length, c];
    }
    let pf = 0, pfFiles = 0;
    for (const f of fs.readdirSync(`${dir}/site/pagefind/index`)) { pf += fs.statSync(`${dir}/site/pagefind/index/${f}`).size; pfFiles++; }
    const kb = (x) => (x / 1024).toFixed(0);
    console.log(`| ${Number(dir.split("-").pop()).toLocaleString("en")} | ${Number(ours).toFixed(2)} | ${files} | ${kb(raw)} | ${kb(br)} | ${kb(dirRaw)} / ${kb(dirBr)} | ${Number(theirs).toFixed(2)} | ${pfFiles} | ${kb(pf)} |`);
  ' "$dir" "$t0" "$t1" "$t2"
done
node bench/fulltext.mjs --sizes "$sizes" "$@"

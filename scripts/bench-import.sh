#!/usr/bin/env bash
# The importer benchmark (not part of the test command): a generated
# 3,000-episode feed (~6 MB) imported by the release build, best of 5 runs,
# and the brotli sizes of the feed and of the archive.json it becomes.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-3000}
cargo build --release --locked --quiet -p episode-archive-cli
python3 scripts/gen-feed.py "$N" "target/bench/feed-$N.xml"
bin=target/release/episode-archive
best=""
for run in 1 2 3 4 5; do
  rm -rf "target/bench/out-$N"
  sync  # let the previous run's writes settle: they otherwise land in the next timing
  start=$(date +%s%N)
  "$bin" import "target/bench/feed-$N.xml" --out "target/bench/out-$N" >/dev/null
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "run $run: $ms ms"
  if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done
echo "best of 5: $best ms for $N episodes"
node -e '
const fs = require("fs"), zlib = require("zlib");
const br = (f) => zlib.brotliCompressSync(fs.readFileSync(f), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const [feed, out] = process.argv.slice(1);
const f = fs.statSync(feed).size, a = fs.statSync(out + "/archive.json").size;
const bf = br(feed), ba = br(out + "/archive.json");
const bodies = fs.readdirSync(out + "/bodies").length;
console.log(`feed ${f} bytes (brotli ${bf}); archive.json ${a} bytes (brotli ${ba}); ${bodies} body files`);
console.log(`ratio after brotli: ${(bf / ba).toFixed(1)}x (raw: ${(f / a).toFixed(1)}x)`);
' "target/bench/feed-$N.xml" "target/bench/out-$N"

#!/usr/bin/env bash
# The browser benchmark (bench/run.mjs): the release build against
# MiniSearch and FlexSearch in headless Chromium. A report, not a test;
# never run by scripts/test.sh. Arguments go to bench/run.mjs, e.g.
#   bash scripts/bench.sh --sizes 10000 --throttle 1
set -euo pipefail
cd "$(dirname "$0")/.."
SETUP_ENGINES=chromium bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release
mkdir -p target/bench
for n in 1000 10000; do
  [ -f "target/bench/manifest-$n.json" ] || python3 scripts/gen-manifest.py "$n"
done
# 100,000 posts of show notes would be 225 MB of JSON; like the importer,
# the 100k archive keeps bodies out (body_url).
[ -f target/bench/manifest-100000.json ] || python3 scripts/gen-manifest.py 100000 --split-bodies
node bench/run.mjs "$@"

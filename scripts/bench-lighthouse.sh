#!/usr/bin/env bash
# Lighthouse 12.2.3's mobile preset on the demo page of the release build,
# served compressed (bench/cdn-server.mjs). A report, never a test. Lighthouse
# is installed on first use into target/lighthouse (not the test packages).
# Arguments go to bench/lighthouse.mjs, e.g.
#   bash scripts/bench-lighthouse.sh --runs 3 --encoding br
set -euo pipefail
cd "$(dirname "$0")/.."
SETUP_ENGINES=chromium source scripts/setup.sh
if [ ! -x target/lighthouse/node_modules/.bin/lighthouse ]; then
  say "installing lighthouse 12.2.3 into target/lighthouse (about 1 minute)"
  mkdir -p target/lighthouse
  quietly npm install --prefix target/lighthouse --no-audit --no-fund --loglevel=error lighthouse@12.2.3
fi
[ -n "${NO_BUILD:-}" ] || trunk build --release
node bench/lighthouse.mjs "$@"

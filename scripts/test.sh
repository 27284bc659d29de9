#!/usr/bin/env bash
# Runs every test, after installing whatever is missing:
#   lint → core (native) → components (wasm, headless Chromium)
#   → release build and sizes → end-to-end (Playwright on the release build).
# The last line totals the tests of every layer.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
step() {
  local name=$1
  shift
  say "$name"
  "$@" 2>&1 | tee "$logs/$name.log"
}

step format cargo fmt --all --check
step lint-native cargo clippy --workspace --all-targets --all-features --locked -- -D warnings
step lint-wasm cargo clippy -p episode-archive --all-targets --target wasm32-unknown-unknown --locked -- -D warnings

say "core: no web dependencies"
if cargo tree -p episode-archive-core -e normal --prefix none | grep -E '^(yew|web-sys|gloo|wasm-bindgen|js-sys)'; then
  echo "the core crate must not depend on web crates" >&2
  exit 1
fi

step core cargo test -p episode-archive-core --locked
step importer cargo test -p episode-archive-cli --locked

if [ -d ../shared/seed ]; then
  say "demo archive matches ../shared/seed"
  demo=$(mktemp -d)
  python3 scripts/build-demo-manifest.py ../shared/seed "$demo" >/dev/null
  diff -r demo "$demo"
  rm -rf "$demo"
fi

say "the seed feed fixture matches the demo archive"
python3 scripts/seed-to-rss.py >/dev/null
git diff --exit-code -- tests/fixtures/feeds/seed.xml

export CHROMEDRIVER=/usr/bin/chromedriver
step components cargo test -p episode-archive --target wasm32-unknown-unknown --locked

step build trunk build --release
step sizes node scripts/sizes.mjs
# A debug build with the test-hooks feature, for the crash test only.
step build-test-hooks trunk build --features test-hooks --dist dist-test

# The round trip: the demo seed as an RSS feed, imported, shown by the widget.
step import-seed cargo run --locked --quiet -p episode-archive-cli -- import tests/fixtures/feeds/seed.xml --out target/e2e-imported

step e2e npx playwright test

# Totals: cargo's "test result" lines and Playwright's summary.
passed=0
failed=0
for n in $(grep -ho 'test result: [a-zA-Z]*\. [0-9]* passed; [0-9]* failed' "$logs"/core.log "$logs"/importer.log "$logs"/components.log | awk '{print $4":"$6}') \
  $(grep -hoE '^ *[0-9]+ passed' "$logs"/e2e.log | awk '{print $1":0"}'); do
  passed=$((passed + ${n%%:*}))
  failed=$((failed + ${n##*:}))
done
echo
echo "core, importer, components and end-to-end tests all ran"
echo "total: $passed passed, $failed failed"

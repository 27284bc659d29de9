#!/usr/bin/env bash
# Runs every fuzz target (fuzz/: cargo-fuzz and libFuzzer, on nightly) for
# DURATION each, from its corpus in fuzz/corpus/TARGET with the shared
# corpora as seeds (the JSON parser tests for manifests, the real-world
# feeds for the importer), then prints per target the executions and the
# corpus size. A crash stops the run; its input is in fuzz/artifacts/TARGET/.
#   bash scripts/fuzz.sh              # 30 s each: what scripts/test.sh runs
#   bash scripts/fuzz.sh 30m          # the long runs
#   bash scripts/fuzz.sh 30m feed     # one target
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${FUZZ_NO_SETUP:-}" ] || source scripts/setup.sh
duration=${1:-30s}
shift || true
case $duration in
  *h) seconds=$((${duration%h} * 3600)) ;;
  *m) seconds=$((${duration%m} * 60)) ;;
  *s) seconds=${duration%s} ;;
  *) seconds=$duration ;;
esac
all=(manifest manifest_structured search url_state fulltext_index feed import_html html_walk transcript catalog)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
declare -A seeds=(
  [manifest]=../shared/corpora/json-test-suite/test_parsing
  [feed]=../shared/corpora/feeds
  [import_html]=fuzz/target/seeds/xss
)
xss=../shared/corpora/xss/dompurify-expect.mjs
[ -f "$xss" ] || { echo "missing: $xss (the fuzz seeds): clone the project beside ../shared" >&2; exit 1; }
# The XSS vectors, one file each, seed the importer's HTML cleaning.
node -e '
  const [, vectors, dir] = process.argv;
  import(vectors).then(({ default: all }) => {
    const fs = require("fs");
    fs.mkdirSync(dir, { recursive: true });
    all.forEach((v, i) => fs.writeFileSync(`${dir}/vector-${i}.html`, String(v.payload)));
  });
' "$(realpath "$xss")" fuzz/target/seeds/xss
for seed in "${seeds[@]}"; do
  [ -d "$seed" ] || { echo "missing: $seed (the fuzz seeds): clone the project beside ../shared" >&2; exit 1; }
done
cd fuzz
cargo +nightly fuzz build 2>&1 | tail -1
summary=()
for target in "${targets[@]}"; do
  # New inputs go to fuzz/target/corpus (not committed); the committed
  # corpus and the shared seeds are read only.
  work="target/corpus/$target"
  mkdir -p "$work" "corpus/$target"
  printf '\033[1m== fuzzing %s for %s\033[0m\n' "$target" "$duration"
  log=$(mktemp)
  # -rss_limit_mb: a manifest's worth of memory, not libFuzzer's 2 GB default.
  # Short runs (the test command's) use a fixed seed: from the committed
  # corpus they try the same inputs every time, so CI is not a lottery;
  # long runs explore with a new seed each time.
  seed=()
  [ "$seconds" -gt 60 ] || seed=(-seed=1)
  cargo +nightly fuzz run "$target" "$work" "corpus/$target" ${seeds[$target]:+"../${seeds[$target]}"} -- \
    -max_total_time="$seconds" -print_final_stats=1 -rss_limit_mb=1024 "${seed[@]}" >"$log" 2>&1 || {
    tail -40 "$log" >&2
    echo "fuzz target $target failed: the input is in fuzz/artifacts/$target/" >&2
    exit 1
  }
  runs=$(awk '/stat::number_of_executed_units/ {print $NF}' "$log")
  corpus=$(awk '/DONE/ {for (i = 1; i <= NF; i++) if ($i == "corp:") print $(i + 1)}' "$log")
  summary+=("$(printf '%-20s %s: %s executions, corpus %s (units/size)' "$target" "$duration" "${runs:-?}" "${corpus:-?}")")
  # Said as each target ends too: a later target's failure must not lose it.
  echo "${summary[-1]}"
  rm -f "$log"
done
echo "== all targets:"
printf '%s\n' "${summary[@]}"

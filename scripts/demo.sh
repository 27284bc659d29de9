#!/usr/bin/env bash
# Serves the demo archive at http://127.0.0.1:8080/ (release build, rebuilt
# when a source file changes), after installing whatever is missing. Prints
# the URL once the page answers; Ctrl-C stops it. trunk's own output goes to
# target/demo-serve.log and is shown if the server stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
SETUP_ENGINES=chromium source scripts/setup.sh

port=${PORT:-8080}
url="http://127.0.0.1:$port/"
log=target/demo-serve.log
mkdir -p target
say "building the release build and serving it (about 3 minutes the first time)"
trunk serve --release --address 127.0.0.1 --port "$port" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The first build must succeed (trunk serve goes on serving an older dist/
# when it fails), then the page must answer.
until grep -q "success" "$log" && curl --silent --fail --output /dev/null "$url"; do
  if grep -q "ERROR" "$log" || ! kill -0 "$server" 2>/dev/null; then
    cat "$log" >&2
    echo "the demo could not be built or served (trunk's output is above)" >&2
    exit 1
  fi
  sleep 1
done
say "the demo is ready: open $url in a browser (Ctrl-C stops the server)"
wait "$server"

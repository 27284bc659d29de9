#!/usr/bin/env bash
# Serves the demo archive at http://127.0.0.1:8080/ (release build), after
# installing whatever is missing. Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
SETUP_ENGINES=chromium source scripts/setup.sh
say "serving the demo on http://127.0.0.1:8080/"
exec trunk serve --release --address 127.0.0.1 --port "${PORT:-8080}"

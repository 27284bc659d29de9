#!/usr/bin/env bash
# A release build that keeps function names, in dist-prof/, for
# `EA_DIST=dist-prof node bench/profile.mjs` and twiggy: trunk builds without
# its own wasm-opt pass (which would drop the names), then wasm-opt -Oz -g
# optimises as the release does and keeps them, and the loader is rewritten
# for the new file's integrity hash.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cp index.html target/index.html.orig
trap 'cp target/index.html.orig index.html' EXIT
sed -i 's/data-wasm-opt="z"/data-wasm-opt="0" data-keep-debug/' index.html
trunk build --release --dist dist-prof
wasm=$(ls dist-prof/*_bg.wasm)
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue "$wasm" -o "$wasm"
node scripts/write-loader.mjs dist-prof

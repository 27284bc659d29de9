#!/usr/bin/env bash
# Installs what building and testing the widget needs, and nothing that is
# already there: Debian's Chromium and ChromeDriver, Firefox ESR, WebKitGTK's
# WebKitWebDriver and MiniBrowser, Xvfb, the wasm32 target, wasm-bindgen-cli
# at Cargo.lock's wasm-bindgen version, trunk 0.21.14, geckodriver, and the
# npm packages (wasm-opt from binaryen, Playwright, axe-core, selenium-webdriver).
# Sourced by scripts/demo.sh and scripts/test.sh; safe to run again.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

say() { printf '\033[1m== %s\033[0m\n' "$*"; }

# Runs an install step with its output kept in a log, shown only when the
# step fails: a first run prints what it installs, not pages of compiler
# and package-manager chatter (or their warnings for steps that succeed).
setup_log=$(mktemp)
quietly() {
  if ! "$@" >"$setup_log" 2>&1; then
    cat "$setup_log" >&2
    printf 'setup failed: %s\n' "$*" >&2
    return 1
  fi
}

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# Debian packages. `apt-get update` runs once, only when something is missing.
apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    quietly $SUDO apt-get update -qq
    apt_updated=1
  fi
  quietly $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing chromium and chromium-driver (about 1 minute)"
  apt_install chromium chromium-driver
fi
# The other engines are for the test command only (demo.sh sets SETUP_ENGINES=chromium).
if [ "${SETUP_ENGINES:-all}" = all ]; then
  if ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null || ! command -v Xvfb >/dev/null; then
    say "installing firefox-esr, webkit2gtk-driver and xvfb (about 2 minutes)"
    apt_install firefox-esr webkit2gtk-driver xvfb
  fi
  GECKODRIVER_VERSION=0.37.1
  if [ "$(geckodriver --version 2>/dev/null | awk 'NR==1 {print $2}')" != "$GECKODRIVER_VERSION" ]; then
    say "installing geckodriver $GECKODRIVER_VERSION (about 3 minutes)"
    quietly cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --force
  fi
  # The fuzz targets (scripts/fuzz.sh) build with nightly, which these
  # machines have (rustup's own servers are not reachable from them).
  if ! rustup toolchain list | grep -q '^nightly'; then
    echo "the nightly toolchain is missing (the fuzz targets need it): rustup toolchain install nightly" >&2
    exit 1
  fi
  CARGO_FUZZ_VERSION=0.13.1
  if [ "$(cargo fuzz --version 2>/dev/null | awk '{print $2}')" != "$CARGO_FUZZ_VERSION" ]; then
    say "installing cargo-fuzz $CARGO_FUZZ_VERSION (about 2 minutes)"
    quietly cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --force
  fi
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  quietly rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must equal the wasm-bindgen the build links, or trunk
# tries to download one (and these machines cannot). Without --locked: its
# lock file names versions the registry does not always serve.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  quietly cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# --locked: trunk's own lock file; without it newer lightningcss/cssparser
# releases fail to compile together.
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 7 minutes)"
  quietly cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# npm packages, reinstalled only when package-lock.json changes.
stamp=node_modules/.episode-archive-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  say "installing npm packages (about 1 minute)"
  quietly npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi

if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "132" ]; then
  echo "wasm-opt 132 (npm binaryen) is not on PATH" >&2
  exit 1
fi
rm -f "$setup_log"

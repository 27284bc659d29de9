#!/usr/bin/env bash
# Builds a release: the widget's release build, the npm package
# (episode-archive-VERSION.tgz, as `npm pack` writes it; nothing is
# published from here), a zip of the files to upload to any static host,
# SHA256SUMS of both, and the embed snippet with the loader's integrity
# value. Everything lands in target/release-files/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
started=$(date +%s)
out=target/release-files
rm -rf "$out"
mkdir -p "$out"

echo "== building the release (trunk build --release)"
trunk build --release >"$out/trunk.log" 2>&1 || { cat "$out/trunk.log"; exit 1; }

node scripts/package.mjs dist "$out"
version=$(node -p 'require("./'"$out"'/package/package.json").version')

echo "== packing"
(cd "$out/package" && npm pack --silent --pack-destination .. >/dev/null)
tarball="episode-archive-$version.tgz"
test -f "$out/$tarball"

# The zip holds the package's files in a folder named for the version,
# with fixed dates so the same build gives the same bytes.
python3 - "$out" "$version" <<'PY'
import os, sys, zipfile
out, version = sys.argv[1:]
folder = f"episode-archive-{version}"
src = os.path.join(out, "package")
with zipfile.ZipFile(os.path.join(out, f"{folder}.zip"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for name in sorted(os.listdir(src)):
        info = zipfile.ZipInfo(f"{folder}/{name}", date_time=(2026, 1, 1, 0, 0, 0))
        info.external_attr = 0o644 << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        with open(os.path.join(src, name), "rb") as f:
            z.writestr(info, f.read())
PY

(cd "$out" && sha256sum "$tarball" "episode-archive-$version.zip" >SHA256SUMS)

echo "== files in the package (raw / brotli bytes)"
node -e '
const fs = require("fs"), zlib = require("zlib"), path = require("path");
const dir = process.argv[1];
for (const f of fs.readdirSync(dir).sort()) {
  const b = fs.readFileSync(path.join(dir, f));
  const br = zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`  ${f.padEnd(44)} ${String(b.length).padStart(8)} ${String(br).padStart(8)}`);
}' "$out/package"
echo "== $out:"
(cd "$out" && ls -l "$tarball" "episode-archive-$version.zip" SHA256SUMS | awk '{print "  " $5 "\t" $9}')
cat "$out/SHA256SUMS" | sed 's/^/  /'
echo "== embed snippet (npm CDN, exact version, pinned):"
cat "$out/embed-snippet.html"
echo "== release $version built in $(( $(date +%s) - started )) s"

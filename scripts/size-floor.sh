#!/usr/bin/env bash
# What the bundle would weigh with less in it: a minimal Yew app built like
# the release (same profile and allocator, wasm-bindgen, wasm-opt -Oz, glue
# minified), then the same app with the core crate's manifest parsing, then
# with its search. A report for the size budget (#4), not a test. Writes
# the throwaway crate under target/size-floor/ and prints brotli sizes.
#
#   bash scripts/size-floor.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
dir=target/size-floor
mkdir -p "$dir/src"
bindgen=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
cat > "$dir/Cargo.toml" <<EOF
[package]
name = "size-floor"
version = "0.0.0"
edition = "2021"
publish = false

[workspace]

[lib]
crate-type = ["cdylib"]

[features]
parse = []
search = ["parse"]

[dependencies]
yew = { version = "0.23", features = ["csr"] }
wasm-bindgen = "=$bindgen"
web-sys = { version = "0.3", features = ["HtmlInputElement"] }
tracing = { version = "0.1", default-features = false, features = ["max_level_off", "release_max_level_off"] }
episode-archive-core = { path = "$root/crates/core" }
talc = "5.1.1"

[profile.release]
opt-level = "z"
lto = true
codegen-units = 1
panic = "abort"
EOF
cat > "$dir/src/lib.rs" <<'EOF'
//! A minimal Yew app: a search field and a keyed list of twenty cards with
//! a disclosure button; optionally the core's parsing and search behind
//! exported functions, so that they are linked in.
use wasm_bindgen::prelude::*;
use yew::prelude::*;

// The release's allocator.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[derive(Properties, PartialEq)]
struct CardProps {
    title: AttrValue,
    idx: usize,
    open: bool,
    on_toggle: Callback<usize>,
}

#[function_component]
fn Card(p: &CardProps) -> Html {
    let idx = p.idx;
    html! {
        <li><article>
            <h2>{ p.title.clone() }</h2>
            <button aria-expanded={p.open.to_string()} onclick={p.on_toggle.reform(move |_: MouseEvent| idx)}>
                { "Read full post" }
            </button>
            if p.open { <p>{ "The post." }</p> }
        </article></li>
    }
}

#[function_component]
fn App() -> Html {
    let query = use_state(String::new);
    let open = use_state(|| None::<usize>);
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |i| open.set(Some(i)))
    };
    let cards = (0..20)
        .map(|i| format!("Episode {i}"))
        .enumerate()
        .filter(|(_, t)| t.to_lowercase().contains(&query.to_lowercase()))
        .map(|(i, t)| html! {
            <Card key={i} idx={i} title={AttrValue::from(t)} on_toggle={on_toggle.clone()} open={*open == Some(i)} />
        });
    html! { <main><input type="search" {oninput} value={(*query).clone()} /><ol>{ for cards }</ol></main> }
}

#[wasm_bindgen(start)]
pub fn start() {
    yew::Renderer::<App>::new().render();
}

#[cfg(feature = "parse")]
#[wasm_bindgen]
pub fn parse(text: &str) -> String {
    match episode_archive_core::parse_manifest(text) {
        Ok(archive) => archive.title.clone(),
        Err(e) => e.to_string(),
    }
}

#[cfg(feature = "search")]
#[wasm_bindgen]
pub fn search(text: &str, query: &str) -> usize {
    use episode_archive_core::{parse_manifest, visible, SortOrder};
    parse_manifest(text).map_or(0, |a| {
        visible(&a, query, &Default::default(), SortOrder::BestMatch).episodes.len()
    })
}
EOF
flags=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)
# "search" includes "parse": the manifest is read before it is searched.
for features in "" parse search; do
  (cd "$dir" && cargo build --quiet --release --target wasm32-unknown-unknown ${features:+--features $features})
  rm -rf "$dir/out"
  wasm-bindgen --target web --out-dir "$dir/out" "$dir/target/wasm32-unknown-unknown/release/size_floor.wasm"
  wasm-opt -Oz "${flags[@]}" "$dir/out/size_floor_bg.wasm" -o "$dir/out/size_floor_bg.wasm"
  # Minified as the release's glue is (scripts/write-loader.mjs).
  terser "$dir/out/size_floor.js" --module --ecma 2020 -c passes=2 -m -o "$dir/out/size_floor.js"
  node -e '
    const zlib = require("zlib"), fs = require("fs");
    const br = (f) => zlib.brotliCompressSync(fs.readFileSync(f), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const [label, dir] = process.argv.slice(1);
    const wasm = `${dir}/out/size_floor_bg.wasm`, js = `${dir}/out/size_floor.js`;
    const kib = (n) => (n / 1024).toFixed(1);
    console.log(`${label.padEnd(34)} wasm ${kib(fs.statSync(wasm).size)} KiB raw, ${kib(br(wasm))} KiB brotli; JS ${kib(br(js))} KiB brotli`);
  ' "minimal Yew app${features:+ + core $features}" "$dir"
done

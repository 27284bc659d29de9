#!/usr/bin/env bash
# What the bundle would weigh with less in it: a minimal Yew app built like
# the release (same profile and allocator, wasm-bindgen, wasm-opt -Oz, glue
# minified), then the same app with the core crate's manifest parsing, then
# with its search; and the same minimal app written against the DOM
# directly (web-sys, no Yew), alone and with the search, to show what the
# rendering layer costs. A report for the size budget (#4), not a test.
# Writes the throwaway crate under target/size-floor/ and prints brotli
# sizes.
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
default = ["yew"]
parse = []
search = ["parse"]
# The minimal app without Yew (build with --no-default-features).
dom = []

[dependencies]
yew = { version = "0.23", features = ["csr"], optional = true }
wasm-bindgen = "=$bindgen"
web-sys = { version = "0.3", features = ["Document", "Element", "HtmlElement", "HtmlInputElement", "Node", "EventTarget", "Window"] }
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
//! A minimal app: a search field and a list of twenty cards with a
//! disclosure button, in Yew (keyed components) or, with `dom`, written
//! against the DOM directly; optionally the core's parsing and search
//! behind exported functions, so that they are linked in.
#[cfg(feature = "parse")]
use wasm_bindgen::prelude::*;

// The release's allocator.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(feature = "yew")]
mod app {
use wasm_bindgen::prelude::*;
use yew::prelude::*;

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
}

#[cfg(feature = "dom")]
mod dom {
    use std::rc::Rc;

    use wasm_bindgen::prelude::*;
    use web_sys::HtmlInputElement;

    /// The same page, built once; typing hides the cards that do not match
    /// and a button shows or hides its post.
    #[wasm_bindgen(start)]
    pub fn start() -> Result<(), JsValue> {
        let document = web_sys::window().ok_or("no window")?.document().ok_or("no document")?;
        let main = document.create_element("main")?;
        let input: HtmlInputElement = document.create_element("input")?.dyn_into()?;
        input.set_type("search");
        let list = document.create_element("ol")?;
        main.append_child(&input)?;
        main.append_child(&list)?;
        document.body().ok_or("no body")?.append_child(&main)?;
        let mut cards = Vec::new();
        for i in 0..20 {
            let (li, article) = (document.create_element("li")?, document.create_element("article")?);
            let title = format!("Episode {i}");
            let h2 = document.create_element("h2")?;
            h2.set_text_content(Some(&title));
            let button = document.create_element("button")?;
            button.set_attribute("aria-expanded", "false")?;
            button.set_text_content(Some("Read full post"));
            let post = document.create_element("p")?;
            post.set_text_content(Some("The post."));
            post.set_attribute("hidden", "")?;
            article.append_child(&h2)?;
            article.append_child(&button)?;
            article.append_child(&post)?;
            li.append_child(&article)?;
            list.append_child(&li)?;
            let toggle = {
                let button = button.clone();
                Closure::<dyn Fn()>::new(move || {
                    let open = post.toggle_attribute("hidden").unwrap_or(true);
                    let _ = button.set_attribute("aria-expanded", if open { "false" } else { "true" });
                })
            };
            button.add_event_listener_with_callback("click", toggle.as_ref().unchecked_ref())?;
            toggle.forget();
            cards.push((title, li));
        }
        let cards = Rc::new(cards);
        let filter = {
            let input = input.clone();
            Closure::<dyn Fn()>::new(move || {
                let query = input.value().to_lowercase();
                for (title, li) in cards.iter() {
                    let _ = li.toggle_attribute_with_force("hidden", !title.to_lowercase().contains(&query));
                }
            })
        };
        input.add_event_listener_with_callback("input", filter.as_ref().unchecked_ref())?;
        filter.forget();
        Ok(())
    }
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
for features in "" parse search dom dom,search; do
  label="minimal Yew app${features:+ + core $features}"
  case $features in dom*) label="minimal app without Yew${features#dom}"; label=${label/,search/ + core search} ;; esac
  no_yew=
  case $features in dom*) no_yew=--no-default-features ;; esac
  (cd "$dir" && cargo build --quiet --release --target wasm32-unknown-unknown $no_yew ${features:+--features $features})
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
    console.log(`${label.padEnd(38)} wasm ${kib(fs.statSync(wasm).size)} KiB raw, ${kib(br(wasm))} KiB brotli; JS ${kib(br(js))} KiB brotli`);
  ' "$label" "$dir"
done

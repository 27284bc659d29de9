//! Manifest parsing, index build and queries on generated archives (scripts/gen-manifest.py):
//! `python3 scripts/gen-manifest.py 10000 && cargo bench -p episode-archive-core`.
//! Sizes come from EA_BENCH_SIZES (default "1000,10000"); a missing file is
//! generated first.

use episode_archive_core::SortedSet;
use std::hint::black_box;
use std::path::PathBuf;
use std::process::Command;

use criterion::{criterion_group, criterion_main, Criterion};
use episode_archive_core::search::{Index, WordCache};
use episode_archive_core::{parse_manifest, visible, SortOrder};

/// Queries typed letter by letter, misspellings included.
const QUERIES: &[&str] = &[
    "d",
    "de",
    "dee",
    "deep",
    "deep ",
    "deep l",
    "deep lea",
    "deep learning",
    "distilation",
    "trasnformer",
    "\"neural network\"",
    "privacy -ethics",
    "zoe muller",
    "cafe",
];

/// The generated manifest of `n` episodes, as text.
fn manifest(n: usize) -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let path = root.join(format!("target/bench/manifest-{n}.json"));
    if !path.exists() {
        let status = Command::new("python3")
            .arg(root.join("scripts/gen-manifest.py"))
            .arg(n.to_string())
            .arg(&path)
            .status()
            .expect("python3");
        assert!(status.success());
    }
    std::fs::read_to_string(&path).expect("manifest")
}

fn bench(c: &mut Criterion) {
    let sizes = std::env::var("EA_BENCH_SIZES").unwrap_or_else(|_| "1000,10000".into());
    for n in sizes
        .split(',')
        .filter_map(|s| s.trim().parse::<usize>().ok())
    {
        let text = manifest(n);
        // Most of the time from the manifest's arrival to the first paint.
        c.bench_function(&format!("parse manifest, {n} episodes"), |b| {
            b.iter_with_large_drop(|| parse_manifest(black_box(&text)))
        });
        let archive = parse_manifest(&text).expect("valid");
        c.bench_function(&format!("index build, {n} episodes"), |b| {
            // Dropping the index is not part of building it.
            b.iter_with_large_drop(|| Index::build(black_box(&archive.episodes)))
        });
        let index = Index::build(&archive.episodes);
        let none = SortedSet::new();
        c.bench_function(
            &format!("query script ({} queries), {n} episodes", QUERIES.len()),
            |b| {
                b.iter(|| {
                    // As typed from an empty field: no words remembered yet,
                    // then remembered from keystroke to keystroke.
                    let mut cache = WordCache::default();
                    for q in QUERIES {
                        black_box(visible(
                            &archive,
                            Some(&index),
                            None,
                            &mut cache,
                            q,
                            &none,
                            SortOrder::BestMatch,
                        ));
                    }
                })
            },
        );
        for q in ["deep learning", "distilation", "d", "\"neural network\""] {
            c.bench_function(&format!("query {q:?}, {n} episodes"), |b| {
                // Each time as if typed for the first time, not from memory.
                b.iter(|| {
                    let mut cache = WordCache::default();
                    visible(
                        &archive,
                        Some(&index),
                        None,
                        &mut cache,
                        black_box(q),
                        &none,
                        SortOrder::BestMatch,
                    )
                })
            });
        }
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);

//! Every file of JSONTestSuite's test_parsing (../shared/corpora) read as a
//! manifest: nothing panics or hangs; `n_*` files are "not valid JSON";
//! `y_*` files are valid JSON that is not a manifest.

use std::path::PathBuf;

use episode_archive_core::response::{body_text, Limits};
use episode_archive_core::{parse_manifest, ManifestError};

#[test]
fn every_corpus_file_gets_a_clear_answer() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpora/json-test-suite/test_parsing");
    // The corpus sits beside the project on these machines and in CI: a
    // missing corpus fails, never passes silently.
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "the JSON corpus is missing at {} ({e}): clone the project beside ../shared (it holds corpora/json-test-suite, JSONTestSuite's test_parsing)",
            dir.display()
        )
    });
    let mut counts = [0usize; 3];
    for entry in entries {
        let path = entry.expect("dir entry").path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).expect("read corpus file");
        let result =
            body_text(bytes, &Limits::default()).and_then(|text| parse_manifest(&text).map(|_| ()));
        let not_json = matches!(
            result,
            Err(ManifestError::NotJson { .. }
                | ManifestError::NotUtf8 { .. }
                | ManifestError::Empty)
        );
        match name.as_bytes()[0] {
            b'n' => {
                assert!(not_json, "{name}: {result:?}");
                assert!(result
                    .unwrap_err()
                    .to_string()
                    .starts_with("not valid JSON"));
                counts[0] += 1;
            }
            b'y' => {
                assert!(
                    matches!(result, Err(ManifestError::WrongShape { .. })),
                    "{name}: {result:?}"
                );
                counts[1] += 1;
            }
            _ => counts[2] += 1,
        }
    }
    println!("JSON corpus: {} n_ rejected as not JSON, {} y_ read as JSON (not manifests), {} i_ answered", counts[0], counts[1], counts[2]);
    assert_eq!(counts.iter().sum::<usize>(), 318);
}

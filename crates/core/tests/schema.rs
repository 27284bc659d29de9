//! The checked-in JSON Schemas must be exactly what the Rust types generate.
//! Run with `UPDATE_SCHEMA=1` to rewrite them after changing the model.

use std::path::PathBuf;

use episode_archive_core::{BodyDocument, Manifest};

fn check(file: &str, schema: schemars::Schema) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../docs")
        .join(file);
    let generated = serde_json::to_string_pretty(&schema).expect("schema serialises") + "\n";
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).expect("write schema");
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        checked_in == generated,
        "{} differs from the schema the Rust types generate; run `UPDATE_SCHEMA=1 cargo test -p episode-archive-core --test schema` and commit it",
        path.display()
    );
}

#[test]
fn manifest_schema_matches_the_types() {
    check("manifest.schema.json", schemars::schema_for!(Manifest));
}

#[test]
fn body_schema_matches_the_types() {
    check("body.schema.json", schemars::schema_for!(BodyDocument));
}

//! Writes the generated tables (`fold_table.rs`, `lower_table.rs`): the
//! tests that check each table against its source call this when their
//! `UPDATE_*_TABLE` variable is set.

/// Writes `src/{file}` as `header`, then one line per row, then the end of
/// the array `header` opens.
pub(crate) fn write_table(file: &str, header: &str, rows: impl IntoIterator<Item = String>) {
    let mut out = String::from(header);
    for row in rows {
        out.push_str("    ");
        out.push_str(&row);
        out.push_str(",\n");
    }
    out.push_str("];\n");
    let path = format!("{}/src/{file}", env!("CARGO_MANIFEST_DIR"));
    if let Err(e) = std::fs::write(&path, out) {
        panic!("cannot write {path}: {e}");
    }
}

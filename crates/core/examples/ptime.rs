use std::time::Instant;
fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    for _ in 0..5 {
        let t = Instant::now();
        let a = episode_archive_core::parse_manifest(&text).unwrap();
        let t1 = t.elapsed();
        let _ = a.newest_first();
        println!("parse {:?} ({} episodes)", t1, a.episodes.len());
    }
}

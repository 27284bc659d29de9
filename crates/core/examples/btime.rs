use episode_archive_core::parse_manifest;
use episode_archive_core::search::Index;
use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let a = parse_manifest(&std::fs::read_to_string(path).unwrap()).unwrap();
    for _ in 0..5 {
        let t = Instant::now();
        let i = Index::build(&a.episodes);
        println!("build {:?} vocab {}", t.elapsed(), i.vocabulary_len());
    }
}

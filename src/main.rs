//! The demo page's entry point: mount the archive widget.

fn main() {
    episode_archive::start();
}

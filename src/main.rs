//! The standalone page's binary: Trunk builds this and calls `main` on load.

fn main() {
    painmap::start_standalone();
}

//! The standalone page's binary: Trunk builds this and calls `main` on load. The same wasm module
//! serves the embed script (`embed.js`), which calls the exported `mount_all`.

use wasm_bindgen::prelude::*;

fn main() {
    painmap::start_standalone();
}

/// The embed script's entry; see [`painmap::mount_all`]. Exported from the binary Trunk builds,
/// because a binary's wasm exports only what it links in, and nothing here calls it otherwise.
#[wasm_bindgen]
pub fn mount_all(stylesheets: Vec<String>) -> u32 {
    painmap::mount_all(stylesheets)
}

//! painmap's build tasks.
//!
//! - `cargo run -p xtask -- bake`: reads the English pack's JSON (`core/src/content/en/*.json`)
//!   with serde, validates it, and writes it as Rust statics to `core/src/content/en/pack.rs`
//!   (only when it changed). Trunk runs it before every build, so an edited text shows in
//!   `make serve`.
//! - `cargo run -p xtask -- check`: fails when `pack.rs` is not what the JSON bakes to. (`make
//!   test` checks the same through the core's `bundled_pack_matches_the_json` test.)
//!
//! An invalid pack prints every problem with its place in the document and exits with 1.

use painmap_core::content::Pack;
use painmap_core::content::{english_json, gen};
use std::path::PathBuf;
use std::process::ExitCode;

fn pack_rs() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../core/src/content/en/pack.rs")
}

fn baked() -> Result<String, String> {
    let pack = Pack::from_json(&english_json()).map_err(|errors| {
        let list: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
        format!("the English pack has problems:\n{}", list.join("\n"))
    })?;
    Ok(gen::rust_source(&pack))
}

fn run(task: &str) -> Result<(), String> {
    let path = pack_rs();
    let source = baked()?;
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    match task {
        "bake" if on_disk == source => Ok(()),
        "bake" => std::fs::write(&path, source)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))
            .map(|()| eprintln!("xtask: baked {}", path.display())),
        "check" if on_disk == source => Ok(()),
        "check" => Err(format!(
            "{} is stale: the JSON changed. Run `cargo run -p xtask -- bake`.",
            path.display()
        )),
        other => Err(format!(
            "unknown task `{other}`: use `bake` (write the pack's statics) or `check`"
        )),
    }
}

fn main() -> ExitCode {
    let task = std::env::args().nth(1).unwrap_or_default();
    match run(&task) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

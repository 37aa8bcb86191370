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
use painmap_core::content::{english_json, gen, spanish_json};
use std::path::PathBuf;
use std::process::ExitCode;

fn en_file(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../core/src/content/en")
        .join(name)
}

fn baked() -> Result<gen::Baked, String> {
    let pack = Pack::from_json(&english_json()).map_err(|errors| {
        let list: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
        format!("the English pack has problems:\n{}", list.join("\n"))
    })?;
    // The Spanish pack is not baked yet (the widget does not offer it), but a broken one stops the
    // build all the same.
    Pack::from_json(&spanish_json()).map_err(|errors| {
        let list: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
        format!("the Spanish pack has problems:\n{}", list.join("\n"))
    })?;
    gen::bake(&pack)
}

fn run(task: &str) -> Result<(), String> {
    let baked = baked()?;
    let files = [
        (en_file("pack.rs"), baked.rust),
        (en_file("texts.txt"), baked.texts),
    ];
    let fresh = files
        .iter()
        .all(|(path, text)| std::fs::read_to_string(path).is_ok_and(|on_disk| on_disk == *text));
    match task {
        "bake" if fresh => Ok(()),
        "bake" => files.iter().try_for_each(|(path, text)| {
            std::fs::write(path, text)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))
                .map(|()| eprintln!("xtask: baked {}", path.display()))
        }),
        "check" if fresh => Ok(()),
        "check" => Err(format!(
            "{} or texts.txt is stale: the JSON changed. Run `cargo run -p xtask -- bake`.",
            en_file("pack.rs").display()
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

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

fn content_file(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../core/src/content")
        .join(path)
}

fn problems(language: &str, errors: Vec<painmap_core::validate::PackError>) -> String {
    let list: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
    format!("the {language} pack has problems:\n{}", list.join("\n"))
}

fn run(task: &str) -> Result<(), String> {
    let english = Pack::from_json(&english_json()).map_err(|e| problems("English", e))?;
    let spanish = Pack::from_json(&spanish_json()).map_err(|e| problems("Spanish", e))?;
    let (en, es) = (gen::bake(&english)?, gen::bake_translation(&spanish)?);
    let files = [
        (content_file("en/pack.rs"), en.rust),
        (content_file("en/texts.txt"), en.texts),
        (content_file("es/pack.rs"), es.rust),
        (content_file("es/texts.txt"), es.texts),
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
            "{} (or a baked file beside it) is stale: the JSON changed. Run `cargo run -p xtask -- bake`.",
            content_file("en/pack.rs").display()
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

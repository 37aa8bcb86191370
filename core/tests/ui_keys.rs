//! Every label key the widget's code asks the pack for is declared in `REQUIRED_UI_KEYS` (so pack
//! validation catches a translation that misses it) and present in the English pack. Reads the UI
//! source as text: a `ui("...")` call with a literal key anywhere under `src/`.

use painmap_core::content::{Pack, REQUIRED_UI_KEYS};
use std::path::Path;

fn literal_keys(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            literal_keys(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("a source file");
            let mut rest = text.as_str();
            while let Some(i) = rest.find("ui(\"") {
                rest = &rest[i + 4..];
                if let Some(end) = rest.find('"') {
                    out.push((rest[..end].to_string(), path.display().to_string()));
                }
            }
        }
    }
}

#[test]
fn every_literal_ui_key_in_the_widget_is_required_and_in_the_english_pack() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src");
    let mut keys = Vec::new();
    literal_keys(&src, &mut keys);
    assert!(
        keys.len() > 50,
        "the scan found the UI's label lookups ({} found)",
        keys.len()
    );
    let pack = Pack::english();
    let missing: Vec<_> = keys
        .iter()
        .filter(|(k, _)| {
            !REQUIRED_UI_KEYS.contains(&k.as_str()) || !pack.ui.contains_key(k.as_str())
        })
        .collect();
    assert!(
        missing.is_empty(),
        "keys used in code but not required/present: {missing:?}"
    );
}

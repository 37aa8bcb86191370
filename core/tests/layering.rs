//! The core's layers, kept one-way (ARCHITECTURE.md, "Layers"): each module of `core/src` may use
//! only the modules of its own layer or below. Read from the source: every `crate::` path a file
//! names (in `use` lines or inline) is a dependency on that module. A new circle fails here.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Bottom first. A module may depend on its own layer and those before it.
const LAYERS: &[(&str, &[&str])] = &[
    (
        "containers and codecs",
        &["id_map", "vec_set", "json", "query"],
    ),
    ("ids and shared value types", &["ids"]),
    ("the runner's answers", &["answers"]),
    ("the content model and packs", &["content"]),
    ("the engine", &["engine"]),
    (
        "the session and its codecs, the calendar",
        &["session", "share", "calendar"],
    ),
    ("pack validation (a tool)", &["validate"]),
];

/// Apart from the layers: the host's settings use only the bottom layers, and nothing in the core
/// uses them.
const APART: &[(&str, usize)] = &[("settings", 1)];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS
        .iter()
        .position(|(_, mods)| mods.contains(&module))
        .or_else(|| APART.iter().find(|(m, _)| *m == module).map(|_| usize::MAX))
}

fn may_use(from: &str, to: &str) -> bool {
    if from == to {
        return true;
    }
    if let Some((_, top)) = APART.iter().find(|(m, _)| *m == from) {
        return layer_of(to).is_some_and(|l| l <= *top);
    }
    if APART.iter().any(|(m, _)| *m == to) {
        return false;
    }
    match (layer_of(from), layer_of(to)) {
        (Some(a), Some(b)) => b <= a,
        _ => false,
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module a file of `core/src` belongs to: its first path component.
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).expect("under src");
    let first = rel.components().next().expect("a component");
    first
        .as_os_str()
        .to_string_lossy()
        .trim_end_matches(".rs")
        .to_string()
}

/// Every `crate::<module>` a text names, outside comments and tests.
fn dependencies(text: &str) -> Vec<String> {
    let code = match text.find("#[cfg(test)]\nmod tests") {
        Some(i) => &text[..i],
        None => text,
    };
    let mut deps = Vec::new();
    for line in code.lines() {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        let mut rest = line;
        while let Some(i) = rest.find("crate::") {
            rest = &rest[i + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            deps.push(name);
        }
    }
    deps
}

fn violations(src: &Path) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let mut found = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for file in files {
        let module = module_of(src, &file);
        if module == "lib" {
            continue;
        }
        *seen.entry(module.clone()).or_default() += 1;
        if layer_of(&module).is_none() {
            found.push(format!(
                "{}: module `{module}` has no layer in tests/layering.rs",
                file.display()
            ));
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("a source file");
        for dep in dependencies(&text) {
            if layer_of(&dep).is_some() && !may_use(&module, &dep) {
                found.push(format!(
                    "{}: `{module}` uses `crate::{dep}`, a layer above it",
                    file.display()
                ));
            }
        }
    }
    found
}

#[test]
fn the_core_depends_one_way_only() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let found = violations(&src);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn a_planted_circle_is_caught() {
    // A copy of the sources with the content layer reaching up into the engine.
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let tmp = std::env::temp_dir().join(format!("painmap-layering-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    copy_dir(&src, &tmp);
    let model = tmp.join("content").join("model.rs");
    let text = std::fs::read_to_string(&model).unwrap();
    std::fs::write(&model, format!("use crate::engine::evaluate;\n{text}")).unwrap();
    let found = violations(&tmp);
    std::fs::remove_dir_all(&tmp).unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("`content` uses `crate::engine`"),
        "{found:?}"
    );
}

#[test]
fn settings_stay_apart() {
    assert!(may_use("settings", "ids"));
    assert!(!may_use("settings", "content"));
    assert!(!may_use("session", "settings"));
    assert!(!may_use("ids", "answers"));
    assert!(may_use("engine", "content"));
    assert!(!may_use("content", "engine"));
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let dest = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &dest);
        } else {
            std::fs::copy(&path, &dest).unwrap();
        }
    }
}

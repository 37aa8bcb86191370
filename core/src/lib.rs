//! painmap's brain, with no browser in it: the typed ids of SPEC, the clinical content pack, the
//! self-check engine, the runner's session (with its share-link and saved-state codecs) and the
//! host page's settings. Everything here is pure and tested natively.

pub mod answers;
pub mod calendar;
pub mod content;
pub mod engine;
pub mod id_map;
pub mod ids;
pub mod json;
pub mod query;
pub mod session;
pub mod settings;
pub mod share;
#[cfg(not(target_arch = "wasm32"))]
pub mod validate;
pub mod vec_set;

pub use answers::{Answers, CheckInput, Reply};
pub use ids::*;

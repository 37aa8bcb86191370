//! painmap's brain, with no browser in it: the typed ids of SPEC, the clinical content pack, the
//! self-check engine and the runner's session. Everything here is pure and tested natively.

pub mod answers;
pub mod content;
pub mod ids;

pub use answers::{Answers, CheckInput, Reply};
pub use ids::*;

//! Shared helpers for the session reducer tests (`session_flow.rs`, `session_input.rs`): parsing a
//! place, applying actions, and a session with the left knee picked and no warning signs.

#![allow(dead_code)]

use painmap_core::content::Pack;
use painmap_core::session::{Action, Session};
use painmap_core::{Answer, Question, RegionSel, Reply};

pub fn sel(s: &str) -> RegionSel {
    RegionSel::parse(s).unwrap()
}

pub fn run(mut s: Session, actions: impl IntoIterator<Item = Action>) -> Session {
    for a in actions {
        if let Some(n) = s.apply(a) {
            s = n;
        }
    }
    s
}

pub fn apply(s: &Session, a: Action) -> Session {
    s.apply(a.clone())
        .unwrap_or_else(|| panic!("{a:?} changed nothing from {s:?}"))
}

pub fn many(items: &[Answer]) -> Reply {
    Reply::Many(items.iter().copied().collect())
}

/// The left knee picked and the warning signs answered "None of these" (nothing gets past that
/// step without them; `safety_rules.rs` tests that on its own).
pub fn knee() -> Session {
    run(
        Session::new(Pack::english()),
        [
            Action::ToggleRegion(sel("knee-front.left")),
            Action::ToggleMulti(Question::RedFlags, Answer::None),
        ],
    )
}

//! Performance marks for the benchmark (`make bench`, `scripts/bench.mjs`): the app names the
//! moments worth timing on the page's own performance timeline, where the benchmark reads them
//! with `performance.getEntriesByName`. A mark costs microseconds, stays in the page and is sent
//! nowhere.

use std::cell::Cell;

/// The body map is on screen and takes input: set once, after the first render of the map step
/// (effects run after Yew has written the DOM and attached its listeners).
pub const MAP_READY: &str = "pm:map-ready";

/// A change of the session (a region toggled, an answer given, a new step) is in the DOM: set
/// after every such render.
pub const RENDERED: &str = "pm:render";

thread_local! {
    static MAP_MARKED: Cell<bool> = const { Cell::new(false) };
}

/// Adds a mark named `name` to the page's performance timeline. Does nothing where there is no
/// `performance` (never fails).
pub fn mark(name: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}

/// Called by the root component once each change of the session has rendered: marks
/// [`RENDERED`], and [`MAP_READY`] the first time the map step is what was rendered.
pub fn rendered(on_map: bool) {
    if on_map && !MAP_MARKED.with(|m| m.replace(true)) {
        mark(MAP_READY);
    }
    mark(RENDERED);
}

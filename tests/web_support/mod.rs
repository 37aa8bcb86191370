//! Shared pieces of the browser tests of the body map and the origin view (`web_body_map.rs`,
//! `web_origin_view.rs`): events dispatched as a browser makes them, a fresh root to mount into,
//! and small DOM queries.

#![allow(dead_code)]

use painmap_core::ids::RegionSel;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

// Events as a browser makes them (bubbling, cancelable), so Yew's delegated listeners see them.
#[wasm_bindgen(inline_js = "
export function click(el) { el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window })); }
export function key(el, k) {
  const e = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true });
  el.dispatchEvent(e);
  return e.defaultPrevented;
}
export function enter(el) { el.dispatchEvent(new MouseEvent('mouseenter', { bubbles: false, view: window })); }
export function focus_el(el) { el.focus(); }
export function active_el() { return document.activeElement; }
export function box_of(el) { const r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }
")]
extern "C" {
    pub fn click(el: &Element);
    pub fn key(el: &Element, key: &str) -> bool;
    pub fn enter(el: &Element);
    pub fn focus_el(el: &Element);
    pub fn active_el() -> Option<Element>;
    /// left, top, right, bottom in CSS pixels.
    pub fn box_of(el: &Element) -> Vec<f64>;
}

pub fn has_class(el: &Element, class: &str) -> bool {
    el.get_attribute("class")
        .unwrap_or_default()
        .split_whitespace()
        .any(|c| c == class)
}

pub fn sel(s: &str) -> RegionSel {
    RegionSel::parse(s).expect("a SPEC place")
}

/// A fresh element in the body to mount into.
pub fn fresh_root() -> Element {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let root = doc.create_element("div").expect("a div");
    doc.body()
        .expect("a body")
        .append_child(&root)
        .expect("attached");
    root
}

pub fn q(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .expect("a valid selector")
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

pub fn q_all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("a valid selector");
    (0..list.length())
        .filter_map(|i| list.get(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

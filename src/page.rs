//! What kind of page the widget is on, read from the DOM so no global state is needed: the
//! standalone page (it has the `#painmap` root that is not an embed element) or a clinic's page
//! that loaded `embed.js`.

use painmap_core::query;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The attribute that marks an element for the embed script.
pub const EMBED_ATTRIBUTE: &str = "data-painmap";

/// The id of the standalone page's root element.
pub const STANDALONE_ROOT_ID: &str = "painmap";

/// The standalone page's root: `#painmap` on a page with no `[data-painmap]` element. A clinic's
/// page that loaded `embed.js` always has one (the script loads nothing otherwise), so the
/// widget never takes over a host element that merely happens to be called `painmap`.
pub fn standalone_root(document: &web_sys::Document) -> Option<Element> {
    let embed_host = document
        .query_selector(&format!("[{}]", EMBED_ATTRIBUTE))
        .ok()
        .flatten();
    match embed_host {
        Some(_) => None,
        None => document.get_element_by_id(STANDALONE_ROOT_ID),
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Whether this is the standalone page, whose fragment may hold a share link. An embedded widget
/// never reads the host page's fragment.
pub fn reads_share_fragment() -> bool {
    document().is_some_and(|d| standalone_root(&d).is_some())
}

/// Where share links point: the standalone page. On the standalone page that is this page (its
/// query keeps the clinic's settings); on a clinic's page it is the folder `embed.js` came from,
/// where the standalone page is served.
pub fn share_base() -> String {
    if !reads_share_fragment() {
        if let Some(base) = embed_script_folder() {
            return base;
        }
    }
    page_address()
}

fn embed_script_folder() -> Option<String> {
    let scripts = document()?.query_selector_all("script[src]").ok()?;
    (0..scripts.length())
        .filter_map(|i| {
            scripts
                .item(i)?
                .dyn_into::<web_sys::HtmlScriptElement>()
                .ok()
        })
        .map(|s| s.src())
        .find_map(|src| {
            let path = query::split_address(&src).path;
            path.ends_with("/embed.js")
                .then(|| path.trim_end_matches("embed.js").to_string())
        })
}

/// The address of the standalone page that a share link points at: this page without its
/// fragment (its query keeps the clinic's settings).
pub fn page_address() -> String {
    let Some(window) = web_sys::window() else {
        return String::new();
    };
    let href = window.location().href().unwrap_or_default();
    let a = query::split_address(&href);
    query::join_query(a.path, a.query)
}

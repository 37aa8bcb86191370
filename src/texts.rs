//! The pack's texts, fetched as the widget starts. The wasm carries the pack's skeleton (ids,
//! rules, the UI labels and the region names: all the body map needs); the rest of the texts are
//! one file beside the wasm (`painmap_core::content` `texts.rs`), fetched while the runner is on
//! the map, from the widget's own folder (the standalone page's, or the one `embed.js` came from),
//! and precached by the service worker like every other file of the build.

use painmap_core::content::Pack;
use painmap_core::Locale;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// The widget's folder, ending in `/` (empty on the standalone page: relative to the page).
    static BASE: RefCell<String> = const { RefCell::new(String::new()) };
    /// The packs filled so far, shared by every widget of the page.
    static FILLED: RefCell<Vec<(Locale, &'static Pack)>> = const { RefCell::new(Vec::new()) };
}

/// Sets the widget's folder from the address of one of its files (the embed's stylesheet).
pub fn set_base_from(file_url: &str) {
    if let Some(i) = file_url.rfind('/') {
        BASE.with_borrow_mut(|b| *b = file_url[..=i].to_string());
    }
}

/// The pack for `locale` as far as it is known now: whole if its texts are here (or compiled
/// in), else the skeleton.
pub fn pack_now(locale: Locale) -> &'static Pack {
    let bundled = Pack::for_locale(locale);
    if bundled.has_texts() {
        return bundled;
    }
    FILLED
        .with_borrow(|f| f.iter().find(|(l, _)| *l == locale).map(|(_, p)| *p))
        .unwrap_or_else(|| Pack::skeleton(locale).0)
}

/// The whole pack for `locale`: fetched and filled once per page, then shared.
pub async fn load(locale: Locale) -> Result<&'static Pack, ()> {
    let now = pack_now(locale);
    if now.has_texts() {
        return Ok(now);
    }
    let (skeleton, file) = Pack::skeleton(locale);
    let url = BASE.with_borrow(|b| format!("{b}{file}"));
    let window = web_sys::window().ok_or(())?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    if !response.ok() {
        return Err(());
    }
    let text = JsFuture::from(response.text().map_err(|_| ())?)
        .await
        .map_err(|_| ())?
        .as_string()
        .ok_or(())?;
    // Another widget of the page may have filled it meanwhile.
    let now = pack_now(locale);
    if now.has_texts() {
        return Ok(now);
    }
    let pack: &'static Pack = Box::leak(Box::new(skeleton.with_texts(text.leak()).ok_or(())?));
    FILLED.with_borrow_mut(|f| f.push((locale, pack)));
    Ok(pack)
}

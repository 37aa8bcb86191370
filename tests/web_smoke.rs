//! Proves the browser test layer runs: the app mounts into a real DOM in headless Chromium and
//! renders the product name and the not-a-diagnosis notice from the English pack.
//! (Run by `make test` via `cargo test -p painmap --target wasm32-unknown-unknown`.)
#![cfg(target_arch = "wasm32")]

use painmap::embed::Settings;
use painmap_core::content::Pack;
use painmap_core::content::Ui;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn app_mounts_and_shows_product_name_and_notice() {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document");
    let root = document.create_element("div").expect("create a div");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("attach the root");

    painmap::mount(root.clone(), Settings::default());
    yew::scheduler::flush().await;

    let pack = Pack::english();
    let title = root
        .query_selector("h1")
        .expect("valid selector")
        .expect("the app renders a heading");
    assert_eq!(title.text_content().as_deref(), Some(pack.ui(Ui::AppTitle)));
    let text = root.text_content().unwrap_or_default();
    assert!(
        text.contains(pack.ui(Ui::FooterNotice)),
        "the not-a-diagnosis notice is shown, got: {text}"
    );

    root.remove();
}

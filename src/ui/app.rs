//! The widget's root: header, the current step, and the not-a-diagnosis footer.

use crate::embed::Settings;
use painmap_core::content::Pack;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub settings: Settings,
}

#[function_component(App)]
pub fn app(_props: &AppProps) -> Html {
    let pack = Pack::english();
    html! {
        <div class="pm-root">
            <header class="pm-header">
                <h1 class="pm-title">{ pack.ui("app.title") }</h1>
                <p class="pm-tagline">{ pack.ui("app.tagline") }</p>
            </header>
            <main class="pm-main">
                <div class="pm-map-placeholder" data-testid="map-placeholder"></div>
            </main>
            <footer class="pm-footer">
                <p class="pm-notice">{ pack.ui("footer.notice") }</p>
            </footer>
        </div>
    }
}

//! The widget's root: provides the pack chosen by locale, and lays out the header, the progress, the
//! current step and the not-a-diagnosis footer. The session (boot, reducer, saving, start over)
//! and focus live in hooks (`hooks.rs`).

use crate::embed::Settings;
use crate::ui::flow::{MapStep, QuestionStep};
use crate::ui::hooks::{use_session, use_step_focus, SessionHandle};
use crate::ui::results::Results;
use painmap_core::content::{Pack, PackRef, Ui};
use painmap_core::session::{Action, Step, Units, STORAGE_KEY};
use painmap_core::Locale;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub settings: Settings,
    /// Where this widget keeps its session in `localStorage` (`session::storage_key`): each
    /// widget on a page has its own.
    #[prop_or(AttrValue::Static(STORAGE_KEY))]
    pub storage_key: AttrValue,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // The language: the runner's own choice (the switch, kept with the saved check), else the
    // host's setting, else the browser's languages (`mount.rs` folds those two into `locale`).
    // The session runs on a skeleton (ids and rules, the same in every language); each step
    // renders the whole pack of the language once its texts have come (`texts.rs`). The map needs
    // only the skeleton; a question or the results wait for the texts, with Try again.
    let host_locale = props.settings.locale.unwrap_or_default();
    // The embedded widget must not read the host page's fragment: its share links point at the
    // standalone page. Whether it is embedded is known only once mounted, so the standalone page
    // marks itself instead (see `page.rs`).
    let SessionHandle {
        state,
        notices,
        dispatch,
        restart,
    } = use_session(
        Pack::skeleton(host_locale).0,
        props.storage_key.clone(),
        crate::reads_share_fragment(),
    );
    let locale = state.0.locale.unwrap_or(host_locale);
    // Bumped when a texts file has been filled in, so the pack below is read again.
    let filled = use_state(|| 0u32);
    let failed = use_state(|| None::<Locale>);
    let fetch = {
        let (filled, failed) = (filled.clone(), failed.clone());
        Callback::from(move |locale: Locale| {
            let (filled, failed) = (filled.clone(), failed.clone());
            failed.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                match crate::texts::load(locale).await {
                    Ok(_) => filled.set(*filled + 1),
                    Err(()) => failed.set(Some(locale)),
                }
            });
        })
    };
    {
        let fetch = fetch.clone();
        use_effect_with(locale, move |&locale| {
            if !crate::texts::pack_now(locale).has_texts() {
                fetch.emit(locale);
            }
        });
    }
    // The apology after an internal error follows the runner's switch too (`mount.rs` registered
    // the widget in the host's language).
    let root_ref = use_node_ref();
    {
        let (root_ref, chosen) = (root_ref.clone(), state.0.locale);
        use_effect_with(chosen, move |&chosen| {
            let mount = root_ref
                .cast::<web_sys::Element>()
                .and_then(|e| e.parent_element());
            if let (Some(locale), Some(mount)) = (chosen, mount) {
                crate::panic::watch(&mount, Pack::skeleton(locale).0);
            }
        });
    }
    let pack = crate::texts::pack_now(locale);
    let ready = pack.has_texts();
    let other_locale = match locale {
        Locale::En => Locale::Es,
        Locale::Es => Locale::En,
    };
    let failed = *failed == Some(locale);
    let session = &state.0;
    let asking = session.offer.is_some();
    let (heading_ref, ask_ref) =
        use_step_focus(session.step, asking, ready || session.step == Step::Map);

    let dismiss = {
        let notices = notices.clone();
        Callback::from(move |_: MouseEvent| notices.set(Vec::new()))
    };
    // Declining a pasted share link also takes away the notices about it.
    let keep = {
        let dismiss = dismiss.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            dispatch.emit(Action::KeepMine);
            dismiss.emit(e);
        })
    };
    let units = session.units_or(props.settings.units);
    let other_units = match units {
        Units::Km => Units::Mi,
        Units::Mi => Units::Km,
    };

    let bar = session.progress_bar();
    // Before any place is picked the number of questions is not known yet.
    let progress_text = match bar.steps {
        None => pack.ui(Ui::FlowProgressStart).to_string(),
        Some(steps) => pack
            .ui(Ui::FlowProgress)
            .replace("{n}", &bar.step.to_string())
            .replace("{total}", &steps.to_string()),
    };
    let percent = bar.percent;

    let body = match session.step {
        Step::Question(_) | Step::Results if !ready => html! {
            // Live, so a failure (or the retry) is heard where the runner already is.
            <section class="pm-step pm-loading" aria-labelledby="pm-step-heading" aria-live="polite"
                data-loading={if failed { "failed" } else { "waiting" }}>
                <h2 id="pm-step-heading" class="pm-step-heading" tabindex="-1" ref={heading_ref.clone()}>
                    { pack.ui(if failed { Ui::LoadFailed } else { Ui::LoadWaiting }) }
                </h2>
                if failed {
                    <button type="button" class="pm-button pm-button--primary" data-action="retry"
                        onclick={{
                            // The button goes while retrying: the heading keeps the focus.
                            let (fetch, heading) = (fetch.clone(), heading_ref.clone());
                            move |_: MouseEvent| {
                                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                                    let _ = h.focus();
                                }
                                fetch.emit(locale);
                            }
                        }}>{ pack.ui(Ui::LoadRetry) }</button>
                }
            </section>
        },
        Step::Map => html! {
            <MapStep pack={PackRef(pack)} regions={Rc::new(session.regions.clone())} on_action={dispatch.clone()} heading_ref={heading_ref.clone()} />
        },
        Step::Question(q) => html! {
            <QuestionStep key={q.as_str()} pack={PackRef(pack)} question={q} reply={session.answers.get(q).cloned()}
                regions={Rc::new(session.regions.clone())} is_last={session.next_is_results()}
                stops={session.signs_stop_check()}
                from_link={session.results_after_signs} units={units}
                on_action={dispatch.clone()} heading_ref={heading_ref.clone()} />
        },
        Step::Results => html! {
            <Results pack={PackRef(pack)} session={Rc::new(session.clone())} settings={props.settings.clone()} units={units}
                on_action={dispatch.clone()} on_restart={restart.clone()} heading_ref={heading_ref.clone()} />
        },
    };

    html! {
        <div class="pm-root" lang={pack.locale.clone()} ref={root_ref}>
            <header class="pm-header">
                <div class="pm-brand">
                    <svg class="pm-logo" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                        <path d="M12 2a6 6 0 0 0-6 6c0 4.5 6 12 6 12s6-7.5 6-12a6 6 0 0 0-6-6z" />
                        <circle cx="12" cy="8" r="2.2" />
                    </svg>
                    <h1 class="pm-title">{ pack.ui(Ui::AppTitle) }</h1>
                    // The other language, named in itself ("Español" on the English widget).
                    <button type="button" class="pm-button pm-button--quiet pm-lang" lang={other_locale.as_str()}
                        data-locale-switch={other_locale.as_str()}
                        onclick={dispatch.reform(move |_: MouseEvent| Action::SetLocale(other_locale))}>
                        { pack.ui(Ui::LocaleSwitch) }
                    </button>
                </div>
                <p class="pm-tagline">{ pack.ui(Ui::AppTagline) }</p>
                <div class="pm-progress" role="group" aria-label={pack.ui(Ui::FlowProgressLabel).to_string()}>
                    <progress class="pm-progress-bar" max="100" value={percent.to_string()}
                        aria-label={progress_text.clone()}></progress>
                    <p class="pm-progress-text" aria-live="polite">{ progress_text }</p>
                </div>
            </header>
            if !notices.is_empty() {
                <div class="pm-notices" role="status" data-notice="">
                    <ul>
                        { for notices.iter().map(|n| html! { <li>{ n }</li> }) }
                    </ul>
                    <button type="button" class="pm-button pm-button--quiet" onclick={dismiss}>
                        { pack.ui(Ui::NoticeDismiss) }
                    </button>
                </div>
            }
            <main class="pm-main">
                // A share link pasted over the runner's own answers waits for their choice: a
                // named group in the main landmark, focused when it appears (`use_step_focus`).
                if asking {
                    <div class="pm-notices pm-nav" role="group" aria-labelledby="pm-ask" tabindex="-1" ref={ask_ref}>
                        <p id="pm-ask">{ pack.ui(Ui::ShareAsk) }</p>
                        <button type="button" class="pm-button pm-button--primary" data-action="open-link"
                            onclick={dispatch.reform(|_: MouseEvent| Action::OpenOffer)}>{ pack.ui(Ui::ShareAskOpen) }</button>
                        <button type="button" class="pm-button" data-action="keep-mine" onclick={keep}>
                            { pack.ui(Ui::ShareAskKeep) }</button>
                    </div>
                }
                { body }
            </main>
            <footer class="pm-footer">
                <p class="pm-notice">{ pack.ui(Ui::FooterNotice) }</p>
                <div class="pm-footer-actions">
                <button type="button" class="pm-button pm-button--quiet" data-units={other_units.as_str()}
                    onclick={dispatch.reform(move |_: MouseEvent| Action::SetUnits(other_units))}>
                    { pack.ui(match other_units { Units::Km => Ui::UnitsSwitchKm, Units::Mi => Ui::UnitsSwitchMi }) }
                </button>
                if session.step != Step::Map || !session.regions.is_empty() {
                    <button type="button" class="pm-button pm-button--quiet" data-action="restart"
                        onclick={restart.reform(|_: MouseEvent| ())}>
                        { pack.ui(Ui::FlowRestart) }
                    </button>
                }
                </div>
            </footer>
        </div>
    }
}

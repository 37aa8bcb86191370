//! The widget's root: boots the session (share link, else saved state, else fresh), owns the one
//! reducer, saves every change, moves focus to each new step's heading, and lays out header,
//! progress, the current step and the not-a-diagnosis footer.

use crate::embed::Settings;
use crate::ui::browser;
use crate::ui::flow::{MapStep, QuestionStep};
use crate::ui::results::Results;
use painmap_core::content::Pack;
use painmap_core::session::{Action, Session, Step, Units, STORAGE_KEY};
use painmap_core::share;
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

/// The session as Yew state: a no-op action returns the same `Rc`, so nothing re-renders.
#[derive(Clone, PartialEq, Default)]
pub struct SessionState(pub Session);

impl Reducible for SessionState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.0.apply(action) {
            Some(next) => Rc::new(SessionState(next)),
            None => self,
        }
    }
}

/// How the widget started: the session and the notices to show about what could not be used.
struct Boot {
    session: Session,
    notices: Vec<String>,
}

/// A share link in the page's fragment wins (it is what the runner just opened); otherwise the
/// saved session; a broken saved entry is reported and replaced by a fresh check.
fn boot(pack: &Pack, read_fragment: bool, storage_key: &str) -> Boot {
    let mut notices = Vec::new();
    if read_fragment {
        if let Some(frag) = browser::fragment() {
            let decoded = share::decode(&frag);
            notices.extend(decoded.notices.iter().map(|n| n.message(pack)));
            if decoded.has_content() {
                browser::clear_fragment();
                return Boot {
                    session: Session::from_check_input(decoded.input),
                    notices,
                };
            }
            if !notices.is_empty() {
                notices.push(pack.ui("share.notice.nothing-usable").to_string());
            }
        }
    }
    let session = match browser::load_session(storage_key) {
        Ok(Some(s)) => s,
        Ok(None) => Session::new(),
        Err(e) => {
            notices.push(e.message(pack).to_string());
            Session::new()
        }
    };
    Boot { session, notices }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let pack = Pack::english();
    let root_ref = use_node_ref();
    let boot = use_memo((), |_| {
        // The embedded widget must not read the host page's fragment: its share links point at the
        // standalone page. Whether it is embedded is known only once mounted, so the standalone
        // page marks itself instead (see `lib.rs`).
        boot(pack, crate::reads_share_fragment(), &props.storage_key)
    });
    let state = use_reducer({
        let boot = boot.clone();
        move || SessionState(boot.session.clone())
    });
    let notices = use_state(|| boot.notices.clone());
    let session = &state.0;

    // One effect at the edge, once per change: save it, and set the performance marks for
    // `make bench` (src/perf.rs: the map first drawn, each change shown).
    let key = props.storage_key.clone();
    use_effect_with(state.0.clone(), move |s| {
        browser::save_session(&key, s);
        crate::perf::rendered(s.step == Step::Map);
    });

    // Focus follows the step (not on first render: never steal focus from a host page).
    let heading_ref = use_node_ref();
    let first = use_mut_ref(|| true);
    use_effect_with(session.step, {
        let heading_ref = heading_ref.clone();
        move |_| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            if let Some(h) = heading_ref.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        }
    });

    // The same callback on every render (the dispatcher never changes), so children that take it
    // can skip re-rendering when nothing else of theirs changed.
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |a: Action, _| dispatcher.dispatch(a))
    };
    let restart = {
        let state = state.clone();
        let notices = notices.clone();
        let key = props.storage_key.clone();
        Callback::from(move |_: ()| {
            browser::clear_session(&key);
            notices.set(Vec::new());
            state.dispatch(Action::Restart);
        })
    };
    let dismiss = {
        let notices = notices.clone();
        Callback::from(move |_: MouseEvent| notices.set(Vec::new()))
    };
    let units = session.units_or(props.settings.units);
    let other_units = match units {
        Units::Km => Units::Mi,
        Units::Mi => Units::Km,
    };

    let (at, total) = session.progress();
    let step_no = match session.step {
        Step::Map => 1,
        Step::Question(_) => at + 1,
        Step::Results => total + 2,
    };
    let steps = total + 2;
    // Before any place is picked the number of questions is not known yet.
    let progress_text = if session.regions.is_empty() {
        pack.ui("flow.progress.start").to_string()
    } else {
        pack.ui("flow.progress")
            .replace("{n}", &step_no.to_string())
            .replace("{total}", &steps.to_string())
    };
    // A sliver of progress on the map before the length of the check is known.
    let percent = if session.regions.is_empty() {
        4
    } else {
        (step_no * 100 / steps.max(1)).min(100)
    };

    let body = match session.step {
        Step::Map => html! {
            <MapStep regions={Rc::new(session.regions.clone())} on_action={dispatch.clone()} heading_ref={heading_ref.clone()} />
        },
        Step::Question(q) => html! {
            <QuestionStep key={q.as_str()} question={q} reply={session.answers.get(q).cloned()}
                regions={Rc::new(session.regions.clone())} is_last={at == total || session.results_after_signs}
                from_link={session.results_after_signs} units={units}
                on_action={dispatch.clone()} heading_ref={heading_ref.clone()} />
        },
        Step::Results => html! {
            <Results session={Rc::new(session.clone())} settings={props.settings.clone()} units={units}
                on_action={dispatch.clone()} on_restart={restart.clone()} heading_ref={heading_ref.clone()} />
        },
    };

    html! {
        <div class="pm-root" ref={root_ref} lang={pack.locale.clone()}>
            <header class="pm-header">
                <div class="pm-brand">
                    <svg class="pm-logo" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                        <path d="M12 2a6 6 0 0 0-6 6c0 4.5 6 12 6 12s6-7.5 6-12a6 6 0 0 0-6-6z" />
                        <circle cx="12" cy="8" r="2.2" />
                    </svg>
                    <h1 class="pm-title">{ pack.ui("app.title") }</h1>
                </div>
                <p class="pm-tagline">{ pack.ui("app.tagline") }</p>
                <div class="pm-progress" role="group" aria-label={pack.ui("flow.progress.label").to_string()}>
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
                        { pack.ui("notice.dismiss") }
                    </button>
                </div>
            }
            <main class="pm-main">{ body }</main>
            <footer class="pm-footer">
                <p class="pm-notice">{ pack.ui("footer.notice") }</p>
                <div class="pm-footer-actions">
                <button type="button" class="pm-button pm-button--quiet" data-units={other_units.as_str()}
                    onclick={dispatch.reform(move |_: MouseEvent| Action::SetUnits(other_units))}>
                    { pack.ui(match other_units { Units::Km => "units.switch.km", Units::Mi => "units.switch.mi" }) }
                </button>
                if session.step != Step::Map || !session.regions.is_empty() {
                    <button type="button" class="pm-button pm-button--quiet" data-action="restart"
                        onclick={restart.reform(|_: MouseEvent| ())}>
                        { pack.ui("flow.restart") }
                    </button>
                }
                </div>
            </footer>
        </div>
    }
}

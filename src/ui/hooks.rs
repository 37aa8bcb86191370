//! The app's hooks, each with one job and no side effect during render:
//! - [`use_session`]: boot (share link, else saved check, else fresh), the one reducer, saving
//!   every change, "start over", and share links pasted into the open page;
//! - [`use_step_focus`]: focus follows the step to its heading, and to the choice about a pasted
//!   share link while it waits.

use crate::ui::browser;
use gloo::events::EventListener;
use painmap_core::content::{Pack, Ui};
use painmap_core::session::{Action, Session, Step, StorageError};
use painmap_core::share::{self, Decoded};
use std::rc::Rc;
use yew::prelude::*;

/// The session as Yew state: a no-op action returns the same `Rc`, so nothing re-renders.
#[derive(Clone, PartialEq)]
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

/// What the boot read: the session to start with, the notices about what could not be used, and
/// the clean-up owed once the app is on screen.
struct Boot {
    session: Session,
    notices: Vec<String>,
    /// A share link was opened: take it out of the address bar, so that a reload restores the
    /// runner's own saved answers rather than the link they came in with.
    clear_fragment: bool,
    /// The saved entry could not be used: remove it, so its notice shows once.
    drop_saved: bool,
}

/// The notices about a share link: what in it was left out, and, when it names no place but had
/// something to say, that nothing could be used. The boot and a link pasted into the open page
/// say the same.
fn link_notices(link: &Decoded, pack: &'static Pack) -> Vec<String> {
    let mut notices: Vec<String> = link.notices.iter().map(|n| n.message(pack)).collect();
    if !link.has_content() && !notices.is_empty() {
        notices.push(pack.ui(Ui::ShareNoticeNothingUsable).to_string());
    }
    notices
}

/// A share link in the page's fragment is opened (it is what the runner just opened), unless a
/// check in progress is saved: then the link is offered and the runner chooses, as for a link
/// pasted into the open page. Otherwise the saved session; a broken saved entry is reported and
/// replaced by a fresh check. Only reads.
fn boot(pack: &'static Pack, read_fragment: bool, storage_key: &str) -> Boot {
    let link = browser::fragment()
        .filter(|_| read_fragment)
        .map(|frag| share::decode(&frag));
    let mut notices = link
        .as_ref()
        .map(|decoded| link_notices(decoded, pack))
        .unwrap_or_default();
    let saved = browser::load_session(storage_key, pack);
    if let Some(decoded) = link.filter(Decoded::has_content) {
        // A check in progress is never replaced silently, in a new load either: with one saved,
        // the link waits for the runner's choice as a pasted one does (`Session::link_choice`);
        // with none, or the very same check, it opens.
        let session = match saved {
            Ok(Some(saved)) => saved
                .apply(Action::Link(decoded.input.clone()))
                .unwrap_or(saved),
            _ => Session::from_check_input(decoded.input, pack),
        };
        return Boot {
            session,
            notices,
            clear_fragment: true,
            drop_saved: false,
        };
    }
    let (session, drop_saved) = match saved {
        Ok(Some(s)) => (s, false),
        Ok(None) => (Session::new(pack), false),
        Err(e) => {
            notices.push(StorageError::message(&e, pack).to_string());
            (Session::new(pack), true)
        }
    };
    Boot {
        session,
        notices,
        clear_fragment: false,
        drop_saved,
    }
}

/// The runner's session for one widget, and what the app does with it.
pub struct SessionHandle {
    pub state: UseReducerHandle<SessionState>,
    /// Notices about a share link or saved check that could not be used (dismissable).
    pub notices: UseStateHandle<Vec<String>>,
    /// Dispatches an action; the same callback on every render, so children can skip re-rendering.
    pub dispatch: Callback<Action>,
    /// Starts over: no places, no answers, no notices.
    pub restart: Callback<()>,
}

/// Boots, owns and saves the session kept under `storage_key`. The boot only reads (the fragment
/// and the saved entry); what it owes the page afterwards (clearing the fragment, removing an
/// unusable entry) happens in an effect. Every change is saved in an effect; a blank session (a
/// fresh start: nothing picked or answered, no units chosen) is removed instead of written, so
/// "start over" forgets the check rather than writing an empty one back.
///
/// With `read_fragment` (the standalone page), a share link pasted into the open page (the
/// fragment changes, no reload) is read as the boot reads one: the same notices, the same step it
/// lands on, the fragment cleared when it names a place, left with the check as it was when it
/// names none. It opens at once only when nothing would be lost; otherwise it waits in
/// [`Session::offer`] for the runner's choice ([`Action::Link`]).
#[hook]
pub fn use_session(
    pack: &'static Pack,
    storage_key: AttrValue,
    read_fragment: bool,
) -> SessionHandle {
    let boot = use_memo(storage_key.clone(), |key| boot(pack, read_fragment, key));
    let state = use_reducer({
        let boot = boot.clone();
        move || SessionState(boot.session.clone())
    });
    let notices = use_state({
        let boot = boot.clone();
        move || boot.notices.clone()
    });

    // Once, after the first render: what the boot owes the page; and on the standalone page (an
    // embedded widget never reads its host page's fragment), a listener for share links pasted
    // into the open page. It lives as long as the page, as the app does there.
    use_effect_with((), {
        let key = storage_key.clone();
        let boot = boot.clone();
        let dispatcher = state.dispatcher();
        let notices = notices.clone();
        move |()| {
            if boot.clear_fragment {
                browser::clear_fragment();
            }
            if boot.drop_saved {
                browser::clear_session(&key);
            }
            if let Some(window) = web_sys::window().filter(|_| read_fragment) {
                EventListener::new(&window, "hashchange", move |_| {
                    let Some(frag) = browser::fragment() else {
                        return;
                    };
                    let link = share::decode(&frag);
                    let link_notices = link_notices(&link, pack);
                    // As on a fresh load: a link that names a place is taken in (opened, or
                    // offered when it would replace the runner's answers) and leaves the address
                    // bar; one that names none leaves the check and the address as they are.
                    if link.has_content() {
                        dispatcher.dispatch(Action::Link(link.input));
                        browser::clear_fragment();
                    } else if link_notices.is_empty() {
                        return;
                    }
                    notices.set(link_notices);
                })
                .forget();
            }
        }
    });

    // One effect at the edge, once per change: save it, and set the performance marks for
    // `make bench` (src/perf.rs: the map first drawn, each change shown).
    use_effect_with(state.0.clone(), {
        let key = storage_key.clone();
        move |s| {
            if s.is_blank() {
                browser::clear_session(&key);
            } else {
                browser::save_session(&key, s);
            }
            crate::perf::rendered(s.step == Step::Map);
        }
    });

    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |a: Action, _| dispatcher.dispatch(a))
    };
    let restart = {
        let dispatcher = state.dispatcher();
        let notices = notices.clone();
        Callback::from(move |_: ()| {
            notices.set(Vec::new());
            dispatcher.dispatch(Action::Restart);
        })
    };
    SessionHandle {
        state,
        notices,
        dispatch,
        restart,
    }
}

/// Moves focus to the new step's heading whenever the step changes (not on the first render: a
/// widget never steals focus from its host page); to the choice about a pasted share link when it
/// appears (`asking`), and back to the step's heading once it is made (a step changed while it
/// waits takes focus as usual). Returns the refs to put on the heading and on the choice.
#[hook]
pub fn use_step_focus(step: Step, asking: bool, ready: bool) -> (NodeRef, NodeRef) {
    let heading = use_node_ref();
    let choice = use_node_ref();
    // The last (step, asking, ready); `None` before the first render.
    let last = use_mut_ref(|| None::<(Step, bool, bool)>);
    // Focus went to a step still waiting for the pack's texts (`ready` false): when they come, the
    // step's own heading takes it over. (A page that opens on such a step takes no focus.)
    let waited = use_mut_ref(|| false);
    use_effect_with((step, asking, ready), {
        let heading = heading.clone();
        let choice = choice.clone();
        move |&(step, asking, ready)| match last.borrow_mut().replace((step, asking, ready)) {
            None => {}
            Some((s, a, _)) if s == step && a == asking && ready && *waited.borrow() => {
                *waited.borrow_mut() = false;
                focus(&heading);
            }
            Some((s, a, _)) if s == step && a == asking => {}
            Some((_, false, _)) if asking => focus(&choice),
            Some(_) => {
                focus(&heading);
                *waited.borrow_mut() = !ready;
            }
        }
    });
    (heading, choice)
}

/// Moves focus to the element behind `node`, if it is on the page.
fn focus(node: &NodeRef) {
    if let Some(el) = node.cast::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

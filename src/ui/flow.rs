//! The check's steps before the results: where it hurts (the body map) and one question at a time,
//! with Back and Next everywhere and every answer kept.

use crate::ui::body_map::BodyMap;
use crate::ui::StaticRef;
use painmap_core::answers::MAX_WEEKS_TO_RACE;
use painmap_core::content::Ui;
use painmap_core::content::{Pack, PackRef};
use painmap_core::engine;
use painmap_core::session::{Action, Units};
use painmap_core::vec_set::VecSet;
use painmap_core::{Answer, Question, QuestionKind, RegionSel, Reply};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapStepProps {
    /// The pack the session runs on (`Session::pack`).
    pub pack: PackRef,
    pub regions: Rc<VecSet<RegionSel>>,
    pub on_action: Callback<Action>,
    pub heading_ref: NodeRef,
}

/// Step one: pick every place that hurts.
#[function_component(MapStep)]
pub fn map_step(props: &MapStepProps) -> Html {
    let pack = props.pack.0;
    let tried_empty = use_state(|| false);
    // Kept the same across renders, so the map's regions can skip re-rendering (see `BodyMap`).
    let on_toggle = use_callback(props.on_action.clone(), |sel, on_action| {
        on_action.emit(Action::ToggleRegion(sel))
    });
    let next = {
        let on_action = props.on_action.clone();
        let empty = props.regions.is_empty();
        let tried_empty = tried_empty.clone();
        Callback::from(move |_: MouseEvent| {
            tried_empty.set(empty);
            if !empty {
                on_action.emit(Action::Next);
            }
        })
    };
    html! {
        <section class="pm-step pm-step--map" aria-labelledby="pm-step-heading">
            <h2 id="pm-step-heading" class="pm-step-heading" tabindex="-1" ref={props.heading_ref.clone()}>
                { pack.ui(Ui::FlowMapHeading) }
            </h2>
            <p class="pm-step-help">{ pack.ui(Ui::FlowMapHelp) }</p>
            <BodyMap selected={props.regions.clone()} on_toggle={on_toggle} pack={StaticRef(pack)} />
            if *tried_empty && props.regions.is_empty() {
                <p class="pm-inline-error" role="alert">{ pack.ui(Ui::FlowMapPickOne) }</p>
            }
            <div class="pm-nav">
                <span></span>
                <button type="button" class="pm-button pm-button--primary" data-action="next" onclick={next}>
                    { pack.ui(Ui::FlowNext) }
                </button>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct QuestionStepProps {
    /// The pack the session runs on (`Session::pack`).
    pub pack: PackRef,
    pub question: Question,
    pub reply: Option<Reply>,
    pub regions: Rc<VecSet<RegionSel>>,
    /// Next from here shows the results (the last question, or the warning signs of a share link):
    /// its button says so.
    pub is_last: bool,
    /// A ticked warning sign ends the check: the button says "See what to do now".
    #[prop_or_default]
    pub stops: bool,
    /// Opened from a share link without the warning signs (only on that step): say so.
    #[prop_or_default]
    pub from_link: bool,
    /// Distances in the texts follow these units.
    pub units: Units,
    pub on_action: Callback<Action>,
    pub heading_ref: NodeRef,
}

/// One question of the self-check.
#[function_component(QuestionStep)]
pub fn question_step(props: &QuestionStepProps) -> Html {
    let pack = props.pack.0;
    let q = props.question;
    let text = pack.question(q);
    let t = |s: &str| pack.localize(s, props.units);
    let prompt = t(text.map(|t| &*t.prompt).unwrap_or(q.as_str()));
    let help = text.and_then(|x| x.help.as_deref()).map(t);
    let hint = text.and_then(|x| x.hint.as_deref()).map(t);
    let heading_id = format!("pm-q-{q}");
    let weeks_error = use_state(|| false);

    let choices = match q.kind() {
        QuestionKind::Single => single_choice(pack, q, props),
        QuestionKind::Multi => multi_choice(pack, q, props),
        QuestionKind::Weeks => weeks_input(pack, props, weeks_error.clone()),
    };
    let note = (q == Question::RedFlags)
        .then(|| pack.red_flag_note(&props.regions))
        .flatten();
    // No skipping: the warning signs need a sign or "None of these" before anything else. The
    // button stays focusable (`aria-disabled`, not `disabled`), so a keyboard or screen-reader
    // user reaches it and hears why it does nothing yet.
    let blocked = q == Question::RedFlags && !props.reply.as_ref().is_some_and(Reply::is_given);
    let back = props.on_action.reform(|_: MouseEvent| Action::Back);
    let (forward_action, forward_label) = match (props.stops, props.is_last) {
        (true, _) => ("results", pack.ui(Ui::FlowRedFlagsStop)),
        (false, true) => ("results", pack.ui(Ui::FlowShowResults)),
        (false, false) => ("next", pack.ui(Ui::FlowNext)),
    };
    let forward = {
        let on_action = props.on_action.clone();
        let weeks_error = weeks_error.clone();
        Callback::from(move |_: MouseEvent| {
            // A number the check cannot use stays on screen with its message instead of being dropped.
            if *weeks_error || blocked {
                return;
            }
            // The session knows where Next goes: the next question, or the results.
            on_action.emit(Action::Next);
        })
    };

    html! {
        <section class="pm-step pm-question" data-question={q.as_str()} aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id.clone()} class="pm-step-heading" tabindex="-1" ref={props.heading_ref.clone()}>
                { prompt }
            </h2>
            if let Some(help) = help {
                <p class="pm-step-help">{ help }</p>
            }
            if props.from_link && q == Question::RedFlags {
                <p class="pm-callout" data-note="from-link">{ pack.ui(Ui::FlowRedFlagsFromLink) }</p>
            }
            if let Some(note) = note {
                <p class="pm-callout pm-callout--warn" data-note="hip-front">{ note }</p>
            }
            if let Some(hint) = hint {
                <p class="pm-hint">{ hint }</p>
            }
            { choices }
            if blocked {
                <p id="pm-required" class="pm-hint pm-required" data-required="red-flags" role="status">
                    { pack.ui(Ui::FlowRedFlagsRequired) }
                </p>
            }
            <div class="pm-nav">
                <button type="button" class="pm-button" data-action="back" onclick={back}>
                    { pack.ui(Ui::FlowBack) }
                </button>
                <button type="button" class="pm-button pm-button--primary" data-action={forward_action} onclick={forward}
                    aria-disabled={blocked.then_some("true")} aria-describedby={blocked.then_some("pm-required")}>
                    { forward_label }
                </button>
            </div>
        </section>
    }
}

fn single_choice(pack: &Pack, q: Question, props: &QuestionStepProps) -> Html {
    let chosen = match &props.reply {
        Some(Reply::One(a)) => Some(*a),
        _ => None,
    };
    let labelled_by = format!("pm-q-{q}");
    html! {
        <div class="pm-choices" role="radiogroup" aria-labelledby={labelled_by}>
            { for q.answers().iter().map(|&a| {
                let onchange = props.on_action.reform(move |_: Event| Action::Answer(q, Reply::One(a)));
                let unsure = a == Answer::Unsure;
                html! {
                    <label class={classes!("pm-choice", unsure.then_some("pm-choice--unsure"), (chosen == Some(a)).then_some("is-chosen"))}>
                        <input type="radio" name={format!("pm-{q}")} value={a.as_str()} data-answer={a.as_str()}
                            checked={chosen == Some(a)} {onchange} />
                        <span class="pm-choice-label">{ pack.localize(pack.answer_label(q, a), props.units) }</span>
                    </label>
                }
            }) }
        </div>
    }
}

fn multi_choice(pack: &Pack, q: Question, props: &QuestionStepProps) -> Html {
    let ticked: VecSet<Answer> = match &props.reply {
        Some(Reply::Many(set)) => set.clone(),
        _ => VecSet::new(),
    };
    // For the front of the hip the signs of a stress fracture come first and stand out. Answers
    // are offered where they apply (warning signs, what makes it worse); one already ticked always
    // stays in view.
    let mut replied = painmap_core::Answers::default();
    if let Some(r) = &props.reply {
        replied.0.insert(q, r.clone());
    }
    let offered = engine::answers_offered(q, &props.regions, &replied, pack);
    let emphasised: Vec<Answer> = if q == Question::RedFlags {
        engine::emphasised_red_flags(&props.regions)
            .iter()
            .copied()
            .filter(|a| offered.contains(a))
            .collect()
    } else {
        Vec::new()
    };
    let mut order: Vec<Answer> = emphasised.to_vec();
    order.extend(offered.into_iter().filter(|a| !emphasised.contains(a)));
    let exclusive = q.exclusive_answer();
    let labelled_by = format!("pm-q-{q}");
    html! {
        <div class="pm-choices" role="group" aria-labelledby={labelled_by}>
            { for order.into_iter().map(|a| {
                let onchange = props.on_action.reform(move |_: Event| Action::ToggleMulti(q, a));
                let on = ticked.contains(&a);
                html! {
                    <label class={classes!(
                        "pm-choice",
                        emphasised.contains(&a).then_some("pm-choice--emphasis"),
                        (exclusive == Some(a)).then_some("pm-choice--none"),
                        on.then_some("is-chosen"),
                    )}>
                        <input type="checkbox" value={a.as_str()} data-answer={a.as_str()} checked={on} {onchange} />
                        <span class="pm-choice-label">{ pack.localize(pack.answer_label(q, a), props.units) }</span>
                    </label>
                }
            }) }
        </div>
    }
}

fn weeks_input(pack: &Pack, props: &QuestionStepProps, error: UseStateHandle<bool>) -> Html {
    let (weeks, no_race) = match &props.reply {
        Some(Reply::Weeks(w)) => (Some(*w), false),
        Some(Reply::One(Answer::NoRace)) => (None, true),
        _ => (None, false),
    };
    let oninput = {
        let on_action = props.on_action.clone();
        let error = error.clone();
        Callback::from(move |e: InputEvent| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let raw = input.value();
            let raw = raw.trim();
            if raw.is_empty() {
                error.set(false);
                on_action.emit(Action::ClearAnswer(Question::WeeksToRace));
                return;
            }
            match raw.parse::<u8>() {
                Ok(w) if w <= MAX_WEEKS_TO_RACE => {
                    error.set(false);
                    on_action.emit(Action::SetWeeks(w));
                }
                _ => error.set(true),
            }
        })
    };
    let on_no_race = {
        let on_action = props.on_action.clone();
        let error = error.clone();
        Callback::from(move |_: Event| {
            error.set(false);
            on_action.emit(if no_race {
                Action::ClearAnswer(Question::WeeksToRace)
            } else {
                Action::NoRace
            });
        })
    };
    let value = weeks.map(|w| w.to_string()).unwrap_or_default();
    let error_text = pack
        .ui(Ui::FlowWeeksError)
        .replace("{max}", &MAX_WEEKS_TO_RACE.to_string());
    html! {
        <div class="pm-weeks">
            <label class="pm-weeks-field">
                <span class="pm-weeks-label">{ pack.ui(Ui::FlowWeeksLabel) }</span>
                <input class="pm-input" type="number" inputmode="numeric" min="0" max={MAX_WEEKS_TO_RACE.to_string()}
                    data-answer="weeks" value={value} disabled={no_race} aria-invalid={(*error).then_some("true")}
                    aria-describedby={(*error).then_some("pm-weeks-error")} {oninput} />
            </label>
            if *error {
                <p id="pm-weeks-error" class="pm-inline-error" role="alert">{ error_text }</p>
            }
            <label class={classes!("pm-choice", no_race.then_some("is-chosen"))}>
                <input type="checkbox" data-answer="no-race" checked={no_race} onchange={on_no_race} />
                <span class="pm-choice-label">{ pack.answer_label(Question::WeeksToRace, Answer::NoRace) }</span>
            </label>
        </div>
    }
}

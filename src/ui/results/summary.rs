//! The summary under the result: what the runner entered, where the statements come from, and
//! the actions (back to the answers, share a link, print).

use super::*;

/// What the runner entered, for them and for a clinician reading the printout.
pub(super) fn answers(pack: &Pack, input: &CheckInput, units: Units) -> Html {
    // Said plainly, never left out: a check whose warning signs were not answered is not complete.
    let signs_unanswered = (!engine::red_flags_answered(&input.answers)).then(|| {
        let prompt = pack.question(Question::RedFlags).map(|t| t.prompt.to_string()).unwrap_or_default();
        html! { <div class="pm-answer-row" data-unanswered="red-flags"><dt>{ prompt }</dt><dd>{ pack.ui(Ui::ResultsAnswersNotAnswered) }</dd></div> }
    });
    let rows = input.answers.0.iter().filter_map(|(q, reply)| {
        let prompt = pack.question(*q).map(|t| t.prompt.to_string()).unwrap_or_else(|| q.to_string());
        let value = match (q.kind(), reply) {
            (_, Reply::Weeks(w)) => pack.ui(Ui::ResultsAnswersWeeks).replace("{n}", &w.to_string()),
            (_, Reply::One(a)) => pack.answer_label(*q, *a).to_string(),
            (QuestionKind::Multi, Reply::Many(set)) if !set.is_empty() => {
                set.iter().map(|a| pack.answer_label(*q, *a)).collect::<Vec<_>>().join("; ")
            }
            _ => return None,
        };
        Some(html! { <div class="pm-answer-row"><dt>{ prompt }</dt><dd>{ pack.localize(&value, units) }</dd></div> })
    });
    html! {
        <section class="pm-section pm-answers" data-answers="" aria-labelledby="pm-answers-heading">
            <h3 id="pm-answers-heading" class="pm-section-heading">{ pack.ui(Ui::ResultsAnswers) }</h3>
            <dl>
                <div class="pm-answer-row">
                    <dt>{ pack.ui(Ui::ResultsAnswersPlaces) }</dt>
                    <dd>{ input.regions.iter().map(|r| pack.region_name(*r)).collect::<Vec<_>>().join("; ") }</dd>
                </div>
                { signs_unanswered }
                { for rows }
            </dl>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct ActionsProps {
    pub(super) pack: PackRef,
    pub(super) input: Rc<CheckInput>,
    pub(super) on_action: Callback<Action>,
    pub(super) units: Units,
}

/// Back to the answers, share a link, print; switch units.
#[function_component(ResultActions)]
pub(super) fn result_actions(props: &ActionsProps) -> Html {
    let pack = props.pack.0;
    let link = use_state(|| None::<String>);
    let copied = use_state(|| None::<bool>);
    let share = {
        let input = props.input.clone();
        let link = link.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let url = format!("{}#{}", crate::share_base(), share::encode(&input));
            link.set(Some(url.clone()));
            match browser::copy_to_clipboard(&url) {
                Some(promise) => {
                    let copied = copied.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        copied.set(Some(JsFuture::from(promise).await.is_ok()));
                    });
                }
                None => copied.set(Some(false)),
            }
        })
    };

    html! {
        <div class="pm-result-actions">
            <div class="pm-nav">
                <button type="button" class="pm-button" data-action="back" onclick={props.on_action.reform(|_: MouseEvent| Action::Back)}>
                    { pack.ui(Ui::ResultsEdit) }
                </button>
                <div class="pm-nav-group">
                    <button type="button" class="pm-button" data-action="share" onclick={share}>{ pack.ui(Ui::ResultsShare) }</button>
                    <button type="button" class="pm-button" data-action="print" onclick={Callback::from(|_: MouseEvent| browser::print())}>
                        { pack.ui(Ui::ResultsPrint) }
                    </button>
                </div>
            </div>
            if let Some(url) = &*link {
                <div class="pm-share" role="status">
                    <p>{ pack.ui(match *copied {
                        Some(true) => Ui::ResultsShareCopied,
                        Some(false) => Ui::ResultsShareManual,
                        None => Ui::ResultsShareCopying,
                    }) }</p>
                    <input class="pm-input pm-share-url" type="text" readonly=true value={url.clone()} data-share-url=""
                        aria-label={pack.ui(Ui::ResultsShareLabel).to_string()} />
                    <p class="pm-hint">{ pack.ui(Ui::ResultsSharePrivate) }</p>
                </div>
            }
        </div>
    }
}

/// A compact tag naming where a statement comes from; the full names are in [`sources`].
pub fn source_tag(pack: &Pack, source: &Source) -> Html {
    let label = match source {
        Source::K => pack.ui(Ui::SourceShortK),
        Source::H => pack.ui(Ui::SourceShortH),
        Source::G(name) => name.as_ref(),
    };
    // A guideline's full citation reads as a line of small print under its statement; a chip
    // that long would wrap into a ragged stack of boxes on a phone.
    let cite = label.chars().count() > 40;
    // A guideline's name is cited as published, in English, whatever the widget's language.
    let lang = (matches!(source, Source::G(_)) && &*pack.locale != "en").then_some("en");
    html! { <span class={classes!("pm-source-tag", cite.then_some("pm-source-tag--cite"))} {lang}>{ label }</span> }
}

/// The seed articles behind the short source tags, named in full.
pub(super) fn sources(pack: &Pack) -> Html {
    html! {
        <section class="pm-sources" aria-labelledby="pm-sources-heading">
            <h3 id="pm-sources-heading" class="pm-section-heading">{ pack.ui(Ui::ResultsSources) }</h3>
            <dl>
                <div><dt>{ pack.ui(Ui::SourceShortK) }</dt><dd>{ &*pack.sources.k }</dd></div>
                <div><dt>{ pack.ui(Ui::SourceShortH) }</dt><dd>{ &*pack.sources.h }</dd></div>
            </dl>
            <p class="pm-hint">{ pack.ui(Ui::ResultsSourcesNote) }</p>
        </section>
    }
}

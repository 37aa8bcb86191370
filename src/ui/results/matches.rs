//! The ranked matches: what each is, how well it fits and why, and where it starts; and the
//! contributing factors the answers revealed.

use super::*;

/// One ranked match (`rank` from 0): what it is, how well it fits and why, and where it starts.
pub(super) fn condition_card(pack: &Pack, m: &ConditionMatch, rank: usize, units: Units) -> Html {
    let t = |s: &str| pack.localize(s, units);
    let Some(c) = pack.condition(m.condition) else {
        return Html::default();
    };
    let heading_id = format!("pm-cond-{}", m.condition);
    let origin_label = pack.ui(match m.origin {
        painmap_core::Origin::Hip => Ui::ResultsOriginHip,
        painmap_core::Origin::Spine => Ui::ResultsOriginSpine,
        painmap_core::Origin::Local => Ui::ResultsOriginLocal,
    });
    // What loads the sore place, for a condition that starts where it hurts.
    let loaded_by = c.loaded_by.as_ref().map(|f| t(&f.text));
    let details = html! { <>
            <p>{ t(&c.explanation.text) }</p>
            <p><strong>{ pack.ui(Ui::ResultsWhereItHurts) }</strong>{ " " }{ t(&c.where_it_hurts.text) }</p>
            <div class="pm-origin">
                { origin_view(&m.sites, m.origin, pack, loaded_by.as_deref()) }
                <div class="pm-origin-text">
                    <p class="pm-origin-label">{ origin_label }</p>
                    <ol class="pm-chain">
                        { for c.chain.iter().map(|step| html! { <li>{ t(&step.text) }</li> }) }
                    </ol>
                </div>
            </div>
            <div class="pm-why">
                <h5>{ pack.ui(Ui::ResultsWhy) }</h5>
                <ul class="pm-evidence">
                    { for m.evidence.iter().map(|e| html! {
                        <li class={if e.raised() { "pm-evidence--up" } else { "pm-evidence--down" }} data-rule={e.rule.clone()}>
                            <span class="pm-evidence-mark" aria-hidden="true">{ if e.raised() { "+" } else { "−" } }</span>
                            <span class="pm-sr-only">{ pack.ui(if e.raised() { Ui::ResultsEvidenceFor } else { Ui::ResultsEvidenceAgainst }) }</span>
                            { t(pack.evidence_text(&e.rule)) }
                        </li>
                    }) }
                </ul>
                if !c.facts.is_empty() {
                    <details class="pm-facts-more">
                        <summary>{ pack.ui(Ui::ResultsGoodToKnow) }</summary>
                        { fact_list(pack, &c.facts, units) }
                    </details>
                }
            </div>
            if !c.training_changes.is_empty() {
                <div class="pm-training-changes">
                    <h5>{ pack.ui(Ui::ResultsTrainingChanges) }</h5>
                    { fact_list(pack, &c.training_changes, units) }
                </div>
            }
    </> };
    html! {
        <article class={classes!("pm-card", "pm-condition", (rank == 0).then_some("pm-condition--top"))}
            data-condition={m.condition.as_str()} data-origin={m.origin.as_str()} aria-labelledby={heading_id.clone()}>
            <header class="pm-condition-head">
                <h4 id={heading_id}>{ &*c.name }</h4>
                <span class={classes!("pm-badge", format!("pm-badge--{}", m.strength))} data-strength={m.strength.as_str()}>
                    { pack.strength_label(m.strength) }
                </span>
            </header>
            if let Some(clinical) = &c.clinical_name {
                <p class="pm-clinical-name">{ &**clinical }</p>
            }
            if rank == 0 {
                { details }
            } else {
                <details class="pm-more">
                    <summary>{ pack.ui(Ui::ResultsMore) }</summary>
                    { details }
                </details>
            }
        </article>
    }
}

/// Facts as a list, each with its source. (A plain function, not a component: it has no state of
/// its own, and every component type costs the wasm its own copy of Yew's component code.)
pub(super) fn fact_list(pack: &Pack, facts: &[Fact], units: Units) -> Html {
    if facts.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="pm-facts">
            { for facts.iter().map(|f| html! {
                <li>{ pack.localize(&f.text, units) }{ source_tag(pack, &f.source) }</li>
            }) }
        </ul>
    }
}

/// The contributing factors the answers revealed, and what each asks of the runner.
pub(super) fn factors(pack: &Pack, outcome: &Outcome, units: Units) -> Html {
    let t = |s: &str| pack.localize(s, units);
    if outcome.factors.is_empty() {
        return Html::default();
    }
    html! {
        <section class="pm-section" aria-labelledby="pm-factors-heading">
            <h3 id="pm-factors-heading" class="pm-section-heading">{ pack.ui(Ui::ResultsFactors) }</h3>
            <ul class="pm-factors">
                { for outcome.factors.iter().filter_map(|f| {
                    let content = pack.factor(f.factor)?;
                    Some(html! {
                        <li class="pm-card pm-factor" data-factor={f.factor.as_str()}>
                            <h4>{ &*content.name }</h4>
                            <p>{ t(&content.explanation.text) }</p>
                            if !f.rules.is_empty() {
                                <ul class="pm-evidence">
                                    { for f.rules.iter().map(|r| html! { <li class="pm-evidence--up">{ t(pack.evidence_text(r)) }</li> }) }
                                </ul>
                            }
                            <p class="pm-advice"><strong>{ pack.ui(Ui::ResultsFactorAdvice) }</strong>{ " " }{ t(&content.advice.text) }</p>
                        </li>
                    })
                }) }
            </ul>
        </section>
    }
}

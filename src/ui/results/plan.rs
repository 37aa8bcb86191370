//! The plan: the weekly schedule by weeks to race, the pain rule, the exercises in order, and
//! proactive care for the lower back.

use super::*;
use painmap_core::calendar;

/// The weekly schedule by weeks-to-race, the exercises in order, and proactive care; `local_hills`
/// is the clinic's hills for downhill practice, for that exercise's card.
pub(super) fn plan_view(
    pack: &'static Pack,
    plan: &Plan,
    outcome: &Rc<Outcome>,
    units: Units,
    local_hills: Option<&str>,
    input: &Rc<CheckInput>,
    calendar: &CalendarChoice,
) -> Html {
    let phase = match plan.kind {
        PlanKind::Build => &pack.plan.build,
        PlanKind::Maintenance => &pack.plan.maintenance,
    };
    let because = |b: &Because| match b {
        Because::Condition(c) => pack.condition(*c).map(|c| &*c.name).unwrap_or_default(),
        Because::Factor(f) => pack.factor(*f).map(|f| &*f.name).unwrap_or_default(),
    };
    html! {
        <section class="pm-section pm-plan" data-plan={plan.kind.as_str()} aria-labelledby="pm-plan-heading">
            <h3 id="pm-plan-heading" class="pm-section-heading">{ pack.ui(Ui::ResultsPlan) }</h3>
            if outcome.triage == Triage::SeeProfessional {
                <p class="pm-callout">{ pack.ui(Ui::ResultsPlanMeanwhile) }</p>
            }
            <div class="pm-card pm-schedule">
                <h4>{ &*phase.title }</h4>
                { fact_list(pack, &phase.points, units) }
                if plan.knee_timeline {
                    <p class="pm-timeline">{ pack.localize(&pack.plan.knee_timeline.text, units) }
                        { source_tag(pack, &pack.plan.knee_timeline.source) }</p>
                }
            </div>
            { calendar_card(pack, outcome, input, units, calendar) }
            if plan.spine_care {
                <div class="pm-card pm-spine-care" data-spine-care="">
                    <h4>{ &*pack.plan.spine_care.title }</h4>
                    { fact_list(pack, &pack.plan.spine_care.points, units) }
                </div>
            }
            <div class="pm-card pm-pain-rule" data-plan-note="pain-monitoring">
                <h4>{ pack.ui(Ui::ResultsPlanPainMonitoring) }</h4>
                <p>{ &*pack.plan.pain_monitoring.text }{ source_tag(pack, &pack.plan.pain_monitoring.source) }</p>
            </div>
            <h4 class="pm-subheading">{ pack.ui(Ui::ResultsExercises) }</h4>
            <ol class="pm-exercises">
                { for plan.exercises.iter().enumerate().map(|(i, e)| html! {
                    <li>
                        { exercise_card(pack, e.exercise, i + 1, units, local_hills,
                            &e.because.iter().map(because).filter(|s| !s.is_empty()).collect::<Vec<_>>()) }
                    </li>
                }) }
            </ol>
        </section>
    }
}

/// The strength days the runner picked, and whether the calendar file was saved.
pub(super) struct CalendarChoice {
    pub(super) days: [u8; 2],
    pub(super) saved: bool,
    pub(super) set_days: Callback<[u8; 2]>,
    pub(super) on_saved: Callback<()>,
}

const DAYS: [Ui; 7] = [
    Ui::Day0,
    Ui::Day1,
    Ui::Day2,
    Ui::Day3,
    Ui::Day4,
    Ui::Day5,
    Ui::Day6,
];

/// "Add the sessions to my calendar": two strength days, what the file will hold, and the button
/// that saves it (an `.ics` file made here, see `painmap_core::calendar`).
fn calendar_card(
    pack: &'static Pack,
    outcome: &Rc<Outcome>,
    input: &Rc<CheckInput>,
    units: Units,
    c: &CalendarChoice,
) -> Html {
    let Some(plan) = &outcome.plan else {
        return html! {};
    };
    let Some((today, _)) = browser::today() else {
        return html! {};
    };
    let days = c.days;
    let schedule = calendar::for_check(input, plan, today, days);
    let weeks = input.answers.weeks_to_race().flatten();
    let no_race = weeks.is_none();
    let race = weeks.map(|w| today.add_days(7 * i64::from(w)));
    let same = days[0] == days[1];
    let save = {
        let (input, outcome) = (input.clone(), outcome.clone());
        let saved = c.on_saved.clone();
        Callback::from(move |_: MouseEvent| {
            let (Some((today, now)), Some(plan)) = (browser::today(), &outcome.plan) else {
                return;
            };
            let schedule = calendar::for_check(&input, plan, today, days);
            let texts = calendar::Texts {
                pack,
                units,
                session: pack.ui(Ui::CalendarSession),
                session_intro: pack.ui(Ui::CalendarSessionIntro),
                care: pack.ui(Ui::CalendarCareTitle),
            };
            let file = calendar::ics(&schedule, plan, &texts, now, &share::encode(&input));
            if browser::download("painmap-plan.ics", "text/calendar;charset=utf-8", &file) {
                saved.emit(());
            }
        })
    };
    let count = match (schedule.sessions.first(), schedule.sessions.last()) {
        (Some(first), Some(last)) => pack
            .ui(Ui::CalendarCount)
            .replace("{n}", &schedule.sessions.len().to_string())
            .replace("{first}", &browser::short_date(*first, &pack.locale))
            .replace("{last}", &browser::short_date(*last, &pack.locale)),
        _ => String::new(),
    };
    html! {
        <div class="pm-card pm-calendar" data-calendar="">
            <h4>{ pack.ui(Ui::CalendarHeading) }</h4>
            if schedule.sessions.is_empty() {
                <p>{ pack.ui(Ui::CalendarNone) }</p>
            } else {
                <div class="pm-calendar-days">
                    { day_select(pack, c, 0, Ui::CalendarFirstDay) }
                    { day_select(pack, c, 1, Ui::CalendarSecondDay) }
                </div>
                <p>{ pack.ui(if no_race { Ui::CalendarNoRace } else { Ui::CalendarBuild }) }
                    if !schedule.care.is_empty() { { " " }{ pack.ui(Ui::CalendarCare) } }</p>
                if same {
                    <p class="pm-callout pm-callout--warn" role="alert">{ pack.ui(Ui::CalendarSameDay) }</p>
                } else {
                    <p data-calendar-count="">{ count }</p>
                }
                // Weeks to race count from today, not from the day of the check: say the date.
                if let Some(race) = race {
                    <p class="pm-hint" data-calendar-race="">{ pack.ui(Ui::CalendarRace).replace("{date}", &browser::short_date(race, &pack.locale)) }</p>
                }
                <button type="button" class="pm-button pm-button--primary" data-action="calendar" disabled={same} onclick={save}>
                    { pack.ui(Ui::CalendarAdd) }
                </button>
                <p class="pm-hint" role="status">{ pack.ui(if c.saved { Ui::CalendarDone } else { Ui::CalendarPrivate }) }</p>
            }
        </div>
    }
}

/// One of the two strength days, Monday to Sunday.
fn day_select(pack: &Pack, c: &CalendarChoice, i: usize, label: Ui) -> Html {
    let days = c.days;
    let onchange = c.set_days.reform(move |e: Event| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        let mut d = days;
        d[i] = v.parse().unwrap_or(d[i]).min(6);
        d
    });
    let id = format!("pm-cal-day-{i}");
    html! {
        <div class="pm-field">
            <label for={id.clone()}>{ pack.ui(label) }</label>
            <select id={id} class="pm-input" data-calendar-day={i.to_string()} {onchange}>
                { for DAYS.iter().enumerate().map(|(d, k)| html! {
                    <option value={d.to_string()} selected={days[i] as usize == d}>{ pack.ui(*k) }</option>
                }) }
            </select>
        </div>
    }
}

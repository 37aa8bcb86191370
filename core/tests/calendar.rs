//! The plan in the runner's calendar (issue 17, SPEC "Plan"): which days get a strength session
//! from this week to race day, and an `.ics` file that calendars import cleanly (RFC 5545: CRLF
//! lines folded at 75 octets, escaped text, all-day dates, unique and stable UIDs).

mod engine_support;

use engine_support::check;
use painmap_core::calendar::{ics, schedule, Date, Schedule, Texts};
use painmap_core::content::Pack;
use painmap_core::engine::Plan;
use painmap_core::Units;
use serde_json::json;
use std::collections::BTreeSet;

const MON: u8 = 0;
const TUE: u8 = 1;
const FRI: u8 = 4;
const SAT: u8 = 5;

fn today() -> Date {
    Date::new(2026, 12, 1).expect("a Tuesday")
}

fn per_week(s: &[Date], from: Date, weeks: i64) -> Vec<usize> {
    (0..weeks)
        .map(|w| {
            let (a, b) = (from.add_days(7 * w), from.add_days(7 * w + 7));
            s.iter().filter(|d| **d >= a && **d < b).count()
        })
        .collect()
}

#[test]
fn two_sessions_a_week_in_the_build_one_in_the_last_four_weeks_none_in_race_week() {
    let s = schedule(today(), Some(12), [TUE, FRI], false, false);
    assert_eq!(
        per_week(&s.sessions, today(), 12),
        [2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 0]
    );
    let race = today().add_days(84);
    assert!(
        s.sessions
            .iter()
            .all(|d| *d >= today() && *d < race.add_days(-7)),
        "nothing in race week"
    );
    assert!(
        s.sessions.windows(2).all(|w| w[0] < w[1]),
        "in order, no day twice"
    );
    // Only the days picked; in the last four weeks, the first of them.
    assert!(s.sessions.iter().all(|d| [TUE, FRI].contains(&d.weekday())));
    assert!(s.sessions[16..].iter().all(|d| d.weekday() == TUE));
    assert!(s.care.is_empty());
}

#[test]
fn the_picked_days_decide_and_the_first_one_is_kept_near_the_race() {
    let s = schedule(today(), Some(6), [FRI, TUE], false, false);
    assert_eq!(per_week(&s.sessions, today(), 6), [2, 2, 1, 1, 1, 0]);
    assert!(s.sessions[4..].iter().all(|d| d.weekday() == FRI));
    // This week starts today: a Tuesday session is today, not a week away.
    assert_eq!(s.sessions[0], today());
}

#[test]
fn no_race_means_eight_weeks_of_two_sessions() {
    let s = schedule(today(), None, [TUE, FRI], false, false);
    assert_eq!(s.sessions.len(), 16);
    assert_eq!(per_week(&s.sessions, today(), 8), [2; 8]);
}

#[test]
fn a_race_this_week_adds_no_session_and_four_weeks_out_only_weekly_ones() {
    assert_eq!(
        schedule(today(), Some(0), [TUE, FRI], true, true),
        Schedule {
            sessions: vec![],
            care: vec![]
        }
    );
    assert!(schedule(today(), Some(1), [TUE, FRI], true, true)
        .sessions
        .is_empty());
    let s = schedule(today(), Some(4), [TUE, FRI], false, false);
    assert_eq!(per_week(&s.sessions, today(), 4), [1, 1, 1, 0]);
}

#[test]
fn spine_plans_get_weekly_back_care_from_week_three_of_the_build() {
    // The pain began early in the build (or it was not said): from the calendar's third week.
    let s = schedule(today(), Some(12), [TUE, FRI], true, false);
    assert_eq!(
        per_week(&s.care, today(), 12),
        [0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]
    );
    // Already in week 4 or later of the build: from this week.
    let s = schedule(today(), Some(12), [TUE, FRI], true, true);
    assert_eq!(
        per_week(&s.care, today(), 12),
        [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]
    );
    let s = schedule(today(), None, [TUE, FRI], true, false);
    assert_eq!(s.care.len(), 6);
}

/// An `.ics` text read back as RFC 5545 content lines, checking the framing on the way.
fn unfold(text: &str) -> Vec<String> {
    assert!(text.ends_with("\r\n"));
    let mut lines: Vec<String> = Vec::new();
    for raw in text.trim_end_matches("\r\n").split("\r\n") {
        assert!(
            !raw.contains('\n') && !raw.contains('\r'),
            "bare line break in {raw:?}"
        );
        assert!(raw.len() <= 75, "{} octets: {raw:?}", raw.len());
        match raw.strip_prefix(' ') {
            Some(rest) => lines.last_mut().expect("a line to continue").push_str(rest),
            None => lines.push(raw.to_string()),
        }
    }
    lines
}

fn unescape(v: &str) -> String {
    let mut out = String::new();
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(c @ ('\\' | ';' | ',')) => out.push(c),
                other => panic!("bad escape \\{other:?} in {v:?}"),
            }
        } else {
            assert!(c != ';' && c != ',', "unescaped {c:?} in {v:?}");
            out.push(c);
        }
    }
    out
}

struct Event {
    uid: String,
    sequence: u64,
    start: String,
    end: String,
    summary: String,
    description: String,
}

fn events(text: &str) -> Vec<Event> {
    let lines = unfold(text);
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert!(lines.contains(&"VERSION:2.0".to_string()));
    assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
    let mut out = Vec::new();
    let mut current: Option<Vec<(String, String)>> = None;
    for l in &lines[1..lines.len() - 1] {
        match l.as_str() {
            "BEGIN:VEVENT" => {
                assert!(current.is_none(), "nested VEVENT");
                current = Some(Vec::new());
            }
            "END:VEVENT" => {
                let props = current.take().expect("END without BEGIN");
                let get = |name: &str| {
                    let found: Vec<&String> = props
                        .iter()
                        .filter(|(k, _)| k == name)
                        .map(|(_, v)| v)
                        .collect();
                    assert_eq!(found.len(), 1, "{name} once in each event");
                    found[0].clone()
                };
                assert!(get("DTSTAMP").len() == 16 && get("DTSTAMP").ends_with('Z'));
                assert_eq!(get("TRANSP"), "TRANSPARENT");
                out.push(Event {
                    uid: get("UID"),
                    sequence: get("SEQUENCE").parse().expect("a SEQUENCE number"),
                    start: get("DTSTART;VALUE=DATE"),
                    end: get("DTEND;VALUE=DATE"),
                    summary: unescape(&get("SUMMARY")),
                    description: unescape(&get("DESCRIPTION")),
                });
            }
            other => {
                let (k, v) = other.split_once(':').expect("NAME:value");
                if let Some(props) = current.as_mut() {
                    props.push((k.to_string(), v.to_string()));
                }
            }
        }
    }
    assert!(current.is_none(), "an event left open");
    out
}

fn knee_plan() -> Plan {
    let o = check(
        &["knee-front.left"],
        json!({ "red-flags": ["none"], "aggravators": ["downhill", "stairs"], "weeks-to-race": 12 }),
    );
    o.plan.expect("a plan")
}

fn texts(pack: &'static Pack) -> Texts<'static> {
    Texts {
        pack,
        units: Units::Km,
        session: "Strength session",
        session_intro: "From your self-check, in order:",
        care: "Lower back care",
    }
}

#[test]
fn the_file_imports_cleanly_one_all_day_event_per_session_with_the_exercises_and_doses() {
    let pack = Pack::english();
    let plan = knee_plan();
    let s = schedule(today(), Some(12), [TUE, FRI], false, false);
    let text = ics(
        &s,
        &plan,
        &texts(pack),
        1_796_113_805_000.0,
        "v=1&regions=knee-front.left|1,4",
    );
    let evs = events(&text);
    assert_eq!(evs.len(), s.sessions.len());
    let uids: BTreeSet<&str> = evs.iter().map(|e| e.uid.as_str()).collect();
    assert_eq!(uids.len(), evs.len(), "every UID unique");
    for (e, d) in evs.iter().zip(&s.sessions) {
        assert_eq!(e.start, format!("{:04}{:02}{:02}", d.year, d.month, d.day));
        let next = d.add_days(1);
        assert_eq!(
            e.end,
            format!("{:04}{:02}{:02}", next.year, next.month, next.day),
            "all-day: DTEND is the next day"
        );
        assert!(e.uid.ends_with("@painmap"));
        assert_eq!(e.summary, "Strength session");
        for (i, x) in plan.exercises.iter().enumerate() {
            let content = pack.exercise(x.exercise).expect("content");
            // Its dose, and when in the week it belongs (the pack's own words).
            let line = format!(
                "{}. {}: {} {}",
                i + 1,
                content.name,
                pack.localize(&content.dose.text, Units::Km),
                pack.localize(&content.when.text, Units::Km)
            );
            assert!(e.description.contains(&line), "{line:?} in the description");
        }
        assert!(
            e.description.contains(&*pack.plan.pain_monitoring.text),
            "the pain rule goes with every session"
        );
    }
    // Texts with commas and semicolons survive the escaping (the doses have both).
    assert!(evs[0].description.contains(','));
}

#[test]
fn saving_the_plan_again_updates_the_same_events_and_another_check_has_its_own() {
    let pack = Pack::english();
    let plan = knee_plan();
    let file = |days: [u8; 2], seed: &str, now: f64| {
        let s = schedule(today(), Some(12), days, false, false);
        events(&ics(&s, &plan, &texts(pack), now, seed))
    };
    let uids = |evs: &[Event]| evs.iter().map(|e| e.uid.clone()).collect::<Vec<_>>();
    let first = file([TUE, FRI], "check-a", 1.0e12);
    // The same plan later, or on other days: the same events (UIDs), moved, and a higher SEQUENCE.
    let later = file([MON, SAT], "check-a", 1.9e12);
    assert_eq!(uids(&first), uids(&later));
    assert_ne!(first[0].start, later[0].start, "moved to the new days");
    assert!(
        later[0].sequence > first[0].sequence,
        "the later file supersedes"
    );
    // Another check: other events.
    let other = file([TUE, FRI], "check-b", 1.0e12);
    assert!(uids(&first).iter().zip(uids(&other)).all(|(a, b)| *a != b));
}

#[test]
fn a_spine_plan_adds_the_weekly_care_reminder_with_its_points() {
    let pack = Pack::english();
    // The shared story `hip-from-lumbar`: outer hip pain from the lower back, nine weeks out.
    let o = check(
        &["hip-outer.right"],
        json!({ "red-flags": ["none"], "pain-quality": "deep-ache", "build-week": "weeks-4-6", "volume-jump": "yes",
            "self-care-tried": ["hip-flexor-stretching", "glute-activation"], "self-care-result": "no-help",
            "duration": "2-weeks-plus", "trend": "same", "weeks-to-race": 9 }),
    );
    let plan = o.plan.expect("a plan");
    assert!(plan.spine_care, "a spine-origin plan");
    let s = schedule(today(), Some(9), [TUE, FRI], plan.spine_care, true);
    let evs = events(&ics(&s, &plan, &texts(pack), 1.0e12, "spine"));
    let care: Vec<&Event> = evs
        .iter()
        .filter(|e| e.summary == "Lower back care")
        .collect();
    assert_eq!(
        care.len(),
        8,
        "weekly from now (past week 4 of the build) to the week before race week"
    );
    assert_eq!(evs.len(), s.sessions.len() + care.len());
    let first = pack.localize(&pack.plan.spine_care.points[0].text, Units::Km);
    assert!(care.iter().all(|e| e.description.contains(&*first)));
}

#[test]
fn a_check_gives_its_weeks_to_race_and_where_in_the_build_the_pain_began() {
    // A spine plan, so where the build was when the pain began moves the back-care reminders.
    let mut plan = knee_plan();
    plan.spine_care = true;
    let ask = |answers: serde_json::Value| {
        let map = answers.as_object().expect("an object").clone();
        painmap_core::calendar::for_check(
            &engine_support::input(&["knee-front.left"], &map),
            &plan,
            today(),
            [TUE, FRI],
        )
    };
    assert_eq!(
        ask(json!({ "weeks-to-race": 12 })),
        schedule(today(), Some(12), [TUE, FRI], true, false)
    );
    assert_eq!(
        ask(json!({ "weeks-to-race": "no-race" })).sessions.len(),
        16
    );
    assert_eq!(
        ask(json!({})).sessions.len(),
        16,
        "not said: eight weeks, as with no race"
    );
    for (late, build_week) in [
        (true, "weeks-7-plus"),
        (true, "weeks-4-6"),
        (false, "weeks-0-3"),
        (false, "not-building"),
    ] {
        let got = ask(json!({ "weeks-to-race": 9, "build-week": build_week }));
        assert_eq!(
            got,
            schedule(today(), Some(9), [TUE, FRI], true, late),
            "{build_week}"
        );
        assert_eq!(got.care.len(), if late { 8 } else { 6 }, "{build_week}");
    }
}

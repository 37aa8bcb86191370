//! The plan in the runner's calendar: the strength sessions from this week to race day as an
//! iCalendar file (RFC 5545), made on the device.
//!
//! The schedule follows SPEC's plan: two sessions a week while more than four weeks are left, one a
//! week in the last four (on the first day the runner picked), none in race week; with no race,
//! eight weeks of two. Weeks are counted from today (this week is today and the six days after it),
//! so race day, `weeks` weeks from today, falls in the week after the last one planned. A plan
//! whose first condition starts in the spine adds a weekly reminder of proactive care for the lower
//! back from week 3-4 of the build (H): from now if the pain began in week 4 or later of the build,
//! else from the third week of the calendar.
//!
//! Events are all-day (`DTSTART;VALUE=DATE`, and `DTEND` the next day, exclusive), shown as free
//! time (`TRANSP:TRANSPARENT`): a session fits around runs and work, so the file claims no hour.
//! UIDs are derived from the check and each event's place in the plan, with a `SEQUENCE` from the
//! time of download, so saving the plan again (on other days, or later) updates the events
//! already imported instead of doubling them.

use crate::answers::CheckInput;
use crate::content::Pack;
use crate::engine::Plan;
use crate::ids::{Answer, Question, Units};

/// A day of the Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A real day, or `None` (month 1-12, day within the month, leap years included).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let d = Date { year, month, day };
        ((1..=12).contains(&month) && day >= 1 && Date::from_days(d.days()) == d).then_some(d)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
    }

    /// The day `z` days after 1970-01-01 (`civil_from_days`).
    fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        Date {
            year: (yoe + era * 400 + i64::from(month <= 2)) as i32,
            month,
            day,
        }
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }

    /// 0 = Monday ... 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        (self.days() + 3).rem_euclid(7) as u8
    }

    /// `YYYYMMDD`, as iCalendar writes a date.
    fn ical(self) -> String {
        let mut s = String::new();
        digits(&mut s, self.year.max(0) as u32, 4);
        digits(&mut s, u32::from(self.month), 2);
        digits(&mut s, u32::from(self.day), 2);
        s
    }
}

/// The days of the calendar, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    pub sessions: Vec<Date>,
    /// Weekly proactive care for the lower back (spine-origin plans only).
    pub care: Vec<Date>,
}

/// The strength days from `today`: `weeks` to race day (`None`: no race, eight weeks), on the
/// weekdays `days` (0 = Monday; the first is the one kept in the last four weeks). `spine_care`
/// adds the weekly reminder; `past_week_three` says the build is already past week 3-4.
pub fn schedule(
    today: Date,
    weeks: Option<u8>,
    days: [u8; 2],
    spine_care: bool,
    past_week_three: bool,
) -> Schedule {
    let total = i64::from(weeks.unwrap_or(8));
    let mut out = Schedule {
        sessions: Vec::new(),
        care: Vec::new(),
    };
    for week in 0..total {
        let left = weeks.map(|w| i64::from(w) - week);
        let per_week = match left {
            None => 2,
            Some(l) if l > 4 => 2,
            Some(l) if l >= 2 => 1,
            Some(_) => 0,
        };
        let start = today.add_days(7 * week);
        let on = |d: u8| start.add_days(i64::from((d + 7 - start.weekday()) % 7));
        // The week's days in date order, a day picked twice counted once (no sort: two at most).
        let (a, b) = (on(days[0]), on(days[1]));
        match per_week {
            2 if a < b => out.sessions.extend([a, b]),
            2 if b < a => out.sessions.extend([b, a]),
            0 => {}
            _ => out.sessions.push(a),
        }
        if spine_care && per_week > 0 && (past_week_three || week >= 2) {
            out.care.push(on(days[0]));
        }
    }
    out
}

/// [`schedule`] for a check: its weeks to race (`no-race` or not said: eight weeks) and whether the
/// pain began in week 4 or later of the build.
pub fn for_check(input: &CheckInput, plan: &Plan, today: Date, days: [u8; 2]) -> Schedule {
    let a = &input.answers;
    let late = a.is(Question::BuildWeek, Answer::Weeks4To6)
        || a.is(Question::BuildWeek, Answer::Weeks7Plus);
    schedule(
        today,
        a.weeks_to_race().flatten(),
        days,
        plan.spine_care,
        late,
    )
}

/// What the file says, in the runner's language and units.
pub struct Texts<'a> {
    pub pack: &'a Pack,
    pub units: Units,
    /// The session's title ("Strength session").
    pub session: &'a str,
    /// Its first line, before the exercises.
    pub session_intro: &'a str,
    /// The care reminder's title.
    pub care: &'a str,
}

/// The `.ics` file for `schedule`. `now_ms` is the time of download (Unix milliseconds, for
/// `DTSTAMP` and `SEQUENCE`); `seed` names the check (its share fragment). An event's UID is the
/// check and its place in the plan (the 3rd session, the 2nd reminder), not its date: saving the
/// plan again, on other days or a week later, moves the imported events instead of doubling them.
pub fn ics(schedule: &Schedule, plan: &Plan, texts: &Texts, now_ms: f64, seed: &str) -> String {
    let pack = texts.pack;
    let mut session = String::from(texts.session_intro);
    for (i, e) in plan.exercises.iter().enumerate() {
        if let Some(x) = pack.exercise(e.exercise) {
            session.push_str("\n\n");
            session.push_str(&(i + 1).to_string());
            // The dose, then when in the week it belongs (some are for most days, or for runs).
            let dose = pack.localize(&x.dose.text, texts.units);
            let when = pack.localize(&x.when.text, texts.units);
            for part in [". ", &x.name, ": ", &dose, " ", &when] {
                session.push_str(part);
            }
        }
    }
    session.push_str("\n\n");
    session.push_str(&pack.plan.pain_monitoring.text);
    let care = pack
        .plan
        .spine_care
        .points
        .iter()
        .map(|p| pack.localize(&p.text, texts.units))
        .collect::<Vec<_>>()
        .join("\n\n");

    let stamp = stamp(now_ms);
    let mut id = String::new();
    let seed = fnv(seed);
    for shift in (0..16).rev() {
        id.push(char::from_digit((seed >> (shift * 4)) as u32 & 15, 16).unwrap_or('0'));
    }
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//painmap//strength plan//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut out, line);
    }
    // Later downloads supersede earlier ones: minutes since 1970 only ever grow.
    let sequence = ((now_ms / 60_000.0).max(0.0) as u64).to_string();
    let events = (schedule.sessions.iter().enumerate())
        .map(|(n, d)| (n, d, "s", texts.session, &session))
        .chain((schedule.care.iter().enumerate()).map(|(n, d)| (n, d, "c", texts.care, &care)));
    for (n, date, kind, title, body) in events {
        let day = date.ical();
        for (name, value) in [
            ("BEGIN", "VEVENT".to_string()),
            ("UID", [kind, &n.to_string(), "-", &id, "@painmap"].concat()),
            ("SEQUENCE", sequence.clone()),
            ("DTSTAMP", stamp.clone()),
            ("DTSTART;VALUE=DATE", day.clone()),
            ("DTEND;VALUE=DATE", date.add_days(1).ical()),
            ("SUMMARY", escape(title)),
            ("DESCRIPTION", escape(body)),
            ("TRANSP", "TRANSPARENT".to_string()),
            ("END", "VEVENT".to_string()),
        ] {
            push_line(&mut out, &[name, ":", &value].concat());
        }
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// `now_ms` as a UTC date-time, `YYYYMMDDTHHMMSSZ`.
fn stamp(now_ms: f64) -> String {
    let secs = (now_ms / 1000.0).floor() as i64;
    let mut out = Date::from_days(secs.div_euclid(86_400)).ical();
    let s = secs.rem_euclid(86_400) as u32;
    out.push('T');
    for part in [s / 3600, s / 60 % 60, s % 60] {
        digits(&mut out, part, 2);
    }
    out.push('Z');
    out
}

/// `n` in decimal with at least `width` digits.
fn digits(out: &mut String, n: u32, width: u32) {
    for p in (0..width.max(1)).rev() {
        out.push(char::from(b'0' + (n / 10u32.pow(p) % 10) as u8));
    }
}

/// A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon, comma, and line breaks as `\n`.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line folded at 75 octets (RFC 5545 3.1: each continuation starts with one
/// space), never inside a UTF-8 character, ended by CRLF.
fn push_line(out: &mut String, line: &str) {
    let mut room = 75;
    for c in line.chars() {
        if c.len_utf8() > room {
            out.push_str("\r\n ");
            room = 74;
        }
        out.push(c);
        room -= c.len_utf8();
    }
    out.push_str("\r\n");
}

/// FNV-1a, 64 bits: a stable name for the check in the UIDs (not a secret, only a tag).
fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_and_know_their_weekday() {
        let d = Date::new(2026, 12, 1).expect("a day");
        assert_eq!(d.weekday(), 1, "1 December 2026 is a Tuesday");
        assert_eq!(d.add_days(31), Date::new(2027, 1, 1).unwrap());
        assert_eq!(
            Date::new(2028, 2, 28).unwrap().add_days(1),
            Date::new(2028, 2, 29).unwrap()
        );
        assert_eq!(Date::new(2027, 2, 29), None);
        assert_eq!(Date::new(2026, 13, 1), None);
        for n in -800_000..800_000i64 {
            if n % 997 == 0 {
                assert_eq!(Date::from_days(n).days(), n);
            }
        }
        assert_eq!(stamp(0.0), "19700101T000000Z");
        assert_eq!(stamp(1_796_113_805_000.0), "20261201T083005Z");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let mut out = String::new();
        let line = format!("DESCRIPTION:{}", "añ".repeat(60));
        push_line(&mut out, &line);
        let parts: Vec<&str> = out.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(parts.len() > 1);
        for (i, p) in parts.iter().enumerate() {
            assert!(p.len() <= 75, "{i}: {} octets", p.len());
            if i > 0 {
                assert!(p.starts_with(' '));
            }
        }
        let unfolded: String = parts
            .iter()
            .enumerate()
            .map(|(i, p)| if i == 0 { *p } else { &p[1..] })
            .collect();
        assert_eq!(unfolded, line);
        assert_eq!(escape("a,b;c\\d\r\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}

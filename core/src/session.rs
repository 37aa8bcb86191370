//! The runner's session: what they picked and answered, and where they are in the flow, as plain
//! data with one pure reducer ([`Session::apply`]) and the codec for the copy kept in
//! `localStorage` ([`to_storage`], [`from_storage`]).
//!
//! The Yew app wraps this in a thin `Reducible`; everything here tests natively.
//!
//! # Decisions
//! - **Answers are never pruned.** When regions change, replies to questions no longer asked stay in
//!   [`Session::answers`] but are left out of [`Session::check_input`], so removing a region and
//!   putting it back, or going back and forth, never loses what the runner typed.
//! - **The step is always valid** for the regions: `Map` always; `Question(q)` only while `q` is
//!   among [`crate::engine::questions_for`]; `Results` only with at least one region. Any action that
//!   would leave an invalid step moves it to a valid one (see [`Session::apply`]).
//! - **Nothing gets past the warning signs unanswered** (SPEC v2 "no skipping"): every step after
//!   the red-flag step, the results included, needs at least one sign or "None of these" ticked.
//!   Next does nothing on an empty red-flag step, and a session that would land beyond it (a share
//!   link or saved check without the signs) lands on it instead. A share link opened that way
//!   keeps [`Session::results_after_signs`], so answering the signs leads straight to its results.
//! - **An empty multi-choice reply is stored as no reply**, so a session has one form for "nothing
//!   ticked" and round-trips through the share link unchanged.
//! - **Saved state is all-or-nothing.** An entry with anything we cannot read (bad JSON, another
//!   version, an unknown id, a reply that does not fit its question) is rejected whole with a
//!   [`StorageError`], never partly restored: silently dropping, say, one ticked warning sign would
//!   change the triage the runner sees. We wrote the entry ourselves, so such an entry is corrupt
//!   or tampered with, and starting over with a short notice is the honest answer. (Share links,
//!   which people edit and paste, are lenient instead; see [`crate::share`].)
//! - **The units preference survives "start over"**: it is how the runner reads distances, not
//!   something they told the check about their pain.

use crate::answers::{Answers, CheckInput, Reply, MAX_WEEKS_TO_RACE};
use crate::content::Pack;
use crate::engine::{questions_for, red_flags_answered};
use crate::ids::{Answer, Question, QuestionKind, RegionSel};
use crate::json::{self, DecodeError, Decoded, Json};
use crate::vec_set::VecSet;
use std::fmt;

/// The `localStorage` key the session is kept under (see [`storage_key`] for a page with several
/// widgets).
pub const STORAGE_KEY: &str = "painmap.session";

/// The `localStorage` key of the `widget`th widget on a page, counting from 0 in page order:
/// [`STORAGE_KEY`] for the first (and for the standalone page), then `painmap.session.2`,
/// `painmap.session.3`... so two widgets embedded on one page each keep their own check.
pub fn storage_key(widget: usize) -> String {
    match widget {
        0 => STORAGE_KEY.to_string(),
        n => format!("{STORAGE_KEY}.{}", n + 1),
    }
}

/// Whether `key` is one of [`storage_key`]'s keys (to forget every saved check at once).
pub fn is_storage_key(key: &str) -> bool {
    match key.strip_prefix(STORAGE_KEY) {
        Some("") => true,
        Some(rest) => rest
            .strip_prefix('.')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())),
        None => false,
    }
}

/// The version written into saved state; an entry with any other version is discarded.
pub const STORAGE_VERSION: u64 = 1;

/// Distance units: the host page's setting type, so one value serves both; the runner's own
/// choice is kept in [`Session::units`].
pub use crate::settings::Units;

/// Where the runner is in the flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Step {
    /// Picking where it hurts.
    #[default]
    Map,
    /// Answering one question of the self-check.
    Question(Question),
    /// Reading the result.
    Results,
}

/// Everything a runner can do to the session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Picks a place, or unpicks it if already picked.
    ToggleRegion(RegionSel),
    /// Unpicks a place (a chip's remove button); a no-op if it was not picked.
    RemoveRegion(RegionSel),
    /// Unpicks every place.
    ClearRegions,
    /// Replies to a question; ignored if the reply does not fit it ([`Reply::fits`]). An empty
    /// multi-choice reply clears the question.
    Answer(Question, Reply),
    /// Ticks or unticks one answer of a multi-choice question. Ticking the exclusive answer
    /// (`none`, `nothing`) clears the others; ticking another clears it. Ignored for other
    /// question kinds or answers the question does not offer.
    ToggleMulti(Question, Answer),
    /// Weeks to race, 0-52; ignored when out of range.
    SetWeeks(u8),
    /// No race planned.
    NoRace,
    /// Forgets the reply to one question.
    ClearAnswer(Question),
    /// Forward: from the map to the first question (needs a picked place), from a question to the
    /// next, from the last question to the results.
    Next,
    /// Backward: from a question to the one before, from the first question to the map, from the
    /// results to the last question.
    Back,
    /// Jumps to a step; ignored unless the step is valid for the picked places.
    GoTo(Step),
    /// Jumps to the results (needs a picked place).
    ShowResults,
    /// Replaces places and answers with those of a share link and shows the results if it names a
    /// place (otherwise the map). Keeps the units preference.
    Open(CheckInput),
    /// Remembers the runner's distance units.
    SetUnits(Units),
    /// Starts over: no places, no answers, back to the map. Keeps the units preference.
    Restart,
}

/// What the runner entered and where they are. Plain data: build a new one with [`Session::apply`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Session {
    pub regions: VecSet<RegionSel>,
    /// Every reply given, including to questions the current regions no longer ask.
    pub answers: Answers,
    pub step: Step,
    /// The runner's own choice of units; `None` follows the host page's setting.
    pub units: Option<Units>,
    /// Opened from a share link that lacked the warning signs: the session waits on the red-flag
    /// step, and Next from there goes straight to the results. Cleared as soon as the step changes.
    pub results_after_signs: bool,
}

impl Session {
    pub fn new() -> Self {
        Self::default()
    }

    /// A session opened from a share link: its places and answers, at the results when it names a
    /// place and answers the warning signs; at the warning signs when it names a place without them
    /// (answering them then shows the results); else at the map.
    pub fn from_check_input(input: CheckInput) -> Self {
        let mut s = Session {
            regions: input.regions,
            answers: input.answers,
            step: Step::Results,
            units: None,
            results_after_signs: false,
        };
        s.answers.0.retain(|q, r| r.fits(*q) && !is_empty_multi(r));
        s.normalize_step();
        s.results_after_signs = s.step == Step::Question(Question::RedFlags);
        s
    }

    /// Whether the warning-signs step has an answer (a sign, or "None of these").
    pub fn red_flags_answered(&self) -> bool {
        red_flags_answered(&self.answers)
    }

    /// The questions asked for the picked places, in order.
    ///
    /// "Did it help?" is skipped when the runner said they have tried nothing yet: there is
    /// nothing to judge, and asking would only invite a contradictory answer.
    pub fn questions(&self) -> Vec<Question> {
        let mut qs = questions_for(&self.regions);
        if self.answers.has(Question::SelfCareTried, Answer::Nothing) {
            qs.retain(|q| *q != Question::SelfCareResult);
        }
        qs
    }

    /// The units to show: the runner's choice, else the host's default.
    pub fn units_or(&self, host_default: Units) -> Units {
        self.units.unwrap_or(host_default)
    }

    /// Progress for a progress bar, as (position, number of questions): `(0, n)` on the map,
    /// `(i, n)` on the i-th question (1-based), `(n, n)` on the results.
    pub fn progress(&self) -> (usize, usize) {
        let qs = self.questions();
        let n = qs.len();
        let at = match self.step {
            Step::Map => 0,
            Step::Question(q) => qs.iter().position(|&x| x == q).map_or(0, |i| i + 1),
            Step::Results => n,
        };
        (at, n)
    }

    /// What the engine reasons from: the picked places and only the replies to questions they ask.
    pub fn check_input(&self) -> CheckInput {
        let qs = self.questions();
        let answers = self
            .answers
            .0
            .iter()
            .filter(|(q, _)| qs.contains(q))
            .map(|(q, r)| (*q, r.clone()))
            .collect();
        CheckInput {
            regions: self.regions.clone(),
            answers: Answers(answers),
        }
    }

    /// Whether `step` may be shown for the picked places: nothing after the warning signs until
    /// they are answered.
    pub fn is_valid_step(&self, step: Step) -> bool {
        match step {
            Step::Map => true,
            Step::Question(Question::RedFlags) => {
                !self.regions.is_empty() && self.questions().contains(&Question::RedFlags)
            }
            Step::Question(q) => {
                !self.regions.is_empty()
                    && self.red_flags_answered()
                    && self.questions().contains(&q)
            }
            Step::Results => !self.regions.is_empty() && self.red_flags_answered(),
        }
    }

    /// The session after `action`, or `None` when the action changes nothing (so the UI can keep
    /// the same state and skip a render).
    ///
    /// After region changes the step is kept if still valid; otherwise it moves to the map when no
    /// place is left (or the places ask nothing), else to the first question, where the runner
    /// can walk forward through the answers they already gave.
    pub fn apply(&self, action: Action) -> Option<Session> {
        let mut next = self.clone();
        match action {
            Action::ToggleRegion(sel) => {
                if !next.regions.remove(&sel) {
                    next.regions.insert(sel);
                }
            }
            Action::RemoveRegion(sel) => {
                next.regions.remove(&sel);
            }
            Action::ClearRegions => next.regions.clear(),
            Action::Answer(q, reply) => {
                if !reply.fits(q) {
                    return None;
                }
                if is_empty_multi(&reply) {
                    next.answers.0.remove(&q);
                } else {
                    next.answers.0.insert(q, reply);
                }
            }
            Action::ToggleMulti(q, a) => {
                if q.kind() != QuestionKind::Multi || !q.answers().contains(&a) {
                    return None;
                }
                let mut set = match next.answers.0.get(&q) {
                    Some(Reply::Many(set)) => set.clone(),
                    _ => VecSet::new(),
                };
                if !set.remove(&a) {
                    if Some(a) == q.exclusive_answer() {
                        set.clear();
                    } else if let Some(ex) = q.exclusive_answer() {
                        set.remove(&ex);
                    }
                    set.insert(a);
                }
                if set.is_empty() {
                    next.answers.0.remove(&q);
                } else {
                    next.answers.0.insert(q, Reply::Many(set));
                }
            }
            Action::SetWeeks(w) => {
                if w > MAX_WEEKS_TO_RACE {
                    return None;
                }
                next.answers
                    .0
                    .insert(Question::WeeksToRace, Reply::Weeks(w));
            }
            Action::NoRace => {
                next.answers
                    .0
                    .insert(Question::WeeksToRace, Reply::One(Answer::NoRace));
            }
            Action::ClearAnswer(q) => {
                next.answers.0.remove(&q);
            }
            Action::Next => next.step = self.step_after()?,
            Action::Back => next.step = self.step_before()?,
            Action::GoTo(step) => {
                if !self.is_valid_step(step) {
                    return None;
                }
                next.step = step;
            }
            Action::ShowResults => {
                if !self.is_valid_step(Step::Results) {
                    return None;
                }
                next.step = Step::Results;
            }
            Action::Open(input) => {
                next = Session {
                    units: self.units,
                    ..Session::from_check_input(input)
                };
            }
            Action::SetUnits(u) => next.units = Some(u),
            Action::Restart => {
                next = Session {
                    units: self.units,
                    ..Session::default()
                }
            }
        }
        next.normalize_step();
        if next.step != Step::Question(Question::RedFlags) {
            next.results_after_signs = false;
        }
        (next != *self).then_some(next)
    }

    fn step_after(&self) -> Option<Step> {
        if self.regions.is_empty() {
            return None;
        }
        let qs = self.questions();
        match self.step {
            Step::Map => Some(qs.first().map_or(Step::Results, |&q| Step::Question(q))),
            // No skipping: the warning signs need an answer; a share link without them goes on to
            // its results once they have one.
            Step::Question(Question::RedFlags) if !self.red_flags_answered() => None,
            Step::Question(Question::RedFlags) if self.results_after_signs => Some(Step::Results),
            Step::Question(q) => {
                let i = qs.iter().position(|&x| x == q)?;
                Some(qs.get(i + 1).map_or(Step::Results, |&q| Step::Question(q)))
            }
            Step::Results => None,
        }
    }

    fn step_before(&self) -> Option<Step> {
        let qs = self.questions();
        match self.step {
            Step::Map => None,
            Step::Question(q) => {
                let i = qs.iter().position(|&x| x == q)?;
                Some(if i == 0 {
                    Step::Map
                } else {
                    Step::Question(qs[i - 1])
                })
            }
            Step::Results => Some(qs.last().map_or(Step::Map, |&q| Step::Question(q))),
        }
    }

    /// Moves an invalid step to a valid one (see [`Session::apply`]).
    fn normalize_step(&mut self) {
        if self.is_valid_step(self.step) {
            return;
        }
        self.step = match self.questions().first() {
            Some(&q) if !self.regions.is_empty() => Step::Question(q),
            _ => Step::Map,
        };
    }

    /// Checks the invariants a session must keep: a valid step and every reply fitting its
    /// question with no empty multi-choice reply. `Err` names the first broken one.
    pub fn check_invariants(&self) -> Result<(), String> {
        if !self.is_valid_step(self.step) {
            return Err(format!(
                "step {:?} is not valid for regions {:?}",
                self.step, self.regions
            ));
        }
        for (q, r) in &self.answers.0 {
            if !r.fits(*q) {
                return Err(format!("reply {r:?} does not fit question {q}"));
            }
            if is_empty_multi(r) {
                return Err(format!("empty multi-choice reply stored for {q}"));
            }
        }
        Ok(())
    }
}

fn is_empty_multi(r: &Reply) -> bool {
    matches!(r, Reply::Many(set) if set.is_empty())
}

/// Why a saved session could not be restored. The widget then starts fresh and shows
/// [`StorageError::message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// Not JSON, cut short, or not the shape we write.
    Corrupt(String),
    /// Written by another version of the widget (the `v` found, if any).
    Version(Option<String>),
    /// Readable, but with an id or reply this version does not know.
    Invalid(String),
}

impl StorageError {
    /// The key of the runner-facing notice in the content pack.
    pub const fn ui_key(&self) -> &'static str {
        match self {
            StorageError::Corrupt(_) => "session.storage.corrupt",
            StorageError::Version(_) => "session.storage.version",
            StorageError::Invalid(_) => "session.storage.invalid",
        }
    }

    /// The short notice the runner sees, in the pack's language.
    pub fn message<'a>(&self, pack: &'a Pack) -> &'a str {
        pack.ui(self.ui_key())
    }
}

impl fmt::Display for StorageError {
    /// The developer's view, for the console.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Corrupt(d) => write!(f, "saved session is corrupt: {d}"),
            StorageError::Version(Some(v)) => {
                write!(
                    f,
                    "saved session has version {v}, this widget reads {STORAGE_VERSION}"
                )
            }
            StorageError::Version(None) => write!(f, "saved session has no version"),
            StorageError::Invalid(d) => write!(
                f,
                "saved session has content this widget does not know: {d}"
            ),
        }
    }
}

impl std::error::Error for StorageError {}

/// The JSON kept under [`STORAGE_KEY`]: the session's fields beside a version number,
/// `{"v":1,"regions":["knee-front.left"],"answers":{"pain-quality":"sharp","aggravators":["stairs"],
/// "weeks-to-race":6},"step":{"question":"pain-timing"},"units":"mi"}` (`"map"` and `"results"` are
/// the other steps; `"units":null` follows the host page).
pub fn to_storage(session: &Session) -> String {
    let str = |s: &str| Json::Str(s.to_string());
    let reply = |r: &Reply| match r {
        Reply::One(a) => str(a.as_str()),
        Reply::Many(set) => Json::Arr(set.iter().map(|a| str(a.as_str())).collect()),
        Reply::Weeks(w) => Json::Int(i64::from(*w)),
    };
    let step = match session.step {
        Step::Map => str("map"),
        Step::Question(q) => Json::Obj(vec![("question".into(), str(q.as_str()))]),
        Step::Results => str("results"),
    };
    let mut doc = Json::Obj(vec![
        ("v".into(), Json::Int(STORAGE_VERSION as i64)),
        (
            "regions".into(),
            Json::Arr(
                session
                    .regions
                    .iter()
                    .map(|r| str(&r.to_string()))
                    .collect(),
            ),
        ),
        (
            "answers".into(),
            Json::Obj(
                session
                    .answers
                    .0
                    .iter()
                    .map(|(q, r)| (q.as_str().to_string(), reply(r)))
                    .collect(),
            ),
        ),
        ("step".into(), step),
        (
            "units".into(),
            session.units.map_or(Json::Null, |u| str(u.as_str())),
        ),
    ]);
    if session.results_after_signs {
        if let Json::Obj(entries) = &mut doc {
            entries.push(("results_after_signs".into(), Json::Bool(true)));
        }
    }
    let mut out = String::new();
    doc.write(&mut out);
    out
}

/// Reads a saved session back. Never panics: anything unreadable is a [`StorageError`] (see the
/// module docs for why a partly readable entry is rejected whole). A valid entry whose step no
/// longer fits (the question list changed between versions) is moved to a valid step.
pub fn from_storage(text: &str) -> Result<Session, StorageError> {
    let doc = json::parse(text).map_err(|e| StorageError::Corrupt(e.to_string()))?;
    let Json::Obj(entries) = &doc else {
        return Err(StorageError::Corrupt("not a JSON object".into()));
    };
    match entries.iter().find(|(k, _)| k == "v").map(|(_, v)| v) {
        Some(Json::Int(v)) if *v == STORAGE_VERSION as i64 => {}
        Some(other) => return Err(StorageError::Version(Some(short(&other.to_string())))),
        None => return Err(StorageError::Version(None)),
    }
    let mut session = read_session(&doc).map_err(classify)?;
    for (q, r) in &session.answers.0 {
        if !r.fits(*q) {
            return Err(StorageError::Invalid(format!(
                "a reply that does not fit `{q}`"
            )));
        }
    }
    session.answers.0.retain(|_, r| !is_empty_multi(r));
    session.normalize_step();
    session.results_after_signs &= session.step == Step::Question(Question::RedFlags);
    Ok(session)
}

fn read_session(doc: &Json) -> Decoded<Session> {
    let mut f = doc.fields()?;
    let session = Session {
        regions: f.req("regions", |v| {
            v.list(|v| {
                v.parsed(|s| RegionSel::parse(s).ok_or_else(|| format!("unknown region `{s}`")))
            })
        })?,
        answers: Answers(f.req("answers", |v| v.map(Question::decode, read_reply))?),
        step: f.req("step", |v| match v {
            Json::Str(s) if s == "map" => Ok(Step::Map),
            Json::Str(s) if s == "results" => Ok(Step::Results),
            Json::Str(s) => Err(DecodeError::new(format!("unknown step `{}`", short(s)))),
            _ => {
                let mut f = v.fields()?;
                let q = f.req("question", |v| v.parsed(Question::decode))?;
                f.end().map(|()| Step::Question(q))
            }
        })?,
        units: f.opt("units", |v| {
            v.parsed(|s| Units::parse(s).ok_or_else(|| format!("unknown units `{s}`")))
        })?,
        results_after_signs: f
            .opt("results_after_signs", |v| match v {
                Json::Bool(b) => Ok(*b),
                _ => Err(DecodeError::new(format!(
                    "expected true or false, found {}",
                    v.kind()
                ))),
            })?
            .unwrap_or(false),
    };
    // Unlike the pack, a field this version does not know is left alone: a newer v1 writer may add
    // one, and the fields it shares with this version mean the same.
    Ok(session)
}

/// A reply as saved: an answer id (single choice, or "no race"), a list of ids (multi-choice) or a
/// number of weeks. Any reply it cannot read, whatever its shape, is an unknown reply (so the
/// entry is Invalid, not Corrupt, as when serde read replies): the entry around it is well formed.
fn read_reply(v: &Json) -> Decoded<Reply> {
    let reply = match v {
        Json::Str(_) => v.parsed(Answer::decode).map(Reply::One),
        Json::Arr(_) => v.list(|v| v.parsed(Answer::decode)).map(Reply::Many),
        Json::Int(n) => u8::try_from(*n)
            .map(Reply::Weeks)
            .map_err(|_| DecodeError::new(format!("weeks to race out of range: {n}"))),
        _ => Err(DecodeError::new(format!(
            "expected an answer, a list of answers or a number, found {}",
            v.kind()
        ))),
    };
    reply.map_err(|e| DecodeError::new(format!("unknown reply ({})", e.message)))
}

/// Tells an unknown id or value (valid JSON of the right shape, wrong content) from a broken shape.
fn classify(e: DecodeError) -> StorageError {
    let detail = short(&e.to_string());
    if e.message.starts_with("unknown ") && !e.message.starts_with("unknown field") {
        StorageError::Invalid(detail)
    } else {
        StorageError::Corrupt(detail)
    }
}

/// Caps a detail string so a huge tampered entry does not become a huge console line.
fn short(s: &str) -> String {
    const MAX: usize = 80;
    match s.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sel(s: &str) -> RegionSel {
        RegionSel::parse(s).unwrap()
    }

    #[test]
    fn each_widget_on_a_page_has_its_own_key() {
        assert_eq!(storage_key(0), "painmap.session");
        assert_eq!(storage_key(1), "painmap.session.2");
        assert_eq!(storage_key(9), "painmap.session.10");
        for n in 0..20 {
            assert!(is_storage_key(&storage_key(n)));
        }
        for other in [
            "painmap",
            "painmap.session.",
            "painmap.session.x",
            "painmap.sessions",
            "app",
        ] {
            assert!(!is_storage_key(other), "{other}");
        }
    }

    #[test]
    fn storage_round_trip_keeps_everything() {
        let mut s = Session::new();
        for a in [
            Action::ToggleRegion(sel("knee-front.left")),
            Action::Next,
            Action::ToggleMulti(Question::RedFlags, Answer::None),
            Action::SetUnits(Units::Mi),
        ] {
            s = s.apply(a).unwrap();
        }
        let text = to_storage(&s);
        assert!(text.starts_with("{\"v\":1,"), "{text}");
        assert_eq!(from_storage(&text), Ok(s));
    }

    #[test]
    fn a_reply_of_any_unknown_shape_is_invalid_not_corrupt() {
        for reply in [
            r#""sharp""#,
            "1.5",
            "300",
            "-1",
            "null",
            "true",
            "{}",
            r#"["stairs",3]"#,
            r#"["nope"]"#,
        ] {
            let text = format!(
                r#"{{"v":1,"regions":["knee-front.left"],"answers":{{"aggravators":{reply}}},"step":"map"}}"#
            );
            assert!(
                matches!(from_storage(&text), Err(StorageError::Invalid(_))),
                "{reply}: {:?}",
                from_storage(&text)
            );
        }
    }

    #[test]
    fn unknown_region_in_storage_is_invalid_not_corrupt() {
        let text = r#"{"v":1,"regions":["elbow.left"],"answers":{},"step":"map","units":null}"#;
        assert!(
            matches!(from_storage(text), Err(StorageError::Invalid(_))),
            "{:?}",
            from_storage(text)
        );
    }
}

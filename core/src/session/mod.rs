//! The runner's session: what they picked and answered, and where they are in the flow, as plain
//! data with one pure reducer ([`Session::apply`]) and the codec for the copy kept in
//! `localStorage` ([`to_storage`], [`from_storage`]).
//!
//! The Yew app wraps this in a thin `Reducible`; everything here tests natively.
//!
//! # Decisions
//! - **Answers are never pruned.** When regions or earlier answers change, replies to questions no
//!   longer asked stay in [`Session::answers`] but are left out of [`Session::check_input`], so removing a region and
//!   putting it back, or going back and forth, never loses what the runner typed. One exception,
//!   for safety: "None of these" on the warning signs was said of the signs shown then; when new
//!   places bring signs the runner has not seen (hopping pain, a locking knee), it is forgotten and
//!   the step must be answered again.
//! - **A warning sign ends the questions.** Next from the warning signs with a sign ticked goes
//!   straight to what to do now: nothing asked after it could change that.
//! - **The step is always valid** for the regions: `Map` always; `Question(q)` only while `q` is
//!   among [`Session::questions`]; `Results` only with at least one region. Any action that
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
//! - **A share link never silently replaces a check in progress.** One pasted into a tab that
//!   already shows the check ([`Action::Link`]) opens at once only when nothing would be lost (no
//!   place and no answer yet, or the link's very places and answers); otherwise it waits in
//!   [`Session::offer`] for the runner's choice ([`Session::link_choice`]). Opened, it lands
//!   where it would in a new tab ([`Action::Open`]).

use crate::answers::{Answers, CheckInput, Reply, MAX_WEEKS_TO_RACE};
use crate::content::{Pack, PackRef};
use crate::engine::{questions_to_ask, red_flag_level, red_flags_answered, red_flags_offered};
use crate::ids::{Answer, Locale, Question, QuestionKind, RegionSel, Triage};
use crate::vec_set::VecSet;

mod link;
mod storage;

pub use link::LinkChoice;
pub use storage::*;

/// Distance units: the host page's setting type, so one value serves both; the runner's own
/// choice is kept in [`Session::units`].
pub use crate::ids::Units;

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
    /// A share link pasted into the open page: opened as [`Action::Open`] opens it when nothing
    /// the runner entered would be lost, else kept in [`Session::offer`] for their choice; ignored
    /// when it names no place ([`Session::link_choice`]).
    Link(CheckInput),
    /// Opens the share link on offer, replacing the runner's places and answers.
    OpenOffer,
    /// Declines the share link on offer: the runner's check stays as it is.
    KeepMine,
    /// Remembers the runner's distance units.
    SetUnits(Units),
    /// Remembers the runner's language (the switch in the widget).
    SetLocale(Locale),
    /// Starts over: no places, no answers, back to the map. Keeps the units preference.
    Restart,
}

/// The progress bar's figures ([`Session::progress_bar`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProgressBar {
    /// This step's number, from 1 (the map).
    pub step: usize,
    /// How many steps the check has (map, questions, results), once a place is picked.
    pub steps: Option<usize>,
    /// How far along, 0-100.
    pub percent: u8,
}

/// What the runner entered and where they are. Plain data: build a new one with [`Session::apply`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// The content the check runs on: which questions the picked places ask comes from its rules.
    pub pack: PackRef,
    pub regions: VecSet<RegionSel>,
    /// Every reply given, including to questions the current regions no longer ask.
    pub answers: Answers,
    pub step: Step,
    /// The runner's own choice of units; `None` follows the host page's setting.
    pub units: Option<Units>,
    /// The runner's own choice of language (the switch); `None` follows the host page's setting,
    /// else the browser's languages. Kept like the units, through "start over" too.
    pub locale: Option<Locale>,
    /// Opened from a share link that lacked the warning signs: the session waits on the red-flag
    /// step, and Next from there goes straight to the results. Cleared as soon as the step changes.
    pub results_after_signs: bool,
    /// A share link pasted into the open page that would replace the runner's places or answers,
    /// as it would open, waiting for their choice ([`Action::OpenOffer`], [`Action::KeepMine`]).
    /// Never saved. (A whole session rather than the link's input: the widget then carries no
    /// extra code to copy, compare and drop another type with every session.)
    pub offer: Option<Box<Session>>,
}

impl Session {
    /// A fresh check on `pack`: nothing picked, on the map.
    pub fn new(pack: &'static Pack) -> Self {
        Session {
            pack: PackRef(pack),
            regions: VecSet::new(),
            answers: Answers::default(),
            step: Step::Map,
            units: None,
            locale: None,
            results_after_signs: false,
            offer: None,
        }
    }

    /// A session opened from a share link: its places and answers, at the results when it names a
    /// place and answers the warning signs; at the warning signs when it names a place without them
    /// (answering them then shows the results); else at the map.
    pub fn from_check_input(input: CheckInput, pack: &'static Pack) -> Self {
        let mut s = Session {
            pack: PackRef(pack),
            regions: input.regions,
            answers: input.answers,
            step: Step::Results,
            units: None,
            locale: None,
            results_after_signs: false,
            offer: None,
        };
        s.answers.0.retain(|q, r| r.fits(*q) && !is_empty_multi(r));
        s.normalize_step();
        s.results_after_signs = s.step == Step::Question(Question::RedFlags);
        s
    }

    /// A fresh start: nothing picked or answered, no units chosen, on the map. Not worth keeping
    /// in storage.
    pub fn is_blank(&self) -> bool {
        self.regions.is_empty()
            && self.answers.0.is_empty()
            && self.units.is_none()
            && self.locale.is_none()
            && self.step == Step::Map
    }

    /// After the places changed from `before`: "None of these" was said of the signs shown then, so
    /// when the new places bring signs the runner has not seen, it no longer counts and the step
    /// must be answered again; a share link's shortcut past the questions ends too (the new places
    /// may ask their own).
    fn places_changed(&mut self, before: &VecSet<RegionSel>) {
        self.results_after_signs = false;
        let shown = red_flags_offered(before);
        let new_signs = red_flags_offered(&self.regions)
            .iter()
            .any(|a| !shown.contains(a));
        let only_none = matches!(
            self.answers.get(Question::RedFlags),
            Some(Reply::Many(set)) if set.len() == 1 && set.contains(&Answer::None)
        );
        if new_signs && only_none {
            self.answers.0.remove(&Question::RedFlags);
        }
    }

    /// Whether the warning-signs step has an answer (a sign, or "None of these").
    pub fn red_flags_answered(&self) -> bool {
        red_flags_answered(&self.answers)
    }

    /// The questions asked for the picked places, in order, given the answers so far: only those
    /// whose answer could still change the result ([`questions_to_ask`]). The list can only
    /// shrink or grow after the step being answered, never before it.
    pub fn questions(&self) -> Vec<Question> {
        questions_to_ask(&self.regions, &self.answers, &self.pack)
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

    /// The progress bar: where the runner is among all the steps (the map, each question, the
    /// results), counting the questions the picked places ask. Before anything is picked the
    /// length of the check is unknown.
    pub fn progress_bar(&self) -> ProgressBar {
        let (at, total) = self.progress();
        let steps = total + 2;
        let step = match self.step {
            Step::Map => 1,
            Step::Question(_) => at + 1,
            Step::Results => steps,
        };
        if self.regions.is_empty() {
            // A sliver of progress on the map before the length of the check is known.
            return ProgressBar {
                step: 1,
                steps: None,
                percent: 4,
            };
        }
        ProgressBar {
            step,
            steps: Some(steps),
            percent: (step * 100 / steps).min(100) as u8,
        }
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
        let picks_places = matches!(
            action,
            Action::ToggleRegion(_) | Action::RemoveRegion(_) | Action::ClearRegions
        );
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
            Action::Open(input) => next = self.opened(input),
            Action::Link(input) => match self.link_choice(&input) {
                LinkChoice::Open => next = self.opened(input),
                LinkChoice::Ask => next.offer = Some(Box::new(self.opened(input))),
                LinkChoice::Ignore => return None,
            },
            Action::OpenOffer => {
                next = *self.offer.clone()?;
                next.units = self.units;
                next.locale = self.locale;
            }
            Action::KeepMine => next.offer = None,
            Action::SetUnits(u) => next.units = Some(u),
            Action::SetLocale(l) => next.locale = Some(l),
            Action::Restart => {
                next = Session {
                    units: self.units,
                    locale: self.locale,
                    ..Session::new(self.pack.0)
                }
            }
        }
        if picks_places && next.regions != self.regions {
            next.places_changed(&self.regions);
        }
        next.normalize_step();
        if next.step != Step::Question(Question::RedFlags) {
            next.results_after_signs = false;
        }
        (next != *self).then_some(next)
    }

    /// The session a share link opens: its places and answers, where a fresh load of it lands,
    /// with the runner's units.
    fn opened(&self, input: CheckInput) -> Session {
        Session {
            units: self.units,
            locale: self.locale,
            ..Session::from_check_input(input, self.pack.0)
        }
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
            Step::Question(Question::RedFlags)
                if self.results_after_signs || self.signs_stop_check() =>
            {
                Some(Step::Results)
            }
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
            // A warning sign took the runner straight to what to do now: back to the signs.
            Step::Results if self.signs_stop_check() => Some(Step::Question(Question::RedFlags)),
            Step::Results => Some(qs.last().map_or(Step::Map, |&q| Step::Question(q))),
        }
    }

    /// Whether a ticked warning sign ends the check for these places (emergency or urgent): the
    /// rest of the questions could not change what the runner must do now, so Next from the signs
    /// goes straight to the results.
    pub fn signs_stop_check(&self) -> bool {
        Question::RedFlags.answers().iter().any(|a| {
            self.answers.has(Question::RedFlags, *a)
                && red_flag_level(*a, &self.regions) >= Some(Triage::Urgent)
        })
    }

    /// Whether Next from this step shows the results (its button says so), once it may be pressed:
    /// the last question, or the warning signs of a share link or with a sign ticked.
    pub fn next_is_results(&self) -> bool {
        match self.step {
            Step::Question(Question::RedFlags) => {
                self.results_after_signs || self.signs_stop_check() || self.questions().len() == 1
            }
            _ => self.step_after() == Some(Step::Results),
        }
    }

    /// Moves an invalid step to a valid one (see [`Session::apply`]).
    pub(crate) fn normalize_step(&mut self) {
        if self.is_valid_step(self.step) {
            return;
        }
        self.step = match self.questions().first() {
            Some(&q) if !self.regions.is_empty() => Step::Question(q),
            _ => Step::Map,
        };
    }

    /// Checks the invariants a session must keep: a valid step and every reply fitting its
    /// question with no empty multi-choice reply; the link on offer, if any, names a place and
    /// keeps them too. `Err` names the first broken one.
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
        match &self.offer {
            Some(o) if o.offer.is_some() => Err("an offered link holds an offer of its own".into()),
            Some(o) if o.regions.is_empty() => Err("an offered link names no place".into()),
            Some(o) => o.check_invariants(),
            None => Ok(()),
        }
    }
}

pub(crate) fn is_empty_multi(r: &Reply) -> bool {
    matches!(r, Reply::Many(set) if set.is_empty())
}

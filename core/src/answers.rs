//! What a runner entered: the places that hurt and the replies to the self-check. Plain typed data;
//! building it from outside input (share link, saved state) happens in `session`.

use crate::id_map::IdMap;
use crate::ids::{Answer, Question, QuestionKind, RegionSel};
use crate::vec_set::VecSet;
#[cfg(not(target_arch = "wasm32"))]
use serde::{Deserialize, Serialize};

/// The reply to one question.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Serialize, Deserialize),
    serde(untagged)
)]
pub enum Reply {
    /// A single-choice answer (`Answer::Unsure` included).
    One(Answer),
    /// The chosen answers of a multi-choice question (may be empty).
    Many(VecSet<Answer>),
    /// Weeks to race, 0-52. "No race" is `One(Answer::NoRace)`.
    Weeks(u8),
}

impl Reply {
    /// Whether this is an answer at all: a choice, a number, or at least one box ticked.
    pub fn is_given(&self) -> bool {
        !matches!(self, Reply::Many(set) if set.is_empty())
    }
}

/// The most weeks-to-race the check accepts.
pub const MAX_WEEKS_TO_RACE: u8 = 52;

impl Reply {
    /// Whether this reply is one SPEC allows for `q` (right kind, answers from `q`'s list, weeks in range).
    pub fn fits(&self, q: Question) -> bool {
        match (q.kind(), self) {
            (QuestionKind::Single, Reply::One(a)) => q.answers().contains(a),
            (QuestionKind::Multi, Reply::Many(set)) => {
                set.iter().all(|a| q.answers().contains(a))
                    && match q.exclusive_answer() {
                        Some(ex) => !(set.contains(&ex) && set.len() > 1),
                        None => true,
                    }
            }
            (QuestionKind::Weeks, Reply::Weeks(w)) => *w <= MAX_WEEKS_TO_RACE,
            (QuestionKind::Weeks, Reply::One(Answer::NoRace)) => true,
            _ => false,
        }
    }
}

/// Replies by question. A question with no entry counts as `unsure` (or nothing chosen, for multi).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
pub struct Answers(pub IdMap<Question, Reply>);

impl Answers {
    pub fn get(&self, q: Question) -> Option<&Reply> {
        self.0.get(&q)
    }

    /// The single-choice answer to `q`, or `None` when unanswered or `unsure`.
    pub fn one(&self, q: Question) -> Option<Answer> {
        match self.0.get(&q) {
            Some(Reply::One(Answer::Unsure)) => None,
            Some(Reply::One(a)) => Some(*a),
            _ => None,
        }
    }

    /// Whether multi-choice `q` has `a` ticked.
    pub fn has(&self, q: Question, a: Answer) -> bool {
        matches!(self.0.get(&q), Some(Reply::Many(set)) if set.contains(&a))
    }

    /// Whether `q` was answered with exactly `a` (single) or has `a` ticked (multi).
    pub fn is(&self, q: Question, a: Answer) -> bool {
        self.one(q) == Some(a) || self.has(q, a)
    }

    /// Weeks to race: `Some(Some(n))` a number, `Some(None)` no race, `None` not answered.
    pub fn weeks_to_race(&self) -> Option<Option<u8>> {
        match self.0.get(&Question::WeeksToRace) {
            Some(Reply::Weeks(w)) => Some(Some(*w)),
            Some(Reply::One(Answer::NoRace)) => Some(None),
            _ => None,
        }
    }

    /// Sets a reply, ignoring one that does not fit its question; returns whether it was kept.
    pub fn set(&mut self, q: Question, reply: Reply) -> bool {
        if reply.fits(q) {
            self.0.insert(q, reply);
            true
        } else {
            false
        }
    }
}

/// Everything the engine reasons from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize, Deserialize))]
pub struct CheckInput {
    pub regions: VecSet<RegionSel>,
    pub answers: Answers,
}

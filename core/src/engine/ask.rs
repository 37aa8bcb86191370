//! Fewer questions (SPEC v2): which of the questions the picked places could ask are still worth
//! asking, given the answers so far.
//!
//! A question is asked only when some answer to it could still change what the result shows: the
//! triage (and the safety reasons and cautions that come with it), which condition comes first
//! (or whether any fits), the plan (which follows the first condition and its factors), or a
//! factor shown. The other possible matches listed after the first may differ from what every
//! answer would list: they are possibilities for a clinician, and nothing else follows them. "Could" is decided against every way the questions after it might still be
//! answered, so skipping is never a guess about the runner's later answers.
//!
//! # How
//! The questions are walked in order. Question `q` is judged with only the answers to the
//! questions already on the path known; `q`, every later question and every earlier one on the
//! path still without an answer are open. Each rule of a
//! candidate condition then either fires for sure, cannot fire any more, or is open (it depends on
//! open questions). For two conditions `a`, `b`, whether `a` ranks before `b` is the sign of
//! `D = score(a) - score(b) + tie`, where `tie` is 1 when `a` wins a tie ([`super::TIE_ORDER`]);
//! "is `a` shown" is the same comparison against a pseudo-condition scoring `shown - 1`. The open
//! rules bound how far `D` can still move: per open single-choice question the lowest and highest
//! sum of any one answer (or none), per multi-choice question the sum of its negative and of its
//! positive answers, and a rule on several open questions on its own. `q` matters to the ranking
//! when some value it can add to `D` flips its sign for some value the rest can still add. The
//! bounds over-approximate, so a question is sometimes asked that could, in the end, not have
//! changed anything; never the other way round.
//!
//! Because a question is judged only on the answers before it, an answer stored for a question
//! that is off the path (say, from before the runner went back and changed an earlier answer)
//! cannot change the result either: the session leaves it out of the check, and the result is the
//! same with or without it (a property test holds this over random answers).

use super::rank::{candidates, tie_wins};
use super::triage::{
    answer_reasons, any_bone_stress, bone_stress_caution, help_reason_when_first,
    help_reason_when_shown, safety_reasons, stop,
};
use crate::answers::Answers;
use crate::content::{Pack, Trigger};
use crate::ids::{Answer, Condition, HelpReason, Question, QuestionKind, RegionSel, Triage};
use crate::vec_set::VecSet;

const NQ: usize = Question::ALL.len();
const NC: usize = Condition::ALL.len();
/// The most answers any question offers (the warning signs).
const MAX_ANSWERS: usize = 18;

/// A set of questions, one bit each.
type QSet = u32;

// The bit set must hold every question (the per-answer tables are checked by a test below).
const _: () = assert!(
    NQ <= QSet::BITS as usize,
    "more questions than a QSet holds"
);

const fn bit(q: Question) -> QSet {
    1 << q as u32
}

/// The questions to ask for these places, in order, given the answers so far (see the module
/// documentation). The warning signs always come first; a ticked sign that ends the check leaves
/// them the only question, and pain when walking or at rest at a bone-stress place ends the
/// questions there; after either, only the bone-stress questions that add to the stop screen
/// (pain when walking or at rest, and the build questions of the caution) stay on the path.
pub fn questions_to_ask(
    regions: &VecSet<RegionSel>,
    answers: &Answers,
    pack: &Pack,
) -> Vec<Question> {
    let in_scope = super::in_scope(regions);
    let cands = candidates(&in_scope, pack);
    let all = super::questions_among(regions, &in_scope, &cands, pack);
    let bone_stress = any_bone_stress(regions);
    let mut known = Answers::default();
    let mut path = Vec::with_capacity(all.len());
    // Open: the question being judged, every later one, and every earlier one on the path not
    // answered yet (the runner may still go back to it).
    let mut open: QSet = all.iter().fold(0, |s, q| s | bit(*q));
    for &q in &all {
        let stopped = stop(regions, &known).0 >= Some(Triage::Urgent);
        let ask = q == Question::RedFlags
            || if stopped {
                // A stop sign among the answers so far: nothing after it can change the level.
                // Where bone stress hides, pain when walking or at rest still adds its sign and
                // the advice on how to move until seen, and the bone-stress caution (shown
                // whatever the triage) still reads the build: those stay on the path (the flow
                // itself goes straight to the results from a ticked warning sign; a share link's
                // answers to them still count).
                bone_stress
                    && (q == Question::PainTiming
                        || (matches!(q, Question::BuildWeek | Question::VolumeJump)
                            && !bone_stress_caution(regions, &known)))
            } else {
                Judge {
                    pack,
                    regions,
                    known: &known,
                    open,
                    cands: &cands,
                    has_out_of_scope: in_scope.len() < regions.len(),
                }
                .matters(q)
            };
        let reply = answers.get(q).filter(|r| r.is_given());
        if !ask || reply.is_some() {
            open &= !bit(q);
        }
        if ask {
            path.push(q);
            if let Some(r) = reply {
                known.0.insert(q, r.clone());
            }
        }
    }
    path
}

/// The answers to offer for `q` with these places: for the warning signs those that apply here
/// ([`super::red_flags_offered`]); for what makes it worse only those a rule for these places
/// reads (uphill running, lying on that side, a deep hip bend...), with "None of these"; every
/// answer otherwise. A ticked answer is always offered, so a share link's answer is never hidden.
pub fn answers_offered(
    q: Question,
    regions: &VecSet<RegionSel>,
    answers: &Answers,
    pack: &Pack,
) -> Vec<Answer> {
    let offered: Vec<Answer> = match q {
        Question::RedFlags => super::red_flags_offered(regions),
        Question::Aggravators => {
            let cands = candidates(&super::in_scope(regions), pack);
            let read = super::questions_read(&cands, pack);
            q.answers()
                .iter()
                .copied()
                .filter(|a| Some(*a) == q.exclusive_answer() || read.contains(&(q, *a)))
                .collect()
        }
        _ => q.answers().to_vec(),
    };
    q.answers()
        .iter()
        .copied()
        .filter(|a| offered.contains(a) || answers.has(q, *a))
        .collect()
}

/// One rule of a candidate condition that has not fired for sure and can still fire, or has fired.
struct Open<'p> {
    condition: Condition,
    atoms: &'p [(Question, Answer)],
    weight: i32,
    /// The open questions it waits on (none: it has fired).
    opens: QSet,
    /// When it waits on exactly one open question: that question's answer it needs.
    single: Option<(Question, Answer)>,
}

struct Judge<'a> {
    pack: &'a Pack,
    regions: &'a VecSet<RegionSel>,
    known: &'a Answers,
    /// `q` and every question after it.
    open: QSet,
    cands: &'a [Option<(i32, &'a crate::content::Text)>; NC],
    has_out_of_scope: bool,
}

/// A side of a comparison: a condition, or "shown" (a pseudo-condition at the threshold).
#[derive(Clone, Copy, PartialEq)]
enum Side {
    Cond(Condition),
    Shown,
}

impl<'a> Judge<'a> {
    fn is_open(&self, q: Question) -> bool {
        self.open & bit(q) != 0
    }

    /// Whether `q` (open, not yet answered on the path) could change what the result shows.
    fn matters(&self, q: Question) -> bool {
        let bone = any_bone_stress(self.regions);
        // The bone-stress stop screen: pain when walking or at rest there is urgent.
        if q == Question::PainTiming && bone {
            return true;
        }
        // Bone-stress caution, and the bone-risk reason that rides on it.
        let caution_sure = bone_stress_caution(self.regions, self.known);
        let caution_possible =
            caution_sure || self.is_open(Question::VolumeJump) || self.is_open(Question::BuildWeek);
        if bone && matches!(q, Question::VolumeJump | Question::BuildWeek) && !caution_sure {
            return true;
        }
        if bone && q == Question::BoneRisk && caution_possible {
            return true;
        }
        if self.cands.iter().all(Option::is_none) {
            // Nothing in scope: only the safety screens above count.
            return false;
        }
        // The weekly schedule (and whether "eight weeks is enough" is said).
        if q == Question::WeeksToRace {
            return true;
        }
        let rules = self.open_rules();
        // The conditions that could still come first, worked out once for every check below.
        let firsts: Vec<Condition> = self
            .candidates()
            .filter(|c| self.can_be_first(*c, &rules))
            .collect();
        if self.ranking_can_change(q, &rules, &firsts) || self.factors_can_change(q, &firsts) {
            return true;
        }
        // The runner's own reasons to see someone, while the triage could still be self-care.
        match q {
            Question::Duration
            | Question::Trend
            | Question::TrainingImpact
            | Question::SelfCareResult => !self.see_professional_sure(&rules, &firsts),
            Question::SelfCareTried => {
                // Only "did not help" makes what was tried count (tried nothing cancels it).
                !self.see_professional_sure(&rules, &firsts)
                    && (self.known.is(Question::SelfCareResult, Answer::NoHelp)
                        || self.is_open(Question::SelfCareResult))
            }
            _ => false,
        }
    }

    /// The answer rules of candidate conditions that fired or can still fire.
    fn open_rules(&self) -> Vec<Open<'a>> {
        let mut out = Vec::new();
        for rule in self.pack.rules.iter() {
            if self.cands[rule.condition as usize].is_none() {
                continue;
            }
            let Trigger::Answers(atoms) = &rule.when else {
                continue;
            };
            if let Some((opens, single)) = self.atoms_state(atoms) {
                out.push(Open {
                    condition: rule.condition,
                    atoms: &atoms[..],
                    weight: rule.weight,
                    opens,
                    single,
                });
            }
        }
        out
    }

    /// `None` when the atoms can no longer all hold; else the open questions they wait on.
    fn atoms_state(
        &self,
        atoms: &[(Question, Answer)],
    ) -> Option<(QSet, Option<(Question, Answer)>)> {
        let mut opens = 0;
        let mut last = None;
        for &(q, a) in atoms {
            if a == Answer::Unsure {
                return None;
            }
            if self.is_open(q) {
                opens |= bit(q);
                last = Some((q, a));
            } else if !self.known.is(q, a) {
                return None;
            }
        }
        let single = (opens.count_ones() == 1).then_some(last).flatten();
        Some((opens, single))
    }

    fn base(&self, side: Side, rules: &[Open]) -> i32 {
        match side {
            Side::Shown => self.pack.scoring.shown - 1,
            Side::Cond(c) => {
                self.cands[c as usize].map_or(0, |(w, _)| w)
                    + rules
                        .iter()
                        .filter(|r| r.condition == c && r.opens == 0)
                        .map(|r| r.weight)
                        .sum::<i32>()
            }
        }
    }

    /// `D` today for `a` against `b`: positive when `a` ranks first.
    fn d0(&self, a: Side, b: Side, rules: &[Open]) -> i32 {
        let tie = match (a, b) {
            (Side::Cond(x), Side::Cond(y)) => tie_wins(x, y) as i32,
            // Shown means `score >= shown`, that is `score - (shown - 1) > 0`: no tie to settle.
            _ => 0,
        };
        self.base(a, rules) - self.base(b, rules) + tie
    }

    /// How far the open rules not waiting on any question of `skip` can still move `D`.
    fn bounds(&self, a: Side, b: Side, rules: &[Open], skip: QSet) -> (i32, i32) {
        let mut sums = [[0i32; MAX_ANSWERS]; NQ];
        let mut touched: QSet = 0;
        let (mut lo, mut hi) = (0, 0);
        for r in rules {
            let e = effect(r, a, b);
            if e == 0 || r.opens == 0 || r.opens & skip != 0 {
                continue;
            }
            match r.single {
                Some((q, ans)) => {
                    sums[q as usize][answer_index(q, ans)] += e;
                    touched |= bit(q);
                }
                None => {
                    lo += e.min(0);
                    hi += e.max(0);
                }
            }
        }
        for &q in Question::ALL {
            if touched & bit(q) == 0 {
                continue;
            }
            let (l, h) = spread(q, &sums[q as usize]);
            lo += l;
            hi += h;
        }
        (lo, hi)
    }

    /// What an answer to `q` can add to `D` (rules waiting on `q`, alone or with later questions).
    fn reach(&self, q: Question, a: Side, b: Side, rules: &[Open]) -> (i32, i32) {
        let mut low = [0i32; MAX_ANSWERS];
        let mut high = [0i32; MAX_ANSWERS];
        for r in rules {
            let e = effect(r, a, b);
            if e == 0 || r.opens & bit(q) == 0 {
                continue;
            }
            // The answer of `q` this rule needs.
            let Some(i) = Self::needed(r, q) else {
                continue;
            };
            // Waiting on `q` alone it adds exactly its weight; on later questions too, anything
            // from nothing to its weight.
            let waits_on_more = r.opens != bit(q);
            low[i] += if waits_on_more { e.min(0) } else { e };
            high[i] += if waits_on_more { e.max(0) } else { e };
        }
        spread_between(q, &low, &high)
    }

    /// Index (in `q.answers()`) of the answer rule `r` needs from `q`.
    fn needed(r: &Open, q: Question) -> Option<usize> {
        r.atoms
            .iter()
            .find(|(aq, _)| *aq == q)
            .map(|(_, a)| answer_index(q, *a))
    }

    /// Whether an answer to `q` could flip `a` against `b`.
    fn can_flip(&self, q: Question, a: Side, b: Side, rules: &[Open]) -> bool {
        let d0 = self.d0(a, b, rules);
        let (l, u) = self.bounds(a, b, rules, bit(q));
        let (lo, hi) = self.reach(q, a, b, rules);
        let meets = |from: i32, to: i32| from <= to && from <= u && l <= to;
        (hi > 0 && meets(-d0 - hi + 1, -d0)) || (lo < 0 && meets(-d0 + 1, -d0 - lo))
    }

    /// The least and most `D` can still become, with every open question open.
    fn range(&self, a: Side, b: Side, rules: &[Open]) -> (i32, i32) {
        let d0 = self.d0(a, b, rules);
        let (l, u) = self.bounds(a, b, rules, 0);
        (d0 + l, d0 + u)
    }

    fn candidates(&self) -> impl Iterator<Item = Condition> + '_ {
        Condition::ALL
            .iter()
            .copied()
            .filter(|c| self.cands[*c as usize].is_some())
    }

    /// Whether `c` could still come first.
    fn can_be_first(&self, c: Condition, rules: &[Open]) -> bool {
        self.range(Side::Cond(c), Side::Shown, rules).1 > 0
            && self
                .candidates()
                .filter(|o| *o != c)
                .all(|o| self.range(Side::Cond(c), Side::Cond(o), rules).1 > 0)
    }

    /// Whether `q` could change which condition comes first, or whether any is shown at all (the
    /// plan, its factors, the spine-care and knee advice and the triage follow the first), or
    /// whether a condition that needs a clinician whenever it is shown is shown.
    fn ranking_can_change(&self, q: Question, rules: &[Open], firsts: &[Condition]) -> bool {
        firsts.iter().enumerate().any(|(i, a)| {
            self.can_flip(q, Side::Cond(*a), Side::Shown, rules)
                || firsts[i + 1..]
                    .iter()
                    .any(|b| self.can_flip(q, Side::Cond(*a), Side::Cond(*b), rules))
        }) || self.candidates().any(|c| {
            // Shown at all, a condition that needs a clinician changes the triage.
            help_reason_when_shown(c).is_some()
                && self.can_flip(q, Side::Cond(c), Side::Shown, rules)
        })
    }

    /// Whether `q` could reveal a factor a condition that may come first lists, not yet revealed
    /// for sure.
    fn factors_can_change(&self, q: Question, firsts: &[Condition]) -> bool {
        let listed = |f: crate::ids::Factor| {
            firsts.iter().any(|c| {
                self.pack
                    .condition(*c)
                    .is_some_and(|cc| cc.factors.contains(&f))
            })
        };
        let revealed_sure = |f: crate::ids::Factor| {
            self.pack.factor_rules.iter().any(|r| {
                r.factors.contains(&f)
                    && matches!(&r.when, Trigger::Answers(atoms)
                        if self.atoms_state(atoms).is_some_and(|(opens, _)| opens == 0))
            })
        };
        self.pack.factor_rules.iter().any(|r| {
            let Trigger::Answers(atoms) = &r.when else {
                return false;
            };
            atoms.iter().any(|(aq, _)| *aq == q)
                && self.atoms_state(atoms).is_some()
                && r.factors.iter().any(|f| listed(*f) && !revealed_sure(*f))
        })
    }

    /// Whether the triage is `see-professional` (or more) whatever the open questions bring.
    fn see_professional_sure(&self, rules: &[Open], firsts: &[Condition]) -> bool {
        // The triage's own reasons, from the answers known so far: certain unless "did not help"
        // could still be cancelled by "tried nothing", which is still open.
        let mut reasons = Vec::new();
        answer_reasons(self.known, &mut reasons);
        if self.has_out_of_scope
            || reasons
                .iter()
                .any(|r| *r != HelpReason::SelfCareNoHelp || !self.is_open(Question::SelfCareTried))
        {
            return true;
        }
        let mut safety = Vec::new();
        safety_reasons(self.regions, self.known, &mut safety);
        if safety.contains(&HelpReason::BoneStressRisk) {
            return true;
        }
        // A condition that needs a clinician is shown whatever comes, or whatever comes first
        // needs one (or nothing fits: also an assessment).
        self.candidates().any(|c| {
            help_reason_when_shown(c).is_some()
                && self.range(Side::Cond(c), Side::Shown, rules).0 > 0
        }) || firsts.iter().all(|c| help_reason_when_first(*c).is_some())
    }
}

fn effect(r: &Open, a: Side, b: Side) -> i32 {
    let c = Side::Cond(r.condition);
    if c == a {
        r.weight
    } else if c == b {
        -r.weight
    } else {
        0
    }
}

fn answer_index(q: Question, a: Answer) -> usize {
    q.answers().iter().position(|x| *x == a).unwrap_or(0)
}

/// The least and most one open question can add: one answer (or none) for single choice, any
/// combination for multi-choice.
fn spread(q: Question, sums: &[i32; MAX_ANSWERS]) -> (i32, i32) {
    spread_between(q, sums, sums)
}

/// [`spread`] when each answer adds something between `lows[i]` and `highs[i]`.
fn spread_between(
    q: Question,
    lows: &[i32; MAX_ANSWERS],
    highs: &[i32; MAX_ANSWERS],
) -> (i32, i32) {
    let n = q.answers().len();
    let (lows, highs) = (&lows[..n], &highs[..n]);
    if q.kind() == QuestionKind::Multi {
        (
            lows.iter().map(|v| (*v).min(0)).sum(),
            highs.iter().map(|v| (*v).max(0)).sum(),
        )
    } else {
        (
            lows.iter().copied().min().unwrap_or(0).min(0),
            highs.iter().copied().max().unwrap_or(0).max(0),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_answer_tables_hold_every_answer_of_every_question() {
        for q in Question::ALL {
            assert!(q.answers().len() <= MAX_ANSWERS, "{q}: raise MAX_ANSWERS");
        }
    }
}

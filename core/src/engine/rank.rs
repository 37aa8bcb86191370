//! Ranking: each condition a picked region raises becomes a candidate; its score is the best region
//! rule plus every answer rule that holds, and each of those is kept as evidence. Conditions that
//! reach the pack's `shown` threshold are returned, best first.

use super::outcome::{ConditionMatch, Evidence};
use crate::answers::Answers;
use crate::content::{Pack, Text, Trigger};
use crate::ids::{Answer, Condition, Question, RegionSel, Strength};

const N: usize = Condition::ALL.len();

/// Which condition comes first when two score the same, first wins. Stated once, here, so no tie
/// is ever settled by accident:
/// 1. the conditions that need a clinician (sciatica, then the hip joint and the inner knee), so
///    a tie never softens the triage;
/// 2. outer hip tendon pain before hip pain from the lower back: SPEC v2 makes the tendon the
///    answer unless the back's pattern wins outright; then pain around the SI joint;
/// 3. the high hamstring tendon (the sit bone has no other local candidate);
/// 4. the knee: runner's knee, IT band, then front-of-knee overload before patellar tendon pain
///    (SPEC v2: overload stays the answer unless the tendon's signs win outright);
/// 5. low back pain last: any other candidate at the same score is the more specific answer.
pub const TIE_ORDER: [Condition; N] = [
    Condition::Sciatica,
    Condition::HipJointPain,
    Condition::MedialKneePain,
    Condition::GlutealTendinopathy,
    Condition::LumbarReferredHipPain,
    Condition::SiJointDysfunction,
    Condition::ProximalHamstringTendinopathy,
    Condition::PatellofemoralPain,
    Condition::ItBandSyndrome,
    Condition::AnteriorKneeOverload,
    Condition::PatellarTendinopathy,
    Condition::NonspecificLowBackPain,
];

fn tie_rank(c: Condition) -> usize {
    TIE_ORDER.iter().position(|x| *x == c).unwrap_or(N)
}

/// Whether `a` comes before `b` when they score the same ([`TIE_ORDER`]).
pub(super) fn tie_wins(a: Condition, b: Condition) -> bool {
    tie_rank(a) < tie_rank(b)
}

/// Whether every `question=answer` of a trigger holds (`unsure` never does: rules cannot name it).
pub(super) fn answers_hold(atoms: &[(Question, Answer)], answers: &Answers) -> bool {
    !atoms.is_empty()
        && atoms
            .iter()
            .all(|(q, a)| *a != Answer::Unsure && answers.is(*q, *a))
}

/// The conditions the picked in-scope places can point to (with the best region rule for each).
pub(super) fn candidates<'p>(
    in_scope: &[RegionSel],
    pack: &'p Pack,
) -> [Option<(i32, &'p Text)>; N] {
    let mut best: [Option<(i32, &Text)>; N] = [None; N];
    for rule in pack.rules.iter() {
        let Trigger::Region(region) = rule.when else {
            continue;
        };
        if rule.weight <= 0 || !region.in_scope() || !in_scope.iter().any(|s| s.region == region) {
            continue;
        }
        let slot = &mut best[rule.condition as usize];
        if slot.is_none_or(|(w, _)| rule.weight > w) {
            *slot = Some((rule.weight, &rule.id));
        }
    }
    best
}

pub(super) fn rank(in_scope: &[RegionSel], answers: &Answers, pack: &Pack) -> Vec<ConditionMatch> {
    let best = candidates(in_scope, pack);
    let mut scores = [0i32; N];
    let mut evidence: [Vec<Evidence>; N] = Default::default();
    for (i, slot) in best.iter().enumerate() {
        if let Some((w, id)) = slot {
            scores[i] = *w;
            evidence[i].push(Evidence {
                rule: (*id).clone(),
                weight: *w,
            });
        }
    }
    for rule in pack.rules.iter() {
        let i = rule.condition as usize;
        if best[i].is_none() {
            continue;
        }
        if let Trigger::Answers(atoms) = &rule.when {
            if answers_hold(&atoms[..], answers) {
                scores[i] += rule.weight;
                evidence[i].push(Evidence {
                    rule: rule.id.clone(),
                    weight: rule.weight,
                });
            }
        }
    }

    let mut shown: Vec<ConditionMatch> = Vec::new();
    for (i, ev) in evidence.into_iter().enumerate() {
        let condition = Condition::ALL[i];
        let Some(content) = pack.condition(condition) else {
            continue;
        };
        if best[i].is_none() || scores[i] < pack.scoring.shown {
            continue;
        }
        let sites = in_scope
            .iter()
            .copied()
            .filter(|s| pack.ties(condition, s.region))
            .collect();
        shown.push(ConditionMatch {
            condition,
            origin: content.origin,
            score: scores[i],
            // A place alone is only a possibility, however strongly it points: an answer must
            // back it before the match is called weak, moderate or strong.
            strength: if ev.iter().skip(1).any(|e| e.raised()) {
                pack.scoring.strength(scores[i])
            } else {
                Strength::Possible
            },
            sites,
            evidence: ev,
        });
    }
    // Best first; ties by the stated order, so the result never depends on anything else.
    super::sort_small_by_key(&mut shown, |m| {
        (std::cmp::Reverse(m.score), tie_rank(m.condition))
    });
    shown
}

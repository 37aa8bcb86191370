//! Ranking: each condition a picked region raises becomes a candidate; its score is the best region
//! rule plus every answer rule that holds, and each of those is kept as evidence. Conditions that
//! reach the pack's `shown` threshold are returned, best first.

use super::outcome::{ConditionMatch, Evidence};
use crate::answers::Answers;
use crate::content::{Pack, Text, Trigger};
use crate::ids::{Answer, Condition, Question, RegionSel};

const N: usize = Condition::ALL.len();

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
            .filter(|s| {
                pack.rules.iter().any(|r| {
                    r.condition == condition
                        && r.weight > 0
                        && matches!(r.when, Trigger::Region(reg) if reg == s.region)
                })
            })
            .collect();
        shown.push(ConditionMatch {
            condition,
            origin: content.origin,
            score: scores[i],
            strength: pack.scoring.strength(scores[i]),
            sites,
            evidence: ev,
        });
    }
    // Best first; ties keep SPEC's condition order, so the result never depends on anything else.
    super::sort_small_by_key(&mut shown, |m| (std::cmp::Reverse(m.score), m.condition));
    shown
}

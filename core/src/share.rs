//! The share link: a whole check in a URL fragment (SPEC "Share link"), readable and stable, so a
//! runner can send it to a clinician and nothing is stored on a server.
//!
//! `v=1&regions=knee-front.left,hip-outer.right&pain-quality=sharp&aggravators=downhill,stairs&weeks-to-race=6`
//!
//! [`encode`] writes exactly that form (no leading `#`): `v`, then `regions`, then each answered
//! question in SPEC order, multi-choice answers and regions in SPEC order too. Every id is made of
//! `a-z`, `0-9`, `-` and `.`, so nothing ever needs percent-encoding.
//!
//! [`decode`] never fails. Links are pasted, retyped and mangled by mail clients, so it is lenient:
//! a leading `#` (or a whole URL) is accepted, percent-escapes are undone, case and stray spaces do
//! not matter, `lower-back` may omit its `.center`, and `weeks-to-race=no-race` means no race.
//! Everything it cannot use (an unknown key, id or version, a bad number, a reply that does not fit
//! its question, a repeated key) is left out and reported as a [`ShareNotice`] naming the offending
//! key and value, for the widget to list. A missing or different version is reported and the link
//! read on a best-effort basis: every id in it is checked on its own, so nothing it names can be
//! misread as something else.

use crate::answers::{Answers, CheckInput, Reply, MAX_WEEKS_TO_RACE};
use crate::content::{Pack, Ui};
use crate::ids::{Answer, Question, QuestionKind, Region, RegionSel, Side};
use crate::query;
use crate::vec_set::VecSet;
use std::fmt::Write as _;

/// The version this codec writes.
pub const SHARE_VERSION: &str = "1";

/// At most this many notices are listed; the rest are counted in one [`ShareNotice::More`].
pub const MAX_NOTICES: usize = 12;

/// Offending keys and values are cut to this many characters in notices.
const MAX_SHOWN_CHARS: usize = 40;

/// Something in a share link that was ignored, with what it said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareNotice {
    /// No `v=`.
    MissingVersion,
    /// A `v=` other than [`SHARE_VERSION`].
    UnknownVersion { value: String },
    /// A key that is neither `v`, `regions` nor a question id.
    UnknownKey { key: String },
    /// A key given again; the first one was used.
    DuplicateKey { key: String },
    /// A part with no `=`.
    Malformed { part: String },
    /// A `regions` item that is not `region.side` of SPEC.
    UnknownRegion { value: String },
    /// A value that is not an answer to this question.
    UnknownAnswer { question: Question, value: String },
    /// Several answers to a single-choice question; the question was left unanswered.
    OneAnswerOnly { question: Question, value: String },
    /// The "none of these" answer (`value`) ticked with others; it was dropped, the others kept.
    ExclusiveWithOthers { question: Question, value: String },
    /// A weeks-to-race that is not 0-52 or `no-race`.
    BadWeeks { value: String },
    /// More notices than [`MAX_NOTICES`]; this many were not listed.
    More { count: usize },
}

impl ShareNotice {
    /// The key of the runner-facing message in the content pack.
    pub const fn ui_key(&self) -> Ui {
        match self {
            ShareNotice::MissingVersion => Ui::ShareNoticeMissingVersion,
            ShareNotice::UnknownVersion { .. } => Ui::ShareNoticeUnknownVersion,
            ShareNotice::UnknownKey { .. } => Ui::ShareNoticeUnknownKey,
            ShareNotice::DuplicateKey { .. } => Ui::ShareNoticeDuplicateKey,
            ShareNotice::Malformed { .. } => Ui::ShareNoticeMalformed,
            ShareNotice::UnknownRegion { .. } => Ui::ShareNoticeUnknownRegion,
            ShareNotice::UnknownAnswer { .. } => Ui::ShareNoticeUnknownAnswer,
            ShareNotice::OneAnswerOnly { .. } => Ui::ShareNoticeOneAnswerOnly,
            ShareNotice::ExclusiveWithOthers { .. } => Ui::ShareNoticeExclusive,
            ShareNotice::BadWeeks { .. } => Ui::ShareNoticeBadWeeks,
            ShareNotice::More { .. } => Ui::ShareNoticeMore,
        }
    }

    /// The link's key this notice is about, if any (`pain-quality`, `regions`, an unknown key).
    pub fn key(&self) -> Option<&str> {
        match self {
            ShareNotice::UnknownKey { key } | ShareNotice::DuplicateKey { key } => Some(key),
            ShareNotice::UnknownVersion { .. } => Some("v"),
            ShareNotice::UnknownRegion { .. } => Some("regions"),
            ShareNotice::UnknownAnswer { question, .. }
            | ShareNotice::OneAnswerOnly { question, .. }
            | ShareNotice::ExclusiveWithOthers { question, .. } => Some(question.as_str()),
            ShareNotice::BadWeeks { .. } => Some(Question::WeeksToRace.as_str()),
            ShareNotice::MissingVersion
            | ShareNotice::Malformed { .. }
            | ShareNotice::More { .. } => None,
        }
    }

    /// The offending value as found in the link (shortened), if any.
    pub fn value(&self) -> Option<&str> {
        match self {
            ShareNotice::UnknownVersion { value }
            | ShareNotice::UnknownRegion { value }
            | ShareNotice::UnknownAnswer { value, .. }
            | ShareNotice::OneAnswerOnly { value, .. }
            | ShareNotice::ExclusiveWithOthers { value, .. }
            | ShareNotice::BadWeeks { value } => Some(value),
            ShareNotice::Malformed { part } => Some(part),
            ShareNotice::MissingVersion
            | ShareNotice::UnknownKey { .. }
            | ShareNotice::DuplicateKey { .. }
            | ShareNotice::More { .. } => None,
        }
    }

    /// The notice in words, from the pack's template with `{key}`, `{value}` and `{count}` filled
    /// in. Link text is only ever inserted as text here; the UI must render it as text too.
    pub fn message(&self, pack: &Pack) -> String {
        let count = match self {
            ShareNotice::More { count } => count.to_string(),
            _ => String::new(),
        };
        pack.ui(self.ui_key())
            .replace("{key}", self.key().unwrap_or(""))
            .replace("{value}", self.value().unwrap_or(""))
            .replace("{count}", &count)
    }
}

/// What a share link says, and what in it was ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Decoded {
    pub input: CheckInput,
    pub notices: Vec<ShareNotice>,
}

impl Decoded {
    /// Whether the link names at least one place, so the widget can go straight to the results.
    pub fn has_content(&self) -> bool {
        !self.input.regions.is_empty()
    }
}

/// The fragment for `input`, without the leading `#`. Replies that do not fit their question and
/// empty multi-choice replies are left out (they mean nothing to the check).
pub fn encode(input: &CheckInput) -> String {
    let mut out = format!("v={SHARE_VERSION}");
    if !input.regions.is_empty() {
        out.push_str("&regions=");
        join(&mut out, input.regions.iter());
    }
    for &q in Question::ALL {
        let Some(reply) = input.answers.get(q) else {
            continue;
        };
        if !reply.fits(q) || matches!(reply, Reply::Many(set) if set.is_empty()) {
            continue;
        }
        let _ = write!(out, "&{q}=");
        match reply {
            Reply::One(a) => out.push_str(a.as_str()),
            Reply::Many(set) => join(&mut out, set.iter()),
            Reply::Weeks(w) => {
                let _ = write!(out, "{w}");
            }
        }
    }
    out
}

fn join<T: std::fmt::Display>(out: &mut String, items: impl Iterator<Item = T>) {
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(out, "{item}");
    }
}

/// Reads a share-link fragment, with or without its leading `#`. Never fails: see the module docs.
pub fn decode(fragment: &str) -> Decoded {
    let mut d = Decoder::default();
    let text = query::split_address(fragment).fragment.unwrap_or(fragment);
    let mut version: Option<String> = None;
    let mut seen: VecSet<String> = VecSet::new();
    for (raw_key, raw_value) in query::raw_parts(text) {
        if raw_key.trim().is_empty() && raw_value.is_none() {
            continue;
        }
        let Some(raw_value) = raw_value else {
            d.notice(ShareNotice::Malformed {
                part: shown(&clean(raw_key)),
            });
            continue;
        };
        let key = clean(raw_key);
        let value = clean(raw_value);
        if !seen.insert(key.clone()) {
            d.notice(ShareNotice::DuplicateKey { key: shown(&key) });
            continue;
        }
        match key.as_str() {
            "v" => version = Some(value),
            "regions" => d.regions(&value),
            _ => match Question::parse(&key) {
                Some(q) => d.reply(q, &value),
                None => d.notice(ShareNotice::UnknownKey { key: shown(&key) }),
            },
        }
    }
    let version_notice = match version.as_deref() {
        None | Some("") => Some(ShareNotice::MissingVersion),
        Some(SHARE_VERSION) => None,
        Some(other) => Some(ShareNotice::UnknownVersion {
            value: shown(other),
        }),
    };
    let mut notices = Vec::with_capacity(d.notices.len() + 2);
    notices.extend(version_notice);
    notices.append(&mut d.notices);
    if notices.len() > MAX_NOTICES {
        d.hidden += notices.len() - MAX_NOTICES;
        notices.truncate(MAX_NOTICES);
    }
    if d.hidden > 0 {
        notices.push(ShareNotice::More { count: d.hidden });
    }
    Decoded {
        input: CheckInput {
            regions: d.regions,
            answers: d.answers,
        },
        notices,
    }
}

#[derive(Default)]
struct Decoder {
    regions: VecSet<RegionSel>,
    answers: Answers,
    notices: Vec<ShareNotice>,
    /// Notices past the cap, only counted, so a huge mangled link cannot flood the widget.
    hidden: usize,
}

impl Decoder {
    fn notice(&mut self, n: ShareNotice) {
        if self.notices.len() < MAX_NOTICES {
            self.notices.push(n);
        } else {
            self.hidden += 1;
        }
    }

    fn regions(&mut self, value: &str) {
        for item in items(value) {
            let parsed = RegionSel::parse(item).or_else(|| {
                // The lower back has one side only, so a link that leaves it out is unambiguous.
                Region::parse(item).and_then(|r| RegionSel::new(r, Side::Center))
            });
            match parsed {
                Some(sel) => {
                    self.regions.insert(sel);
                }
                None => self.notice(ShareNotice::UnknownRegion { value: shown(item) }),
            }
        }
    }

    fn reply(&mut self, q: Question, value: &str) {
        if value.is_empty() {
            // `key=` says nothing was chosen, which is what leaving the key out says.
            return;
        }
        match q.kind() {
            QuestionKind::Single => {
                // A stray comma (`sharp,`) is harmless; two answers are ambiguous.
                let mut found = items(value);
                let (Some(one), None) = (found.next(), found.next()) else {
                    self.notice(ShareNotice::OneAnswerOnly {
                        question: q,
                        value: shown(value),
                    });
                    return;
                };
                match answer_of(q, one) {
                    Some(a) => {
                        self.answers.0.insert(q, Reply::One(a));
                    }
                    None => self.notice(ShareNotice::UnknownAnswer {
                        question: q,
                        value: shown(one),
                    }),
                }
            }
            QuestionKind::Multi => {
                let mut set = VecSet::new();
                for item in items(value) {
                    match answer_of(q, item) {
                        Some(a) => {
                            set.insert(a);
                        }
                        None => self.notice(ShareNotice::UnknownAnswer {
                            question: q,
                            value: shown(item),
                        }),
                    }
                }
                if let Some(ex) = q.exclusive_answer() {
                    // "None of these" beside real answers: keep what was ticked, which for warning
                    // signs is the safe reading.
                    if set.len() > 1 && set.remove(&ex) {
                        self.notice(ShareNotice::ExclusiveWithOthers {
                            question: q,
                            value: ex.as_str().into(),
                        });
                    }
                }
                if !set.is_empty() {
                    self.answers.0.insert(q, Reply::Many(set));
                }
            }
            QuestionKind::Weeks => {
                let reply = if value == Answer::NoRace.as_str() {
                    Some(Reply::One(Answer::NoRace))
                } else if value.bytes().all(|b| b.is_ascii_digit()) {
                    value
                        .parse::<u8>()
                        .ok()
                        .filter(|w| *w <= MAX_WEEKS_TO_RACE)
                        .map(Reply::Weeks)
                } else {
                    None
                };
                match reply {
                    Some(r) => {
                        self.answers.0.insert(q, r);
                    }
                    None => self.notice(ShareNotice::BadWeeks {
                        value: shown(value),
                    }),
                }
            }
        }
    }
}

/// The non-empty comma-separated items of a value.
fn items(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|s| !s.is_empty())
}

fn answer_of(q: Question, s: &str) -> Option<Answer> {
    Answer::parse(s).filter(|a| q.answers().contains(a))
}

/// Undoes percent-escapes (invalid ones stay as typed), trims and lower-cases.
fn clean(raw: &str) -> String {
    // ASCII only: every id is ASCII, and full Unicode lowercasing would add its tables (17 KB) to
    // the wasm for nothing.
    query::unescape(raw).trim().to_ascii_lowercase()
}

/// A value as shown in a notice: at most [`MAX_SHOWN_CHARS`] characters.
fn shown(s: &str) -> String {
    match s.char_indices().nth(MAX_SHOWN_CHARS) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_example_round_trips_exactly() {
        let link = "v=1&regions=knee-front.left,hip-outer.right&pain-quality=sharp&aggravators=downhill,stairs&weeks-to-race=6";
        let d = decode(link);
        assert_eq!(d.notices, vec![]);
        assert_eq!(encode(&d.input), link);
    }

    #[test]
    fn percent_escapes_are_undone() {
        assert_eq!(
            clean("knee-front.left%2Chip-outer.right"),
            "knee-front.left,hip-outer.right"
        );
        assert_eq!(clean("%zz%4"), "%zz%4");
        assert_eq!(clean("%E2%9C%93"), "✓");
    }
}

//! The saved check: one `localStorage` entry per widget on a page, as versioned JSON that is
//! read back all-or-nothing (see the session module's decisions).

use super::{is_empty_multi, Session, Step};
use crate::answers::{Answers, Reply};
use crate::content::{Pack, PackRef, Ui};
use crate::ids::{Answer, Locale, Question, RegionSel, Units};
use crate::json::{self, DecodeError, Decoded, Json};
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
    pub const fn ui_key(&self) -> Ui {
        match self {
            StorageError::Corrupt(_) => Ui::SessionStorageCorrupt,
            StorageError::Version(_) => Ui::SessionStorageVersion,
            StorageError::Invalid(_) => Ui::SessionStorageInvalid,
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
    // Written only once chosen, so a check saved before the switch existed reads the same.
    if let (Some(l), Json::Obj(entries)) = (session.locale, &mut doc) {
        entries.push(("locale".into(), str(l.as_str())));
    }
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
pub fn from_storage(text: &str, pack: &'static Pack) -> Result<Session, StorageError> {
    let doc = json::parse(text).map_err(|e| StorageError::Corrupt(e.to_string()))?;
    let Json::Obj(entries) = &doc else {
        return Err(StorageError::Corrupt("not a JSON object".into()));
    };
    match entries.iter().find(|(k, _)| k == "v").map(|(_, v)| v) {
        Some(Json::Int(v)) if *v == STORAGE_VERSION as i64 => {}
        Some(other) => return Err(StorageError::Version(Some(short(&other.to_string())))),
        None => return Err(StorageError::Version(None)),
    }
    let mut session = read_session(&doc, pack).map_err(classify)?;
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

fn read_session(doc: &Json, pack: &'static Pack) -> Decoded<Session> {
    let mut f = doc.fields()?;
    let session = Session {
        pack: PackRef(pack),
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
        locale: f.opt("locale", |v| {
            v.parsed(|s| {
                Locale::ALL
                    .iter()
                    .copied()
                    .find(|l| l.as_str() == s)
                    .ok_or_else(|| format!("unknown language `{s}`"))
            })
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
        offer: None,
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
    use super::super::Action;
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
        let mut s = Session::new(Pack::english());
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
        assert_eq!(from_storage(&text, Pack::english()), Ok(s));
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
                matches!(
                    from_storage(&text, Pack::english()),
                    Err(StorageError::Invalid(_))
                ),
                "{reply}: {:?}",
                from_storage(&text, Pack::english())
            );
        }
    }

    #[test]
    fn unknown_region_in_storage_is_invalid_not_corrupt() {
        let text = r#"{"v":1,"regions":["elbow.left"],"answers":{},"step":"map","units":null}"#;
        assert!(
            matches!(
                from_storage(text, Pack::english()),
                Err(StorageError::Invalid(_))
            ),
            "{:?}",
            from_storage(text, Pack::english())
        );
    }
}

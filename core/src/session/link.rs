//! A share link pasted into a tab that already shows the check (the page's fragment changed, no
//! reload): open it, first ask the runner, or leave the check alone. The widget reads the link as
//! a fresh load does ([`crate::share::decode`], with the same notices) and hands it to the session
//! as [`super::Action::Link`]; opened, it lands where it would in a new tab ([`super::Action::Open`]).
//! This decides only whether it may replace what the runner has without asking.

use super::Session;
use crate::answers::CheckInput;

/// What to do with a share link that arrives while the check is on screen
/// ([`Session::link_choice`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkChoice {
    /// Open it now: nothing the runner entered would be lost (no place and no answer yet, or the
    /// very places and answers of the link).
    Open,
    /// Ask first: opening would replace the runner's own places or answers.
    Ask,
    /// Nothing to open: the link names no place, so a fresh load would not open it either
    /// ([`crate::share::Decoded::has_content`]). The check stays as it is (the link's notices
    /// still say why).
    Ignore,
}

impl Session {
    /// Whether the share link `link` may replace this session without asking. A check in
    /// progress is never replaced silently: unless it is empty (no place, no answer; the units
    /// preference is kept either way) or already says exactly what the link says, the runner
    /// chooses.
    pub fn link_choice(&self, link: &CheckInput) -> LinkChoice {
        if link.regions.is_empty() {
            return LinkChoice::Ignore;
        }
        // The link as it would be opened: replies that do not fit their question are dropped.
        let opened = Session::from_check_input(link.clone(), self.pack.0);
        let empty = self.regions.is_empty() && self.answers.0.is_empty();
        let same = self.regions == opened.regions && self.answers == opened.answers;
        if empty || same {
            LinkChoice::Open
        } else {
            LinkChoice::Ask
        }
    }
}

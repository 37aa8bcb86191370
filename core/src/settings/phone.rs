//! A clinic's phone number: shown as written, linked as `tel:` with the digits only.

use super::*;

/// A phone number fit for display and for a `tel:` link.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Phone {
    display: String,
    tel_href: String,
}

/// The most characters a phone may have, spaces and punctuation included.
pub const PHONE_MAX_CHARS: usize = 32;
/// The fewest digits a phone may have (short clinic numbers exist; fewer is a typo).
pub const PHONE_MIN_DIGITS: usize = 3;
/// The most digits a phone may have (E.164's limit).
pub const PHONE_MAX_DIGITS: usize = 15;

impl Phone {
    /// A phone written with digits, spaces and `+ ( ) -`, a `+` only at the start.
    pub fn parse(s: &str) -> Result<Phone, Problem> {
        let s = s.trim();
        if s.chars().count() > PHONE_MAX_CHARS {
            return Err(Problem::PhoneTooLong);
        }
        if !s
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '(' | ')' | '-'))
        {
            return Err(Problem::PhoneCharacters);
        }
        if s.char_indices().any(|(i, c)| c == '+' && i > 0) {
            return Err(Problem::PhonePlus);
        }
        let digits: String = s.chars().filter(char::is_ascii_digit).collect();
        if !(PHONE_MIN_DIGITS..=PHONE_MAX_DIGITS).contains(&digits.len()) {
            return Err(Problem::PhoneDigits);
        }
        let plus = if s.starts_with('+') { "+" } else { "" };
        Ok(Phone {
            display: s.split_whitespace().collect::<Vec<_>>().join(" "),
            tel_href: format!("tel:{plus}{digits}"),
        })
    }

    /// The number as the clinic wrote it, runs of spaces made single: "+1 604 555 0100".
    pub fn display(&self) -> &str {
        &self.display
    }

    /// A `tel:` link of the digits only (and a leading `+`): "tel:+16045550100".
    pub fn tel_href(&self) -> &str {
        &self.tel_href
    }
}

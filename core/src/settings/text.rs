//! Plain text from a host page (the clinic's name, its local hills), and how a value is quoted
//! in a console warning.

use super::*;

/// `value` in double quotes for a console message, with `"` and `\\` escaped and every control
/// character, every white space but the plain space, and every [invisible](is_invisible) character
/// written as `\u{..}`, so what a clinic typed is seen exactly. (By hand
/// rather than `{:?}`, whose escaping brings Unicode tables into the widget.)
pub(super) fn quoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() || is_invisible(c) || (c.is_whitespace() && c != ' ') => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Zero-width, text-direction and other format characters that show nothing: invisible in a link
/// or a name, and used to disguise one. (Variation selectors and emoji tags are left alone: they
/// are part of ordinary emoji.)
pub(super) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
    )
}

/// The longest clinic name shown; a longer one is shortened at a word.
pub const CLINIC_NAME_MAX_CHARS: usize = 80;

/// Parses a clinic name: trimmed, inner runs of white space made single, at most
/// [`CLINIC_NAME_MAX_CHARS`]. The `Ok` side says whether it had to be shortened.
pub fn parse_clinic_name(s: &str) -> Result<(String, bool), Problem> {
    plain_text(
        s,
        CLINIC_NAME_MAX_CHARS,
        Problem::ClinicNameMarkup,
        Problem::ClinicNameHiddenCharacters,
    )
}

/// The longest local-hills text shown; a longer one is shortened at a word.
pub const LOCAL_HILLS_MAX_CHARS: usize = 120;

/// Parses the clinic's local hills for downhill practice (SPEC: "clinic may name local hills"),
/// e.g. "the Seawall ramp at Lions Gate, or Grouse Mountain's lower trails": plain text like the
/// clinic name, at most [`LOCAL_HILLS_MAX_CHARS`]. The `Ok` side says whether it was shortened.
pub fn parse_local_hills(s: &str) -> Result<(String, bool), Problem> {
    plain_text(
        s,
        LOCAL_HILLS_MAX_CHARS,
        Problem::LocalHillsMarkup,
        Problem::LocalHillsHiddenCharacters,
    )
}

/// Plain text for the page: trimmed, inner runs of white space made single, at most `max`
/// characters (cut at a word, with "…"; the `Ok` side says whether it was). Refused with `markup`
/// when it has `<` or `>`, with `hidden` when it has control or invisible characters.
pub(super) fn plain_text(
    s: &str,
    max: usize,
    markup: Problem,
    hidden: Problem,
) -> Result<(String, bool), Problem> {
    let text = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.contains(['<', '>']) {
        return Err(markup);
    }
    if text.chars().any(|c| c.is_control() || is_invisible(c)) {
        return Err(hidden);
    }
    if text.chars().count() <= max {
        return Ok((text, false));
    }
    let keep: String = text.chars().take(max - 1).collect();
    let cut = match keep.rfind(' ') {
        Some(i) if i > max / 2 => keep[..i].to_string(),
        _ => keep,
    };
    Ok((format!("{}…", cut.trim_end()), true))
}

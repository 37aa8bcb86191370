//! A clinic's accent colour: a hex colour only, darkened when white text on it would be hard to
//! read.

use super::*;

/// A CSS hex colour, `#rgb` or `#rrggbb`, stored lower case.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Accent(String);

impl Accent {
    /// `#0a6e5c`, `#0A6E5C` or `#0a6`; the `#` may be left out (it starts a fragment in a URL).
    pub fn parse(s: &str) -> Result<Accent, Problem> {
        let s = s.trim();
        let hex = s.strip_prefix('#').unwrap_or(s);
        if matches!(hex.len(), 3 | 6) && hex.chars().all(|c| c.is_ascii_hexdigit()) {
            Ok(Accent(format!("#{}", hex.to_ascii_lowercase())))
        } else {
            Err(Problem::AccentFormat)
        }
    }

    /// The colour as CSS: `#0a6e5c`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The colour's red, green and blue, 0-255.
    pub fn rgb(&self) -> [u8; 3] {
        let hex = &self.0[1..];
        let channel = |i: usize| match hex.len() {
            3 => u8::from_str_radix(&hex[i..=i], 16).map(|v| v * 17),
            _ => u8::from_str_radix(&hex[2 * i..2 * i + 2], 16),
        };
        // `parse` let only hex digits in, so these cannot fail.
        [0, 1, 2].map(|i| channel(i).unwrap_or(0))
    }

    /// The WCAG 2 contrast ratio between white and this colour (1 to 21).
    pub fn contrast_with_white(&self) -> f64 {
        contrast_with_white(self.rgb())
    }

    /// This colour if white text on it (and it as text on white) reaches
    /// [`ACCENT_MIN_CONTRAST`]; otherwise the lightest darker shade of it that does, with the
    /// same hue. The widget uses the accent for buttons with white text and for links on white.
    pub fn readable(self) -> Accent {
        if self.contrast_with_white() >= ACCENT_MIN_CONTRAST {
            return self;
        }
        let rgb = self.rgb();
        // Scaling all three channels keeps the hue; black (21:1) ends the search at the latest.
        let darker = (0..=100)
            .rev()
            .map(|pct| rgb.map(|c| (u32::from(c) * pct / 100) as u8))
            .find(|&c| contrast_with_white(c) >= ACCENT_MIN_CONTRAST)
            .unwrap_or([0, 0, 0]);
        Accent(format!(
            "#{:02x}{:02x}{:02x}",
            darker[0], darker[1], darker[2]
        ))
    }
}

/// The contrast an accent must have with white: WCAG 2 AA for normal text.
pub const ACCENT_MIN_CONTRAST: f64 = 4.5;

pub(super) fn contrast_with_white(rgb: [u8; 3]) -> f64 {
    let linear = |c: u8| f64::from(SRGB_TO_LINEAR[usize::from(c)]) / 65535.0;
    let l = 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    1.05 / (l + 0.05)
}

/// The sRGB transfer function of WCAG 2 for each 8-bit channel value, as a fraction of 65535:
/// `c / 12.92` up to 0.04045, else `((c + 0.055) / 1.055)^2.4`. A table instead of `powf`, whose
/// code the widget would otherwise carry for this alone (a test checks every entry).
pub(super) const SRGB_TO_LINEAR: [u16; 256] = [
    0, 20, 40, 60, 80, 99, 119, 139, 159, 179, 199, 219, 241, 264, 288, 313, 340, 367, 396, 427,
    458, 491, 526, 562, 599, 637, 677, 718, 761, 805, 851, 898, 947, 997, 1048, 1101, 1156, 1212,
    1270, 1330, 1391, 1453, 1517, 1583, 1651, 1720, 1790, 1863, 1937, 2013, 2090, 2170, 2250, 2333,
    2418, 2504, 2592, 2681, 2773, 2866, 2961, 3058, 3157, 3258, 3360, 3464, 3570, 3678, 3788, 3900,
    4014, 4129, 4247, 4366, 4488, 4611, 4736, 4864, 4993, 5124, 5257, 5392, 5530, 5669, 5810, 5953,
    6099, 6246, 6395, 6547, 6700, 6856, 7014, 7174, 7335, 7500, 7666, 7834, 8004, 8177, 8352, 8528,
    8708, 8889, 9072, 9258, 9445, 9635, 9828, 10022, 10219, 10417, 10619, 10822, 11028, 11235,
    11446, 11658, 11873, 12090, 12309, 12530, 12754, 12980, 13209, 13440, 13673, 13909, 14146,
    14387, 14629, 14874, 15122, 15371, 15623, 15878, 16135, 16394, 16656, 16920, 17187, 17456,
    17727, 18001, 18277, 18556, 18837, 19121, 19407, 19696, 19987, 20281, 20577, 20876, 21177,
    21481, 21787, 22096, 22407, 22721, 23038, 23357, 23678, 24002, 24329, 24658, 24990, 25325,
    25662, 26001, 26344, 26688, 27036, 27386, 27739, 28094, 28452, 28813, 29176, 29542, 29911,
    30282, 30656, 31033, 31412, 31794, 32179, 32567, 32957, 33350, 33745, 34143, 34544, 34948,
    35355, 35764, 36176, 36591, 37008, 37429, 37852, 38278, 38706, 39138, 39572, 40009, 40449,
    40891, 41337, 41785, 42236, 42690, 43147, 43606, 44069, 44534, 45002, 45473, 45947, 46423,
    46903, 47385, 47871, 48359, 48850, 49344, 49841, 50341, 50844, 51349, 51858, 52369, 52884,
    53401, 53921, 54445, 54971, 55500, 56032, 56567, 57105, 57646, 58190, 58737, 59287, 59840,
    60396, 60955, 61517, 62082, 62650, 63221, 63795, 64372, 64952, 65535,
];

//! Distances in content texts follow the runner's units. A text marks a distance with a token
//! instead of writing the unit, so one sentence serves km and miles:
//! `{km:40}` (a distance in km), `{km:60-70}` (a range), `{mi:3}` (a distance in miles), `{unit}`
//! ("km" / "miles") and `{unit-long}` ("kilometers" / "miles"). Text without tokens is unchanged;
//! a malformed token is left as written rather than guessed at.

use super::Pack;
use crate::ids::Units;

/// Millimetres in a mile (exactly). Distances are worked out in whole numbers: the widget carries
/// no floating-point parsing or printing code (kilobytes of WebAssembly) for this one job.
const MM_PER_MILE: u64 = 1_609_344;

impl Pack {
    /// `text` with its distance tokens written in `units`, with the pack's words for them.
    pub fn localize(&self, text: &str, units: Units) -> String {
        localize_in(text, units, Words::of(&self.locale))
    }
}

/// The unit names of a language: short (after a number) and long.
#[derive(Clone, Copy)]
struct Words {
    spanish: bool,
}

impl Words {
    fn of(locale: &str) -> Words {
        Words {
            spanish: locale == "es",
        }
    }

    fn short(self, units: Units) -> &'static str {
        match (units, self.spanish) {
            (Units::Km, _) => "km",
            (Units::Mi, false) => "miles",
            (Units::Mi, true) => "millas",
        }
    }

    fn long(self, units: Units) -> &'static str {
        match (units, self.spanish) {
            (Units::Km, false) => "kilometers",
            (Units::Km, true) => "kilómetros",
            (Units::Mi, false) => "miles",
            (Units::Mi, true) => "millas",
        }
    }
}

/// See the module docs (English unit names; [`Pack::localize`] uses the pack's language).
pub fn localize(text: &str, units: Units) -> String {
    localize_in(text, units, Words { spanish: false })
}

fn localize_in(text: &str, units: Units, words: Words) -> String {
    if !text.contains('{') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        match after
            .find('}')
            .and_then(|end| token(&after[1..end], units, words).map(|t| (t, end)))
        {
            Some((t, end)) => {
                out.push_str(&t);
                rest = &after[end + 1..];
            }
            None => {
                out.push('{');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn token(body: &str, units: Units, words: Words) -> Option<String> {
    match body {
        "unit" => return Some(words.short(units).to_string()),
        "unit-long" => return Some(words.long(units).to_string()),
        _ => {}
    }
    let (from, amount) = body.split_once(':')?;
    let from = match from {
        "km" => Units::Km,
        "mi" => Units::Mi,
        _ => return None,
    };
    let mut shown = Vec::new();
    for part in amount.split('-') {
        shown.push(format_amount(parse_amount(part.trim())?, from, units));
    }
    if shown.len() > 2 {
        return None;
    }
    Some(format!("{} {}", shown.join("–"), words.short(units)))
}

/// `40`, `2.5`: a plain decimal with at most three decimals, in thousandths of its unit.
fn parse_amount(s: &str) -> Option<u64> {
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits = |d: &str| d.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() > 9 || frac.len() > 3 || !digits(whole) || !digits(frac) {
        return None;
    }
    if s.contains('.') && frac.is_empty() {
        return None;
    }
    let frac_value: u64 = format!("{frac:0<3}").parse().ok()?;
    Some(whole.parse::<u64>().ok()? * 1000 + frac_value)
}

/// `v` thousandths of `from`, written in `to`: whole numbers from 10 up, one decimal below (a 5 km
/// run is 3.1 miles, not 3). Rounded once, half up, from the exact fraction
/// `v * mm(from) / (1000 * mm(to))` (at most 1e12 * 1.6e6, within a u64).
fn format_amount(v: u64, from: Units, to: Units) -> String {
    let mm_per_unit = |u| match u {
        Units::Km => 1_000_000,
        Units::Mi => MM_PER_MILE,
    };
    let (n, d) = (v * mm_per_unit(from), mm_per_unit(to));
    let tenths = (n + d * 50) / (d * 100);
    if n >= 10 * 1000 * d || tenths % 10 == 0 {
        format!("{}", (n + d * 500) / (d * 1000))
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spanish_pack_names_the_units_in_spanish() {
        let es = crate::content::Pack::for_locale(crate::ids::Locale::Es);
        assert_eq!(
            es.localize("{km:5} o {unit-long}", Units::Mi),
            "3.1 millas o millas"
        );
        assert_eq!(
            es.localize("{km:40}, {unit-long}", Units::Km),
            "40 km, kilómetros"
        );
        let en = crate::content::Pack::english();
        assert_eq!(
            en.localize("{km:5} or {unit-long}", Units::Mi),
            "3.1 miles or miles"
        );
    }

    #[test]
    fn distances_follow_the_units() {
        let s = "from {km:40} a week to {km:60-70}";
        assert_eq!(localize(s, Units::Km), "from 40 km a week to 60–70 km");
        assert_eq!(
            localize(s, Units::Mi),
            "from 25 miles a week to 37–43 miles"
        );
        assert_eq!(
            localize("several {unit-long} in", Units::Km),
            "several kilometers in"
        );
        assert_eq!(
            localize("several {unit-long} in", Units::Mi),
            "several miles in"
        );
        assert_eq!(localize("{mi:3}", Units::Km), "4.8 km");
        assert_eq!(localize("{km:5}", Units::Mi), "3.1 miles");
        assert_eq!(localize("{km:42.195}", Units::Mi), "26 miles");
        assert_eq!(localize("{mi:26.2}", Units::Km), "42 km");
        assert_eq!(localize("{km:1.5}", Units::Km), "1.5 km");
        assert_eq!(localize("{km:1}", Units::Mi), "0.6 miles");
        assert_eq!(localize("{km:0}", Units::Mi), "0 miles");
        // Rounded once from the exact value: 7 km is 4.3496 miles, 3.2 miles 5.1499 km.
        assert_eq!(localize("{km:7}", Units::Mi), "4.3 miles");
        assert_eq!(localize("{mi:3.2}", Units::Km), "5.1 km");
        assert_eq!(localize("{mi:113.4}", Units::Km), "182 km");
        assert_eq!(localize("{km:9.99}", Units::Km), "10 km");
    }

    proptest::proptest! {
        #[test]
        fn amounts_round_once_from_the_exact_value(v in 0u64..100_000_000, to_miles in proptest::bool::ANY) {
            let (from, to) = if to_miles { (Units::Km, Units::Mi) } else { (Units::Mi, Units::Km) };
            let exact = v as f64 / 1000.0 * if to_miles { 1.0 / 1.609_344 } else { 1.609_344 };
            // Skip values within a hair of a rounding boundary, where f64 itself is unsure.
            let near_tie = |x: f64| ((x - x.floor()) - 0.5).abs() < 1e-6;
            proptest::prop_assume!(!near_tie(exact * 10.0) && !near_tie(exact));
            let tenths = (exact * 10.0).round() as u64;
            let expected = if exact >= 10.0 || tenths % 10 == 0 {
                format!("{}", exact.round() as u64)
            } else {
                format!("{}.{}", tenths / 10, tenths % 10)
            };
            proptest::prop_assert_eq!(format_amount(v, from, to), expected);
        }
    }

    #[test]
    fn text_without_tokens_or_with_broken_ones_is_kept() {
        assert_eq!(localize("no tokens here", Units::Mi), "no tokens here");
        assert_eq!(
            localize("{km:} {km:x} {nope} {", Units::Mi),
            "{km:} {km:x} {nope} {"
        );
        assert_eq!(localize("{km:1-2-3}", Units::Mi), "{km:1-2-3}");
        for bad in [
            "{km:1.}",
            "{km:.5}",
            "{km:1.2345}",
            "{km:-3}",
            "{km:1e3}",
            "{km:9999999999}",
        ] {
            assert_eq!(localize(bad, Units::Mi), bad);
        }
    }
}

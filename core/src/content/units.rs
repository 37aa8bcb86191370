//! Distances in content texts follow the runner's units. A text marks a distance with a token
//! instead of writing the unit, so one sentence serves km and miles:
//! `{km:40}` (a distance in km), `{km:60-70}` (a range), `{mi:3}` (a distance in miles), `{unit}`
//! ("km" / "miles") and `{unit-long}` ("kilometres" / "miles"). Text without tokens is unchanged;
//! a malformed token is left as written rather than guessed at.

use super::Pack;
use crate::session::Units;

const KM_PER_MILE: f64 = 1.609_344;

impl Pack {
    /// `text` with its distance tokens written in `units`.
    pub fn localize(&self, text: &str, units: Units) -> String {
        localize(text, units)
    }
}

/// See the module docs.
pub fn localize(text: &str, units: Units) -> String {
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
            .and_then(|end| token(&after[1..end], units).map(|t| (t, end)))
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

fn token(body: &str, units: Units) -> Option<String> {
    match body {
        "unit" => return Some(unit_short(units).to_string()),
        "unit-long" => return Some(unit_long(units).to_string()),
        _ => {}
    }
    let (from, amount) = body.split_once(':')?;
    let from = match from {
        "km" => Units::Km,
        "mi" => Units::Mi,
        _ => return None,
    };
    let parts: Vec<f64> = amount
        .split('-')
        .map(|p| {
            p.trim()
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite() && *v >= 0.0)
        })
        .collect::<Option<_>>()?;
    if parts.is_empty() || parts.len() > 2 {
        return None;
    }
    let shown: Vec<String> = parts
        .iter()
        .map(|&v| format_amount(convert(v, from, units)))
        .collect();
    Some(format!("{} {}", shown.join("–"), unit_short(units)))
}

fn convert(v: f64, from: Units, to: Units) -> f64 {
    match (from, to) {
        (Units::Km, Units::Mi) => v / KM_PER_MILE,
        (Units::Mi, Units::Km) => v * KM_PER_MILE,
        _ => v,
    }
}

/// Whole numbers above 10, one decimal below (a 5 km run is 3.1 miles, not 3).
fn format_amount(v: f64) -> String {
    if v >= 10.0 || (v - v.round()).abs() < 0.05 {
        format!("{}", v.round() as u64)
    } else {
        format!("{:.1}", v)
    }
}

fn unit_short(units: Units) -> &'static str {
    match units {
        Units::Km => "km",
        Units::Mi => "miles",
    }
}

fn unit_long(units: Units) -> &'static str {
    match units {
        Units::Km => "kilometres",
        Units::Mi => "miles",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            "several kilometres in"
        );
        assert_eq!(
            localize("several {unit-long} in", Units::Mi),
            "several miles in"
        );
        assert_eq!(localize("{mi:3}", Units::Km), "4.8 km");
        assert_eq!(localize("{km:5}", Units::Mi), "3.1 miles");
    }

    #[test]
    fn text_without_tokens_or_with_broken_ones_is_kept() {
        assert_eq!(localize("no tokens here", Units::Mi), "no tokens here");
        assert_eq!(
            localize("{km:} {km:x} {nope} {", Units::Mi),
            "{km:} {km:x} {nope} {"
        );
        assert_eq!(localize("{km:1-2-3}", Units::Mi), "{km:1-2-3}");
    }
}

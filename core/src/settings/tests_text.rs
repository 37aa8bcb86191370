//! Tests of the settings' plain text (clinic name, local hills), warnings and quoting, and the
//! query codec.

use super::*;
use proptest::prelude::*;

#[test]
fn local_hills_are_plain_text_trimmed_and_capped() {
    let (s, w) = attrs(&[(
        "local-hills",
        "  the Seawall \n ramp,  or Grouse Mountain's lower trails ",
    )]);
    assert!(w.is_empty());
    assert_eq!(
        s.local_hills.as_deref(),
        Some("the Seawall ramp, or Grouse Mountain's lower trails")
    );
    // Not tied to a clinic: naming hills alone sets no clinic call to action.
    assert_eq!(s.clinic, None);
    let (q, _) = Settings::from_query("local-hills=Mount%20Royal%27s%20east%20side");
    assert_eq!(q.local_hills.as_deref(), Some("Mount Royal's east side"));

    assert_eq!(
        problems(&[("local-hills", "<a href=x>hill</a>")]),
        vec![(SettingKey::LocalHills, Problem::LocalHillsMarkup)]
    );
    assert_eq!(attrs(&[("local-hills", "<b>hill</b>")]).0.local_hills, None);
    assert_eq!(
        problems(&[("local-hills", "hill\u{200b}side")]),
        vec![(SettingKey::LocalHills, Problem::LocalHillsHiddenCharacters)]
    );

    let long = "word ".repeat(40);
    let (s, w) = attrs(&[("local-hills", &long)]);
    let hills = s.local_hills.unwrap();
    assert!(
        hills.chars().count() <= LOCAL_HILLS_MAX_CHARS && hills.ends_with("word…"),
        "{hills}"
    );
    assert_eq!(w.len(), 1);
    assert!(
        w[0].to_string()
            .starts_with("painmap: shortened data-local-hills="),
        "{}",
        w[0]
    );
    assert!(w[0].to_string().ends_with("It was shortened."));
    let (_, w) = attrs(&[("local-hills", "<i>x</i>")]);
    assert!(
        w[0].to_string().ends_with("No local hills are named."),
        "{}",
        w[0]
    );
}

#[test]
fn clinic_names_are_plain_text_trimmed_and_capped() {
    let (s, w) = attrs(&[("clinic-name", "  Harbour \n  Physio &   Sports ")]);
    assert!(w.is_empty());
    assert_eq!(
        s.clinic.unwrap().name.as_deref(),
        Some("Harbour Physio & Sports")
    );

    assert_eq!(
        problems(&[("clinic-name", "<b>Harbour</b>")]),
        vec![(SettingKey::ClinicName, Problem::ClinicNameMarkup)]
    );
    assert_eq!(
        attrs(&[("clinic-name", "<img src=x onerror=alert(1)>")])
            .0
            .clinic,
        None
    );
    assert_eq!(
        problems(&[("clinic-name", "Harbour\u{0}Physio")]),
        vec![(SettingKey::ClinicName, Problem::ClinicNameHiddenCharacters)]
    );

    let long =
        "Harbour Physiotherapy and Sports Injury Clinic of the North Shore and the Sunshine Coast";
    let (s, w) = attrs(&[("clinic-name", long)]);
    let name = s.clinic.unwrap().name.unwrap();
    assert!(name.chars().count() <= CLINIC_NAME_MAX_CHARS, "{name}");
    assert!(
        name.ends_with("North Shore and the…"),
        "cut at a word: {name}"
    );
    assert_eq!(
        w.iter().map(|w| w.problem).collect::<Vec<_>>(),
        vec![Problem::ClinicNameShortened]
    );
    assert!(w[0]
        .to_string()
        .starts_with("painmap: shortened data-clinic-name="));
    // A name without spaces is cut at the limit.
    let (s, _) = attrs(&[("clinic-name", &"x".repeat(200))]);
    assert_eq!(
        s.clinic.unwrap().name.unwrap().chars().count(),
        CLINIC_NAME_MAX_CHARS
    );
}

#[test]
fn each_bad_value_gives_one_warning_naming_its_attribute_and_the_rest_still_applies() {
    let (s, w) = attrs(&[
        ("clinic-name", "<script>alert(1)</script>"),
        ("phone", "call us"),
        ("booking-url", "javascript:alert(1)"),
        ("accent", "red;background:url(x)"),
        ("units", "furlongs"),
        ("locale", "tlh"),
    ]);
    assert_eq!(s, Settings::default());
    let names: Vec<String> = w.iter().map(Warning::name).collect();
    assert_eq!(
        names,
        [
            "data-clinic-name",
            "data-phone",
            "data-booking-url",
            "data-accent",
            "data-units",
            "data-locale"
        ]
    );

    let msg = w[2].to_string();
    assert_eq!(
        msg,
        "painmap: ignored data-booking-url=\"javascript:alert(1)\": it must be a full address starting with https:// \
         (or http://). No booking link is shown."
    );

    let (s, w) = attrs(&[
        ("clinic-name", "Harbour Physio"),
        ("booking-url", "javascript:alert(1)"),
        ("units", "mi"),
    ]);
    assert_eq!(w.len(), 1);
    assert_eq!(s.units, Units::Mi);
    let c = s.clinic.unwrap();
    assert_eq!(
        (c.name.as_deref(), c.booking_url),
        (Some("Harbour Physio"), None)
    );
}

#[test]
fn empty_values_count_as_not_given_and_unknown_names_are_skipped() {
    assert_eq!(
        attrs(&[
            ("clinic-name", "  "),
            ("phone", ""),
            ("painmap", ""),
            ("utm_source", "x")
        ]),
        (Settings::default(), vec![])
    );
}

#[test]
fn quoting_escapes_quotes_backslashes_and_hidden_characters() {
    assert_eq!(quoted("plain"), "\"plain\"");
    assert_eq!(quoted("a\"b\\c"), r#""a\"b\\c""#);
    assert_eq!(
        quoted("x\ny\u{200B}z\u{202E}"),
        r#""x\u{a}y\u{200b}z\u{202e}""#
    );
    assert_eq!(quoted("Café Physio"), "\"Café Physio\"");
}

#[test]
fn quoting_shows_every_hidden_space_and_format_character() {
    for c in [
        '\u{00A0}', '\u{2028}', '\u{2029}', '\u{3000}', '\u{2066}', '\u{2069}', '\u{061C}',
        '\u{180E}',
    ] {
        let q = quoted(&format!("a{c}b"));
        assert_eq!(q, format!("\"a\\u{{{:x}}}b\"", u32::from(c)), "{c:?}");
    }
    // Every white space or control character Rust's own quoting escapes, this escapes too.
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        let debug = format!("{:?}", c.to_string());
        let debug_escapes = debug.len() > c.len_utf8() + 2;
        if debug_escapes && (c.is_whitespace() || c.is_control()) {
            assert!(quoted(&c.to_string()).contains('\\'), "{c:?}");
        }
    }
}

#[test]
fn bidi_isolates_and_other_format_characters_are_refused_in_names_and_addresses() {
    for c in [
        '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{061C}', '\u{180E}',
    ] {
        assert!(
            parse_clinic_name(&format!("Harbour{c} Physio")).is_err(),
            "{c:?}"
        );
        assert!(
            BookingUrl::parse(&format!("https://harbour.example/{c}book")).is_err(),
            "{c:?}"
        );
    }
    // An emoji with its variation selector is an ordinary name.
    assert!(parse_clinic_name("Harbour Physio \u{2764}\u{FE0F}").is_ok());
}

proptest! {
    /// For text without hidden characters it reads exactly as Rust's own debug quoting.
    #[test]
    fn quoting_matches_debug_for_visible_text(v in "[ -~é€ü]{0,40}") {
        prop_assert_eq!(quoted(&v), format!("{v:?}"));
    }
}

#[test]
fn warnings_show_long_values_shortened_and_escaped() {
    let w = &attrs(&[("accent", &format!("\"{}", "a".repeat(300)))]).1[0];
    assert_eq!(w.value.chars().count(), 81);
    assert!(w.to_string().contains("=\"\\\"aaa"), "{w}");
}

#[test]
fn the_query_string_carries_the_same_settings() {
    let (s, w) = Settings::from_query(
        "?clinic-name=Harbour+Physio%20%26%20Sports&phone=%2B1%20604%20555%200100&booking-url=https%3A%2F%2Fharbour.example%2Fbook%3Fa%3D1\
         &accent=0a6e5c&units=mi&utm_source=newsletter",
    );
    assert!(w.is_empty(), "{w:?}");
    let c = s.clinic.clone().unwrap();
    assert_eq!(c.name.as_deref(), Some("Harbour Physio & Sports"));
    assert_eq!(c.phone.unwrap().tel_href(), "tel:+16045550100");
    assert_eq!(
        c.booking_url.unwrap().as_str(),
        "https://harbour.example/book?a=1"
    );
    assert_eq!(s.accent.unwrap().as_str(), "#0a6e5c");
    assert_eq!(s.units, Units::Mi);

    let (s, w) = Settings::from_query("units=mi&units=km&booking-url=javascript:alert(1)");
    assert_eq!(s.units, Units::Mi);
    let names: Vec<_> = w.iter().map(|w| (w.name(), w.problem)).collect();
    assert_eq!(
        names,
        [
            ("query parameter units".to_string(), Problem::Repeated),
            (
                "query parameter booking-url".to_string(),
                Problem::UrlScheme
            )
        ]
    );
}

#[test]
fn settings_round_trip_through_a_query_string() {
    let (s, _) = attrs(&[
        ("clinic-name", "Café & Co #1"),
        ("phone", "+1 (604) 555-0100"),
        ("booking-url", "https://x.example/b?c=d&e=%20"),
        ("accent", "#1F4E79"),
        ("units", "mi"),
    ]);
    let q = s.to_query();
    assert_eq!(q, "clinic-name=Caf%C3%A9%20%26%20Co%20%231&phone=%2B1%20%28604%29%20555-0100&booking-url=https%3A%2F%2Fx.example%2Fb%3Fc%3Dd%26e%3D%2520&accent=%231f4e79&units=mi");
    assert_eq!(Settings::from_query(&q), (s, vec![]));
    assert_eq!(Settings::default().to_query(), "");
}

fn key_or_noise() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(
            SettingKey::ALL
                .iter()
                .map(|k| k.as_str().to_string())
                .collect::<Vec<_>>()
        ),
        ".{0,12}",
    ]
}

fn valid_pairs() -> impl Strategy<Value = Vec<(SettingKey, String)>> {
    (
        proptest::option::of(proptest::collection::vec("[A-Za-z0-9&'.,()ÄéÅ-]{1,10}", 1..7).prop_map(|w| w.join(" "))),
        proptest::option::of("\\+?[0-9]{3,12}( [0-9]{1,3})?"),
        proptest::option::of("https?://[a-z0-9]{1,10}(\\.[a-z]{2,6}){1,2}(:[0-9]{2,4})?(/[A-Za-z0-9._~%-]{0,12}){0,3}(\\?[a-z]=[A-Za-z0-9%+]{0,8})?"),
        proptest::option::of(
            "#([0-9a-f]{3}|[0-9a-f]{6})"
                .prop_filter("dark enough for white text", |a| Accent::parse(a).unwrap().contrast_with_white() >= ACCENT_MIN_CONTRAST)
        ),
        proptest::sample::select(Units::ALL.to_vec()),
        proptest::option::of(proptest::collection::vec("[A-Za-z0-9&'.,()ÄéÅ-]{1,10}", 1..9).prop_map(|w| w.join(" "))),
    )
        .prop_map(|(name, phone, url, accent, units, hills)| {
            let mut v = Vec::new();
            v.extend(name.map(|n| (SettingKey::ClinicName, n)));
            v.extend(phone.map(|p| (SettingKey::Phone, p)));
            v.extend(url.map(|u| (SettingKey::BookingUrl, u)));
            v.extend(accent.map(|a| (SettingKey::Accent, a)));
            if units != Units::Km {
                v.push((SettingKey::Units, units.as_str().to_string()));
            }
            v.extend(hills.map(|h| (SettingKey::LocalHills, h)));
            v
        })
}

proptest! {
    #[test]
    fn any_strings_never_panic_and_whatever_is_kept_is_valid(
        pairs in proptest::collection::vec((key_or_noise(), any::<String>()), 0..10)
    ) {
        let (s, w) = Settings::from_pairs(Source::Attributes, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        prop_assert!(w.len() <= pairs.len());
        for w in &w {
            prop_assert!(w.to_string().starts_with("painmap: "));
            prop_assert!(w.value.chars().count() <= 81);
        }
        // What was kept is a fixed point: written back, it validates to itself with no warning.
        let back = s.to_pairs();
        prop_assert_eq!(Settings::from_pairs(Source::Attributes, back.iter().map(|(k, v)| (k.as_str(), v.as_str()))), (s.clone(), vec![]));
        if let Some(c) = &s.clinic {
            if let Some(u) = &c.booking_url {
                let lower = u.as_str().to_ascii_lowercase();
                prop_assert!(lower.starts_with("https://") || lower.starts_with("http://"));
            }
            if let Some(n) = &c.name {
                prop_assert!(!n.contains(['<', '>']) && n.chars().count() <= CLINIC_NAME_MAX_CHARS);
            }
            if let Some(p) = &c.phone {
                prop_assert!(p.tel_href()[4..].trim_start_matches('+').chars().all(|c| c.is_ascii_digit()));
            }
        }
        if let Some(a) = &s.accent {
            prop_assert!(a.as_str().starts_with('#') && a.as_str()[1..].chars().all(|c| c.is_ascii_hexdigit()));
            prop_assert!(a.contrast_with_white() >= ACCENT_MIN_CONTRAST);
        }
        if let Some(h) = &s.local_hills {
            prop_assert!(!h.contains(['<', '>']) && h.chars().count() <= LOCAL_HILLS_MAX_CHARS);
        }
    }

    #[test]
    fn any_query_string_never_panics(q in any::<String>(), raw in proptest::collection::vec(any::<u8>(), 0..64)) {
        let _ = Settings::from_query(&q);
        let pct: String = raw.iter().map(|b| format!("%{b:02x}")).collect();
        let _ = Settings::from_query(&format!("clinic-name={pct}&booking-url={pct}"));
    }

    #[test]
    fn valid_values_round_trip(pairs in valid_pairs()) {
        let (s, w) = Settings::from_pairs(Source::Attributes, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        prop_assert!(w.is_empty(), "{:?} -> {:?}", pairs, w);
        // Every given value is kept exactly as written (names and phones have no extra spaces here).
        prop_assert_eq!(&s.to_pairs(), &pairs);
        prop_assert_eq!(Settings::from_query(&s.to_query()), (s, vec![]));
    }
}

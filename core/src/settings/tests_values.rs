//! Tests of the settings' values: keys and misspellings, phone, booking link, accent, units and
//! locale.

use super::*;

#[test]
fn the_linear_table_is_the_wcag_transfer_function() {
    for (c, v) in SRGB_TO_LINEAR.iter().enumerate() {
        let x = c as f64 / 255.0;
        let want = if x <= 0.04045 {
            x / 12.92
        } else {
            ((x + 0.055) / 1.055).powf(2.4)
        };
        assert!((f64::from(*v) / 65535.0 - want).abs() < 1e-5, "{c}");
    }
}

#[test]
fn nothing_given_means_defaults_and_no_warnings() {
    assert_eq!(attrs(&[]), (Settings::default(), vec![]));
    let s = Settings::default();
    assert_eq!(
        (s.clinic, s.accent, s.units, s.locale),
        (None, None, Units::Km, None)
    );
}

#[test]
fn the_readme_snippet_gives_a_full_clinic() {
    let (s, w) = attrs(&[
        ("clinic-name", "Harbour Physio"),
        ("phone", "+1 604 555 0100"),
        ("booking-url", "https://harbour.example/book"),
        ("accent", "#0a6e5c"),
        ("units", "km"),
    ]);
    assert!(w.is_empty(), "{w:?}");
    let c = s.clinic.expect("clinic");
    assert_eq!(c.name.as_deref(), Some("Harbour Physio"));
    let phone = c.phone.expect("phone");
    assert_eq!(phone.display(), "+1 604 555 0100");
    assert_eq!(phone.tel_href(), "tel:+16045550100");
    assert_eq!(
        c.booking_url.expect("url").as_str(),
        "https://harbour.example/book"
    );
    assert_eq!(s.accent.expect("accent").as_str(), "#0a6e5c");
    assert_eq!(s.units, Units::Km);
}

#[test]
fn a_phone_alone_still_makes_a_clinic() {
    let (s, w) = attrs(&[("phone", "(604) 555-0100")]);
    assert!(w.is_empty());
    let c = s.clinic.expect("clinic");
    assert_eq!(c.name, None);
    assert_eq!(c.phone.expect("phone").tel_href(), "tel:6045550100");
}

#[test]
fn booking_links_that_are_not_plain_web_addresses_are_refused() {
    let cases: &[(&str, Problem)] = &[
        ("javascript:alert(1)", Problem::UrlScheme),
        ("JaVaScRiPt:alert(document.cookie)", Problem::UrlScheme),
        ("  javascript:alert(1)", Problem::UrlScheme),
        ("\u{1}javascript:alert(1)", Problem::UrlScheme),
        ("java\tscript:alert(1)", Problem::UrlHiddenCharacters),
        ("java\nscript:alert(1)", Problem::UrlHiddenCharacters),
        (
            "data:text/html,<script>alert(1)</script>",
            Problem::UrlScheme,
        ),
        ("vbscript:msgbox", Problem::UrlScheme),
        ("/book", Problem::UrlScheme),
        ("book.html", Problem::UrlScheme),
        ("//evil.example/book", Problem::UrlScheme),
        ("https:/evil.example", Problem::UrlScheme),
        ("https:\\\\evil.example", Problem::UrlHiddenCharacters),
        ("ftp://harbour.example", Problem::UrlScheme),
        ("https://", Problem::UrlHost),
        ("https:///path", Problem::UrlHost),
        (
            "https://harbour.example@evil.example/",
            Problem::UrlCredentials,
        ),
        ("https://user:pw@harbour.example/", Problem::UrlCredentials),
        ("https://harbour .example/", Problem::UrlHiddenCharacters),
        (
            "https://harbour.example/\u{200B}book",
            Problem::UrlHiddenCharacters,
        ),
        (
            "https://harbour.example/\u{202E}koob",
            Problem::UrlHiddenCharacters,
        ),
        ("https://-bad.example/", Problem::UrlHost),
        ("https://a..b/", Problem::UrlHost),
        ("https://harbour.example:80a/", Problem::UrlHost),
        ("https://harbour.example:/", Problem::UrlHost),
        ("https://[zz::1]/", Problem::UrlHost),
        ("https://harbour_example.com/", Problem::UrlHost),
    ];
    for (url, problem) in cases {
        assert_eq!(BookingUrl::parse(url), Err(*problem), "{url:?}");
        let (s, w) = attrs(&[("booking-url", url)]);
        assert_eq!(s.clinic, None, "{url:?}");
        assert_eq!(w.len(), 1, "{url:?}");
    }
}

#[test]
fn plain_web_addresses_are_kept_as_written() {
    for url in [
        "https://harbour.example/book",
        "http://harbour.example",
        "HTTPS://Harbour.Example/Book?who=runner&x=1#slot",
        "https://harbour.example:8443/book/",
        "https://[2001:db8::1]:8443/book",
        "https://physio-münchen.example/termin",
        "https://localhost/",
        "https://harbour.example./book",
    ] {
        assert_eq!(
            BookingUrl::parse(url).map(|u| u.as_str().to_string()),
            Ok(url.to_string())
        );
    }
    assert_eq!(
        BookingUrl::parse("  https://harbour.example/book \n")
            .unwrap()
            .as_str(),
        "https://harbour.example/book"
    );
}

#[test]
fn phones_are_digits_spaces_and_plus_brackets_dashes() {
    let cases: &[(&str, Problem)] = &[
        ("604-555-0100 ext 2", Problem::PhoneCharacters),
        ("javascript:alert(1)", Problem::PhoneCharacters),
        ("604.555.0100", Problem::PhoneCharacters),
        ("604 555 0100<", Problem::PhoneCharacters),
        ("1+604", Problem::PhonePlus),
        ("++1604", Problem::PhonePlus),
        ("12", Problem::PhoneDigits),
        ("+()-", Problem::PhoneDigits),
        ("1234567890123456", Problem::PhoneDigits),
        ("1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7", Problem::PhoneTooLong),
    ];
    for (phone, problem) in cases {
        assert_eq!(Phone::parse(phone), Err(*problem), "{phone:?}");
    }
    let p = Phone::parse("  +44  (0)20 7946-0000 ").unwrap();
    assert_eq!(p.display(), "+44 (0)20 7946-0000");
    assert_eq!(p.tel_href(), "tel:+4402079460000");
    assert_eq!(Phone::parse("911").unwrap().tel_href(), "tel:911");
}

#[test]
fn accents_are_hex_colours_only() {
    assert_eq!(Accent::parse("#0A6E5C").unwrap().as_str(), "#0a6e5c");
    assert_eq!(Accent::parse("0a6").unwrap().as_str(), "#0a6");
    assert_eq!(Accent::parse(" #abc ").unwrap().as_str(), "#abc");
    for bad in [
        "red",
        "#0a6e5c; background: url(https://evil.example/x)",
        "#12345",
        "#1234",
        "#ggg",
        "##abc",
        "rgb(0,0,0)",
        "#0a6e5c}",
    ] {
        assert_eq!(Accent::parse(bad), Err(Problem::AccentFormat), "{bad:?}");
    }
}

#[test]
fn an_accent_too_light_for_white_text_is_darkened_keeping_its_hue() {
    assert!(Problem::AccentTooLight
        .reason()
        .contains(&format!("below {ACCENT_MIN_CONTRAST}:1")));
    let contrast = |hex: &str| Accent::parse(hex).unwrap().contrast_with_white();
    // The widget's own teal and a typical clinic navy pass as they are.
    assert!(contrast("#0a6e5c") >= ACCENT_MIN_CONTRAST);
    assert!((contrast("#ffffff") - 1.0).abs() < 1e-9 && (contrast("#000") - 21.0).abs() < 1e-9);
    let (s, w) = attrs(&[("accent", "#1F4E79")]);
    assert_eq!((s.accent.unwrap().as_str(), w.len()), ("#1f4e79", 0));

    for light in ["#ffcc00", "#2a9d8f", "#abc", "#ffffff", "#ff0000"] {
        let (s, w) = attrs(&[("accent", light)]);
        let used = s.accent.expect("an accent");
        assert!(
            used.contrast_with_white() >= ACCENT_MIN_CONTRAST,
            "{light} -> {used:?}"
        );
        // Just dark enough: a shade 2 % lighter would not pass.
        let lighter = used
            .rgb()
            .map(|c| (u32::from(c) * 102 / 100).min(255) as u8);
        assert!(
            contrast_with_white(lighter) < ACCENT_MIN_CONTRAST + 0.3,
            "{light} -> {used:?} is darker than needed"
        );
        assert_eq!(
            w.iter().map(|w| w.problem).collect::<Vec<_>>(),
            [Problem::AccentTooLight],
            "{light}"
        );
        assert!(
            w[0].to_string()
                .starts_with("painmap: darkened data-accent="),
            "{}",
            w[0]
        );
    }
    // The hue is kept: an orange stays the same orange, only darker.
    let [r, g, b] = attrs(&[("accent", "#ff8000")]).0.accent.unwrap().rgb();
    assert!(
        r < 255 && b == 0 && (f64::from(g) / f64::from(r) - 128.0 / 255.0).abs() < 0.02,
        "{r} {g} {b}"
    );
}

#[test]
fn units_and_locale_take_known_values_only() {
    assert_eq!(attrs(&[("units", "mi")]).0.units, Units::Mi);
    assert_eq!(attrs(&[("units", " MI ")]).0.units, Units::Mi);
    assert_eq!(
        problems(&[("units", "miles")]),
        vec![(SettingKey::Units, Problem::UnitsUnknown)]
    );
    assert_eq!(attrs(&[("units", "miles")]).0.units, Units::Km);
    for tag in ["en", "EN", "en-GB", "en_CA"] {
        let (s, w) = attrs(&[("locale", tag)]);
        assert_eq!((s.locale, w.len()), (Some(Locale::En), 0), "{tag}");
    }
    for tag in ["es", "ES", "es-MX", "es_419", "es-US"] {
        let (s, w) = attrs(&[("locale", tag)]);
        assert_eq!((s.locale, w.len()), (Some(Locale::Es), 0), "{tag}");
    }
    // Not set: the browser's languages decide, the first one with a pack.
    assert_eq!(attrs(&[]).0.locale, None);
    assert_eq!(Locale::from_browser(&["es-MX", "en-US"]), Some(Locale::Es));
    assert_eq!(Locale::from_browser(&["en-US", "es"]), Some(Locale::En));
    assert_eq!(
        Locale::from_browser(&["fr-CA", "es-419", "en"]),
        Some(Locale::Es)
    );
    assert_eq!(Locale::from_browser(&["fr", "de"]), None);
    assert_eq!(Locale::from_browser::<&str>(&[]), None);
    assert_eq!(
        problems(&[("locale", "fr")]),
        vec![(SettingKey::Locale, Problem::LocaleUnknown)]
    );
    assert!(Problem::LocaleUnknown.reason().contains("en"));
}

#[test]
fn misspelt_attributes_name_the_setting_they_meant() {
    for (attr, meant) in [
        ("data-clinic", SettingKey::ClinicName),
        ("data-clinicname", SettingKey::ClinicName),
        ("data-clinic_name", SettingKey::ClinicName),
        ("data-clinc-name", SettingKey::ClinicName),
        ("data-booking_url", SettingKey::BookingUrl),
        ("data-bookingurl", SettingKey::BookingUrl),
        ("data-booking-link", SettingKey::BookingUrl),
        ("data-telephone", SettingKey::Phone),
        ("data-phon", SettingKey::Phone),
        ("data-colour", SettingKey::Accent),
        ("data-color", SettingKey::Accent),
        ("data-accnet", SettingKey::Accent),
        ("data-unit", SettingKey::Units),
        ("data-language", SettingKey::Locale),
        ("data-local_hills", SettingKey::LocalHills),
        ("data-hills", SettingKey::LocalHills),
    ] {
        assert_eq!(misspelt_setting(attr), Some(meant), "{attr}");
    }
    for quiet in [
        "data-painmap",
        "data-clinic-name",
        "data-local-hills",
        "data-testid",
        "data-analytics-id",
        "data-id",
        "data-name",
        "data-url",
        "data-zone",
        "data-tone",
        "data-phase",
        "data-scale",
        "class",
        "id",
    ] {
        assert_eq!(misspelt_setting(quiet), None, "{quiet}");
    }
    assert_eq!(
        misspelt_warning("data-clinic", SettingKey::ClinicName),
        "painmap: ignored data-clinic: it is not a setting; did you mean data-clinic-name?"
    );
    assert_eq!(edit_distance("kitten", "sitting"), 3);
    assert_eq!(edit_distance("", "abc"), 3);
    assert_eq!(edit_distance("accnet", "accent"), 1);
    assert_eq!(edit_distance("phone", "phone"), 0);
}

#[test]
fn the_check_travels_after_the_booking_address_only_where_it_has_no_fragment_of_its_own() {
    let fragment = "v=1&regions=knee-front.left&red-flags=none";
    let plain = BookingUrl::parse("https://harbour.example/book?clinic=3").expect("valid");
    assert_eq!(
        plain.with_check(fragment).as_deref(),
        Some("https://harbour.example/book?clinic=3#v=1&regions=knee-front.left&red-flags=none")
    );
    // The bare address is untouched: the choice only ever adds, and only when made.
    assert_eq!(plain.as_str(), "https://harbour.example/book?clinic=3");
    // A page that routes by its own fragment would break with a second one: no choice offered.
    let routed = BookingUrl::parse("https://harbour.example/#/book").expect("valid");
    assert_eq!(routed.with_check(fragment), None);
}

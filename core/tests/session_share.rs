//! The share link of SPEC: its exact written form, every kind of notice the lenient reader gives,
//! and every vignette of `shared/domain/vignettes.json` through encode and decode.

use painmap_core::content::Pack;
use painmap_core::session::{Action, Session, Step};
use painmap_core::share::{decode, encode, Decoded, ShareNotice, MAX_NOTICES};
use painmap_core::vec_set::VecSet;
use painmap_core::{Answer, Answers, CheckInput, Question, RegionSel, Reply};
use serde::Deserialize;

const SPEC_LINK: &str =
    "v=1&regions=knee-front.left,hip-outer.right&pain-quality=sharp&aggravators=downhill,stairs&weeks-to-race=6";

fn sel(s: &str) -> RegionSel {
    RegionSel::parse(s).unwrap()
}

fn many(items: &[Answer]) -> Reply {
    Reply::Many(items.iter().copied().collect())
}

fn input(regions: &[&str], answers: &[(Question, Reply)]) -> CheckInput {
    CheckInput {
        regions: regions.iter().map(|s| sel(s)).collect(),
        answers: Answers(answers.iter().cloned().collect()),
    }
}

fn clean(link: &str) -> CheckInput {
    let d = decode(link);
    assert_eq!(d.notices, vec![], "{link}");
    d.input
}

#[test]
fn encode_writes_specs_example_exactly() {
    // Inserted out of order on purpose: the link's order is SPEC's, not the caller's.
    let i = input(
        &["hip-outer.right", "knee-front.left"],
        &[
            (Question::WeeksToRace, Reply::Weeks(6)),
            (
                Question::Aggravators,
                many(&[Answer::Stairs, Answer::Downhill]),
            ),
            (Question::PainQuality, Reply::One(Answer::Sharp)),
        ],
    );
    assert_eq!(encode(&i), SPEC_LINK);
    assert_eq!(clean(SPEC_LINK), i);
    assert_eq!(clean(&format!("#{SPEC_LINK}")), i);
}

#[test]
fn encode_orders_every_question_as_spec_does() {
    let mut answers = Vec::new();
    for q in Question::ALL.iter().rev() {
        answers.push((*q, Reply::One(q.answers()[0])));
    }
    // Multi-choice and weeks need their own kinds of reply.
    answers.retain(|(q, _)| {
        !matches!(
            q,
            Question::RedFlags
                | Question::Aggravators
                | Question::SelfCareTried
                | Question::BoneRisk
                | Question::HipJointSigns
        )
    });
    answers.push((Question::RedFlags, many(&[Answer::None])));
    answers.push((
        Question::HipJointSigns,
        many(&[Answer::PinchDeepBend, Answer::CatchingClicking]),
    ));
    answers.push((Question::BoneRisk, many(&[Answer::PeriodsStopped])));
    answers.push((Question::SelfCareTried, many(&[Answer::Nothing])));
    answers.push((
        Question::Aggravators,
        many(&[Answer::MoreMileageOrSpeed, Answer::Downhill]),
    ));
    let i = input(
        &["lower-back.center", "knee-front.right", "knee-front.left"],
        &answers,
    );
    let link = encode(&i);
    let keys: Vec<&str> = link
        .split('&')
        .map(|p| p.split_once('=').unwrap().0)
        .collect();
    let mut expected = vec!["v", "regions"];
    expected.extend(Question::ALL.iter().map(|q| q.as_str()));
    assert_eq!(keys, expected);
    assert!(
        link.contains("&regions=knee-front.left,knee-front.right,lower-back.center&"),
        "{link}"
    );
    assert!(
        link.contains("&aggravators=downhill,more-mileage-or-speed&"),
        "{link}"
    );
    assert!(link.ends_with("&weeks-to-race=no-race"), "{link}");
    assert_eq!(clean(&link), i);
}

#[test]
fn encode_leaves_out_what_means_nothing() {
    assert_eq!(encode(&CheckInput::default()), "v=1");
    let i = input(
        &[],
        &[
            (Question::Aggravators, Reply::Many(VecSet::new())),
            (Question::PainQuality, Reply::One(Answer::Downhill)),
            (Question::WeeksToRace, Reply::Weeks(99)),
            (Question::Trend, Reply::One(Answer::Unsure)),
        ],
    );
    // `unsure` is an answer and is kept; the rest do not fit or say nothing.
    assert_eq!(encode(&i), "v=1&trend=unsure");
}

#[test]
fn ids_never_need_escaping() {
    let all = input(&[], &[]);
    let regions: VecSet<RegionSel> = RegionSel::all().collect();
    let link = encode(&CheckInput { regions, ..all });
    assert!(
        link.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-.,=&".contains(&b)),
        "{link}"
    );
}

#[test]
fn decode_is_forgiving_about_form() {
    let i = clean(SPEC_LINK);
    for variant in [
        format!("#{SPEC_LINK}"),
        format!("https://clinic.example/painmap/?x=1#{SPEC_LINK}"),
        SPEC_LINK.to_uppercase(),
        SPEC_LINK.replace(',', "%2C").replace("knee", "%6Bnee"),
        format!("&&{}&", SPEC_LINK.replace('&', " & ")),
        format!("{SPEC_LINK}\n"),
        SPEC_LINK.replace("downhill,stairs", "stairs,,downhill,stairs"),
    ] {
        assert_eq!(clean(&variant), i, "{variant}");
    }
    // The lower back has one side, so it may be written without it.
    assert_eq!(
        clean("v=1&regions=lower-back").regions,
        VecSet::from([sel("lower-back.center")])
    );
    // `key=` is the same as leaving the key out.
    assert_eq!(
        clean("v=1&regions=&aggravators=&pain-quality="),
        CheckInput::default()
    );
    assert_eq!(
        clean("v=1&trend=worse,").answers.one(Question::Trend),
        Some(Answer::Worse)
    );
    assert_eq!(
        clean("v=1&weeks-to-race=no-race").answers.weeks_to_race(),
        Some(None)
    );
    assert_eq!(
        clean("v=1&weeks-to-race=0").answers.weeks_to_race(),
        Some(Some(0))
    );
    assert_eq!(
        clean("v=1&weeks-to-race=052").answers.weeks_to_race(),
        Some(Some(52))
    );
}

#[test]
fn empty_and_junk_input_decode_to_nothing_with_notices() {
    let d = decode("");
    assert_eq!(d.input, CheckInput::default());
    assert_eq!(d.notices, vec![ShareNotice::MissingVersion]);
    assert!(!d.has_content());
    let d = decode("#");
    assert_eq!(d.notices, vec![ShareNotice::MissingVersion]);
    let d = decode("hello");
    assert_eq!(
        d.notices,
        vec![
            ShareNotice::MissingVersion,
            ShareNotice::Malformed {
                part: "hello".into()
            }
        ]
    );
}

#[test]
fn a_missing_or_unknown_version_is_reported_and_the_rest_read() {
    let d = decode("regions=knee-outer.right&pain-quality=sharp");
    assert_eq!(d.notices, vec![ShareNotice::MissingVersion]);
    assert_eq!(
        d.input.answers.one(Question::PainQuality),
        Some(Answer::Sharp)
    );
    assert!(d.has_content());

    let d = decode("v=2&regions=knee-outer.right");
    assert_eq!(
        d.notices,
        vec![ShareNotice::UnknownVersion { value: "2".into() }]
    );
    assert!(d.has_content());
    let d = decode("v=&regions=knee-outer.right");
    assert_eq!(d.notices, vec![ShareNotice::MissingVersion]);
}

#[test]
fn each_unusable_part_is_one_notice_naming_it() {
    let cases: Vec<(&str, ShareNotice)> = vec![
        (
            "v=1&shoe=pegasus",
            ShareNotice::UnknownKey { key: "shoe".into() },
        ),
        (
            "v=1&regions=elbow.left",
            ShareNotice::UnknownRegion {
                value: "elbow.left".into(),
            },
        ),
        (
            "v=1&regions=knee-front",
            ShareNotice::UnknownRegion {
                value: "knee-front".into(),
            },
        ),
        (
            "v=1&regions=knee-front.center",
            ShareNotice::UnknownRegion {
                value: "knee-front.center".into(),
            },
        ),
        (
            "v=1&regions=lower-back.left",
            ShareNotice::UnknownRegion {
                value: "lower-back.left".into(),
            },
        ),
        (
            "v=1&pain-quality=searing",
            ShareNotice::UnknownAnswer {
                question: Question::PainQuality,
                value: "searing".into(),
            },
        ),
        (
            "v=1&pain-quality=downhill",
            ShareNotice::UnknownAnswer {
                question: Question::PainQuality,
                value: "downhill".into(),
            },
        ),
        (
            "v=1&pain-quality=sharp,dull-ache",
            ShareNotice::OneAnswerOnly {
                question: Question::PainQuality,
                value: "sharp,dull-ache".into(),
            },
        ),
        (
            "v=1&aggravators=hills",
            ShareNotice::UnknownAnswer {
                question: Question::Aggravators,
                value: "hills".into(),
            },
        ),
        (
            "v=1&weeks-to-race=53",
            ShareNotice::BadWeeks { value: "53".into() },
        ),
        (
            "v=1&weeks-to-race=256",
            ShareNotice::BadWeeks {
                value: "256".into(),
            },
        ),
        (
            "v=1&weeks-to-race=-1",
            ShareNotice::BadWeeks { value: "-1".into() },
        ),
        (
            "v=1&weeks-to-race=+6",
            ShareNotice::BadWeeks { value: "+6".into() },
        ),
        (
            "v=1&weeks-to-race=six",
            ShareNotice::BadWeeks {
                value: "six".into(),
            },
        ),
        (
            "v=1&weeks-to-race=6.5",
            ShareNotice::BadWeeks {
                value: "6.5".into(),
            },
        ),
        (
            "v=1&weeks-to-race=unsure",
            ShareNotice::BadWeeks {
                value: "unsure".into(),
            },
        ),
        (
            "v=1&trend",
            ShareNotice::Malformed {
                part: "trend".into(),
            },
        ),
        (
            "v=1&trend=worse&trend=better",
            ShareNotice::DuplicateKey {
                key: "trend".into(),
            },
        ),
        ("v=1&v=2", ShareNotice::DuplicateKey { key: "v".into() }),
    ];
    for (link, notice) in cases {
        let d = decode(link);
        assert_eq!(d.notices, vec![notice], "{link}");
    }
}

#[test]
fn good_parts_survive_beside_bad_ones() {
    let d = decode(
        "v=1&regions=knee-front.left,elbow.left&aggravators=stairs,hills&trend=worse&trend=better",
    );
    assert_eq!(d.input.regions, VecSet::from([sel("knee-front.left")]));
    assert_eq!(
        d.input.answers.get(Question::Aggravators),
        Some(&many(&[Answer::Stairs]))
    );
    // The first of a repeated key wins.
    assert_eq!(d.input.answers.one(Question::Trend), Some(Answer::Worse));
    assert_eq!(d.notices.len(), 3);
}

#[test]
fn none_beside_real_answers_is_dropped_keeping_the_answers() {
    let d = decode("v=1&red-flags=none,night-or-rest-pain");
    assert_eq!(
        d.input.answers.get(Question::RedFlags),
        Some(&many(&[Answer::NightOrRestPain]))
    );
    assert_eq!(
        d.notices,
        vec![ShareNotice::ExclusiveWithOthers {
            question: Question::RedFlags,
            value: "none".into()
        }]
    );
    let d = decode("v=1&self-care-tried=rest,nothing");
    assert_eq!(
        d.input.answers.get(Question::SelfCareTried),
        Some(&many(&[Answer::Rest]))
    );
    // `none` alone is fine; `none` repeated is still just `none`.
    assert_eq!(
        clean("v=1&aggravators=none,none")
            .answers
            .get(Question::Aggravators),
        Some(&many(&[Answer::None]))
    );
}

#[test]
fn a_flood_of_junk_is_capped_and_values_are_shortened() {
    let link: String = (0..500).map(|i| format!("k{i}=x&")).collect();
    let d = decode(&link);
    assert_eq!(d.notices.len(), MAX_NOTICES + 1);
    assert_eq!(d.notices[0], ShareNotice::MissingVersion);
    assert_eq!(
        d.notices.last(),
        Some(&ShareNotice::More {
            count: 501 - MAX_NOTICES
        })
    );

    let long = "x".repeat(10_000);
    let d = decode(&format!("v=1&{long}=1&regions={long}"));
    for n in &d.notices {
        let shown = n
            .key()
            .unwrap_or("")
            .chars()
            .count()
            .max(n.value().unwrap_or("").chars().count());
        assert!(shown <= 41, "{n:?}");
    }
}

#[test]
fn every_notice_reads_as_a_sentence_from_the_pack() {
    let pack = Pack::english();
    let notices = [
        ShareNotice::MissingVersion,
        ShareNotice::UnknownVersion { value: "7".into() },
        ShareNotice::UnknownKey { key: "shoe".into() },
        ShareNotice::DuplicateKey {
            key: "trend".into(),
        },
        ShareNotice::Malformed {
            part: "trend".into(),
        },
        ShareNotice::UnknownRegion {
            value: "elbow.left".into(),
        },
        ShareNotice::UnknownAnswer {
            question: Question::PainQuality,
            value: "searing".into(),
        },
        ShareNotice::OneAnswerOnly {
            question: Question::Trend,
            value: "worse,better".into(),
        },
        ShareNotice::ExclusiveWithOthers {
            question: Question::RedFlags,
            value: "none".into(),
        },
        ShareNotice::BadWeeks { value: "99".into() },
        ShareNotice::More { count: 5 },
    ];
    for n in notices {
        let msg = n.message(pack);
        assert!(!msg.trim().is_empty(), "missing pack label {}", n.ui_key());
        assert!(!msg.contains('{'), "unfilled placeholder in {msg}");
        if let Some(v) = n.value() {
            assert!(msg.contains(v), "{msg} should name {v}");
        }
        if let ShareNotice::UnknownKey { key } = &n {
            assert!(msg.contains(key.as_str()), "{msg}");
        }
    }
    assert!(ShareNotice::More { count: 5 }.message(pack).contains('5'));
}

#[derive(Deserialize)]
struct Vignette {
    id: String,
    regions: Vec<RegionSel>,
    answers: Answers,
}

fn vignettes() -> Vec<Vignette> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/domain/vignettes.json"
    );
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    serde_json::from_str(&text).expect("vignettes.json parses into regions and answers")
}

#[test]
fn every_vignette_survives_its_share_link() {
    let vs = vignettes();
    assert!(
        vs.len() >= 8,
        "expected the shared vignettes, got {}",
        vs.len()
    );
    for v in vs {
        for (q, r) in &v.answers.0 {
            assert!(r.fits(*q), "{}: {q} = {r:?}", v.id);
        }
        let i = CheckInput {
            regions: v.regions.iter().copied().collect(),
            answers: v.answers.clone(),
        };
        let link = encode(&i);
        let d: Decoded = decode(&format!("#{link}"));
        assert_eq!(d.notices, vec![], "{}: {link}", v.id);
        assert_eq!(d.input, i, "{}: {link}", v.id);
        assert!(d.has_content(), "{}", v.id);

        // Opened in the widget, the link lands on the results with what the engine will use.
        let s = Session::new(Pack::english())
            .apply(Action::Open(d.input))
            .unwrap();
        assert_eq!(s.step, Step::Results, "{}", v.id);
        // And the session's own link for it decodes to the same engine input.
        assert_eq!(
            clean(&encode(&s.check_input())),
            s.check_input(),
            "{}",
            v.id
        );
    }
}

#[test]
fn a_vignettes_link_reads_as_spec_shows() {
    let v = vignettes()
        .into_iter()
        .find(|v| v.id == "runners-knee-classic")
        .expect("runners-knee-classic");
    let link = encode(&CheckInput {
        regions: v.regions.into_iter().collect(),
        answers: v.answers,
    });
    assert_eq!(
        link,
        "v=1&regions=knee-front.left&red-flags=none&pain-quality=dull-ache&pain-timing=during-and-after\
         &aggravators=downhill,stairs,squatting&rest-response=no-change&single-leg-squat=knee-caves-in\
         &duration=2-weeks-plus&trend=worse&training-impact=some&weeks-to-race=8"
    );
}

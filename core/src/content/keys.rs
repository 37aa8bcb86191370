//! The UI label keys the code looks up with `Pack::ui`. A pack must have every one of them (checked
//! by `Pack::validate`), so a translation cannot silently miss a label. Whoever adds a
//! `pack.ui("...")` call adds its key here, in its area's block.

/// Every `ui` key some code needs, grouped by area.
pub const REQUIRED_UI_KEYS: &[&str] = &[
    // app shell
    "app.title",
    "app.tagline",
    "footer.notice",
    // region names (content)
    "region.name.sided",
    "region.name.center",
    "side.left",
    "side.right",
    // session (saved state notices)
    "session.storage.corrupt",
    "session.storage.version",
    "session.storage.invalid",
    // share link notices
    "share.notice.missing-version",
    "share.notice.unknown-version",
    "share.notice.unknown-key",
    "share.notice.duplicate-key",
    "share.notice.malformed",
    "share.notice.unknown-region",
    "share.notice.unknown-answer",
    "share.notice.one-answer-only",
    "share.notice.exclusive",
    "share.notice.bad-weeks",
    "share.notice.more",
];

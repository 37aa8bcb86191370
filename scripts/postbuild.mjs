// Trunk post_build hook (Trunk.toml): runs after Trunk has written the site to
// $TRUNK_STAGING_DIR and before it replaces dist/ with it.
//
// Stub for now: the embed/offline work fills it in (embed.js, the service worker's precache
// list, ...). It must exit 0 on success; any other code fails the build.
process.exit(0);

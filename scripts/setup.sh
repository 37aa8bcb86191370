#!/usr/bin/env bash
# Installs every tool the build and the tests need, and nothing that is already there.
#
# Called by every make target, so it must be cheap when all is in place (a few version checks)
# and must need no terminal: it runs as root in CI on a fresh machine that has only rustup/cargo,
# node and npm. Each install prints one "setup: installing ..." line first, so a slow first run
# says what it is doing. Nothing here downloads a browser or a prebuilt binary: Rust tools come
# from crates.io (built here), node packages from the npm registry, Chromium from Debian.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION="0.21.14"
# Where Debian puts them; overridable only so the install branches can be tried without uninstalling.
CHROMIUM="${SETUP_CHROMIUM:-/usr/bin/chromium}"
CHROMEDRIVER_BIN="${SETUP_CHROMEDRIVER:-/usr/bin/chromedriver}"
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$PWD/node_modules/.bin:$CARGO_BIN:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export DEBIAN_FRONTEND=noninteractive

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null || die "cargo is not on PATH (install Rust with rustup first)"
command -v node >/dev/null || die "node is not on PATH (node 20 or newer is needed)"
command -v npm >/dev/null || die "npm is not on PATH"

# --- Rust target for the browser build -------------------------------------------------------
# (Captured first: `rustup ... | grep -q` under pipefail fails when grep exits before rustup is done.)
installed_targets="$(rustup target list --installed 2>/dev/null || true)"
if ! grep -qx 'wasm32-unknown-unknown' <<<"$installed_targets"; then
  say "installing the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# --- trunk (bundler) -------------------------------------------------------------------------
have_trunk="$(trunk --version 2>/dev/null || true)"
if [[ "$have_trunk" != "trunk $TRUNK_VERSION" ]]; then
  say "installing trunk $TRUNK_VERSION from crates.io (found: ${have_trunk:-none}; this compiles for a few minutes)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

# --- wasm-bindgen-cli at exactly the wasm-bindgen version the app is built with ---------------
# Trunk and wasm-bindgen-test-runner refuse a CLI whose version differs from the library's, so
# the version comes from Cargo.lock, never from a constant here.
[[ -f Cargo.lock ]] || cargo generate-lockfile
bindgen_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
[[ -n "$bindgen_version" ]] || die "could not read the wasm-bindgen version from Cargo.lock"
have_bindgen="$(wasm-bindgen --version 2>/dev/null || true)"
have_runner="$(wasm-bindgen-test-runner --version 2>/dev/null || true)"
if [[ "$have_bindgen" != "wasm-bindgen $bindgen_version" || "$have_runner" != *" $bindgen_version"* ]]; then
  say "installing wasm-bindgen-cli $bindgen_version from crates.io (found: ${have_bindgen:-none}; this compiles for a few minutes)"
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

# --- node packages (playwright-core, axe-core, binaryen's wasm-opt, lighthouse), exactly as locked
# npm ci when the lock file is newer than the install, or when a devDependency of package.json is
# missing from node_modules or at another version (a node_modules/ from before a package was added).
# Neither playwright-core nor lighthouse downloads a browser: both drive Debian's Chromium.
node_modules_stale() {
  [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]] && return 0
  ! node -e '
    const fs = require("fs");
    const want = JSON.parse(fs.readFileSync("package.json", "utf8")).devDependencies || {};
    for (const [name, version] of Object.entries(want)) {
      let have;
      try { have = JSON.parse(fs.readFileSync(`node_modules/${name}/package.json`, "utf8")).version; } catch {}
      if (have !== version) process.exit(1);
    }'
}
if node_modules_stale; then
  say "installing node packages from package-lock.json (npm ci)"
  CI=true npm ci --no-audit --no-fund
fi

# --- Debian's Chromium and ChromeDriver for the browser tests ---------------------------------
if [[ ! -x "$CHROMIUM" || ! -x "$CHROMEDRIVER_BIN" ]]; then
  say "installing chromium and chromium-driver from Debian (apt-get)"
  sudo_cmd=()
  if [[ "$(id -u)" != 0 ]]; then
    command -v sudo >/dev/null || die "chromium is missing and installing it needs root (or sudo)"
    sudo_cmd=(sudo -n)
  fi
  "${sudo_cmd[@]}" apt-get update -q
  "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-liberation
fi

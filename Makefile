# The whole developer interface of painmap. Every target first runs scripts/setup.sh, which
# installs whatever is missing (and says so) and skips what is there.
#
#   make serve   dev build with live reload at http://127.0.0.1:8080
#   make test    every test layer, stopping at the first red one
#   make dist    the deployable release site in dist/, then its size table
#   make bench   the benchmark: size, start-up, interaction and memory (target/bench.json), then
#                Lighthouse on three pages (target/lighthouse.json; BENCH_LIGHTHOUSE=0 skips it)

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

# Tools installed by setup.sh: cargo's bin dir for trunk/wasm-bindgen, node_modules/.bin for
# binaryen's wasm-opt (Trunk finds it on PATH; offline = true means it never downloads one).
export PATH := $(CURDIR)/node_modules/.bin:$(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
# wasm-bindgen-test-runner drives Debian's Chromium through this driver (flags in webdriver.json).
export CHROMEDRIVER := /usr/bin/chromedriver
export CARGO_TERM_PROGRESS_WHEN := never

WASM := wasm32-unknown-unknown

.PHONY: help setup serve dist release bench lighthouse sizes test fmt-check clippy test-native test-wasm test-release e2e fmt

help:
	@echo "make serve   dev build with live reload at http://127.0.0.1:8080"
	@echo "make test    fmt, clippy (native + wasm), native tests, browser tests, release build, end-to-end"
	@echo "make dist    release build into dist/ and its size table"
	@echo "make bench   benchmark: size, start-up, interaction, memory against a static floor (target/bench.json),"
	@echo "             then Lighthouse (mobile) on /, /demo/ and /demo/ without the widget (BENCH_LIGHTHOUSE=0 skips it)"
	@echo "make lighthouse  only the Lighthouse part of make bench (LIGHTHOUSE_RUNS=n, default 3)"
	@echo "make fmt     format all Rust code"

setup:
	@bash scripts/setup.sh

# The demo clinic's settings, built in so `make serve` shows the widget as a clinic would embed it.
DEMO_QUERY := clinic-name=Harbour%20Physio%20%26%20Sports&phone=%2B1%20604%20555%200100&booking-url=https%3A%2F%2Fharbour.example%2Fbook&accent=0a6e5c&units=km&local-hills=Harbour%20Hill%20Road%20and%20the%20lower%20Cedar%20Loop%20trail

serve: setup
	@echo "painmap: the widget with the demo clinic's settings  http://127.0.0.1:8080/?$(DEMO_QUERY)"
	@echo "painmap: the demo clinic's page (embed snippet)      http://127.0.0.1:8080/demo/"
	@echo "painmap: the plain standalone page                   http://127.0.0.1:8080/"
	trunk serve

# The release site. Trunk runs wasm-opt (Trunk.toml, index.html) and the post_build hook.
release: setup
	trunk build --release

sizes:
	@node scripts/size-table.mjs

dist: release sizes

# The benchmark: scripts/bench.mjs, then Lighthouse (scripts/lighthouse.mjs) unless
# BENCH_LIGHTHOUSE=0. Neither fails on a slow figure or a low score; Lighthouse exits non-zero
# only when it cannot run at all. Not part of `make test`.
bench: setup
	@if [[ ! -f dist/index.html ]]; then $(MAKE) --no-print-directory release; fi
	node scripts/bench.mjs
	@if [[ "$${BENCH_LIGHTHOUSE:-1}" == 0 ]]; then echo "lighthouse: skipped (BENCH_LIGHTHOUSE=0)"; else node scripts/lighthouse.mjs; fi

# Lighthouse alone (LIGHTHOUSE_RUNS=n for more or fewer runs per page; default 3).
lighthouse: setup
	@if [[ ! -f dist/index.html ]]; then $(MAKE) --no-print-directory release; fi
	node scripts/lighthouse.mjs

fmt:
	cargo fmt --all

# ---- test layers, in order; make stops at the first one that fails ------------------------------
# Serial even under `make -j`: the order is the point (cheap checks first) and cargo locks anyway.
.NOTPARALLEL:

test: setup fmt-check clippy test-native test-wasm test-release e2e

fmt-check: setup
	@echo "== layer 1/6: cargo fmt --check"
	cargo fmt --all --check

clippy: setup
	@echo "== layer 2/6: clippy, native and wasm32"
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p painmap --target $(WASM) --all-targets -- -D warnings

# Native tests: the core crate (engine, content) and the root crate's own native tests.
# Browser-only test files start with #![cfg(target_arch = "wasm32")] so they compile away here.
test-native: setup
	@echo "== layer 3/6: native tests"
	cargo test --workspace

# wasm-bindgen-test in headless Chromium (runner in .cargo/config.toml, flags in webdriver.json).
test-wasm: setup
	@echo "== layer 4/6: wasm-bindgen-test in headless Chromium"
	cargo test -p painmap --target $(WASM)

test-release: setup
	@echo "== layer 5/6: release build"
	trunk build --release
	@node scripts/size-table.mjs

# Runs against whatever is in dist/ (make dist first when running this layer alone).
e2e: setup
	@echo "== layer 6/6: end-to-end (Playwright + Chromium against dist/)"
	node --test --test-reporter=spec tests/e2e/

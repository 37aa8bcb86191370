// Debian's Chromium driven by playwright-core, and the helpers every end-to-end test uses:
// a fresh context per test, console/page error collection, screenshots and axe-core.
//
//   const browser = await launch();                       // once per test file (before)
//   const { page, errors, close } = await openPage(browser, site.url('/'), { width: 390, height: 844 });
//   assert.deepEqual(errors.all(), []);
//   await screenshot(page, 'smoke-390x844');
//   assert.deepEqual(await axe(page), []);
//   await close(); await browser.close();

import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(HERE, '..', '..', '..');

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps dialing Google's hosts, which this
// machine's closed network refuses (noise, and a source of "requests leaving the origin").
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const SCREENSHOT_DIR = join(REPO_ROOT, 'tests', 'e2e', 'screenshots');
export const AXE_PATH = join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js');

/** Launches headless Chromium (Debian's, never a downloaded one). */
export async function launch(options = {}) {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    ...options,
  });
}

/**
 * Collects what would show in the console as an error: `console.error` messages and uncaught
 * page errors. Warnings are kept apart (`warnings()`), so a test can assert on them too.
 */
export function collectErrors(page) {
  const console_ = [];
  const warnings = [];
  const pageErrors = [];
  const failed = [];
  page.on('console', (msg) => {
    const text = msg.text();
    // Chromium asks for /favicon.ico by itself and logs a 404 for it as a console error; that
    // says nothing about the page (a site with an icon link never triggers it).
    if (new URL(msg.location()?.url || 'about:blank').pathname === '/favicon.ico') return;
    if (msg.type() === 'error') console_.push(text);
    else if (msg.type() === 'warning') warnings.push(text);
  });
  page.on('pageerror', (err) => pageErrors.push(String(err?.stack || err)));
  page.on('requestfailed', (req) => failed.push(`${req.failure()?.errorText ?? 'failed'}: ${req.url()}`));
  return {
    console: console_,
    pageErrors,
    failedRequests: failed,
    warnings: () => [...warnings],
    /** Every console error and uncaught page error, in one list (empty when all is well). */
    all: () => [...console_.map((t) => `console.error: ${t}`), ...pageErrors.map((t) => `pageerror: ${t}`)],
  };
}

/**
 * Opens `url` in a fresh browser context (own storage, cache, service workers).
 * Options: width, height (viewport, default 1280x800), colorScheme ('light'|'dark'),
 * reducedMotion, offline, and anything else `browser.newContext` takes in `context`.
 * `waitFor` (a selector) is awaited after load, if given.
 * Returns { context, page, errors, close }.
 */
export async function openPage(browser, url, opts = {}) {
  const { width = 1280, height = 800, colorScheme = 'light', reducedMotion, waitFor, context: extra = {} } = opts;
  const context = await browser.newContext({
    viewport: { width, height },
    colorScheme,
    ...(reducedMotion ? { reducedMotion } : {}),
    ...extra,
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  if (url) {
    await page.goto(url, { waitUntil: 'load' });
    if (waitFor) await page.waitForSelector(waitFor);
  }
  return { context, page, errors, close: () => context.close() };
}

/** Writes a full-page PNG to tests/e2e/screenshots/<name>.png and returns its path. */
export async function screenshot(page, name, { fullPage = true } = {}) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

let axeSource;

/**
 * Runs axe-core on the page and returns its violations, simplified to
 * [{ id, impact, help, nodes: [target selectors] }] (empty when there are none).
 * Options: `include` (a selector to check only part of the page), `rules`/`runOnly` (axe options),
 * `csp`: true on a page whose Content-Security-Policy forbids inline scripts; then axe is
 * evaluated from the file's text instead of being added as a <script> tag (pages without a
 * strict CSP also fall back to this if the tag did not take).
 */
export async function axe(page, { include, csp = false, ...axeOptions } = {}) {
  const loaded = () => page.evaluate(() => typeof window.axe?.run === 'function');
  if (!(await loaded())) {
    if (!csp) await page.addScriptTag({ path: AXE_PATH }).catch(() => {});
    if (!(await loaded())) {
      axeSource ??= readFileSync(AXE_PATH, 'utf8');
      await page.evaluate(axeSource);
    }
  }
  const violations = await page.evaluate(
    async ({ include, options }) => {
      const result = await window.axe.run(include ? { include: [include] } : document, options);
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(' ')),
      }));
    },
    { include, options: { resultTypes: ['violations'], ...axeOptions } },
  );
  return violations;
}

/** One readable line per axe violation, for assertion messages. */
/** Fails with a readable list when axe finds any violation on the page; `where` names the screen. */
export async function assertNoViolations(page, where) {
  const violations = await axe(page);
  assert.deepEqual(violations, [], `${where}:\n${formatViolations(violations)}`);
}

export function formatViolations(violations) {
  return violations.map((v) => `${v.impact ?? '-'} ${v.id}: ${v.help} [${v.nodes.join(', ')}]`).join('\n');
}

/**
 * What most suites start once and stop at the end: the release site on localhost and a Chromium
 * to drive it. Use as
 *   let site, browser;
 *   before(async () => ({ site, browser } = await openSiteAndBrowser()));
 *   after(() => closeSiteAndBrowser({ site, browser }));
 */
export async function openSiteAndBrowser(serverOptions) {
  const site = await startServer(serverOptions);
  const browser = await launch();
  return { site, browser };
}

/** Closes what `openSiteAndBrowser` opened (either may be missing if start-up failed). */
export async function closeSiteAndBrowser({ site, browser } = {}) {
  await browser?.close();
  await site?.close();
}

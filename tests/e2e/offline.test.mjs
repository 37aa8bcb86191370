// Offline: after one visit the service worker has the whole release, so with the network cut (the
// browser context offline and the server stopped) the standalone page, a whole check, the
// clinic's query settings and a share link all work. A new deployment replaces the old cache.
// And no request ever leaves the widget's origin: none at all while a runner does a check.
//
// Each test serves its own copy of dist/, so one can stop its server or "deploy" a new release
// (change a file and rerun scripts/postbuild.mjs on the copy) without touching dist/.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, DIST, REPO_ROOT } from './lib/server.mjs';
import { launch, openPage, screenshot } from './lib/browser.mjs';
import { checkExpect, loadVignettes, readResults, shareFragment } from './lib/flow.mjs';
import { completeCheck } from './support/check.mjs';

const STORIES = loadVignettes();
const byId = (id) => STORIES.find((v) => v.id === id);
// Two stories with different conclusions, so a result cannot be left over from the other one.
const CHECKED = byId('runners-knee-classic');
const SHARED = byId('hip-from-lumbar');

let browser;
const copies = [];

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the release, served on its own origin. */
async function deploy() {
  const dir = mkdtempSync(join(tmpdir(), 'painmap-release-'));
  copies.push(dir);
  cpSync(DIST, dir, { recursive: true });
  const site = await startServer({ root: dir });
  return { dir, site };
}

/** What scripts/postbuild.mjs baked into a release's sw.js. */
function swBuild(dir) {
  const line = readFileSync(join(dir, 'sw.js'), 'utf8').match(/^var BUILD = (.*);$/m);
  assert.ok(line, 'sw.js has its build line');
  return JSON.parse(line[1]);
}

/** Opens a page, recording every request of the context (service worker included). */
async function open(url, opts) {
  const opened = await openPage(browser, null, opts);
  const requests = [];
  opened.context.on('request', (r) => requests.push(r.url()));
  await opened.page.goto(url, { waitUntil: 'load' });
  return { ...opened, requests };
}

/** Waits until the service worker controls the page, and returns the cache names then present. */
async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  return page.evaluate(() => caches.keys());
}

async function mapShown(page) {
  await page.locator('[data-region]').first().waitFor({ state: 'visible', timeout: 20_000 });
}

/** Back to an empty check, whatever step a saved session left the widget on. */
async function restart(page) {
  const button = page.locator('[data-action="restart"]');
  if ((await button.count()) > 0) await button.first().click();
  await mapShown(page);
}

async function expectResults(page, v) {
  checkExpect(v.id, await readResults(page), v.expect);
}

test('after one visit the page, a whole check, clinic settings and a share link work with no network', async () => {
  const { dir, site } = await deploy();
  const build = swBuild(dir);
  const { context, page, errors, close, requests } = await open(site.url('/'), { width: 390, height: 844 });
  try {
    await mapShown(page);
    assert.deepEqual(await controlled(page), [build.cache], 'one cache, named for this release');
    const cached = await page.evaluate(async (name) => {
      const keys = await (await caches.open(name)).keys();
      return keys.map((r) => new URL(r.url).pathname.slice(1)).sort();
    }, build.cache);
    assert.deepEqual(cached, [...build.files].sort(), 'every file of the release is cached');
    assert.ok(cached.some((f) => f.endsWith('_bg.wasm')) && cached.includes('index.html'));

    // Cut the network: the browser is offline and the server is gone.
    await context.setOffline(true);
    await site.close();

    await page.reload({ waitUntil: 'load' });
    await mapShown(page);

    // The clinic's settings from the query, then a whole check by clicking.
    await page.goto('about:blank');
    await page.goto(`${site.origin}/?clinic-name=Harbour+Physio&phone=%2B1+604+555+0100&units=mi`, { waitUntil: 'load' });
    await restart(page);
    await completeCheck(page, CHECKED);
    await expectResults(page, CHECKED);
    const cta = page.locator('[data-cta="clinic"]');
    assert.match(await cta.innerText(), /Harbour Physio/);
    assert.equal(await cta.locator('a[href="tel:+16045550100"]').count(), 1);
    await screenshot(page, 'offline-check-390');

    // A share link opened over the runner's own saved check asks first (never replaces it
    // silently), then opens on its results.
    await page.goto('about:blank');
    await page.goto(`${site.origin}/#${shareFragment(SHARED)}`, { waitUntil: 'load' });
    await page.locator('[data-action="open-link"]').click();
    await expectResults(page, SHARED);
    await screenshot(page, 'offline-share-390');

    assert.deepEqual(errors.all(), [], 'no console error offline');
    assert.deepEqual(requests.filter((r) => !r.startsWith(site.origin + '/') && r !== 'about:blank'), [], 'nothing but the widget origin');
  } finally {
    await close();
    await site.close();
  }
});

test('a whole check makes no request at all once the page has loaded', async () => {
  const { site } = await deploy();
  const { page, errors, close, requests } = await open(site.url('/'), { width: 1280, height: 800 });
  try {
    await mapShown(page);
    await controlled(page); // the worker's own precaching is part of loading
    const loaded = requests.length;
    assert.ok(requests.every((r) => r.startsWith(site.origin + '/')), `load stays on the origin: ${requests}`);
    site.clearRequests();

    await completeCheck(page, CHECKED);
    await expectResults(page, CHECKED);
    // Share and print stay on the device too (the link is made, not sent).
    await page.locator('[data-action="share"]').first().click();

    assert.deepEqual(requests.slice(loaded), [], 'no request from the page or its worker during the check');
    assert.deepEqual(site.requests, [], 'the server heard nothing during the check');
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
    await site.close();
  }
});

test('a new deployment replaces the old cache', async () => {
  const { dir, site } = await deploy();
  const first = swBuild(dir);
  const { context, page, errors, close } = await open(site.url('/'));
  try {
    await mapShown(page);
    assert.deepEqual(await controlled(page), [first.cache]);

    // Deploy a new release: one file changes, and the build hook runs again on the site.
    const manifest = join(dir, 'manifest.webmanifest');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"short_name": "painmap"', '"short_name": "painmap 2"'));
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'postbuild.mjs')], {
      env: { ...process.env, TRUNK_STAGING_DIR: dir },
      stdio: 'pipe',
    });
    const second = swBuild(dir);
    assert.notEqual(second.cache, first.cache, 'a changed file gives a new cache name');

    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    let names = [];
    for (let i = 0; i < 100; i++) {
      names = await page.evaluate(() => caches.keys());
      if (names.length === 1 && names[0] === second.cache) break;
      await page.waitForTimeout(100);
    }
    assert.deepEqual(names, [second.cache], 'the old cache is gone, the new one is in place');
    const shortName = await page.evaluate(
      async (name) => (await (await (await caches.open(name)).match('manifest.webmanifest')).json()).short_name,
      second.cache,
    );
    assert.equal(shortName, 'painmap 2', 'the new cache holds the new files');

    await context.setOffline(true);
    await site.close();
    await page.reload({ waitUntil: 'load' });
    await mapShown(page);
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
    await site.close();
  }
});

test('the manifest makes it installable: name, colours, icons 192/512 and maskable, all on the origin', async () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
  assert.ok(manifest.name && manifest.short_name && manifest.theme_color && manifest.background_color);
  assert.equal(manifest.display, 'standalone');
  const png = manifest.icons.filter((i) => i.type === 'image/png');
  for (const [sizes, purpose] of [
    ['192x192', 'any'],
    ['512x512', 'any'],
    ['512x512', 'maskable'],
  ]) {
    const icon = png.find((i) => i.sizes === sizes && i.purpose === purpose);
    assert.ok(icon, `a ${purpose} ${sizes} PNG icon`);
    const bytes = readFileSync(join(DIST, icon.src));
    assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
    const [w, h] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    assert.equal(`${w}x${h}`, sizes, `${icon.src} is really ${sizes}`);
  }
  for (const i of manifest.icons) assert.doesNotMatch(i.src, /^[a-z]+:|^\/\//i, 'icons are relative, on the origin');
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.match(index, /rel="?manifest"?/);
});

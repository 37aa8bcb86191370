// The panic hook's edges in the release build (the hook itself, with a real panic, is tested in
// the browser by tests/web_panic.rs): the debug-only trigger does nothing in release, and the
// apology's "start a new check" link (the page with `painmap-reset=1`) forgets the saved check,
// leaves the page's other parameters alone and takes itself out of the address, while a plain
// reload keeps the check.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, openSiteAndBrowser, closeSiteAndBrowser } from './lib/browser.mjs';
import { ready, pickRegions } from './lib/flow.mjs';

const STORAGE_KEY = 'painmap.session';

let site;
let browser;
before(async () => ({ site, browser } = await openSiteAndBrowser()));
after(() => closeSiteAndBrowser({ site, browser }));

test('the debug panic trigger does nothing in the release build', async () => {
  const { page, errors, close } = await openPage(browser, site.url('/?painmap-debug-panic'));
  try {
    await ready(page);
    await page.waitForTimeout(500);
    assert.equal(await page.locator('[data-crashed]').count(), 0, 'no apology');
    assert.ok(await page.locator('[data-region]').first().isVisible(), 'the map is there');
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

test('the start-again link forgets the saved check and leaves the address clean; a reload keeps it', async () => {
  const { page, errors, close } = await openPage(browser, site.url('/?units=mi'));
  try {
    await ready(page);
    await pickRegions(page, ['knee-front.left']);
    await page.waitForFunction((k) => localStorage.getItem(k)?.includes('knee-front'), STORAGE_KEY);

    // "Reload and keep my answers": the same page again.
    await page.goto(site.url('/?units=mi'));
    await ready(page);
    assert.ok((await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).includes('knee-front'), 'a reload keeps the check');

    // "Start a new check": the page with painmap-reset=1.
    await page.goto(site.url('/?units=mi&painmap-reset=1'));
    await ready(page);
    const url = new URL(page.url());
    assert.equal(url.search, '?units=mi', 'the parameter left the address, the page\'s own stayed');
    const saved = await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
    assert.ok(!saved || !saved.includes('knee-front'), `the saved check is gone: ${saved}`);
    assert.equal(await page.locator('[data-chip]').count(), 0, 'a new check starts with nothing picked');
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

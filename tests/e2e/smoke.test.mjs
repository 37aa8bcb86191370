// Smoke test of the release build: the standalone page loads in Chromium with no console error,
// the app mounts and shows the product's name, and screenshots at phone and desktop widths are
// written to tests/e2e/screenshots/ (look at them).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './lib/server.mjs';
import { openPage, screenshot, openSiteAndBrowser, closeSiteAndBrowser } from './lib/browser.mjs';

// The product name as the English pack spells it, so the test follows the content, not a copy.
const pack = JSON.parse(readFileSync(join(REPO_ROOT, 'core/src/content/en/ui.json'), 'utf8'));
const PRODUCT_NAME = pack.ui['app.title'];

let site;
let browser;
before(async () => ({ site, browser } = await openSiteAndBrowser()));
after(() => closeSiteAndBrowser({ site, browser }));

for (const [width, height] of [
  [390, 844],
  [1280, 800],
]) {
  test(`standalone page renders the app at ${width}x${height} with no console error`, async () => {
    site.clearRequests();
    const { page, errors, close } = await openPage(browser, site.url('/'), { width, height });
    try {
      // The app renders into #painmap once the wasm has loaded: wait for it, and if it never
      // comes, say what the console said rather than only "timeout".
      await page
        .locator('#painmap > *')
        .first()
        .waitFor({ state: 'attached', timeout: 15_000 })
        .catch((err) => {
          throw new Error(`the app did not mount: ${err.message}\n${errors.all().join('\n')}`);
        });
      const name = page.getByText(PRODUCT_NAME, { exact: true }).first();
      await name.waitFor({ state: 'visible', timeout: 15_000 });
      assert.equal((await name.textContent()).trim(), PRODUCT_NAME);

      await page.evaluate(() => document.fonts?.ready);
      const shot = await screenshot(page, `smoke-${width}x${height}`);
      assert.ok(readFileSync(shot).subarray(1, 4).toString() === 'PNG', `${shot} is a PNG`);

      assert.deepEqual(errors.all(), [], 'no console error and no uncaught exception');
      // The browser asks for /favicon.ico on its own; whether the site has one is not this test's business.
      const own = site.requests
        .filter((r) => r.status >= 400 && r.path !== '/favicon.ico')
        .map((r) => `${r.status} ${r.path}`);
      assert.deepEqual(own, [], 'every request the page made was answered');
    } finally {
      await close();
    }
  });
}

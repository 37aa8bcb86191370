// Every public vignette through the built widget, twice: by clicking through the check as a
// runner would, and by opening its share link. Both must reach the vignette's expected result.

import { test, before, after } from 'node:test';
import { openPage, openSiteAndBrowser, closeSiteAndBrowser } from './lib/browser.mjs';
import { loadVignettes, shareFragment, ready, pickRegions, answerAll, readResults, checkExpect } from './lib/flow.mjs';
import assert from 'node:assert/strict';

const vignettes = loadVignettes();
let site;
let browser;
before(async () => ({ site, browser } = await openSiteAndBrowser()));
after(() => closeSiteAndBrowser({ site, browser }));

for (const v of vignettes) {
  test(`vignette ${v.id}: clicking through the check`, async () => {
    const { page, errors, close } = await openPage(browser, site.url('/'), { width: 390, height: 844 });
    try {
      await ready(page);
      await pickRegions(page, v.regions);
      await page.locator('[data-action="next"]').first().click();
      const asked = await answerAll(page, v.answers);
      assert.equal(asked[0], 'red-flags', `${v.id}: the warning signs come first`);
      checkExpect(v.id, await readResults(page), v.expect);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${v.id}: the results fit a 390 px phone without sideways scrolling (${overflow}px too wide)`);
      assert.deepEqual(errors.all(), []);
    } finally {
      await close();
    }
  });

  test(`vignette ${v.id}: opening its share link`, async () => {
    const { page, errors, close } = await openPage(browser, site.url(`/#${shareFragment(v)}`), { width: 1280, height: 800 });
    try {
      checkExpect(v.id, await readResults(page), v.expect);
      assert.equal(await page.locator('[data-notice]').count(), 0, `${v.id}: a valid link raises no notice`);
      assert.deepEqual(errors.all(), []);
    } finally {
      await close();
    }
  });
}

// Every public vignette (v1, and v2 less the pending list) through the built widget, in English and
// in Spanish (`?locale=es`), twice each: by clicking through the check as a runner would, and by
// opening its share link. Both must reach the
// vignette's expected result. A `link_only` story runs by link only. A link without the warning
// signs must land on the warning-signs step (never on a result), say why, and show the results
// once they are answered.

import { test, before, after } from 'node:test';
import { openPage, openSiteAndBrowser, closeSiteAndBrowser } from './lib/browser.mjs';
import { loadVignettes, shareFragment, ready, pickRegions, answerAll, readResults, checkExpect } from './lib/flow.mjs';
import assert from 'node:assert/strict';

const vignettes = loadVignettes();
let site;
let browser;
/** Question screens each one-place story took by clicking (SPEC v2 aim: a median of 8 or fewer). */
const screens = new Map();
before(async () => ({ site, browser } = await openSiteAndBrowser()));
after(() => {
  const counts = [...screens.values()].sort((a, b) => a - b);
  if (counts.length) {
    const median = counts[Math.floor(counts.length / 2)];
    console.log(`one-place stories clicked: ${counts.length} · median ${median} · maximum ${counts.at(-1)} question screens`);
    for (const [id, n] of screens) console.log(`  ${id.padEnd(28)} ${n}`);
  }
  return closeSiteAndBrowser({ site, browser });
});

for (const locale of ['en', 'es']) for (const v of vignettes) {
  const query = locale === 'en' ? '' : `?locale=${locale}`;
  const name = locale === 'en' ? `vignette ${v.id}` : `vignette ${v.id} (${locale})`;
  if (!v.link_only) test(`${name}: clicking through the check`, async () => {
    const { page, errors, close } = await openPage(browser, site.url(`/${query}`), { width: 390, height: 844 });
    try {
      await ready(page);
      assert.equal(await page.locator('.pm-root').getAttribute('lang'), locale);
      await pickRegions(page, v.regions);
      await page.locator('[data-action="next"]').first().click();
      const asked = await answerAll(page, v.answers);
      assert.equal(asked[0], 'red-flags', `${v.id}: the warning signs come first`);
      if (v.regions.length === 1 && locale === 'en') screens.set(v.id, asked.length);
      checkExpect(v.id, await readResults(page), v.expect);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${v.id}: the results fit a 390 px phone without sideways scrolling (${overflow}px too wide)`);
      assert.deepEqual(errors.all(), []);
    } finally {
      await close();
    }
  });

  test(`${name}: opening its share link`, async () => {
    const { page, errors, close } = await openPage(browser, site.url(`/${query}#${shareFragment(v)}`), { width: 1280, height: 800 });
    try {
      if (v.answers['red-flags'] === undefined) {
        const step = page.locator('[data-question="red-flags"]');
        await step.waitFor({ timeout: 20_000 });
        assert.equal(await page.locator('[data-triage]').count(), 0, `${v.id}: no result before the warning signs`);
        assert.equal(await step.locator('[data-note="from-link"]').count(), 1, `${v.id}: the step says why it is there`);
        assert.equal(await step.locator('[data-action="results"]').getAttribute('aria-disabled'), 'true', `${v.id}: no skipping`);
        await step.locator('[data-action="results"]').click({ force: true });
        assert.equal(await page.locator('[data-triage]').count(), 0, `${v.id}: pressing it anyway shows no result`);
        await step.locator('[data-answer="none"]').check();
        await step.locator('[data-action="results"]').click();
        const r = await readResults(page);
        assert.ok(r.triage, `${v.id}: the link's results follow the answered signs`);
        assert.deepEqual(errors.all(), []);
        return;
      }
      checkExpect(v.id, await readResults(page), v.expect);
      assert.equal(await page.locator('[data-notice]').count(), 0, `${v.id}: a valid link raises no notice`);
      assert.deepEqual(errors.all(), []);
    } finally {
      await close();
    }
  });
}

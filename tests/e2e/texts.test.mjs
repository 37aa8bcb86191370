// The pack's texts come after the first screen: the wasm carries the skeleton (all the body map
// needs), and the widget fetches its language's texts file while the runner is on the map. A runner
// faster than the network waits on a labelled, focused "Loading the self-check…" step and moves on by
// themselves when the texts arrive; if they cannot be fetched, "Try again" fetches them again and
// nothing the runner picked is lost. Embedded, the file comes from the widget's own folder.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, assertNoViolations, screenshot, openSiteAndBrowser, closeSiteAndBrowser } from './lib/browser.mjs';
import { ready, pickRegions } from './lib/flow.mjs';

let site;
let browser;
before(async () => ({ site, browser } = await openSiteAndBrowser()));
after(() => closeSiteAndBrowser({ site, browser }));

const TEXTS = /\/texts-en-[0-9a-f]{16}\.txt$/;

test('the texts file is fetched once, after the wasm, and the map works without it', async () => {
  const { page, errors, close } = await openPage(browser, null, { width: 390, height: 844 });
  try {
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route(TEXTS, async (route) => { await held; await route.continue(); });
    // The page's own requests (the service worker's precache fetches every file again, apart).
    const asked = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(site.url('/'));
    await ready(page);
    await pickRegions(page, ['knee-front.left']);
    await page.locator('[data-action="next"]').click();

    // Waiting: a step of its own, named and focused, announced as loading.
    const waiting = page.locator('[data-loading="waiting"]');
    await waiting.waitFor();
    assert.equal(await page.locator('#pm-step-heading').innerText(), 'Loading the self-check…');
    await page.waitForFunction(() => document.activeElement?.id === 'pm-step-heading');
    await assertNoViolations(page, 'waiting for the texts');

    release();
    await page.locator('[data-question="red-flags"]').waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H2' && document.activeElement.closest('[data-question]'));
    const texts = asked.filter((p) => TEXTS.test(p));
    assert.equal(texts.length, 1, `the page fetched the texts once: ${asked.join(' ')}`);
    assert.ok(asked.indexOf(texts[0]) > asked.findIndex((p) => p.endsWith('_bg.wasm')), 'after the wasm');
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

for (const colorScheme of ['light', 'dark']) {
  test(`texts that cannot be fetched give a message and Try again, and keep the runner's picks (${colorScheme})`, async () => {
    const { page, close } = await openPage(browser, null, { width: 390, height: 844, colorScheme });
    try {
      await page.route(TEXTS, (route) => route.abort('internetdisconnected'));
      await page.goto(site.url('/'));
      await ready(page);
      await pickRegions(page, ['hip-outer.right']);
      await page.locator('[data-action="next"]').click();
      const failed = page.locator('[data-loading="failed"]');
      await failed.waitFor();
      assert.match(await failed.innerText(), /could not be loaded\. Check your connection, then try again\./);
      await assertNoViolations(page, `texts failed (${colorScheme})`);
      await screenshot(page, `texts-failed-390-${colorScheme}`, { fullPage: false });

      // Back online: Try again, by keyboard.
      await page.unroute(TEXTS);
      await page.locator('[data-action="retry"]').focus();
      await page.keyboard.press('Enter');
      await page.locator('[data-question="red-flags"]').waitFor();
      // The runner pressed Next and waited: the question's heading has the focus now.
      await page.waitForFunction(() => document.activeElement?.tagName === 'H2' && document.activeElement.closest('[data-question]'), null, { timeout: 3000 });
      const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('painmap.session')));
      assert.deepEqual(saved.regions, ['hip-outer.right']);
    } finally {
      await close();
    }
  });
}

test('a reload that opens on the results waits for the texts, then shows them, without taking focus', async () => {
  const KNEE = 'v=1&regions=knee-front.left&red-flags=none&pain-quality=dull-ache&aggravators=stairs&duration=under-2-weeks&trend=better&training-impact=none&weeks-to-race=12';
  const { page, errors, close } = await openPage(browser, null);
  try {
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route(TEXTS, async (route) => { await held; await route.continue(); });
    await page.goto(site.url(`/#${KNEE}`));
    await page.locator('[data-loading="waiting"]').waitFor();
    release();
    await page.locator('[data-condition]').first().waitFor();
    assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

// A share link pasted into a tab that already shows the widget (only the fragment changes, no
// reload) loads that check as a fresh load would: with the warning signs it shows its results,
// without them it waits on that step, an unusable one gives the fresh load's notices and leaves
// the check alone, and the fragment leaves the address bar as on a fresh load. A check in
// progress is never replaced without asking: the widget offers "Open the shared check" or "Keep
// my answers" first (focused, keyboard operable, axe-clean in light and dark). The embedded
// widget never reacts to its host page's fragment.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, assertNoViolations, screenshot, openSiteAndBrowser, closeSiteAndBrowser } from './lib/browser.mjs';
import { startServer } from './lib/server.mjs';
import { ready, pickRegions, readResults, headingFocused } from './lib/flow.mjs';

const KNEE = 'v=1&regions=knee-front.left&red-flags=none&pain-quality=dull-ache&aggravators=stairs&duration=under-2-weeks&trend=better&training-impact=none&weeks-to-race=12';
const KNEE_WITHOUT_SIGNS = KNEE.replace('&red-flags=none', '');
const NO_PLACE = 'v=1&regions=elbow.left&pain-quality=sharp';

let site;
let browser;
before(async () => ({ site, browser } = await openSiteAndBrowser()));
after(() => closeSiteAndBrowser({ site, browser }));

/** Pastes a link into the address bar of the open page: only the fragment changes. */
const paste = (page, fragment) => page.evaluate((f) => { location.hash = f; }, fragment);
const hash = (page) => page.evaluate(() => location.hash);
const choice = (page) => page.locator('[data-action="open-link"]');

/**
 * The outer hip picked, the warning signs answered, and the next question answered with its first
 * choice: a check in progress. Returns the question left on screen and the answer ticked there.
 */
async function checkInProgress(page) {
  await ready(page);
  await pickRegions(page, ['hip-outer.right']);
  await page.locator('[data-action="next"]').click();
  const signs = page.locator('[data-question="red-flags"]');
  await signs.locator('[data-answer="none"]').check();
  await signs.locator('[data-action="next"]').click();
  const step = page.locator('[data-question]:not([data-question="red-flags"])').first();
  await step.waitFor();
  const question = await step.getAttribute('data-question');
  const first = step.locator('input[type="radio"]').first();
  await first.check();
  return { question, answer: await first.getAttribute('data-answer') };
}

/** Whether the widget still shows `question` with `answer` ticked, and the outer hip picked. */
async function assertUnchanged(page, { question, answer }, why) {
  const step = page.locator(`[data-question="${question}"]`);
  await step.waitFor({ timeout: 5000 });
  assert.ok(await step.locator(`[data-answer="${answer}"]`).isChecked(), `${why}: the answer stays ticked`);
  assert.equal(await page.locator('[data-triage]').count(), 0, `${why}: no results`);
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('painmap.session')));
  assert.deepEqual(saved.regions, ['hip-outer.right'], `${why}: the saved check is the runner's`);
}

for (const colorScheme of ['light', 'dark']) {
  test(`a pasted link over a check in progress asks first; keeping changes nothing, opening shows its results (${colorScheme})`, async () => {
    const { page, errors, close } = await openPage(browser, site.url('/'), { colorScheme, width: 390, height: 844 });
    try {
      const mine = await checkInProgress(page);
      await paste(page, KNEE);
      await choice(page).waitFor({ timeout: 5000 });

      // A group named by its question, holding the focus, with the two choices.
      const group = page.locator('[role="group"]:has([data-action="open-link"])');
      assert.equal(await group.count(), 1);
      const name = await group.evaluate((g) => g.ownerDocument.getElementById(g.getAttribute('aria-labelledby'))?.textContent);
      assert.equal(name, 'Open the shared check? It replaces your current answers.');
      await page.waitForFunction(() => document.activeElement?.querySelector?.('[data-action="open-link"]'), null, { timeout: 3000 });
      assert.equal(await choice(page).innerText(), 'Open the shared check');
      assert.equal(await page.locator('[data-action="keep-mine"]').innerText(), 'Keep my answers');
      // Asking changes nothing yet; the link has left the address bar as on a fresh load.
      await assertUnchanged(page, mine, 'while asking');
      assert.equal(await hash(page), '');
      await assertNoViolations(page, `the choice about a pasted link (${colorScheme})`);
      await screenshot(page, `same-tab-link-choice-390-${colorScheme}`);

      // "Keep my answers" from the keyboard: Tab to it, Enter.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.action), 'open-link');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.action), 'keep-mine');
      await page.keyboard.press('Enter');
      await choice(page).waitFor({ state: 'detached', timeout: 5000 });
      await assertUnchanged(page, mine, 'after keeping');
      await headingFocused(page);
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H2', 'focus goes back to the step');
      assert.equal(await hash(page), '');

      // The same link again, and this time "Open the shared check" (with the keyboard too).
      await paste(page, KNEE);
      await choice(page).waitFor({ timeout: 5000 });
      await page.waitForFunction(() => document.activeElement?.querySelector?.('[data-action="open-link"]'), null, { timeout: 3000 });
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const r = await readResults(page);
      assert.equal(r.triage, 'self-care', 'the link\'s own results');
      assert.equal(r.conditions[0], 'patellofemoral-pain');
      assert.equal(await choice(page).count(), 0);
      assert.equal(await hash(page), '');
      const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('painmap.session')));
      assert.deepEqual(saved.regions, ['knee-front.left'], 'the opened link is now the saved check');

      // The very check on screen pasted again: nothing to lose, so no question.
      await paste(page, KNEE);
      await page.waitForFunction(() => location.hash === '', null, { timeout: 5000 });
      assert.equal(await choice(page).count(), 0, 'the same check opens without asking');
      assert.equal((await readResults(page)).triage, 'self-care');
      assert.deepEqual(errors.all(), []);
    } finally {
      await close();
    }
  });
}

test('a pasted link over a blank check opens at once, as a fresh load does', async () => {
  const { page, errors, close } = await openPage(browser, site.url('/'), { width: 1280, height: 800 });
  try {
    await ready(page);
    await paste(page, KNEE);
    const r = await readResults(page);
    assert.equal(r.triage, 'self-care');
    assert.equal(r.conditions[0], 'patellofemoral-pain');
    assert.equal(await choice(page).count(), 0, 'nothing to lose: no question');
    assert.equal(await page.locator('[data-notice]').count(), 0, 'a valid link raises no notice');
    assert.equal(await hash(page), '', 'the link leaves the address bar');
    await headingFocused(page);
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H2', 'focus goes to the results');
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

test('a pasted link without the warning signs lands on that step, then shows its results', async () => {
  const { page, errors, close } = await openPage(browser, site.url('/'), { width: 390, height: 844 });
  try {
    await ready(page);
    await paste(page, KNEE_WITHOUT_SIGNS);
    const step = page.locator('[data-question="red-flags"]');
    await step.waitFor({ timeout: 5000 });
    assert.equal(await page.locator('[data-triage]').count(), 0, 'no result before the warning signs');
    assert.equal(await step.locator('[data-note="from-link"]').count(), 1, 'the step says why it is there');
    assert.equal(await step.locator('[data-action="results"]').getAttribute('aria-disabled'), 'true');
    assert.equal(await hash(page), '');
    await step.locator('[data-answer="none"]').check();
    await step.locator('[data-action="results"]').click();
    assert.equal((await readResults(page)).triage, 'self-care');
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

test('an unusable pasted link gives the fresh load\'s notices and leaves the check as it is', async () => {
  // What a fresh load of the same link says.
  const fresh = await openPage(browser, site.url(`/#${NO_PLACE}`), { width: 390, height: 844 });
  let expected;
  try {
    await ready(fresh.page);
    expected = await fresh.page.locator('[data-notice] li').allInnerTexts();
    assert.ok(expected.length >= 2, `a fresh load lists what it could not use: ${expected}`);
    assert.equal(await hash(fresh.page), `#${NO_PLACE}`, 'a fresh load leaves an unusable link in place');
  } finally {
    await fresh.close();
  }
  const { page, errors, close } = await openPage(browser, site.url('/'), { width: 390, height: 844 });
  try {
    const mine = await checkInProgress(page);
    await paste(page, NO_PLACE);
    await page.locator('[data-notice]').waitFor({ timeout: 5000 });
    assert.deepEqual(await page.locator('[data-notice] li').allInnerTexts(), expected, 'the same notices');
    assert.equal(await choice(page).count(), 0, 'nothing to open, nothing to ask');
    await assertUnchanged(page, mine, 'after an unusable link');
    assert.equal(await hash(page), `#${NO_PLACE}`, 'left in place, as on a fresh load');
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

test('the embedded widget never reacts to its host page\'s fragment', async () => {
  const widget = await startServer({ headers: { 'Access-Control-Allow-Origin': '*' } });
  const host = await startServer({
    root: null,
    pages: {
      '/': {
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head>
<body><h1>Harbour Physio</h1><div data-painmap></div><script src="${widget.url('/embed.js')}" defer></script></body></html>`,
      },
    },
  });
  const { page, errors, close } = await openPage(browser, host.url('/'), { width: 1280, height: 800 });
  try {
    await page.locator('[data-painmap] [data-region]').first().waitFor({ timeout: 20_000 });
    await paste(page, KNEE);
    // Give a listener, were there one, time to act.
    await page.waitForTimeout(500);
    assert.equal(await page.locator('[data-painmap] [data-triage]').count(), 0, 'no results from the host\'s fragment');
    assert.equal(await page.locator('[data-painmap] [data-action="open-link"]').count(), 0);
    assert.equal(await hash(page), `#${KNEE}`, 'the host page\'s fragment is its own');
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
    await host.close();
    await widget.close();
  }
});

test('a link opened in a new load over a saved check in progress asks first too', async () => {
  const { page, errors, close } = await openPage(browser, site.url('/'), { width: 390, height: 844 });
  try {
    const mine = await checkInProgress(page);
    // Another load of the page with the link (another tab, or a link to a different address).
    await page.goto('about:blank');
    await page.goto(site.url(`/#${KNEE}`), { waitUntil: 'load' });
    await choice(page).waitFor({ timeout: 10_000 });
    await assertUnchanged(page, mine, 'before the runner chooses');
    await page.locator('[data-action="keep-mine"]').click();
    await assertUnchanged(page, mine, 'after Keep my answers');
    // The same link again, opened this time.
    await page.goto('about:blank');
    await page.goto(site.url(`/#${KNEE}`), { waitUntil: 'load' });
    await choice(page).click();
    const r = await readResults(page);
    assert.equal(r.triage, 'self-care');
    assert.equal(r.conditions[0], 'patellofemoral-pain');
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

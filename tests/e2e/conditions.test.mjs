// SPEC v2's new places and conditions in the built widget: the sit bone on the back view, the
// groin and the inside of the knee drawn as covered; a tendon that starts where it hurts (origin
// `local`) shown with no arrow and what loads it; a new exercise card with its drawing. Each screen
// is checked with axe in light and dark and screenshotted at 390 and 1280 px.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, assertNoViolations, screenshot, openSiteAndBrowser, closeSiteAndBrowser } from './lib/browser.mjs';
import { ready, pickRegions, answerAll, readResults, shareFragment } from './lib/flow.mjs';

let site;
let browser;
before(async () => ({ site, browser } = await openSiteAndBrowser()));
after(() => closeSiteAndBrowser({ site, browser }));

const SIZES = [[390, 844], [1280, 800]];

// Pinpoint pain below the left kneecap, sore to press, eases once warm, uphill and squats hurt.
const TENDON = {
  regions: ['knee-below-kneecap.left'],
  answers: {
    'red-flags': ['none'], 'pain-timing': 'early-then-eases', aggravators: ['uphill', 'squatting'],
    'press-tender': 'yes', duration: 'under-2-weeks', trend: 'better', 'training-impact': 'some',
    'self-care-result': 'not-tried', 'weeks-to-race': 10,
  },
};

for (const colorScheme of ['light', 'dark']) {
  test(`the back view has the sit bone, and the groin and inner knee are covered (${colorScheme})`, async () => {
    for (const [width, height] of SIZES) {
      const { page, errors, close } = await openPage(browser, site.url('/'), { colorScheme, width, height });
      try {
        await ready(page);
        await page.locator('[data-view="back"]').click();
        const sit = page.locator('svg [data-region="sit-bone"][data-side="left"]');
        await sit.click();
        const chip = page.locator('[data-chip="sit-bone.left"]');
        await chip.waitFor();
        assert.match(await chip.innerText(), /sit bone/i, 'the pick is named');
        assert.equal(await chip.evaluate((n) => n.classList.contains('pm-chip--other')), false, 'and covered');
        const box = await sit.boundingBox();
        assert.ok(box.width >= 24 && box.height >= 24, `the sit bone is a visible region (${JSON.stringify(box)})`);
        await assertNoViolations(page, `back view with the sit bone (${colorScheme}, ${width})`);
        await screenshot(page, `v2-map-back-sit-bone-${colorScheme}-${width}`);
        await page.locator('[data-view="front"]').click();
        for (const region of ['groin', 'knee-inner']) {
          const el = page.locator(`svg [data-region="${region}"][data-side="right"]`).first();
          const covered = await el.evaluate((n) => !n.closest('.pm-region--other'));
          assert.ok(covered, `${region} is drawn as covered`);
        }
        await screenshot(page, `v2-map-front-${colorScheme}-${width}`);
        assert.deepEqual(errors.all(), []);
      } finally {
        await close();
      }
    }
  });

  test(`a tendon that starts where it hurts: no arrow, what loads it, and its exercise cards (${colorScheme})`, async () => {
    for (const [width, height] of SIZES) {
      const { page, errors, close } = await openPage(browser, site.url(`/#${shareFragment(TENDON)}`), { colorScheme, width, height });
      try {
        const r = await readResults(page);
        assert.equal(r.conditions[0], 'patellar-tendinopathy');
        assert.equal(r.origins[0], 'local');
        const view = page.locator('[data-condition="patellar-tendinopathy"] [data-origin-view="local"]').first();
        await view.waitFor();
        assert.equal(await view.locator('.pm-origin-arrow').count(), 0, 'no arrow');
        assert.match(await view.locator('[data-origin-loads]').innerText(), /\w+/, 'what loads it is named');
        assert.match(await view.innerText(), /where it hurts/i);
        for (const e of ['wall-sit-hold', 'slow-heavy-squat']) {
          const card = page.locator(`[data-exercise="${e}"]`).first();
          await card.waitFor();
          assert.equal(await card.locator('svg.pm-art').count(), 1, `${e} has its drawing`);
          assert.match(await card.innerText(), /\d/, `${e} says its dose`);
        }
        await assertNoViolations(page, `local origin results (${colorScheme}, ${width})`);
        await view.scrollIntoViewIfNeeded();
        await screenshot(page, `v2-results-local-origin-${colorScheme}-${width}`, { fullPage: false });
        await page.locator('[data-exercise="wall-sit-hold"]').first().scrollIntoViewIfNeeded();
        await screenshot(page, `v2-exercise-card-${colorScheme}-${width}`, { fullPage: false });
        assert.deepEqual(errors.all(), []);
      } finally {
        await close();
      }
    }
  });
}

test('clicking: a high hamstring story at the sit bone asks its tendon questions, not the hip joint\'s', async () => {
  const { page, errors, close } = await openPage(browser, site.url('/'), { width: 390, height: 844 });
  try {
    await ready(page);
    await pickRegions(page, ['sit-bone.right']);
    await page.locator('[data-action="next"]').first().click();
    const asked = await answerAll(page, {
      'red-flags': ['none'], aggravators: ['long-sitting', 'uphill'], 'press-tender': 'yes', 'leg-symptoms': 'no',
      'volume-jump': 'no', 'build-week': 'weeks-7-plus', duration: '2-weeks-plus', 'weeks-to-race': 14,
    });
    assert.equal(asked[0], 'red-flags');
    assert.ok(!asked.includes('hip-joint-signs'), `the hip joint's signs are not asked at the sit bone: ${asked}`);
    assert.ok(asked.includes('aggravators'));
    const r = await readResults(page);
    assert.equal(r.conditions[0], 'proximal-hamstring-tendinopathy');
    assert.ok(r.exercises.includes('bridge-hold'));
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

test('what makes it worse offers only answers that matter for the places picked', async () => {
  const { page, errors, close } = await openPage(browser, site.url('/'), { width: 1280, height: 800 });
  try {
    await ready(page);
    await pickRegions(page, ['knee-front.left']);
    await page.locator('[data-action="next"]').first().click();
    await page.locator('[data-question="red-flags"] [data-answer="none"]').check();
    await page.locator('[data-question="red-flags"] [data-action="next"]').click();
    const step = page.locator('[data-question="aggravators"]');
    await page.locator('[data-question="pain-timing"] [data-answer="unsure"]').check();
    await page.locator('[data-question="pain-timing"] [data-action="next"]').click();
    await step.waitFor();
    const offered = await step.locator('[data-answer]').evaluateAll((els) => els.map((e) => e.getAttribute('data-answer')));
    assert.ok(offered.includes('downhill') && offered.includes('stairs') && offered.includes('none'), `${offered}`);
    assert.ok(!offered.includes('lying-on-that-side') && !offered.includes('crossing-legs'), `no hip answers at the knee: ${offered}`);
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

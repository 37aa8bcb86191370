// SPEC v2's safety rules in the built widget, as a runner meets them: Next waits on the warning
// signs (and says why, to a screen reader too); a share link without them lands on that step; the
// signs are offered where they apply; a bone-stress place that hurts when walking stops the check
// with how to move until seen; the bone-stress caution shows on the results and in print. Each
// new screen is checked with axe, in light and dark, and screenshotted at 390 and 1280 px.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, assertNoViolations, screenshot, openSiteAndBrowser, closeSiteAndBrowser } from './lib/browser.mjs';
import { ready, pickRegions, answerAll, readResults, shareFragment } from './lib/flow.mjs';

let site;
let browser;
before(async () => ({ site, browser } = await openSiteAndBrowser()));
after(() => closeSiteAndBrowser({ site, browser }));

/** The accessibility-tree node Chromium exposes for `selector`. */
async function axNode(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    return nodes[0];
  } finally {
    await cdp.detach();
  }
}

async function toWarningSigns(page, regions) {
  await ready(page);
  await pickRegions(page, regions);
  await page.locator('[data-action="next"]').click();
  const step = page.locator('[data-question="red-flags"]');
  await step.waitFor();
  return step;
}

// A groin that now hurts when walking, five weeks into a build with a big jump in distance.
const GROIN = {
  regions: ['groin.left'],
  answers: { 'red-flags': ['none'], 'pain-timing': 'walking-or-rest', 'build-week': 'weeks-4-6', 'volume-jump': 'yes' },
};
// The outer thigh (IT band) after a jump in distance: self-care for the knee's cause, with the caution.
const THIGH = {
  regions: ['thigh-outer.right'],
  answers: {
    'red-flags': ['none'], 'pain-quality': 'sharp', 'pain-timing': 'builds-miles-in', 'volume-jump': 'yes',
    duration: 'under-2-weeks', trend: 'same', 'training-impact': 'none', 'weeks-to-race': 10,
  },
};

for (const colorScheme of ['light', 'dark']) {
  test(`Next is disabled and its reason announced on an empty warning-signs step (${colorScheme})`, async () => {
    const { page, errors, close } = await openPage(browser, site.url('/'), { colorScheme, width: 390, height: 844 });
    try {
      const step = await toWarningSigns(page, ['knee-front.left']);
      const next = step.locator('.pm-nav .pm-button--primary');
      assert.equal(await next.getAttribute('aria-disabled'), 'true', 'nothing ticked: Next is disabled');
      assert.equal(await next.getAttribute('disabled'), null, 'and still reachable with Tab');
      const describedBy = await next.getAttribute('aria-describedby');
      const why = page.locator(`#${describedBy}`);
      assert.match(await why.innerText(), /None of these/, 'the reason names the way on');
      assert.equal(await why.getAttribute('role'), 'status', 'and is announced when it appears');
      // What a screen reader gets for the button, from Chromium's accessibility tree: disabled,
      // with the reason as its description.
      const ax = await axNode(page, '[data-question="red-flags"] [data-action="next"]');
      const disabled = ax.properties?.find((p) => p.name === 'disabled')?.value?.value;
      assert.equal(disabled, true, JSON.stringify(ax));
      assert.match(ax.description?.value ?? '', /None of these/, JSON.stringify(ax));
      await assertNoViolations(page, `empty warning-signs step (${colorScheme})`);
      await screenshot(page, `safety-signs-empty-390-${colorScheme}`);

      // A click on the disabled button goes nowhere; so does Enter on it from the keyboard.
      assert.ok(await next.isDisabled(), 'Playwright, like assistive technology, sees it disabled');
      await next.click({ force: true });
      await next.focus();
      await page.keyboard.press('Enter');
      assert.equal(await page.locator('[data-question="red-flags"]').count(), 1);

      // A sign, then "None of these": each enables Next, and they exclude each other.
      await step.locator('[data-answer="calf-hot-swollen"]').check();
      assert.equal(await next.getAttribute('aria-disabled'), null);
      assert.equal(await page.locator('[data-required]').count(), 0);
      await step.locator('[data-answer="none"]').check();
      assert.ok(!(await step.locator('[data-answer="calf-hot-swollen"]').isChecked()), '"None of these" clears the sign');
      await step.locator('[data-answer="calf-hot-swollen"]').check();
      assert.ok(!(await step.locator('[data-answer="none"]').isChecked()), 'a sign clears "None of these"');
      // A sign ends the check: the button says so.
      assert.match(await next.innerText(), /what to do now/i);
      await step.locator('[data-answer="calf-hot-swollen"]').uncheck();
      assert.equal(await next.getAttribute('aria-disabled'), 'true', 'unticked again: disabled again');
      await step.locator('[data-answer="none"]').check();
      await assertNoViolations(page, `answered warning-signs step (${colorScheme})`);
      await next.click();
      await page.waitForFunction(() => !document.querySelector('[data-question="red-flags"]'));
      assert.deepEqual(errors.all(), []);
    } finally {
      await close();
    }
  });

  test(`a share link without the warning signs lands on that step, says why, then shows its results (${colorScheme})`, async () => {
    const frag = 'v=1&regions=knee-front.left&pain-quality=dull-ache&aggravators=stairs&duration=under-2-weeks&trend=better&training-impact=none&weeks-to-race=12';
    for (const [w, h] of [[390, 844], [1280, 800]]) {
      const { page, errors, close } = await openPage(browser, site.url(`/#${frag}`), { colorScheme, width: w, height: h });
      try {
        const step = page.locator('[data-question="red-flags"]');
        await step.waitFor({ timeout: 20_000 });
        assert.equal(await page.locator('[data-triage]').count(), 0, 'no result before the warning signs');
        assert.match(await step.locator('[data-note="from-link"]').innerText(), /link/i);
        const forward = step.locator('[data-action="results"]');
        assert.equal(await forward.getAttribute('aria-disabled'), 'true');
        await assertNoViolations(page, `link landing on the warning signs (${colorScheme}, ${w})`);
        await screenshot(page, `safety-link-landing-${w}-${colorScheme}`);
        await step.locator('[data-answer="none"]').check();
        await forward.click();
        const r = await readResults(page);
        assert.equal(r.triage, 'self-care', 'the link\'s own result, once the signs are answered');
        assert.deepEqual(errors.all(), []);
      } finally {
        await close();
      }
    }
  });

  test(`the bone-stress caution shows on the results and in print, whatever the triage (${colorScheme})`, async () => {
    for (const [name, v, triage] of [['urgent', GROIN, 'urgent'], ['self-care', THIGH, 'self-care']]) {
      for (const [w, h] of [[390, 844], [1280, 800]]) {
        const { page, errors, close } = await openPage(browser, site.url(`/#${shareFragment(v)}`), { colorScheme, width: w, height: h });
        try {
          const r = await readResults(page);
          assert.equal(r.triage, triage, name);
          assert.deepEqual(r.cautions, ['bone-stress'], name);
          const caution = page.locator('[data-caution="bone-stress"]');
          assert.match(await caution.innerText(), /hop/i, 'it says what to watch for');
          // Right under the triage, above everything else (the matches, the plan, the signs).
          const order = await page.evaluate(() => {
            const c = document.querySelector('[data-caution]');
            const follows = (a, b) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
            const after = [...document.querySelectorAll('.pm-results section, .pm-results aside')].filter((x) => x !== c && !x.contains(c) && !c.contains(x) && !x.matches('[data-triage]'));
            return { underTriage: follows(document.querySelector('[data-triage]'), c), firstAfter: after.filter((x) => follows(x, c)).length === 0 };
          });
          assert.ok(order.underTriage && order.firstAfter, `the caution comes right under the triage: ${JSON.stringify(order)}`);
          if (triage === 'urgent') {
            assert.equal(await page.locator('[data-bone-stress-advice]').count(), 1, 'how to move until seen');
            assert.match(await page.locator('[data-bone-stress-advice]').innerText(), /crutch/i);
            assert.equal(await page.locator('[data-red-flag="walking-or-rest"]').count(), 1);
          }
          await assertNoViolations(page, `${name} results with the caution (${colorScheme}, ${w})`);
          await screenshot(page, `safety-caution-${name}-${w}-${colorScheme}`);
          await page.emulateMedia({ media: 'print', colorScheme });
          assert.ok(await caution.isVisible(), 'the caution is printed');
          await assertNoViolations(page, `print of ${name} with the caution (${colorScheme})`);
          assert.deepEqual(errors.all(), []);
        } finally {
          await close();
        }
      }
    }
  });
}

test('warning signs are offered where they apply', async () => {
  const offered = async (regions) => {
    const { page, close } = await openPage(browser, site.url('/'));
    try {
      const step = await toWarningSigns(page, regions);
      return await step.locator('[data-answer]').evaluateAll((els) => els.map((e) => e.getAttribute('data-answer')));
    } finally {
      await close();
    }
  };
  const knee = await offered(['knee-below-kneecap.left']);
  assert.ok(knee.includes('locking-or-giving-way') && !knee.includes('pain-hopping-or-limping'), knee.join());
  const hip = await offered(['hip-front.right']);
  assert.ok(hip.includes('pain-hopping-or-limping') && !hip.includes('locking-or-giving-way'), hip.join());
  assert.equal(hip[0], 'pain-hopping-or-limping', 'at the front of the hip the fracture signs come first');
  const foot = await offered(['foot.left']);
  assert.ok(foot.includes('calf-hot-swollen') && foot.includes('none'), 'still asked for places the check does not cover');
  for (const v2 of ['hot-red-swollen-joint', 'chest-pain-or-breathless', 'calf-hot-swollen', 'cancer-history', 'fall-osteoporosis-or-steroids']) {
    assert.ok(knee.includes(v2), `${v2} is asked`);
  }
});

test('clicking through: a shin that hurts when walking after a jump in distance is urgent, with no plan', async () => {
  const { page, errors, close } = await openPage(browser, site.url('/'), { width: 390, height: 844 });
  try {
    await ready(page);
    await pickRegions(page, ['shin.left']);
    await page.locator('[data-action="next"]').click();
    const asked = await answerAll(page, { 'red-flags': ['none'], 'pain-timing': 'walking-or-rest', 'volume-jump': 'yes', 'bone-risk': ['under-fuelling'] });
    // Walking pain there is urgent: after it only the build questions of the caution are asked
    // (bone-risk could add nothing to a stop screen).
    assert.deepEqual(asked, ['red-flags', 'pain-timing', 'build-week', 'volume-jump'], 'the bone-stress screen, though the shin is outside the check');
    const r = await readResults(page);
    assert.equal(r.triage, 'urgent');
    assert.deepEqual(r.exercises, []);
    assert.deepEqual(r.cautions, ['bone-stress']);
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

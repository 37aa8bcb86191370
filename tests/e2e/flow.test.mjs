// The self-check as a runner lives it: answers survive Back/Next and a reload, a corrupted saved
// session and a tampered share link each give a notice and a working widget, the whole check can
// be done with the keyboard alone, print gives a clean summary, and results are screenshotted at
// phone and desktop widths in light and dark.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, openSiteAndBrowser, closeSiteAndBrowser } from './lib/browser.mjs';
import { loadVignettes, shareFragment, ready, pickRegions, answerAll, readResults, checkExpect, headingFocused } from './lib/flow.mjs';

const vignettes = loadVignettes();
const knee = vignettes.find((v) => v.id === 'runners-knee-classic');
const STORAGE_KEY = 'painmap.session';

let site;
let browser;
before(async () => ({ site, browser } = await openSiteAndBrowser()));
after(() => closeSiteAndBrowser({ site, browser }));

async function currentQuestion(page) {
  const q = page.locator('[data-question]').first();
  await q.waitFor({ state: 'attached' });
  return q.getAttribute('data-question');
}

test('Back and Next keep answers, and a reload mid-check restores the step and the answers', async () => {
  const { page, errors, close } = await openPage(browser, site.url('/'), { width: 390, height: 844 });
  try {
    await ready(page);
    await pickRegions(page, ['knee-front.left']);
    await page.locator('[data-action="next"]').click();
    assert.equal(await currentQuestion(page), 'red-flags');
    await page.locator('[data-question="red-flags"] [data-answer="none"]').check();
    await page.locator('[data-action="next"]').click();
    const second = await currentQuestion(page);
    assert.notEqual(second, 'red-flags');
    const firstChoice = page.locator(`[data-question="${second}"] [data-answer]`).first();
    const chosen = await firstChoice.getAttribute('data-answer');
    await firstChoice.check();
    await page.locator('[data-action="next"]').click();
    assert.notEqual(await currentQuestion(page), second);

    // Back twice: both answers are still there.
    await page.locator('[data-action="back"]').click();
    assert.equal(await currentQuestion(page), second);
    assert.ok(await page.locator(`[data-question="${second}"] [data-answer="${chosen}"]`).isChecked());
    await page.locator('[data-action="back"]').click();
    assert.ok(await page.locator('[data-question="red-flags"] [data-answer="none"]').isChecked());

    // Forward again, then reload: same step, same answers.
    await page.locator('[data-action="next"]').click();
    assert.equal(await currentQuestion(page), second);
    await page.reload();
    assert.equal(await currentQuestion(page), second);
    assert.ok(await page.locator(`[data-question="${second}"] [data-answer="${chosen}"]`).isChecked());
    await page.locator('[data-action="back"]').click();
    assert.ok(await page.locator('[data-question="red-flags"] [data-answer="none"]').isChecked());
    await page.locator('[data-action="back"]').click();
    // Back on the map: the place picked before the reload is still picked.
    const knee = page.locator('[data-region="knee-front"][data-side="left"]').first();
    await knee.waitFor();
    const picked = (await knee.getAttribute('aria-checked')) ?? String(await knee.isChecked());
    assert.equal(picked, 'true', 'the left knee is still picked');
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

test('Start over clears the check and the saved session', async () => {
  const { page, close } = await openPage(browser, site.url(`/#${shareFragment(knee)}`));
  try {
    await readResults(page);
    await page.locator('[data-action="restart"]').click();
    await page.locator('[data-region]').first().waitFor();
    assert.equal(await page.locator('[data-triage]').count(), 0);
    const saved = await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
    assert.ok(saved === null || !saved.includes('knee-front'), 'no trace of the old check is kept');
    await page.reload();
    await ready(page);
    assert.equal(await page.locator('[data-triage]').count(), 0, 'a reload after Start over shows the map');
  } finally {
    await close();
  }
});

test('a corrupted saved session shows a notice and a working widget', async () => {
  for (const bad of ['{"v":1,"session":{"regions":["knee-front.left"', 'not json at all', '{"v":99}', '{"v":1,"session":{"regions":["elbow.left"]}}']) {
    const { page, errors, close } = await openPage(browser, null);
    try {
      await page.goto(site.url('/'));
      // Let the app boot (and save its own fresh session) before planting the bad entry.
      await ready(page);
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, bad]);
      await page.reload();
      await ready(page);
      const notice = page.locator('[data-notice]');
      await notice.waitFor({ timeout: 10_000 });
      assert.ok((await notice.textContent()).trim().length > 10, `a readable notice for ${bad}`);
      // The widget works: a whole check still completes.
      await pickRegions(page, knee.regions);
      await page.locator('[data-action="next"]').click();
      await answerAll(page, knee.answers);
      checkExpect(knee.id, await readResults(page), knee.expect);
      assert.deepEqual(errors.pageErrors, [], 'no uncaught exception');
    } finally {
      await close();
    }
  }
});

test('a tampered share link lists what it ignored and still shows results', async () => {
  const frag = shareFragment(knee)
    .replace('pain-quality=dull-ache', 'pain-quality=burning')
    .replace('regions=knee-front.left', 'regions=knee-front.left,elbow.left')
    .concat('&evil=<script>alert(1)</script>');
  const { page, errors, close } = await openPage(browser, site.url(`/#${frag}`));
  try {
    const r = await readResults(page);
    assert.ok(r.conditions.length > 0, 'the usable part of the link still gives results');
    const notice = page.locator('[data-notice]');
    await notice.waitFor();
    const text = await notice.textContent();
    for (const bit of ['evil', 'burning', 'elbow']) assert.ok(text.includes(bit), `the notice names ${bit}: ${text}`);
    assert.equal(await page.locator('script:not([src])').filter({ hasText: 'evil' }).count(), 0);
    assert.deepEqual(errors.pageErrors, []);
  } finally {
    await close();
  }
  // A link with nothing usable: a notice and the map.
  const { page: p2, close: c2 } = await openPage(browser, site.url('/#%%%garbage&&=='));
  try {
    await ready(p2);
    await p2.locator('[data-notice]').waitFor();
    assert.equal(await p2.locator('[data-triage]').count(), 0);
  } finally {
    await c2();
  }
});

test('a whole check can be completed with the keyboard alone', async () => {
  const { page, errors, close } = await openPage(browser, site.url('/'), { width: 1280, height: 900 });
  try {
    await ready(page);
    // Tab to the list view switch and open it, then tab to the left knee and tick it with Space.
    const press = (k) => page.keyboard.press(k);
    const focused = () => page.evaluate(() => {
      const el = document.activeElement;
      return el ? { action: el.getAttribute('data-action'), view: el.getAttribute('data-view'), region: el.getAttribute('data-region'), side: el.getAttribute('data-side'), answer: el.getAttribute('data-answer') } : {};
    });
    const tabTo = async (pred, limit = 80) => {
      for (let i = 0; i < limit; i++) {
        await press('Tab');
        if (pred(await focused())) return;
      }
      throw new Error('could not reach the control with Tab');
    };
    await tabTo((f) => f.view === 'list');
    await press('Enter');
    await tabTo((f) => f.region === 'knee-front' && f.side === 'left');
    await press('Space');
    await tabTo((f) => f.action === 'next');
    await press('Enter');
    // Each question: focus moves to its heading; Tab to the chosen answer, Space, then to Next.
    for (let i = 0; i < 30; i++) {
      if (await page.locator('[data-triage]').count()) break;
      const q = await currentQuestion(page);
      await headingFocused(page);
      const heading = await page.evaluate(() => document.activeElement?.tagName);
      assert.equal(heading, 'H2', `focus is on the heading of ${q}`);
      const a = knee.answers[q];
      const want = q === 'weeks-to-race' ? 'weeks' : Array.isArray(a) ? a[0] : a;
      if (want !== undefined) {
        const radio = await page.locator(`[data-question="${q}"] input[type="radio"]`).count();
        if (radio) {
          // A radio group is one tab stop; the arrow keys move through it and choose.
          await tabTo((f) => f.answer !== null, 30);
          for (let k = 0; k < 8 && (await focused()).answer !== want; k++) await press('ArrowDown');
          assert.equal((await focused()).answer, want);
          await press('Space');
        } else {
          await tabTo((f) => f.answer === want, 30);
          if (want === 'weeks') await page.keyboard.type(String(a));
          else await press('Space');
        }
        if (Array.isArray(a)) {
          for (const more of a.slice(1)) {
            await tabTo((f) => f.answer === more, 30);
            await press('Space');
          }
        }
      }
      await tabTo((f) => f.action === 'next' || f.action === 'results', 30);
      await press('Enter');
    }
    const r = await readResults(page);
    checkExpect(knee.id, r, knee.expect);
    await headingFocused(page);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'pm-results-heading');
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

test('print gives a clean summary without buttons or the interactive map', async () => {
  const { page, close } = await openPage(browser, site.url(`/#${shareFragment(knee)}`));
  try {
    await readResults(page);
    await page.emulateMedia({ media: 'print' });
    const visible = await page.evaluate(() => {
      const shown = (el) => !!el && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
      return {
        buttons: [...document.querySelectorAll('button')].filter(shown).length,
        answers: shown(document.querySelector('[data-answers]')),
        triage: shown(document.querySelector('[data-triage]')),
        plan: shown(document.querySelector('[data-plan]')),
        exercises: [...document.querySelectorAll('[data-exercise]')].filter(shown).length,
      };
    });
    assert.equal(visible.buttons, 0, 'no buttons in print');
    assert.ok(visible.answers && visible.triage && visible.plan, JSON.stringify(visible));
    assert.ok(visible.exercises > 0);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 1 && pages <= 2, `a one-to-two page printout (${pages} pages)`);
    await screenshot(page, 'results-print');
  } finally {
    await close();
  }
});

for (const colorScheme of ['light', 'dark']) {
  for (const [w, h] of [[390, 844], [1280, 800]]) {
    test(`results screenshot ${w}x${h} ${colorScheme}`, async () => {
      const { page, errors, close } = await openPage(browser, site.url(`/#${shareFragment(knee)}`), { width: w, height: h, colorScheme });
      try {
        await readResults(page);
        await screenshot(page, `results-${w}-${colorScheme}`);
        assert.deepEqual(errors.all(), []);
      } finally {
        await close();
      }
    });
  }
}

test('distances follow the km/miles switch, and the choice survives a reload', async () => {
  const hip = vignettes.find((v) => v.id === 'hip-from-lumbar');
  const { page, errors, close } = await openPage(browser, site.url(`/#${shareFragment(hip)}`));
  try {
    await readResults(page);
    const text = () => page.locator('.pm-results').innerText();
    assert.match(await text(), /40 km a week/);
    await page.locator('[data-units="mi"]').click();
    await page.locator('[data-units="km"]').waitFor();
    assert.match(await text(), /25 miles a week/);
    assert.doesNotMatch(await text(), /40 km/);
    await page.reload();
    await readResults(page);
    assert.match(await text(), /25 miles a week/, 'the choice is kept with the saved check');
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

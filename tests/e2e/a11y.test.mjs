// Accessibility of every screen, in light and dark: axe-core finds no violation on the map (each
// view, with and without a pick, and its "pick one" error), on each kind of question (single,
// multi with the red-flag step's hip-front note, the weeks number with its error), on each
// triage level's results and the out-of-scope result, on a notice, and in print. Then what axe
// cannot see: focus is always visible (with 3:1 contrast) and moves to each new step's heading,
// the progress is announced by a live region that stays in place, and the map's region outlines
// and focus ring have the 3:1 non-text contrast of WCAG 2.2 (1.4.11).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, assertNoViolations, openSiteAndBrowser, closeSiteAndBrowser } from './lib/browser.mjs';
import { ready, pickRegions, shareFragment, eachQuestion, headingFocused } from './lib/flow.mjs';

const SCHEMES = ['light', 'dark'];

// One check per triage level (and the out-of-scope result), as SPEC share links.
const RESULTS = [
  { triage: 'emergency', v: { regions: ['lower-back.center'], answers: { 'red-flags': ['saddle-numbness'] } } },
  { triage: 'urgent', v: { regions: ['hip-front.left'], answers: { 'red-flags': ['night-or-rest-pain'] } } },
  { triage: 'see-professional', v: { regions: ['lower-back.center', 'hip-outer.right'], answers: { 'red-flags': ['none'], 'build-week': 'weeks-4-6', 'volume-jump': 'yes' } } },
  {
    triage: 'self-care',
    v: {
      regions: ['knee-front.left'],
      answers: { 'red-flags': ['none'], aggravators: ['downhill', 'stairs'], duration: 'under-2-weeks', trend: 'better', 'training-impact': 'none', 'weeks-to-race': 10 },
    },
  },
  { triage: null, outOfScope: true, v: { regions: ['shin.left'], answers: { 'red-flags': ['none'] } } },
  // SPEC v2: a new emergency sign, bone stress with its advice and caution, and a bone-risk assessment.
  { name: 'emergency (hot, red, swollen joint)', triage: 'emergency', v: { regions: ['knee-front.right'], answers: { 'red-flags': ['hot-red-swollen-joint'] } } },
  {
    name: 'urgent (bone stress)',
    triage: 'urgent',
    v: { regions: ['groin.left'], answers: { 'red-flags': ['none'], 'pain-timing': 'walking-or-rest', 'build-week': 'weeks-4-6', 'volume-jump': 'yes' } },
  },
  {
    name: 'see-professional (bone-stress risk)',
    triage: 'see-professional',
    v: { regions: ['thigh-outer.right'], answers: { 'red-flags': ['none'], 'volume-jump': 'yes', 'bone-risk': ['under-fuelling'] } },
  },
];

let site;
let browser;
before(async () => ({ site, browser } = await openSiteAndBrowser()));
after(() => closeSiteAndBrowser({ site, browser }));

const fragment = (v) => `/#${shareFragment({ regions: v.regions, answers: v.answers })}`;

for (const colorScheme of SCHEMES) {
  test(`map: every view, a pick and the "pick one" error have no axe violations (${colorScheme})`, async () => {
    const { page, errors, close } = await openPage(browser, site.url('/'), { colorScheme, width: 390, height: 844 });
    try {
      await ready(page);
      // Next with nothing picked shows an inline error.
      await page.locator('[data-action="next"]').click();
      await page.locator('.pm-inline-error[role="alert"]').waitFor();
      await assertNoViolations(page, `map with the pick-one error (${colorScheme})`);
      for (const view of ['front', 'back', 'side', 'list']) {
        await page.locator(`[data-view="${view}"]`).click();
        await page.locator(`[data-view="${view}"][aria-pressed="true"]`).waitFor();
        await assertNoViolations(page, `map, ${view} view (${colorScheme})`);
      }
      // With picks (a chip each, a picked region drawn), in and out of the check's scope.
      await pickRegions(page, ['knee-front.left', 'shin.right']);
      await page.locator('[data-chip]').nth(1).waitFor();
      await assertNoViolations(page, `list with picks (${colorScheme})`);
      await page.locator('[data-view="front"]').click();
      await page.locator('.pm-region--on').first().waitFor();
      await assertNoViolations(page, `front view with picks (${colorScheme})`);
      assert.deepEqual(errors.all(), []);
    } finally {
      await close();
    }
  });

  test(`questions: single, multi (red flags with the hip-front note), weeks and its error have no axe violations (${colorScheme})`, async () => {
    const { page, errors, close } = await openPage(browser, site.url('/'), { colorScheme, width: 1280, height: 900 });
    try {
      await ready(page);
      // The front of the hip makes the red-flag step add its stress-fracture note; the knee and
      // the lower back bring in the other questions.
      await pickRegions(page, ['hip-front.left', 'knee-outer.right', 'lower-back.center']);
      await page.locator('[data-action="next"]').click();
      const kinds = new Set();
      await eachQuestion(page, async (q, scope, forward) => {
        if (q === 'red-flags') {
          await scope.locator('[data-note="hip-front"]').waitFor();
          for (const flag of ['pain-hopping-or-limping', 'night-or-rest-pain']) {
            assert.ok(await scope.locator(`[data-answer="${flag}"]`).count(), `the red-flag step asks about ${flag}`);
          }
        }
        const kind = q === 'weeks-to-race' ? 'weeks' : (await scope.locator('input[type="checkbox"]').count()) ? 'multi' : 'single';
        kinds.add(kind);
        await assertNoViolations(page, `question ${q} (${kind}, ${colorScheme})`);
        if (kind === 'weeks') {
          await scope.locator('[data-answer="weeks"]').fill('99');
          await scope.locator('[role="alert"]').waitFor();
          await assertNoViolations(page, `weeks with its error (${colorScheme})`);
          await scope.locator('[data-answer="weeks"]').fill('8');
        } else if (kind === 'multi') {
          await scope.locator('[data-answer]').last().check();
          await assertNoViolations(page, `question ${q} ticked (${colorScheme})`);
        } else {
          await scope.locator('[data-answer]').first().check();
          await assertNoViolations(page, `question ${q} answered (${colorScheme})`);
        }
        // Red flags: end on "none" so the check goes on to every other question.
        if (q === 'red-flags') await scope.locator('[data-answer="none"]').check();
        await forward.click();
      }, { timeout: 30_000 });
      assert.deepEqual([...kinds].sort(), ['multi', 'single', 'weeks']);
      await page.locator('[data-triage]').waitFor();
      await assertNoViolations(page, `results after the questions (${colorScheme})`);
      assert.deepEqual(errors.all(), []);
    } finally {
      await close();
    }
  });

  for (const r of RESULTS) {
    const name = r.name ?? (r.outOfScope ? 'out of scope' : r.triage);
    test(`results: ${name} has no axe violations, on screen and in print (${colorScheme})`, async () => {
      const { page, errors, close } = await openPage(browser, site.url(fragment(r.v)), { colorScheme });
      try {
        await page.locator('[data-triage]').first().waitFor({ state: 'attached', timeout: 20_000 });
        if (r.triage) assert.equal(await page.locator('[data-triage]').first().getAttribute('data-triage'), r.triage);
        if (r.outOfScope) assert.equal(await page.locator('[data-out-of-scope]').count(), 1);
        await assertNoViolations(page, `results ${name} (${colorScheme})`);
        await page.emulateMedia({ media: 'print', colorScheme });
        await assertNoViolations(page, `print of ${name} (${colorScheme})`);
        assert.deepEqual(errors.all(), []);
      } finally {
        await close();
      }
    });
  }

  test(`a notice about an unusable share link has no axe violations (${colorScheme})`, async () => {
    const { page, close } = await openPage(browser, site.url('/#v=1&regions=elbow.left,knee-front.left&pain-quality=burning&evil=1'), { colorScheme });
    try {
      await page.locator('[data-notice]').waitFor({ timeout: 20_000 });
      await assertNoViolations(page, `notice (${colorScheme})`);
    } finally {
      await close();
    }
  });
}

// ---- what axe does not check -----------------------------------------------------------------

/** The widget's colours in the page, parsed: 'rgb(...)', 'rgba(...)' or 'color(srgb r g b / a)'. */
const COLOUR_HELPERS = `
  window.__pm = {
    parse(c) {
      let m = c.match(/^rgba?\\(([^)]+)\\)$/);
      if (m) {
        const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
        return { r: p[0] / 255, g: p[1] / 255, b: p[2] / 255, a: p.length > 3 ? p[3] : 1 };
      }
      m = c.match(/^color\\(srgb ([^)]+)\\)$/);
      if (m) {
        const p = m[1].split(/[ \\/]+/).filter(Boolean).map(Number);
        return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
      }
      return null;
    },
    over(fg, bg, alpha = 1) {
      const a = fg.a * alpha;
      return { r: fg.r * a + bg.r * (1 - a), g: fg.g * a + bg.g * (1 - a), b: fg.b * a + bg.b * (1 - a), a: 1 };
    },
    lum({ r, g, b }) {
      const f = (v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    },
    ratio(x, y) {
      const [a, b] = [this.lum(x), this.lum(y)].sort((p, q) => q - p);
      return (a + 0.05) / (b + 0.05);
    },
    // The solid colour behind an element: the first ancestor with an opaque background.
    background(el) {
      for (let e = el; e; e = e.parentElement || e.getRootNode()?.host) {
        const c = this.parse(getComputedStyle(e).backgroundColor);
        if (c && c.a > 0.99) return c;
      }
      return { r: 1, g: 1, b: 1, a: 1 };
    },
    // Any CSS colour (computed values may be oklab, mid-transition ones too) as sRGB, through a
    // canvas pixel.
    srgb(css) {
      const c = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
      c.fillStyle = css;
      c.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = c.getImageData(0, 0, 1, 1).data;
      return { r: r / 255, g: g / 255, b: b / 255, a: a / 255 };
    },
    // Each region of the figure shown, worst first, with its non-text contrast against the skin
    // it is drawn on. An unpicked region is an outline: against the skin and against its own
    // faint tint. A picked one is a solid shape: its fill against the skin is what shows it.
    regionContrasts() {
      const skinEl = document.querySelector('.pm-fig-skin');
      const ss = getComputedStyle(skinEl);
      const skin = this.over(this.parse(ss.fill), this.background(skinEl.closest('svg')), parseFloat(ss.fillOpacity));
      const out = [];
      for (const shape of document.querySelectorAll('.pm-region .pm-region-shape')) {
        const s = getComputedStyle(shape);
        const line = this.over(this.parse(s.stroke), skin, parseFloat(s.strokeOpacity));
        const inside = this.over(this.parse(s.fill), skin, parseFloat(s.fillOpacity));
        const g = shape.closest('.pm-region');
        const picked = g.classList.contains('pm-region--on');
        out.push({
          region: g.dataset.region + '.' + g.dataset.side + (picked ? ' (picked)' : ''),
          contrast: picked ? this.ratio(inside, skin) : Math.min(this.ratio(line, skin), this.ratio(line, inside)),
        });
      }
      return out.sort((a, b) => a.contrast - b.contrast);
    },
  };
`;

/**
 * What shows where the keyboard focus is: an outline on the focused element (or on the label
 * that wraps a visually hidden checkbox), or the focus ring drawn around a map region. Returns
 * { what, width, contrast } (contrast of the indicator against the background it is drawn on),
 * or null when nothing visible marks the focus.
 */
async function focusIndicator(page) {
  return page.evaluate(() => {
    const pm = window.__pm;
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const candidates = [el, el.closest('label')].filter(Boolean);
    for (const c of candidates) {
      const s = getComputedStyle(c);
      const width = parseFloat(s.outlineWidth);
      if (s.outlineStyle !== 'none' && width >= 2) {
        const colour = pm.parse(s.outlineColor);
        const bg = pm.background(c.parentElement ?? c);
        return { what: `outline on ${c.tagName.toLowerCase()}`, width, contrast: colour ? pm.ratio(pm.over(colour, bg), bg) : 0 };
      }
    }
    const ring = el.matches?.('.pm-region') ? el.querySelector('.pm-region-ring') : null;
    if (ring) {
      const s = getComputedStyle(ring);
      const width = parseFloat(s.strokeWidth);
      const colour = pm.parse(s.stroke);
      if (colour && s.stroke !== 'none' && width >= 2) {
        const stage = pm.background(el.closest('svg'));
        return { what: 'ring around the region', width, contrast: pm.ratio(pm.over(colour, stage, parseFloat(s.strokeOpacity)), stage) };
      }
    }
    return null;
  });
}

async function focusedInfo(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName ?? '',
      id: el?.id ?? '',
      action: el?.getAttribute('data-action'),
      text: (el?.textContent ?? '').trim().slice(0, 60),
      label: el?.getAttribute('aria-label') ?? '',
    };
  });
}

/** Tabs through up to `max` stops; asserts each interactive stop shows a visible, 3:1 focus indicator. */
async function tabAndCheckFocus(page, where, { max = 60, until } = {}) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const info = await focusedInfo(page);
    if (info.tag === 'BODY' || info.tag === '') break;
    const ind = await focusIndicator(page);
    const name = `${where}: Tab stop ${i + 1} (${info.tag.toLowerCase()} "${info.label || info.text}")`;
    assert.ok(ind, `${name} shows no focus indicator`);
    assert.ok(ind.contrast >= 3, `${name}: ${ind.what} has contrast ${ind.contrast.toFixed(2)}:1, under 3:1`);
    seen.push(info);
    if (until && until(info)) break;
  }
  assert.ok(seen.length > 0, `${where}: Tab reached no control`);
  return seen;
}

for (const colorScheme of SCHEMES) {
  test(`focus is visible with 3:1 contrast on every Tab stop of the map, a question and the results (${colorScheme})`, async () => {
    const { page, close } = await openPage(browser, null, { colorScheme, width: 1280, height: 900 });
    try {
      await page.addInitScript(COLOUR_HELPERS);
      await page.goto(site.url('/'));
      await ready(page);
      const onMap = await tabAndCheckFocus(page, `map (${colorScheme})`, { until: (f) => f.action === 'next' });
      assert.ok(onMap.some((f) => f.action === 'next'), 'Tab reaches Next on the map');
      // A region of the figure takes focus too (roving tabindex): move into the figure.
      await page.locator('.pm-region').first().focus();
      await page.keyboard.press('ArrowDown');
      const ring = await focusIndicator(page);
      assert.ok(ring && ring.contrast >= 3, `a focused region shows its ring (${JSON.stringify(ring)})`);

      await pickRegions(page, ['knee-front.left']);
      await page.locator('[data-action="next"]').click();
      await page.locator('[data-question="red-flags"]').waitFor();
      await tabAndCheckFocus(page, `red-flag question (${colorScheme})`, { until: (f) => f.action === 'next' });

    } finally {
      await close();
    }
    // The results, opened from a share link in a fresh page.
    const results = await openPage(browser, null, { colorScheme, width: 1280, height: 900 });
    try {
      await results.page.addInitScript(COLOUR_HELPERS);
      await results.page.goto(site.url(fragment(RESULTS[3].v)));
      await results.page.locator('[data-triage]').waitFor();
      await tabAndCheckFocus(results.page, `results (${colorScheme})`, { max: 80 });
    } finally {
      await results.close();
    }
  });
}

test('focus moves to each new step\'s heading, and the progress is announced by a live region that stays put', async () => {
  const { page, errors, close } = await openPage(browser, site.url('/'), { width: 390, height: 844 });
  try {
    await ready(page);
    const live = page.locator('.pm-root [aria-live]').first();
    assert.equal(await live.getAttribute('aria-live'), 'polite');
    const liveHandle = await live.elementHandle();
    const progress = () => live.textContent().then((t) => t.trim());

    await pickRegions(page, ['knee-front.left']);
    const onMap = await progress();
    assert.match(onMap, /\d/, `the progress says where the runner is: "${onMap}"`);
    // Go on with the keyboard: focus Next, press Enter.
    await page.locator('[data-action="next"]').focus();
    await page.keyboard.press('Enter');
    const seen = [onMap];
    for (let i = 0; i < 30; i++) {
      const step = page.locator('[data-question], [data-triage]').first();
      await step.waitFor({ state: 'attached' });
      await headingFocused(page);
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        const section = el?.closest('section[aria-labelledby]');
        return { tag: el?.tagName, id: el?.id, labels: section?.getAttribute('aria-labelledby'), text: el?.textContent?.trim() };
      });
      assert.equal(focused.tag, 'H2', `step ${i + 1}: focus is on the step's heading (${JSON.stringify(focused)})`);
      assert.equal(focused.id, focused.labels, `step ${i + 1}: the focused heading names its step`);
      assert.ok(focused.text.length > 3);
      const now = await progress();
      assert.notEqual(now, seen.at(-1), `step ${i + 1}: the announced progress changed ("${now}")`);
      assert.ok(await liveHandle.evaluate((el) => el.isConnected), 'the live region is the same element (so it is announced)');
      seen.push(now);
      if (await page.locator('[data-triage]').count()) {
        assert.equal(focused.id, 'pm-results-heading');
        break;
      }
      const q = await step.getAttribute('data-question');
      const scope = page.locator(`[data-question="${q}"]`);
      const forward = scope.locator('[data-action="next"], [data-action="results"]').first();
      if (q === 'red-flags') {
        // No skipping: Next waits for an answer, which the keyboard gives with Space.
        assert.equal(await forward.getAttribute('aria-disabled'), 'true', 'Next is disabled until the warning signs are answered');
        await scope.locator('[data-answer="none"]').focus();
        await page.keyboard.press('Space');
        await page.waitForFunction(() => document.querySelector('[data-question="red-flags"] [data-action="next"]')?.getAttribute('aria-disabled') !== 'true');
      }
      await forward.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((prev) => !document.querySelector(`[data-question="${prev}"]`), q);
    }
    assert.ok(seen.length >= 4, `several steps were announced: ${seen.join(' | ')}`);
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

test('Back moves focus to the previous question\'s heading and announces the step', async () => {
  const { page, close } = await openPage(browser, site.url('/'));
  try {
    await ready(page);
    await pickRegions(page, ['knee-front.left']);
    await page.locator('[data-action="next"]').click();
    await page.locator('[data-question="red-flags"] [data-answer="none"]').check();
    await page.locator('[data-action="next"]').click();
    await page.waitForFunction(() => !document.querySelector('[data-question="red-flags"]'));
    const live = page.locator('.pm-root [aria-live]').first();
    const second = (await live.textContent()).trim();
    await page.locator('[data-action="back"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-question="red-flags"]').waitFor();
    await headingFocused(page);
    const focused = await page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.id]);
    assert.deepEqual(focused, ['H2', 'pm-q-red-flags']);
    assert.notEqual((await live.textContent()).trim(), second);
  } finally {
    await close();
  }
});

// A clinic's accent reaches text (links, quiet buttons), fills (primary buttons, the picked
// regions) and outlines. The extremes: black and a very dark navy (the dark scheme lightens the
// accent's ink from them), and a bright yellow and a pale pink (darkened for white text on them).
const EXTREME_ACCENTS = ['000000', '12163a', 'ffee00', 'ffd1dc'];

for (const colorScheme of SCHEMES) {
  test(`extreme clinic accents keep the map, a question and the results free of axe violations, with 3:1 region outlines (${colorScheme})`, async () => {
    for (const accent of EXTREME_ACCENTS) {
      const { page, errors, close } = await openPage(browser, null, { colorScheme, width: 390, height: 844 });
      try {
        await page.addInitScript(COLOUR_HELPERS);
        await page.goto(site.url(`/?accent=${accent}&clinic-name=Harbour%20Physio&phone=%2B1%20604%20555%200100&booking-url=https%3A%2F%2Fharbour.example%2Fbook`));
        await ready(page);
        await pickRegions(page, ['knee-front.left']);
        await assertNoViolations(page, `map with a pick, accent #${accent} (${colorScheme})`);
        await page.locator('[data-view="front"]').click();
        await page.locator('[data-view="front"][aria-pressed="true"]').waitFor();
        await assertNoViolations(page, `front view with a pick, accent #${accent} (${colorScheme})`);
        const [outline] = await page.evaluate(() => window.__pm.regionContrasts());
        assert.ok(outline.contrast >= 3, `accent #${accent}: ${outline.region} has ${outline.contrast.toFixed(2)}:1 against the skin (${colorScheme})`);
        await page.locator('[data-action="next"]').click();
        await page.locator('[data-question]').first().waitFor();
        await assertNoViolations(page, `first question, accent #${accent} (${colorScheme})`);
        // A chosen answer is outlined in the accent: 3:1 against its own tint and around it.
        await page.locator('[data-question] .pm-choice input').last().check();
        const chosenEl = page.locator('.pm-choice.is-chosen').first();
        await chosenEl.waitFor();
        // Its colours ease in: measure once the transitions are over.
        await chosenEl.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
        const chosen = await chosenEl.evaluate((el) => {
          const pm = window.__pm;
          const s = getComputedStyle(el);
          const around = pm.background(el.parentElement);
          const inside = pm.over(pm.srgb(s.backgroundColor), around);
          const border = pm.over(pm.srgb(s.borderTopColor), inside);
          return Math.min(pm.ratio(border, inside), pm.ratio(border, around));
        });
        assert.ok(chosen >= 3, `accent #${accent}: a chosen answer's outline has ${chosen.toFixed(2)}:1 (${colorScheme})`);
        await page.goto(site.url(`/?accent=${accent}&clinic-name=Harbour%20Physio&booking-url=https%3A%2F%2Fharbour.example%2Fbook${fragment(RESULTS[3].v).slice(1)}`));
        // The check just started here is saved, so the link asks before it replaces it.
        await page.locator('[data-action="open-link"]').waitFor();
        await assertNoViolations(page, `the choice about a share link, accent #${accent} (${colorScheme})`);
        await page.locator('[data-action="open-link"]').click();
        await page.locator('[data-triage]').first().waitFor();
        await assertNoViolations(page, `self-care results, accent #${accent} (${colorScheme})`);
        assert.deepEqual(errors.all(), [], `accent #${accent}: no page errors`);
      } finally {
        await close();
      }
    }
  });
}

for (const colorScheme of SCHEMES) {
  test(`map regions' outlines and the focus colour have 3:1 non-text contrast (${colorScheme})`, async () => {
    const { page, close } = await openPage(browser, null, { colorScheme });
    try {
      await page.addInitScript(COLOUR_HELPERS);
      await page.goto(site.url('/'));
      await ready(page);
      for (const view of ['front', 'back', 'side']) {
        await page.locator(`[data-view="${view}"]`).click();
        await page.locator(`[data-view="${view}"][aria-pressed="true"]`).waitFor();
        const worst = await page.evaluate(() => window.__pm.regionContrasts());
        assert.ok(worst.length > 0, `${view}: regions drawn`);
        assert.ok(worst[0].contrast >= 3, `${view} view: the outline of ${worst[0].region} has ${worst[0].contrast.toFixed(2)}:1 (${colorScheme})`);
      }
      // The focus colour (--pm-focus) against the widget's background, whatever control wears it.
      const focusColour = await page.evaluate(() => {
        const pm = window.__pm;
        const root = document.querySelector('.pm-root');
        const value = getComputedStyle(root).getPropertyValue('--pm-focus').trim();
        const c = document.createElement('canvas').getContext('2d');
        c.fillStyle = value;
        const hex = c.fillStyle;
        const rgb = { r: parseInt(hex.slice(1, 3), 16) / 255, g: parseInt(hex.slice(3, 5), 16) / 255, b: parseInt(hex.slice(5, 7), 16) / 255, a: 1 };
        return pm.ratio(rgb, pm.background(root));
      });
      assert.ok(focusColour >= 3, `the focus colour has ${focusColour.toFixed(2)}:1 against the background (${colorScheme})`);
    } finally {
      await close();
    }
  });
}

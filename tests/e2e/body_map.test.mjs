// The body map in the release build, in Chromium: picking places by click and by keyboard only,
// touch targets of at least 44x44 px on a 320 px phone (each owned by its own region), no axe-core
// violation in light and dark in every view, no motion when the runner asks for less, the origin
// view on the results, and screenshots of every view at 320, 390 and 1280 px (look at them).
//
// PAINMAP_DIST=/some/dir serves another build instead of dist/ (for trying a build in isolation).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { launch, openPage, screenshot, axe, formatViolations } from './lib/browser.mjs';

let site;
let browser;

before(async () => {
  site = await startServer({ root: process.env.PAINMAP_DIST || undefined });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const VIEWS = ['front', 'back', 'side', 'list'];

/** The figure's element for a place such as `knee-front.left`. */
const region = (place) => {
  const [r, s] = place.split('.');
  return `.pm-fig [data-region="${r}"][data-side="${s}"]`;
};

async function openMap(opts = {}) {
  const opened = await openPage(browser, site.url('/'), { width: 390, height: 844, ...opts });
  await opened.page.locator('.pm-map .pm-fig [data-region]').first().waitFor({ timeout: 20_000 });
  return opened;
}

async function showView(page, view) {
  await page.locator(`[data-view="${view}"]`).click();
  await page.locator(`[data-view="${view}"][aria-pressed="true"]`).waitFor();
}

const isChecked = (page, place) => page.locator(region(place)).getAttribute('aria-checked');

/** What has focus, by its test hooks. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.getAttribute('data-region')}.${el.getAttribute('data-side')}|${el.getAttribute('data-view')}|${el.getAttribute('data-chip')}` : '';
  });

test('clicks pick and unpick places, several at once, and chips remove them', async () => {
  const { page, errors, close } = await openMap();
  try {
    await page.locator(region('knee-front.left')).click();
    assert.equal(await isChecked(page, 'knee-front.left'), 'true');
    await page.locator(region('hip-outer.right')).click();
    await showView(page, 'back');
    await page.locator(region('lower-back.center')).click();
    assert.equal(await isChecked(page, 'lower-back.center'), 'true');
    // The outer hip is on the back view too, already picked.
    assert.equal(await isChecked(page, 'hip-outer.right'), 'true');
    const chips = await page.locator('[data-chip]').evaluateAll((els) => els.map((e) => e.dataset.chip).sort());
    assert.deepEqual(chips, ['hip-outer.right', 'knee-front.left', 'lower-back.center']);
    assert.equal(
      await page.locator('[data-chip="knee-front.left"]').getAttribute('aria-label'),
      'Remove Left knee, around or behind the kneecap',
    );

    await page.locator('[data-chip="knee-front.left"]').click();
    await showView(page, 'front');
    assert.equal(await isChecked(page, 'knee-front.left'), 'false');
    await page.locator(region('hip-outer.right')).click();
    assert.equal(await isChecked(page, 'hip-outer.right'), 'false', 'a second click unpicks');
    assert.deepEqual(await page.locator('[data-chip]').evaluateAll((els) => els.map((e) => e.dataset.chip)), [
      'lower-back.center',
    ]);
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

test('the keyboard alone picks places: Tab into the figure, arrows to move, Enter and Space', async () => {
  const { page, errors, close } = await openMap();
  try {
    // Tab from the top of the page until focus lands in the figure.
    let where = '';
    for (let i = 0; i < 30 && !/^[a-z-]+\.(left|right|center)\|/.test(where); i++) {
      await page.keyboard.press('Tab');
      where = await focused(page);
    }
    assert.match(where, /^[a-z-]+\.(left|right|center)\|/, 'Tab reaches the figure');
    const start = where.split('|')[0];
    // Exactly one region of the figure is in the Tab order.
    assert.equal(await page.locator('.pm-fig [data-region][tabindex="0"]').count(), 1);

    await page.keyboard.press('Enter');
    assert.equal(await isChecked(page, start), 'true', 'Enter picks');
    // The focus ring is drawn in the focus colour.
    const ring = await page.locator(`${region(start)} .pm-region-ring`).evaluate((el) => getComputedStyle(el).stroke);
    assert.notEqual(ring, 'none');

    // Walk to the left kneecap the way a sighted keyboard user would: always pressing the arrow
    // that points towards it. Spatial arrow keys must get there in a few steps.
    const knee = 'knee-front.left';
    const centre = (sel) =>
      page.locator(sel).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2];
      });
    const [tx, ty] = await centre(region(knee));
    for (let i = 0; i < 12 && (await focused(page)).split('|')[0] !== knee; i++) {
      const [x, y] = await centre(':focus');
      const [dx, dy] = [tx - x, ty - y];
      await page.keyboard.press(Math.abs(dy) > Math.abs(dx) ? (dy > 0 ? 'ArrowDown' : 'ArrowUp') : dx > 0 ? 'ArrowRight' : 'ArrowLeft');
    }
    assert.equal((await focused(page)).split('|')[0], knee, 'arrow keys lead to the kneecap');
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Space');
    assert.equal(await isChecked(page, knee), 'true', 'Space picks');
    assert.equal(await page.evaluate(() => window.scrollY), scrollBefore, 'Space does not scroll the page');
    await page.keyboard.press('ArrowLeft');
    assert.notEqual((await focused(page)).split('|')[0], knee, 'arrow keys move between regions');
    assert.equal(await page.locator('.pm-fig [data-region][tabindex="0"]').count(), 1);

    // Back out of the figure to the view switcher, open the list, tick the lower back.
    await page.keyboard.press('Shift+Tab');
    assert.equal((await focused(page)).split('|')[1], 'list');
    await page.keyboard.press('Enter');
    await page.locator('.pm-list').waitFor();
    await page.keyboard.press('Tab');
    const box = await page.evaluate(() => `${document.activeElement.dataset.region}.${document.activeElement.dataset.side}`);
    assert.equal(box, 'lower-back.center');
    await page.keyboard.press('Space');
    assert.ok(await page.locator('input[data-region="lower-back"]').isChecked());
    // The list shows what the figure picked.
    const [r, s] = knee.split('.');
    assert.ok(await page.locator(`input[data-region="${r}"][data-side="${s}"]`).isChecked());
    await showView(page, 'back');
    assert.equal(await isChecked(page, 'lower-back.center'), 'true', 'the figure shows what the list ticked');
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

test('on a 320 px phone every region is a touch target of at least 44x44 px that belongs to it', async () => {
  const { page, close } = await openMap({ width: 320, height: 640 });
  try {
    for (const view of ['front', 'back', 'side']) {
      await showView(page, view);
      const problems = await page.evaluate(() => {
        const out = [];
        for (const g of document.querySelectorAll('.pm-fig [data-region]')) {
          const name = `${g.dataset.region}.${g.dataset.side}`;
          g.scrollIntoView({ block: 'center' });
          const hit = g.querySelector('.pm-region-hit');
          const m = hit.getScreenCTM();
          // The touch area's rectangles, from its path ("M x y H x V y H x Z" each).
          const rects = [...hit.getAttribute('d').matchAll(/M([\d.]+) ([\d.]+)H([\d.]+)V([\d.]+)/g)].map((r) => {
            const [x0, y0, x1, y1] = r.slice(1).map(Number);
            return { left: m.a * x0 + m.e, top: m.d * y0 + m.f, right: m.a * x1 + m.e, bottom: m.d * y1 + m.f };
          });
          const big = rects.find((r) => r.right - r.left >= 44 && r.bottom - r.top >= 44);
          if (!big) {
            out.push(`${name}: largest area ${JSON.stringify(rects.map((r) => [Math.round(r.right - r.left), Math.round(r.bottom - r.top)]))}`);
            continue;
          }
          // A tap anywhere in that area lands on this region, not a neighbour.
          for (const fx of [0.05, 0.5, 0.95]) {
            for (const fy of [0.05, 0.5, 0.95]) {
              const x = big.left + (big.right - big.left) * fx;
              const y = big.top + (big.bottom - big.top) * fy;
              const at = document.elementFromPoint(x, y)?.closest('[data-region]');
              if (at !== g) out.push(`${name}: (${Math.round(x)}, ${Math.round(y)}) hits ${at ? `${at.dataset.region}.${at.dataset.side}` : 'nothing'}`);
            }
          }
        }
        return out;
      });
      assert.deepEqual(problems, [], `${view} view`);
    }
    // The view switcher, chips and list boxes are big enough too.
    await showView(page, 'front');
    await page.locator(region('knee-front.left')).click();
    await showView(page, 'list');
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('.pm-map-view, .pm-chip, .pm-list-check')]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width < 44 || r.height < 44).length,
    );
    assert.equal(small, 0, 'buttons, chips and list boxes are at least 44x44 px');
  } finally {
    await close();
  }
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violation on the map in the ${colorScheme} scheme, in every view`, async () => {
    const { page, errors, close } = await openMap({ colorScheme });
    try {
      await page.locator(region('knee-front.left')).click();
      await page.locator(region('shin.right')).click();
      for (const view of VIEWS) {
        await showView(page, view);
        // Hover a region so the caption and hover styles are part of the check.
        if (view !== 'list') await page.locator('.pm-fig [data-region]').nth(2).hover();
        const violations = await axe(page, { include: '.pm-map' });
        assert.deepEqual(violations, [], `${view} view:\n${formatViolations(violations)}`);
      }
      assert.deepEqual(errors.all(), []);
    } finally {
      await close();
    }
  });
}

test('with reduced motion nothing on the map or the origin view animates', async () => {
  const { page, close } = await openMap({ reducedMotion: 'reduce' });
  try {
    await page.locator(region('knee-front.left')).click();
    const names = await page.evaluate(() =>
      [...document.querySelectorAll('.pm-map *')].map((el) => getComputedStyle(el)).filter((s) => s.animationName !== 'none' || parseFloat(s.transitionDuration) > 0).length,
    );
    assert.equal(names, 0);
  } finally {
    await close();
  }
  const results = await openPage(browser, site.url('/#v=1&regions=knee-front.left&red-flags=none'), { reducedMotion: 'reduce' });
  try {
    await results.page.locator('.pm-origin-view').first().waitFor({ timeout: 20_000 });
    const moving = await results.page.evaluate(() =>
      [...document.querySelectorAll('.pm-origin-view *')].filter((el) => getComputedStyle(el).animationName !== 'none').length,
    );
    assert.equal(moving, 0);
  } finally {
    await results.close();
  }
});

test('the origin view on the results draws where the problem starts and where it is felt', async () => {
  const cases = [
    // knee pain from the hip muscles
    { frag: 'v=1&regions=knee-front.left&red-flags=none', origin: 'hip', site: 'knee-front.left', words: /Starts at: your hip muscles.*Felt at: your left knee/ },
    // hip pain from the lower back
    {
      frag: 'v=1&regions=hip-outer.right&red-flags=none&build-week=weeks-4-6&volume-jump=yes&pain-quality=deep-ache',
      origin: 'spine',
      site: 'hip-outer.right',
      words: /Starts at: your lower back \(L4–L5 and L5–S1\).*Felt at: your right hip/,
    },
  ];
  for (const [i, c] of cases.entries()) {
    for (const [width, height] of [
      [390, 844],
      [1280, 800],
    ]) {
      const { page, errors, close } = await openPage(browser, site.url(`/#${c.frag}`), { width, height });
      try {
        const view = page.locator(`.pm-origin-view[data-origin-view="${c.origin}"]`).first();
        await view.waitFor({ timeout: 20_000 });
        assert.equal(await view.locator(`[data-origin-zone="${c.origin}"]`).count() >= 1, true);
        assert.equal(await view.locator(`[data-site="${c.site}"]`).count(), 1);
        const arrow = view.locator(`.pm-origin-arrow[data-to="${c.site}"] .pm-origin-shaft`);
        assert.ok((await arrow.boundingBox()).height > 10, 'the arrow is drawn');
        assert.match(await view.locator('figcaption').textContent(), c.words);
        await view.scrollIntoViewIfNeeded();
        await screenshot(page, `origin-${i === 0 ? 'hip' : 'spine'}-${width}`, { fullPage: false });
        assert.deepEqual(errors.all(), []);
      } finally {
        await close();
      }
    }
  }
});

for (const colorScheme of ['light', 'dark']) {
  test(`screenshots of every view at 320, 390 and 1280 px (${colorScheme})`, async () => {
    for (const [width, height] of [
      [320, 640],
      [390, 844],
      [1280, 800],
    ]) {
      const { page, errors, close } = await openMap({ width, height, colorScheme });
      try {
        await page.locator(region('knee-front.left')).click();
        await page.locator(region('hip-outer.right')).click();
        for (const view of VIEWS) {
          await showView(page, view);
          await page.mouse.move(0, 0);
          await page.evaluate(() => document.fonts?.ready);
          await screenshot(page, `body-map-${view}-${width}-${colorScheme}`);
        }
        assert.deepEqual(errors.all(), []);
      } finally {
        await close();
      }
    }
  });
}

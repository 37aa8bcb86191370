// Booking with the check, only if the runner chooses: the clinic's booking button opens the
// clinic's address as given until the runner ticks "Send my answers with the booking"; ticked, the
// address gets the check's share fragment, shown in full before anything is sent; the clinic opens
// that fragment on the widget's page and sees the same results. A booking page that routes by its
// own fragment is not offered the choice.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, assertNoViolations, screenshot, openSiteAndBrowser, closeSiteAndBrowser } from './lib/browser.mjs';
import { readResults } from './lib/flow.mjs';

const KNEE = 'v=1&regions=knee-front.left&red-flags=none&pain-quality=dull-ache&aggravators=stairs&duration=under-2-weeks&trend=better&training-impact=none&weeks-to-race=12';
const CLINIC = '?clinic-name=Harbour%20Physio&booking-url=https%3A%2F%2Fharbour.example%2Fbook%3Fsite%3D2';
const BOOKING = 'https://harbour.example/book?site=2';

let site;
let browser;
before(async () => ({ site, browser } = await openSiteAndBrowser()));
after(() => closeSiteAndBrowser({ site, browser }));

const choice = (page) => page.locator('[data-action="book-with-check"]');
const book = (page) => page.locator('[data-cta-booking]');

/** Clicks the booking button and returns the address the new tab opened (the clinic's site is faked). */
async function opened(page) {
  await page.context().route('https://harbour.example/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Book</title><h1>Book</h1>' }));
  const [tab] = await Promise.all([page.context().waitForEvent('page'), book(page).click()]);
  await tab.waitForLoadState();
  const url = tab.url();
  await tab.close();
  return url;
}

for (const colorScheme of ['light', 'dark']) {
  test(`the booking button sends nothing until the runner ticks the choice, then shows and sends the whole check (${colorScheme})`, async () => {
    const { page, errors, close } = await openPage(browser, site.url(`/${CLINIC}#${KNEE}`), { colorScheme, width: 390, height: 844 });
    try {
      await readResults(page);
      // Off by default: the clinic's address as given, and a plain note that nothing goes with it.
      assert.equal(await choice(page).isChecked(), false);
      assert.equal(await book(page).getAttribute('href'), BOOKING);
      assert.equal(await book(page).innerText(), 'Book an assessment');
      assert.match(await page.locator('#pm-send-check-note').innerText(), /opens without your answers/);
      assert.equal(await page.locator('[data-booking-with-check]').count(), 0);
      assert.equal(await opened(page), BOOKING, 'unticked, the new tab opens the bare booking address');

      // Ticked from the keyboard: the address the button now opens is shown in full.
      await choice(page).focus();
      await page.keyboard.press('Space');
      const shown = page.locator('[data-booking-with-check]');
      await shown.waitFor();
      const url = await shown.inputValue();
      assert.ok(url.startsWith(`${BOOKING}#v=1&`), url);
      assert.equal(await book(page).getAttribute('href'), url);
      assert.equal(await book(page).innerText(), 'Book and send my answers');
      assert.match(await page.locator('#pm-send-check-note').innerText(), /Nothing is sent until you tap the button/);
      await assertNoViolations(page, `booking with the check (${colorScheme})`);
      await page.locator('.pm-cta').scrollIntoViewIfNeeded();
      await screenshot(page, `booking-with-check-390-${colorScheme}`, { fullPage: false });

      // The fragment is the same check the share button gives.
      await page.locator('[data-action="share"]').click();
      const shared = await page.locator('[data-share-url]').inputValue();
      assert.equal(url.slice(url.indexOf('#')), shared.slice(shared.indexOf('#')));
      assert.equal(await opened(page), url, 'ticked, the new tab opens the address shown');

      // Unticked again: back to the bare address.
      await choice(page).click();
      await page.locator('[data-booking-with-check]').waitFor({ state: 'detached' });
      assert.equal(await book(page).getAttribute('href'), BOOKING);
      assert.deepEqual(errors.all(), []);
    } finally {
      await close();
    }
  });
}

test('the clinic opens the fragment it received on the widget page and sees the same results', async () => {
  const { page, close } = await openPage(browser, site.url(`/${CLINIC}#${KNEE}`));
  let url;
  let mine;
  try {
    mine = await readResults(page);
    await choice(page).check();
    url = await page.locator('[data-booking-with-check]').inputValue();
  } finally {
    await close();
  }
  // The clinic's own browser: nothing saved, the widget page with the part after the #.
  const clinic = await openPage(browser, site.url(`/${url.slice(url.indexOf('#'))}`));
  try {
    assert.deepEqual(await readResults(clinic.page), mine);
  } finally {
    await clinic.close();
  }
});

test('a booking page that routes by its own # part is not offered the choice; its link stays as given', async () => {
  const routed = 'https://harbour.example/#/book';
  const { page, errors, close } = await openPage(browser, site.url(`/?clinic-name=Harbour&booking-url=${encodeURIComponent(routed)}#${KNEE}`));
  try {
    await readResults(page);
    assert.equal(await choice(page).count(), 0);
    assert.equal(await book(page).getAttribute('href'), routed);
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

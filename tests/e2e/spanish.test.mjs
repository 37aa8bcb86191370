// The widget in Spanish: chosen by the host (`?locale=es`, `data-locale="es"`), by the browser's
// languages when the host says nothing (Spanish when it comes before English), or by the runner
// with the switch in the header, which keeps their answers and is kept with the saved check. The
// whole check in Spanish by clicking and by keyboard, axe-clean, with `lang` right for screen
// readers, the calendar and the booking choice included; screenshots at 390 and 1280 px.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, assertNoViolations, screenshot, openSiteAndBrowser, closeSiteAndBrowser } from './lib/browser.mjs';
import { ready, pickRegions, answerAll, readResults, loadVignettes } from './lib/flow.mjs';

const STORY = loadVignettes().find((v) => v.id === 'runners-knee-classic');
const CLINIC = 'clinic-name=Harbour%20Physio&phone=%2B1%20604%20555%200100&booking-url=https%3A%2F%2Fharbour.example%2Fbook';

let site;
let browser;
before(async () => ({ site, browser } = await openSiteAndBrowser()));
after(() => closeSiteAndBrowser({ site, browser }));

const lang = (page) => page.locator('.pm-root').getAttribute('lang');
const heading = (page) => page.locator('.pm-step-heading').first().innerText();

for (const [width, height] of [[390, 844], [1280, 800]]) {
  test(`a whole check in Spanish by clicking: map, questions, results, calendar and booking (${width} px)`, async () => {
    const { page, errors, close } = await openPage(browser, site.url(`/?locale=es&${CLINIC}`), { width, height });
    try {
      await page.clock.setFixedTime(new Date(2026, 11, 1, 9, 0, 0));
      await ready(page);
      assert.equal(await lang(page), 'es');
      assert.equal(await heading(page), '¿Dónde te duele?');
      const sw = page.locator('[data-locale-switch]');
      assert.deepEqual([await sw.innerText(), await sw.getAttribute('lang')], ['English', 'en']);
      await assertNoViolations(page, `the map in Spanish (${width} px)`);
      await screenshot(page, `es-map-${width}`, { fullPage: false });

      await pickRegions(page, STORY.regions);
      await page.locator('[data-action="next"]').first().click();
      await page.locator('[data-question="red-flags"]').waitFor();
      assert.equal(await heading(page), '¿Tienes alguna de estas señales de alarma?');
      await assertNoViolations(page, `the warning signs in Spanish (${width} px)`);
      await screenshot(page, `es-red-flags-${width}`, { fullPage: false });
      await answerAll(page, STORY.answers);

      const r = await readResults(page);
      assert.equal(r.conditions[0], STORY.expect.top);
      assert.equal(await heading(page), 'Tus resultados');
      assert.match(await page.locator('[data-condition]').first().innerText(), /Rodilla del corredor/);
      // Guidelines are cited as published, in English, and marked so.
      const cites = page.locator('.pm-source-tag[lang="en"]');
      assert.ok(await cites.count() > 0, 'English citations carry lang="en"');
      assert.equal(await page.locator('.pm-source-tag:not([lang])').first().innerText(), 'Artículo sobre la rodilla');
      await assertNoViolations(page, `the results in Spanish (${width} px)`);
      await screenshot(page, `es-results-${width}`);

      // The calendar file speaks Spanish too.
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="calendar"]').click()]);
      const ics = readFileSync(await download.path(), 'utf8');
      assert.match(ics, /SUMMARY:Sesión de fuerza \(plan de painmap\)/);
      assert.match(ics.replace(/\r\n /g, ''), /Peso muerto rumano a una pierna: 3 series de 20 a 30 repeticiones/);
      // So does the booking choice.
      const choice = page.locator('[data-action="book-with-check"]');
      await choice.check();
      assert.equal(await page.locator('[data-cta-booking]').innerText(), 'Reservar y enviar mis respuestas');
      assert.ok((await page.locator('[data-cta-booking]').getAttribute('href')).startsWith('https://harbour.example/book#v=1&'));
      assert.deepEqual(errors.all(), []);
    } finally {
      await close();
    }
  });
}

test('in Spanish by keyboard: the warning signs, then on the results the calendar and the booking choice', async () => {
  const { page, errors, close } = await openPage(browser, site.url(`/?locale=es&${CLINIC}`), { width: 390, height: 844 });
  try {
    await ready(page);
    await pickRegions(page, ['knee-front.left']);
    await page.locator('[data-action="next"]').first().focus();
    await page.keyboard.press('Enter');
    const signs = page.locator('[data-question="red-flags"]');
    await signs.waitFor();
    await signs.locator('[data-answer="none"]').focus();
    await page.keyboard.press('Space');
    assert.ok(await signs.locator('[data-answer="none"]').isChecked());
    await signs.locator('[data-action="next"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-question]')?.getAttribute('data-question') !== 'red-flags');
    assert.equal(await lang(page), 'es');
    // On to the results: each question's Next by keyboard, its answers left as they are.
    for (let i = 0; i < 20 && (await page.locator('[data-triage]').count()) === 0; i++) {
      const forward = page.locator('[data-question] [data-action="next"], [data-question] [data-action="results"]').first();
      const unsure = page.locator('[data-question] input[type="radio"][data-answer="unsure"]');
      if (await unsure.count()) {
        await unsure.focus();
        await page.keyboard.press('Space');
      }
      await forward.focus();
      await page.keyboard.press('Enter');
      await page.waitForTimeout(50);
    }
    await readResults(page);
    // The calendar: the second day by arrow key, then Tab to the button and Enter.
    await page.locator('[data-calendar-day="1"]').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.equal(download.suggestedFilename(), 'painmap-plan.ics');
    assert.match(await page.locator('[data-calendar] [role="status"]').innerText(), /Tu navegador está guardando painmap-plan\.ics/);
    // The booking choice by Space: the address to be opened is shown before anything is sent.
    await page.locator('[data-action="book-with-check"]').focus();
    await page.keyboard.press('Space');
    await page.locator('[data-booking-with-check]').waitFor();
    assert.match(await page.locator('#pm-send-check-note').innerText(), /No se envía nada hasta que toques el botón/);
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

test('no setting: the browser languages decide; a host setting wins over them', async () => {
  for (const [browserLocale, query, want] of [['es-MX', '', 'es'], ['en-US', '', 'en'], ['es-US', '?locale=en', 'en'], ['en-GB', '?locale=es-MX', 'es']]) {
    const { page, close } = await openPage(browser, site.url(`/${query}`), { context: { locale: browserLocale } });
    try {
      await ready(page);
      assert.equal(await lang(page), want, `browser ${browserLocale}, page ${query || '/'}`);
    } finally {
      await close();
    }
  }
});

test('the runner switches language mid-check by keyboard: the same question, answers kept, kept after a reload and a start over', async () => {
  const { page, errors, close } = await openPage(browser, site.url('/'), { width: 390, height: 844, context: { locale: 'en-US' } });
  try {
    await ready(page);
    await pickRegions(page, ['hip-outer.right']);
    await page.locator('[data-action="next"]').first().click();
    const signs = page.locator('[data-question="red-flags"]');
    await signs.locator('[data-answer="none"]').check();
    assert.equal(await heading(page), 'Do you have any of these warning signs?');

    await page.locator('[data-locale-switch]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.pm-root')?.lang === 'es');
    assert.equal(await heading(page), '¿Tienes alguna de estas señales de alarma?');
    assert.ok(await signs.locator('[data-answer="none"]').isChecked(), 'the answer stays ticked');
    assert.equal(await page.locator('[data-locale-switch]').innerText(), 'English');
    await assertNoViolations(page, 'a question after switching to Spanish');

    await page.reload();
    await signs.waitFor();
    assert.equal(await lang(page), 'es', 'kept with the saved check');
    assert.ok(await signs.locator('[data-answer="none"]').isChecked());
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('painmap.session')));
    assert.equal(saved.locale, 'es');

    await page.locator('[data-action="restart"]').click();
    await page.locator('[data-region]').first().waitFor();
    assert.equal(await lang(page), 'es', 'start over keeps the language, like the units');
    await page.locator('[data-locale-switch]').click();
    await page.waitForFunction(() => document.querySelector('.pm-root')?.lang === 'en');
    assert.equal(await heading(page), 'Where does it hurt?');
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

test('the Spanish texts are fetched only for Spanish, once, and work offline after a visit', async () => {
  const { page, context, close } = await openPage(browser, null);
  try {
    const asked = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(site.url('/?locale=es'));
    await ready(page);
    await pickRegions(page, ['knee-front.left']);
    await page.locator('[data-action="next"]').first().click();
    await page.locator('[data-question="red-flags"]').waitFor();
    assert.deepEqual(asked.filter((p) => /texts-/.test(p)).map((p) => p.replace(/-[0-9a-f]{16}/, '')), ['/texts-es.txt']);
    // Offline, once the service worker holds the build: the check still opens in Spanish.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    await context.setOffline(true);
    await page.reload();
    await page.locator('[data-question="red-flags"]').waitFor({ timeout: 10_000 });
    assert.equal(await lang(page), 'es');
    await context.setOffline(false);
  } finally {
    await close();
  }
});

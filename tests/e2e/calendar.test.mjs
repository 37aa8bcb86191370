// The plan in the runner's calendar: on the results, two strength days (Tuesday and Friday unless
// the runner picks others) and "Add the sessions to my calendar", which saves an .ics file made on
// the device: no request leaves the page. The file is read back here as a calendar would read it
// (RFC 5545 framing, all-day events, one per session, the exercises in each description).
// The browser's clock is fixed at Tuesday 1 December 2026, 09:00, so the dates are known.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, assertNoViolations, screenshot, openSiteAndBrowser, closeSiteAndBrowser } from './lib/browser.mjs';
import { readResults } from './lib/flow.mjs';

const KNEE = 'v=1&regions=knee-front.left&red-flags=none&pain-quality=dull-ache&aggravators=stairs&duration=under-2-weeks&trend=better&training-impact=none&weeks-to-race=12';
const SPINE = 'v=1&regions=hip-outer.right&red-flags=none&pain-quality=deep-ache&build-week=weeks-4-6&volume-jump=yes&self-care-tried=hip-flexor-stretching,glute-activation&self-care-result=no-help&duration=2-weeks-plus&trend=same&weeks-to-race=9';

let site;
let browser;
before(async () => ({ site, browser } = await openSiteAndBrowser()));
after(() => closeSiteAndBrowser({ site, browser }));

async function open(fragment, opts = {}) {
  const opened = await openPage(browser, null, opts);
  await opened.page.clock.setFixedTime(new Date(2026, 11, 1, 9, 0, 0));
  await opened.page.goto(site.url(`/#${fragment}`));
  await readResults(opened.page);
  return opened;
}

/** Saves the calendar with `press` (a click or a key) and reads the file's events back. */
async function save(page, press) {
  const [download] = await Promise.all([page.waitForEvent('download'), press()]);
  assert.equal(download.suggestedFilename(), 'painmap-plan.ics');
  const text = readFileSync(await download.path(), 'utf8');
  assert.ok(text.endsWith('\r\n'));
  const lines = [];
  for (const raw of text.slice(0, -2).split('\r\n')) {
    assert.ok(!/[\r\n]/.test(raw), 'CRLF line ends only');
    assert.ok(Buffer.byteLength(raw) <= 75, `folded at 75 octets: ${raw}`);
    if (raw.startsWith(' ')) lines[lines.length - 1] += raw.slice(1);
    else lines.push(raw);
  }
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.equal(lines.at(-1), 'END:VCALENDAR');
  assert.ok(lines.includes('VERSION:2.0'));
  const events = [];
  let ev = null;
  for (const l of lines) {
    if (l === 'BEGIN:VEVENT') ev = {};
    else if (l === 'END:VEVENT') { events.push(ev); ev = null; }
    else if (ev) { const i = l.indexOf(':'); ev[l.slice(0, i)] = l.slice(i + 1); }
  }
  const unescape = (v) => v.replace(/\\([\\;,nN])/g, (_, c) => (c === 'n' || c === 'N' ? '\n' : c));
  return events.map((e) => ({ ...e, SUMMARY: unescape(e.SUMMARY), DESCRIPTION: unescape(e.DESCRIPTION) }));
}

for (const [width, colorScheme] of [[390, 'light'], [1280, 'dark']]) {
  test(`a build plan goes into the calendar: two days a week, one near the race, none in race week (${width} px, ${colorScheme})`, async () => {
    const { page, errors, close } = await open(KNEE, { width, height: 900, colorScheme });
    try {
      const card = page.locator('[data-calendar]');
      await card.scrollIntoViewIfNeeded();
      assert.equal(await page.locator('[data-calendar-day="0"]').inputValue(), '1', 'Tuesday by default');
      assert.equal(await page.locator('[data-calendar-day="1"]').inputValue(), '4', 'Friday by default');
      assert.equal(await page.locator('[data-calendar-count]').innerText(), '19 sessions, from 12/1/2026 to 2/9/2027.');
      // Weeks to race count from today: the card says which day that makes race day.
      assert.match(await page.locator('[data-calendar-race]').innerText(), /^Counting from today, race day is 2\/23\/2027\./);
      await assertNoViolations(page, `the calendar card (${colorScheme})`);
      await screenshot(page, `calendar-${width}-${colorScheme}`, { fullPage: false });

      const requests = site.requests.length;
      const events = await save(page, () => page.locator('[data-action="calendar"]').click());
      assert.equal(site.requests.length, requests, 'the file is made on the device: no request');
      assert.equal(events.length, 19);
      assert.equal(new Set(events.map((e) => e.UID)).size, 19, 'unique UIDs');
      const starts = events.map((e) => e['DTSTART;VALUE=DATE']);
      assert.deepEqual(starts.slice(0, 4), ['20261201', '20261204', '20261208', '20261211']);
      assert.deepEqual(starts.slice(-3), ['20270126', '20270202', '20270209'], 'one a week (Tuesdays) in the last four weeks');
      assert.ok(starts.every((d) => d < '20270216'), 'nothing in race week (race day 2027-02-23)');
      for (const e of events) {
        assert.equal(e.SUMMARY, 'Strength session (painmap plan)');
        assert.match(e.DESCRIPTION, /^Your strength session from the painmap self-check\. The exercises, in order:\n\n1\. /);
        assert.match(e.DESCRIPTION, /3 sets of 20-30 reps/);
      }
      assert.match(await page.locator('[data-calendar] [role="status"]').innerText(), /Your browser is saving painmap-plan\.ics/);
      assert.deepEqual(errors.all(), []);
    } finally {
      await close();
    }
  });
}

test('the runner picks the days by keyboard; the same day twice is refused with a message', async () => {
  const { page, errors, close } = await open(KNEE, { width: 390, height: 844 });
  try {
    const second = page.locator('[data-calendar-day="1"]');
    await second.focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await second.inputValue(), '5', 'Saturday');
    await page.locator('[data-calendar-day="0"]').selectOption('5');
    const alert = page.locator('[data-calendar] [role="alert"]');
    await alert.waitFor();
    assert.equal(await alert.innerText(), 'Pick two different days.');
    assert.ok(await page.locator('[data-action="calendar"]').isDisabled());
    await page.locator('[data-calendar-day="0"]').selectOption('0');
    await alert.waitFor({ state: 'detached' });
    // Tab to the button, Enter: the file has Mondays and Saturdays.
    await page.locator('[data-calendar-day="1"]').focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-action')), 'calendar');
    const events = await save(page, () => page.keyboard.press('Enter'));
    const weekdays = new Set(events.map((e) => {
      const d = e['DTSTART;VALUE=DATE'];
      return new Date(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6)).getDay();
    }));
    assert.deepEqual([...weekdays].sort(), [1, 6]);
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

test('a plan from the lower back adds the weekly back-care reminder; no race means eight weeks; a race next week adds nothing', async () => {
  let { page, close } = await open(SPINE);
  try {
    const events = await save(page, () => page.locator('[data-action="calendar"]').click());
    const care = events.filter((e) => e.SUMMARY === 'Lower back care (painmap plan)');
    assert.equal(care.length, 8, 'weekly from this week (pain began in weeks 4-6) to the week before race week');
    assert.equal(events.length - care.length, 13, 'strength sessions: 2 a week for 5 weeks, then 1 a week for 3');
  } finally {
    await close();
  }
  ({ page, close } = await open(KNEE.replace('weeks-to-race=12', 'weeks-to-race=no-race')));
  try {
    assert.match(await page.locator('[data-calendar]').innerText(), /for the next eight weeks/);
    assert.equal((await save(page, () => page.locator('[data-action="calendar"]').click())).length, 16);
  } finally {
    await close();
  }
  ({ page, close } = await open(KNEE.replace('weeks-to-race=12', 'weeks-to-race=1')));
  try {
    assert.match(await page.locator('[data-calendar]').innerText(), /no strength sessions left to add/);
    assert.equal(await page.locator('[data-action="calendar"]').count(), 0);
  } finally {
    await close();
  }
});

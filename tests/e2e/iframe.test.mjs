// A clinic shows the standalone page in an iframe and loads iframe.js, which keeps the iframe as
// tall as the page inside it.
//
// The widget's files (dist/) are served on one origin (http://127.0.0.1:W), the clinic's page on
// another (http://localhost:H) under a strict CSP (no inline script or style), with iframe.js
// from the widget's origin; a third server (O) plays other sites' frames. The tests check that
// the iframe follows the page through a whole check (map, question, results, a narrower window,
// start over) with no scrollbar inside and no gap below; that a height message from anywhere
// but the widget's frame and origin (another site's frame, another frame of the widget's origin,
// the clinic's page itself, a frame that has left the widget's address) or of the wrong shape or
// size changes nothing; and that the page posts no message when it is not framed, nor the embed
// on a page that is framed.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, DIST } from './lib/server.mjs';
import { launch, openPage, screenshot } from './lib/browser.mjs';
import { loadVignettes, pickRegions, answerAll, readResults } from './lib/flow.mjs';

// A knee story that ends with an exercise plan: the longest results.
const STORY = loadVignettes().find((v) => v.id === 'runners-knee-classic');
const CORS = { 'Access-Control-Allow-Origin': '*' };
const TYPE = 'painmap:height';
const START = 600; // the iframe's height attribute: its height until the widget says otherwise

let widget; // dist/ on http://127.0.0.1:W
let other; // other sites' frames on http://127.0.0.1:O (and http://localhost:O)
let host; // the clinic on http://localhost:H
let browser;

const OTHER_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Other</title></head><body><p>Another site.</p></body></html>';

// The clinic's CSS makes every box border-box, as many sites do: iframe.js must add the iframe's
// border and padding to the page's height, or the page would scroll by their sum.
const HOST_CSS = `
  *, *::before, *::after { box-sizing: border-box; }
  body { margin: 0; padding: 24px; font-family: serif; }
  iframe { display: block; width: 100%; border: 3px solid rgb(10, 110, 92); padding: 2px; }
`;

/** The clinic's policy: the iframe page needs only iframe.js; the embed page, the whole widget. */
function csp(path) {
  const embed = path === '/embed-clinic.html';
  return [
    "default-src 'none'",
    embed ? `script-src ${widget.origin} 'wasm-unsafe-eval'` : `script-src ${widget.origin}`,
    embed ? `style-src ${widget.origin}` : "style-src 'self'",
    embed ? `connect-src ${widget.origin}` : `frame-src ${widget.origin} http://127.0.0.1:${other.port} http://localhost:${other.port}`,
    embed ? `img-src ${widget.origin}` : "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const WIDGET_QUERY = '?clinic-name=Harbour%20Physio&phone=%2B1%20604%20555%200100&booking-url=https%3A%2F%2Fharbour.example%2Fbook&accent=0a6e5c';

/** The clinic's page: the widget's iframe, other sites' iframes, iframe.js from the widget. */
function clinicPage() {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Clinic</title>
<link rel="stylesheet" href="/host.css"></head>
<body>
<h1>Harbour Physio</h1>
<iframe id="widget" data-painmap-frame src="${widget.url('/' + WIDGET_QUERY)}" title="Running pain self-check" height="${START}"></iframe>
<iframe id="same-origin" src="${widget.url('/icon.svg')}" title="Another page of the widget's origin" height="150"></iframe>
<iframe id="other" src="http://127.0.0.1:${other.port}/other.html" title="Another site" height="150"></iframe>
<iframe id="marked" data-painmap-frame src="http://127.0.0.1:${other.port}/other.html" title="Another site, marked" height="150"></iframe>
<iframe id="moved" data-painmap-frame src="${widget.url('/icon.svg')}" title="Goes elsewhere" height="150"></iframe>
<p id="after">After the widget.</p>
<script src="${widget.url('/iframe.js')}" defer></script>
</body></html>`;
}

/** A clinic page with the embed snippet: framed by an outer page, it must still post nothing. */
function embedClinicPage() {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Clinic (embed)</title></head>
<body><div data-painmap data-clinic-name="Harbour Physio"></div>
<script src="${widget.url('/embed.js')}" defer></script></body></html>`;
}

function outerPage() {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Outer</title></head><body>
<iframe id="clinic" src="${hostUrl('/embed-clinic.html')}" title="Clinic" width="1000" height="700"></iframe></body></html>`;
}

before(async () => {
  widget = await startServer({ root: DIST, headers: CORS });
  other = await startServer({
    root: null,
    pages: {
      '/other.html': { body: OTHER_PAGE },
      // An outer page that frames the clinic's embed page (read when served, once `host` is up).
      get '/outer.html'() {
        return { body: outerPage() };
      },
    },
  });
  // The clinic's pages read `host`, `widget` and `other` when served, once all three are up.
  host = await startServer({
    root: null,
    headers: (path) => (path.endsWith('.html') ? { 'Content-Security-Policy': csp(path) } : {}),
    pages: {
      '/host.css': { body: HOST_CSS, type: 'text/css; charset=utf-8' },
      get '/clinic.html'() {
        return { body: clinicPage() };
      },
      get '/embed-clinic.html'() {
        return { body: embedClinicPage() };
      },
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await Promise.all([widget?.close(), other?.close(), host?.close()]);
});

const hostUrl = (path) => `http://localhost:${host.port}${path}`;

/**
 * Records, in the top page only, every message it receives (`window.__messages`) and every CSP
 * violation (`window.__csp`); added before any page script runs.
 */
async function watch(page) {
  await page.addInitScript(() => {
    if (window !== window.top) return;
    window.__messages = [];
    window.addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`), true);
  });
}

/** The Playwright frame of an iframe of the page, by id. */
async function frameOf(page, id) {
  const frame = await (await page.$(`#${id}`)).contentFrame();
  assert.ok(frame, `#${id} has a frame`);
  return frame;
}

/** The iframe's size from outside, and the framed page's from inside. */
async function measure(page, frame) {
  const outer = await page.evaluate(() => {
    const f = document.getElementById('widget');
    return { box: f.getBoundingClientRect().height, style: f.style.height };
  });
  const inner = await frame.evaluate(() => {
    const html = document.documentElement;
    return { scroll: html.scrollHeight, client: html.clientHeight, html: html.getBoundingClientRect().height };
  });
  return { ...outer, ...inner };
}

/**
 * Waits until the iframe has taken the page's height and kept it for a few frames, then checks
 * there is no scrollbar inside (the page's scroll height is within 1 px of the iframe's
 * viewport) and no gap (the viewport is no taller than the page, within 1 px).
 */
async function settled(page, frame, where) {
  let last = '';
  let same = 0;
  let m;
  for (let i = 0; i < 200 && same < 4; i++) {
    await page.waitForTimeout(50);
    m = await measure(page, frame);
    const key = JSON.stringify(m);
    same = key === last ? same + 1 : 0;
    last = key;
  }
  assert.ok(same >= 4, `${where}: the iframe never settled (last ${last})`);
  assert.notEqual(m.style, '', `${where}: iframe.js set the iframe's height`);
  assert.ok(m.scroll <= m.client + 1, `${where}: no scrollbar inside the iframe: ${JSON.stringify(m)}`);
  assert.ok(m.client <= Math.ceil(m.html) + 1, `${where}: no gap below the page: ${JSON.stringify(m)}`);
  return m;
}

/** The height messages the top page received. */
const heightMessages = (page) => page.evaluate((type) => window.__messages.filter((m) => m.data?.type === type), TYPE);

test('the iframe follows the page through a whole check, with no scrollbar inside and no gap', async () => {
  const { page, errors, close } = await openPage(browser, null, { width: 1280, height: 800 });
  try {
    await watch(page);
    await page.goto(hostUrl('/clinic.html'), { waitUntil: 'load' });
    const frame = await frameOf(page, 'widget');
    await frame.locator('[data-region]').first().waitFor({ state: 'visible', timeout: 20_000 });

    const map = await settled(page, frame, 'the map');
    assert.notEqual(map.box, START + 0, 'the iframe no longer has its starting height');
    // border-box: the iframe's box is the page's height plus its border (3 + 3) and padding (2 + 2).
    assert.equal(map.style, `${Math.ceil(map.html) + 10}px`);

    // The messages the clinic's page got: only the one shape, only from the widget's origin,
    // each a whole number, none repeated in a row.
    const sent = await heightMessages(page);
    assert.ok(sent.length >= 1);
    for (const [i, m] of sent.entries()) {
      assert.equal(m.origin, widget.origin);
      assert.deepEqual(Object.keys(m.data).sort(), ['height', 'type']);
      assert.ok(Number.isInteger(m.data.height) && m.data.height > 100, JSON.stringify(m.data));
      if (i > 0) assert.notEqual(m.data.height, sent[i - 1].data.height, 'a height is sent only when it changed');
    }
    // The map is as tall as on a page of its own, not grown by its own iframe (100vh in a frame
    // that is as tall as its page), and the iframe got there in a message or two.
    const fig = await frame.evaluate(() => document.querySelector('.pm-fig').getBoundingClientRect().height);
    assert.ok(fig <= 600.5, `the figure is at most 600 px tall in a frame (${fig})`);
    assert.ok(sent.length <= 3, `${sent.length} messages to settle: ${JSON.stringify(sent.map((m) => m.data.height))}`);
    await screenshot(page, 'iframe-map-1280', { fullPage: false });

    // The list of places is a different height from the figure.
    await pickRegions(frame, STORY.regions);
    const list = await settled(page, frame, 'the list of places');

    await frame.locator('[data-action="next"]').click();
    await frame.locator('[data-question="red-flags"]').waitFor({ state: 'attached' });
    const question = await settled(page, frame, 'the warning signs');
    assert.notEqual(question.box, list.box, 'the iframe changed height with the step');

    await answerAll(frame, STORY.answers);
    const r = await readResults(frame);
    assert.ok(r.exercises.length > 0, 'a plan with exercises');
    const results = await settled(page, frame, 'the results');
    assert.ok(results.box > question.box, `the results are taller than a question (${results.box} > ${question.box})`);
    await screenshot(page, 'iframe-results-1280', { fullPage: false });

    // A phone: the page reflows, taller, and the iframe follows.
    await page.setViewportSize({ width: 390, height: 844 });
    const phone = await settled(page, frame, 'the results at 390 px');
    assert.ok(phone.box > results.box, `narrower is taller (${phone.box} > ${results.box})`);

    // Start over, by keyboard (a click's position can miss while the frame is still being
    // resized around it): back to the map, and the iframe shrinks with it.
    await page.setViewportSize({ width: 1280, height: 800 });
    await settled(page, frame, 'the results at 1280 px again');
    await frame.locator('[data-action="restart"]').first().press('Enter');
    await frame.locator('[data-region]').first().waitFor({ state: 'visible' });
    const again = await settled(page, frame, 'the map again');
    assert.ok(again.box < results.box, `the iframe shrank back (${again.box} < ${results.box})`);

    assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation on the clinic page');
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

test('a height message from anywhere but the widget, or of the wrong shape or size, changes nothing', async () => {
  const { page, errors, close } = await openPage(browser, null, { width: 1280, height: 800 });
  try {
    await watch(page);
    await page.goto(hostUrl('/clinic.html'), { waitUntil: 'load' });
    const frame = await frameOf(page, 'widget');
    await frame.locator('[data-region]').first().waitFor({ state: 'visible', timeout: 20_000 });
    const settledAt = (await settled(page, frame, 'the map')).style;

    // Every height iframe.js sets on any iframe from now on.
    await page.evaluate(() => {
      window.__set = [];
      const observer = new MutationObserver((records) => {
        for (const r of records) window.__set.push(`${r.target.id} ${r.target.style.height}`);
      });
      for (const f of document.querySelectorAll('iframe')) observer.observe(f, { attributes: true, attributeFilter: ['style'] });
    });
    const post = (target, data) => target.evaluate((d) => window.parent.postMessage(d, '*'), data);

    // A frame of another origin, not marked as the widget's.
    await post(await frameOf(page, 'other'), { type: TYPE, height: 333 });
    // A frame of the widget's own origin, not marked as the widget's: the right origin from the
    // wrong window.
    await post(await frameOf(page, 'same-origin'), { type: TYPE, height: 336 });
    // The clinic's page itself.
    await page.evaluate((type) => window.postMessage({ type, height: 334 }, '*'), TYPE);
    // A marked frame whose address was the widget's origin, now on another one.
    const away = `http://localhost:${other.port}/other.html`;
    const navigated = page.waitForEvent('framenavigated', (f) => f.url() === away);
    await (await frameOf(page, 'moved')).evaluate((url) => (window.location.href = url), away);
    await (await navigated).waitForLoadState('load');
    await post(await frameOf(page, 'moved'), { type: TYPE, height: 335 });
    // The widget's own frame, with messages of the wrong shape or size.
    const bad = [
      { type: TYPE, height: 99 },
      { type: TYPE, height: 20001 },
      { type: TYPE, height: -500 },
      { type: TYPE, height: NaN },
      { type: TYPE, height: Infinity },
      { type: TYPE, height: '500' },
      { type: TYPE, height: null },
      { type: TYPE },
      { type: TYPE, height: 500, extra: 1 },
      { type: 'painmap:size', height: 500 },
      { height: 500 },
      [TYPE, 500],
      JSON.stringify({ type: TYPE, height: 500 }),
      500,
      null,
    ];
    for (const data of bad) await post(frame, data);
    await page.waitForTimeout(500);
    assert.deepEqual(await page.evaluate(() => window.__set), [], 'no iframe was resized');
    assert.equal((await measure(page, frame)).style, settledAt);

    // The checks above are not vacuous: a good message from the widget's frame is used, and a
    // marked frame of another origin is sized from its own origin, not the widget's.
    await post(await frameOf(page, 'marked'), { type: TYPE, height: 444 });
    await page.waitForFunction(() => document.getElementById('marked').style.height === '454px');
    await post(frame, { type: TYPE, height: 700 });
    await page.waitForFunction(() => document.getElementById('widget').style.height === '710px');
    assert.deepEqual((await page.evaluate(() => window.__set)).slice(0, 2), ['marked 454px', 'widget 710px']);
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

test('not framed, the standalone page posts no message', async () => {
  const { page, errors, close } = await openPage(browser, null, { width: 1280, height: 800 });
  try {
    await watch(page);
    await page.goto(widget.url('/' + WIDGET_QUERY), { waitUntil: 'load' });
    await page.locator('[data-region]').first().waitFor({ state: 'visible', timeout: 20_000 });
    // A few frames after the first render, when a framed page has long sent its height.
    await page.waitForTimeout(500);
    await page.locator('[data-view="list"]').click();
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.__messages), []);
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-framed')), false);
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

test('the embedded widget posts no message, even on a framed page', async () => {
  const { page, errors, close } = await openPage(browser, null, { width: 1280, height: 800 });
  try {
    // An outer page of another origin frames the clinic's page, which uses the embed snippet.
    await watch(page);
    await page.goto(`http://127.0.0.1:${other.port}/outer.html`, { waitUntil: 'load' });
    const clinic = await frameOf(page, 'clinic');
    await clinic.locator('[data-painmap] [data-region]').first().waitFor({ state: 'visible', timeout: 20_000 });
    await page.waitForTimeout(500);
    assert.deepEqual(await page.evaluate(() => window.__messages), []);
    assert.deepEqual(errors.all(), []);
  } finally {
    await close();
  }
});

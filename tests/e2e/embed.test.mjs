// A clinic embeds the widget with one snippet, on its own origin, under a strict CSP.
//
// The widget's files (dist/) are served on one origin (http://127.0.0.1:A) with
// Access-Control-Allow-Origin, the clinic's page on another (http://localhost:B) with
//   script-src <widget> 'wasm-unsafe-eval'; style-src 'self' <widget>; img-src <widget>;
//   connect-src <widget>; default-src 'none'
// ('self' for styles only so the host page can have its own stylesheet). The tests check that
// the widget renders in each [data-painmap] element's open shadow root, that no CSP violation or
// console error happens, that the host's styles are unchanged and that the widget is untouched
// by the host's, that each widget uses its own settings (and bad ones are dropped with one
// warning each), and that every request goes to the two origins and nowhere else.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, DIST, REPO_ROOT } from './lib/server.mjs';
import { launch, openPage, screenshot, SCREENSHOT_DIR } from './lib/browser.mjs';
import { loadVignettes } from './lib/flow.mjs';
import { completeCheck } from './support/check.mjs';

const pack = JSON.parse(readFileSync(join(REPO_ROOT, 'core/src/content/en/ui.json'), 'utf8'));
// A knee story that ends with an exercise plan (not an emergency), so the clinic's call to action shows.
const STORY = loadVignettes().find((v) => v.id === 'runners-knee-classic');
const CORS = { 'Access-Control-Allow-Origin': '*' };

let widget; // dist/ at the root of its origin
let widgetSub; // the repo root, so the release sits in a folder: /dist/embed.js
let host;
let browser;

// Deliberately hostile host CSS: rules on bare elements, on the widget's own class names and
// hooks, with !important. None of it may reach into the shadow root.
const HOST_CSS = `
  html { font-size: 13px; }
  body { font-family: "Courier New", monospace; color: rgb(120, 20, 20); letter-spacing: 2px; background: rgb(250, 245, 230); }
  * { text-transform: uppercase !important; }
  div, section, p, button, svg, path { border: 2px dashed rgb(255, 0, 255) !important; }
  .pm-root, .pm-embed, [data-region] { display: none !important; }
  button { background: rgb(255, 105, 180) !important; }
  h1.host-title { color: rgb(10, 20, 200); font-size: 30px; }
`;

function csp(widgetOrigin) {
  return [
    "default-src 'none'",
    `script-src ${widgetOrigin} 'wasm-unsafe-eval'`,
    `style-src 'self' ${widgetOrigin}`,
    `img-src ${widgetOrigin}`,
    `connect-src ${widgetOrigin}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function escapeAttr(s) {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A clinic page with one element per settings object, and the embed script (unless `script` is false). */
function hostPage({ widgets, embedSrc, script = true }) {
  const elements = widgets
    .map((attrs, i) => {
      const a = Object.entries(attrs)
        .map(([k, v]) => ` data-${k}="${escapeAttr(v)}"`)
        .join('');
      return `<section class="host-slot" id="slot-${i}"><div data-painmap${a}></div></section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Clinic</title>
<link rel="stylesheet" href="/host.css"></head>
<body>
<h1 class="host-title">Harbour Physio</h1>
<p class="host-text" id="intro">Our running clinic.</p>
<button class="host-button" type="button">Book</button>
${elements}
<p class="host-text" id="outro">See you soon.</p>
${script ? `<script src="${embedSrc}" defer></script>` : ''}
</body></html>`;
}

const HOST_PROBES = ['h1.host-title', '#intro', '#outro', 'button.host-button', 'body', '.host-slot'];
const PROBED = ['color', 'font-family', 'font-size', 'letter-spacing', 'text-transform', 'background-color', 'border-top-style', 'margin-top'];

/** Computed styles of the host's own elements (not the widget's). */
function hostStyles(page) {
  return page.evaluate(
    ({ probes, props }) =>
      Object.fromEntries(
        probes.map((sel) => {
          const cs = getComputedStyle(document.querySelector(sel));
          return [sel, Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]))];
        }),
      ),
    { probes: HOST_PROBES, props: PROBED },
  );
}

/** Collects CSP violations (the listener is added before any page script, CSP or not). */
async function watchCsp(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`),
      true,
    );
  });
  return () => page.evaluate(() => window.__csp);
}

function pages(widgets, embedSrc) {
  return {
    '/host.css': { body: HOST_CSS, type: 'text/css; charset=utf-8' },
    '/clinic.html': {
      body: hostPage({ widgets, embedSrc }),
      headers: { 'Content-Security-Policy': csp(new URL(embedSrc).origin) },
    },
    '/plain.html': {
      body: hostPage({ widgets, embedSrc, script: false }),
      headers: { 'Content-Security-Policy': csp(new URL(embedSrc).origin) },
    },
  };
}

before(async () => {
  widget = await startServer({ root: DIST, headers: CORS });
  widgetSub = await startServer({ root: REPO_ROOT, headers: CORS });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await Promise.all([widget?.close(), widgetSub?.close(), host?.close()]);
});

/** Starts the host origin (on "localhost", a different host name from the widget's 127.0.0.1). */
async function hostWith(widgets, embedSrc) {
  await host?.close();
  host = await startServer({ root: null, pages: pages(widgets, embedSrc) });
  return (path) => `http://localhost:${host.port}${path}`;
}

/** Opens a host page, recording every request of the browser context and every dialog. */
async function open(url, opts = {}) {
  const { context, page, errors, close } = await openPage(browser, null, opts);
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  const violations = await watchCsp(page);
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, errors, close, requests, dialogs, violations };
}

/** Waits until the widget in `#slot-i` shows its map. */
async function mapShown(page, i) {
  await page.locator(`#slot-${i} [data-painmap] [data-region]`).first().waitFor({ state: 'visible', timeout: 20_000 });
}

test('two widgets on a strict-CSP page of another origin render in shadow roots, each with its own settings', async () => {
  const url = await hostWith(
    [
      {
        'clinic-name': 'Harbour Physio',
        phone: '+1 604 555 0100',
        'booking-url': 'https://harbour.example/book',
        accent: '#1F4E79',
        units: 'mi',
        'local-hills': "the Seawall ramp & Grouse Mountain's lower trails",
      },
      {},
    ],
    widget.url('/embed.js'),
  );

  // The host page's own look, without the widget.
  const plain = await open(url('/plain.html'));
  const before = await hostStyles(plain.page);
  await plain.close();

  widget.clearRequests();
  const { page, errors, close, requests, dialogs, violations } = await open(url('/clinic.html'), { width: 1280, height: 900 });
  try {
    await mapShown(page, 0);
    await mapShown(page, 1);

    // Open shadow roots, the widget's CSS linked inside from the widget's origin, nothing in the light DOM.
    const shape = await page.evaluate(() =>
      [...document.querySelectorAll('[data-painmap]')].map((el) => ({
        mode: el.shadowRoot?.mode,
        light: el.childElementCount,
        sheets: [...el.shadowRoot.querySelectorAll('link[rel=stylesheet]')].map((l) => new URL(l.href).origin),
        loaded: [...el.shadowRoot.styleSheets].length,
        styled: [...el.shadowRoot.querySelectorAll('[style]')].map((e) => e.className),
        hidden: el.shadowRoot.querySelector('.pm-embed').hidden,
      })),
    );
    assert.equal(shape.length, 2);
    for (const s of shape) {
      assert.equal(s.mode, 'open');
      assert.equal(s.light, 0, 'nothing is added to the host element itself');
      assert.ok(s.sheets.length >= 1 && s.sheets.every((o) => o === widget.origin), `stylesheets from the widget origin: ${s.sheets}`);
      assert.equal(s.loaded, s.sheets.length, 'every stylesheet loaded');
      assert.equal(s.hidden, false, 'shown once its CSS is in');
    }
    // The accent travels through the CSSOM, which is the only style the widget sets itself.
    assert.deepEqual(shape[0].styled, ['pm-embed']);
    assert.deepEqual(shape[1].styled, []);

    // The widget looks like itself: the host's hostile rules did not reach it.
    const look = await page.evaluate(() =>
      [...document.querySelectorAll('[data-painmap]')].map((el) => {
        const root = el.shadowRoot.querySelector('.pm-root');
        const cs = getComputedStyle(root);
        const button = getComputedStyle(el.shadowRoot.querySelector('button'));
        return {
          display: cs.display,
          accent: cs.getPropertyValue('--pm-accent').trim(),
          font: cs.fontFamily,
          transform: cs.textTransform,
          letterSpacing: cs.letterSpacing,
          border: cs.borderTopStyle,
          buttonBg: button.backgroundColor,
        };
      }),
    );
    for (const l of look) {
      assert.notEqual(l.display, 'none');
      assert.doesNotMatch(l.font, /Courier/);
      assert.equal(l.transform, 'none');
      assert.equal(l.letterSpacing, 'normal');
      assert.notEqual(l.border, 'dashed');
      assert.notEqual(l.buttonBg, 'rgb(255, 105, 180)');
    }
    assert.equal(look[0].accent, '#1f4e79', "the first clinic's accent");
    assert.equal(look[1].accent, '#0a6e5c', 'the default accent');

    // ...and the host looks like itself.
    assert.deepEqual(await hostStyles(page), before, "the host page's styles are unchanged");

    await screenshot(page, 'embed-two-widgets-1280');

    // A whole check in the first widget ends with that clinic's call to action (name as text, a
    // tel: link of digits, the booking link); the second widget is not disturbed.
    const first = page.locator('#slot-0 [data-painmap]');
    await completeCheck(first, STORY);
    const cta = first.locator('[data-cta="clinic"]');
    await cta.waitFor({ state: 'visible' });
    assert.match(await cta.innerText(), /Harbour Physio/);
    assert.equal(await cta.locator('a[href="tel:+16045550100"]').count(), 1);
    assert.equal(await cta.locator('a[href="https://harbour.example/book"]').count(), 1);
    assert.equal(await page.locator('#slot-1 [data-painmap] [data-triage]').count(), 0);
    // The clinic's local hills are named, as text, on the downhill-technique card only.
    const hills = first.locator('[data-exercise="downhill-technique"] [data-local-hills]');
    assert.equal(await hills.count(), 1);
    assert.match(await hills.innerText(), /Hills near us to practice on: the Seawall ramp & Grouse Mountain's lower trails/);
    assert.equal(await first.locator('[data-local-hills]').count(), 1, 'on no other card');
    await screenshot(page, 'embed-results-1280');
    await cta.screenshot({ path: join(SCREENSHOT_DIR, 'embed-cta-clinic-1280.png') });

    assert.deepEqual(await violations(), [], 'no CSP violation');
    assert.deepEqual(errors.all(), [], 'no console error');
    assert.deepEqual(dialogs, []);
    const hostOrigin = new URL(url('/')).origin;
    const elsewhere = requests.filter((r) => !r.startsWith(widget.origin + '/') && !r.startsWith(hostOrigin + '/'));
    assert.deepEqual(elsewhere, [], 'every request goes to the widget or the host page origin');
    const fromHost = requests.filter((r) => r.startsWith(hostOrigin + '/')).map((r) => new URL(r).pathname);
    assert.deepEqual([...new Set(fromHost)].sort(), ['/clinic.html', '/host.css'], 'the widget asks the host for nothing');
    // The hashed files were found relative to embed.js.
    const paths = widget.requests.map((r) => r.path);
    assert.ok(paths.includes('/embed.js'));
    assert.ok(paths.some((p) => /^\/painmap-[0-9a-f]+_bg\.wasm$/.test(p)), `the wasm was loaded: ${paths}`);
    assert.ok(widget.requests.every((r) => r.status === 200), 'every widget file was found');

    // Each widget keeps its own check: after a reload the first is back at its results and the
    // second, which was never touched, is still at the map (a blank check is not even saved).
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    assert.deepEqual(keys, ['painmap.session']);
    await page.reload({ waitUntil: 'load' });
    await page.locator('#slot-0 [data-painmap] [data-triage]').waitFor({ state: 'visible' });
    await mapShown(page, 1);
    assert.equal(await page.locator('#slot-1 [data-painmap] [data-triage]').count(), 0);
    // Start over in the second leaves the first alone.
    const second = page.locator('#slot-1 [data-painmap]');
    await second.locator('[data-region="knee-outer"][data-side="right"]').first().click();
    await page.waitForFunction(() => Object.keys(localStorage).sort().join() === 'painmap.session,painmap.session.2');
    await second.locator('[data-action="restart"]').click();
    // Start over forgets the second's check; nothing writes it back.
    await page.waitForFunction(() => Object.keys(localStorage).sort().join() === 'painmap.session');
    await page.reload({ waitUntil: 'load' });
    await page.locator('#slot-0 [data-painmap] [data-triage]').waitFor({ state: 'visible' });
    await mapShown(page, 1);
    assert.equal(await page.locator('#slot-1 [data-painmap] [data-chip]').count(), 0);
    assert.deepEqual(errors.all(), [], 'no console error after the reloads');
  } finally {
    await close();
  }
});

test('bad settings are dropped with one warning each, and the widget still works', async () => {
  // This time the release sits in a folder of the widget's origin: /dist/embed.js.
  const url = await hostWith(
    [
      {
        'clinic-name': '<img src=x onerror=alert(1)><b>Evil</b> Clinic',
        'booking-url': 'javascript:alert(document.domain)',
        accent: 'red; background-image: url(https://evil.example/x.png)',
        units: 'furlongs',
        phone: '+1 604 555 0100',
        // A typo: not a setting, but close to one.
        colour: '#123456',
        // The host's own attribute: not ours, left alone quietly.
        testid: 'symptom-checker',
      },
    ],
    widgetSub.url('/dist/embed.js'),
  );
  widgetSub.clearRequests();
  const { page, errors, close, requests, dialogs, violations } = await open(url('/clinic.html'), { width: 390, height: 844 });
  try {
    await mapShown(page, 0);
    const el = page.locator('#slot-0 [data-painmap]');
    await completeCheck(el, STORY);
    // The phone was fine, so there is still a clinic to call, but no name and no booking link.
    const cta = el.locator('[data-cta]');
    await cta.waitFor({ state: 'visible' });
    const widgetHtml = await page.evaluate(() => document.querySelector('[data-painmap]').shadowRoot.innerHTML);
    assert.doesNotMatch(widgetHtml, /<img|<b>|Evil|onerror/i, 'nothing from the clinic name is in the widget');
    assert.doesNotMatch(widgetHtml, /javascript:/i, 'no javascript: link');
    assert.doesNotMatch(widgetHtml, /evil\.example|background-image/i, 'nothing from the accent');
    assert.equal(await cta.locator('a[href="tel:+16045550100"]').count(), 1);
    const accent = await page.evaluate(() =>
      getComputedStyle(document.querySelector('[data-painmap]').shadowRoot.querySelector('.pm-root')).getPropertyValue('--pm-accent').trim(),
    );
    assert.equal(accent, '#0a6e5c', 'the default accent');
    // Distances in km (the default), not furlongs: the weeks-to-race plan mentions no miles.
    assert.doesNotMatch(await el.locator('[data-triage]').first().innerText(), /\bmiles?\b/);

    const warnings = errors.warnings().filter((w) => w.startsWith('painmap:'));
    for (const attr of ['data-clinic-name', 'data-booking-url', 'data-accent', 'data-units']) {
      assert.equal(warnings.filter((w) => w.includes(` ${attr}=`)).length, 1, `one warning names ${attr}: ${warnings.join('\n')}`);
    }
    assert.equal(
      warnings.filter((w) => w === 'painmap: ignored data-colour: it is not a setting; did you mean data-accent?').length,
      1,
      warnings.join('\n'),
    );
    assert.equal(warnings.length, 5, warnings.join('\n'));

    assert.deepEqual(dialogs, [], 'no script ran from the settings');
    assert.deepEqual(await violations(), [], 'no CSP violation');
    assert.deepEqual(errors.all(), [], 'no console error');
    const hostOrigin = new URL(url('/')).origin;
    assert.deepEqual(
      requests.filter((r) => !r.startsWith(widgetSub.origin + '/dist/') && !r.startsWith(hostOrigin + '/')),
      [],
      'the widget loads only from the folder embed.js is in',
    );
    await screenshot(page, 'embed-bad-settings-390');
    await cta.screenshot({ path: join(SCREENSHOT_DIR, 'embed-cta-bad-settings-390.png') });
  } finally {
    await close();
  }
});

test('a host without Access-Control-Allow-Origin gets one clear console error and an intact page', async () => {
  const bare = await startServer({ root: DIST });
  try {
    const url = await hostWith([{}], bare.url('/embed.js'));
    const { page, errors, close } = await open(url('/clinic.html'));
    try {
      const painmapErrors = () => errors.console.filter((e) => e.startsWith('painmap:'));
      for (let i = 0; i < 100 && painmapErrors().length === 0; i++) await page.waitForTimeout(100);
      assert.equal(painmapErrors().length, 1, errors.console.join('\n'));
      assert.match(painmapErrors()[0], /Access-Control-Allow-Origin/);
      assert.equal(await page.locator('h1.host-title').textContent(), 'Harbour Physio');
      // The space held for the widget is given back: no blank block on the clinic's page.
      assert.equal(await page.evaluate(() => document.querySelector('[data-painmap]').style.minHeight), '');
    } finally {
      await close();
    }
  } finally {
    await bare.close();
  }
});

test('the demo clinic page shows the snippet in use under its own strict CSP', async () => {
  const { page, errors, close, requests, violations } = await open(widget.url('/demo/'), { width: 1280, height: 900 });
  try {
    await page.locator('[data-painmap] [data-region]').first().waitFor({ state: 'visible', timeout: 20_000 });
    assert.equal(await page.locator('[data-painmap]').count(), 1);
    assert.ok(await page.evaluate(() => !!document.querySelector('[data-painmap]').shadowRoot));
    assert.match(await page.locator('[data-painmap]').locator('.pm-root').innerText(), new RegExp(pack.ui['app.title']));
    assert.deepEqual(await violations(), []);
    assert.deepEqual(errors.all(), []);
    assert.deepEqual(requests.filter((r) => !r.startsWith(widget.origin + '/')), []);
    await screenshot(page, 'demo-clinic-1280');
  } finally {
    await close();
  }
});

// Many sites set `html { font-size: 62.5% }`; the widget sizes its type from
// `--pm-u: max(1rem, 16px)` so such a host cannot shrink it (a shadow root cannot stop rem).
test('text in the widget does not shrink on a host page with a small root font size', async () => {
  const titleSize = async (rootFontSize) => {
    await host?.close();
    host = await startServer({
      root: null,
      pages: { ...pages([{}], widget.url('/embed.js')), '/host.css': { body: `html { font-size: ${rootFontSize}; }`, type: 'text/css' } },
    });
    const { page, close } = await open(`http://localhost:${host.port}/clinic.html`);
    try {
      await mapShown(page, 0);
      return await page.evaluate(() => getComputedStyle(document.querySelector('[data-painmap]').shadowRoot.querySelector('.pm-title')).fontSize);
    } finally {
      await close();
    }
  };
  assert.equal(await titleSize('62.5%'), await titleSize('100%'));
});

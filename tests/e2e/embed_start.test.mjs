// What the embed costs a clinic's page before the runner touches it (issue: the embed costs the
// page nothing). embed.js holds the space the map step will take from the moment it runs, so the
// widget's arrival shifts nothing on the host page (no layout-shift entry), and it fetches nothing
// of the widget (wasm, glue, styles) until an element comes within about one screen of the
// viewport or is tapped; a widget above the fold starts at once; several widgets share one load.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';

let site;
let browser;

const widgetFile = (path) => /\/painmap-[^/]*\.(wasm|js|css)$/.test(path);

function page({ above = '', widgets = 1, below = '<p id="after">After the widget.</p>' }) {
  const els = Array.from({ length: widgets }, (_, i) => `<div data-painmap id="w${i}" data-clinic-name="Clinic ${i}"></div>`).join('\n');
  return {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title></head>
<body style="margin:0;font:16px sans-serif">${above}${els}<script src="/embed.js"></script>${below}
</body></html>`,
  };
}

const SPACER = '<div style="height:4000px">A long page.</div>';

before(async () => {
  site = await startServer({
    pages: {
      '/host/top.html': page({}),
      '/host/far.html': page({ above: SPACER }),
      '/host/two.html': page({ widgets: 2, above: '<h1>Two widgets</h1>' }),
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** Records layout shifts from the start of the page (buffered), as Chrome reports them for CLS. */
async function newPageWithShifts(viewport, locale) {
  const context = await browser.newContext({ viewport, ...(locale ? { locale } : {}) });
  const p = await context.newPage();
  await p.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__shifts.push({
          value: e.value,
          hadRecentInput: e.hadRecentInput,
          sources: (e.sources || []).map((s) => (s.node && (s.node.id || s.node.nodeName)) || '?'),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return { context, p };
}

async function widgetReady(p, sel = '[data-painmap]') {
  await p.waitForFunction(
    (s) => {
      const all = [...document.querySelectorAll(s)];
      return all.length > 0 && all.every((h) => h.shadowRoot && h.shadowRoot.querySelector('[data-region]') && !h.shadowRoot.querySelector('.pm-embed[hidden]'));
    },
    sel,
    { timeout: 20_000 },
  );
}

// In Spanish too (the browser's languages choose it on the demo page): its longer texts must fit
// the space held.
for (const [width, height, locale] of [[412, 823], [390, 844], [360, 640], [768, 1024], [1350, 940], [1280, 800], [390, 844, 'es-MX'], [360, 640, 'es-MX'], [768, 1024, 'es-MX'], [1280, 800, 'es-MX']]) {
  test(`the demo clinic page does not move when the widget arrives (${width}x${height}${locale ? `, ${locale}` : ''})`, async () => {
    const { context, p } = await newPageWithShifts({ width, height }, locale);
    try {
      await p.goto(site.url('/demo/'), { waitUntil: 'load' });
      await widgetReady(p);
      await p.waitForTimeout(600);
      const { shifts, held, content } = await p.evaluate(() => {
        const h = document.querySelector('[data-painmap]');
        return {
          shifts: window.__shifts,
          held: parseFloat(h.style.minHeight),
          content: h.shadowRoot.querySelector('.pm-embed').getBoundingClientRect().height,
        };
      });
      const lang = await p.evaluate(() => document.querySelector('[data-painmap]').shadowRoot.querySelector('.pm-root').lang);
      assert.equal(lang, locale ? 'es' : 'en');
      assert.deepEqual(shifts, [], 'no layout shift at all before the runner touches the page');
      assert.ok(content <= held, `the held space (${held}px) covers the map step (${content}px)`);
      assert.ok(held - content < 260, `and does not leave a large gap (${held - content}px)`);
      // The runner's first click lets go of the hold: any change after it is their own action.
      await p.locator('[data-painmap]').click({ position: { x: 5, y: 5 } });
      await p.waitForFunction(() => document.querySelector('[data-painmap]').style.minHeight === '', null, { timeout: 2000 });
    } finally {
      await context.close();
    }
  });
}

test('nothing of the widget is fetched until it comes within about a screen of the viewport', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const p = await context.newPage();
  try {
    site.clearRequests();
    await p.goto(site.url('/host/far.html'), { waitUntil: 'load' });
    await p.waitForTimeout(1500);
    assert.deepEqual(site.requests.filter((r) => widgetFile(r.path)).map((r) => r.path), [], 'no widget request while far below');
    assert.equal(await p.evaluate(() => !!document.querySelector('[data-painmap]').shadowRoot), false);
    assert.ok(parseFloat(await p.evaluate(() => document.querySelector('[data-painmap]').style.minHeight)) > 1000, 'its space is held meanwhile');
    // Scroll to a screen above it: within the margin, it starts.
    await p.evaluate(() => window.scrollTo(0, 4000 - 2 * innerHeight + 40));
    await widgetReady(p);
    const wasm = site.requests.filter((r) => r.path.endsWith('.wasm'));
    assert.equal(wasm.length, 1);
  } finally {
    await context.close();
  }
});

test('a widget above the fold starts at once, and two widgets share one load', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const p = await context.newPage();
  try {
    site.clearRequests();
    await p.goto(site.url('/host/two.html'), { waitUntil: 'load' });
    await widgetReady(p);
    const wanted = site.requests.filter((r) => widgetFile(r.path));
    assert.equal(wanted.filter((r) => r.path.endsWith('.wasm')).length, 1, 'one wasm request for both');
    assert.equal(wanted.filter((r) => r.path.endsWith('.js')).length, 1, 'one glue request for both');
    assert.equal(await p.evaluate(() => document.querySelectorAll('[data-painmap]').length), 2);
  } finally {
    await context.close();
  }
});

test('without IntersectionObserver the widget starts at once', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const p = await context.newPage();
  try {
    await p.addInitScript(() => {
      delete window.IntersectionObserver;
    });
    await p.goto(site.url('/host/far.html'), { waitUntil: 'load' });
    await widgetReady(p);
  } finally {
    await context.close();
  }
});

test('a widget parsed after the widget has loaded (a page still streaming in) is mounted too', async () => {
  const { createServer } = await import('node:http');
  const files = await startServer({ headers: { 'Access-Control-Allow-Origin': '*' } });
  const stream = createServer((req, res) => {
    if (req.url !== '/stream.html') {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.write(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Streaming</title></head><body>
<div data-painmap id="first"></div><script src="${files.url('/embed.js')}"></script>
${' '.repeat(4096)}`);
    // The first widget loads while the rest of the page is still on its way.
    setTimeout(() => {
      res.end('<p>More of the page.</p><div data-painmap id="second"></div></body></html>');
    }, 2500);
  });
  await new Promise((ok) => stream.listen(0, '127.0.0.1', ok));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const p = await context.newPage();
  try {
    await p.goto(`http://127.0.0.1:${stream.address().port}/stream.html`, { waitUntil: 'commit' });
    await widgetReady(p, '#first');
    assert.equal(await p.locator('#second').count(), 0, 'the first widget is up before the second is parsed');
    await widgetReady(p, '#second');
  } finally {
    await context.close();
    stream.closeAllConnections?.();
    await new Promise((ok) => stream.close(ok));
    await files.close();
  }
});

// `make bench`: how big and how fast the release build is, measured in Debian's Chromium driven by
// playwright-core against dist/ served on localhost, next to a floor measured in the same run: the
// same page as a static copy (the app's own rendered map and CSS, no script, no wasm).
//
//   node scripts/bench.mjs            (BENCH_RUNS=n for more or fewer runs; at least 5 count)
//
// Prints a table and writes target/bench.json (every run, the medians, the environment) and
// target/size.json. Each figure is the median of the runs, each run a fresh browser context (a
// first visit: empty cache, no service worker), unthrottled and with 4x CPU throttling (CDP
// Emulation.setCPUThrottlingRate). What is measured:
//
// - size: every file of dist/ raw / gzip -9 / brotli q11 (scripts/size-table.mjs); the bytes the
//   page actually requested on its first load (until the map was ready, then with the service
//   worker's precache); the widget's own files (wasm, glue JS, CSS, HTML) against the budget.
// - startup: navigation -> `pm:map-ready` (the app's performance mark, set after the map's first
//   render is in the DOM with its listeners; src/perf.rs), first contentful paint, and the
//   longest main-thread task during load, read from a Chromium trace (every task, not only those
//   over 50 ms; falls back to the Long Tasks API if the trace has no task events).
// - interaction: input -> the app's `pm:render` mark (the DOM is updated), and input -> the next
//   frame painted (requestAnimationFrame after that mark, then a message after that frame);
//   for a region click on the map, an answer, Next to the following question, and the results.
//   Event Timing entries over 16 ms are counted too. The floor's figure is a click on its static
//   map, where nothing runs: what the browser itself needs to get a frame out.
// - memory after a whole check: the JS heap (CDP Runtime.getHeapUsage after a forced GC) and the
//   wasm linear memory (the module's own WebAssembly.Memory, caught as it is instantiated), plus
//   the number of DOM elements.

import { execSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable, measure, writeJson as writeSizeJson } from './size-table.mjs';
import { startServer } from '../tests/e2e/lib/server.mjs';
import { launch, CHROMIUM } from '../tests/e2e/lib/browser.mjs';
import { eachQuestion } from '../tests/e2e/lib/flow.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS) || 5);
const THROTTLES = [1, 4];
const BUDGET_KB = 185; // the guard for the first load (scripts/size-table.mjs); 120 was retired
const AIM_KB = 80;
const VIEWPORT = { width: 390, height: 844 };
// The check a runner makes in each run: one place, then the first answer of every question.
const REGION = { region: 'knee-front', side: 'left' };

// ---- what runs in the page before any of its own scripts ----------------------------------------
const INIT = `(() => {
  const b = (window.__bench = { longtasks: [], events: [], memories: [], onMark: null });
  const observe = (type, opts, f) => {
    try { new PerformanceObserver((l) => l.getEntries().forEach(f)).observe({ type, buffered: true, ...opts }); } catch {}
  };
  observe('longtask', {}, (e) => b.longtasks.push({ start: e.startTime, dur: e.duration }));
  observe('event', { durationThreshold: 16 }, (e) =>
    b.events.push({ name: e.name, start: e.startTime, dur: e.duration, interaction: e.interactionId }));
  // The app's wasm memory, caught as the module is instantiated (the app exposes nothing for this).
  const keep = (r) => {
    const m = (r && (r.instance || r).exports || {}).memory;
    if (m instanceof WebAssembly.Memory) b.memories.push(m);
    return r;
  };
  for (const k of ['instantiate', 'instantiateStreaming']) {
    const orig = WebAssembly[k];
    if (orig) WebAssembly[k] = function (...a) { return orig.apply(this, a).then(keep); };
  }
  // The app's marks, seen the moment they are set (an observer would hear of them a task later).
  const mark = performance.mark.bind(performance);
  performance.mark = (name, o) => {
    const m = mark(name, o);
    if (b.onMark) b.onMark(name, m.startTime);
    return m;
  };
  // One interaction: from the input event to the app's next render mark (when one is expected),
  // then to the next frame: rAF runs before that frame paints, a message posted there after it.
  b.probe = (expectRender) =>
    new Promise((resolve) => {
      const afterFrame = (out) =>
        requestAnimationFrame(() => {
          out.frame = performance.now();
          const ch = new MessageChannel();
          ch.port1.onmessage = () => { out.paint = performance.now(); resolve(out); };
          ch.port2.postMessage(0);
        });
      document.addEventListener('click', (ev) => {
        const out = { t0: ev.timeStamp };
        if (!expectRender) return afterFrame(out);
        const timer = setTimeout(() => { b.onMark = null; out.noRender = true; afterFrame(out); }, 5000);
        b.onMark = (name, t) => {
          if (name !== 'pm:render') return;
          b.onMark = null;
          clearTimeout(timer);
          out.dom = t;
          afterFrame(out);
        };
      }, { capture: true, once: true });
    });
})();`;

// ---- small helpers --------------------------------------------------------------------------------
const median = (xs) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const max = (xs) => (xs.length ? Math.max(...xs) : null);
const kb = (n) => (n == null ? '-' : `${(n / 1024).toFixed(1)} KB`);
const ms = (n) => (n == null ? '-' : `${n.toFixed(1)} ms`);
const mb = (n) => (n == null ? '-' : `${(n / 1024 / 1024).toFixed(2)} MB`);
const sh = (cmd) => {
  try {
    return execSync(cmd, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
};

async function newPage(browser, throttle) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(INIT);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page, cdp };
}

/**
 * Longest main-thread task of the page's renderer between its navigation start and `untilMs`
 * after it: { longest (ms), tasks, over50, top: the five longest [ms, at ms] }.
 */
function longestTask(trace, url, untilMs) {
  const events = trace.traceEvents ?? trace;
  // The navigation to the page itself (not the new tab's about:blank, nor a later empty document).
  const nav = events
    .filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url)
    .sort((a, b) => a.ts - b.ts)
    .at(-1);
  if (!nav) return null;
  const start = nav.ts;
  const end = start + untilMs * 1000;
  const tasks = events.filter(
    (e) =>
      e.ph === 'X' &&
      (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
      e.pid === nav.pid &&
      e.tid === nav.tid &&
      e.ts + (e.dur ?? 0) > start &&
      e.ts < end,
  );
  if (!tasks.length) return null;
  const runTasks = tasks.filter((t) => t.name === 'RunTask');
  const top = (runTasks.length ? runTasks : tasks)
    .sort((a, b) => b.dur - a.dur)
    .slice(0, 5)
    .map((t) => [+(t.dur / 1000).toFixed(1), +((t.ts - start) / 1000).toFixed(1)]);
  return { longest: top[0][0], tasks: runTasks.length || tasks.length, over50: (runTasks.length ? runTasks : tasks).filter((t) => t.dur > 50_000).length, top };
}

// As few categories as give every task and the navigation's start: more (devtools.timeline) slow the page down.
const TRACE_CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

async function traced(browser, page, fn) {
  let ok = true;
  await browser.startTracing(page, { categories: TRACE_CATEGORIES }).catch(() => (ok = false));
  try {
    await fn();
  } finally {
    if (ok) {
      const buf = await browser.stopTracing();
      return JSON.parse(buf.toString('utf8'));
    }
  }
  return null;
}

/**
 * The Event Timing duration of each step's click (input to the frame presented, in 8 ms steps),
 * matched by its start time; 16 when the browser reported none (it reports from 16 ms up).
 */
function withEventTiming(steps, events) {
  for (const step of steps) {
    const e = events.find((x) => x.name === 'click' && Math.abs(x.start - step.t0) < 0.5);
    step.presented = e ? e.dur : 16;
  }
  return steps;
}

/** Interacts by clicking `locator`, and returns the timings of that interaction. */
async function interact(page, locator, expectRender) {
  await page.evaluate((e) => { window.__bench.pending = window.__bench.probe(e); }, expectRender);
  await locator.click();
  const r = await page.evaluate(() => window.__bench.pending);
  return {
    t0: r.t0,
    dom: r.dom != null ? r.dom - r.t0 : null,
    paint: r.paint - r.t0,
    noRender: !!r.noRender,
  };
}

async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
  const heap = await cdp.send('Runtime.getHeapUsage');
  const inPage = await page.evaluate(() => ({
    wasm: window.__bench.memories.reduce((t, m) => t + m.buffer.byteLength, 0),
    elements: document.getElementsByTagName('*').length,
  }));
  return { jsHeap: heap.usedSize, wasm: inPage.wasm, elements: inPage.elements };
}

// ---- one run of the widget: load, a whole check, memory -----------------------------------------
async function widgetRun(browser, site, throttle) {
  const { context, page, cdp } = await newPage(browser, throttle);
  try {
    site.clearRequests();
    let load;
    const trace = await traced(browser, page, async () => {
      await page.goto(site.url('/'), { waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByName('pm:map-ready').length > 0, null, { timeout: 60_000 });
      // The first paint may come just after the map is ready (the render is its own task).
      await page
        .waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 10_000 })
        .catch(() => {});
      load = await page.evaluate(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
        const mapReady = performance.getEntriesByName('pm:map-ready')[0].startTime;
        return {
          mapReady,
          fcp: paint ? paint.startTime : null,
          wasmLoaded: wasm ? wasm.responseEnd : null,
          // What the page itself asked for before its map was ready (the service worker's own
          // fetches are not the page's resources).
          requested: [
            location.pathname,
            ...performance
              .getEntriesByType('resource')
              .filter((r) => r.startTime <= mapReady)
              .map((r) => new URL(r.name).pathname),
          ],
        };
      });
    });
    const requestedBeforeReady = load.requested;
    delete load.requested;
    const tasks = trace ? longestTask(trace, site.url('/'), load.mapReady) : null;
    const longtasks = await page.evaluate(() => window.__bench.longtasks);
    const longest = tasks?.longest ?? (longtasks.length ? max(longtasks.map((t) => t.dur)) : null);
    await page.waitForTimeout(300);

    // The whole check, as a runner makes it.
    const steps = [];
    const region = page.locator(`.pm-fig [data-region="${REGION.region}"][data-side="${REGION.side}"]`).first();
    steps.push({ kind: 'region', ...(await interact(page, region, true)) });
    await page.waitForSelector(`.pm-fig [data-region="${REGION.region}"][data-side="${REGION.side}"][aria-checked="true"]`);
    steps.push({ kind: 'next', ...(await interact(page, page.locator('[data-action="next"]'), true)) });
    await eachQuestion(
      page,
      async (q, scope, forward) => {
        if (q === 'weeks-to-race') {
          await scope.locator('[data-answer="weeks"]').fill('8');
        } else {
          const answer = q === 'red-flags' ? scope.locator('[data-answer="none"]') : scope.locator('[data-answer]').first();
          steps.push({ kind: 'answer', ...(await interact(page, answer, true)) });
        }
        const isResults = (await forward.getAttribute('data-action')) === 'results';
        steps.push({ kind: isResults ? 'results' : 'next', ...(await interact(page, forward, true)) });
      },
      { timeout: 30_000 },
    );
    await page.locator('[data-triage]').first().waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    const events = await page.evaluate(() => window.__bench.events);
    withEventTiming(steps, events);
    const mem = await memory(page, cdp);
    // What the service worker fetched to precache, once it had the time to.
    await page.waitForTimeout(throttle === 1 ? 1500 : 0);
    const requestedAll = site.requests.map((r) => r.path);
    return { load: { ...load, longestTask: longest, traceTasks: tasks, longtasks: longtasks.length }, steps, events, mem, requestedBeforeReady, requestedAll };
  } finally {
    await context.close();
  }
}

// ---- one run of the floor: the static copy of the same page ---------------------------------------
async function floorRun(browser, site, throttle) {
  const { context, page, cdp } = await newPage(browser, throttle);
  try {
    site.clearRequests();
    let load;
    const trace = await traced(browser, page, async () => {
      await page.goto(site.url('/floor.html'), { waitUntil: 'load' });
      load = await page.evaluate(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        const nav = performance.getEntriesByType('navigation')[0];
        return { fcp: paint ? paint.startTime : null, loaded: nav.loadEventEnd };
      });
      if (load.fcp == null) {
        await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 10_000 }).catch(() => {});
        load.fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
      }
    });
    const requested = site.requests.map((r) => r.path);
    const tasks = trace ? longestTask(trace, site.url('/floor.html'), Math.max(load.loaded, load.fcp ?? 0)) : null;
    await page.waitForTimeout(300);
    const steps = [];
    const region = page.locator(`[data-region="${REGION.region}"][data-side="${REGION.side}"]`).first();
    for (let i = 0; i < 5; i++) steps.push({ kind: 'click', ...(await interact(page, region, false)) });
    await page.waitForTimeout(300);
    const events = await page.evaluate(() => window.__bench.events);
    withEventTiming(steps, events);
    const mem = await memory(page, cdp);
    return { load: { ...load, mapReady: load.fcp, longestTask: tasks?.longest ?? null, traceTasks: tasks }, steps, events, mem, requested };
  } finally {
    await context.close();
  }
}

/** The static floor page: the app's own rendered page (map step), its stylesheets, no script. */
async function makeFloor(browser, site) {
  const { context, page } = await newPage(browser, 1);
  try {
    await page.goto(site.url('/'), { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('pm:map-ready').length > 0);
    return await page.evaluate(() => {
      const css = [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => `<link rel="stylesheet" href="${l.getAttribute('href')}">`);
      const root = document.getElementById('painmap').outerHTML;
      return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><title>painmap floor</title>${css.join('')}</head><body>${root}</body></html>`;
    });
  } finally {
    await context.close();
  }
}

// ---- the run ----------------------------------------------------------------------------------------
const sizes = measure();
// `make bench` builds dist/ only when it is missing: say so when the sources are newer.
const built = statSync(join(ROOT, 'dist', 'index.html')).mtimeMs;
const newer = (sh('git ls-files src core/src styles index.html Cargo.toml') ?? '')
  .split('\n')
  .filter((f) => f && statSync(join(ROOT, f), { throwIfNoEntry: false })?.mtimeMs > built);
if (newer.length) {
  console.log(`note: dist/ is older than ${newer.length} source file(s) (${newer.slice(0, 3).join(', ')}${newer.length > 3 ? ', ...' : ''}); run \`make dist\` first to measure them`);
}
const byPath = new Map(sizes.files.map((f) => [f.path, f]));
const sum = (paths, key) => paths.reduce((t, p) => t + (byPath.get(p.replace(/^\//, '') || 'index.html')?.[key] ?? 0), 0);
// iframe.js is loaded by a clinic's page that frames the widget, not by the widget itself.
const isWidget = (p) => /\.(wasm|js|css|html)$/.test(p) && !p.startsWith('demo/') && p !== 'sw.js' && p !== 'iframe.js';

console.log('painmap benchmark');
console.log('');
console.log('Size of dist/ (bytes; gzip -9, brotli q11):');
console.log(formatTable(sizes));
writeSizeJson(sizes);

// The server looks pages up in this object per request, so the floor is added once it is made.
const pages = {};
const site = await startServer({ pages });
const browser = await launch();
const chromium = browser.version();
const env = {
  generated: new Date().toISOString(),
  commit: sh('git rev-parse --short HEAD'),
  dirty: !!sh('git status --porcelain -- src core styles index.html Cargo.toml'),
  chromium,
  chromiumPath: CHROMIUM,
  node: process.version,
  cpus: cpus().length,
  loadavg: loadavg().map((x) => +x.toFixed(2)),
  runs: RUNS,
  viewport: VIEWPORT,
};
console.log('');
console.log(`Chromium ${chromium}, ${env.cpus} CPUs, load average ${env.loadavg.join(' ')}; ${RUNS} runs each, median.`);

const floorHtml = await makeFloor(browser, site);
pages['/floor.html'] = { body: floorHtml };

const results = {};
for (const throttle of THROTTLES) {
  const widget = [];
  const floor = [];
  for (let i = 0; i < RUNS; i++) {
    process.stdout.write(`\r${throttle}x CPU: run ${i + 1} of ${RUNS}   `);
    widget.push(await widgetRun(browser, site, throttle));
    floor.push(await floorRun(browser, site, throttle));
  }
  process.stdout.write('\n');
  results[throttle] = { widget, floor };
}
await browser.close();
await site.close();

// ---- summary ----------------------------------------------------------------------------------------
function summarize(throttle) {
  const { widget, floor } = results[throttle];
  const stepMedian = (runs, kind, key) => median(runs.map((r) => median(r.steps.filter((s) => s.kind === kind).map((s) => s[key]))));
  const stepMax = (runs, kind, key) => max(runs.flatMap((r) => r.steps.filter((s) => s.kind === kind).map((s) => s[key])).filter(Number.isFinite));
  const floorPaint = median(floor.map((r) => median(r.steps.map((s) => s.paint))));
  const floorPresented = median(floor.map((r) => median(r.steps.map((s) => s.presented))));
  return {
    mapReady: [median(widget.map((r) => r.load.mapReady)), median(floor.map((r) => r.load.mapReady))],
    fcp: [median(widget.map((r) => r.load.fcp)), median(floor.map((r) => r.load.fcp))],
    wasmLoaded: median(widget.map((r) => r.load.wasmLoaded)),
    longestTask: [median(widget.map((r) => r.load.longestTask)), median(floor.map((r) => r.load.longestTask))],
    longestTaskMax: max(widget.map((r) => r.load.longestTask).filter(Number.isFinite)),
    interaction: Object.fromEntries(
      ['region', 'answer', 'next', 'results'].map((k) => [
        k,
        {
          dom: stepMedian(widget, k, 'dom'),
          paint: stepMedian(widget, k, 'paint'),
          paintMax: stepMax(widget, k, 'paint'),
          presented: stepMedian(widget, k, 'presented'),
          floorPaint,
          floorPresented,
        },
      ]),
    ),
    // Interactions (Event Timing groups an input's events under one interactionId) slower than 16 ms.
    eventsOver16: [widget, floor].map((runs) => median(runs.map((r) => new Set(r.events.filter((e) => e.interaction).map((e) => e.interaction)).size))),
    jsHeap: [median(widget.map((r) => r.mem.jsHeap)), median(floor.map((r) => r.mem.jsHeap))],
    wasmMemory: median(widget.map((r) => r.mem.wasm)),
    elements: [median(widget.map((r) => r.mem.elements)), median(floor.map((r) => r.mem.elements))],
  };
}

const first = results[1].widget[0];
const beforeReady = [...new Set(first.requestedBeforeReady)];
const all = [...new Set(first.requestedAll)];
const floorFiles = [...new Set(results[1].floor[0].requested)];
const widgetFiles = sizes.files.filter((f) => isWidget(f.path)).map((f) => `/${f.path}`);
const transfer = {
  beforeReady: { files: beforeReady, raw: sum(beforeReady, 'raw'), brotli: sum(beforeReady, 'brotli') },
  withPrecache: { files: all, raw: sum(all, 'raw'), brotli: sum(all, 'brotli') },
  floor: { files: floorFiles, raw: sum(floorFiles, 'raw') + Buffer.byteLength(floorHtml), brotli: null },
  widget: { files: widgetFiles, raw: sum(widgetFiles, 'raw'), gzip: sum(widgetFiles, 'gzip'), brotli: sum(widgetFiles, 'brotli') },
};
const summary = Object.fromEntries(THROTTLES.map((t) => [`${t}x`, summarize(t)]));

const ratio = (a, b) => (a != null && b != null && b > 0 ? `${(a / b).toFixed(1)}x` : '-');
const rows = [];
const row = (name, f, fmt) => {
  const cells = [name];
  for (const t of THROTTLES) {
    const [w, fl] = f(summary[`${t}x`]);
    cells.push(fmt(w), fl == null ? '-' : fmt(fl), ratio(w, fl));
  }
  rows.push(cells);
};
row('map drawn and interactive (floor: first paint)', (s) => s.mapReady, ms);
row('first contentful paint', (s) => s.fcp, ms);
row('longest main-thread task during load', (s) => s.longestTask, ms);
for (const [k, label] of [['region', 'tap a region -> DOM updated'], ['answer', 'answer -> DOM updated'], ['next', 'Next -> next question in DOM'], ['results', 'last Next -> results in DOM']]) {
  row(label, (s) => [s.interaction[k].dom, null], ms);
}
for (const [k, label] of [['region', 'tap a region -> next frame painted'], ['answer', 'answer -> next frame painted'], ['next', 'Next -> next question painted'], ['results', 'last Next -> results painted']]) {
  row(label, (s) => [s.interaction[k].paint, s.interaction[k].floorPaint], ms);
}
for (const [k, label] of [['region', 'tap a region -> frame presented (Event Timing)'], ['answer', 'answer -> frame presented (Event Timing)'], ['next', 'Next -> frame presented (Event Timing)'], ['results', 'last Next -> frame presented (Event Timing)']]) {
  row(label, (s) => [s.interaction[k].presented, s.interaction[k].floorPresented], ms);
}
// Event Timing counts from the input to the frame presented in 8 ms steps, compositing included,
// so even the floor's clicks, where nothing runs, can count.
row(`interactions over 16 ms by Event Timing (widget of ${results[1].widget[0].steps.length}, floor of 5)`, (s) => s.eventsOver16, (n) => (n == null ? '-' : String(n)));
row('JS heap after a whole check', (s) => s.jsHeap, mb);
row('wasm memory after a whole check', (s) => [s.wasmMemory, null], mb);
row('DOM elements after a whole check', (s) => s.elements, (n) => (n == null ? '-' : String(Math.round(n))));

const head = ['median of ' + RUNS + ' runs', ...THROTTLES.flatMap((t) => [`widget ${t}x`, `floor ${t}x`, 'ratio'])];
const table = [head, ...rows];
const widths = head.map((_, i) => Math.max(...table.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log('');
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
rows.forEach((r) => console.log(line(r)));
console.log('');
const w = transfer.widget;
console.log(`widget files (wasm, glue JS, CSS, HTML; body map SVG and content are inside the wasm): ${kb(w.raw)} raw, ${kb(w.gzip)} gzip, ${kb(w.brotli)} brotli; budget ${BUDGET_KB} KB brotli (aim ${AIM_KB}): ${w.brotli / 1024 <= BUDGET_KB ? 'within budget' : 'OVER BUDGET'}${w.brotli / 1024 <= AIM_KB ? ', within the aim' : ''}`);
console.log(`first load, until the map is ready: ${beforeReady.length} requests, ${kb(transfer.beforeReady.raw)} as served here (uncompressed), ${kb(transfer.beforeReady.brotli)} brotli`);
console.log(`first load with the service worker's precache: ${all.length} requests, ${kb(transfer.withPrecache.raw)} uncompressed, ${kb(transfer.withPrecache.brotli)} brotli`);
console.log(`floor page: ${floorFiles.length} requests, ${kb(transfer.floor.raw)} uncompressed`);
const s1 = summary['1x'];
const over50 = results[1].widget.filter((r) => r.load.longestTask > 50).length;
const aims = [
  [`no long task over 50 ms unthrottled (median of the longest: ${ms(s1.longestTask[0])}; ${over50} of ${RUNS} runs had one, worst ${ms(s1.longestTaskMax)})`, s1.longestTask[0] != null && s1.longestTask[0] <= 50],
  [`input -> DOM updated under 16 ms unthrottled (region ${ms(s1.interaction.region.dom)}, answer ${ms(s1.interaction.answer.dom)}, next ${ms(s1.interaction.next.dom)})`, ['region', 'answer', 'next'].every((k) => s1.interaction[k].dom < 16)],
  [`input -> frame presented under 16 ms unthrottled by Event Timing (region ${ms(s1.interaction.region.presented)}, answer ${ms(s1.interaction.answer.presented)}, next ${ms(s1.interaction.next.presented)}; a click on the floor, where nothing runs: ${ms(s1.interaction.answer.floorPresented)})`, ['region', 'answer', 'next'].every((k) => s1.interaction[k].presented < 16)],
];
for (const [what, ok] of aims) console.log(`${ok ? 'meets' : 'misses'} the aim: ${what}`);

const out = join(ROOT, 'target', 'bench.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ ...env, sizes, transfer, summary, runs: results }, null, 2)}\n`);
console.log(`written: target/bench.json, target/size.json`);

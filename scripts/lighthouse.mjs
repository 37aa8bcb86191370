// Lighthouse on the release build: the figures a clinic's web team would see in PageSpeed Insights,
// measured here on localhost. Part of `make bench` (skip it with BENCH_LIGHTHOUSE=0); not a test.
//
//   node scripts/lighthouse.mjs       (LIGHTHOUSE_RUNS=n for more or fewer runs; default 3)
//
// Serves dist/ on 127.0.0.1 as a CDN would: text files (.html .js .css .wasm .svg .json .txt
// .webmanifest) brotli-compressed (Node's zlib, quality 11) with `Content-Encoding: br`, correct
// MIME types (application/wasm), and the caching README.md recommends (hashed files cached for
// good, the rest `no-cache`). Then runs Lighthouse 12 (the devDependency, pinned) in Debian's
// Chromium with its default configuration: mobile form factor, simulated throttling (slow 4G,
// 4x CPU slowdown), on three pages:
//
// - `/`: the standalone page;
// - `/demo/`: the demo clinic page, with the widget embedded by embed.js;
// - `/demo/without-widget.html`: the same clinic page with the embed snippet (the `[data-painmap]`
//   element and the embed.js script tag) removed, made on the fly from dist/demo/index.html and
//   served beside it so its stylesheet and icon are the same files: the clinic page without
//   anything of ours, so /demo/ reads as "what the widget adds".
//
// Each page is run LIGHTHOUSE_RUNS times (round by round, so a slower spell of the machine falls on
// every page alike), each run in a fresh Chromium with Lighthouse's own storage reset (empty
// cache, no service worker). It prints the medians (performance score, FCP, LCP, CLS, TBT, Speed
// Index, bytes transferred; accessibility, best-practices and SEO scores), then per page the
// audits that were not at full score in any run, the LCP element and the layout shifts.
// target/lighthouse.json has every run, the medians and the environment; target/lighthouse/ the
// full Lighthouse reports (JSON, open them in https://googlechrome.github.io/lighthouse/viewer/).
//
// A low score fails nothing (this is a benchmark). It exits non-zero only when Lighthouse cannot
// run: no Chromium, Lighthouse missing, a run that ends in a runtime error twice, no scores.

import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { mimeType } from '../tests/e2e/lib/server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'target', 'lighthouse.json');
const REPORTS = join(ROOT, 'target', 'lighthouse');
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS) || 3);
const CHROMIUM = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const WITHOUT = '/demo/without-widget.html';
const PAGES = [
  { id: 'standalone', path: '/', label: 'standalone page /' },
  { id: 'demo', path: '/demo/', label: 'demo clinic page, with the widget' },
  { id: 'demo-without', path: WITHOUT, label: 'demo clinic page, without the widget' },
];
const METRICS = [
  ['fcp', 'first-contentful-paint'],
  ['lcp', 'largest-contentful-paint'],
  ['cls', 'cumulative-layout-shift'],
  ['tbt', 'total-blocking-time'],
  ['si', 'speed-index'],
  ['tti', 'interactive'],
  ['bytes', 'total-byte-weight'],
];

function fail(message) {
  console.error(`\nlighthouse: ERROR: ${message}`);
  console.error('lighthouse: could not measure; this is not a low score, Lighthouse did not run.');
  process.exit(1);
}

// ---- Lighthouse and chrome-launcher (lighthouse's own dependency, resolved from it) ----------
let lighthouse;
let chromeLauncher;
let lighthouseVersion;
let TraceGatherer;
let defaultConfig;
try {
  const req = createRequire(import.meta.url);
  const lhPackage = req.resolve('lighthouse/package.json');
  lighthouseVersion = JSON.parse(readFileSync(lhPackage, 'utf8')).version;
  ({ default: lighthouse, defaultConfig } = await import('lighthouse'));
  TraceGatherer = (await import(pathToFileURL(join(dirname(lhPackage), 'core/gather/gatherers/trace.js')).href)).default;
  const fromLh = createRequire(lhPackage);
  chromeLauncher = await import(pathToFileURL(fromLh.resolve('chrome-launcher')).href);
} catch (err) {
  fail(`Lighthouse is not installed (${err.message}); run scripts/setup.sh (npm ci)`);
}

// Lighthouse 12.2's trace engine reads each `PipelineReporter` event's `args.chrome_frame_reporter`,
// which newer Chromium (Debian's 156 here) names `args.frame_reporter`; and it takes a screenshot's
// frame number from the event's `id`, now `args.frame_sequence`. Without the old names every audit
// that needs the trace's elements fails with "Cannot read properties of undefined (reading
// 'frame_sequence')": the LCP element, the layout shifts and their culprits, render-blocking
// resources. This gatherer is Lighthouse's own Trace gatherer plus that renaming (nothing else in
// the trace changes); it replaces the default one in the otherwise default configuration.
class CompatTrace extends TraceGatherer {
  async stopSensitiveInstrumentation(context) {
    await super.stopSensitiveInstrumentation(context);
    for (const e of this._trace?.traceEvents ?? []) {
      if (e.name === 'PipelineReporter' && e.args?.frame_reporter && !e.args.chrome_frame_reporter) {
        e.args.chrome_frame_reporter = e.args.frame_reporter;
      } else if (e.name === 'Screenshot' && e.id == null && Number.isInteger(e.args?.frame_sequence)) {
        e.id = `0x${e.args.frame_sequence.toString(16)}`;
      }
    }
  }
}
// (Not `extends: 'lighthouse:default'`: merging would try to merge the object into the default's
// gatherer name. Lighthouse's default configuration as it is exported, with that one entry swapped.)
const CONFIG = {
  ...defaultConfig,
  artifacts: defaultConfig.artifacts.map((a) => (a.id === 'Trace' ? { id: 'Trace', gatherer: { implementation: CompatTrace } } : a)),
};
if (!CONFIG.artifacts.some((a) => a.gatherer?.implementation === CompatTrace)) fail("Lighthouse's default configuration has no Trace artifact");
if (!existsSync(CHROMIUM)) fail(`no Chromium at ${CHROMIUM} (scripts/setup.sh installs Debian's)`);
if (!existsSync(join(DIST, 'index.html'))) fail('dist/index.html is missing: build the release site first (`make dist`)');

// ---- the demo page without the widget -------------------------------------------------------
/** Removes the element that starts at `open` (a match of its start tag), nested same-name tags included. */
function removeElement(html, open) {
  const tag = open[1].toLowerCase();
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  re.lastIndex = open.index + open[0].length;
  let depth = 1;
  for (let m; (m = re.exec(html)); ) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(0, open.index) + html.slice(re.lastIndex);
  }
  throw new Error(`no closing </${tag}> for ${open[0].slice(0, 60)}`);
}

/** dist/demo/index.html with every trace of the widget taken out; fails if the snippet is not found. */
function withoutWidget(html) {
  let out = html;
  let elements = 0;
  for (let m; (m = /<([a-z][\w-]*)\b[^>]*\sdata-painmap(?=[\s=/>])[^>]*>/i.exec(out)); elements++) {
    out = removeElement(out, m);
  }
  const scripts = /<script\b[^>]*\bsrc\s*=\s*["'][^"']*embed\.js[^"']*["'][^>]*>\s*<\/script>/gi;
  const nScripts = (out.match(scripts) ?? []).length;
  out = out.replace(scripts, '');
  // Hints for the widget's files, should the page get any (preload, modulepreload, preconnect).
  if (/<script\b[^>]*\bsrc\s*=\s*["'][^"']*embed\.js/i.test(out)) throw new Error('an embed.js script tag is left in the page without the widget');
  out = out.replace(/<link\b[^>]*\bhref\s*=\s*["'][^"']*(?:embed\.js|painmap-[0-9a-f]+)[^"']*["'][^>]*>/gi, '');
  if (!elements && !nScripts) {
    throw new Error(`the embed snippet was not found in dist/demo/index.html ([data-painmap] elements: ${elements}, embed.js scripts: ${nScripts})`);
  }
  return out;
}

// ---- the server: dist/ with brotli, as a CDN would send it ----------------------------------
// dist/ is read and compressed once, at the start: every run sees the same build even if dist/ is
// rebuilt meanwhile, and no compression time is in the server's response times.
const COMPRESS = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.webmanifest', '.txt']);
const HASHED = /-[0-9a-f]{16}(?:_bg)?\.(?:js|css|wasm|txt)$/;

function snapshot() {
  const files = new Map(); // URL path -> { type, raw, br, cache }
  const add = (urlPath, name, raw) => {
    const ext = extname(name).toLowerCase();
    const br = COMPRESS.has(ext)
      ? brotliCompressSync(raw, {
          params: {
            [zlib.BROTLI_PARAM_QUALITY]: 11,
            [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length,
            [zlib.BROTLI_PARAM_MODE]: ext === '.wasm' ? zlib.BROTLI_MODE_GENERIC : zlib.BROTLI_MODE_TEXT,
          },
        })
      : null;
    files.set(urlPath, { type: mimeType(name), raw, br, cache: HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache' });
  };
  const walk = (dir, prefix) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, d.name);
      if (d.isDirectory()) walk(full, `${prefix}${d.name}/`);
      else if (d.isFile()) add(`${prefix}${d.name}`, d.name, readFileSync(full));
    }
  };
  walk(DIST, '/');
  for (const [p, f] of [...files]) if (p.endsWith('/index.html')) files.set(p.slice(0, -'index.html'.length), f);
  const demo = files.get('/demo/index.html');
  if (!demo) throw new Error('dist/demo/index.html is missing');
  add(WITHOUT, 'index.html', Buffer.from(withoutWidget(demo.raw.toString('utf8'))));
  return files;
}

async function startServer(files) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const send = (status, type, body, headers = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length, ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', Buffer.from('method not allowed'));
    const f = files.get(path) ?? files.get(`${path}/`);
    if (!f) return send(404, 'text/plain', Buffer.from('not found'));
    const br = f.br && /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
    send(200, f.type, br ? f.br : f.raw, {
      'Cache-Control': f.cache,
      'Access-Control-Allow-Origin': '*',
      ...(f.br ? { Vary: 'Accept-Encoding' } : {}),
      ...(br ? { 'Content-Encoding': 'br' } : {}),
    });
  });
  await new Promise((ok, no) => {
    server.once('error', no);
    server.listen(0, '127.0.0.1', ok);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    url: (p) => new URL(p, origin).href,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(() => ok()); }),
  };
}

// ---- one Lighthouse run, in a Chromium of its own ---------------------------------------------
async function chromiumVersion(port) {
  try {
    const r = await fetch(`http://127.0.0.1:${port}/json/version`);
    return (await r.json()).Browser;
  } catch {
    return null;
  }
}

let browserVersion = null;
async function runOnce(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  try {
    browserVersion ??= await chromiumVersion(chrome.port);
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, CONFIG);
    if (!result?.lhr) throw new Error('Lighthouse returned no result');
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

async function run(url) {
  let last;
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      const lhr = await runOnce(url);
      const missing = CATEGORIES.filter((c) => typeof lhr.categories[c]?.score !== 'number');
      if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      if (missing.length) throw new Error(`no score for ${missing.join(', ')}`);
      return lhr;
    } catch (err) {
      last = err;
      console.error(`\nlighthouse: run on ${url} failed (attempt ${attempt} of 2): ${err.message}`);
    }
  }
  fail(`Lighthouse could not run on ${url}: ${last.message}`);
}

/** What is kept of one run in target/lighthouse.json. */
function digest(lhr) {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)]));
  const metrics = Object.fromEntries(METRICS.map(([k, id]) => [k, lhr.audits[id]?.numericValue ?? null]));
  const inCategory = new Map(); // audit id -> [category, weight in that category's score]
  for (const c of CATEGORIES) for (const ref of lhr.categories[c].auditRefs) if (!inCategory.has(ref.id)) inCategory.set(ref.id, [c, ref.weight]);
  const notFull = [];
  const audits = {}; // every scored audit of the four categories: id -> [score, displayValue]
  for (const [id, [category, weight]] of inCategory) {
    const a = lhr.audits[id];
    if (a && typeof a.score === 'number') audits[id] = [a.score, a.displayValue ?? ''];
    if (!a || typeof a.score !== 'number' || a.score >= 1) continue;
    if (['notApplicable', 'manual', 'informative', 'error'].includes(a.scoreDisplayMode)) continue;
    notFull.push({ id, category, weight, title: a.title, score: a.score, displayValue: a.displayValue ?? '', items: itemsOf(a) });
  }
  const lcpItems = itemsOf(lhr.audits['largest-contentful-paint-element'], 1);
  const shifts = (lhr.audits['layout-shifts']?.details?.items ?? []).map((i) => ({
    score: i.score,
    node: i.node?.selector ?? i.node?.snippet ?? null,
    snippet: i.node?.snippet ?? null,
    causes: (i.subItems?.items ?? []).map((s) => [s.cause, s.extra?.value].filter(Boolean).join(': ')).filter(Boolean),
  }));
  return {
    fetchTime: lhr.fetchTime,
    finalUrl: lhr.finalDisplayedUrl,
    scores,
    metrics,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    notFull,
    audits,
    lcpElement: lcpItems[0] ?? null,
    layoutShifts: shifts,
    runWarnings: lhr.runWarnings ?? [],
  };
}

/** A few readable lines from an audit's details (the node, URL or label of each item). */
function itemsOf(audit, limit = 4) {
  const out = [];
  const walk = (items) => {
    for (const i of items ?? []) {
      if (out.length >= limit) return;
      if (i?.type === 'table' || i?.type === 'opportunity' || i?.type === 'list') { walk(i.items); continue; }
      const node = i.node ?? (i.type === 'node' ? i : null);
      const text = node?.selector || node?.snippet || i.url || i.source?.url || i.label || i.description || null;
      if (text) out.push(String(text).slice(0, 160));
    }
  };
  walk(audit?.details?.items);
  return out;
}

// ---- the run --------------------------------------------------------------------------------------
const median = (xs) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

const distBuilt = statSync(join(DIST, 'index.html')).mtime;
let files;
try {
  files = snapshot(); // throws if the embed snippet is not where it was
} catch (err) {
  fail(err.message);
}
const site = await startServer(files);
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

console.log('');
console.log(`Lighthouse ${lighthouseVersion} (mobile, simulated slow 4G and 4x CPU) on dist/ as built ${distBuilt.toISOString().slice(0, 16).replace('T', ' ')} UTC, served with brotli q11; ${RUNS} runs per page, median.`);
const started = Date.now();
const runs = Object.fromEntries(PAGES.map((p) => [p.id, []]));
for (let i = 0; i < RUNS; i++) {
  for (const p of PAGES) {
    const what = `Lighthouse: run ${i + 1} of ${RUNS}, ${p.label}`;
    if (process.stdout.isTTY) process.stdout.write(`\r${what.padEnd(72)}`);
    const lhr = await run(site.url(p.path));
    if (!process.stdout.isTTY) console.log(`${what}: performance ${Math.round(lhr.categories.performance.score * 100)}`);
    writeFileSync(join(REPORTS, `${p.id}-${i + 1}.json`), JSON.stringify(lhr));
    runs[p.id].push(digest(lhr));
  }
}
if (process.stdout.isTTY) process.stdout.write('\n');
await site.close();

const medians = {};
for (const p of PAGES) {
  const rs = runs[p.id];
  medians[p.id] = {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(rs.map((r) => r.scores[c]))])),
    metrics: Object.fromEntries(METRICS.map(([k]) => [k, median(rs.map((r) => r.metrics[k]))])),
  };
}

// ---- the table ------------------------------------------------------------------------------------
const msS = (n) => (n == null ? '-' : n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`);
const fmt = {
  fcp: msS, lcp: msS, tbt: (n) => (n == null ? '-' : `${Math.round(n)} ms`), si: msS, tti: msS,
  cls: (n) => (n == null ? '-' : n.toFixed(3)),
  bytes: (n) => (n == null ? '-' : `${(n / 1024).toFixed(1)} KB`),
};
const rowsSpec = [
  ['performance score', (m) => String(m.scores.performance)],
  ['first contentful paint', (m) => fmt.fcp(m.metrics.fcp)],
  ['largest contentful paint', (m) => fmt.lcp(m.metrics.lcp)],
  ['cumulative layout shift', (m) => fmt.cls(m.metrics.cls)],
  ['total blocking time', (m) => fmt.tbt(m.metrics.tbt)],
  ['speed index', (m) => fmt.si(m.metrics.si)],
  ['time to interactive', (m) => fmt.tti(m.metrics.tti)],
  ['bytes transferred (brotli)', (m) => fmt.bytes(m.metrics.bytes)],
  ['accessibility score', (m) => String(m.scores.accessibility)],
  ['best-practices score', (m) => String(m.scores['best-practices'])],
  ['SEO score', (m) => String(m.scores.seo)],
];
const head = [`median of ${RUNS} runs`, '/ (standalone)', '/demo/ (widget)', '/demo/ without widget'];
const table = [head, ...rowsSpec.map(([name, f]) => [name, ...PAGES.map((p) => f(medians[p.id]))])];
const widths = head.map((_, i) => Math.max(...table.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log('');
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
table.slice(1).forEach((r) => console.log(line(r)));
const bi = median(PAGES.flatMap((p) => runs[p.id].map((r) => r.benchmarkIndex)));
console.log(`Lighthouse's benchmark index of this machine: ${bi == null ? '-' : Math.round(bi)} (the simulation scales the CPU time it observed here: a slower machine gives larger figures).`);

// ---- what to fix, per page --------------------------------------------------------------------------
const byPage = {};
for (const p of PAGES) {
  const seen = new Map();
  for (const r of runs[p.id]) {
    for (const a of r.notFull) {
      const s = seen.get(a.id) ?? { id: a.id, category: a.category, weight: a.weight, title: a.title, runs: 0, items: a.items };
      s.runs += 1;
      seen.set(a.id, s);
    }
  }
  // The median run of each such audit, over all runs (those at full score included).
  for (const s of seen.values()) {
    const all = runs[p.id].map((r) => r.audits[s.id]).filter(Boolean).sort((a, b) => a[0] - b[0]);
    const mid = all[Math.floor((all.length - 1) / 2)] ?? [null, ''];
    s.score = mid[0];
    s.displayValue = mid[1];
    s.worst = all[0]?.[0] ?? null;
  }
  const order = (a) => CATEGORIES.indexOf(a.category);
  const list = [...seen.values()].sort((a, b) => order(a) - order(b) || (b.weight > 0) - (a.weight > 0) || a.score - b.score);
  byPage[p.id] = list;
  console.log('');
  console.log(`${p.label} (${p.path}): audits not at full score`);
  if (!list.length) console.log('  none');
  for (const a of list) {
    const val = a.displayValue ? ` (${a.displayValue})` : '';
    const kind = a.weight > 0 ? `weight ${a.weight}` : 'not in the score';
    const worst = a.worst != null && a.worst < a.score ? `, worst ${a.worst.toFixed(2)}` : '';
    console.log(`  [${a.category}, ${kind}] ${a.id}: ${a.title}${val}; median score ${a.score.toFixed(2)}${worst}; below 1 in ${a.runs} of ${RUNS} runs`);
    for (const it of a.items) console.log(`      ${it}`);
  }
  const last = runs[p.id][runs[p.id].length - 1];
  if (last.lcpElement) console.log(`  LCP element (last run): ${last.lcpElement}`);
  for (const s of last.layoutShifts) {
    console.log(`  layout shift (last run) ${s.score.toFixed(3)}: ${s.node} moved`);
    for (const c of s.causes) console.log(`      ${c}`);
  }
}

const git = (args) => {
  try {
    return execFileSync('git', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
};
const env = {
  generated: new Date().toISOString(),
  commit: git(['rev-parse', '--short', 'HEAD']),
  dirty: !!git(['status', '--porcelain', '--', 'src', 'core', 'styles', 'index.html', 'assets', 'demo', 'Cargo.toml']),
  distBuilt: distBuilt.toISOString(),
  distFiles: [...files.keys()].filter((p) => HASHED.test(p)),
  lighthouse: lighthouseVersion,
  chromium: browserVersion,
  chromiumPath: CHROMIUM,
  chromiumFlags: CHROMIUM_FLAGS,
  config: 'lighthouse default: formFactor mobile, throttlingMethod simulate (150 ms RTT, 1.6 Mbps down, 4x CPU slowdown)',
  server: 'dist/ on 127.0.0.1, text assets brotli q11 (Content-Encoding: br), hashed files Cache-Control immutable, others no-cache',
  node: process.version,
  cpus: cpus().length,
  loadavg: loadavg().map((x) => +x.toFixed(2)),
  benchmarkIndex: bi,
  runs: RUNS,
  seconds: Math.round((Date.now() - started) / 1000),
};
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, `${JSON.stringify({ ...env, pages: PAGES, medians, notFullScore: byPage, runs }, null, 2)}\n`);
console.log('');
console.log(`written: target/lighthouse.json (every run, medians, environment), target/lighthouse/*.json (full reports); ${env.seconds} s`);

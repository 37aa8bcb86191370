// Trunk post_build hook (Trunk.toml): runs after Trunk has written the site to
// $TRUNK_STAGING_DIR and before it replaces dist/ with it. It writes what depends on the final,
// hashed file names:
//
// - one stylesheet: the styles/*.css files index.html links (kept apart in the source, one per
//   area) are joined, in order, into one hashed painmap-<hash>.css, so a first visit or an embed
//   makes one request for CSS instead of six;
// - embed.js: the stable-named script clinics load (from assets/embed.js), told the names of
//   this build's wasm-bindgen module, wasm file and stylesheets;
// - demo/: the demo clinic page (from demo/), so `make serve` and dist/ both serve it;
// - in a release build, the wasm-bindgen glue minified with terser (Trunk minifies HTML and CSS but
//   leaves the glue as wasm-bindgen writes it, with its comments: 47 KB raw, 7.1 KB brotli, against
//   21 KB and 5.3 KB minified), and its integrity hash in index.html updated to match;
// - each language's texts file (core/src/content/<lang>/texts.txt), under the hashed name the wasm
//   fetches it by (`TEXTS_FILE` in core/src/content/<lang>/pack.rs);
// - sw.js: the service worker (from assets/sw.js), told every file of the build and a cache name
//   derived from a hash of their names and contents, so each deployment gets its own cache.
//
// It fails the build (non-zero exit, one clear line) if the site is not what it expects.

import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { minify } from 'terser';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STAGING = process.env.TRUNK_STAGING_DIR;
// Trunk's public_url ("/" by default) prefixes every asset URL it writes into index.html.
const PUBLIC_URL = process.env.TRUNK_PUBLIC_URL || '/';

function fail(message) {
  console.error(`postbuild: ${message}`);
  process.exit(1);
}

/** Every `<link>` of an HTML text as an attribute map (quoted, unquoted and bare attributes). */
function links(html) {
  const out = [];
  for (const [, body] of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = {};
    for (const [, name, dq, sq, bare] of body.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attrs[name.toLowerCase()] = dq ?? sq ?? bare ?? '';
    }
    out.push(attrs);
  }
  return out;
}

/** An asset URL from index.html as a path relative to the site root ("/base-1a2b.css" -> "base-1a2b.css"). */
function sitePath(href) {
  const path = href.startsWith(PUBLIC_URL) ? href.slice(PUBLIC_URL.length) : href.replace(/^\.?\//, '');
  return path.split(/[?#]/)[0];
}

/** All files under `dir`, as sorted site paths with forward slashes. */
function walk(dir, root = dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path, root));
    else if (entry.isFile()) out.push(relative(root, path).split('\\').join('/'));
  }
  return out.sort();
}

/** `template` with its one `var BUILD = {...};` line replaced by `build`. */
function fill(templatePath, build) {
  const template = readFileSync(templatePath, 'utf8');
  const line = /^(\s*)var BUILD = .*;$/m;
  if (!line.test(template)) fail(`${relative(REPO, templatePath)} has no "var BUILD = ...;" line to fill in`);
  return template.replace(line, (_, indent) => `${indent}var BUILD = ${JSON.stringify(build)};`);
}

// The shipped embed.js without its comments and indentation (it is read on every clinic page; the
// explanations stay in assets/embed.js). Only whole comments go: block comments, lines that are a
// `//` comment, and a `//` comment after code when a space precedes it. assets/embed.js has no
// `//` or `/*` inside a string, and must keep it so.
function stripComments(source) {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .filter((l) => !/^\s*\/\//.test(l))
    .map((l) => l.replace(/\s+\/\/ .*$/, '').trim())
    .filter((l) => l)
    .join('\n') + '\n';
}

if (!STAGING || !existsSync(join(STAGING, 'index.html'))) {
  fail('TRUNK_STAGING_DIR is not set or has no index.html (this script runs as a Trunk post_build hook)');
}

// --- what this build is made of --------------------------------------------------------------
const rootFiles = readdirSync(STAGING);
const wasm = rootFiles.filter((f) => f.endsWith('_bg.wasm'));
if (wasm.length !== 1) fail(`expected one *_bg.wasm file in the build, found ${wasm.length}: ${wasm.join(', ')}`);
const js = wasm[0].replace(/_bg\.wasm$/, '.js');
if (!rootFiles.includes(js)) fail(`the wasm-bindgen module ${js} is missing beside ${wasm[0]}`);

let indexHtml = readFileSync(join(STAGING, 'index.html'), 'utf8');

// --- the glue, minified (release only: `make serve` keeps it readable) -----------------------
// The file keeps Trunk's hashed name: the minified text is a function of the original, so the name
// still changes exactly when the content does. Its integrity hash must follow the new bytes.
let glueNote = 'glue as built';
if (process.env.TRUNK_PROFILE === 'release') {
  const before = readFileSync(join(STAGING, js), 'utf8');
  const out = await minify(before, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!out.code) fail(`terser returned nothing for ${js}`);
  writeFileSync(join(STAGING, js), out.code);
  const integrity = `sha384-${createHash('sha384').update(out.code).digest('base64')}`;
  let updated = 0;
  indexHtml = indexHtml.replace(/<link\b[^>]*>/gi, (tag) => {
    const l = links(tag)[0] || {};
    if (!l.href || sitePath(l.href) !== js || !('integrity' in l)) return tag;
    updated += 1;
    return tag.replace(/integrity=("[^"]*"|'[^']*'|[^\s>]+)/i, `integrity="${integrity}"`);
  });
  if (updated !== 1) fail(`expected one <link> with an integrity hash for ${js} in index.html, found ${updated}`);
  writeFileSync(join(STAGING, 'index.html'), indexHtml);
  glueNote = `${js} minified ${before.length} -> ${out.code.length} B`;
}
const isSheet = (l) => l.rel?.split(/\s+/).includes('stylesheet') && l.href;
const sheets = links(indexHtml).filter(isSheet);
// embed.js links each file as it is; a media attribute would be lost (put @media in the file).
for (const l of sheets) {
  if (l.media && l.media !== 'all') fail(`${l.href} has media="${l.media}"; use @media inside the CSS file instead`);
}
const parts = [...new Set(sheets.map((l) => sitePath(l.href)))];
if (parts.length === 0) fail('index.html links no stylesheet; the embedded widget would have no CSS');
for (const f of parts) if (!existsSync(join(STAGING, f))) fail(`index.html links ${f}, which is not in the build`);

// --- one stylesheet (a site already joined, as when this hook runs again, is left as it is) --
let cssFile = parts[0];
if (parts.length > 1) {
  const sources = parts.map((f) => readFileSync(join(STAGING, f), 'utf8').trim());
  // @import and @charset only work at the top of a file: joined, they would silently stop working.
  for (const [i, css] of sources.entries()) {
    if (/@import\b|@charset\b/i.test(css)) fail(`${parts[i]} uses @import or @charset, which cannot be joined into one stylesheet`);
  }
  const joined = sources.join('\n') + '\n';
  cssFile = `painmap-${createHash('sha256').update(joined).digest('hex').slice(0, 16)}.css`;
  const integrity = `sha384-${createHash('sha384').update(joined).digest('base64')}`;
  for (const f of parts) rmSync(join(STAGING, f));
  writeFileSync(join(STAGING, cssFile), joined);
  let replaced = false;
  indexHtml = indexHtml.replace(/<link\b[^>]*>/gi, (tag) => {
    if (!isSheet(links(tag)[0] || {})) return tag;
    if (replaced) return '';
    replaced = true;
    return `<link href="${PUBLIC_URL}${cssFile}" integrity="${integrity}" rel="stylesheet">`;
  });
  writeFileSync(join(STAGING, 'index.html'), indexHtml);
}
const css = [cssFile];

// --- embed.js and the demo clinic page -------------------------------------------------------
writeFileSync(join(STAGING, 'embed.js'), stripComments(fill(join(REPO, 'assets', 'embed.js'), { js, wasm: wasm[0], css })));
cpSync(join(REPO, 'demo'), join(STAGING, 'demo'), { recursive: true });

// --- each language's texts, under the name the wasm asks for ---------------------------------
const textsNames = [];
for (const lang of ['en', 'es']) {
  const packRs = readFileSync(join(REPO, 'core', 'src', 'content', lang, 'pack.rs'), 'utf8');
  const name = packRs.match(/const TEXTS_FILE: &str = "([^"/]+\.txt)";/)?.[1];
  if (!name) fail(`core/src/content/${lang}/pack.rs names no TEXTS_FILE (bake the packs: cargo run -p xtask -- bake)`);
  cpSync(join(REPO, 'core', 'src', 'content', lang, 'texts.txt'), join(STAGING, name));
  textsNames.push(name);
}
const textsName = textsNames.join(', ');

// --- the service worker's precache list and cache name --------------------------------------
const files = walk(STAGING).filter((f) => f !== 'sw.js');
const digest = createHash('sha256');
for (const f of files) {
  digest.update(`${f}\0${createHash('sha256').update(readFileSync(join(STAGING, f))).digest('hex')}\n`);
}
const cache = `painmap-${digest.digest('hex').slice(0, 16)}`;
writeFileSync(join(STAGING, 'sw.js'), fill(join(REPO, 'assets', 'sw.js'), { cache, files }));

console.log(`postbuild: ${glueNote}, ${textsName}, ${cssFile} (from ${parts.join(' ')}), embed.js (${js}, ${wasm[0]}), demo/, sw.js (${files.length} files, cache ${cache})`);

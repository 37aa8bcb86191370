// Size table of the release site: every file in dist/ raw, gzip and brotli, and the total.
// Prints an aligned table and writes target/size.json. Used by `make dist` and `make bench`.
//
//   node scripts/size-table.mjs [distDir]
//
// gzip at level 9 and brotli at quality 11 (text mode for text files), which is what a host's
// static pre-compression gives; an on-the-fly compressing server may send a little more.

import { readdirSync, readFileSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, dirname, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt', '.map']);

function walk(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** Measures every file under `distDir`; returns { files: [{ path, raw, gzip, brotli }], total }. */
export function measure(distDir = join(ROOT, 'dist')) {
  if (!statSync(distDir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`${relative(process.cwd(), distDir) || distDir}/ does not exist: run \`make dist\` first`);
  }
  const files = walk(distDir)
    .map((path) => {
      const bytes = readFileSync(path);
      const mode = TEXT.has(extname(path)) ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC;
      return {
        path: relative(distDir, path).split('\\').join('/'),
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_MODE]: mode,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        }).length,
      };
    })
    .sort((a, b) => b.brotli - a.brotli || a.path.localeCompare(b.path));
  const total = files.reduce(
    (t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return { files, total };
}

const num = (n) => n.toLocaleString('en-US');
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

/** Formats a measurement as an aligned text table (bytes), largest brotli first. */
export function formatTable({ files, total }) {
  const head = ['file', 'raw', 'gzip', 'brotli'];
  const rows = files.map((f) => [f.path, num(f.raw), num(f.gzip), num(f.brotli)]);
  const foot = [`total (${files.length} files)`, num(total.raw), num(total.gzip), num(total.brotli)];
  const all = [head, ...rows, foot];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [
    line(head),
    rule,
    ...rows.map(line),
    rule,
    line(foot),
    `in KiB: raw ${kib(total.raw)}, gzip ${kib(total.gzip)}, brotli ${kib(total.brotli)}`,
  ].join('\n');
}

/** The size guard: the widget's first load (its wasm, JS glue, stylesheet, index.html and embed.js) in brotli. */
export const FIRST_LOAD_GUARD_KB = 185;

/** The files of a first load, by name, from a measurement, and their brotli total. */
export function firstLoad({ files }) {
  const mine = files.filter((f) => /^painmap-[0-9a-f]+(_bg\.wasm|\.js|\.css)$/.test(f.path) || f.path === 'index.html' || f.path === 'embed.js');
  return { files: mine.map((f) => f.path), brotli: mine.reduce((n, f) => n + f.brotli, 0) };
}

/**
 * The pack's texts files (`texts-<locale>-<hash>.txt`): not in the first load. The widget fetches
 * its language's file as it starts, while the runner is on the map (the map needs only the skeleton
 * the wasm carries); a question or the results wait for it.
 */
export function textsFiles({ files }) {
  return files.filter((f) => /^texts-[a-z]+-[0-9a-f]+\.txt$/.test(f.path));
}

/** Writes the measurement to target/size.json and returns its path. */
export function writeJson(result, out = join(ROOT, 'target', 'size.json')) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ generated: new Date().toISOString(), ...result }, null, 2)}\n`);
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const dist = resolve(process.argv[2] ?? join(ROOT, 'dist'));
    const result = measure(dist);
    console.log(`Size of ${relative(ROOT, dist) || dist}/ (bytes; gzip -9, brotli q11):`);
    console.log(formatTable(result));
    const out = writeJson(result);
    console.log(`written: ${relative(ROOT, out)}`);
    // Sizes are deterministic, so the guard is a test: `make test` (its release layer) fails over it.
    const first = firstLoad(result);
    const kb = (first.brotli / 1024).toFixed(1);
    if (first.files.length < 5) throw new Error(`the first load's files were not all found: ${first.files.join(', ')}`);
    if (first.brotli > FIRST_LOAD_GUARD_KB * 1024) {
      throw new Error(`the widget's first load is ${kb} KB brotli (${first.files.join(', ')}), over the ${FIRST_LOAD_GUARD_KB} KB guard`);
    }
    console.log(`first load (${first.files.join(', ')}): ${kb} KB brotli, within the ${FIRST_LOAD_GUARD_KB} KB guard`);
    for (const t of textsFiles(result)) {
      const both = ((first.brotli + t.brotli) / 1024).toFixed(1);
      console.log(`then, fetched while the runner is on the map: ${t.path}, ${(t.brotli / 1024).toFixed(1)} KB brotli (first load and texts: ${both} KB)`);
    }
  } catch (err) {
    console.error(`size-table: ${err.message}`);
    process.exit(1);
  }
}

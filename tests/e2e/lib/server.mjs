// A tiny static server for the end-to-end tests: serves dist/ (or any folder, or only fixed
// pages) on 127.0.0.1 at an ephemeral port, with correct MIME types, optional extra headers,
// and a record of every request it answered.
//
//   const site = await startServer();                          // dist/
//   const cdn = await startServer({ headers: { 'Access-Control-Allow-Origin': '*' } });
//   const host = await startServer({
//     root: null,                                               // no folder, pages only
//     pages: { '/': { body: html, headers: { 'Content-Security-Policy': csp } } },
//   });
//   await page.goto(site.url('/'));
//   site.requests   // [{ method, path, url, status, type, headers, time }]
//   await site.close();

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DIST = join(REPO_ROOT, 'dist');

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The MIME type the server sends for a file name. */
export function mimeType(name) {
  return MIME[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Starts a server. Options:
 * - `root`: folder to serve (default dist/; must contain index.html), or null for pages only.
 * - `headers`: extra response headers, an object or `(path, req) => object`.
 * - `pages`: fixed responses by path, `{ '/host.html': { body, type?, status?, headers? } }`;
 *   they win over files of the same path.
 * Resolves to `{ origin, port, url(path), requests, clearRequests(), close() }`.
 */
export async function startServer({ root = DIST, headers = {}, pages = {} } = {}) {
  if (root !== null) {
    root = resolve(root);
    const index = await stat(join(root, 'index.html')).catch(() => null);
    if (root === DIST && !index) {
      throw new Error('dist/index.html is missing: build the release site first (`make dist`)');
    }
  }
  const requests = [];

  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const record = {
      method: req.method,
      path,
      url: req.url,
      headers: req.headers,
      status: 0,
      type: '',
      time: Date.now(),
    };
    requests.push(record);
    const extra = typeof headers === 'function' ? (headers(path, req) ?? {}) : headers;
    const send = (status, type, body, own = {}) => {
      record.status = status;
      record.type = type;
      res.writeHead(status, {
        'Content-Type': type,
        'Content-Length': Buffer.byteLength(body),
        ...extra,
        ...own,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, 'text/plain; charset=utf-8', 'method not allowed', { Allow: 'GET, HEAD' });
    }
    const page = pages[path];
    if (page) {
      return send(page.status ?? 200, page.type ?? 'text/html; charset=utf-8', page.body ?? '', page.headers);
    }
    if (root === null) return send(404, 'text/plain; charset=utf-8', 'not found');

    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      return send(403, 'text/plain; charset=utf-8', 'forbidden');
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      return send(200, mimeType(file), body);
    } catch {
      return send(404, 'text/plain; charset=utf-8', 'not found');
    }
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    url: (p = '/') => new URL(p, origin).href,
    requests,
    clearRequests: () => requests.splice(0, requests.length),
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

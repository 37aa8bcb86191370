/*
 * painmap service worker: keeps the whole release site on the device after one visit, so the
 * standalone page, a share link and a whole check work with no network.
 *
 * scripts/postbuild.mjs fills in BUILD at build time: every file of the release (hashed names
 * included) and a cache name derived from a hash of those files. A new deployment therefore
 * changes this file, the browser installs the new worker, and activating it deletes the old
 * cache. Nothing here talks to any other origin.
 */
"use strict";

var BUILD = { cache: "painmap-dev", files: [] };

var PREFIX = "painmap-";
// How long a navigation waits for the network before the cached page is shown instead.
var NAVIGATION_TIMEOUT_MS = 4000;

function here(path) {
  return new URL(path, self.location.href).href;
}

self.addEventListener("install", function (event) {
  event.waitUntil(
    caches
      .open(BUILD.cache)
      .then(function (cache) {
        // Straight from the server: an HTTP-cached copy of index.html could be the old release.
        return cache.addAll(
          BUILD.files.map(function (f) {
            return new Request(here(f), { cache: "reload" });
          })
        );
      })
      .then(function () {
        return self.skipWaiting();
      })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (names) {
        return Promise.all(
          names
            .filter(function (n) {
              return n.indexOf(PREFIX) === 0 && n !== BUILD.cache;
            })
            .map(function (n) {
              return caches.delete(n);
            })
        );
      })
      .then(function () {
        return self.clients.claim();
      })
  );
});

// The cached page for a navigation: the file itself (a folder means its index.html), and for
// anything else in scope the standalone page. Query and fragment never matter: settings
// (?clinic-name=...) and share links (#v=1&...) are read by the page itself.
function cachedPage(request) {
  var url = new URL(request.url);
  var path = url.pathname.slice(-1) === "/" ? url.pathname + "index.html" : url.pathname;
  return caches.open(BUILD.cache).then(function (cache) {
    return cache.match(new URL(path, url).href, { ignoreSearch: true }).then(function (hit) {
      return hit || cache.match(here("index.html"));
    });
  });
}

function networkWithin(request, ms) {
  return new Promise(function (resolve, reject) {
    var timer = setTimeout(function () {
      reject(new Error("timeout"));
    }, ms);
    fetch(request).then(
      function (response) {
        clearTimeout(timer);
        resolve(response);
      },
      function (err) {
        clearTimeout(timer);
        reject(err);
      }
    );
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;

  if (request.mode === "navigate") {
    // The network first, so a new deployment shows at once; the cache when there is none.
    event.respondWith(
      networkWithin(request, NAVIGATION_TIMEOUT_MS).catch(function () {
        return cachedPage(request).then(function (hit) {
          return hit || fetch(request);
        });
      })
    );
    return;
  }

  // Everything else has a hashed name or belongs to this release: the cache first.
  event.respondWith(
    caches
      .open(BUILD.cache)
      .then(function (cache) {
        return cache.match(request);
      })
      .then(function (hit) {
        return hit || fetch(request);
      })
  );
});

/*
 * painmap embed script. A clinic's page loads it with
 *   <div data-painmap data-clinic-name="..." ...></div>
 *   <script src="https://WHERE-THEY-HOST-IT/embed.js" defer></script>
 * and it mounts the widget in every [data-painmap] element, each inside its own open shadow root.
 *
 * Everything is loaded from the folder this script came from (never from anywhere else), so the
 * host page's CSP needs only the widget's origin (and 'wasm-unsafe-eval'). It adds no inline
 * script and no inline style: the widget's CSS arrives as <link rel="stylesheet"> inside each
 * shadow root. scripts/postbuild.mjs fills in BUILD with this release's hashed file names.
 */
(function () {
  "use strict";

  var BUILD = { js: "painmap.js", wasm: "painmap_bg.wasm", css: [] };

  // Only readable now, while this script runs for the first time (defer included).
  var script = document.currentScript;
  var base = script && script.src ? script.src : document.baseURI;

  function url(name) {
    return new URL(name, base).href;
  }

  function start() {
    if (!document.querySelector("[data-painmap]")) {
      console.warn("painmap: no element with a data-painmap attribute on this page; nothing to show.");
      return;
    }
    import(url(BUILD.js))
      .then(function (bindings) {
        return bindings.default({ module_or_path: url(BUILD.wasm) }).then(function () {
          bindings.mount_all(BUILD.css.map(url));
        });
      })
      .catch(function (err) {
        console.error(
          "painmap: the widget could not load from " + url("./") +
            " (is it served with Access-Control-Allow-Origin, and .wasm as application/wasm?)",
          err
        );
      });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

/*
 * painmap embed script. A clinic's page loads it right after the element:
 *   <div data-painmap data-clinic-name="..." ...></div>
 *   <script src="https://WHERE-THEY-HOST-IT/embed.js"></script>
 * It holds the space the widget's first screen needs at once, and mounts the widget in every
 * [data-painmap] element, each inside its own open shadow root, when one comes near the viewport.
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

  // --- Holding the first screen's space ------------------------------------------------------
  // The widget arrives after this script (its wasm, glue and styles), so without a reservation the
  // clinic's content below it would jump down when it does (layout shift). Each element is given
  // the height the map step will take at its width, from the moment this script runs, and keeps
  // it until the runner first clicks or types in the widget: later screens may grow or shrink
  // it, but then as the runner's own action. The figures are the widget's map step as measured in
  // Chromium (tests/e2e/embed_start.test.mjs fails when they fall short): the text above and
  // below the figure by the widget's width, then the figure (2.385 times as tall as wide, at most
  // the larger of 600 px and the viewport's height less 170 px).
  var REST = [[0, 1090], [330, 980], [350, 955], [430, 905], [520, 860], [610, 780], [670, 725], [714, 580], [800, 545]];

  // In Spanish the texts around the figure run longer (measured the same way).
  var REST_ES = [[0, 75], [714, 55], [1000, 12]];

  function firstScreenHeight(width, viewportHeight, spanish) {
    var rest = REST[0][1];
    for (var i = 0; i < REST.length; i++) if (width >= REST[i][0]) rest = REST[i][1];
    var extra = 0;
    if (spanish) for (var j = 0; j < REST_ES.length; j++) if (width >= REST_ES[j][0]) extra = REST_ES[j][1];
    rest += extra;
    var figureWidth = width >= 714 ? 400 : width - 31;
    var figure = Math.min(2.385 * figureWidth, Math.max(600, viewportHeight - 170));
    return Math.ceil(rest + figure);
  }

  // Whether the widget will speak Spanish, as it decides (src/ui/app.rs, src/mount.rs): the
  // runner's own choice kept with their saved check (this page's storage, one key per widget in
  // page order), else the element's data-locale, else the browser's languages.
  function primary(tag) {
    var p = String(tag || "").toLowerCase().split(/[-_]/)[0];
    return p === "es" || p === "en" ? p : null;
  }

  function spanish(el, position) {
    try {
      var saved = JSON.parse(window.localStorage.getItem(position ? "painmap.session." + (position + 1) : "painmap.session") || "null");
      if (saved && primary(saved.locale)) return primary(saved.locale) === "es";
    } catch (e) {
      // No storage (blocked, or a private window): the other clues decide.
    }
    var set = primary(el.getAttribute("data-locale"));
    if (set) return set === "es";
    var langs = navigator.languages || [navigator.language];
    for (var i = 0; i < langs.length; i++) if (primary(langs[i])) return primary(langs[i]) === "es";
    return false;
  }

  function hold(el, position) {
    el.setAttribute("data-painmap-held", "");
    // CSSOM, not a style attribute: allowed under a strict style-src.
    el.style.minHeight = firstScreenHeight(el.clientWidth || el.getBoundingClientRect().width, window.innerHeight, spanish(el, position)) + "px";
    // Let go after the runner's first click or key has done its work (a timeout after it): let
    // go on pointerdown, the page could get shorter under the pointer before the click lands.
    var release = function () {
      el.removeEventListener("click", later);
      el.removeEventListener("keydown", later);
      el.style.minHeight = "";
    };
    var later = function () {
      setTimeout(release, 0);
    };
    el.addEventListener("click", later);
    el.addEventListener("keydown", later);
  }

  // --- Starting lazily --------------------------------------------------------------------------
  // Nothing of the widget (wasm, glue, styles) is fetched until an element comes within about one
  // screen of the viewport, or is tapped or focused first; one above the fold starts at once.
  // Every widget on the page shares the one load.
  var started = false;

  var mountAll = null;

  function load() {
    if (started) return;
    started = true;
    import(url(BUILD.js))
      .then(function (bindings) {
        return bindings.default({ module_or_path: url(BUILD.wasm) }).then(function () {
          mountAll = function () {
            bindings.mount_all(BUILD.css.map(url));
          };
          mountAll();
        });
      })
      .catch(function (err) {
        console.error(
          "painmap: the widget could not load from " + url("./") +
            " (is it served with Access-Control-Allow-Origin, and .wasm as application/wasm?)",
          err
        );
        // Give the page its space back: no blank block where the widget would have been.
        var held = document.querySelectorAll("[data-painmap-held]");
        for (var i = 0; i < held.length; i++) held[i].style.minHeight = "";
      });
  }

  var observer = null;

  function startOnApproach(el) {
    if (typeof IntersectionObserver !== "function") {
      load();
      return;
    }
    if (!observer) {
      observer = new IntersectionObserver(
        function (entries) {
          for (var j = 0; j < entries.length; j++) {
            if (entries[j].isIntersecting) {
              observer.disconnect();
              load();
              return;
            }
          }
        },
        { rootMargin: "100% 0px 100% 0px" }
      );
    }
    observer.observe(el);
    // A tap or a Tab into it before it nears the viewport starts it too.
    el.addEventListener("pointerdown", load, { once: true });
    el.addEventListener("focusin", load, { once: true });
  }

  // Elements already parsed when this script runs are held at once: put the script right after
  // the element (not deferred) and the space is there before anything below it is drawn.
  // Elements parsed later (a deferred script, or more widgets further down) are held as soon as
  // the page is parsed.
  function scan() {
    var elements = document.querySelectorAll("[data-painmap]");
    var found = false;
    for (var i = 0; i < elements.length; i++) {
      if (elements[i].getAttribute("data-painmap-held") !== null || elements[i].shadowRoot) continue;
      hold(elements[i], i);
      startOnApproach(elements[i]);
      found = true;
    }
    // Parsed after the widget had already loaded (a long page still streaming in): mount it too
    // (mounting skips the widgets already there).
    if (found && mountAll) mountAll();
    return elements.length;
  }

  scan();
  var whenParsed = function () {
    if (!scan()) {
      console.warn("painmap: no element with a data-painmap attribute on this page; nothing to show.");
    }
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", whenParsed);
  } else {
    whenParsed();
  }
})();

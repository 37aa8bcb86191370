/*
 * painmap iframe script. A clinic that shows the standalone page in an iframe loads it once:
 *   <iframe data-painmap-frame src="https://WHERE-THEY-HOST-IT/?clinic-name=..." title="..."></iframe>
 *   <script src="https://WHERE-THEY-HOST-IT/iframe.js" defer></script>
 * and every [data-painmap-frame] iframe on the page is kept exactly as tall as the page inside it:
 * no scrollbar inside, no gap below. The iframe's own height (its height attribute or the page's
 * CSS) is the starting height, until the widget has said how tall it is.
 *
 * The standalone page, when framed, posts one message to its parent, carrying nothing but a number:
 *   { "type": "painmap:height", "height": <the page's height in whole CSS px> }
 * A message is used only when it has exactly that shape, a height from 100 to 20000, and comes
 * from the window of one of the [data-painmap-frame] iframes, from the origin of that iframe's src
 * (looked up when it arrives, so iframes added later work too). Anything else is ignored.
 * It adds no inline script and no style attribute: the height is set through the CSSOM.
 */
(function () {
  "use strict";

  var TYPE = "painmap:height";
  var MIN = 100;
  var MAX = 20000;

  function originOf(address) {
    try {
      return new URL(address).origin;
    } catch (e) {
      return "";
    }
  }

  /** The iframe whose window sent `event`, if it is a [data-painmap-frame] loaded from event.origin. */
  function frameOf(event) {
    var frames = document.querySelectorAll("iframe[data-painmap-frame]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow === event.source) {
        // "null" is the origin of a sandboxed or data: frame: never the widget's.
        return event.origin !== "null" && originOf(frame.src) === event.origin ? frame : null;
      }
    }
    return null;
  }

  /** Vertical padding and border, when the page's CSS makes the height include them. */
  function chrome(frame) {
    var style = window.getComputedStyle(frame);
    if (style.boxSizing !== "border-box") return 0;
    var sum = 0;
    var sides = ["borderTopWidth", "borderBottomWidth", "paddingTop", "paddingBottom"];
    for (var i = 0; i < sides.length; i++) sum += parseFloat(style[sides[i]]) || 0;
    return sum;
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || Object.getPrototypeOf(data) !== Object.prototype) return;
    var keys = Object.keys(data);
    if (keys.length !== 2 || data.type !== TYPE) return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height) || height < MIN || height > MAX) return;
    var frame = frameOf(event);
    if (!frame) return;
    frame.style.height = Math.ceil(height + chrome(frame)) + "px";
  });
})();

// Self-check of a page, active only with "?check" in the address: records errors from the moment the head
// is parsed, waits until every chart is drawn (or a time limit passes), then writes the result as JSON into
// <pre id="book-check"> so that a headless browser's DOM dump can be read by a test.
(function () {
  "use strict";
  if (!/[?&]check\b/.test(window.location.search)) {
    return;
  }
  var errors = [];
  function text(value) {
    if (value instanceof Error) { return value.name + ": " + value.message; }
    return String(value);
  }
  window.addEventListener("error", function (event) {
    var target = event.target;
    if (target && target !== window && (target.src || target.href)) {
      errors.push("failed to load " + (target.src || target.href));
    } else {
      errors.push((event.message || "error") + " at " + (event.filename || "?") + ":" + (event.lineno || 0));
    }
  }, true);
  window.addEventListener("unhandledrejection", function (event) {
    errors.push("unhandled rejection: " + text(event.reason));
  });
  var consoleError = console.error;
  console.error = function () {
    errors.push("console.error: " + Array.prototype.map.call(arguments, text).join(" "));
    return consoleError.apply(console, arguments);
  };

  function count(selector) { return document.querySelectorAll(selector).length; }
  // A chart is drawn when plotly.js laid it out (the target holds _fullLayout), created its SVG layers, and did
  // not replace a WebGL scene by its "WebGL is not supported" notice.
  function drawnCharts() {
    return Array.prototype.filter.call(document.querySelectorAll(".book-chart"), function (chart) {
      var target = chart.firstElementChild;
      return target !== null && target._fullLayout !== undefined && chart.querySelector(".main-svg") !== null
        && chart.textContent.indexOf("WebGL is not supported") < 0;
    }).length;
  }
  function fontErrors() {
    var failed = [];
    if (document.fonts) {
      document.fonts.forEach(function (font) {
        if (font.status === "error") { failed.push("font failed to load: " + font.family); }
      });
    }
    return failed;
  }
  // Text in markdown that still holds a "$" is math that the markdown renderer did not recognise.
  function strayDollars() {
    var found = [];
    document.querySelectorAll(".cell.markdown, .output.markdown").forEach(function (root) {
      var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: function (node) {
          return node.parentElement.closest(".katex, .katex-error, code, pre") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
        }
      });
      for (var node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        if (node.nodeValue.indexOf("$") >= 0) { found.push(node.nodeValue.trim().slice(0, 120)); }
      }
    });
    return found;
  }
  function report(waitedMs) {
    var result = {
      page: window.location.pathname.split("/").pop(),
      ready: document.documentElement.getAttribute("data-book-ready") === "true",
      plotly: typeof window.Plotly === "object" && window.Plotly !== null ? window.Plotly.version : null,
      charts: count(".book-chart"),
      drawn: drawnCharts(),
      math: count(".math"),
      katex: count(".katex"),
      untypeset: Array.prototype.filter.call(document.querySelectorAll(".math"), function (math) {
        return math.querySelector(".katex, .katex-error") === null;
      }).length,
      katexErrors: count(".katex-error"),
      strayDollars: strayDollars(),
      highlighted: count("code.hljs"),
      waitedMs: waitedMs,
      theme: document.documentElement.dataset.theme || null,
      background: getComputedStyle(document.body).backgroundColor,
      errors: errors.concat(fontErrors())
    };
    var pre = document.createElement("pre");
    pre.id = "book-check";
    pre.textContent = JSON.stringify(result);
    document.body.appendChild(pre);
  }
  window.addEventListener("load", function () {
    var started = Date.now();
    (function poll() {
      var waited = Date.now() - started;
      var done = document.documentElement.getAttribute("data-book-ready") === "true" && drawnCharts() === count(".book-chart");
      if (done || waited > 8000) {
        if (document.fonts && document.fonts.ready) {
          document.fonts.ready.then(function () { report(waited); });
        } else {
          report(waited);
        }
      } else {
        setTimeout(poll, 50);
      }
    })();
  });
})();

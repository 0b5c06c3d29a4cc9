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
  function drawnCharts() {
    return Array.prototype.filter.call(document.querySelectorAll(".book-chart"), function (chart) {
      return chart.querySelector(".main-svg") !== null;
    }).length;
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
      katexErrors: count(".katex-error"),
      highlighted: count("code.hljs"),
      waitedMs: waitedMs,
      errors: errors
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
        report(waited);
      } else {
        setTimeout(poll, 50);
      }
    })();
  });
})();

// Typesets math with KaTeX and highlights code with highlight.js once the page has loaded.
(function () {
  "use strict";
  function typeset() {
    if (typeof renderMathInElement !== "function") {
      console.error("KaTeX auto-render is missing: math is not typeset.");
      return;
    }
    var options = {
      delimiters: [
        { left: "$$", right: "$$", display: true },
        { left: "\\[", right: "\\]", display: true },
        { left: "\\(", right: "\\)", display: false }
      ],
      throwOnError: false
    };
    document.querySelectorAll(".cell.markdown, .output.markdown").forEach(function (element) {
      renderMathInElement(element, options);
    });
  }
  function highlight() {
    if (typeof hljs === "undefined") {
      console.error("highlight.js is missing: code is not highlighted.");
      return;
    }
    document.querySelectorAll("pre code").forEach(function (block) {
      hljs.highlightElement(block);
    });
  }
  function start() {
    typeset();
    highlight();
    document.documentElement.setAttribute("data-book-ready", "true");
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

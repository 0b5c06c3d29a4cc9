// The book's behaviour once a page has loaded: math (KaTeX), code highlighting (highlight.js), charts drawn from their
// figure JSON (plotly.js) in the current theme, copy buttons, the theme toggle, the sidebar on small screens and search
// (MiniSearch over the documents in search-index.js). "?theme=dark" and "?search=word" in the address do what the
// toggle and the search box do.
(function () {
  "use strict";
  var root = document.documentElement;
  var params = new URLSearchParams(window.location.search);

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
    document.querySelectorAll(".cell.markdown, .output.markdown, nav.toc").forEach(function (element) {
      renderMathInElement(element, options);
    });
  }

  function highlight() {
    if (typeof hljs === "undefined") {
      console.error("highlight.js is missing: code is not highlighted.");
      return;
    }
    document.querySelectorAll("pre code").forEach(function (block) { hljs.highlightElement(block); });
  }

  function themed(layout) {
    var dark = root.dataset.theme === "dark";
    var color = dark ? "#d1d7e0" : "#1f2328";
    var grid = dark ? "#3d444d" : "#e5e8eb";
    var axis = { gridcolor: grid, zerolinecolor: grid, linecolor: grid, color: color };
    var result = Object.assign({}, layout, {
      paper_bgcolor: "rgba(0,0,0,0)", plot_bgcolor: "rgba(0,0,0,0)",
      font: Object.assign({}, layout.font, { color: color }), autosize: true
    });
    delete result.width;
    Object.keys(result).forEach(function (key) {
      if (/^[xy]axis\d*$/.test(key)) { result[key] = Object.assign({}, result[key], axis); }
    });
    if (result.scene) {
      result.scene = Object.assign({}, result.scene, {
        xaxis: Object.assign({}, result.scene.xaxis, axis), yaxis: Object.assign({}, result.scene.yaxis, axis),
        zaxis: Object.assign({}, result.scene.zaxis, axis)
      });
    }
    return result;
  }

  function draw(target, figure) {
    target.figure = figure;
    return Plotly.newPlot(target, figure.data || [], themed(figure.layout || {}), { responsive: true, displaylogo: false })
      .then(function () { if (figure.frames) { return Plotly.addFrames(target, figure.frames); } });
  }

  function charts() {
    var figures = document.querySelectorAll(".book-chart > script[type='application/json']");
    if (figures.length === 0) { return; }
    if (typeof Plotly === "undefined") {
      console.error("plotly.js is missing: charts are not drawn.");
      return;
    }
    figures.forEach(function (script) {
      draw(script.parentElement.querySelector(".plot"), JSON.parse(script.textContent));
    });
  }

  function setTheme(theme, remember) {
    root.dataset.theme = theme;
    if (remember) { localStorage.setItem("descent-theme", theme); }
    document.querySelectorAll("link[data-theme]").forEach(function (link) { link.disabled = link.dataset.theme !== theme; });
    if (typeof Plotly !== "undefined") {
      document.querySelectorAll(".book-chart .plot").forEach(function (target) {
        if (target.figure) { Plotly.relayout(target, themed(target.figure.layout || {})); }
      });
    }
  }

  function copyButtons() {
    document.querySelectorAll(".cell.code").forEach(function (cell) {
      var code = cell.querySelector("pre.source code");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy";
      button.textContent = "Copy";
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(code.textContent).then(function () {
          button.textContent = "Copied";
          setTimeout(function () { button.textContent = "Copy"; }, 1500);
        }, function () { button.textContent = "Select and copy"; });
      });
      cell.insertBefore(button, cell.firstChild);
    });
  }

  function search() {
    var input = document.getElementById("book-search");
    var list = document.getElementById("search-results");
    if (typeof MiniSearch === "undefined" || !window.bookSearchDocuments) {
      console.error("MiniSearch or the search documents are missing: search is off.");
      return;
    }
    var index = new MiniSearch({ fields: ["section", "text"], storeFields: ["url", "page", "section", "text"] });
    index.addAll(window.bookSearchDocuments);
    function show(query) {
      list.innerHTML = "";
      var hits = query.trim() === "" ? [] : index.search(query, { prefix: true, fuzzy: 0.2, boost: { section: 2 } }).slice(0, 12);
      hits.forEach(function (hit) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = hit.url;
        link.textContent = hit.page + " › " + hit.section;
        var excerpt = document.createElement("span");
        var at = hit.text.toLowerCase().indexOf(hit.terms[0]);
        excerpt.textContent = hit.text.slice(Math.max(0, at - 40), at + 80).replace(/\s+/g, " ");
        item.appendChild(link);
        item.appendChild(excerpt);
        list.appendChild(item);
      });
      list.hidden = hits.length === 0 && query.trim() === "";
      if (hits.length === 0 && query.trim() !== "") { list.innerHTML = "<li class=\"none\">No match</li>"; }
    }
    input.addEventListener("input", function () { show(input.value); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { input.value = ""; show(""); }
    });
    if (params.get("search")) {
      input.value = params.get("search");
      show(input.value);
    }
  }

  function start() {
    if (params.get("theme") === "dark" || params.get("theme") === "light") { setTheme(params.get("theme"), true); }
    document.getElementById("theme-toggle").addEventListener("click", function () {
      setTheme(root.dataset.theme === "dark" ? "light" : "dark", true);
    });
    matchMedia("(prefers-color-scheme: dark)").addEventListener("change", function (event) {
      if (!localStorage.getItem("descent-theme")) { setTheme(event.matches ? "dark" : "light", false); }
    });
    document.querySelector(".sidebar-toggle").addEventListener("click", function () {
      document.body.classList.toggle("sidebar-open");
    });
    typeset();
    highlight();
    copyButtons();
    charts();
    search();
    root.setAttribute("data-book-ready", "true");
  }

  // For book-run.js: charts of cells run in the page are drawn the same way.
  window.descentBook = { draw: draw };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

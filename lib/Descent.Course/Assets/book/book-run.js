// Runs a page's code cells in the browser. Each code cell gets an editor (CodeMirror) and Run; the page gets Run all,
// Reset page and "Download my notebook". The C# runner (runner/runner-worker.js, built from lib/Descent.Browser) runs
// in a web worker, so the page stays responsive; Stop ends the worker and drops the queued cells, and the next run
// first replays the cells that had run (saying so if one of them fails now). Edits are kept in localStorage per
// notebook. Opened from disk (file://), the page cannot load the runner, and Run says so. "?selftest" runs every cell
// and writes {"cells", "failed", "charts", "claims"} as JSON into <pre id="selftest-result">.
(function () {
  "use strict";
  var main = document.querySelector("main.notebook");
  if (!main) { return; }
  var notebook = main.dataset.notebook;
  var storageKey = "descent-edits:" + notebook;
  var served = location.protocol === "http:" || location.protocol === "https:";
  var serveHint = "Cells run only when the book is served over http: file:// pages cannot load the C# runner. " +
    "From the repository, run `dotnet run --project lib/Descent.Course -- serve` and open the address it prints.";

  var cells = [];
  var worker = null;
  var pending = null;       // what the page waits for from the worker: { resolve, reject }
  var history = [];         // the cells that compiled, in the order they ran: { number, source, error }
  var replayNeeded = false; // the runner was ended: replay the history before the next cell
  var queue = Promise.resolve();
  var generation = 0;       // Stop increments it; queued runs of an older generation are dropped
  var timing = { firstResult: null, runAll: null }; // milliseconds since the page started loading

  // Saved edits are { number: { original, source } }; one saved against other lesson code is not applied.
  function edits() {
    try { return JSON.parse(localStorage.getItem(storageKey) || "{}"); } catch (error) { return {}; }
  }

  function saveEdit(cell) {
    var all = edits();
    if (cell.source() === cell.original) { delete all[cell.number]; } else { all[cell.number] = { original: cell.original, source: cell.source() }; }
    localStorage.setItem(storageKey, JSON.stringify(all));
    cell.element.classList.toggle("edited", cell.source() !== cell.original);
  }

  function button(label, title, action) {
    var element = document.createElement("button");
    element.type = "button";
    element.textContent = label;
    element.title = title;
    element.addEventListener("click", action);
    return element;
  }

  function outputsOf(cell) {
    var outputs = cell.element.querySelector(":scope > .outputs");
    if (!outputs) {
      outputs = document.createElement("div");
      outputs.className = "outputs";
      cell.element.appendChild(outputs);
    }
    return outputs;
  }

  function pre(className, text) {
    var element = document.createElement("pre");
    if (className) { element.className = className; }
    element.textContent = text;
    return element;
  }

  // Replaces the cell's outputs (the setup cell's stay inside its collapsed details).
  function show(cell, result, notes) {
    var target = outputsOf(cell);
    Array.prototype.slice.call(target.children).forEach(function (child) { if (child.tagName !== "SUMMARY") { child.remove(); } });
    (notes || []).forEach(function (note) { target.appendChild(pre("output stream stderr", note)); });
    result.outputs.forEach(function (output) {
      if (output.kind === "chart") {
        var chart = document.createElement("div");
        chart.className = "book-chart";
        var plot = document.createElement("div");
        plot.className = "plot";
        chart.appendChild(plot);
        target.appendChild(chart);
        var figure = JSON.parse(output.content);
        plotly().then(function () { window.descentBook.draw(plot, figure); });
      } else if (output.kind === "html") {
        var html = document.createElement("div");
        html.className = "output html";
        html.innerHTML = output.content;
        target.appendChild(html);
      } else {
        target.appendChild(pre(output.kind === "stream" ? "output stream " + output.name : "output text", output.content));
      }
    });
    if (result.error !== null) { target.appendChild(pre("output error", result.error)); }
    cell.element.classList.toggle("failed", result.error !== null);
    cell.result = result;
  }

  // plotly.js, loaded on the first chart of a page that had none.
  var plotlyLoading = null;
  function plotly() {
    if (typeof Plotly !== "undefined") { return Promise.resolve(); }
    plotlyLoading = plotlyLoading || new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = main.dataset.plotly;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("plotly.js did not load from " + main.dataset.plotly)); };
      document.head.appendChild(script);
    });
    return plotlyLoading;
  }

  function status(cell, text) {
    cell.status.textContent = text;
  }

  function settle(error, value) {
    var waiting = pending;
    pending = null;
    if (!waiting) { return; }
    if (error) { waiting.reject(error); } else { waiting.resolve(value); }
  }

  function call(message) {
    return new Promise(function (resolve, reject) {
      pending = { resolve: resolve, reject: reject };
      worker.postMessage(message);
    });
  }

  // Ends the worker; the next run starts a new one and replays the cells that had run.
  function endRunner() {
    if (worker) { worker.terminate(); worker = null; }
    replayNeeded = history.length > 0;
  }

  // Starts a worker unless one runs; a failure or Stop while it loads rejects, like one while a cell runs.
  function startRunner() {
    if (worker) { return Promise.resolve(); }
    var loaded = false;
    var ready = new Promise(function (resolve, reject) { pending = { resolve: resolve, reject: reject }; });
    worker = new Worker(new URL("runner/runner-worker.js", location.href), { type: "module" });
    worker.onerror = function (event) {
      endRunner();
      settle(new Error(loaded
        ? "The C# runner stopped working (" + (event.message || "no message") + "). It starts again at the next Run and replays the cells that had run."
        : "The C# runner did not load (" + (event.message || "runner/runner-worker.js is missing") +
          "). Serve the book with `dotnet run --project lib/Descent.Course -- serve`, which builds the runner."));
    };
    worker.onmessage = function (event) {
      loaded = loaded || event.data.ready === true;
      if (event.data.failure) {
        endRunner();
        settle(new Error("The C# runner failed: " + event.data.failure + ". It starts again at the next Run."));
      } else {
        settle(null, event.data);
      }
    };
    return ready.then(function () { return call({ start: true }); });
  }

  // Runs one cell in the runner, starting it (and replaying the history) first if needed; returns the worker's reply
  // and notes about replayed cells that failed where they had succeeded.
  async function execute(cell) {
    await startRunner();
    var notes = [];
    if (replayNeeded) {
      status(cell, "replaying " + history.length + " cell" + (history.length === 1 ? "" : "s") + "…");
      var kept = [];
      for (var i = 0; i < history.length; i++) {
        var replayed = (await call({ code: history[i].source })).result;
        if (replayed.compiled) { kept.push(history[i]); }
        if (replayed.error !== null && history[i].error === null) {
          notes.push("After the restart, cell [" + history[i].number + "] failed: " + replayed.error);
        }
      }
      history = kept;
      replayNeeded = false;
    }
    status(cell, "running…");
    var source = cell.source();
    var reply = await call({ code: source });
    if (reply.result.compiled) { history.push({ number: cell.number, source: source, error: reply.result.error }); }
    return { reply: reply, notes: notes };
  }

  // Queues the cell after those queued before it; the setup cell runs first while it has not succeeded. From disk, the
  // cell keeps its outputs and says how to serve the book.
  function run(cell) {
    if (!served) {
      status(cell, serveHint);
      return Promise.resolve();
    }
    var mine = generation;
    cell.element.classList.add("queued");
    status(cell, "queued");
    var step = queue.then(async function () {
      if (mine !== generation) { return; }
      cell.element.classList.remove("queued");
      cell.element.classList.add("running");
      status(cell, worker ? "running…" : "starting the C# runner…");
      try {
        if (setup && setup !== cell && !(setup.result && setup.result.error === null)) {
          var first = await execute(setup);
          show(setup, first.reply.result, first.notes);
          if (setup.result.error !== null) { throw new Error("The setup cell [" + setup.number + "] failed (its error is shown there), so this cell did not run."); }
        }
        var done = await execute(cell);
        show(cell, done.reply.result, done.notes);
        if (timing.firstResult === null) { timing.firstResult = performance.now(); }
        status(cell, (done.reply.milliseconds / 1000).toFixed(2) + " s");
      } catch (error) {
        show(cell, { outputs: [], error: error.message === "Stopped." ? stopped : error.message, compiled: false });
        status(cell, "");
      } finally {
        cell.element.classList.remove("running");
      }
    });
    queue = step.catch(function () { });
    return step;
  }

  var stopped = "Stopped: the C# runner was ended. It starts again at the next Run and replays the cells that had run.";

  function stop() {
    generation++;
    endRunner();
    settle(new Error("Stopped."));
    cells.forEach(function (cell) {
      if (cell.element.classList.contains("queued")) { status(cell, ""); }
      cell.element.classList.remove("queued");
    });
  }

  // Every cell in page order, queued at once: Stop drops the ones not yet run.
  function runAll() {
    return Promise.all(cells.map(run));
  }

  // The lesson's notebook as served beside the page, with the edited cells' sources (and no outputs for them).
  function notebookWithEdits() {
    return fetch("notebooks/" + encodeURIComponent(notebook) + ".ipynb").then(function (response) {
      if (!response.ok) { throw new Error("notebooks/" + notebook + ".ipynb: " + response.status + " " + response.statusText); }
      return response.json();
    }).then(function (ipynb) {
      cells.forEach(function (cell) {
        var source = cell.source();
        if (source === cell.original) { return; }
        var target = ipynb.cells[cell.number - 1];
        target.source = source.split(/(?<=\n)/);
        target.outputs = [];
        target.execution_count = null;
      });
      return ipynb;
    });
  }

  function download() {
    notebookWithEdits().then(function (ipynb) {
      var blob = new Blob([JSON.stringify(ipynb, null, 1) + "\n"], { type: "application/x-ipynb+json" });
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = notebook + ".ipynb";
      document.body.appendChild(link);
      link.click();
      link.remove();
    }).catch(function (error) { alert("The notebook could not be downloaded: " + error.message); });
  }

  var saved = edits();
  var setup = null;
  main.querySelectorAll(".cell.code").forEach(function (element) {
    var pre = element.querySelector(":scope > pre.source");
    var code = pre.querySelector("code");
    var cell = { element: element, number: Number(element.id.replace("cell-", "")), original: code.textContent, result: null };
    cell.source = function () { return cell.editor ? cell.editor.getValue() : code.textContent; };
    var toolbar = document.createElement("div");
    toolbar.className = "cell-toolbar";
    toolbar.appendChild(button("Run", "Run this cell (Shift+Enter in the editor)", function () { run(cell); }));
    toolbar.appendChild(button("Stop", "Stop the running cell and drop the queued ones (the runner starts again at the next Run)", stop));
    toolbar.appendChild(button("Reset", "Put back the lesson's code", function () {
      if (cell.editor) { cell.editor.setValue(cell.original); } else { code.textContent = cell.original; }
      saveEdit(cell);
    }));
    cell.status = document.createElement("span");
    cell.status.className = "cell-status";
    toolbar.appendChild(cell.status);
    element.insertBefore(toolbar, pre);
    if (typeof CodeMirror === "function" && served) {
      cell.editor = CodeMirror(function (editor) { pre.parentNode.insertBefore(editor, pre); }, {
        value: saved[cell.number] && saved[cell.number].original === cell.original ? saved[cell.number].source : cell.original,
        mode: "text/x-csharp", lineWrapping: true, viewportMargin: Infinity, indentUnit: 4,
        extraKeys: { "Shift-Enter": function () { run(cell); } }
      });
      pre.hidden = true;
      cell.editor.on("change", function () { code.textContent = cell.editor.getValue(); saveEdit(cell); });
      code.textContent = cell.editor.getValue();
      element.classList.toggle("edited", cell.source() !== cell.original);
    }
    if (!setup && /^\s*#!import\s+\S*setup\.dib/.test(cell.original)) { setup = cell; }
    cells.push(cell);
  });

  var actions = main.querySelector(".page-actions");
  if (actions && cells.length > 0) {
    actions.appendChild(button("Run all", served ? "Run every cell in order" : serveHint, function () { runAll(); }));
    actions.appendChild(button("Reset page", "Put back the lesson's code in every cell", function () {
      localStorage.removeItem(storageKey);
      cells.forEach(function (cell) { if (cell.editor) { cell.editor.setValue(cell.original); } });
    }));
    if (served) {
      actions.appendChild(button("Download my notebook", "The lesson's notebook with your edits (.ipynb)", download));
    } else {
      var note = document.createElement("p");
      note.className = "run-note";
      note.textContent = serveHint;
      actions.appendChild(note);
    }
  }

  // For tests and the console: the cells, and a promise that settles when every queued run has finished.
  window.descentRun = { cells: cells, run: run, runAll: runAll, stop: stop, idle: function () { return queue; }, timing: timing, notebookWithEdits: notebookWithEdits };

  if (/[?&]selftest\b/.test(location.search)) {
    runAll().then(function () {
      timing.runAll = performance.now();
      var summary = { cells: 0, failed: 0, charts: 0, claims: 0 };
      cells.forEach(function (cell) {
        if (!cell.result) { return; }
        summary.cells++;
        if (cell.result.error !== null) { summary.failed++; }
        cell.result.outputs.forEach(function (output) {
          if (output.kind === "chart") { summary.charts++; }
          if (output.kind === "stream") { summary.claims += output.content.split("\n").filter(function (line) { return line.indexOf("✓ ") === 0; }).length; }
        });
      });
      var element = pre("", JSON.stringify(summary));
      element.id = "selftest-result";
      document.body.appendChild(element);
    });
  }
})();

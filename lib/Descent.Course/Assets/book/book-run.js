// Runs a page's code cells in the browser. Each code cell gets an editor (CodeMirror) and Run; the page gets Run all,
// Reset page and "Download my notebook". The C# runner (runner/runner-worker.js, built from lib/Descent.Browser) runs
// in a web worker, so the page stays responsive; Stop ends the worker, and the next run first replays, silently, the
// cells that had run. Edits are kept in localStorage per notebook. Opened from disk (file://), the page cannot load the
// runner, and Run says so. "?selftest" runs every cell and writes {"cells", "failed", "charts", "claims"} as JSON into
// <pre id="selftest-result">.
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
  var pending = null;       // the reply the page waits for: { resolve, reject }
  var history = [];         // sources of the cells that ran without an error, in order
  var replayNeeded = false; // the runner restarted: replay the history before the next cell
  var queue = Promise.resolve();
  var generation = 0;       // Stop increments it; queued runs of an older generation are dropped
  var timing = { firstResult: null, runAll: null }; // milliseconds since the page started loading

  function edits() {
    try { return JSON.parse(localStorage.getItem(storageKey) || "{}"); } catch (error) { return {}; }
  }

  function saveEdit(cell) {
    var all = edits();
    if (cell.source() === cell.original) { delete all[cell.number]; } else { all[cell.number] = cell.source(); }
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

  function show(cell, result) {
    var target = outputsOf(cell);
    Array.prototype.slice.call(target.children).forEach(function (child) { if (child.tagName !== "SUMMARY") { child.remove(); } });
    (result.outputs || []).forEach(function (output) {
      var element;
      if (output.kind === "chart") {
        element = document.createElement("div");
        element.className = "book-chart";
        var plot = document.createElement("div");
        plot.className = "plot";
        element.appendChild(plot);
        target.appendChild(element);
        window.descentBook.draw(plot, JSON.parse(output.content));
        return;
      }
      if (output.kind === "html") {
        element = document.createElement("div");
        element.className = "output html";
        element.innerHTML = output.content;
      } else {
        element = document.createElement("pre");
        element.className = "output " + (output.kind === "stream" ? "stream stdout" : "text");
        element.textContent = output.content;
      }
      target.appendChild(element);
    });
    if (result.error !== null && result.error !== undefined) {
      var error = document.createElement("pre");
      error.className = "output error";
      error.textContent = result.error;
      target.appendChild(error);
    }
    cell.element.classList.toggle("failed", result.error !== null && result.error !== undefined);
    cell.result = result;
  }

  function status(cell, text) {
    cell.status.textContent = text;
  }

  function call(message) {
    return new Promise(function (resolve, reject) {
      pending = { resolve: resolve, reject: reject };
      worker.postMessage(message);
    });
  }

  function startRunner() {
    if (worker) { return Promise.resolve(); }
    return new Promise(function (resolve, reject) {
      worker = new Worker(new URL("runner/runner-worker.js", location.href), { type: "module" });
      worker.onerror = function (event) {
        var failure = new Error("The C# runner did not load (" + (event.message || "runner/runner-worker.js is missing") +
          "). Serve the book with `dotnet run --project lib/Descent.Course -- serve`, which builds the runner.");
        worker.terminate();
        worker = null;
        if (pending) { pending.reject(failure); pending = null; } else { reject(failure); }
      };
      worker.onmessage = function (event) {
        if (event.data.ready) {
          call({ start: true }).then(resolve, reject);
          return;
        }
        var waiting = pending;
        pending = null;
        if (!waiting) { return; }
        if (event.data.failure) { waiting.reject(new Error(event.data.failure)); } else { waiting.resolve(event.data); }
      };
    });
  }

  function stop() {
    generation++;
    if (worker) { worker.terminate(); worker = null; }
    replayNeeded = history.length > 0;
    if (pending) { pending.reject(new Error("Stopped.")); pending = null; }
    cells.forEach(function (cell) { cell.element.classList.remove("running", "queued"); });
  }

  async function execute(cell) {
    await startRunner();
    if (replayNeeded) {
      replayNeeded = false;
      var earlier = history;
      history = [];
      for (var i = 0; i < earlier.length; i++) {
        var replayed = await call({ code: earlier[i] });
        if (replayed.result.error === null) { history.push(earlier[i]); }
      }
    }
    var source = cell.source();
    var reply = await call({ code: source });
    if (reply.result.error === null) { history.push(source); }
    return reply;
  }

  // Runs the cell after those queued before it; the setup cell first if it has not run. From disk, the cell keeps its
  // outputs and says how to serve the book.
  function run(cell) {
    if (!served) {
      status(cell, serveHint);
      return Promise.resolve();
    }
    var mine = generation;
    cell.element.classList.add("queued");
    var step = queue.then(async function () {
      if (mine !== generation) { return; }
      cell.element.classList.remove("queued");
      cell.element.classList.add("running");
      status(cell, "running…");
      try {
        if (setup && setup !== cell && !setup.result) { show(setup, (await execute(setup)).result); }
        var reply = await execute(cell);
        show(cell, reply.result);
        if (timing.firstResult === null) { timing.firstResult = performance.now(); }
        status(cell, (reply.milliseconds / 1000).toFixed(2) + " s");
      } catch (error) {
        show(cell, { outputs: [], error: error.message === "Stopped." ? "Stopped. The runner restarted; the cells that had run are replayed before the next run." : error.message });
        status(cell, "");
      } finally {
        cell.element.classList.remove("running");
      }
    });
    queue = step.catch(function () { });
    return step;
  }

  function runAll() {
    return cells.reduce(function (previous, cell) { return previous.then(function () { return run(cell); }); }, Promise.resolve());
  }

  function download() {
    fetch("notebooks/" + encodeURIComponent(notebook) + ".ipynb").then(function (response) {
      if (!response.ok) { throw new Error(response.status + " " + response.statusText); }
      return response.json();
    }).then(function (document_) {
      cells.forEach(function (cell) {
        var source = cell.source();
        if (source === cell.original) { return; }
        var target = document_.cells[cell.number - 1];
        target.source = source.split(/(?<=\n)/);
        target.outputs = [];
        target.execution_count = null;
      });
      var blob = new Blob([JSON.stringify(document_, null, 1) + "\n"], { type: "application/x-ipynb+json" });
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
    toolbar.appendChild(button("Stop", "Stop the running cell (the runner restarts)", stop));
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
        value: saved[cell.number] !== undefined ? saved[cell.number] : cell.original,
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
    actions.appendChild(button("Download my notebook", "The lesson's notebook with your edits (.ipynb)", download));
    if (!served) {
      var note = document.createElement("p");
      note.className = "run-note";
      note.textContent = serveHint;
      actions.appendChild(note);
    }
  }

  // For tests and the console: the cells, and a promise that settles when every queued run has finished.
  window.descentRun = { cells: cells, run: run, runAll: runAll, stop: stop, idle: function () { return queue; }, timing: timing };

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
      var pre = document.createElement("pre");
      pre.id = "selftest-result";
      pre.textContent = JSON.stringify(summary);
      document.body.appendChild(pre);
    });
  }
})();

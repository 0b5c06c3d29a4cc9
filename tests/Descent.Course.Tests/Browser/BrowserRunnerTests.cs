using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Descent.Course.Book;
using Descent.Course.Engine;
using Descent.Course.Tests.Book;
using Descent.Course.Tests.Notebooks;
using Xunit.Abstractions;
using static Descent.Course.Tests.Browser.ServedLessons;

namespace Descent.Course.Tests.Browser;

/// <summary>
/// The lessons run in the page: the served book in headless Chromium, driven over the DevTools protocol. Every cell of
/// lessons 02 and 07 runs with the in-process run's charts and claims; an edit changes what a cell prints and draws
/// and is kept; a compile error names its line; Stop ends an endless cell while the page answers.
/// </summary>
[Collection(NotebookCollection.Name)]
[Trait("Category", "Slow")]
public sealed partial class BrowserRunnerTests(ServedLessons served, ITestOutputHelper output) : IClassFixture<ServedLessons>
{
    private static readonly TimeSpan LessonTimeout = TimeSpan.FromMinutes(8);
    private static readonly TimeSpan CellTimeout = TimeSpan.FromMinutes(3);

    [Theory]
    [InlineData(Lesson02)]
    [InlineData(Lesson07)]
    public async Task Every_cell_runs_in_the_page_with_the_charts_and_claims_of_the_in_process_run(string lesson)
    {
        var run = served.Runs[lesson];
        var codeCells = run.Cells.Count(cell => cell.Cell.IsCode);
        var claims = run.Cells.SelectMany(cell => cell.Outputs).Where(o => o.OutputType == "stream")
            .Sum(o => o.Data.GetValueOrDefault("text/plain", "").Split('\n').Count(line => line.StartsWith("✓ ", StringComparison.Ordinal)));
        Assert.True(run.ChartCount >= 2 && claims >= 2, $"{lesson} in-process: {run.ChartCount} charts, {claims} claims");

        var clock = Stopwatch.StartNew();
        await using var page = await DevToolsPage.OpenAsync(served.Url(lesson, "?selftest"));
        var summary = JsonNode.Parse(await page.WaitForAsync<string>("document.getElementById('selftest-result')?.textContent ?? ''", LessonTimeout))!;
        output.WriteLine($"{lesson}: {summary.ToJsonString()} in {clock.Elapsed.TotalSeconds:F1} s in the browser (page load included), {run.Elapsed.TotalSeconds:F1} s in-process");

        var failures = await page.EvaluateAsync<string[]>("descentRun.cells.filter(c => c.result && c.result.error !== null).map(c => 'cell ' + c.number + ': ' + c.result.error)");
        Assert.True(failures!.Length == 0, string.Join("\n", failures));
        Assert.Equal(codeCells, summary["cells"]!.GetValue<int>());
        Assert.Equal(0, summary["failed"]!.GetValue<int>());
        Assert.Equal(run.ChartCount, summary["charts"]!.GetValue<int>());
        Assert.Equal(claims, summary["claims"]!.GetValue<int>());
        Assert.Equal(run.ChartCount, await page.EvaluateAsync<int>("document.querySelectorAll('.book-chart .plot.js-plotly-plot').length"));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task A_learning_rate_changed_in_the_page_changes_the_printed_steps_and_the_chart_and_the_edit_is_kept()
    {
        var inProcess = served.Runs[Lesson02].Cells[6].Outputs.Single().Data["text/plain"];
        await using var page = await DevToolsPage.OpenAsync(served.Url(Lesson02));
        await RunCellsAsync(page, 11);
        var printedBefore = await page.EvaluateAsync<string>(Printed(7));
        var chartBefore = await page.EvaluateAsync<string>(Chart(11));
        Assert.Equal(inProcess, printedBefore);
        Assert.Contains("learningRate: 0.1,", await page.EvaluateAsync<string>(Cell(7) + ".source()"));

        // As a student would: edit the rate in the editor, press Run on the cell and on the chart's cell.
        await page.EvaluateAsync<bool>(Cell(7) + ".editor.setValue(" + Cell(7) + ".editor.getValue().replace('learningRate: 0.1,', 'learningRate: 0.2,')), true");
        await ClickAsync(page, 7, "Run");
        await ClickAsync(page, 11, "Run");
        await IdleAsync(page);

        var printedAfter = await page.EvaluateAsync<string>(Printed(7));
        Assert.Matches(StepsPrinted(), printedAfter);
        Assert.NotEqual(StepsPrinted().Match(printedBefore).Groups[1].Value, StepsPrinted().Match(printedAfter).Groups[1].Value);
        Assert.Equal(printedAfter, await page.EvaluateAsync<string>("document.querySelector('#cell-7 .outputs pre.output.stream').textContent"));
        Assert.NotEqual(chartBefore, await page.EvaluateAsync<string>(Chart(11)));
        Assert.Equal(1, await page.EvaluateAsync<int>("document.querySelectorAll('#cell-11 .book-chart .plot.js-plotly-plot').length"));

        // "Download my notebook": the served notebook, valid nbformat, with the edited source in cell 7 and no outputs there.
        var json = await page.EvaluateAsync<string>("descentRun.notebookWithEdits().then(n => JSON.stringify(n))") ?? "";
        var downloaded = Notebook.Parse(json, "downloaded.ipynb");
        Assert.Equal(await page.EvaluateAsync<string>(Cell(7) + ".source()"), downloaded.Cells[6].Source);
        Assert.Empty(JsonNode.Parse(json)!["cells"]![6]!["outputs"]!.AsArray());
        Assert.Equal(served.Runs[Lesson02].Notebook.Cells[10].Source, downloaded.Cells[10].Source);
        Assert.Equal(served.Runs[Lesson02].Notebook.Cells.Count, downloaded.Cells.Count);

        // The edit survives a reload; Reset puts the lesson's code back.
        await page.NavigateAsync(served.Url(Lesson02));
        Assert.Contains("learningRate: 0.2,", await page.EvaluateAsync<string>(Cell(7) + ".editor.getValue()"));
        Assert.True(await page.EvaluateAsync<bool>("document.getElementById('cell-7').classList.contains('edited')"));
        await ClickAsync(page, 7, "Reset");
        Assert.Contains("learningRate: 0.1,", await page.EvaluateAsync<string>(Cell(7) + ".editor.getValue()"));
        Assert.Equal("{}", await page.EvaluateAsync<string>($"localStorage.getItem('descent-edits:{Lesson02}')"));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task A_compile_error_shows_the_line_within_the_cell()
    {
        await using var page = await DevToolsPage.OpenAsync(served.Url(Lesson02));
        await page.EvaluateAsync<bool>(Cell(7) + ".editor.setValue('var a = 1;\\nvar b = a +;\\n'), true");
        await ClickAsync(page, 7, "Run");
        await IdleAsync(page);
        var error = await page.EvaluateAsync<string>("document.querySelector('#cell-7 .outputs pre.output.error').textContent");
        Assert.Matches(@"^line 2: error CS1525: ", error);
        Assert.True(await page.EvaluateAsync<bool>("document.getElementById('cell-7').classList.contains('failed')"));
    }

    [Fact]
    public async Task Stop_ends_an_endless_cell_the_page_answers_meanwhile_and_the_cells_that_ran_are_replayed()
    {
        await using var page = await DevToolsPage.OpenAsync(served.Url(Lesson02));
        await RunCellsAsync(page, 7);
        var x0 = Regex.Match(await page.EvaluateAsync<string>(Printed(7)) ?? "", @"x0 = (-?\d+\.\d{4})").Groups[1].Value;
        Assert.NotEmpty(x0);

        await page.EvaluateAsync<bool>(Cell(9) + ".editor.setValue('long spins = 0;\\nwhile (true) { spins++; }'), true");
        await ClickAsync(page, 9, "Run");
        await page.WaitForAsync<bool>("document.getElementById('cell-9').classList.contains('running')", CellTimeout);
        await Task.Delay(TimeSpan.FromSeconds(2));

        // The cell runs in a worker: the page still answers, and the cell is still running.
        Assert.Equal(2, await page.EvaluateAsync<int>("1 + 1"));
        Assert.True(await page.EvaluateAsync<bool>("document.getElementById('cell-9').classList.contains('running')"));
        await ClickAsync(page, 9, "Stop");
        await IdleAsync(page);
        Assert.StartsWith("Stopped:", await page.EvaluateAsync<string>("document.querySelector('#cell-9 .outputs pre.output.error').textContent"));

        // A new runner replays cells 2 to 7, so x0 is defined again.
        await page.EvaluateAsync<bool>(Cell(9) + ".editor.setValue('x0.ToString(\"F4\")'), true");
        await ClickAsync(page, 9, "Run");
        await IdleAsync(page);
        Assert.Equal(x0, await page.EvaluateAsync<string>("document.querySelector('#cell-9 .outputs pre.output.text').textContent"));
    }

    [Fact]
    public async Task The_server_sends_the_runner_compressed_with_its_content_type_on_127_0_0_1()
    {
        Assert.Equal("127.0.0.1", served.Address.Host);
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = served.Address };
        using var compressed = new HttpRequestMessage(HttpMethod.Get, "runner/runner-worker.js");
        compressed.Headers.AcceptEncoding.ParseAdd("gzip, br");
        using var brotli = await http.SendAsync(compressed);
        Assert.Equal(HttpStatusCode.OK, brotli.StatusCode);
        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
        Assert.Equal("text/javascript", brotli.Content.Headers.ContentType?.MediaType);
        var source = await File.ReadAllTextAsync(Path.Combine(served.RunnerFolder, "runner-worker.js"));
        await using (var decoded = new System.IO.Compression.BrotliStream(await brotli.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress))
        {
            Assert.Equal(source, await new StreamReader(decoded).ReadToEndAsync());
        }

        Assert.Equal(source, await http.GetStringAsync("runner/runner-worker.js"));
        var wasm = Directory.GetFiles(Path.Combine(served.RunnerFolder, "_framework"), "dotnet.native.*.wasm").Single();
        using var runtime = await http.GetAsync("runner/_framework/" + Path.GetFileName(wasm));
        Assert.Equal("application/wasm", runtime.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("runner/no-such-file.js")).StatusCode);
        Assert.Contains("<main class=\"notebook\"", await http.GetStringAsync(Lesson02 + ".html"));

        // The book's own files have no compressed copies: they are compressed as they are sent.
        var plotly = Path.GetRelativePath(served.BookFolder, Directory.GetFiles(Path.Combine(served.BookFolder, "assets", "plotly"), "plotly-*.min.js").Single()).Replace('\\', '/');
        using var script = new HttpRequestMessage(HttpMethod.Get, plotly);
        script.Headers.AcceptEncoding.ParseAdd("br");
        using var sent = await http.SendAsync(script);
        Assert.Equal(["br"], sent.Content.Headers.ContentEncoding);
        Assert.True((await sent.Content.ReadAsByteArrayAsync()).Length < new FileInfo(Path.Combine(served.BookFolder, plotly)).Length / 2);
    }

    [Fact]
    public void Opened_from_disk_the_page_keeps_its_outputs_and_says_how_to_serve_it()
    {
        var dom = HeadlessChromium.DumpDom(Path.Combine(served.BookFolder, Lesson02 + ".html"), "?selftest", virtualTimeMilliseconds: 15_000);
        Assert.Contains("file:// pages cannot load the C# runner", dom);
        Assert.Contains("dotnet run --project lib/Descent.Course -- serve", dom);
        Assert.Equal(served.Runs[Lesson02].ChartCount, Regex.Count(dom, "class=\"plot js-plotly-plot\""));
        Assert.Contains("<pre id=\"selftest-result\">{\"cells\":0,\"failed\":0,\"charts\":0,\"claims\":0}</pre>", dom);
    }

    [Fact]
    public async Task Stop_while_the_runner_loads_or_during_Run_all_drops_the_queued_cells_and_the_next_Run_works()
    {
        await using var page = await DevToolsPage.OpenAsync(served.Url(Lesson02));
        await page.EvaluateAsync<bool>("descentRun.run(" + Cell(7) + "), true");
        await page.WaitForAsync<bool>("document.getElementById('cell-7').classList.contains('running') && !descentRun.cells.some(c => c.result)", CellTimeout);
        await page.EvaluateAsync<bool>("descentRun.stop(), true");
        await IdleAsync(page);
        Assert.StartsWith("Stopped:", await page.EvaluateAsync<string>(Cell(7) + ".result.error"));

        // Run all, stopped once the runner has answered: the cells after the running one stay as they were.
        await page.EvaluateAsync<bool>("descentRun.runAll(), true");
        await page.WaitForAsync<bool>(Cell(7) + ".result && " + Cell(7) + ".result.error === null", CellTimeout);
        await page.EvaluateAsync<bool>("descentRun.stop(), true");
        await IdleAsync(page);
        var last = served.Runs[Lesson02].Cells.Last(c => c.Cell.IsCode).CellNumber;
        Assert.Null(await page.EvaluateAsync<JsonNode>(Cell(last) + ".result"));
        Assert.Equal(0, await page.EvaluateAsync<int>("document.querySelectorAll('.cell.code.queued, .cell.code.running').length"));

        // The next Run starts a new runner, which replays what had run.
        await page.EvaluateAsync<bool>(Cell(9) + ".editor.setValue('firstRun.Steps'), true");
        await ClickAsync(page, 9, "Run");
        await IdleAsync(page);
        Assert.Equal(StepsPrinted().Match(served.Runs[Lesson02].Cells[6].Outputs.Single().Data["text/plain"]).Groups[1].Value,
            await page.EvaluateAsync<string>("document.querySelector('#cell-9 .outputs pre.output.text').textContent"));
    }

    [Fact]
    public async Task The_server_refuses_paths_outside_its_folders()
    {
        foreach (var path in new[] { "/../../../../etc/passwd", "/runner/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/runner/..%2f..%2f..%2fetc%2fpasswd", "/%2e%2e%2f%2e%2e%2fetc/passwd" })
        {
            using var client = new System.Net.Sockets.TcpClient();
            await client.ConnectAsync(served.Address.Host, served.Address.Port);
            var stream = client.GetStream();
            await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
            var response = await new StreamReader(stream).ReadToEndAsync();
            Assert.DoesNotContain("root:", response);
            Assert.Matches(@"^HTTP/1\.1 (400|404) ", response);
        }
    }

    private static async Task RunCellsAsync(DevToolsPage page, int through)
    {
        await page.EvaluateAsync<bool>($"window.cellsRun = false, Promise.all(descentRun.cells.filter(c => c.number <= {through}).map(descentRun.run)).then(() => window.cellsRun = true), true");
        await page.WaitForAsync<bool>("window.cellsRun", CellTimeout);
    }

    private static async Task IdleAsync(DevToolsPage page)
    {
        await page.EvaluateAsync<bool>("window.pageIdle = false, descentRun.idle().then(() => window.pageIdle = true), true");
        await page.WaitForAsync<bool>("window.pageIdle", CellTimeout);
    }

    private static string Cell(int number) => $"descentRun.cells.find(c => c.number === {number})";

    private static string Printed(int number) => Cell(number) + ".result.outputs.filter(o => o.kind === 'stream').map(o => o.content).join('')";

    private static string Chart(int number) => "JSON.stringify(" + Cell(number) + ".result.outputs.find(o => o.kind === 'chart'))";

    private static Task ClickAsync(DevToolsPage page, int cell, string label) =>
        page.EvaluateAsync<bool>($"[...document.querySelectorAll('#cell-{cell} .cell-toolbar button')].find(b => b.textContent === '{label}').click(), true");

    [GeneratedRegex(@"after (\d+) steps")]
    private static partial Regex StepsPrinted();
}

using System.Diagnostics;
using System.Text.Json;
using Descent.Course.Engine;
using Descent.Course.Tests.Support;
using Xunit.Abstractions;

namespace Descent.Course.Tests.Notebooks;

/// <summary>
/// Every course notebook runs, cell by cell, in the kernel that Jupyter and VS Code use: <c>dotnet-interactive stdio</c>,
/// started in the notebook's folder and sent one <c>SubmitCode</c> per code cell, as a notebook front end does.
/// </summary>
[Collection(NotebookCollection.Name)]
[Trait("Category", "Slow")]
public sealed class InteractiveKernelTests(ITestOutputHelper output)
{
    /// <summary>The longest one cell may take (the first cell restores NuGet packages and may build the libraries).</summary>
    public static readonly TimeSpan CellTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The notebooks to run, relative to notebooks/.</summary>
    public static TheoryData<string> Notebooks() => CourseFiles.NotebookNames();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_runs_in_dotnet_interactive_and_draws_its_charts(string notebook)
    {
        var path = CourseFiles.PathOf(notebook);
        var before = await File.ReadAllBytesAsync(path);
        var cells = CodeCells(path);
        var outputs = new List<IReadOnlyDictionary<string, string>>();
        var stopwatch = Stopwatch.StartNew();

        await using (var kernel = await InteractiveKernelHost.StartAsync(Path.GetDirectoryName(path)!))
        {
            output.WriteLine($"kernel ready in {stopwatch.Elapsed.TotalSeconds:0.0} s");
            foreach (var cell in cells)
            {
                InteractiveKernelHost.CellResult result;
                try
                {
                    result = await kernel.SubmitCodeAsync(cell.Source, cell.KernelName, CellTimeout);
                }
                catch (Exception exception) when (exception is TimeoutException or IOException)
                {
                    Assert.Fail($"{notebook}, cell {cell.Number} ({FirstLine(cell.Source)}): {exception.Message}");
                    return;
                }

                output.WriteLine($"cell {cell.Number}: {(result.Succeeded ? "ok" : "failed")} {result.Elapsed.TotalSeconds:0.00} s, {result.Outputs.Count} outputs");
                Assert.True(
                    result.Succeeded,
                    $"{notebook}, cell {cell.Number} ({FirstLine(cell.Source)}) failed in dotnet-interactive: {result.Error}");
                outputs.AddRange(result.Outputs);
            }
        }

        var charts = outputs.Where(o => o.Values.Any(ChartAssertions.LooksLikeChart)).ToList();
        output.WriteLine($"{notebook}: {cells.Count} code cells, {charts.Count} charts in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        Assert.All(charts, chart => Assert.True(
            chart.TryGetValue("text/html", out var html) && html.Contains(CellOutput.ChartMarker, StringComparison.Ordinal),
            $"{notebook}: a chart output without {CellOutput.ChartMarker}: {Shorten(string.Join(" | ", chart.Values))}"));
        if (ChartAssertions.DrawsCharts(cells.Select(c => c.Source)))
        {
            Assert.True(charts.Count > 0, $"{notebook} builds charts but dotnet-interactive drew none");
        }

        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }

    /// <summary>A code cell: its 1-based position among all the notebook's cells, its kernel and its source.</summary>
    private sealed record CodeCell(int Number, string KernelName, string Source);

    private static List<CodeCell> CodeCells(string notebookPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(notebookPath));
        var cells = new List<CodeCell>();
        var number = 0;
        foreach (var cell in document.RootElement.GetProperty("cells").EnumerateArray())
        {
            number++;
            if (cell.GetProperty("cell_type").GetString() != "code")
            {
                continue;
            }

            var source = cell.GetProperty("source");
            var text = source.ValueKind == JsonValueKind.Array
                ? string.Concat(source.EnumerateArray().Select(line => line.GetString()))
                : source.GetString() ?? "";
            var kernelName = cell.TryGetProperty("metadata", out var metadata)
                && metadata.TryGetProperty("polyglot_notebook", out var polyglot)
                && polyglot.TryGetProperty("kernelName", out var name)
                && name.GetString() is { Length: > 0 } given
                    ? given
                    : "csharp";
            if (text.Trim().Length > 0)
            {
                cells.Add(new CodeCell(number, kernelName, text));
            }
        }

        return cells;
    }

    private static string FirstLine(string source) =>
        source.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0) ?? "";

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "...";
}

using System.Text.Json;
using Descent.Course.Engine;
using Descent.Course.Tests.Support;

namespace Descent.Course.Tests.Notebooks;

/// <summary>Every course notebook also runs in a real .NET Interactive host: dotnet-repl, started in its folder.</summary>
[Collection(NotebookCollection.Name)]
[Trait("Category", "Slow")]
public sealed class ReplHostNotebookTests
{
    /// <summary>The notebooks to run, relative to notebooks/.</summary>
    public static TheoryData<string> Notebooks() => CourseFiles.NotebookNames();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_runs_in_dotnet_repl_and_draws_its_charts(string notebook)
    {
        var path = CourseFiles.PathOf(notebook);
        var before = await File.ReadAllBytesAsync(path);
        using var temp = new TempNotebooks();
        var executed = Path.Combine(temp.Directory, "executed.ipynb");

        var result = await ReplHost.RunNotebookAsync(path, executed);

        Assert.True(result.ExitCode == 0, $"dotnet repl exited with {result.ExitCode}:\n{result.Output}");
        var outputs = HtmlOutputs(executed).ToList();
        var charts = outputs.Where(ChartAssertions.LooksLikeChart).ToList();
        Assert.All(charts, html => Assert.Contains(CellOutput.ChartMarker, html));
        var sources = Notebook.Load(path).Cells.Where(c => c.IsCode).Select(c => c.Source);
        if (ChartAssertions.DrawsCharts(sources))
        {
            Assert.Contains(charts, html => html.Contains(CellOutput.ChartMarker, StringComparison.Ordinal));
        }

        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }

    private static IEnumerable<string> HtmlOutputs(string notebookPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(notebookPath));
        foreach (var cell in document.RootElement.GetProperty("cells").EnumerateArray())
        {
            if (!cell.TryGetProperty("outputs", out var outputs))
            {
                continue;
            }

            foreach (var output in outputs.EnumerateArray())
            {
                if (output.TryGetProperty("data", out var data))
                {
                    foreach (var mime in data.EnumerateObject())
                    {
                        yield return mime.Value.ValueKind == JsonValueKind.Array
                            ? string.Concat(mime.Value.EnumerateArray().Select(line => line.GetString()))
                            : mime.Value.ToString();
                    }
                }
            }
        }
    }
}

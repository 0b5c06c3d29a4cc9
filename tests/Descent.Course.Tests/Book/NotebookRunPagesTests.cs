using Descent.Course.Book;
using Descent.Course.Engine;

namespace Descent.Course.Tests.Book;

public sealed class NotebookRunPagesTests
{
    [Fact]
    public void A_run_becomes_a_page_with_every_cell_output_and_failure()
    {
        var chart = new CellOutput("display_data", ChartFixtures.Output(ChartFixtures.Line).Data);
        var stream = new CellOutput("stream", new Dictionary<string, string> { ["text/plain"] = "hi\n" }, "stdout");
        var error = new CellOutput("error", new Dictionary<string, string> { ["ename"] = "E", ["evalue"] = "bad" });
        var run = new NotebookRun("04-momentum", "/course/notebooks/04-momentum.ipynb",
        [
            new CellRun(1, new NotebookCell("markdown", "# Momentum"), CellStatus.Succeeded, null, [], TimeSpan.Zero),
            new CellRun(2, new NotebookCell("code", "chart"), CellStatus.Succeeded, null, [chart, stream], TimeSpan.Zero),
            new CellRun(3, new NotebookCell("code", "throw"), CellStatus.Failed, "E: bad", [error], TimeSpan.Zero),
            new CellRun(4, new NotebookCell("code", "while (true) {}", "fsharp"), CellStatus.TimedOut, "timed out after 3 s", [], TimeSpan.Zero),
            new CellRun(5, new NotebookCell("code", "after"), CellStatus.Skipped, null, [], TimeSpan.Zero),
        ], TimeSpan.FromSeconds(1));

        var page = NotebookRunPages.From(run);

        Assert.Equal("04-momentum", page.Name);
        Assert.Equal("Momentum", page.Title);
        Assert.Equal(run.ChartCount, page.ChartCount);
        Assert.Equal([1, 2, 3, 4, 5], page.Cells.Select(c => c.Number));
        Assert.Equal(["markdown", "code", "code", "code", "code"], page.Cells.Select(c => c.Kind));
        Assert.Equal([false, false, true, true, false], page.Cells.Select(c => c.Failed));
        Assert.Equal("timed out after 3 s", page.Cells[3].Error);
        Assert.Equal("fsharp", page.Cells[3].Language);
        Assert.Equal(["display_data", "stream"], page.Cells[1].Outputs.Select(o => o.OutputType));
        Assert.Equal("stdout", page.Cells[1].Outputs[1].StreamName);
        Assert.Same(error.Data, page.Cells[2].Outputs[0].Data);
    }

    [Fact]
    public void Building_from_runs_writes_one_page_per_run_in_order()
    {
        NotebookRun[] runs =
        [
            new("00-a", "", [new CellRun(1, new NotebookCell("markdown", "# A"), CellStatus.Succeeded, null, [], TimeSpan.Zero)], TimeSpan.Zero),
            new("01-b", "", [new CellRun(1, new NotebookCell("markdown", "# B"), CellStatus.Succeeded, null, [], TimeSpan.Zero)], TimeSpan.Zero),
        ];
        var folder = TestPaths.NewTemporaryFolder("descent-book-runs");

        var index = BookBuilder.Build(runs, folder);

        var html = File.ReadAllText(index);
        Assert.True(html.IndexOf("00-a.html", StringComparison.Ordinal) < html.IndexOf("01-b.html", StringComparison.Ordinal));
        Assert.Contains("rel=\"next\" href=\"01-b.html\"", File.ReadAllText(Path.Combine(folder, "00-a.html")));
        Directory.Delete(folder, recursive: true);
    }
}

using System.Text.Json;
using Descent.Course.Engine;
using Descent.Course.Tests.Notebooks;

namespace Descent.Course.Tests.Engine;

/// <summary>The engine on cells given in memory: statuses, outputs and the executed nbformat copy.</summary>
[Collection(NotebookCollection.Name)]
public sealed class NotebookRunnerTests
{
    private static readonly NotebookRunOptions Options = new() { CellTimeout = TimeSpan.FromSeconds(30) };

    private static Task<NotebookRun> RunAsync(params NotebookCell[] cells) =>
        NotebookRunner.RunCellsAsync("cells", cells, Path.GetTempPath(), Options);

    private static NotebookCell Code(string source) => new("code", source);

    [Fact]
    public async Task Collects_stdout_return_values_and_displayed_values_in_order()
    {
        var run = await RunAsync(
            new NotebookCell("markdown", "# Title"),
            Code("Console.WriteLine(\"printed\");"),
            Code("1 + 2"),
            Code("display(\"shown\");"));

        Assert.True(run.Succeeded);
        Assert.Equal(4, run.Cells.Count);
        var stream = Assert.Single(run.Cells[1].Outputs);
        Assert.Equal(("stream", "stdout", "printed\n"), (stream.OutputType, stream.StreamName, stream.Data["text/plain"].Replace("\r\n", "\n")));
        var result = Assert.Single(run.Cells[2].Outputs);
        Assert.Equal("execute_result", result.OutputType);
        Assert.Equal("3", result.Data["text/plain"]);
        Assert.Contains(run.Cells[3].Outputs, o => o.OutputType == "display_data" && o.Data.Values.Any(v => v.Contains("shown")));
    }

    [Fact]
    public async Task State_carries_from_cell_to_cell_and_a_failing_cell_does_not_stop_the_rest()
    {
        var run = await RunAsync(Code("var x = 20;"), Code("throw new Exception(\"bad\");"), Code("x + 1"));

        Assert.Equal([CellStatus.Succeeded, CellStatus.Failed, CellStatus.Succeeded], run.Cells.Select(c => c.Status));
        Assert.Equal("System.Exception: bad", run.Cells[1].Error);
        Assert.Equal(("error", "Exception"), (run.Cells[1].Outputs[^1].OutputType, run.Cells[1].Outputs[^1].Data["ename"]));
        Assert.Equal("21", run.Cells[2].Outputs.Single().Data["text/plain"]);
        Assert.False(run.Succeeded);
    }

    [Fact]
    public async Task A_compile_error_gives_its_line_within_the_cell()
    {
        var run = await RunAsync(Code("var ok = 1;\n\nundefinedName + 1"));

        var cell = Assert.Single(run.Cells);
        Assert.Equal(CellStatus.Failed, cell.Status);
        Assert.StartsWith("line 3: error CS0103:", cell.Error);
    }

    [Fact]
    public async Task A_cell_past_the_time_limit_is_timed_out_and_the_rest_are_skipped()
    {
        var options = new NotebookRunOptions { CellTimeout = TimeSpan.FromSeconds(3) };
        var run = await NotebookRunner.RunCellsAsync(
            "hang",
            [Code("Console.WriteLine(\"before\");"), Code("while (true) System.Threading.Thread.Sleep(20);"), Code("1")],
            Path.GetTempPath(),
            options);

        Assert.Equal([CellStatus.Succeeded, CellStatus.TimedOut, CellStatus.Skipped], run.Cells.Select(c => c.Status));
        Assert.Contains("did not finish within 3 s", run.Cells[1].Error);
    }

    [Fact]
    public async Task Runs_in_the_given_working_directory_and_restores_the_previous_one()
    {
        var before = Directory.GetCurrentDirectory();
        var folder = Directory.CreateTempSubdirectory("descent-cwd-").FullName;
        try
        {
            var run = await NotebookRunner.RunCellsAsync("cwd", [Code("System.IO.Directory.GetCurrentDirectory()")], folder, Options);

            Assert.Equal(folder, run.Cells[0].Outputs.Single().Data["text/plain"]);
            Assert.Equal(before, Directory.GetCurrentDirectory());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Progress_reports_every_cell()
    {
        var reported = new List<int>();
        var options = Options with { Progress = new SynchronousProgress(cell => reported.Add(cell.CellNumber)) };

        await NotebookRunner.RunCellsAsync("progress", [new NotebookCell("markdown", "x"), Code("1")], Path.GetTempPath(), options);

        Assert.Equal([1, 2], reported);
    }

    [Fact]
    public async Task The_executed_copy_is_nbformat_4_with_standard_outputs()
    {
        var run = await RunAsync(new NotebookCell("markdown", "# T\ntext"), Code("Console.WriteLine(\"hi\");\n6 * 7"), Code("nope"));

        using var json = JsonDocument.Parse(run.ToIpynb());
        var root = json.RootElement;
        Assert.Equal(4, root.GetProperty("nbformat").GetInt32());
        Assert.Equal(".net-csharp", root.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString());
        var cells = root.GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal(["# T\n", "text"], cells[0].GetProperty("source").EnumerateArray().Select(l => l.GetString()));
        var outputs = cells[1].GetProperty("outputs").EnumerateArray().ToList();
        Assert.Equal(["stream", "execute_result"], outputs.Select(o => o.GetProperty("output_type").GetString()));
        Assert.Equal("42", outputs[1].GetProperty("data").GetProperty("text/plain")[0].GetString());
        Assert.Equal(1, outputs[1].GetProperty("execution_count").GetInt32());
        var error = Assert.Single(cells[2].GetProperty("outputs").EnumerateArray());
        Assert.Equal("error", error.GetProperty("output_type").GetString());
        Assert.Equal("CompilationError", error.GetProperty("ename").GetString());
        Assert.Contains("CS0103", error.GetProperty("evalue").GetString());

        var reread = Notebook.Parse(run.ToIpynb(), "executed.ipynb").Cells;
        Assert.Equal(run.Cells.Select(c => c.Cell.Source), reread.Select(c => c.Source));
    }

    private sealed class SynchronousProgress(Action<CellRun> report) : IProgress<CellRun>
    {
        public void Report(CellRun value) => report(value);
    }
}

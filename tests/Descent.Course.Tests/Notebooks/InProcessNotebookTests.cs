using Descent.Course.Tests.Support;
using Xunit.Abstractions;

namespace Descent.Course.Tests.Notebooks;

/// <summary>Every course notebook runs top to bottom in the course tool's own engine.</summary>
[Collection(NotebookCollection.Name)]
[Trait("Category", "Slow")]
public sealed class InProcessNotebookTests(ITestOutputHelper output)
{
    /// <summary>The notebooks to run, relative to notebooks/.</summary>
    public static TheoryData<string> Notebooks() => CourseFiles.NotebookNames();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_runs_without_failing_cells_and_draws_its_charts(string notebook)
    {
        var path = CourseFiles.PathOf(notebook);
        var before = await File.ReadAllBytesAsync(path);

        var run = await LessonRuns.Of(notebook);

        foreach (var cell in run.Cells.Where(c => c.Cell.IsCode))
        {
            output.WriteLine($"cell {cell.CellNumber}: {cell.Status} {cell.Elapsed.TotalSeconds:0.00} s, {cell.ChartCount} charts");
        }

        var problems = run.Problems.Select(c => $"cell {c.CellNumber} {c.Status}: {c.Error}").ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        ChartAssertions.AllChartsDrawn(run);
        if (ChartAssertions.DrawsCharts(run.Cells.Where(c => c.Cell.IsCode).Select(c => c.Cell.Source)))
        {
            Assert.True(run.ChartCount > 0, $"{notebook} builds charts but none was drawn");
        }

        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }
}

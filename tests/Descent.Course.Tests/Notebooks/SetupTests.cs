using Descent.Course.Engine;
using Descent.Course.Tests.Support;

namespace Descent.Course.Tests.Notebooks;

/// <summary>What notebooks/setup.dib brings into a notebook run by the course tool's engine.</summary>
[Collection(NotebookCollection.Name)]
[Trait("Category", "Slow")]
public sealed class SetupTests
{
    private static async Task<NotebookRun> RunAfterSetupAsync(params string[] code)
    {
        var cells = new[] { new NotebookCell("code", "#!import setup.dib") }
            .Concat(code.Select(source => new NotebookCell("code", source)))
            .ToList();
        var run = await NotebookRunner.RunCellsAsync("setup", cells, CourseFiles.NotebooksDirectory, new NotebookRunOptions());
        var problems = run.Problems.Select(c => $"cell {c.CellNumber} {c.Status}: {c.Error}").ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        return run;
    }

    private static string PlainText(CellRun cell) => cell.Outputs.Single(o => o.OutputType == "execute_result").Data["text/plain"];

    [Fact]
    public async Task The_course_libraries_resolve_to_the_assemblies_the_tool_already_loaded()
    {
        var run = await RunAfterSetupAsync(
            "typeof(Descent.Objectives.IObjective).Assembly.Location",
            "typeof(Descent.Plots.Charts).Assembly.Location",
            "typeof(Plotly.NET.GenericChart).Assembly.Location");

        Assert.Equal(typeof(Descent.Objectives.IObjective).Assembly.Location, PlainText(run.Cells[1]));
        Assert.Equal(typeof(Descent.Plots.Charts).Assembly.Location, PlainText(run.Cells[2]));
        Assert.Equal(typeof(Plotly.NET.GenericChart).Assembly.Location, PlainText(run.Cells[3]));
    }

    [Fact]
    public async Task The_course_namespaces_and_MathNet_are_in_scope_and_a_chart_is_drawn()
    {
        var run = await RunAfterSetupAsync(
            "new Adam(learningRate: 0.1).LearningRate",
            "Vector<double>.Build.Dense(3, 1.0).Sum()",
            "Charts.Lines(\"Loss\", \"step\", \"loss\", Series.OverSteps(\"demo\", new[] { 3.0, 2.0, 1.5 }))");

        Assert.Equal("0.1", PlainText(run.Cells[1]));
        Assert.Equal("3", PlainText(run.Cells[2]));
        Assert.Equal(1, run.Cells[3].ChartCount);
        Assert.Equal(1, run.ChartCount);
    }
}

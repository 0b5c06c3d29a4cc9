using Descent.Course.Engine;
using Descent.Course.Export;
using Descent.Course.Tests.Notebooks;
using Descent.Course.Tests.Support;

namespace Descent.Course.Tests.Export;

/// <summary>
/// Lessons and assignments as C# file-based apps: every one builds with the SDK, and a lesson run with
/// <c>dotnet run</c> prints the same claim and exercise lines and draws the same number of charts as in-process.
/// </summary>
[Collection(NotebookCollection.Name)]
public sealed class AppExportTests
{
    public static TheoryData<string> Notebooks() => CourseFiles.NotebookNames();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Every_exported_notebook_builds_as_a_file_based_app(string notebook)
    {
        var app = ExportedApps.PathOf(notebook);
        var text = await File.ReadAllTextAsync(app);
        Assert.StartsWith("#:package MathNet.Numerics@5.0.0\n#:package Plotly.NET@6.0.0\n", text);
        Assert.Contains("#:project ", text);

        var build = await DotnetCommand.RunAsync(ExportedApps.Directory, ExportedApps.Timeout, "build", app);
        Assert.True(build.ExitCode == 0, $"dotnet build {app} failed:\n{build.Output}");
    }

    [Theory]
    [InlineData("02-gradient-descent-1d.ipynb")]
    [InlineData("07-adaptive-optimizers.ipynb")]
    public async Task A_lesson_run_as_an_app_prints_the_claims_and_draws_the_charts_of_the_notebook(string lesson)
    {
        var app = ExportedApps.PathOf(lesson);
        var result = await ExportedApps.RunAsync(app);
        Assert.True(result.ExitCode == 0, $"dotnet run {app} failed:\n{result.Output}");

        var notebook = await LessonRuns.Of(lesson);
        var notebookText = notebook.Cells.SelectMany(c => c.Outputs).Where(o => o.OutputType == "stream").SelectMany(o => o.Data.Values);
        Assert.Equal(CheckLines(string.Concat(notebookText)), CheckLines(result.Output));

        var charts = result.Output.Split('\n').Where(line => line.StartsWith("chart ", StringComparison.Ordinal)).Select(line => line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..].Trim()).ToList();
        Assert.Equal(notebook.ChartCount, charts.Count);
        var folder = Path.Combine(ExportedApps.Directory, Path.GetFileNameWithoutExtension(lesson) + "-charts");
        Assert.Equal(charts.Select(c => Path.GetDirectoryName(c)).Distinct(), [folder]);
        foreach (var chart in charts)
        {
            var html = await File.ReadAllTextAsync(chart);
            Assert.Contains(CellOutput.ChartMarker, html);
            Assert.DoesNotContain("<script src=\"http", html);
        }
    }

    [Fact]
    public async Task A_name_declared_again_a_nested_name_and_a_last_expression_carry_over()
    {
        using var folder = new TempNotebooks();
        var notebook = folder.Write("redeclared",
            $"#!import {Path.Combine(CourseFiles.NotebooksDirectory, "setup.dib")}",
            "var value = 1;\nrecord Point(double X);\nConsole.WriteLine($\"first {value}\");",
            "foreach (var item in new[] { 10 }) Console.WriteLine($\"item {item}\");",
            "var value = \"two\";\nvar item = new Point(3);\nConsole.WriteLine($\"second {value} {item.X}\");",
            "value.Length * 10");

        var app = AppExporter.Export(notebook, folder.Directory);
        var result = await ExportedApps.RunAsync(app);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal(["first 1", "item 10", "second two 3", "30"], result.Output.Trim().Split('\n').Select(l => l.Trim()));
    }

    [Fact]
    public async Task A_failed_claim_ends_the_app_with_exit_code_1_and_its_message()
    {
        using var folder = new TempNotebooks();
        var notebook = folder.Write("failing",
            $"#!import {Path.Combine(CourseFiles.NotebooksDirectory, "setup.dib")}",
            "Claim.That(1 + 1 == 3, \"one and one make three\", \"got 2\");");

        var result = await ExportedApps.RunAsync(AppExporter.Export(notebook, folder.Directory));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("✗ Claim does not hold: one and one make three (got 2)", result.Output);
    }

    [Theory]
    [InlineData("#!time\nvar x = 1;", "cell 3: uses '#!time', which has no equivalent in a file-based app")]
    [InlineData("var x = ;", "cell 3: has a syntax error at line 1")]
    [InlineData("var kernel = Microsoft.DotNet.Interactive.Kernel.Root;", "cell 3: does not compile as a file-based app: CS0234")]
    public void A_cell_that_cannot_be_carried_over_fails_the_export_naming_the_notebook_and_the_cell(string cell, string message)
    {
        using var folder = new TempNotebooks();
        var notebook = folder.Write("broken", $"#!import {Path.Combine(CourseFiles.NotebooksDirectory, "setup.dib")}", cell);

        var error = Assert.Throws<ExportException>(() => AppExporter.Export(notebook, folder.Directory));

        Assert.Contains(notebook, error.Message);
        Assert.Contains(message, error.Message);
        Assert.False(File.Exists(Path.Combine(folder.Directory, "broken.cs")));
    }

    private static List<string> CheckLines(string text) =>
        text.Split('\n').Select(line => line.Trim()).Where(line => line.StartsWith('✓') || line.StartsWith('…')).ToList();
}

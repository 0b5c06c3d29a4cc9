using Descent.Course.Tests.Support;

namespace Descent.Course.Tests.Classroom;

public class GradeUsageTests
{
    [Fact]
    public async Task A_missing_submissions_folder_is_a_usage_error()
    {
        var result = await CliHarness.RunAsync("grade", "/no/such/folder", "--assignment", Assignments.Folder);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/no/such/folder: no such submissions folder", result.Output);
    }

    [Theory]
    [InlineData("--timeout", "0", "--timeout 0")]
    [InlineData("--memory-mb", "10", "--memory-mb 10")]
    [InlineData("--parallel", "0", "--parallel 0")]
    public async Task Limits_out_of_range_are_usage_errors_naming_the_option(string option, string value, string expected)
    {
        using var folder = new TempFolder();
        var result = await CliHarness.RunAsync("grade", folder.Path, "--assignment", Assignments.Folder, option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Output);
    }

    [Fact]
    public async Task A_malformed_source_assignment_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var source = NotebookBuilder.Of("md: # x", "// TEST: no points\nvar a = 1;").Save(folder["source/hw.ipynb"]);
        Directory.CreateDirectory(folder["submissions"]);
        var result = await CliHarness.RunAsync("grade", folder["submissions"], "--assignment", source);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{source}, cell 2, line 1: test \"no points\" has no points", result.Output);
    }
}

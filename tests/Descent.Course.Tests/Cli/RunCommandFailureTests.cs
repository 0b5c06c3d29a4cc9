using Descent.Course.Cli;
using Descent.Course.Tests.Notebooks;
using Descent.Course.Tests.Support;

namespace Descent.Course.Tests.Cli;

/// <summary>
/// The <c>run</c> command's failure paths, on small broken notebooks: each gives a clear message and exit code, the other
/// notebooks of the run still run, and no source file is changed.
/// </summary>
[Collection(NotebookCollection.Name)]
public sealed class RunCommandFailureTests : IDisposable
{
    private readonly TempNotebooks _notebooks = new();

    private string Artifacts => Path.Combine(_notebooks.Directory, "artifacts");

    private string Good => _notebooks.Write("good", "var answer = 6 * 7;", "Console.WriteLine($\"answer = {answer}\");");

    [Fact]
    public async Task Failing_cells_are_reported_with_notebook_cell_source_and_error_and_the_rest_still_runs()
    {
        var good = Good;
        var compile = _notebooks.Write("compile-error", "var fine = 1;", "var a = 1;\nint b = \"not a number\";");
        var throwing = _notebooks.Write("throws", "throw new InvalidOperationException(\"boom from the cell\");", "Console.WriteLine(\"after the throw\");");
        var hanging = _notebooks.Write("never-ends", "while (true) System.Threading.Thread.Sleep(20);", "Console.WriteLine(\"never printed\");");
        var hashes = _notebooks.Hashes();

        var result = await CliHarness.RunAsync("run", compile, throwing, hanging, good, "--timeout", "5", "--no-book", "--output", Artifacts);

        Assert.Equal(ExitCodes.CellFailed, result.ExitCode);
        Assert.Contains("compile-error, cell 3: failed", result.Output);
        Assert.Contains("| int b = \"not a number\";", result.Output);
        Assert.Contains("line 2: error CS0029", result.Output);
        Assert.Contains("throws, cell 2: failed", result.Output);
        Assert.Contains("boom from the cell", result.Output);
        Assert.Contains("never-ends, cell 2: timed out", result.Output);
        Assert.Contains("did not finish within 5 s", result.Output);
        Assert.Contains("never-ends: 1 cell(s) after the timeout were not run", result.Output);

        Assert.Contains("answer = 42", File.ReadAllText(Path.Combine(Artifacts, "notebooks", "good.ipynb")));
        Assert.DoesNotContain("\"never printed\\n\"", File.ReadAllText(Path.Combine(Artifacts, "notebooks", "never-ends.ipynb")));
        Assert.Contains("\"after the throw\\n\"", File.ReadAllText(Path.Combine(Artifacts, "notebooks", "throws.ipynb")));
        Assert.Equal(hashes, _notebooks.Hashes());
    }

    [Fact]
    public async Task A_malformed_notebook_is_one_line_naming_file_and_line_and_the_others_still_run()
    {
        var malformed = _notebooks.WriteText("malformed.ipynb", "{\n  \"cells\": [\n    { \"cell_type\": \"code\", }\n  ]\n}\n");
        var good = Good;
        var hashes = _notebooks.Hashes();

        var result = await CliHarness.RunAsync("run", malformed, good, "--no-book", "--output", Artifacts);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains($"{malformed}:3: malformed notebook JSON", result.Output);
        Assert.True(File.Exists(Path.Combine(Artifacts, "notebooks", "good.ipynb")));
        Assert.Equal(hashes, _notebooks.Hashes());
    }

    [Fact]
    public async Task A_missing_path_is_one_line_and_the_others_still_run()
    {
        var good = Good;
        var missing = Path.Combine(_notebooks.Directory, "no-such-notebook.ipynb");

        var result = await CliHarness.RunAsync("run", missing, good, "--no-book", "--output", Artifacts);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains($"error: {missing}: no such notebook or folder", result.Output);
        Assert.True(File.Exists(Path.Combine(Artifacts, "notebooks", "good.ipynb")));
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        var result = await CliHarness.RunAsync("run", "--no-such-option");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--no-such-option", result.Output);
        Assert.Single(result.Output.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("0", "--timeout must be a positive number of seconds, not 0")]
    [InlineData("-5", "--timeout must be a positive number of seconds, not -5")]
    [InlineData("soon", "Cannot parse argument 'soon' for option '--timeout'")]
    public async Task A_timeout_that_is_not_a_positive_number_is_a_usage_error(string value, string message)
    {
        var result = await CliHarness.RunAsync("run", Good, "--timeout", value);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains(message, result.Output);
        Assert.Single(result.Output.Trim().Split('\n'));
    }

    [Fact]
    public async Task A_good_run_exits_zero_prints_the_summary_and_writes_the_notebook_and_the_book()
    {
        _ = Good;

        var result = await CliHarness.RunAsync("run", _notebooks.Directory, "--output", Artifacts);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("good", result.Output);
        Assert.Contains("1/1 passed", result.Output);
        Assert.Contains("Total time:", result.Output);
        var index = Path.Combine(Artifacts, "book", "index.html");
        Assert.Contains($"Book: {index}", result.Output);
        Assert.True(File.Exists(index));
        Assert.Contains("answer = 42", File.ReadAllText(Path.Combine(Artifacts, "notebooks", "good.ipynb")));
    }

    [Fact]
    public async Task Help_documents_the_exit_codes()
    {
        var result = await CliHarness.RunAsync("run", "--help");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("--timeout", result.Output);
        Assert.Contains("1 = a cell or a check failed", result.Output);
        Assert.Contains("2 = usage or input error", result.Output);
        Assert.Contains("3 = the book could not be written", result.Output);
    }

    /// <inheritdoc />
    public void Dispose() => _notebooks.Dispose();
}

namespace Descent.Course.Tests.Notebooks;

/// <summary>
/// dotnet-repl, a real .NET Interactive host, from the repository's local tool manifest (.config/dotnet-tools.json).
/// </summary>
public static class ReplHost
{
    private static readonly Lazy<Task> Restore = new(() => RunDotnetAsync(Support.CourseFiles.Root, TimeSpan.FromMinutes(5), "tool", "restore"));

    /// <summary>The longest one notebook may take in dotnet-repl (including a first build of the libraries).</summary>
    public static readonly TimeSpan NotebookTimeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Runs <c>dotnet repl --run notebook --exit-after-run --output-path outputPath</c> in the notebook's folder.
    /// </summary>
    public static async Task<Support.DotnetCommand.Result> RunNotebookAsync(string notebookPath, string outputPath)
    {
        await Restore.Value;
        return await RunDotnetAsync(
            Path.GetDirectoryName(notebookPath)!,
            NotebookTimeout,
            "repl", "--run", Path.GetFileName(notebookPath), "--exit-after-run", "--output-path", outputPath);
    }

    private static async Task<Support.DotnetCommand.Result> RunDotnetAsync(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var result = await Support.DotnetCommand.RunAsync(workingDirectory, timeout, arguments);
        if (arguments[0] == "tool" && result.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet tool restore failed: {result.Output}");
        }

        return result;
    }
}

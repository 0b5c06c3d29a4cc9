using System.Diagnostics;

namespace Descent.Course.Tests.Notebooks;

/// <summary>
/// dotnet-repl, a real .NET Interactive host, from the repository's local tool manifest (.config/dotnet-tools.json).
/// </summary>
public static class ReplHost
{
    private static readonly Lazy<Task> Restore = new(() => RunDotnetAsync(Support.CourseFiles.Root, TimeSpan.FromMinutes(5), "tool", "restore"));

    /// <summary>The longest one notebook may take in dotnet-repl (including a first build of the libraries).</summary>
    public static readonly TimeSpan NotebookTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The result of one dotnet-repl run.</summary>
    public sealed record Result(int ExitCode, string Output);

    /// <summary>
    /// Runs <c>dotnet repl --run notebook --exit-after-run --output-path outputPath</c> in the notebook's folder.
    /// </summary>
    public static async Task<Result> RunNotebookAsync(string notebookPath, string outputPath)
    {
        await Restore.Value;
        return await RunDotnetAsync(
            Path.GetDirectoryName(notebookPath)!,
            NotebookTimeout,
            "repl", "--run", Path.GetFileName(notebookPath), "--exit-after-run", "--output-path", outputPath);
    }

    private static async Task<Result> RunDotnetAsync(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish within {timeout}");
        }

        var result = new Result(process.ExitCode, await stdout + await stderr);
        if (arguments[0] == "tool" && result.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet tool restore failed: {result.Output}");
        }

        return result;
    }
}

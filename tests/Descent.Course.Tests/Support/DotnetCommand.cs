using System.Diagnostics;

namespace Descent.Course.Tests.Support;

/// <summary>Runs the <c>dotnet</c> command line as a child process, with a time limit.</summary>
public static class DotnetCommand
{
    /// <summary>The exit code and everything the process wrote (standard output, then standard error).</summary>
    public sealed record Result(int ExitCode, string Output);

    /// <summary>Runs <c>dotnet arguments…</c> in <paramref name="workingDirectory"/>; kills the process tree past <paramref name="timeout"/>.</summary>
    public static Task<Result> RunAsync(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        RunAsync(workingDirectory, timeout, new Dictionary<string, string>(), arguments);

    /// <summary>The same, with <paramref name="environment"/> added to the child's environment.</summary>
    public static async Task<Result> RunAsync(string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, params string[] arguments)
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

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
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

        return new Result(process.ExitCode, await stdout + await stderr);
    }
}

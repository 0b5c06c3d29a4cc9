using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Descent.Course.Classroom.Grading;
using Descent.Course.Engine;

namespace Descent.Course.Classroom.Isolation;

/// <summary>
/// Runs a grading plan in its own process: <c>dotnet &lt;copy of the course tool&gt; grade-one</c>, started in a
/// sandbox with a minimal environment, the job written to its standard input, its reports read from its standard
/// output. The child is killed (with its whole process tree) when it runs past the time limit or its working set
/// grows past the memory limit; its GC heap is capped so that a huge allocation fails inside the cell. Whatever the
/// child does — crash, exit, hang, print garbage — this returns a <see cref="PlanRun"/> that says how far it got.
/// </summary>
public sealed class ChildProcessPlanRunner(GraderRuntime runtime, GradingLimits limits)
{
    /// <summary>The internal command the child runs.</summary>
    public const string ChildCommand = "grade-one";

    // Room above the GC heap limit for the runtime itself, JIT-compiled code and native allocations.
    private const long NativeHeadroomBytes = 512L * 1024 * 1024;

    private static readonly string[] InheritedVariables =
        ["PATH", "HOME", "USER", "LANG", "LC_ALL", "DOTNET_ROOT", "DOTNET_CLI_HOME", "NUGET_PACKAGES", "SSL_CERT_FILE", "SSL_CERT_DIR"];

    /// <summary>Runs <paramref name="plan"/> in <paramref name="sandbox"/>.</summary>
    /// <exception cref="InvalidOperationException">The child could not start the grading engine (a grader problem, not the student's).</exception>
    public async Task<PlanRun> RunAsync(string name, GradingPlan plan, Sandbox sandbox, CancellationToken cancellationToken = default)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var job = new ChildJob(token, name, limits.Timeout.TotalSeconds, plan.Cells.Select(c => new ChildJobCell(c.Source, c.Language)).ToList());
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = StartInfo(sandbox) };
        process.Start();

        var reports = new List<CellReport>();
        var started = false;
        var done = false;
        var stdout = BoundedLineReader.ReadAsync(process.StandardOutput, line =>
        {
            if (!ChildProtocol.TryParse(line, token, out var report))
            {
                return;
            }

            lock (reports)
            {
                switch (report.Kind)
                {
                    case ChildReport.Started:
                        started = true;
                        break;
                    case ChildReport.Done:
                        done = true;
                        break;
                    case ChildReport.CellFinished when report.Cell >= 1 && report.Cell <= plan.Cells.Count
                                                       && Enum.TryParse<CellStatus>(report.Status, out var status):
                        reports.Add(new CellReport(report.Cell, status, report.Error));
                        break;
                }
            }
        }, CancellationToken.None);
        var stderr = BoundedLineReader.ReadHeadAsync(process.StandardError, 16 * 1024, CancellationToken.None);
        await WriteJobAsync(process, ChildProtocol.Serialize(job));

        var killedFor = await WatchAsync(process, clock, cancellationToken);
        await Task.WhenAny(Task.WhenAll(stdout, stderr), Task.Delay(TimeSpan.FromSeconds(3), CancellationToken.None));
        var errorText = stderr.IsCompletedSuccessfully ? stderr.Result : "";

        lock (reports)
        {
            if (!started && killedFor is null)
            {
                throw new InvalidOperationException(
                    $"the grading process for {name} did not start (exit code {process.ExitCode}): {errorText.Trim()}");
            }

            var interruption = done ? null : Diagnose(killedFor, process.ExitCode, errorText);
            return new PlanRun(reports.OrderBy(r => r.Number).ToList(), interruption, clock.Elapsed);
        }
    }

    private ProcessStartInfo StartInfo(Sandbox sandbox)
    {
        var info = new ProcessStartInfo(runtime.DotnetHost)
        {
            WorkingDirectory = sandbox.WorkingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(runtime.ToolAssembly);
        info.ArgumentList.Add(ChildCommand);

        // A minimal environment: nothing that names the course repository, the assignment or the gradebook.
        info.Environment.Clear();
        foreach (var variable in InheritedVariables)
        {
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value)
            {
                info.Environment[variable] = value;
            }
        }

        info.Environment["TMPDIR"] = sandbox.Temp;
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_gcServer"] = "0";
        info.Environment["DOTNET_GCHeapHardLimit"] = "0x" + HeapLimitBytes.ToString("X", CultureInfo.InvariantCulture);
        return info;
    }

    private long HeapLimitBytes => limits.MemoryMegabytes * 1024L * 1024;

    private static async Task WriteJobAsync(Process process, string json)
    {
        try
        {
            await process.StandardInput.WriteAsync(json);
            await process.StandardInput.FlushAsync();
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The child ended before reading its job; the exit is diagnosed below.
        }
    }

    // Waits for the child to exit, killing it for time or memory; returns the reason it was killed, if it was.
    private async Task<Interruption?> WatchAsync(Process process, Stopwatch clock, CancellationToken cancellationToken)
    {
        var exited = process.WaitForExitAsync(CancellationToken.None);
        while (!exited.IsCompleted)
        {
            await Task.WhenAny(exited, Task.Delay(200, CancellationToken.None));
            if (exited.IsCompleted)
            {
                break;
            }

            Interruption? reason = null;
            if (cancellationToken.IsCancellationRequested)
            {
                reason = new Interruption(SubmissionStatus.TimedOut, "grading was cancelled");
            }
            else if (clock.Elapsed > limits.Timeout)
            {
                reason = new Interruption(SubmissionStatus.TimedOut,
                    $"the time limit of {limits.Timeout.TotalSeconds:0.#} s was exceeded (an endless loop?)");
            }
            else if (WorkingSet(process) > HeapLimitBytes + NativeHeadroomBytes)
            {
                reason = new Interruption(SubmissionStatus.MemoryExceeded,
                    $"the memory limit of {limits.MemoryMegabytes} MB was exceeded");
            }

            if (reason is not null)
            {
                Kill(process);
                await exited;
                return reason;
            }
        }

        await exited;
        return null;
    }

    private static long WorkingSet(Process process)
    {
        try
        {
            process.Refresh();
            return process.WorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static Interruption Diagnose(Interruption? killedFor, int exitCode, string errorText)
    {
        if (killedFor is not null)
        {
            return killedFor;
        }

        if (errorText.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase))
        {
            return new Interruption(SubmissionStatus.Crashed, "stack overflow (a method that calls itself without end?)");
        }

        if (errorText.Contains("OutOfMemory", StringComparison.Ordinal))
        {
            return new Interruption(SubmissionStatus.MemoryExceeded, "the process ran out of memory");
        }

        return exitCode >= 128
            ? new Interruption(SubmissionStatus.Crashed, $"the process crashed (exit code {exitCode})")
            : new Interruption(SubmissionStatus.ExitedEarly,
                $"the process ended with exit code {exitCode} before the last cell (does a cell call Environment.Exit?)");
    }
}

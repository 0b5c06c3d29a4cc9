using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Descent.Course.Classroom.Grading;
using Descent.Course.Engine;

namespace Descent.Course.Classroom.Isolation;

/// <summary>Runs a grading plan in its own process: <c>dotnet &lt;copy of the course tool&gt; grade-one</c>, under bubblewrap
/// when <see cref="Bubblewrap.Executable"/> is there (otherwise as a plain process: the weak mode), with a minimal
/// environment, the cells written one at a time to its standard input and its authenticated reports read from its
/// standard output (<see cref="ChildProtocol"/>). The child is killed with its whole process tree when it runs past the
/// time limit or the tree's resident memory grows past the memory limit; its GC heap is capped so that a huge
/// allocation fails inside the cell. Whatever the child does — crash, exit, hang, print garbage, forge reports — this
/// returns a <see cref="PlanRun"/> that says how far it got.</summary>
public sealed class ChildProcessPlanRunner(GraderRuntime runtime, GradingLimits limits)
{
    /// <summary>The internal command the child runs.</summary>
    public const string ChildCommand = "grade-one";

    // Kept of the child's standard error, to diagnose its end.
    private const int ErrorHeadLength = 16 * 1024;

    // Room above the GC heap limit for the runtime itself, JIT-compiled code and native allocations.
    private const long NativeHeadroomBytes = 512L * 1024 * 1024;

    private static readonly string[] InheritedVariables = ["LANG", "LC_ALL", "DOTNET_ROOT"];

    /// <summary>True when children run under bubblewrap.</summary>
    public bool Sandboxed { get; } = Bubblewrap.Executable is not null;

    /// <summary>Runs <paramref name="plan"/> in <paramref name="sandbox"/>.</summary>
    public async Task<PlanRun> RunAsync(string name, GradingPlan plan, Sandbox sandbox, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = StartInfo(sandbox) };
        await StartAsync(process);

        // Each cell, with a fresh key, goes out only once the report of the one before has come back.
        var keys = plan.Cells.Select(_ => ChildProtocol.NewKey()).ToArray();
        var outbox = Channel.CreateUnbounded<string>();
        outbox.Writer.TryWrite(ChildProtocol.Line(new ChildHello(name, limits.Timeout.TotalSeconds)));
        var sender = SendAsync(process, outbox.Reader);
        void SendCell(int index) => _ = index < plan.Cells.Count
            ? outbox.Writer.TryWrite(ChildProtocol.Line(new ChildCell(index + 1, plan.Cells[index].Source, plan.Cells[index].Language, keys[index])))
            : outbox.Writer.TryComplete();

        var reports = new List<CellReport>();
        var started = false;
        var stdout = ChildProtocol.ReadLinesAsync(process.StandardOutput, line =>
        {
            lock (reports)
            {
                if (!started && line == ChildProtocol.Prefix + "started")
                {
                    started = true;
                    SendCell(0);
                }
                else if (started && reports.Count < plan.Cells.Count
                         && ChildProtocol.TryParse(line, reports.Count + 1, keys[reports.Count], out var report)
                         && Enum.TryParse<CellStatus>(report.Status, out var status) && Enum.IsDefined(status))
                {
                    reports.Add(new CellReport(report.Cell, status, report.Error));
                    SendCell(reports.Count);
                }
            }
        }, CancellationToken.None);
        var errors = new StringBuilder();
        var stderr = ChildProtocol.ReadLinesAsync(process.StandardError, line =>
        {
            if (errors.Length < ErrorHeadLength)
            {
                errors.Append(line.AsSpan(0, Math.Min(line.Length, ErrorHeadLength - errors.Length))).Append('\n');
            }
        }, CancellationToken.None);

        var killedFor = await WatchAsync(process, clock, cancellationToken);
        outbox.Writer.TryComplete();
        await Task.WhenAny(Task.WhenAll(stdout, stderr, sender), Task.Delay(TimeSpan.FromSeconds(3), CancellationToken.None));
        var errorText = stderr.IsCompletedSuccessfully ? errors.ToString() : "";
        lock (reports)
        {
            if (!started && killedFor is null)
            {
                // Nothing of the student's has run before "started": this is the grader's problem, not the student's.
                return new PlanRun([], new Interruption(SubmissionStatus.GraderError,
                    $"the grading process did not start (exit code {process.ExitCode}): {errorText.Trim()}"), clock.Elapsed);
            }

            var interruption = reports.Count == plan.Cells.Count ? null : Diagnose(killedFor, process.ExitCode, errorText);
            return new PlanRun([.. reports], interruption, clock.Elapsed);
        }
    }

    private ProcessStartInfo StartInfo(Sandbox sandbox)
    {
        string[] child = [runtime.DotnetHost, runtime.ToolAssembly, ChildCommand];
        var bwrap = Bubblewrap.Executable;
        var info = new ProcessStartInfo(bwrap ?? child[0], bwrap is null ? child[1..] : Bubblewrap.Arguments(runtime.DotnetHost, runtime.ToolDirectory, sandbox, child))
        {
            WorkingDirectory = sandbox.WorkingDirectory, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };

        // A minimal environment: nothing that names the course repository, the assignment or the gradebook.
        info.Environment.Clear();
        foreach (var variable in InheritedVariables.Where(v => Environment.GetEnvironmentVariable(v) is { Length: > 0 }))
        {
            info.Environment[variable] = Environment.GetEnvironmentVariable(variable);
        }

        info.Environment["PATH"] = "/usr/bin:/bin";
        info.Environment["HOME"] = sandbox.Temp;
        info.Environment["TMPDIR"] = sandbox.Temp;
        info.Environment["DOTNET_CLI_HOME"] = sandbox.Temp;
        info.Environment["NUGET_PACKAGES"] = Path.Combine(sandbox.Temp, "packages");
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_gcServer"] = "0";
        info.Environment["DOTNET_GCHeapHardLimit"] = "0x" + HeapLimitBytes.ToString("X", CultureInfo.InvariantCulture);
        return info;
    }

    // bwrap's --die-with-parent follows the thread that started it, not the process: a pool thread that retires would
    // kill a long-running child. Start it from a thread of its own that lives until the child has exited.
    private static Task StartAsync(Process process)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        new Thread(() =>
        {
            try
            {
                process.Start();
            }
            catch (Exception exception)
            {
                started.SetException(exception);
                return;
            }

            started.SetResult();
            process.WaitForExit();
        }) { IsBackground = true, Name = "grading child" }.Start();
        return started.Task;
    }

    private long HeapLimitBytes => limits.MemoryMegabytes * 1024L * 1024;

    private static async Task SendAsync(Process process, ChannelReader<string> lines)
    {
        try
        {
            await foreach (var line in lines.ReadAllAsync())
            {
                await process.StandardInput.WriteAsync(line);
                await process.StandardInput.FlushAsync();
            }

            process.StandardInput.Close();
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The child ended before reading its cells; the exit is diagnosed by the caller.
        }
    }

    // Waits for the child to exit, killing it for time or memory; returns the reason it was killed, if it was.
    private async Task<Interruption?> WatchAsync(Process process, Stopwatch clock, CancellationToken cancellationToken)
    {
        var exited = process.WaitForExitAsync(CancellationToken.None);
        while (await Task.WhenAny(exited, Task.Delay(200, CancellationToken.None)) != exited && !exited.IsCompleted)
        {
            var reason = cancellationToken.IsCancellationRequested ? new Interruption(SubmissionStatus.TimedOut, "grading was cancelled")
                : clock.Elapsed > limits.Timeout ? new Interruption(SubmissionStatus.TimedOut, $"the time limit of {limits.Timeout.TotalSeconds:0.#} s was exceeded (an endless loop?)")
                : ProcessTree.ResidentBytes(process.Id) > HeapLimitBytes + NativeHeadroomBytes ? new Interruption(SubmissionStatus.MemoryExceeded, $"the memory limit of {limits.MemoryMegabytes} MB was exceeded")
                : null;
            if (reason is not null)
            {
                ProcessTree.Kill(process);
                await exited;
                return reason;
            }
        }

        await exited;
        return null;
    }

    private static Interruption Diagnose(Interruption? killedFor, int exitCode, string errorText) => killedFor
        ?? (errorText.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase) ? new Interruption(SubmissionStatus.Crashed, "stack overflow (a method that calls itself without end?)")
            : errorText.Contains("OutOfMemory", StringComparison.Ordinal) ? new Interruption(SubmissionStatus.MemoryExceeded, "the process ran out of memory")
            : exitCode >= 128 ? new Interruption(SubmissionStatus.Crashed, $"the process crashed (exit code {exitCode})")
            : new Interruption(SubmissionStatus.ExitedEarly, $"the process ended with exit code {exitCode} before the last cell (does a cell call Environment.Exit?)"));
}

/// <summary>A process and its descendants, found through <c>/proc</c> (Linux; elsewhere the process alone).</summary>
internal static class ProcessTree
{
    /// <summary>The resident memory of <paramref name="root"/> and every process below it.</summary>
    public static long ResidentBytes(int root)
    {
        var stats = new Dictionary<int, (int Parent, long Pages)>();
        try
        {
            foreach (var pid in Directory.EnumerateDirectories("/proc").Select(f => int.TryParse(Path.GetFileName(f), out var pid) ? pid : 0).Where(pid => pid > 0))
            {
                if (Stat(pid) is { } stat)
                {
                    stats[pid] = stat;
                }
            }
        }
        catch (IOException)
        {
            return 0;
        }

        IEnumerable<int> Ancestry(int pid)
        {
            for (var p = pid; p > 1 && stats.TryGetValue(p, out var entry); p = entry.Parent)
            {
                yield return p;
            }
        }

        return stats.Where(s => Ancestry(s.Key).Contains(root)).Sum(s => s.Value.Pages) * Environment.SystemPageSize;
    }

    /// <summary>Kills the process and its descendants; a process already gone is fine.</summary>
    public static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception or AggregateException)
        {
            // Already gone.
        }
    }

    // Fields of /proc/<pid>/stat after the command name: state, ppid, ... rss (the 22nd).
    private static (int Parent, long Pages)? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return (int.Parse(fields[1], CultureInfo.InvariantCulture), long.Parse(fields[21], CultureInfo.InvariantCulture));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}

/// <summary>The limits each submission is graded under.</summary>
public sealed record GradingLimits
{
    /// <summary>Wall-clock time for one submission, process start-up included; past it the process tree is killed. Default 120 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Memory for one submission's process, in MB (default 2048): the GC heap is capped at this size
    /// (<c>DOTNET_GCHeapHardLimit</c>, so a huge allocation throws <see cref="OutOfMemoryException"/> in the cell), and the
    /// process is killed when its working set grows past it.</summary>
    public int MemoryMegabytes { get; init; } = 2048;

    /// <summary>Submissions graded at once (default: the number of cores).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>What is out of range, naming the option of <c>grade</c> and its value; null when every limit is in range.</summary>
    public string? Problem =>
        Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromHours(2) ? $"--timeout {Timeout.TotalSeconds}: The time limit must be between 0 and 7200 seconds."
        : MemoryMegabytes is < 256 or > 65536 ? $"--memory-mb {MemoryMegabytes}: The memory limit must be between 256 and 65536 MB."
        : Parallelism is < 1 or > 64 ? $"--parallel {Parallelism}: Parallelism must be between 1 and 64."
        : null;
}

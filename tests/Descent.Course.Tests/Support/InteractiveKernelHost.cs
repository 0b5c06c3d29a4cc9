using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Descent.Course.Tests.Support;

/// <summary>
/// The kernel that Jupyter and VS Code run, <c>dotnet dotnet-interactive stdio</c> (Microsoft.dotnet-interactive from
/// the repository's local tool manifest), driven through its JSON protocol: one command envelope per line on stdin
/// (<c>{"token", "commandType": "SubmitCode", "command": {"code", "targetKernelName"}}</c>), one event envelope per line
/// on stdout (<c>{"event", "eventType", "command": {"token", ...}}</c>).
/// </summary>
public sealed class InteractiveKernelHost : IAsyncDisposable
{
    private static readonly Lazy<Task> Restore = new(RestoreToolsAsync);

    private readonly Process process;
    private readonly ConcurrentDictionary<string, Submission> submissions = new();
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly StringBuilder standardError = new();
    private readonly Task stdoutPump;
    private readonly Task stderrPump;
    private int nextToken;

    /// <summary>The longest the kernel may take to start and report <c>KernelReady</c>.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    /// <summary>One submitted cell's outcome.</summary>
    /// <param name="Succeeded">True when the kernel answered <c>CommandSucceeded</c>.</param>
    /// <param name="Error">The <c>CommandFailed</c> message, or null.</param>
    /// <param name="Outputs">The formatted values of the displayed and returned values, each by MIME type.</param>
    /// <param name="Elapsed">From submission to the command's last event.</param>
    public sealed record CellResult(bool Succeeded, string? Error, IReadOnlyList<IReadOnlyDictionary<string, string>> Outputs, TimeSpan Elapsed);

    private InteractiveKernelHost(Process process)
    {
        this.process = process;
        stdoutPump = Task.Run(ReadEventsAsync);
        stderrPump = Task.Run(ReadStandardErrorAsync);
    }

    /// <summary>
    /// Starts a kernel whose working directory is <paramref name="workingDirectory"/> (where <c>#!import</c> and
    /// <c>#r</c> resolve relative paths, as in VS Code) and waits for its <c>KernelReady</c> event. The folder must be
    /// inside the repository, so that <c>dotnet</c> finds the tool in .config/dotnet-tools.json.
    /// </summary>
    public static async Task<InteractiveKernelHost> StartAsync(string workingDirectory)
    {
        await Restore.Value;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { "dotnet-interactive", "stdio", "--default-kernel", "csharp", "--working-dir", workingDirectory })
        {
            start.ArgumentList.Add(argument);
        }

        var host = new InteractiveKernelHost(Process.Start(start)!);
        try
        {
            await host.ready.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            await host.DisposeAsync();
            throw new TimeoutException($"dotnet-interactive stdio sent no KernelReady within {StartTimeout}:\n{host.StandardErrorText}");
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>
    /// Sends <c>SubmitCode</c> and waits for <c>CommandSucceeded</c> or <c>CommandFailed</c> for its token.
    /// </summary>
    /// <exception cref="TimeoutException">The kernel did not finish the command within <paramref name="timeout"/>.</exception>
    public async Task<CellResult> SubmitCodeAsync(string code, string kernelName, TimeSpan timeout)
    {
        var token = $"descent-{Interlocked.Increment(ref nextToken)}";
        var submission = new Submission();
        submissions[token] = submission;
        var envelope = new JsonObject
        {
            ["token"] = token,
            ["commandType"] = "SubmitCode",
            ["command"] = new JsonObject { ["code"] = code, ["targetKernelName"] = kernelName },
        };
        var stopwatch = Stopwatch.StartNew();
        try
        {
            await process.StandardInput.WriteLineAsync(envelope.ToJsonString());
            await process.StandardInput.FlushAsync();
            var (succeeded, error) = await submission.Completion.Task.WaitAsync(timeout);
            return new CellResult(succeeded, error, submission.Outputs.ToList(), stopwatch.Elapsed);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"dotnet-interactive did not finish the cell within {timeout} (no CommandSucceeded or CommandFailed for token {token})");
        }
        finally
        {
            submissions.TryRemove(token, out _);
        }
    }

    /// <summary>What the kernel wrote to stderr so far.</summary>
    public string StandardErrorText
    {
        get
        {
            lock (standardError)
            {
                return standardError.ToString();
            }
        }
    }

    /// <summary>Kills the kernel (and any process it started) and waits for it to exit.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(cancellation.Token);
            await Task.WhenAll(stdoutPump, stderrPump).WaitAsync(cancellation.Token);
        }
        catch (InvalidOperationException)
        {
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            process.Dispose();
        }
    }

    private async Task ReadEventsAsync()
    {
        try
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.Length > 0 && line[0] == '{')
                {
                    Dispatch(line);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or InvalidOperationException)
        {
        }

        var exited = new IOException($"dotnet-interactive closed its output (the kernel exited):\n{StandardErrorText}");
        ready.TrySetException(exited);
        foreach (var submission in submissions.Values)
        {
            submission.Completion.TrySetException(exited);
        }
    }

    private async Task ReadStandardErrorAsync()
    {
        try
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                lock (standardError)
                {
                    standardError.AppendLine(line);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or InvalidOperationException)
        {
        }
    }

    private void Dispatch(string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            var eventType = root.TryGetProperty("eventType", out var type) ? type.GetString() : null;
            if (eventType == "KernelReady")
            {
                ready.TrySetResult();
                return;
            }

            if (!root.TryGetProperty("command", out var command)
                || command.ValueKind != JsonValueKind.Object
                || !command.TryGetProperty("token", out var tokenElement)
                || tokenElement.GetString() is not { } token)
            {
                return;
            }

            var exact = submissions.TryGetValue(token, out var submission);
            if (!exact && token.IndexOf('.') is var dot and > 0)
            {
                submissions.TryGetValue(token[..dot], out submission);
            }

            if (submission is null)
            {
                return;
            }

            var body = root.GetProperty("event");
            switch (eventType)
            {
                case "DisplayedValueProduced" or "DisplayedValueUpdated" or "ReturnValueProduced":
                    submission.Outputs.Enqueue(FormattedValues(body));
                    break;
                case "CommandSucceeded" when exact:
                    submission.Completion.TrySetResult((true, null));
                    break;
                case "CommandFailed" when exact:
                    submission.Completion.TrySetResult((false, body.TryGetProperty("message", out var message) ? message.GetString() : body.GetRawText()));
                    break;
            }
        }
    }

    private static Dictionary<string, string> FormattedValues(JsonElement body)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (body.TryGetProperty("formattedValues", out var formatted) && formatted.ValueKind == JsonValueKind.Array)
        {
            foreach (var value in formatted.EnumerateArray())
            {
                var mimeType = value.TryGetProperty("mimeType", out var mime) ? mime.GetString() : null;
                var text = value.TryGetProperty("value", out var v) ? v.GetString() : null;
                if (mimeType is not null && text is not null)
                {
                    values[mimeType] = text;
                }
            }
        }

        return values;
    }

    private static async Task RestoreToolsAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = CourseFiles.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("tool");
        start.ArgumentList.Add("restore");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet tool restore did not finish within 5 minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet tool restore failed: {await stdout}{await stderr}");
        }
    }

    private sealed class Submission
    {
        public TaskCompletionSource<(bool Succeeded, string? Error)> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentQueue<IReadOnlyDictionary<string, string>> Outputs { get; } = new();
    }
}

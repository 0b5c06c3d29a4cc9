using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Descent.Course.Engine;

/// <summary>Submits one code cell to a kernel and turns the events it produces into outputs and a status.</summary>
internal static class CellExecutor
{
    /// <summary>Runs a code cell; a cell still running after <paramref name="timeout"/> is cancelled and abandoned.</summary>
    public static async Task<CellRun> RunAsync(Kernel kernel, int cellNumber, NotebookCell cell, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var events = new ConcurrentQueue<KernelEvent>();
        using var cellCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var subscription = kernel.KernelEvents.Subscribe(events.Enqueue);

        var submission = kernel.SendAsync(new SubmitCode(cell.Source, cell.Language), cellCancellation.Token);
        var timedOut = await Task.WhenAny(submission, Task.Delay(timeout, cancellationToken)) != submission;
        cancellationToken.ThrowIfCancellationRequested();
        (string Message, string Name)? error;
        if (timedOut)
        {
            await cellCancellation.CancelAsync();
            _ = submission.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
            error = ($"Cell did not finish within {timeout.TotalSeconds:0.#} s and was stopped.", nameof(TimeoutException));
        }
        else
        {
            try
            {
                var result = await submission;
                error = ErrorOf(events.IsEmpty ? result.Events : [.. events]);
            }
            catch (Exception exception)
            {
                error = Describe(exception);
            }
        }

        var outputs = Outputs(events.ToArray());
        if (error is var (message, name))
        {
            outputs.Add(ErrorOutput(message, name));
        }

        var status = timedOut ? CellStatus.TimedOut : error is null ? CellStatus.Succeeded : CellStatus.Failed;
        return new CellRun(cellNumber, cell, status, error?.Message, outputs, clock.Elapsed);
    }

    private static List<CellOutput> Outputs(IEnumerable<KernelEvent> events)
    {
        var outputs = new List<CellOutput>();
        var displayed = new Dictionary<string, int>();
        foreach (var kernelEvent in events)
        {
            if (ToOutput(kernelEvent) is not { } output)
            {
                continue;
            }

            // A display that is updated (such as the package-install progress) keeps one output: its latest value.
            if (kernelEvent is DisplayEvent { ValueId: { } valueId } && !displayed.TryAdd(valueId, outputs.Count))
            {
                outputs[displayed[valueId]] = output;
            }
            else
            {
                outputs.Add(output);
            }
        }

        return outputs;
    }

    private static CellOutput? ToOutput(KernelEvent kernelEvent) => kernelEvent switch
    {
        ReturnValueProduced value => Display("execute_result", value.FormattedValues, value.Value),
        DisplayedValueUpdated value => Display("display_data", value.FormattedValues, value.Value),
        DisplayedValueProduced value => Display("display_data", value.FormattedValues, value.Value),
        StandardOutputValueProduced value => Stream("stdout", value.FormattedValues),
        StandardErrorValueProduced value => Stream("stderr", value.FormattedValues),
        ErrorProduced value => ErrorOutput(value.Message),
        _ => null,
    };

    private static CellOutput? Display(string outputType, IReadOnlyCollection<FormattedValue> values, object? value)
    {
        var data = values.Where(v => !v.SuppressDisplay).DistinctBy(v => v.MimeType).ToDictionary(v => v.MimeType, v => v.Value);

        // Hosts format simple values as HTML only; nbformat readers (and the book) also want their plain text.
        if (data.Count > 0 && !data.ContainsKey(PlainTextFormatter.MimeType) && IsSimple(value))
        {
            data[PlainTextFormatter.MimeType] = value.ToDisplayString(PlainTextFormatter.MimeType);
        }

        // The figure JSON beside Plotly.NET's HTML: Jupyter front ends and the book draw the chart from it.
        if (value is Plotly.NET.GenericChart chart && data.TryGetValue("text/html", out var html) && html.Contains(CellOutput.ChartMarker, StringComparison.Ordinal))
        {
            data[Notebook.PlotlyMimeType] = Plotly.NET.GenericChart.toFigureJson(chart);
        }

        return data.Count == 0 ? null : new CellOutput(outputType, data);
    }

    private static bool IsSimple([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] object? value) =>
        value is string or decimal or DateTime or DateTimeOffset or TimeSpan or Guid
        || value?.GetType() is { IsPrimitive: true } or { IsEnum: true };

    private static CellOutput Stream(string name, IReadOnlyCollection<FormattedValue> values) =>
        new("stream", new Dictionary<string, string> { [PlainTextFormatter.MimeType] = values.FirstOrDefault(v => v.MimeType == PlainTextFormatter.MimeType)?.Value ?? values.FirstOrDefault()?.Value ?? "" }, name);

    private static CellOutput ErrorOutput(string message, string name = "Error") =>
        new("error", new Dictionary<string, string> { ["ename"] = name, ["evalue"] = message });

    /// <summary>
    /// The cell's error and its nbformat error name: compile errors as "line N: error CS....: message" (line within the
    /// cell), otherwise the exception or failure message; null when the cell succeeded.
    /// </summary>
    private static (string Message, string Name)? ErrorOf(IReadOnlyList<KernelEvent> events)
    {
        // Cells run through #!import fail as child commands: any failure in the submission fails the cell.
        if (events.OfType<CommandFailed>().FirstOrDefault() is not { } failed)
        {
            return null;
        }

        var diagnostics = events.OfType<DiagnosticsProduced>()
            .SelectMany(d => d.Diagnostics)
            .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .Select(d => $"line {d.LinePositionSpan.Start.Line + 1}: error {d.Code}: {d.Message}")
            .Distinct()
            .ToList();
        return diagnostics.Count > 0 ? (string.Join(Environment.NewLine, diagnostics), "CompilationError")
            : failed.Exception is { } exception ? Describe(exception)
            : (failed.Message, "Error");
    }

    private static (string Message, string Name) Describe(Exception exception) =>
        ($"{exception.GetType().FullName}: {exception.Message}", exception.GetType().Name);
}

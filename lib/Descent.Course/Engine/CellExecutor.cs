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
        var events = new List<KernelEvent>();
        var command = new SubmitCode(cell.Source, cell.Language);
        using var cellCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var subscription = kernel.KernelEvents.Subscribe(e =>
        {
            lock (events)
            {
                events.Add(e);
            }
        });

        var submission = kernel.SendAsync(command, cellCancellation.Token);
        var finished = await Task.WhenAny(submission, Task.Delay(timeout, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        if (finished != submission)
        {
            await cellCancellation.CancelAsync();
            _ = submission.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
            var message = $"Cell did not finish within {timeout.TotalSeconds:0.#} s and was stopped.";
            return new CellRun(cellNumber, cell, CellStatus.TimedOut, message, Snapshot(events, ErrorOutput(message, nameof(TimeoutException))), clock.Elapsed);
        }

        KernelCommandResult result;
        try
        {
            result = await submission;
        }
        catch (Exception exception)
        {
            var message = $"{exception.GetType().FullName}: {exception.Message}";
            return new CellRun(cellNumber, cell, CellStatus.Failed, message, Snapshot(events, ErrorOutput(message, exception.GetType().Name)), clock.Elapsed);
        }

        var collected = Snapshot(events, null);
        List<KernelEvent> all;
        lock (events)
        {
            all = [.. events];
        }

        if (ErrorOf(all.Count > 0 ? all : result.Events) is not var (error, name))
        {
            return new CellRun(cellNumber, cell, CellStatus.Succeeded, null, collected, clock.Elapsed);
        }

        return new CellRun(cellNumber, cell, CellStatus.Failed, error, collected.Append(ErrorOutput(error, name)).ToList(), clock.Elapsed);
    }

    /// <summary>The outputs of the events so far, then <paramref name="last"/> when given.</summary>
    private static List<CellOutput> Snapshot(List<KernelEvent> events, CellOutput? last)
    {
        List<KernelEvent> copy;
        lock (events)
        {
            copy = [.. events];
        }

        var outputs = new List<CellOutput>();
        var displayed = new Dictionary<string, int>();
        foreach (var kernelEvent in copy)
        {
            if (ToOutput(kernelEvent) is not { } output)
            {
                continue;
            }

            // A display that is updated (such as the package-install progress) keeps one output: its latest value.
            var valueId = kernelEvent is DisplayEvent display ? display.ValueId : null;
            if (valueId is not null && displayed.TryGetValue(valueId, out var index))
            {
                outputs[index] = output;
                continue;
            }

            if (valueId is not null)
            {
                displayed[valueId] = outputs.Count;
            }

            outputs.Add(output);
        }

        if (last is not null)
        {
            outputs.Add(last);
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
        var data = values
            .Where(v => !v.SuppressDisplay)
            .GroupBy(v => v.MimeType)
            .ToDictionary(g => g.Key, g => g.First().Value);

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

    private static CellOutput Stream(string name, IReadOnlyCollection<FormattedValue> values)
    {
        var text = values.FirstOrDefault(v => v.MimeType == PlainTextFormatter.MimeType)?.Value
                   ?? values.FirstOrDefault()?.Value ?? "";
        return new CellOutput("stream", new Dictionary<string, string> { [PlainTextFormatter.MimeType] = text }, name);
    }

    private static CellOutput ErrorOutput(string message, string name = "Error") =>
        new("error", new Dictionary<string, string> { ["ename"] = name, ["evalue"] = message });

    /// <summary>
    /// The cell's error and its nbformat error name: compile errors as "line N: error CS....: message" (line within
    /// the cell), otherwise the exception or failure message; null when the cell succeeded.
    /// </summary>
    private static (string Message, string Name)? ErrorOf(IReadOnlyList<KernelEvent> events)
    {
        // Cells run through #!import fail as child commands: any failure in the submission fails the cell.
        var failed = events.OfType<CommandFailed>().FirstOrDefault();
        if (failed is null)
        {
            return null;
        }

        var diagnostics = events.OfType<DiagnosticsProduced>()
            .SelectMany(d => d.Diagnostics)
            .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .Select(d => $"line {d.LinePositionSpan.Start.Line + 1}: error {d.Code}: {d.Message}")
            .Distinct()
            .ToList();
        if (diagnostics.Count > 0)
        {
            return (string.Join(Environment.NewLine, diagnostics), "CompilationError");
        }

        return failed.Exception is { } exception
            ? ($"{exception.GetType().FullName}: {exception.Message}", exception.GetType().Name)
            : (failed.Message, "Error");
    }
}

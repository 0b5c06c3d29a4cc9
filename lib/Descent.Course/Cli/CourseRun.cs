using System.Diagnostics;
using Descent.Course.Engine;
using Spectre.Console;

namespace Descent.Course.Cli;

/// <summary>Runs notebooks one after another, showing progress, and writes the executed copies.</summary>
internal sealed class CourseRun(IAnsiConsole console, NotebookRunOptions options)
{
    /// <summary>Runs each notebook (a malformed one is recorded as an input error and the rest still run).</summary>
    public async Task<RunOutcome> RunAsync(IReadOnlyList<string> notebooks, IReadOnlyList<string> inputErrors, string notebooksOutput, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var runs = new List<NotebookRun>();
        var errors = new List<string>(inputErrors);
        Directory.CreateDirectory(notebooksOutput);
        foreach (var notebook in notebooks)
        {
            var name = Path.GetFileNameWithoutExtension(notebook);
            var run = await RunOneAsync(notebook, name, errors, cancellationToken);
            if (run is null)
            {
                continue;
            }

            runs.Add(run);
            await File.WriteAllTextAsync(Path.Combine(notebooksOutput, name + ".ipynb"), run.ToIpynb(), cancellationToken);
            var status = run.Succeeded ? "[green]ok[/]" : "[red]failed[/]";
            console.MarkupLine($"{status} {Markup.Escape(name)}: {run.Cells.Count} cells, {run.ChartCount} charts, {run.Elapsed.TotalSeconds:0.0} s");
        }

        return new RunOutcome(runs, errors, clock.Elapsed);
    }

    private async Task<NotebookRun?> RunOneAsync(string notebook, string name, List<string> errors, CancellationToken cancellationToken)
    {
        IReadOnlyList<NotebookCell> cells;
        try
        {
            cells = NotebookReader.Read(notebook);
        }
        catch (Exception exception) when (exception is NotebookFormatException or IOException or UnauthorizedAccessException)
        {
            errors.Add(exception.Message);
            console.MarkupLine($"[red]not run[/] {Markup.Escape(name)}: unreadable notebook (see below)");
            return null;
        }

        var codeCells = cells.Count(cell => cell.IsCode);
        var done = 0;
        var progress = new Progress<CellRun>(cell =>
        {
            if (cell.Cell.IsCode)
            {
                Interlocked.Increment(ref done);
            }
        });
        var directory = Path.GetDirectoryName(Path.GetFullPath(notebook))!;
        var run = NotebookRunner.RunCellsAsync(name, cells, directory, options with { Progress = new Forward(progress, options.Progress) }, cancellationToken);
        if (!console.Profile.Capabilities.Interactive)
        {
            return (await run) with { Path = Path.GetFullPath(notebook) };
        }

        NotebookRun? result = null;
        await console.Status().StartAsync($"{Markup.Escape(name)}", async context =>
        {
            while (!run.IsCompleted)
            {
                var running = Math.Min(Volatile.Read(ref done) + 1, codeCells);
                context.Status($"{Markup.Escape(name)}: code cell {running} of {codeCells}");
                await Task.WhenAny(run, Task.Delay(200, cancellationToken));
            }

            result = await run;
        });
        return result! with { Path = Path.GetFullPath(notebook) };
    }

    /// <summary>Reports to two progress sinks.</summary>
    private sealed class Forward(IProgress<CellRun> first, IProgress<CellRun>? second) : IProgress<CellRun>
    {
        public void Report(CellRun value)
        {
            first.Report(value);
            second?.Report(value);
        }
    }
}

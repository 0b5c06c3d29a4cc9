using System.CommandLine;
using System.Diagnostics;
using Descent.Course.Book;
using Descent.Course.Classroom.Markers;
using Descent.Course.Classroom.Release;
using Descent.Course.Engine;
using Spectre.Console;

namespace Descent.Course.Cli;

/// <summary>
/// <c>run [notebooks or folders...] [--timeout seconds] [--output folder] [--no-book]</c>: runs notebooks headless,
/// writes the executed copies and the book, prints a summary and every problem cell, and exits non-zero when a cell failed.
/// </summary>
internal static class RunCommand
{
    /// <summary>How many lines of a failing cell's source are shown.</summary>
    private const int SourceLinesShown = 3;

    /// <summary>Creates the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var paths = new Argument<string[]>("notebooks")
        {
            Description = "Notebooks or folders to run (default: every notebooks/NN-*.ipynb, in order).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Select(t => t.Value).Where(v => v.StartsWith('-') && !File.Exists(v) && !Directory.Exists(v)))
            {
                result.AddError($"Unrecognized option '{token}'.");
            }
        });
        var timeout = new Option<int>("--timeout")
        {
            Description = "Seconds a single cell may run before it is stopped.",
            DefaultValueFactory = _ => (int)new NotebookRunOptions().CellTimeout.TotalSeconds,
        };
        timeout.Validators.Add(result =>
        {
            // A value that is not a number is reported by the parser; only the range is checked here.
            if (result.Tokens is [var token] && int.TryParse(token.Value, out var seconds) && seconds <= 0)
            {
                result.AddError($"--timeout must be a positive number of seconds, not {seconds}.");
            }
        });
        var output = new Option<string?>("--output")
        {
            Description = "Folder for the executed notebooks (notebooks/) and the book (book/) (default: artifacts/ at the repository root).",
        };
        var noBook = new Option<bool>("--no-book") { Description = "Do not build the HTML book." };

        var command = new Command("run", "Run notebooks top to bottom in-process, write the executed copies and the HTML book.\n" + ExitCodes.Description) { paths, timeout, output, noBook };
        command.SetAction((parseResult, cancellationToken) => ExecuteAsync(
            console,
            parseResult.GetValue(paths) ?? [],
            TimeSpan.FromSeconds(parseResult.GetValue(timeout)),
            parseResult.GetValue(output),
            parseResult.GetValue(noBook),
            cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(IAnsiConsole console, string[] paths, TimeSpan timeout, string? output, bool noBook, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Locate();
        if (paths.Length == 0 && root is null)
        {
            console.MarkupLine($"[red]error:[/] no notebooks named and no {RepositoryRoot.Marker} found above {Markup.Escape(Directory.GetCurrentDirectory())}");
            return ExitCodes.UsageError;
        }

        IReadOnlyList<string> missing = [];
        var notebooks = paths.Length == 0 ? NotebookDiscovery.Lessons(Path.Combine(root!, "notebooks")) : NotebookDiscovery.Expand(paths, out missing);
        var inputErrors = missing.Select(path => $"{path}: no such notebook or folder").ToList();
        if (notebooks.Count == 0 && inputErrors.Count == 0)
        {
            console.MarkupLine("[red]error:[/] no notebooks to run");
            return ExitCodes.UsageError;
        }

        var artifacts = Path.GetFullPath(output ?? Path.Combine(root ?? Directory.GetCurrentDirectory(), "artifacts"));
        var clock = Stopwatch.StartNew();
        var runs = await RunAllAsync(console, notebooks, inputErrors, Path.Combine(artifacts, "notebooks"), new NotebookRunOptions { CellTimeout = timeout }, cancellationToken);
        if (runs.Count > 0)
        {
            WriteSummary(console, runs, clock.Elapsed);
            console.MarkupLine($"Executed notebooks: {Markup.Escape(Path.Combine(artifacts, "notebooks"))}");
        }

        var bookWritten = noBook || runs.Count == 0 || WriteBook(console, runs, root, Path.Combine(artifacts, "book"));
        WriteProblems(console, runs, inputErrors);
        return inputErrors.Count > 0 ? ExitCodes.UsageError
            : runs.Any(run => !run.Succeeded) ? ExitCodes.CellFailed
            : bookWritten ? ExitCodes.Success
            : ExitCodes.BookFailed;
    }

    /// <summary>Runs each notebook and writes its executed copy; a malformed one is an input error and the rest still run.</summary>
    private static async Task<List<NotebookRun>> RunAllAsync(IAnsiConsole console, IReadOnlyList<string> notebooks, List<string> errors, string notebooksOutput, NotebookRunOptions options, CancellationToken cancellationToken)
    {
        var runs = new List<NotebookRun>();
        Directory.CreateDirectory(notebooksOutput);
        foreach (var path in notebooks)
        {
            Notebook notebook;
            try
            {
                notebook = Notebook.Load(path);
            }
            catch (Exception exception) when (exception is NotebookFormatException or IOException or UnauthorizedAccessException)
            {
                errors.Add(exception.Message);
                console.MarkupLine($"[red]not run[/] {Markup.Escape(Path.GetFileNameWithoutExtension(path))}: unreadable notebook (see below)");
                continue;
            }

            var run = await RunOneAsync(console, notebook, options, cancellationToken);
            runs.Add(run);
            await File.WriteAllTextAsync(Path.Combine(notebooksOutput, run.Name + ".ipynb"), run.ToIpynb(), cancellationToken);
            console.MarkupLine($"{(run.Succeeded ? "[green]ok[/]" : "[red]failed[/]")} {Markup.Escape(run.Name)}: {run.Cells.Count} cells, {run.ChartCount} charts, {run.Elapsed.TotalSeconds:0.0} s");
        }

        return runs;
    }

    private static async Task<NotebookRun> RunOneAsync(IAnsiConsole console, Notebook notebook, NotebookRunOptions options, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(notebook.Path)!;
        if (!console.Profile.Capabilities.Interactive)
        {
            return await NotebookRunner.RunAsync(notebook, folder, options, cancellationToken);
        }

        var codeCells = notebook.Cells.Count(cell => cell.IsCode);
        var done = 0;
        var progress = new Progress<CellRun>(cell => Interlocked.Add(ref done, cell.Cell.IsCode ? 1 : 0));
        var run = NotebookRunner.RunAsync(notebook, folder, options with { Progress = progress }, cancellationToken);
        await console.Status().StartAsync(Markup.Escape(notebook.Name), async context =>
        {
            while (!run.IsCompleted)
            {
                context.Status($"{Markup.Escape(notebook.Name)}: code cell {Math.Min(Volatile.Read(ref done) + 1, codeCells)} of {codeCells}");
                await Task.WhenAny(run, Task.Delay(200, cancellationToken));
            }
        });
        return await run;
    }

    private static bool WriteBook(IAnsiConsole console, IReadOnlyList<NotebookRun> runs, string? root, string bookDirectory)
    {
        try
        {
            var index = BookBuilder.Build(runs, bookDirectory, BookBuilder.RepositoryUrlIn(root), root is null ? [] : StudentVersions(root));
            console.MarkupLine($"Book: [link]{Markup.Escape(index)}[/]");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            console.MarkupLine($"[red]error:[/] book not written: {Markup.Escape(exception.Message)}");
            return false;
        }
    }

    // An assignment that cannot be released is reported by `assign`; the book leaves it out.
    private static List<Notebook> StudentVersions(string root)
    {
        var versions = new List<Notebook>();
        foreach (var path in NotebookDiscovery.Assignments(root))
        {
            try
            {
                versions.Add(ReleaseBuilder.Build(AssignmentNotebook.Load(path)));
            }
            catch (Exception exception) when (exception is AssignmentFormatException or NotebookFormatException or IOException)
            {
            }
        }

        return versions;
    }

    /// <summary>Prints the summary table: notebook, cells, charts drawn, seconds, status; then the total.</summary>
    private static void WriteSummary(IAnsiConsole console, IReadOnlyList<NotebookRun> runs, TimeSpan elapsed)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Notebook")
            .AddColumn(new TableColumn("Cells").RightAligned())
            .AddColumn(new TableColumn("Charts").RightAligned())
            .AddColumn(new TableColumn("Seconds").RightAligned())
            .AddColumn("Slowest cell")
            .AddColumn("Status");
        foreach (var run in runs)
        {
            table.AddRow(
                Markup.Escape(run.Name),
                run.Cells.Count.ToString(),
                run.ChartCount.ToString(),
                run.Elapsed.TotalSeconds.ToString("0.0"),
                Slowest(run),
                Status(run));
        }

        table.AddEmptyRow();
        table.AddRow(
            "[bold]Total[/]",
            runs.Sum(run => run.Cells.Count).ToString(),
            runs.Sum(run => run.ChartCount).ToString(),
            runs.Sum(run => run.Elapsed.TotalSeconds).ToString("0.0"),
            "",
            $"{runs.Count(run => run.Succeeded)}/{runs.Count} passed");
        console.Write(table);
        console.MarkupLine($"Total time: [bold]{elapsed.TotalSeconds:0.0} s[/]");
    }

    /// <summary>Prints each problem cell: notebook, cell number, the first lines of the cell and the error.</summary>
    private static void WriteProblems(IAnsiConsole console, IReadOnlyList<NotebookRun> runs, IReadOnlyList<string> inputErrors)
    {
        foreach (var error in inputErrors)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(error)}");
        }

        foreach (var run in runs)
        {
            foreach (var cell in run.Problems.Where(cell => cell.Status != CellStatus.Skipped))
            {
                console.WriteLine();
                var what = cell.Status == CellStatus.TimedOut ? "timed out" : "failed";
                console.MarkupLine($"[red]{Markup.Escape(run.Name)}, cell {cell.CellNumber}: {what}[/]");
                var lines = cell.Cell.Source.Replace("\r\n", "\n").Split('\n');
                foreach (var line in lines.Length > SourceLinesShown ? [.. lines.Take(SourceLinesShown), "..."] : lines)
                {
                    console.MarkupLine($"  [grey]|[/] {Markup.Escape(line)}");
                }

                foreach (var line in (cell.Error ?? "").Split('\n'))
                {
                    console.MarkupLine($"  {Markup.Escape(line.TrimEnd('\r'))}");
                }
            }

            var skipped = run.Cells.Count(cell => cell.Status == CellStatus.Skipped);
            if (skipped > 0)
            {
                console.MarkupLine($"[yellow]{Markup.Escape(run.Name)}: {skipped} cell(s) after the timeout were not run.[/]");
            }
        }
    }

    private static string Slowest(NotebookRun run) =>
        run.Cells.MaxBy(cell => cell.Elapsed) is { Elapsed.TotalSeconds: > 0 } slowest
            ? $"{slowest.CellNumber} ({slowest.Elapsed.TotalSeconds:0.0} s)"
            : "";

    private static string Status(NotebookRun run)
    {
        var failed = run.Cells.Count(cell => cell.Status == CellStatus.Failed);
        var timedOut = run.Cells.Any(cell => cell.Status == CellStatus.TimedOut);
        return run.Succeeded ? "[green]ok[/]"
            : failed == 0 ? "[red]timed out[/]"
            : $"[red]{failed} failed{(timedOut ? ", timed out" : "")}[/]";
    }
}

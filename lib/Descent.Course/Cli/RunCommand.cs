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
/// writes the executed copies and the book, and exits non-zero when a cell failed.
/// </summary>
internal static class RunCommand
{
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

        var command = new Command("run", "Run notebooks top to bottom in-process, write the executed copies and the HTML book.\n" + ExitCodes.Description)
        {
            paths, timeout, output, noBook,
        };
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
        IReadOnlyList<string> notebooks;
        IReadOnlyList<string> missing = [];
        if (paths.Length == 0)
        {
            if (root is null)
            {
                console.MarkupLine($"[red]error:[/] no notebooks named and no {RepositoryRoot.Marker} found above {Markup.Escape(Directory.GetCurrentDirectory())}");
                return ExitCodes.UsageError;
            }

            notebooks = NotebookDiscovery.Lessons(Path.Combine(root, "notebooks"));
        }
        else
        {
            notebooks = NotebookDiscovery.Expand(paths, out missing);
        }

        var inputErrors = missing.Select(path => $"{path}: no such notebook or folder").ToList();

        if (notebooks.Count == 0 && inputErrors.Count == 0)
        {
            console.MarkupLine("[red]error:[/] no notebooks to run");
            return ExitCodes.UsageError;
        }

        var artifacts = Path.GetFullPath(output ?? Path.Combine(root ?? Directory.GetCurrentDirectory(), "artifacts"));
        var outcome = await RunAllAsync(console, notebooks, inputErrors, Path.Combine(artifacts, "notebooks"), new NotebookRunOptions { CellTimeout = timeout }, cancellationToken);
        if (outcome.Runs.Count > 0)
        {
            RunReport.WriteSummary(console, outcome);
            console.MarkupLine($"Executed notebooks: {Markup.Escape(Path.Combine(artifacts, "notebooks"))}");
        }

        var bookWritten = noBook || outcome.Runs.Count == 0 || WriteBook(console, outcome.Runs, root, Path.Combine(artifacts, "book"));
        RunReport.WriteProblems(console, outcome);
        return outcome.ExitCode == ExitCodes.Success && !bookWritten ? ExitCodes.BookFailed : outcome.ExitCode;
    }

    /// <summary>Runs each notebook and writes its executed copy; a malformed one is an input error and the rest still run.</summary>
    private static async Task<RunOutcome> RunAllAsync(IAnsiConsole console, IReadOnlyList<string> notebooks, List<string> errors, string notebooksOutput, NotebookRunOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
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
            var status = run.Succeeded ? "[green]ok[/]" : "[red]failed[/]";
            console.MarkupLine($"{status} {Markup.Escape(run.Name)}: {run.Cells.Count} cells, {run.ChartCount} charts, {run.Elapsed.TotalSeconds:0.0} s");
        }

        return new RunOutcome(runs, errors, clock.Elapsed);
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
        var progress = new Progress<CellRun>(cell => { if (cell.Cell.IsCode) Interlocked.Increment(ref done); });
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

    // An assignment that cannot be released is reported by `assign`; the book leaves it out.
    private static List<Notebook> StudentVersions(string? root)
    {
        var folder = root is null ? null : Path.Combine(root, "notebooks", "assignments");
        var versions = new List<Notebook>();
        foreach (var path in folder is not null && Directory.Exists(folder) ? Directory.GetFiles(folder, "*.ipynb").Order(StringComparer.Ordinal).ToArray() : [])
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

    private static bool WriteBook(IAnsiConsole console, IReadOnlyList<NotebookRun> runs, string? root, string bookDirectory)
    {
        try
        {
            var index = BookBuilder.Build(runs, bookDirectory, new BookSettings(RepositoryUrl: BookSettings.RepositoryUrlIn(root), Assignments: StudentVersions(root)));
            console.MarkupLine($"Book: [link]{Markup.Escape(index)}[/]");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            console.MarkupLine($"[red]error:[/] book not written: {Markup.Escape(exception.Message)}");
            return false;
        }
    }
}

/// <summary>What one <c>run</c> produced: the executed notebooks and the inputs that could not be run.</summary>
/// <param name="Runs">The notebooks that were run, in order.</param>
/// <param name="InputErrors">One line per missing path or malformed notebook.</param>
/// <param name="Elapsed">Total wall-clock time.</param>
internal sealed record RunOutcome(IReadOnlyList<NotebookRun> Runs, IReadOnlyList<string> InputErrors, TimeSpan Elapsed)
{
    /// <summary>The process exit code: input errors first, then failed cells.</summary>
    public int ExitCode =>
        InputErrors.Count > 0 ? ExitCodes.UsageError
        : Runs.Any(run => !run.Succeeded) ? ExitCodes.CellFailed
        : ExitCodes.Success;
}

using System.CommandLine;
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
        var options = new NotebookRunOptions { CellTimeout = timeout };
        var outcome = await new CourseRun(console, options).RunAsync(notebooks, inputErrors, Path.Combine(artifacts, "notebooks"), cancellationToken);

        if (outcome.Runs.Count > 0)
        {
            RunReport.WriteSummary(console, outcome);
            console.MarkupLine($"Executed notebooks: {Markup.Escape(Path.Combine(artifacts, "notebooks"))}");
        }

        var bookWritten = noBook || outcome.Runs.Count == 0 || WriteBook(console, outcome.Runs, Path.Combine(artifacts, "book"));
        RunReport.WriteProblems(console, outcome);
        return outcome.ExitCode == ExitCodes.Success && !bookWritten ? ExitCodes.BookFailed : outcome.ExitCode;
    }

    private static bool WriteBook(IAnsiConsole console, IReadOnlyList<NotebookRun> runs, string bookDirectory)
    {
        try
        {
            var index = BookStep.Build(runs, bookDirectory);
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

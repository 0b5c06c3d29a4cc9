using System.CommandLine;
using Descent.Course.Classroom.Grading;
using Descent.Course.Classroom.Isolation;
using Descent.Course.Classroom.Reports;
using Spectre.Console;

namespace Descent.Course.Classroom.Commands;

/// <summary>
/// <c>grade &lt;submissions&gt; [--assignment notebook or folder]... [--output folder] [--timeout s] [--memory-mb N]
/// [--parallel N] [--shard K/N]</c>: grades <c>&lt;submissions&gt;/&lt;student&gt;/&lt;assignment&gt;.ipynb</c> against the
/// source assignments, each submission in its own process, and writes the gradebook and the feedback;
/// <c>grade merge &lt;shard output&gt;... [--output folder]</c> joins the outputs of a class graded in shards.
/// </summary>
public static class GradeCommand
{
    /// <summary>Creates the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var defaults = new GradingLimits();
        var submissions = new Argument<string>("submissions") { Description = "Folder with one folder per student, each holding <assignment>.ipynb files." };
        var assignments = new Option<string[]>("--assignment")
        {
            Description = "Source assignment notebook or folder (repeatable; default: notebooks/assignments).",
            AllowMultipleArgumentsPerToken = false,
        };
        var output = new Option<string?>("--output") { Description = "Folder for gradebook.csv, totals.csv and feedback/ (default: artifacts/grades at the repository root)." };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Seconds one submission may run, start-up included; past it its process is killed.",
            DefaultValueFactory = _ => (int)defaults.Timeout.TotalSeconds,
        };
        var memory = new Option<int>("--memory-mb")
        {
            Description = "Memory for one submission's process, in MB (GC heap cap; the process is killed well past it).",
            DefaultValueFactory = _ => defaults.MemoryMegabytes,
        };
        var parallel = new Option<int>("--parallel")
        {
            Description = "Submissions graded at once (default: the number of cores).",
            DefaultValueFactory = _ => defaults.Parallelism,
        };
        var shard = new Option<string?>("--shard")
        {
            Description = "Grade only slice K of N (e.g. 2/4): every N-th student folder in ordinal order, starting with the K-th. " +
                          "Join the slices' output folders with grade merge.",
        };
        var command = new Command("grade",
            "Grade submissions: each student's notebook runs in its own process with a time and memory limit, with the test " +
            "cells (hidden tests included) taken from the source. Writes gradebook.csv (student, assignment, test, points, max), " +
            "totals.csv and feedback/<student>.md. Runs each child under bubblewrap when it is installed; otherwise in a weak " +
            "mode that says so in the console and the gradebook. A run that was killed or interrupted resumes from the " +
            "output folder's results.jsonl.\n" + ExitCodes.Description)
        {
            submissions, assignments, output, timeout, memory, parallel, shard, GradeMergeCommand.Create(console),
        };
        command.SetAction((parse, cancellationToken) => ExecuteAsync(
            console,
            parse.GetValue(submissions)!,
            parse.GetValue(assignments) ?? [],
            parse.GetValue(output),
            parse.GetValue(shard),
            new GradingLimits
            {
                Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                MemoryMegabytes = parse.GetValue(memory),
                Parallelism = parse.GetValue(parallel),
            },
            cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(IAnsiConsole console, string submissions, string[] sources, string? output, string? shardText,
        GradingLimits limits, CancellationToken cancellationToken)
    {
        Shard shard;
        try
        {
            limits.Validated();
            shard = shardText is null ? Shard.All
                : Shard.TryParse(shardText) ?? throw new FormatException($"--shard {shardText}: expected K/N with 1 ≤ K ≤ N, for example 2/4");
        }
        catch (ArgumentOutOfRangeException exception)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(OptionName(exception.ParamName))} {Markup.Escape(exception.ActualValue?.ToString() ?? "")}: {Markup.Escape(exception.Message.Split(" (Parameter")[0])}");
            return ExitCodes.UsageError;
        }
        catch (FormatException exception)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(exception.Message)}");
            return ExitCodes.UsageError;
        }

        if (!Directory.Exists(submissions))
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(submissions)}: no such submissions folder");
            return ExitCodes.UsageError;
        }

        var root = RepositoryRoot.Locate() ?? Directory.GetCurrentDirectory();
        if (!AssignmentSources.TryLoad(console, sources, root, out var assignments))
        {
            return ExitCodes.UsageError;
        }

        var folder = Path.GetFullPath(output ?? Path.Combine(root, "artifacts", "grades"));
        ClassGrades grades;
        try
        {
            grades = await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var (found, _) = SubmissionFinder.Find(submissions, assignments, shard);
                    var task = context.AddTask(shard == Shard.All ? "Grading" : $"Grading shard {shard}", maxValue: Math.Max(1, found.Count));
                    var progress = new SynchronousProgress<SubmissionResult>(_ => task.Increment(1));
                    return await new ClassGrader(limits, shard).GradeAsync(assignments, submissions, folder, progress, cancellationToken);
                });
        }
        catch (InvalidOperationException exception)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(exception.Message)}");
            return ExitCodes.UsageError;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            console.MarkupLine($"[red]internal error:[/] {Markup.Escape(exception.GetType().Name)}: {Markup.Escape(exception.Message)}");
            return ExitCodes.InternalError;
        }

        var gradebook = GradebookWriter.Write(folder, grades.Results, shard == Shard.All ? grades.Mode : $"{grades.Mode}; shard {shard} of the class");
        var feedback = FeedbackWriter.Write(folder, grades.Results);
        GradeReport.Write(console, grades, gradebook, feedback);
        return grades.SourceChanged ? ExitCodes.SourceChanged : ExitCodes.Success;
    }

    private static string OptionName(string? parameter) => parameter switch
    {
        nameof(GradingLimits.Timeout) => "--timeout",
        nameof(GradingLimits.MemoryMegabytes) => "--memory-mb",
        nameof(GradingLimits.Parallelism) => "--parallel",
        _ => parameter ?? "option",
    };

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}

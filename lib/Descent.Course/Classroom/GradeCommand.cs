using System.CommandLine;
using Descent.Course.Classroom.Grading;
using Descent.Course.Classroom.Isolation;
using Descent.Course.Classroom.Reports;
using Spectre.Console;

namespace Descent.Course.Classroom;

/// <summary><c>grade &lt;submissions&gt; [--assignment notebook or folder]... [--output folder] [--timeout s] [--memory-mb N]
/// [--parallel N] [--shard K/N]</c>: grades <c>&lt;submissions&gt;/&lt;student&gt;/&lt;assignment&gt;.ipynb</c> against the
/// source assignments, each submission in its own process, and writes the gradebook and the feedback.
/// <c>grade merge &lt;shard output&gt;... [--output folder]</c> joins the output folders of <c>grade --shard K/N</c>
/// (their results.jsonl) into one gradebook, totals and feedback, the same as grading the class in one run would write,
/// with the shards' warnings; exit code 4 when a shard had to restore a source. It refuses unfinished, missing, repeated
/// or overlapping shards; shards graded with other isolation or limits are merged under a <c>MIXED</c> first line.</summary>
public static class GradeCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var defaults = new GradingLimits();
        var submissions = new Argument<string>("submissions") { Description = "Folder with one folder per student, each holding <assignment>.ipynb files." };
        var assignments = new Option<string[]>("--assignment") { Description = "Source assignment notebook or folder (repeatable; default: notebooks/assignments).", AllowMultipleArgumentsPerToken = false };
        var output = new Option<string?>("--output") { Description = "Folder for gradebook.csv, totals.csv and feedback/ (default: artifacts/grades at the repository root)." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds one submission may run, start-up included; past it its process is killed.", DefaultValueFactory = _ => (int)defaults.Timeout.TotalSeconds };
        var memory = new Option<int>("--memory-mb") { Description = "Memory for one submission's process, in MB (GC heap cap; the process is killed well past it).", DefaultValueFactory = _ => defaults.MemoryMegabytes };
        var parallel = new Option<int>("--parallel") { Description = "Submissions graded at once (default: the number of cores).", DefaultValueFactory = _ => defaults.Parallelism };
        var shard = new Option<string?>("--shard") { Description = "Grade only slice K of N (e.g. 2/4): every N-th student folder in ordinal order, starting with the K-th. Join the slices' output folders with grade merge." };
        var command = new Command("grade",
            "Grade submissions: each student's notebook runs in its own process with a time and memory limit, with the test " +
            "cells (hidden tests included) taken from the source. Writes gradebook.csv (student, assignment, test, points, max), " +
            "totals.csv and feedback/<student>.md. Runs each child under bubblewrap when it is installed; otherwise in a weak " +
            "mode that says so in the console and the gradebook. A run that was killed or interrupted resumes from the " +
            "output folder's results.jsonl.\n" + ExitCodes.Description)
        {
            submissions, assignments, output, timeout, memory, parallel, shard, CreateMerge(console),
        };
        command.SetAction((parse, cancellationToken) => ExecuteAsync(console, parse.GetValue(submissions)!, parse.GetValue(assignments) ?? [], parse.GetValue(output), parse.GetValue(shard),
            new GradingLimits { Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)), MemoryMegabytes = parse.GetValue(memory), Parallelism = parse.GetValue(parallel) },
            cancellationToken));
        return command;
    }

    private static Command CreateMerge(IAnsiConsole console)
    {
        var shards = new Argument<string[]>("shards") { Description = "The output folders of grade --shard 1/N … N/N.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output") { Description = "Folder for the joined gradebook.csv, totals.csv and feedback/ (default: artifacts/grades at the repository root)." };
        var command = new Command("merge", "Join the output folders of a class graded in shards (grade --shard K/N) into one gradebook.\n" + ExitCodes.Description) { shards, output };
        command.SetAction(parse => Merge(console, parse.GetValue(shards)!, parse.GetValue(output)));
        return command;
    }

    private static async Task<int> ExecuteAsync(IAnsiConsole console, string submissions, string[] sources, string? output, string? shardText,
        GradingLimits limits, CancellationToken cancellationToken)
    {
        var shard = shardText is null ? Shard.All : Shard.TryParse(shardText);
        var problem = limits.Problem
            ?? (shard is null ? $"--shard {shardText}: expected K/N with 1 ≤ K ≤ N, for example 2/4" : null)
            ?? (Directory.Exists(submissions) ? null : $"{submissions}: no such submissions folder");
        if (!ClassroomCommands.TryLoadAssignments(console, problem, sources, out var assignments))
        {
            return ExitCodes.UsageError;
        }

        var folder = Path.GetFullPath(output ?? Path.Combine(ClassroomCommands.Root, "artifacts", "grades"));
        ClassGrades grades;
        try
        {
            grades = await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var (found, _) = SubmissionFinder.Find(submissions, assignments, shard!);
                    var task = context.AddTask(shard == Shard.All ? "Grading" : $"Grading shard {shard}", maxValue: Math.Max(1, found.Count));
                    return await new ClassGrader(limits, shard!).GradeAsync(assignments, submissions, folder, () => task.Increment(1), cancellationToken);
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

        GradeReport.Write(console, folder, grades, shard == Shard.All ? grades.Mode : $"{grades.Mode}; shard {shard} of the class");
        return grades.SourceChanged ? ExitCodes.SourceChanged : ExitCodes.Success;
    }

    private static int Merge(IAnsiConsole console, string[] folders, string? output)
    {
        var parts = new List<(string Folder, Shard Shard, ResultsFile.Header Header, ClassGrades Grades)>();
        try
        {
            foreach (var folder in folders)
            {
                var path = Path.Combine(folder, ResultsFile.FileName);
                var (header, graded) = ResultsFile.Read(path);
                parts.Add((folder, Shard.TryParse(header.Shard) ?? throw new FormatException($"{path}: its shard \"{header.Shard}\" is not K/N"), header, graded));
            }
        }
        catch (Exception exception) when (exception is FormatException or IOException or UnauthorizedAccessException)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(exception.Message)}");
            return ExitCodes.UsageError;
        }

        if (Problem(parts.Select(p => (p.Folder, p.Shard)).ToList(), parts.SelectMany(p => p.Grades.Results).ToList()) is { } problem)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(problem)}");
            return ExitCodes.UsageError;
        }

        // The class in one run lists students in the ordinal order of their folders; OrderBy is stable within a folder.
        var merged = parts.SelectMany(p => p.Grades.Results).OrderBy(r => r.Folder, StringComparer.Ordinal).ToList();
        var alike = parts.Select(p => (p.Header.Mode, p.Header.Limits)).Distinct().Count() == 1;
        var mode = alike ? parts[0].Header.Mode
            : "MIXED: " + string.Join("; ", parts.Select(p => $"shard {p.Header.Shard}: {p.Header.Mode} ({p.Header.Limits})"));
        var grades = new ClassGrades(merged, parts.SelectMany(p => p.Grades.Warnings.Select(w => $"shard {p.Shard}: {w}")).ToList(),
            parts.Max(p => p.Grades.Elapsed), mode, parts.All(p => p.Grades.Sandboxed), parts.Any(p => p.Grades.SourceChanged));
        GradeReport.Write(console, Path.GetFullPath(output ?? Path.Combine(ClassroomCommands.Root, "artifacts", "grades")), grades, mode);
        return grades.SourceChanged ? ExitCodes.SourceChanged : ExitCodes.Success;
    }

    /// <summary>What is wrong with the set of shards, or null: every K of one N exactly once, no submission twice.</summary>
    private static string? Problem(IReadOnlyList<(string Folder, Shard Shard)> shards, IReadOnlyList<SubmissionResult> results)
    {
        var counts = shards.Select(s => s.Shard.Count).Distinct().ToList();
        var repeated = shards.GroupBy(s => s.Shard.Number).FirstOrDefault(g => g.Count() > 1);
        var missing = Enumerable.Range(1, counts[0]).Except(shards.Select(s => s.Shard.Number)).ToList();
        var twice = results.GroupBy(r => (r.Folder, r.Assignment)).FirstOrDefault(g => g.Count() > 1);
        return counts.Count > 1 ? $"the shards do not split the class the same way: {string.Join(", ", shards.Select(s => $"{s.Folder} is {s.Shard}"))}"
            : repeated is not null ? $"shard {repeated.First().Shard} is given twice: {string.Join(" and ", repeated.Select(s => s.Folder))}"
            : missing.Count > 0 ? $"shard {string.Join(", ", missing.Select(k => $"{k}/{counts[0]}"))} missing: give the output folders of all {counts[0]} shards"
            : twice is not null ? $"{twice.Key.Folder}/{twice.Key.Assignment} was graded in more than one shard (were they run on different submissions?)"
            : null;
    }
}

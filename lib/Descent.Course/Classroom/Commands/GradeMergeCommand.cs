using System.CommandLine;
using Descent.Course.Classroom.Grading;
using Descent.Course.Classroom.Reports;
using Spectre.Console;

namespace Descent.Course.Classroom.Commands;

/// <summary>
/// <c>grade merge &lt;shard output&gt;... [--output folder]</c>: joins the output folders of <c>grade --shard K/N</c>
/// (their results.jsonl) into one gradebook, totals and feedback, the same as grading the class in one run would write,
/// with the shards' warnings; exit code 4 when a shard had to restore a source. Refuses unfinished, missing, repeated or
/// overlapping shards; shards graded with other isolation or limits are merged under a <c>MIXED</c> first line.
/// </summary>
public static class GradeMergeCommand
{
    /// <summary>Creates the subcommand, writing to <paramref name="console"/>.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var shards = new Argument<string[]>("shards") { Description = "The output folders of grade --shard 1/N … N/N.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output") { Description = "Folder for the joined gradebook.csv, totals.csv and feedback/ (default: artifacts/grades at the repository root)." };
        var command = new Command("merge", "Join the output folders of a class graded in shards (grade --shard K/N) into one gradebook.\n" + ExitCodes.Description)
        {
            shards, output,
        };
        command.SetAction(parse => Execute(console, parse.GetValue(shards)!, parse.GetValue(output)));
        return command;
    }

    private static int Execute(IAnsiConsole console, string[] folders, string? output)
    {
        var parts = new List<(string Folder, ResultsFile.Header Header, Shard Shard, IReadOnlyList<SubmissionResult> Results, TimeSpan Elapsed, IReadOnlyList<string> Warnings, bool SourceChanged)>();
        try
        {
            foreach (var folder in folders)
            {
                var path = Path.Combine(folder, ResultsFile.FileName);
                var (header, results, elapsed, warnings, sourceChanged) = ResultsFile.Read(path);
                var shard = Shard.TryParse(header.Shard) ?? throw new FormatException($"{path}: its shard \"{header.Shard}\" is not K/N");
                parts.Add((folder, header, shard, results, elapsed, warnings, sourceChanged));
            }
        }
        catch (Exception exception) when (exception is FormatException or IOException or UnauthorizedAccessException)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(exception.Message)}");
            return ExitCodes.UsageError;
        }

        if (Problem(parts.Select(p => (p.Folder, p.Shard)).ToList(), parts.SelectMany(p => p.Results).ToList()) is { } problem)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(problem)}");
            return ExitCodes.UsageError;
        }

        // The class in one run lists students in the ordinal order of their folders; OrderBy is stable within a folder.
        var merged = parts.SelectMany(p => p.Results).OrderBy(r => r.Folder, StringComparer.Ordinal).ToList();
        var alike = parts.Select(p => (p.Header.Mode, p.Header.Limits)).Distinct().Count() == 1;
        var mode = alike ? parts[0].Header.Mode
            : "MIXED: " + string.Join("; ", parts.Select(p => $"shard {p.Header.Shard}: {p.Header.Mode} ({p.Header.Limits})"));
        var shardWarnings = parts.SelectMany(p => p.Warnings.Select(w => $"shard {p.Shard}: {w}")).ToList();
        var grades = new ClassGrades(merged, shardWarnings, parts.Max(p => p.Elapsed), mode, parts.All(p => p.Header.Sandboxed))
        {
            SourceChanged = parts.Any(p => p.SourceChanged),
        };
        var target = Path.GetFullPath(output ?? Path.Combine(RepositoryRoot.Locate() ?? Directory.GetCurrentDirectory(), "artifacts", "grades"));
        var gradebook = GradebookWriter.Write(target, merged, mode);
        var feedback = FeedbackWriter.Write(target, merged);
        GradeReport.Write(console, grades, gradebook, feedback);
        return grades.SourceChanged ? ExitCodes.SourceChanged : ExitCodes.Success;
    }

    /// <summary>What is wrong with the set of shards, or null: every K of one N exactly once, no submission twice.</summary>
    private static string? Problem(IReadOnlyList<(string Folder, Shard Shard)> shards, IReadOnlyList<SubmissionResult> results)
    {
        var counts = shards.Select(s => s.Shard.Count).Distinct().ToList();
        if (counts.Count > 1)
        {
            return $"the shards do not split the class the same way: {string.Join(", ", shards.Select(s => $"{s.Folder} is {s.Shard}"))}";
        }

        var repeated = shards.GroupBy(s => s.Shard.Number).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            return $"shard {repeated.First().Shard} is given twice: {string.Join(" and ", repeated.Select(s => s.Folder))}";
        }

        var missing = Enumerable.Range(1, counts[0]).Except(shards.Select(s => s.Shard.Number)).ToList();
        if (missing.Count > 0)
        {
            return $"shard {string.Join(", ", missing.Select(k => $"{k}/{counts[0]}"))} missing: give the output folders of all {counts[0]} shards";
        }

        var twice = results.GroupBy(r => (r.Folder, r.Assignment)).FirstOrDefault(g => g.Count() > 1);
        return twice is null ? null : $"{twice.Key.Folder}/{twice.Key.Assignment} was graded in more than one shard (were they run on different submissions?)";
    }
}

using System.Text.RegularExpressions;
using Descent.Course.Classroom.Markers;
using Descent.Course.Engine;

namespace Descent.Course.Classroom.Grading;

/// <summary>Turns a grading run into points: a test earns its points when its cell ran without error, and nothing otherwise.
/// Points come from the source notebook, never from the run. A test the run never reached earns nothing, with the
/// reason the run stopped.</summary>
public static class SubmissionScorer
{
    /// <summary>Scores a run of <paramref name="plan"/>.</summary>
    public static SubmissionResult Score(string student, AssignmentNotebook source, GradingPlan plan, PlanRun run)
    {
        var hidden = SecretText.HiddenTestPieces(source);
        var reports = run.Cells.GroupBy(c => c.Number).ToDictionary(g => g.Key, g => g.First());
        var notes = new List<string>();
        var outcomes = new Dictionary<string, TestOutcome>(StringComparer.OrdinalIgnoreCase);

        var stoppedAt = Enumerable.Range(1, plan.Cells.Count).FirstOrDefault(n => !reports.ContainsKey(n));
        if (run.Interruption is { } interruption)
        {
            var where = stoppedAt > 0 ? $" while running {Describe(plan.Cells[stoppedAt - 1])}" : "";
            notes.Add($"Grading stopped{where}: {interruption.Reason}");
        }

        for (var i = 0; i < plan.Cells.Count; i++)
        {
            var cell = plan.Cells[i];
            reports.TryGetValue(i + 1, out var report);
            if (cell.Origin == CellOrigin.Test)
            {
                // A test that already failed in its visible part keeps that reason.
                var header = cell.Test!.Test!;
                if (!outcomes.TryGetValue(header.Name, out var earlier) || earlier.Passed)
                {
                    outcomes[header.Name] = Outcome(header, report, run.Interruption, hidden, cell.Hidden);
                }
            }
            else if (report is { Status: not CellStatus.Succeeded })
            {
                notes.Add($"{Capitalize(Describe(cell))} {Verb(report.Status)}: {FeedbackText.Clean(report.Error, hidden)}");
            }
        }

        var tests = source.Tests.Select(t => outcomes.GetValueOrDefault(t.Test!.Name) ?? new TestOutcome(t.Test!.Name, 0, t.Test.Points, false, "not run")).ToList();
        return new SubmissionResult(student, source.Name, run.Interruption?.Status ?? SubmissionStatus.Graded, tests, notes, run.Elapsed);
    }

    /// <summary>A submission that could not be run at all: every test earns nothing, for <paramref name="reason"/>.</summary>
    public static SubmissionResult Unrunnable(Submission submission, SubmissionStatus status, string reason) =>
        new(submission.Student, submission.Assignment.Name, status,
            submission.Assignment.Tests.Select(t => new TestOutcome(t.Test!.Name, 0, t.Test.Points, false, reason)).ToList(), [reason], TimeSpan.Zero)
        {
            Folder = submission.Folder,
        };

    private static TestOutcome Outcome(TestHeader header, CellReport? report, Interruption? interruption, IReadOnlySet<string> hidden, bool hiddenTests) => report switch
    {
        { Status: CellStatus.Failed } when hiddenTests => new TestOutcome(header.Name, 0, header.Points, false,
            $"a hidden test failed (0 / {header.Points:0.##} points); hidden tests show no message"),
        { Status: CellStatus.Succeeded } => new TestOutcome(header.Name, header.Points, header.Points, true, null),
        { Status: CellStatus.Skipped } => new TestOutcome(header.Name, 0, header.Points, false, "not run: an earlier cell did not finish in time"),
        { Status: CellStatus.TimedOut } => new TestOutcome(header.Name, 0, header.Points, false, "did not finish within the time limit"),
        { } failed => new TestOutcome(header.Name, 0, header.Points, false, FeedbackText.Clean(failed.Error, hidden)),
        null => new TestOutcome(header.Name, 0, header.Points, false, $"not run: {interruption?.Reason ?? "grading stopped before this test"}"),
    };

    private static string Describe(PlannedCell cell) => cell.Origin switch
    {
        CellOrigin.Student => $"your cell {cell.StudentCellNumber}",
        CellOrigin.Test => $"test \"{cell.Test!.Test!.Name}\"{(cell.Hidden ? " (its hidden part)" : "")}",
        _ => "the set-up cell",
    };

    private static string Verb(CellStatus status) => status switch
    {
        CellStatus.TimedOut => "did not finish in time",
        CellStatus.Skipped => "was not run",
        _ => "failed",
    };

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>Makes an error message fit for feedback: short type names, at most a few lines, and withheld as a whole when it
/// quotes hidden test code in any spacing (a student's method can capture its caller's text, for instance with
/// <c>[CallerArgumentExpression]</c>, and throw it from a later cell).</summary>
public static partial class FeedbackText
{
    /// <summary>Longest message kept, in characters.</summary>
    public const int MaxLength = 600;

    /// <summary>Most lines kept.</summary>
    public const int MaxLines = 6;

    /// <summary>What stands for a message that quotes hidden test code.</summary>
    public const string Withheld = "[message withheld: it quotes hidden test code]";

    /// <summary>The shortened message, or <see cref="Withheld"/> when it quotes one of <paramref name="hiddenPieces"/>.</summary>
    public static string Clean(string? message, IReadOnlySet<string> hiddenPieces)
    {
        var text = (message ?? "").ReplaceLineEndings("\n").Trim();
        if (SecretText.QuotesHiddenTests(text, hiddenPieces))
        {
            return Withheld;
        }

        text = QualifiedType().Replace(text, "${type}");
        var lines = text.Split('\n').Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count > MaxLines)
        {
            lines = [.. lines.Take(MaxLines), $"… ({lines.Count - MaxLines} more lines)"];
        }

        text = string.Join('\n', lines);
        return text.Length > MaxLength ? text[..MaxLength] + " …" : text;
    }

    // "Descent.Teaching.Exercise+ExpectationFailedException: ..." reads better as "ExpectationFailedException: ...".
    [GeneratedRegex(@"\b(?:[A-Za-z_]\w*[.+])+(?<type>\w*(?:Exception|Error))\b")]
    private static partial Regex QualifiedType();
}

using System.Diagnostics;
using System.Text;
using Descent.Course.Classroom.Grading;
using Descent.Course.Classroom.Isolation;
using Descent.Course.Classroom.Markers;
using Descent.Course.Engine;

namespace Descent.Course.Classroom;

/// <summary>Grades a class: every submission in its own child process (<see cref="ChildProcessPlanRunner"/>), up to
/// <see cref="GradingLimits.Parallelism"/> at once. A submission that is missing, not a notebook, or that breaks its
/// process is graded (zero where due, with the reason) and never stops the others. Each result is recorded in the
/// output folder's <see cref="ResultsFile"/> as soon as it is known, and a run interrupted before it finished is resumed.
/// The source assignments stay byte-identical: their bytes are read before any student code runs, and a file found
/// changed afterwards is written back (and reported), also when grading is interrupted.</summary>
public sealed class ClassGrader(GradingLimits limits, Shard shard)
{
    private readonly GradingLimits _limits = limits.Problem is { } problem ? throw new ArgumentOutOfRangeException(nameof(limits), problem) : limits;

    /// <summary>Grades every submission of <paramref name="assignments"/> under <paramref name="submissionsFolder"/> (laid out as
    /// <c>&lt;student&gt;/&lt;assignment&gt;.ipynb</c>), keeping the <see cref="ResultsFile"/> in <paramref name="outputFolder"/>
    /// and calling <paramref name="graded"/> after each submission.</summary>
    public async Task<ClassGrades> GradeAsync(IReadOnlyList<AssignmentNotebook> assignments, string submissionsFolder, string outputFolder,
        Action? graded = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var (submissions, found) = SubmissionFinder.Find(submissionsFolder, assignments, shard);
        var warnings = found.ToList();
        var originals = assignments.Select(a => a.Path).Distinct().ToDictionary(p => p, File.ReadAllBytes);
        var results = new SubmissionResult[submissions.Count];
        try
        {
            using var runtime = GraderRuntime.Create();
            var templates = assignments.ToDictionary(a => a, a => SandboxTemplate.For(a, runtime.ToolDirectory));
            var bindings = assignments.ToDictionary(a => a, a => TestBinding.For(a.Cells.Where(c => c.Kind == "code").Select(c => c.Source)
                .Concat(templates[a].Files.Select(f => Encoding.UTF8.GetString(f.Content)))));
            var runner = new ChildProcessPlanRunner(runtime, _limits);
            var mode = runner.Sandboxed
                ? "sandboxed: each submission ran under bubblewrap (own namespaces, no network, only the runtime, the tool and its own copy visible)"
                : $"WEAK MODE, NOT SANDBOXED ({Bubblewrap.Problem}): student code ran as the grader's user and could read or write what that user can";
            using var record = ResultsFile.Start(outputFolder,
                new ResultsFile.Header(mode, runner.Sandboxed, shard.ToString(), $"timeout {_limits.Timeout.TotalSeconds} s, memory {_limits.MemoryMegabytes} MB"));
            var options = new ParallelOptions { MaxDegreeOfParallelism = _limits.Parallelism, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(Enumerable.Range(0, submissions.Count), options, async (i, token) =>
            {
                var submission = submissions[i];
                string? key = null;
                try
                {
                    (results[i], key) = await GradeOneAsync(submission, runner, runtime, templates[submission.Assignment], bindings[submission.Assignment], record, token);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    results[i] = SubmissionScorer.Unrunnable(submission, SubmissionStatus.GraderError,
                        $"the grader could not grade this submission ({exception.GetType().Name}: {exception.Message})");
                }

                // A submission cut short by cancellation has no result; a grader error is tried again by a resumed run.
                token.ThrowIfCancellationRequested();
                record.Add(results[i].Status == SubmissionStatus.GraderError ? null : key, results[i]);
                runtime.Repair();
                graded?.Invoke();
            });
            warnings.AddRange(Enumerable.Range(0, submissions.Count).Where(i => results[i].Status == SubmissionStatus.GraderError)
                .Select(i => $"{submissions[i].Student}/{submissions[i].Assignment.FileName}: {results[i].Notes.FirstOrDefault()}"));
            if (record.TakenOver > 0)
            {
                warnings.Add($"resumed an interrupted run: {record.TakenOver} submission{(record.TakenOver == 1 ? "" : "s")} kept the results it had recorded");
            }

            var restored = RestoreChanged(originals);
            record.Finish(clock.Elapsed, [.. warnings, .. restored], restored.Count > 0);
            return new ClassGrades(results, [.. warnings, .. restored], clock.Elapsed, mode, runner.Sandboxed, restored.Count > 0);
        }
        catch
        {
            // Interrupted or failed: a source a student changed in the weak mode is still put back.
            RestoreChanged(originals);
            throw;
        }
    }

    /// <summary>The result and, for a submission that ran (or could run), its key in the results file.</summary>
    private static async Task<(SubmissionResult Result, string? Key)> GradeOneAsync(
        Submission submission, ChildProcessPlanRunner runner, GraderRuntime runtime, SandboxTemplate template, Func<string, string> bind,
        ResultsFile record, CancellationToken cancellationToken)
    {
        var source = submission.Assignment;
        if (submission.Refusal is { } refusal)
        {
            return (SubmissionScorer.Unrunnable(submission, SubmissionStatus.Refused, refusal), null);
        }

        if (submission.Path is null)
        {
            return (SubmissionScorer.Unrunnable(submission, SubmissionStatus.Missing, $"no submission: expected {submission.Folder}/{source.FileName}"), null);
        }

        IReadOnlyList<SubmittedCell> cells;
        try
        {
            cells = SubmissionReader.Read(submission.Path);
        }
        catch (Exception exception) when (exception is NotebookFormatException or IOException or UnauthorizedAccessException)
        {
            var (where, problem) = exception is NotebookFormatException format
                ? (format.Line is { } line ? $" (line {line})" : "", format.Problem)
                : ("", exception.Message.Replace(submission.Path, source.FileName, StringComparison.Ordinal));
            return (SubmissionScorer.Unrunnable(submission, SubmissionStatus.NotANotebook, $"{source.FileName} is not a Jupyter notebook{where}: {problem}"), null);
        }

        var key = ResultsFile.Key(source.Path, submission.Path, submission.Folder);
        if (record.TakeOver(key) is { } earlier)
        {
            return (earlier, key);
        }

        var plan = GradingPlan.Build(source, cells, bind);
        using var sandbox = Sandbox.Create(runtime.Root, template);
        var run = await runner.RunAsync($"{submission.Student}/{source.Name}", plan, sandbox, cancellationToken);
        return (SubmissionScorer.Score(submission.Student, source, plan, run) with { Folder = submission.Folder, Flags = PolicyCheck.Flags(cells) }, key);
    }

    // Writes back every source that changed; a warning per restored file.
    private static List<string> RestoreChanged(Dictionary<string, byte[]> originals)
    {
        var warnings = new List<string>();
        foreach (var (path, bytes) in originals.Where(o => !File.Exists(o.Key) || !File.ReadAllBytes(o.Key).AsSpan().SequenceEqual(o.Value)))
        {
            File.WriteAllBytes(path, bytes);
            warnings.Add($"{path} changed during grading and was restored");
        }

        return warnings;
    }
}

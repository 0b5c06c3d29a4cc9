using Descent.Course.Engine;
using System.Diagnostics;
using Descent.Course.Classroom.Isolation;
using Descent.Course.Classroom.Markers;

namespace Descent.Course.Classroom.Grading;

/// <summary>
/// Grades a class: every submission in its own child process (<see cref="ChildProcessPlanRunner"/>), up to
/// <see cref="GradingLimits.Parallelism"/> at once. A submission that is missing, not a notebook, or that breaks its
/// process is graded (zero where due, with the reason) and never stops the others.
/// </summary>
public sealed class ClassGrader(GradingLimits limits)
{
    private readonly GradingLimits _limits = limits.Validated();

    /// <summary>Grades every submission of <paramref name="assignments"/> under <paramref name="submissionsFolder"/>.</summary>
    /// <param name="assignments">The source assignments (solutions, tests and hidden tests).</param>
    /// <param name="submissionsFolder">Laid out as <c>&lt;student&gt;/&lt;assignment&gt;.ipynb</c>.</param>
    /// <param name="progress">Told of each graded submission.</param>
    /// <param name="cancellationToken">Stops grading.</param>
    public async Task<ClassGrades> GradeAsync(
        IReadOnlyList<AssignmentNotebook> assignments,
        string submissionsFolder,
        IProgress<SubmissionResult>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var (submissions, warnings) = SubmissionFinder.Find(submissionsFolder, assignments);
        var guard = SourceGuard.Capture(assignments.Select(a => a.Path));
        var results = new SubmissionResult[submissions.Count];

        using (var runtime = GraderRuntime.Create())
        {
            var templates = assignments.ToDictionary(a => a, a => SandboxTemplate.For(a, runtime.ToolDirectory));
            var runner = new ChildProcessPlanRunner(runtime, _limits);
            var options = new ParallelOptions { MaxDegreeOfParallelism = _limits.Parallelism, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(Enumerable.Range(0, submissions.Count), options, async (i, token) =>
            {
                results[i] = await GradeOneAsync(submissions[i], runner, runtime, templates[submissions[i].Assignment], token);
                progress?.Report(results[i]);
            });
        }

        var allWarnings = warnings.Concat(guard.RestoreChanged()).ToList();
        return new ClassGrades(results, allWarnings, clock.Elapsed);
    }

    private static async Task<SubmissionResult> GradeOneAsync(
        Submission submission, ChildProcessPlanRunner runner, GraderRuntime runtime, SandboxTemplate template, CancellationToken cancellationToken)
    {
        var source = submission.Assignment;
        if (submission.Path is null)
        {
            return SubmissionScorer.Unrunnable(submission.Student, source, SubmissionStatus.Missing,
                $"no submission: expected {submission.Student}/{source.FileName}");
        }

        IReadOnlyList<SubmittedCell> cells;
        try
        {
            cells = SubmissionReader.Read(submission.Path);
        }
        catch (NotebookFormatException exception)
        {
            var where = exception.Line is { } line ? $" (line {line})" : "";
            return SubmissionScorer.Unrunnable(submission.Student, source, SubmissionStatus.NotANotebook,
                $"{source.FileName} is not a Jupyter notebook{where}: {exception.Problem}");
        }

        var plan = GradingPlan.Build(source, cells);
        using var sandbox = Sandbox.Create(runtime.Root, template);
        var run = await runner.RunAsync($"{submission.Student}/{source.Name}", plan, sandbox, cancellationToken);
        return SubmissionScorer.Score(submission.Student, source, plan, run);
    }
}

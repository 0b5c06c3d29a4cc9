using Descent.Course.Classroom.Grading;
using Descent.Course.Classroom.Isolation;
using Descent.Course.Classroom.Markers;
using Descent.Course.Engine;

namespace Descent.Course.Classroom.Release;

/// <summary>
/// The checks <c>assign</c> makes before it writes a release: the source notebook runs top to bottom without a failing
/// cell (so the solution passes every test), and the release, graded as if a student handed it in unchanged, earns
/// nothing (every graded test fails, hidden tests included) while every stub compiles. Both run in this process, in a
/// sandbox laid out as at grading, so they check what grading will see.
/// </summary>
public static class AssignmentValidator
{
    /// <summary>Problems with the solution; empty when every cell of the source succeeds.</summary>
    public static async Task<IReadOnlyList<string>> CheckSolutionAsync(AssignmentNotebook source, NotebookRunOptions options, CancellationToken cancellationToken = default)
    {
        var cells = source.Cells.Select(c => new NotebookCell(c.Kind, c.Source, c.Language)).ToList();
        using var sandbox = CreateSandbox(source);
        var run = await NotebookRunner.RunCellsAsync(source.Name, cells, sandbox.WorkingDirectory, options, cancellationToken);
        return run.Problems
            .Select(cell => $"{source.Path}, cell {cell.CellNumber}: the solution fails {What(source.Cells[cell.CellNumber - 1])} " +
                            $"({cell.Status}): {FirstLines(cell.Error)}")
            .ToList();
    }

    /// <summary>Problems with the release; empty when every test fails on it and every stub compiles.</summary>
    public static async Task<IReadOnlyList<string>> CheckReleaseAsync(AssignmentNotebook source, Notebook release, NotebookRunOptions options, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        var leaks = SecretText.FindLeaks(source, string.Join('\n', release.Cells.Select(c => c.Source)));
        problems.AddRange(leaks.Select(line => $"{source.Path}: the release still contains solution or hidden test text: \"{line}\""));

        var plan = GradingPlan.Build(source, SubmissionReader.Parse(release.ToJson(), release.Path));
        using var sandbox = CreateSandbox(source);
        var cells = plan.Cells.Select(c => new NotebookCell("code", c.Source, c.Language)).ToList();
        var ran = await NotebookRunner.RunCellsAsync(source.Name + " (release)", cells, sandbox.WorkingDirectory, options, cancellationToken);
        var run = new PlanRun(ran.Cells.Select(c => new CellReport(c.CellNumber, c.Status, c.Error)).ToList(), null, ran.Elapsed);
        foreach (var report in run.Cells)
        {
            var cell = plan.Cells[report.Number - 1];
            if (cell.Origin == CellOrigin.Student && source.Cells[cell.StudentCellNumber!.Value - 1].Solutions.Count > 0
                && report.Error is { } error && error.Contains("error CS", StringComparison.Ordinal))
            {
                problems.Add($"{source.Path}, cell {cell.StudentCellNumber}: the stub does not compile in the release " +
                             $"(does the solution region declare something that code after it uses?): {FirstLines(error)}");
            }
        }

        var result = SubmissionScorer.Score("release", source, plan, run);
        problems.AddRange(result.Tests.Where(t => t.Passed).Select(t =>
            $"{source.Path}, cell {source.Tests.First(c => c.Test!.Name == t.Name).Number}: test \"{t.Name}\" passes on the release; " +
            "a graded test must fail until the student has done the work"));
        return problems;
    }

    private static Sandbox CreateSandbox(AssignmentNotebook source) =>
        Sandbox.Create(Path.GetTempPath(), SandboxTemplate.For(source, Path.GetDirectoryName(typeof(AssignmentValidator).Assembly.Location)!));

    private static string What(AssignmentCell cell) => cell.Test is { } test ? $"test \"{test.Name}\"" : "this cell";

    private static string FirstLines(string? text) =>
        string.Join(" ", (text ?? "").ReplaceLineEndings("\n").Split('\n').Where(l => l.Trim().Length > 0).Take(3));
}

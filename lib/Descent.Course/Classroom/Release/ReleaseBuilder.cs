using Descent.Course.Classroom.Grading;
using Descent.Course.Classroom.Isolation;
using Descent.Course.Classroom.Markers;
using Descent.Course.Engine;

namespace Descent.Course.Classroom.Release;

/// <summary>Writes the student version of an assignment and checks it. The release has every solution region stubbed and
/// every hidden test removed (<see cref="StubWriter"/>), every output and execution count cleared; everything else,
/// metadata included, is kept as the teacher wrote it. Before <c>assign</c> writes it, the source must run top to
/// bottom without a failing cell (so the solution passes every test), and the release, graded as if a student handed
/// it in unchanged, must earn nothing (every graded test fails, hidden tests included) while every stub compiles.
/// Both run in this process, in a sandbox laid out as at grading, so they check what grading will see.</summary>
public static class ReleaseBuilder
{
    /// <summary>The release as a new notebook document (the source is not changed).</summary>
    public static Notebook Build(AssignmentNotebook assignment)
    {
        var release = assignment.Document.Clone();
        for (var i = 0; i < assignment.Cells.Count; i++)
        {
            if (assignment.Cells[i].Role is CellRole.Code or CellRole.Test)
            {
                release.SetSource(i, StubWriter.ReleaseSource(assignment.Cells[i]));
            }

            release.SetOutputs(i, []);
        }

        return release;
    }

    /// <summary>Problems with the solution (a cell of the source that fails) and with the <paramref name="release"/> (leaked
    /// solution or hidden-test text, a stub that does not compile, a test that passes); empty when there are none.</summary>
    public static async Task<List<string>> CheckAsync(AssignmentNotebook source, Notebook release, NotebookRunOptions options, CancellationToken cancellationToken = default)
    {
        var solved = await RunAsync(source, source.Name, source.Cells.Select(c => new NotebookCell(c.Kind, c.Source, c.Language)).ToList(), options, cancellationToken);
        var problems = solved.Problems.Select(cell => $"{source.Path}, cell {cell.CellNumber}: the solution fails " +
                $"{(source.Cells[cell.CellNumber - 1].Test is { } test ? $"test \"{test.Name}\"" : "this cell")} ({cell.Status}): {FirstLines(cell.Error)}")
            .Concat(SecretText.FindLeaks(source, string.Join('\n', release.Cells.Select(c => c.Source)))
                .Select(line => $"{source.Path}: the release still contains solution or hidden test text: \"{line}\""))
            .ToList();
        var plan = GradingPlan.Build(source, SubmissionReader.Parse(release.ToJson(), release.Path));
        var ran = await RunAsync(source, source.Name + " (release)", plan.Cells.Select(c => new NotebookCell("code", c.Source, c.Language)).ToList(), options, cancellationToken);
        var run = new PlanRun(ran.Cells.Select(c => new CellReport(c.CellNumber, c.Status, c.Error)).ToList(), null, ran.Elapsed);
        problems.AddRange(run.Cells.Select(report => (report.Error, Cell: plan.Cells[report.Number - 1]))
            .Where(x => x.Cell.Origin == CellOrigin.Student && source.Cells[x.Cell.StudentCellNumber!.Value - 1].Solutions.Count > 0
                        && x.Error?.Contains("error CS", StringComparison.Ordinal) == true)
            .Select(x => $"{source.Path}, cell {x.Cell.StudentCellNumber}: the stub does not compile in the release " +
                         $"(does the solution region declare something that code after it uses?): {FirstLines(x.Error)}"));

        problems.AddRange(SubmissionScorer.Score("release", source, plan, run).Tests.Where(t => t.Passed).Select(t =>
            $"{source.Path}, cell {source.Tests.First(c => c.Test!.Name == t.Name).Number}: test \"{t.Name}\" passes on the release; " +
            "a graded test must fail until the student has done the work"));
        return problems;
    }

    private static async Task<NotebookRun> RunAsync(AssignmentNotebook source, string name, List<NotebookCell> cells, NotebookRunOptions options, CancellationToken cancellationToken)
    {
        using var sandbox = Sandbox.Create(Path.GetTempPath(), SandboxTemplate.For(source, Path.GetDirectoryName(typeof(ReleaseBuilder).Assembly.Location)!));
        return await NotebookRunner.RunCellsAsync(name, cells, sandbox.WorkingDirectory, options, cancellationToken);
    }

    private static string FirstLines(string? text) =>
        string.Join(" ", (text ?? "").ReplaceLineEndings("\n").Split('\n').Where(l => l.Trim().Length > 0).Take(3));
}

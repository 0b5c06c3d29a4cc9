using Descent.Course.Engine;

namespace Descent.Course.Classroom.Grading;

/// <summary>
/// Runs a plan in this process with <see cref="NotebookRunner"/>. Used for the teacher's own notebooks (checking a
/// release), never for student code, which runs in a child process (<see cref="Isolation.ChildProcessPlanRunner"/>).
/// </summary>
public sealed class InProcessPlanRunner(NotebookRunOptions options)
{
    /// <summary>Runs <paramref name="plan"/> with <paramref name="workingDirectory"/> as working directory.</summary>
    public async Task<PlanRun> RunAsync(string name, GradingPlan plan, string workingDirectory, CancellationToken cancellationToken = default)
    {
        var cells = plan.Cells.Select(c => new NotebookCell("code", c.Source, c.Language)).ToList();
        var run = await NotebookRunner.RunCellsAsync(name, cells, workingDirectory, options, cancellationToken);
        return new PlanRun(run.Cells.Select(c => new CellReport(c.CellNumber, c.Status, c.Error)).ToList(), null, run.Elapsed);
    }
}

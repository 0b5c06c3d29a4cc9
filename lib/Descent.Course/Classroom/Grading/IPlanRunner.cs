namespace Descent.Course.Classroom.Grading;

/// <summary>Runs the cells of a grading plan and reports each cell's status.</summary>
public interface IPlanRunner
{
    /// <summary>Runs <paramref name="plan"/> with <paramref name="workingDirectory"/> as working directory.</summary>
    Task<PlanRun> RunAsync(string name, GradingPlan plan, string workingDirectory, CancellationToken cancellationToken = default);
}

namespace Descent.Course.Classroom.Grading;

/// <summary>The result of running a <see cref="GradingPlan"/>, in a child process or in-process.</summary>
/// <param name="Cells">Reports for the cells that finished, in order.</param>
/// <param name="Interruption">Why the run stopped early; null when every cell was reported.</param>
/// <param name="Elapsed">Wall-clock time of the run.</param>
public sealed record PlanRun(IReadOnlyList<CellReport> Cells, Interruption? Interruption, TimeSpan Elapsed);

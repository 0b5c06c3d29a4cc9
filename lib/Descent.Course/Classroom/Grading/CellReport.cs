using Descent.Course.Engine;

namespace Descent.Course.Classroom.Grading;

/// <summary>What happened to one cell of a grading run.</summary>
/// <param name="Number">1-based position in <see cref="GradingPlan.Cells"/>.</param>
/// <param name="Status">Succeeded, failed, timed out or skipped.</param>
/// <param name="Error">The error text of a cell that did not succeed.</param>
public sealed record CellReport(int Number, CellStatus Status, string? Error);

namespace Descent.Course.Classroom.Isolation;

/// <summary>
/// What the grader sends a child process on its standard input: the cells to run and a random token that marks the
/// child's reports, so that text a student's cell prints cannot pass for a report.
/// </summary>
/// <param name="Token">Random, per child; every report line carries it.</param>
/// <param name="Name">The run's name (student and assignment), for error messages.</param>
/// <param name="CellTimeoutSeconds">The engine's per-cell limit inside the child.</param>
/// <param name="Cells">The code cells, in order.</param>
public sealed record ChildJob(string Token, string Name, double CellTimeoutSeconds, IReadOnlyList<ChildJobCell> Cells);

/// <summary>One code cell of a <see cref="ChildJob"/>.</summary>
/// <param name="Source">The code.</param>
/// <param name="Language">The kernel.</param>
public sealed record ChildJobCell(string Source, string Language);

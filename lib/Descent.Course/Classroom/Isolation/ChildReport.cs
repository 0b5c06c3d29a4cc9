namespace Descent.Course.Classroom.Isolation;

/// <summary>One line a grading child writes to its standard output.</summary>
/// <param name="Kind"><c>started</c> (job read, before any cell runs), <c>cell</c> (a cell finished) or <c>done</c>.</param>
/// <param name="Cell">For <c>cell</c>: the 1-based cell number.</param>
/// <param name="Status">For <c>cell</c>: the engine's status name.</param>
/// <param name="Error">For <c>cell</c>: the error text, if any.</param>
public sealed record ChildReport(string Kind, int Cell = 0, string? Status = null, string? Error = null)
{
    /// <summary>The job was read; cells are about to run.</summary>
    public const string Started = "started";

    /// <summary>A cell finished.</summary>
    public const string CellFinished = "cell";

    /// <summary>Every cell finished.</summary>
    public const string Done = "done";
}

namespace Descent.Course.Engine;

/// <summary>How a notebook is run.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>
    /// The longest a single cell may run before it is abandoned and reported as <see cref="CellStatus.TimedOut"/>.
    /// Default: 3 minutes.
    /// </summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Receives each cell's result as soon as the cell has finished.</summary>
    public IProgress<CellRun>? Progress { get; init; }
}

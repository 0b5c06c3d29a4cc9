namespace Descent.Course.Engine;

/// <summary>The result of running (or not running) one cell.</summary>
/// <param name="CellNumber">1-based position among all the notebook's cells, markdown included.</param>
/// <param name="Cell">The cell that was run.</param>
/// <param name="Status">What happened.</param>
/// <param name="Error">For a failed or timed-out cell, the error text (compile diagnostics carry their line).</param>
/// <param name="Outputs">The outputs in the order the kernel produced them.</param>
/// <param name="Elapsed">Wall-clock time spent on the cell.</param>
public sealed record CellRun(
    int CellNumber,
    NotebookCell Cell,
    CellStatus Status,
    string? Error,
    IReadOnlyList<CellOutput> Outputs,
    TimeSpan Elapsed)
{
    /// <summary>The number of outputs whose text/html contains <c>Plotly.newPlot</c>.</summary>
    public int ChartCount => Outputs.Count(output => output.IsChart);
}

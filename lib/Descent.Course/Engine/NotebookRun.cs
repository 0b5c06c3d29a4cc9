namespace Descent.Course.Engine;

/// <summary>The result of running a whole notebook.</summary>
/// <param name="Name">The notebook's file name without extension, for example "00-key-factors".</param>
/// <param name="Path">The full path of the source notebook (empty for cells run from memory).</param>
/// <param name="Cells">One result per cell, markdown included, in notebook order.</param>
/// <param name="Elapsed">Wall-clock time for the whole notebook, kernel start-up included.</param>
public sealed record NotebookRun(string Name, string Path, IReadOnlyList<CellRun> Cells, TimeSpan Elapsed)
{
    /// <summary>True when every cell succeeded.</summary>
    public bool Succeeded => Cells.All(cell => cell.Status == CellStatus.Succeeded);

    /// <summary>The number of charts drawn across all cells.</summary>
    public int ChartCount => Cells.Sum(cell => cell.ChartCount);

    /// <summary>The cells that failed, timed out or were skipped.</summary>
    public IEnumerable<CellRun> Problems => Cells.Where(cell => cell.Status != CellStatus.Succeeded);

    /// <summary>The executed notebook as nbformat 4 JSON with standard outputs.</summary>
    public string ToIpynb() => IpynbWriter.Write(this);
}

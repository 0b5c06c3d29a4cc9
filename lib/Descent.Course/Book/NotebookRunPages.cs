using Descent.Course.Engine;

namespace Descent.Course.Book;

/// <summary>Turns the engine's executed notebooks into book pages.</summary>
public static class NotebookRunPages
{
    /// <summary>
    /// The page of one executed notebook: every cell in order, markdown included; a failed or timed-out cell is
    /// marked failed and keeps its error text.
    /// </summary>
    public static BookPage From(NotebookRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var cells = run.Cells.Select(cell => new BookCell(
            cell.CellNumber,
            cell.Cell.Kind,
            cell.Cell.Source,
            cell.Cell.Language,
            cell.Outputs.Select(output => new BookOutput(output.OutputType, output.Data, output.StreamName)).ToList(),
            Failed: cell.Status is CellStatus.Failed or CellStatus.TimedOut,
            Error: cell.Error)).ToList();
        return new BookPage(run.Name, cells);
    }
}

namespace Descent.Course.Engine;

/// <summary>One cell of a notebook, as read from an .ipynb file or given in memory.</summary>
/// <param name="Kind">"code" or "markdown" (other nbformat kinds such as "raw" are kept and never run).</param>
/// <param name="Source">The cell's text.</param>
/// <param name="Language">The kernel that runs a code cell; "csharp" by default.</param>
/// <param name="Metadata">The cell's metadata, kept so that an executed copy round-trips it.</param>
public sealed record NotebookCell(
    string Kind,
    string Source,
    string Language = "csharp",
    IReadOnlyDictionary<string, object>? Metadata = null)
{
    /// <summary>True for a cell that the engine submits to a kernel.</summary>
    public bool IsCode => Kind == "code";
}

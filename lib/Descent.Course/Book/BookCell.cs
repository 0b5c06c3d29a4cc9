namespace Descent.Course.Book;

/// <summary>One cell of a notebook page: its source and, for code, what running it produced.</summary>
/// <param name="Number">1-based position among all the notebook's cells.</param>
/// <param name="Kind">"code", "markdown" or "raw".</param>
/// <param name="Source">The cell's text.</param>
/// <param name="Language">The language of a code cell, used for highlighting ("csharp" by default).</param>
/// <param name="Outputs">The outputs of a code cell, in order; empty for markdown.</param>
/// <param name="Failed">True when the cell failed or timed out.</param>
/// <param name="Error">The error text of a failed cell, shown when no error output carries it.</param>
public sealed record BookCell(
    int Number,
    string Kind,
    string Source,
    string Language,
    IReadOnlyList<BookOutput> Outputs,
    bool Failed = false,
    string? Error = null)
{
    /// <summary>A markdown cell.</summary>
    public static BookCell Markdown(int number, string source) => new(number, "markdown", source, "markdown", []);

    /// <summary>A code cell with its outputs.</summary>
    public static BookCell Code(int number, string source, params BookOutput[] outputs) =>
        new(number, "code", source, "csharp", outputs);

    /// <summary>The number of Plotly charts among the outputs.</summary>
    public int ChartCount => Outputs.Count(output => output.IsChart);
}

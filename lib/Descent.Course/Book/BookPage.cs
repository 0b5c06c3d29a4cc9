namespace Descent.Course.Book;

/// <summary>One notebook as a page of the book.</summary>
/// <param name="Name">The notebook's name without extension, for example "00-lagrange"; it names the page file.</param>
/// <param name="Cells">The notebook's cells in order.</param>
public sealed record BookPage(string Name, IReadOnlyList<BookCell> Cells)
{
    /// <summary>The page's file name inside the book folder, for example "00-lagrange.html".</summary>
    public string FileName => PageFileName.For(Name);

    /// <summary>The number of Plotly charts on the page.</summary>
    public int ChartCount => Cells.Sum(cell => cell.ChartCount);

    /// <summary>The text of the first markdown heading, or the name when the notebook has none.</summary>
    public string Title => MarkdownRenderer.FirstHeading(Cells.Where(c => c.Kind == "markdown").Select(c => c.Source)) ?? Name;
}

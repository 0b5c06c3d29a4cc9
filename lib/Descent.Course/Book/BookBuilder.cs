using System.Text;
using Descent.Course.Engine;

namespace Descent.Course.Book;

/// <summary>
/// Builds the course's HTML book: index.html (the table of contents) and one page per notebook, with rendered
/// markdown, math typeset by KaTeX, highlighted code, the cells' outputs and every Plotly chart drawn by a local
/// plotly.js loaded once per page. The book works opened from disk with no network.
/// </summary>
public static class BookBuilder
{
    /// <summary>The title shown on every page unless another is given.</summary>
    public const string DefaultTitle = "Descent: optimization for deep learning";

    /// <summary>Writes the book for the executed notebooks <paramref name="runs"/>, in the order given.</summary>
    /// <param name="runs">The executed notebooks, as the engine returns them.</param>
    /// <param name="outputDirectory">The book folder, created when missing; existing pages are overwritten.</param>
    /// <returns>The full path of index.html.</returns>
    public static string Build(IReadOnlyList<NotebookRun> runs, string outputDirectory) =>
        Build(runs, outputDirectory, DefaultTitle);

    /// <summary>Writes the book for the executed notebooks <paramref name="runs"/> under the given title.</summary>
    /// <param name="runs">The executed notebooks, as the engine returns them.</param>
    /// <param name="outputDirectory">The book folder, created when missing; existing pages are overwritten.</param>
    /// <param name="title">The book's title.</param>
    /// <returns>The full path of index.html.</returns>
    public static string Build(IReadOnlyList<NotebookRun> runs, string outputDirectory, string title)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return Build(runs.Select(NotebookRunPages.From).ToList(), outputDirectory, title);
    }

    /// <summary>Writes the book for <paramref name="pages"/> into <paramref name="outputDirectory"/>.</summary>
    /// <param name="pages">The notebooks, in reading order. Names must be distinct.</param>
    /// <param name="outputDirectory">The book folder, created when missing; existing pages are overwritten.</param>
    /// <param name="title">The book's title.</param>
    /// <returns>The full path of index.html.</returns>
    /// <exception cref="ArgumentException">Two pages would share a file name, or the folder is empty.</exception>
    public static string Build(IReadOnlyList<BookPage> pages, string outputDirectory, string title = DefaultTitle)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        var duplicate = pages.GroupBy(page => page.FileName, StringComparer.OrdinalIgnoreCase).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(
                $"Two notebooks would share the page '{duplicate.Key}': {string.Join(", ", duplicate.Select(p => p.Name))}.",
                nameof(pages));
        }

        var directory = Path.GetFullPath(outputDirectory);
        Directory.CreateDirectory(directory);
        BookAssets.CopyTo(directory);
        var links = NotebookLinks.For(pages);
        for (var i = 0; i < pages.Count; i++)
        {
            var previous = i > 0 ? pages[i - 1] : null;
            var next = i + 1 < pages.Count ? pages[i + 1] : null;
            WriteText(Path.Combine(directory, pages[i].FileName), NotebookPageRenderer.Render(pages[i], previous, next, title, links));
        }

        var index = Path.Combine(directory, "index.html");
        WriteText(index, IndexPageRenderer.Render(pages, title));
        return index;
    }

    private static void WriteText(string path, string text) => File.WriteAllText(path, text, new UTF8Encoding(false));
}

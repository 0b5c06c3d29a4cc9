using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Descent.Course.Engine;

namespace Descent.Course.Book;

/// <summary>
/// Builds the course's HTML book: index.html and one page per notebook (sidebar, contents, search, themes, the cells
/// with their outputs and every chart drawn from its figure JSON by a local plotly.js), the source notebooks to
/// download and the search documents. The book works opened from disk with no network.
/// </summary>
public static class BookBuilder
{
    /// <summary>Writes the book for the executed notebooks <paramref name="runs"/>, in the order given.</summary>
    /// <param name="runs">The executed notebooks, as the engine returns them.</param>
    /// <param name="outputDirectory">The book folder, created when missing; existing pages are overwritten.</param>
    /// <param name="repositoryUrl">The GitHub repository (https://github.com/owner/name), for "Open in GitHub Codespaces"; none when unknown.</param>
    /// <param name="assignments">The assignments' student versions, shown after the lessons without outputs.</param>
    /// <returns>The full path of index.html.</returns>
    /// <exception cref="ArgumentException">Two notebooks would share a page.</exception>
    public static string Build(IReadOnlyList<NotebookRun> runs, string outputDirectory, string? repositoryUrl = null, IReadOnlyList<Notebook>? assignments = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        var unexecuted = (assignments ?? []).Select(notebook =>
            new NotebookRun(notebook, notebook.Cells.Select((cell, i) => new CellRun(i + 1, cell, CellStatus.Succeeded, null, [], TimeSpan.Zero)).ToList(), TimeSpan.Zero));
        var pages = runs.Select(run => new BookPage(run, false)).Concat(unexecuted.Select(run => new BookPage(run, true))).ToList();
        if (pages.GroupBy(page => page.FileName, StringComparer.OrdinalIgnoreCase).FirstOrDefault(group => group.Count() > 1) is { } duplicate)
        {
            throw new ArgumentException($"Two notebooks would share the page '{duplicate.Key}': {string.Join(", ", duplicate.Select(p => p.Name))}.", nameof(runs));
        }

        var directory = Path.GetFullPath(outputDirectory);
        Directory.CreateDirectory(Path.Combine(directory, "notebooks"));
        BookAssets.CopyTo(directory);
        var book = new PageRenderer(pages, repositoryUrl);
        for (var i = 0; i < pages.Count; i++)
        {
            WriteText(Path.Combine(directory, pages[i].FileName), book.Page(i));
            WriteText(Path.Combine(directory, "notebooks", pages[i].Name + ".ipynb"), pages[i].Run.Notebook.ToJson());
        }

        WriteText(Path.Combine(directory, BookAssets.SearchIndex), "window.bookSearchDocuments = " + JsonSerializer.Serialize(pages.SelectMany(SearchDocuments)) + ";\n");
        var index = Path.Combine(directory, "index.html");
        WriteText(index, book.Index());
        return index;
    }

    // One search document per cell, linked to the heading above it; MiniSearch indexes them when a page loads.
    private static IEnumerable<object> SearchDocuments(BookPage page)
    {
        var section = (Title: page.Title, Anchor: "");
        foreach (var cell in page.Run.Cells)
        {
            if (cell.Cell.Kind == "markdown" && page.Headings.LastOrDefault(h => h.Cell == cell.CellNumber) is { } heading)
            {
                section = (heading.Text, heading.Id);
            }

            var text = cell.Cell.Kind == "markdown" ? MarkdownRenderer.ToPlainText(cell.Cell.Source) : cell.Cell.Source;
            if (!string.IsNullOrWhiteSpace(text))
            {
                yield return new { id = $"{page.FileName}#cell-{cell.CellNumber}", url = $"{page.FileName}#{(section.Anchor == "" ? $"cell-{cell.CellNumber}" : section.Anchor)}", page = page.Title, section = section.Title, text };
            }
        }
    }

    /// <summary>The first https://github.com/owner/name link in the repository's README.md, or null.</summary>
    public static string? RepositoryUrlIn(string? repositoryRoot)
    {
        var readme = repositoryRoot is null ? null : Path.Combine(repositoryRoot, "README.md");
        return File.Exists(readme)
            && Regex.Match(File.ReadAllText(readme), @"https://github\.com/[\w.-]+/[\w.-]+?(?=\.git\b|[/)\s#?]|$)") is { Success: true } match
            ? match.Value
            : null;
    }

    private static void WriteText(string path, string text) => File.WriteAllText(path, text, new UTF8Encoding(false));
}

/// <summary>One notebook as a page of the book.</summary>
internal sealed record BookPage(NotebookRun Run, bool IsAssignment)
{
    public string Name => Run.Name;

    /// <summary>A safe page file name: letters, digits, '-', '_' and '.' kept; "index" renamed so no page replaces the contents.</summary>
    public string FileName { get; } = FileNameFor(Run.Name);

    /// <summary>The headings of the markdown cells, in order, with the ids the page gives them.</summary>
    public IReadOnlyList<MarkdownRenderer.Heading> Headings { get; } =
        Run.Cells.Where(cell => cell.Cell.Kind == "markdown").SelectMany(cell => MarkdownRenderer.Headings(cell.Cell.Source, cell.CellNumber)).ToList();

    /// <summary>The text of the first heading, or the name when the notebook has none.</summary>
    public string Title => Headings.FirstOrDefault()?.Text ?? Name;

    internal static string FileNameFor(string name)
    {
        var stem = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray()).Trim('.');
        return (stem.Length == 0 || stem.Equals("index", StringComparison.OrdinalIgnoreCase) ? "page-" + stem : stem) + ".html";
    }
}

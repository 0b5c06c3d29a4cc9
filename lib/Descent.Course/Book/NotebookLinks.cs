using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Descent.Course.Book;

/// <summary>
/// Points markdown links between notebooks at the book's pages: a relative link to "02-gradient-descent.ipynb"
/// (anchor kept) becomes "02-gradient-descent.html" when that notebook is in the book.
/// </summary>
/// <param name="pageFiles">Notebook name (file name without extension) to page file name.</param>
internal sealed class NotebookLinks(IReadOnlyDictionary<string, string> pageFiles)
{
    /// <summary>No notebook links are rewritten.</summary>
    public static NotebookLinks None { get; } = new(new Dictionary<string, string>());

    /// <summary>The links for a book made of <paramref name="pages"/>.</summary>
    public static NotebookLinks For(IEnumerable<BookPage> pages) =>
        new(pages.ToDictionary(page => page.Name, page => page.FileName, StringComparer.Ordinal));

    /// <summary>Rewrites the notebook links of a parsed markdown document in place.</summary>
    public void Rewrite(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!link.IsImage && link.Url is { } url && TryResolve(url, out var page))
            {
                link.Url = page;
            }
        }
    }

    /// <summary>The page a relative notebook link points to, anchor included.</summary>
    public bool TryResolve(string url, out string page)
    {
        page = url;
        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        var fragment = hash < 0 ? string.Empty : url[hash..];
        if (path.Contains(':') || !path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder) && folder != ".")
        {
            return false;
        }

        if (!pageFiles.TryGetValue(Uri.UnescapeDataString(Path.GetFileNameWithoutExtension(path)), out var file))
        {
            return false;
        }

        page = file + fragment;
        return true;
    }
}

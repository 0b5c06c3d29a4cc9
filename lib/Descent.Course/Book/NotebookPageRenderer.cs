using System.Text;

namespace Descent.Course.Book;

/// <summary>Renders one notebook as a page: its cells in order, with previous/next links.</summary>
internal static class NotebookPageRenderer
{
    /// <summary>The complete HTML document of <paramref name="page"/>.</summary>
    /// <param name="page">The notebook.</param>
    /// <param name="previous">The page before it, or null for the first.</param>
    /// <param name="next">The page after it, or null for the last.</param>
    /// <param name="bookTitle">The book's title, shown in the header.</param>
    /// <param name="links">Points links between notebooks at the book's pages.</param>
    public static string Render(BookPage page, BookPage? previous, BookPage? next, string bookTitle, NotebookLinks links)
    {
        var html = new StringBuilder();
        html.Append("<header class=\"book-header\"><a href=\"index.html\">")
            .Append(Html.Escape(bookTitle)).Append("</a></header>\n");
        AppendNavigation(html, previous, next);
        html.Append("<main class=\"notebook\" data-notebook=\"").Append(Html.Escape(page.Name)).Append("\">\n");
        foreach (var cell in page.Cells)
        {
            AppendCell(html, cell, links);
        }

        html.Append("</main>\n");
        AppendNavigation(html, previous, next);
        return PageLayout.Document($"{page.Title} · {bookTitle}", html.ToString(), includePlotly: page.ChartCount > 0);
    }

    private static void AppendCell(StringBuilder html, BookCell cell, NotebookLinks links)
    {
        switch (cell.Kind)
        {
            case "markdown":
                html.Append("<section class=\"cell markdown\" id=\"cell-").Append(cell.Number).Append("\">\n")
                    .Append(MarkdownRenderer.ToHtml(cell.Source, links))
                    .Append("</section>\n");
                return;
            case "code":
                AppendCodeCell(html, cell);
                return;
            default:
                html.Append("<section class=\"cell raw\" id=\"cell-").Append(cell.Number).Append("\"><pre>")
                    .Append(Html.Escape(cell.Source)).Append("</pre></section>\n");
                return;
        }
    }

    private static void AppendCodeCell(StringBuilder html, BookCell cell)
    {
        var failed = cell.Failed ? " failed" : string.Empty;
        html.Append("<section class=\"cell code").Append(failed).Append("\" id=\"cell-").Append(cell.Number).Append("\">\n")
            .Append("<div class=\"cell-label\">[").Append(cell.Number).Append("]</div>\n")
            .Append("<pre class=\"source\"><code class=\"language-").Append(Html.Escape(HighlightLanguage(cell.Language))).Append("\">")
            .Append(Html.Escape(cell.Source))
            .Append("</code></pre>\n");
        if (cell.Outputs.Count > 0 || cell.Failed)
        {
            html.Append("<div class=\"outputs\">\n");
            foreach (var output in cell.Outputs)
            {
                OutputRenderer.Render(output, html);
            }

            if (cell.Failed && !cell.Outputs.Any(o => o.OutputType == "error"))
            {
                OutputRenderer.RenderFailure(cell.Error ?? "The cell failed.", html);
            }

            html.Append("</div>\n");
        }

        html.Append("</section>\n");
    }

    private static string HighlightLanguage(string language) => language.ToLowerInvariant() switch
    {
        "c#" or "csharp" => "csharp",
        "f#" or "fsharp" => "fsharp",
        "pwsh" or "powershell" => "powershell",
        "javascript" or "js" => "javascript",
        "" => "plaintext",
        var other => other,
    };

    private static void AppendNavigation(StringBuilder html, BookPage? previous, BookPage? next)
    {
        html.Append("<nav class=\"page-nav\">");
        html.Append(previous is null
            ? "<span class=\"prev\"></span>"
            : $"<a class=\"prev\" rel=\"prev\" href=\"{Html.Escape(previous.FileName)}\">← {Html.Escape(previous.Title)}</a>");
        html.Append("<a class=\"contents\" href=\"index.html\">Contents</a>");
        html.Append(next is null
            ? "<span class=\"next\"></span>"
            : $"<a class=\"next\" rel=\"next\" href=\"{Html.Escape(next.FileName)}\">{Html.Escape(next.Title)} →</a>");
        html.Append("</nav>\n");
    }
}

using System.Text;

namespace Descent.Course.Book;

/// <summary>Renders the table of contents: one row per notebook with its title, first heading and chart count.</summary>
internal static class IndexPageRenderer
{
    /// <summary>The complete HTML document of index.html.</summary>
    public static string Render(IReadOnlyList<BookPage> pages, string bookTitle)
    {
        var html = new StringBuilder();
        html.Append("<header class=\"book-header\"><a href=\"index.html\">")
            .Append(Html.Escape(bookTitle)).Append("</a></header>\n")
            .Append("<main class=\"contents\">\n<h1>").Append(Html.Escape(bookTitle)).Append("</h1>\n")
            .Append("<table class=\"toc\">\n<thead><tr><th>Notebook</th><th>Title</th><th>Charts</th><th>Status</th></tr></thead>\n<tbody>\n");
        foreach (var page in pages)
        {
            var failing = page.Cells.Count(cell => cell.Failed);
            var status = failing == 0
                ? "<td class=\"ok\">ok</td>"
                : $"<td class=\"failed\">{failing} failing cell{(failing == 1 ? "" : "s")}</td>";
            html.Append("<tr><td><a href=\"").Append(Html.Escape(page.FileName)).Append("\">")
                .Append(Html.Escape(page.Name)).Append("</a></td>")
                .Append("<td>").Append(Html.Escape(page.Title)).Append("</td>")
                .Append("<td class=\"charts\">").Append(page.ChartCount).Append("</td>")
                .Append(status).Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</main>\n");
        return PageLayout.Document(bookTitle, html.ToString(), includePlotly: false);
    }
}

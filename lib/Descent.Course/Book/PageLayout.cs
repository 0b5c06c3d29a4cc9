using System.Text;

namespace Descent.Course.Book;

/// <summary>The HTML document around every page of the book: styles, scripts and the page's content.</summary>
/// <remarks>
/// Every asset is referenced relatively (assets/…), so the book works opened from disk with no network.
/// plotly.js is loaded once in the head of a page that has charts, before the charts' inline scripts run.
/// </remarks>
internal static class PageLayout
{
    /// <summary>Wraps <paramref name="content"/> in a complete HTML document.</summary>
    /// <param name="title">The document title.</param>
    /// <param name="content">The body's content.</param>
    /// <param name="includePlotly">True to load plotly.js (pages with charts).</param>
    public static string Document(string title, string content, bool includePlotly)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.Escape(title)).Append("</title>\n")
            .Append("<link rel=\"icon\" href=\"data:,\">\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(BookAssets.KatexCss).Append("\">\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(BookAssets.HighlightCss).Append("\">\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(BookAssets.BookCss).Append("\">\n")
            .Append("<script src=\"").Append(BookAssets.CheckScript).Append("\"></script>\n");
        if (includePlotly)
        {
            html.Append("<script src=\"").Append(BookAssets.PlotlyScript).Append("\"></script>\n");
        }

        html.Append("</head>\n<body>\n")
            .Append(content)
            .Append("<script src=\"").Append(BookAssets.KatexScript).Append("\"></script>\n")
            .Append("<script src=\"").Append(BookAssets.KatexAutoRenderScript).Append("\"></script>\n")
            .Append("<script src=\"").Append(BookAssets.HighlightScript).Append("\"></script>\n")
            .Append("<script src=\"").Append(BookAssets.BookScript).Append("\"></script>\n")
            .Append("</body>\n</html>\n");
        return html.ToString();
    }
}

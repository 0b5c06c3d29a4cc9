using System.Text;

namespace Descent.Course.Book;

/// <summary>Renders a code cell's outputs: charts, HTML, images, markdown, plain text, streams and errors.</summary>
internal static class OutputRenderer
{
    /// <summary>Appends the HTML of one output.</summary>
    public static void Render(BookOutput output, StringBuilder html)
    {
        switch (output.OutputType)
        {
            case "error":
                RenderError(output.Data, html);
                return;
            case "stream":
                var stream = output.StreamName == "stderr" ? "stderr" : "stdout";
                html.Append($"<pre class=\"output stream {stream}\">")
                    .Append(Html.Escape(output.Data.GetValueOrDefault("text/plain")))
                    .Append("</pre>\n");
                return;
            default:
                RenderData(output.Data, html);
                return;
        }
    }

    /// <summary>Appends the error text of a failed cell that produced no error output.</summary>
    public static void RenderFailure(string error, StringBuilder html) =>
        html.Append("<pre class=\"output error\">").Append(Html.Escape(error)).Append("</pre>\n");

    private static void RenderError(IReadOnlyDictionary<string, string> data, StringBuilder html)
    {
        var name = data.GetValueOrDefault("ename");
        var value = data.GetValueOrDefault("evalue") ?? data.GetValueOrDefault("text/plain");
        var text = string.IsNullOrEmpty(name) ? value : $"{name}: {value}";
        RenderFailure(text ?? "Error", html);
    }

    private static void RenderData(IReadOnlyDictionary<string, string> data, StringBuilder html)
    {
        if (data.TryGetValue("text/html", out var markup))
        {
            if (PlotlyChart.IsChart(markup))
            {
                RenderChart(markup, html);
            }
            else
            {
                html.Append("<div class=\"output html\">").Append(markup).Append("</div>\n");
            }
        }
        else if (data.TryGetValue("image/png", out var png))
        {
            html.Append("<div class=\"output image\"><img alt=\"\" src=\"data:image/png;base64,")
                .Append(Html.Escape(png.Trim())).Append("\"></div>\n");
        }
        else if (data.TryGetValue("image/svg+xml", out var svg))
        {
            html.Append("<div class=\"output image\">").Append(svg).Append("</div>\n");
        }
        else if (data.TryGetValue("text/markdown", out var markdown))
        {
            html.Append("<div class=\"output markdown\">").Append(MarkdownRenderer.ToHtml(markdown)).Append("</div>\n");
        }
        else if (data.TryGetValue("text/plain", out var text))
        {
            html.Append("<pre class=\"output text\">").Append(Html.Escape(text)).Append("</pre>\n");
        }
    }

    private static void RenderChart(string markup, StringBuilder html)
    {
        var chart = PlotlyChart.TryParse(markup);
        if (chart is null)
        {
            // Kept as an empty chart container so that a check of the drawn charts reports it.
            html.Append("<div class=\"book-chart unconverted\"><p class=\"output error\">")
                .Append("This chart's HTML was not recognised, so it cannot be drawn offline.</p></div>\n");
            return;
        }

        html.Append(chart.ToHtml()).Append('\n');
    }
}

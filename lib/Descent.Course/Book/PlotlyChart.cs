using System.Text.RegularExpressions;

namespace Descent.Course.Book;

/// <summary>
/// A Plotly chart taken out of the HTML that Plotly.NET writes for a notebook, ready to be drawn by a page
/// that already loaded plotly.js.
/// </summary>
/// <remarks>
/// Plotly.NET.Interactive writes a <c>div</c> with an id and a script whose <c>renderPlotly_…</c> function
/// configures require.js to fetch plotly.js from a CDN, then declares <c>data</c>, <c>layout</c> and
/// <c>config</c> and calls <c>Plotly.newPlot(id, data, layout, config)</c>. Offline only those declarations and
/// the call are useful: they are kept, the loader is dropped.
/// </remarks>
/// <param name="DivId">The id of the element the chart is drawn into.</param>
/// <param name="Script">JavaScript that draws the chart with the page's global <c>Plotly</c>.</param>
public sealed partial record PlotlyChart(string DivId, string Script)
{
    private const string NewPlot = "Plotly.newPlot(";

    /// <summary>True when <paramref name="html"/> draws a Plotly chart (it calls <c>Plotly.newPlot</c>).</summary>
    public static bool IsChart(string html) => html.Contains("Plotly.newPlot", StringComparison.Ordinal);

    /// <summary>Extracts the chart from Plotly.NET's HTML, or returns null when the HTML has no recognisable chart.</summary>
    public static PlotlyChart? TryParse(string html)
    {
        var call = html.IndexOf(NewPlot, StringComparison.Ordinal);
        if (call < 0)
        {
            return null;
        }

        var close = JavaScriptScanner.MatchingParenthesis(html, call + NewPlot.Length - 1);
        if (close < 0)
        {
            return null;
        }

        var arguments = html[(call + NewPlot.Length)..close];
        var target = FirstArgument().Match(arguments);
        if (!target.Success)
        {
            return null;
        }

        var divId = target.Groups["id"].Value;
        var start = DeclarationsStart(html, call);
        // "</" would end the inline script early if a title or label contained "</script>"; "<\/" means the same in JavaScript.
        var script = html[start..(close + 1)].Replace("</", "<\\/", StringComparison.Ordinal) + ";";
        return new PlotlyChart(divId, script);
    }

    /// <summary>The start of the <c>var data = …</c> declarations that feed the call, or the call itself.</summary>
    private static int DeclarationsStart(string html, int call)
    {
        var scriptStart = html.LastIndexOf("<script", call, StringComparison.OrdinalIgnoreCase);
        var data = html.LastIndexOf("var data", call, StringComparison.Ordinal);
        return data > scriptStart ? data : call;
    }

    /// <summary>
    /// The chart as page markup: a container of class <c>book-chart</c> holding the target element, then a script
    /// that draws into it with the global <c>Plotly</c> (loaded once in the page's head).
    /// </summary>
    public string ToHtml()
    {
        var id = System.Net.WebUtility.HtmlEncode(DivId);
        return $"<div class=\"book-chart\"><div id=\"{id}\"></div></div>\n<script>(function () {{\n{Script}\n}})();</script>";
    }

    [GeneratedRegex("""^\s*(?<q>['"])(?<id>[A-Za-z0-9_\-:.]+)\k<q>\s*,""")]
    private static partial Regex FirstArgument();
}

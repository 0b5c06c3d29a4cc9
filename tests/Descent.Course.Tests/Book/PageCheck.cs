using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Descent.Course.Tests.Book;

/// <summary>What a book page's self-check (assets/book/book-check.js, opened with <c>?check</c>) saw in the browser.</summary>
internal sealed partial record PageCheck(
    string Page,
    bool Ready,
    string? Plotly,
    int Charts,
    int Drawn,
    int Math,
    int Katex,
    int Untypeset,
    int KatexErrors,
    IReadOnlyList<string> StrayDollars,
    int Highlighted,
    int WaitedMs,
    IReadOnlyList<string> Errors,
    string? Theme = null,
    string? Background = null)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>
    /// Opens <paramref name="file"/> with <c>?check</c> in headless chromium and reads the result. A dump without a
    /// result (a browser that crashed or ran out of virtual time on a loaded machine) is retried once with more time.
    /// </summary>
    public static PageCheck Open(string file, string query = "")
    {
        var name = Path.GetFileName(file);
        var dom = HeadlessChromium.DumpDom(file, "?check" + query);
        if (!CheckElement().IsMatch(dom))
        {
            dom = HeadlessChromium.DumpDom(file, "?check" + query, virtualTimeMilliseconds: 30_000);
        }

        return FromDom(name, dom);
    }

    /// <summary>Reads the check out of a DOM dump, or fails showing the start of the dump.</summary>
    public static PageCheck FromDom(string page, string dom)
    {
        var match = CheckElement().Match(dom);
        if (!match.Success)
        {
            Assert.Fail($"{page}: the page wrote no <pre id=\"book-check\"> (did its scripts run?). DOM dump starts with:\n{dom[..System.Math.Min(dom.Length, 2000)]}");
        }

        return JsonSerializer.Deserialize<PageCheck>(WebUtility.HtmlDecode(match.Groups["json"].Value), Options)
            ?? throw new InvalidOperationException($"{page}: empty check result.");
    }

    [GeneratedRegex("""<pre id="book-check">(?<json>.*?)</pre>""", RegexOptions.Singleline)]
    private static partial Regex CheckElement();
}

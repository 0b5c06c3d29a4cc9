using System.Text.RegularExpressions;

namespace Descent.Course.Tests.Book;

/// <summary>Small regular-expression queries over the generated HTML.</summary>
internal static partial class HtmlQuery
{
    /// <summary>The values of every src and href attribute.</summary>
    public static IReadOnlyList<string> References(string html) =>
        Reference().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["url"].Value)).ToList();

    /// <summary>What the browser loads by itself: every src attribute and the href of every link element.</summary>
    public static IReadOnlyList<string> LoadedResources(string html) =>
        Source().Matches(html).Concat(LinkElement().Matches(html)).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["url"].Value)).ToList();

    /// <summary>Relative references (not data:, not a scheme, not an anchor of the same page), without their anchor.</summary>
    public static IReadOnlyList<string> RelativeReferences(string html) =>
        References(html)
            .Where(url => !url.StartsWith('#') && !url.Contains(':') && !url.StartsWith("//", StringComparison.Ordinal))
            .Select(url => url.Split('#')[0])
            .ToList();

    /// <summary>The src of every script element that has one.</summary>
    public static IReadOnlyList<string> ScriptSources(string html) =>
        ScriptSource().Matches(html).Select(m => m.Groups["url"].Value).ToList();

    /// <summary>How many times <paramref name="text"/> occurs.</summary>
    public static int Count(string html, string text) => Regex.Matches(html, Regex.Escape(text)).Count;

    [GeneratedRegex("""\b(?:src|href)="(?<url>[^"]*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Reference();

    [GeneratedRegex("""\bsrc="(?<url>[^"]*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Source();

    [GeneratedRegex("""<link\b[^>]*\bhref="(?<url>[^"]*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex LinkElement();

    [GeneratedRegex("""<script\b[^>]*\bsrc="(?<url>[^"]*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ScriptSource();
}

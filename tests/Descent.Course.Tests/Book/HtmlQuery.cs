using System.Text.RegularExpressions;

namespace Descent.Course.Tests.Book;

/// <summary>Small regular-expression queries over the generated HTML.</summary>
internal static partial class HtmlQuery
{
    /// <summary>The values of every src and href attribute.</summary>
    public static IReadOnlyList<string> References(string html) =>
        Reference().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["url"].Value)).ToList();

    /// <summary>The src of every script element that has one.</summary>
    public static IReadOnlyList<string> ScriptSources(string html) =>
        ScriptSource().Matches(html).Select(m => m.Groups["url"].Value).ToList();

    /// <summary>How many times <paramref name="text"/> occurs.</summary>
    public static int Count(string html, string text) => Regex.Matches(html, Regex.Escape(text)).Count;

    [GeneratedRegex("""\b(?:src|href)="(?<url>[^"]*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Reference();

    [GeneratedRegex("""<script\b[^>]*\bsrc="(?<url>[^"]*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ScriptSource();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Descent.Course.Tests.Notebooks;

/// <summary>
/// The numbers a lesson's text states, and whether a cell accounts for each: printed in an output (after rounding to
/// the decimals the text uses) or written as a literal in the code. Integers 0–12 (counts, lesson numbers, exponents,
/// formula constants) and years are free.
/// </summary>
public static partial class ProseNumbers
{
    /// <summary>The numbers of a markdown cell, outside code, link targets and HTML tags, as written.</summary>
    public static IEnumerable<string> InMarkdown(string markdown)
    {
        var text = FencedCode().Replace(markdown, " ");
        text = InlineCode().Replace(text, " ");
        text = LinkTarget().Replace(text, "] ");
        text = HtmlTag().Replace(text, " ");
        return ProseNumber().Matches(JoinThousands(text)).Select(match => match.Value);
    }

    /// <summary>Every number in output text or code (exponents and digit separators understood).</summary>
    public static IEnumerable<double> InText(string text) =>
        AnyNumber().Matches(JoinThousands(HtmlTag().Replace(text, " | ").Replace("_", "")))
            .Select(match => double.Parse(match.Value, CultureInfo.InvariantCulture));

    /// <summary>True for an integer 0–12 or a year 1900–2099.</summary>
    public static bool IsFree(string number) =>
        int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
        && (value <= 12 || (number.Length == 4 && value is >= 1900 and <= 2099));

    /// <summary>True when <paramref name="known"/>, rounded to the decimals of <paramref name="number"/>, is that number.</summary>
    public static bool Accounts(string number, double known)
    {
        var decimals = number.Contains('.') ? number.Length - number.IndexOf('.') - 1 : 0;
        var stated = double.Parse(number, CultureInfo.InvariantCulture);
        return Math.Abs(known) == stated
            || Math.Abs(known).ToString("F" + decimals, CultureInfo.InvariantCulture) == stated.ToString("F" + decimals, CultureInfo.InvariantCulture);
    }

    private static string JoinThousands(string text) => ThousandsSeparator().Replace(text, "");

    [GeneratedRegex("```.*?```", RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\]\([^)]*\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"(?<=\d)[ \u00A0\u2009\u202F,](?=\d{3}(?!\d))")]
    private static partial Regex ThousandsSeparator();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_.])\d+(?:\.\d+)?(?![\p{L}\p{N}_])")]
    private static partial Regex ProseNumber();

    [GeneratedRegex(@"\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")]
    private static partial Regex AnyNumber();
}

using System.Text.RegularExpressions;

namespace Descent.Course.Classroom.Grading;

/// <summary>
/// Makes an error message fit for feedback: short type names, at most a few lines, and every hidden-test line that
/// appears in it replaced by "[hidden]" (a message built by the test's own code could otherwise quote it).
/// </summary>
public static partial class FeedbackText
{
    /// <summary>Longest message kept, in characters.</summary>
    public const int MaxLength = 600;

    /// <summary>Most lines kept.</summary>
    public const int MaxLines = 6;

    /// <summary>The redacted, shortened message.</summary>
    public static string Clean(string? message, IReadOnlyList<string> hiddenLines)
    {
        var text = (message ?? "").ReplaceLineEndings("\n").Trim();
        foreach (var line in hiddenLines.OrderByDescending(l => l.Length))
        {
            text = text.Replace(line, "[hidden]", StringComparison.Ordinal);
        }

        text = QualifiedType().Replace(text, "${type}");
        var lines = text.Split('\n').Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count > MaxLines)
        {
            lines = [.. lines.Take(MaxLines), $"… ({lines.Count - MaxLines} more lines)"];
        }

        text = string.Join('\n', lines);
        return text.Length > MaxLength ? text[..MaxLength] + " …" : text;
    }

    // "Descent.Teaching.Exercise+ExpectationFailedException: ..." reads better as "ExpectationFailedException: ...".
    [GeneratedRegex(@"\b(?:[A-Za-z_]\w*[.+])+(?<type>\w*(?:Exception|Error))\b")]
    private static partial Regex QualifiedType();
}

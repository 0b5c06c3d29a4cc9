using System.Text.RegularExpressions;

namespace Descent.Course.Classroom.Grading;

/// <summary>
/// Makes an error message fit for feedback: short type names, at most a few lines, and withheld as a whole when it
/// quotes hidden test code in any spacing (a student's method can capture its caller's text, for instance with
/// <c>[CallerArgumentExpression]</c>, and throw it from a later cell).
/// </summary>
public static partial class FeedbackText
{
    /// <summary>Longest message kept, in characters.</summary>
    public const int MaxLength = 600;

    /// <summary>Most lines kept.</summary>
    public const int MaxLines = 6;

    /// <summary>What stands for a message that quotes hidden test code.</summary>
    public const string Withheld = "[message withheld: it quotes hidden test code]";

    /// <summary>The shortened message, or <see cref="Withheld"/> when it quotes one of <paramref name="hiddenPieces"/>.</summary>
    public static string Clean(string? message, IReadOnlySet<string> hiddenPieces)
    {
        var text = (message ?? "").ReplaceLineEndings("\n").Trim();
        if (Release.SecretText.QuotesHiddenTests(text, hiddenPieces))
        {
            return Withheld;
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

using System.Globalization;
using System.Text;

namespace Descent.Course.Classroom.Markers;

/// <summary>The text that must never reach a student: the lines inside solution regions and hidden-test regions (markers and
/// hints excluded, lines shorter than <see cref="MinimumLength"/> too common to count) that do not also appear in the
/// public part of the notebook.</summary>
public static class SecretText
{
    /// <summary>Lines shorter than this (after trimming) are too common to test for: <c>}</c>, <c>return x;</c>.</summary>
    public const int MinimumLength = 8;

    /// <summary>Length of the pieces of hidden test text that <see cref="QuotesHiddenTests"/> looks for, whitespace removed.</summary>
    public const int PieceLength = 16;

    private static readonly string[] PublicTypeNames = [.. new[] { typeof(object).Assembly, typeof(Descent.Teaching.Claim).Assembly }
        .SelectMany(assembly => assembly.GetExportedTypes()).Select(type => type.FullName ?? type.Name)];

    /// <summary>The solution lines of <paramref name="assignment"/>.</summary>
    public static IReadOnlyList<string> SolutionLines(AssignmentNotebook assignment) => Secret(assignment, cell => cell.Solutions);

    /// <summary>The hidden test lines of <paramref name="assignment"/>.</summary>
    public static IReadOnlyList<string> HiddenTestLines(AssignmentNotebook assignment) => Secret(assignment, cell => cell.Hidden);

    /// <summary>The secret lines that occur in <paramref name="text"/> (empty when none leaked).</summary>
    public static IReadOnlyList<string> FindLeaks(AssignmentNotebook assignment, string text) =>
        SolutionLines(assignment).Concat(HiddenTestLines(assignment)).Where(line => text.Contains(line, StringComparison.Ordinal)).Distinct().ToList();

    /// <summary>Every piece of <see cref="PieceLength"/> characters of the hidden tests (whitespace and invisible characters
    /// removed, Unicode normalised) that does not also occur in the notebook's public text or in the name of a public
    /// type of .NET or the course library (an exception a student throws is named in its message).</summary>
    public static IReadOnlySet<string> HiddenTestPieces(AssignmentNotebook assignment)
    {
        var publicPieces = Pieces(Squeeze(string.Join('\n', assignment.Cells.Select(StubWriter.ReleaseSource)))).ToHashSet(StringComparer.Ordinal);
        publicPieces.UnionWith(PublicTypeNames.SelectMany(Pieces));
        return HiddenTestLines(assignment).SelectMany(line => Pieces(Squeeze(line))).Where(p => !publicPieces.Contains(p)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>True when <paramref name="text"/>, however re-spaced, quotes a piece of hidden test code.</summary>
    public static bool QuotesHiddenTests(string text, IReadOnlySet<string> pieces) => pieces.Count > 0 && Pieces(Squeeze(text)).Any(pieces.Contains);

    private static string Squeeze(string text) => new(text.Normalize(NormalizationForm.FormKC)
        .Where(c => !char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) is not (UnicodeCategory.Format or UnicodeCategory.Control)).ToArray());

    private static IEnumerable<string> Pieces(string text) =>
        Enumerable.Range(0, Math.Max(0, text.Length - PieceLength + 1)).Select(i => text.Substring(i, PieceLength));

    private static List<string> Secret(AssignmentNotebook assignment, Func<AssignmentCell, IReadOnlyList<LineRegion>> regions)
    {
        var inside = new List<string>();
        var outside = new List<string>();
        foreach (var cell in assignment.Cells.Where(c => c.Kind == "code"))
        {
            var lines = cell.Lines;
            for (var i = 0; i < lines.Length; i++)
            {
                var trimmed = lines[i].Trim();
                var region = cell.Solutions.Concat(cell.Hidden).FirstOrDefault(r => r.Contains(i));
                if (region is null || CellMarkerParser.Classify(lines[i]) == MarkerKind.Hint)
                {
                    outside.Add(trimmed);
                }
                else if (regions(cell).Contains(region) && i != region.Begin && i != region.End && trimmed.Length >= MinimumLength)
                {
                    inside.Add(trimmed);
                }
            }
        }

        // A line that also stands in the public text (or inside a longer public line) is not a secret.
        var publicText = string.Join('\n', outside.Concat(assignment.Cells.Where(c => c.Kind != "code").Select(c => c.Source)));
        return inside.Where(line => !publicText.Contains(line, StringComparison.Ordinal)).Distinct().ToList();
    }
}

using Descent.Course.Classroom.Markers;

namespace Descent.Course.Classroom.Release;

/// <summary>
/// The text that must never reach a student: the lines inside solution regions and hidden-test regions (markers and
/// hints excluded) that do not also appear in the public part of the notebook.
/// </summary>
public static class SecretText
{
    /// <summary>Lines shorter than this (after trimming) are too common to test for: <c>}</c>, <c>return x;</c>.</summary>
    public const int MinimumLength = 8;

    /// <summary>The solution lines of <paramref name="assignment"/>.</summary>
    public static IReadOnlyList<string> SolutionLines(AssignmentNotebook assignment) =>
        Secret(assignment, cell => cell.Solutions);

    /// <summary>The hidden test lines of <paramref name="assignment"/>.</summary>
    public static IReadOnlyList<string> HiddenTestLines(AssignmentNotebook assignment) =>
        Secret(assignment, cell => cell.Hidden);

    /// <summary>The secret lines that occur in <paramref name="text"/> (empty when none leaked).</summary>
    public static IReadOnlyList<string> FindLeaks(AssignmentNotebook assignment, string text) =>
        SolutionLines(assignment).Concat(HiddenTestLines(assignment))
            .Where(line => text.Contains(line, StringComparison.Ordinal))
            .Distinct()
            .ToList();

    private static List<string> Secret(AssignmentNotebook assignment, Func<AssignmentCell, IReadOnlyList<LineRegion>> regions)
    {
        var inside = new List<string>();
        var outside = new List<string>();
        foreach (var cell in assignment.Cells.Where(c => c.Kind == "code"))
        {
            var lines = cell.Lines;
            var secretRegions = cell.Solutions.Concat(cell.Hidden).ToList();
            for (var i = 0; i < lines.Length; i++)
            {
                var trimmed = lines[i].Trim();
                var region = secretRegions.FirstOrDefault(r => r.Contains(i));
                if (region is null || MarkerSyntax.Classify(lines[i]) == MarkerKind.Hint)
                {
                    outside.Add(trimmed);
                }
                else if (regions(cell).Contains(region) && i != region.Begin && i != region.End
                         && MarkerSyntax.Classify(lines[i]) != MarkerKind.Hint && trimmed.Length >= MinimumLength)
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

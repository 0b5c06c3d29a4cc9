using System.Globalization;

namespace Descent.Course.Classroom.Markers;

/// <summary>
/// Reads the markers of one cell and checks that they are well formed: regions balanced and not nested, solution
/// regions only in code cells, hidden tests only in test cells, a test header only on a test cell's first line and
/// always with points.
/// </summary>
public static class CellMarkerParser
{
    /// <summary>Points above this are taken for a typo.</summary>
    public const decimal MaxPointsPerTest = 1000;

    /// <summary>Parses one cell.</summary>
    /// <param name="path">The notebook (names it in errors).</param>
    /// <param name="number">The 1-based cell number.</param>
    /// <param name="kind">"code", "markdown" or "raw".</param>
    /// <param name="source">The cell's text.</param>
    /// <param name="language">The kernel of a code cell.</param>
    /// <param name="isFirstCodeCell">True for the notebook's first code cell (the set-up cell when it holds only magic commands).</param>
    /// <exception cref="AssignmentFormatException">A marker is malformed.</exception>
    public static AssignmentCell Parse(string path, int number, string kind, string source, string language, bool isFirstCodeCell)
    {
        source = source.ReplaceLineEndings("\n");
        if (kind != "code")
        {
            return new AssignmentCell(number, kind, source, language, CellRole.Text, null, [], []);
        }

        var lines = source.Split('\n');
        var headerIndex = Array.FindIndex(lines, line => line.Trim().Length > 0);
        var header = headerIndex >= 0 && MarkerSyntax.Classify(lines[headerIndex]) == MarkerKind.Test
            ? ParseHeader(path, number, headerIndex, lines[headerIndex])
            : null;
        var role = header is not null ? CellRole.Test
            : isFirstCodeCell && IsSetup(lines) ? CellRole.Setup
            : CellRole.Code;

        var solutions = new List<LineRegion>();
        var hidden = new List<LineRegion>();
        int? openSolution = null;
        int? openHidden = null;
        var hints = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            void Fail(string problem) => throw new AssignmentFormatException(path, number, i + 1, problem);
            switch (MarkerSyntax.Classify(lines[i]))
            {
                case MarkerKind.Malformed:
                    Fail($"\"{lines[i].Trim()}\" looks like a marker but is not spelled as one; the markers are " +
                         $"{MarkerSyntax.BeginSolution}, {MarkerSyntax.EndSolution}, {MarkerSyntax.HintPrefix} text, " +
                         $"{MarkerSyntax.TestPrefix} name (points: N), {MarkerSyntax.BeginHiddenTests}, {MarkerSyntax.EndHiddenTests}");
                    break;
                case MarkerKind.Test when i != headerIndex:
                    Fail($"\"{MarkerSyntax.TestPrefix}\" must be the first line of a test cell");
                    break;
                case MarkerKind.BeginSolution:
                    if (role == CellRole.Test) Fail("a test cell cannot hold a solution region: put the solution in a code cell above it");
                    if (openSolution is { } open) Fail($"{MarkerSyntax.BeginSolution} inside the solution region opened on line {open + 1}: regions do not nest");
                    openSolution = i;
                    hints.Clear();
                    break;
                case MarkerKind.EndSolution:
                    if (openSolution is not { } begin) { Fail($"{MarkerSyntax.EndSolution} without a {MarkerSyntax.BeginSolution} above it"); break; }
                    solutions.Add(new LineRegion(begin, i, string.Join(" ", hints)));
                    openSolution = null;
                    break;
                case MarkerKind.Hint:
                    if (openSolution is null) Fail($"{MarkerSyntax.HintPrefix} belongs inside a solution region (between {MarkerSyntax.BeginSolution} and {MarkerSyntax.EndSolution})");
                    hints.Add(MarkerSyntax.HintText(lines[i]));
                    break;
                case MarkerKind.BeginHiddenTests:
                    if (role != CellRole.Test) Fail($"{MarkerSyntax.BeginHiddenTests} outside a test cell: a test cell starts with \"{MarkerSyntax.TestPrefix} name (points: N)\"");
                    if (openHidden is { } openH) Fail($"{MarkerSyntax.BeginHiddenTests} inside the hidden region opened on line {openH + 1}: regions do not nest");
                    openHidden = i;
                    break;
                case MarkerKind.EndHiddenTests:
                    if (openHidden is not { } beginH) { Fail($"{MarkerSyntax.EndHiddenTests} without a {MarkerSyntax.BeginHiddenTests} above it"); break; }
                    hidden.Add(new LineRegion(beginH, i));
                    openHidden = null;
                    break;
            }
        }

        if (openSolution is { } unclosed)
        {
            throw new AssignmentFormatException(path, number, unclosed + 1, $"{MarkerSyntax.BeginSolution} has no {MarkerSyntax.EndSolution}");
        }

        if (openHidden is { } unclosedHidden)
        {
            throw new AssignmentFormatException(path, number, unclosedHidden + 1, $"{MarkerSyntax.BeginHiddenTests} has no {MarkerSyntax.EndHiddenTests}");
        }

        var cell = new AssignmentCell(number, kind, source, language, role, header, solutions, hidden);
        if (role == CellRole.Test && !cell.HasVisibleTestCode && hidden.Count == 0)
        {
            throw new AssignmentFormatException(path, number, headerIndex + 1, $"test \"{header!.Name}\" has no code");
        }

        return cell;
    }

    /// <summary>True when every non-blank line is a magic command (<c>#!import</c>, <c>#r</c>, ...).</summary>
    public static bool IsSetup(IEnumerable<string> lines)
    {
        var code = lines.Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        return code.Count > 0 && code.All(line => line.StartsWith('#'));
    }

    private static TestHeader ParseHeader(string path, int number, int index, string line)
    {
        var text = MarkerSyntax.TestText(line);
        if (!MarkerSyntax.TrySplitTestText(text, out var name, out var pointsText))
        {
            var shown = text.Length == 0 ? "name" : text;
            throw new AssignmentFormatException(path, number, index + 1,
                $"test \"{text}\" has no points: write \"{MarkerSyntax.TestPrefix} {shown} (points: 2)\"");
        }

        if (name.Length == 0)
        {
            throw new AssignmentFormatException(path, number, index + 1,
                $"test has no name: write \"{MarkerSyntax.TestPrefix} name (points: {pointsText})\"");
        }

        if (!decimal.TryParse(pointsText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var points)
            || points <= 0 || points > MaxPointsPerTest)
        {
            throw new AssignmentFormatException(path, number, index + 1,
                $"test \"{name}\": points must be a number greater than 0 and at most {MaxPointsPerTest}, not \"{pointsText}\"");
        }

        return new TestHeader(name, points);
    }
}

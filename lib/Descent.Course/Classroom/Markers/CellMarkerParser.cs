using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Descent.Course.Classroom.Markers;

/// <summary>What a line of a code cell is: ordinary code, one of the markers, or a line that looks like a marker but is not spelled as one.</summary>
public enum MarkerKind { None, BeginSolution, EndSolution, BeginHiddenTests, EndHiddenTests, Hint, Test, Malformed }

/// <summary>Reads the markers of one cell and checks that they are well formed: regions balanced and not nested, solution
/// regions only in code cells, hidden tests only in test cells, a test header only on a test cell's first line and
/// always with points. Each marker is a whole comment line; leading whitespace and the space after <c>//</c> are
/// optional, the words are upper case.</summary>
public static partial class CellMarkerParser
{
    /// <summary>Opens a solution region (replaced by a stub in the release).</summary>
    public const string BeginSolution = "// BEGIN SOLUTION";

    /// <summary>Closes a solution region.</summary>
    public const string EndSolution = "// END SOLUTION";

    /// <summary>Opens hidden tests inside a test cell (removed from the release, run at grading).</summary>
    public const string BeginHiddenTests = "// BEGIN HIDDEN TESTS";

    /// <summary>Closes hidden tests.</summary>
    public const string EndHiddenTests = "// END HIDDEN TESTS";

    /// <summary>Starts a hint line inside a solution region; its text becomes the stub's exception message.</summary>
    public const string HintPrefix = "// HINT:";

    /// <summary>The first line of a graded test cell, e.g. <c>// TEST: update rule (points: 2)</c>.</summary>
    public const string TestPrefix = "// TEST:";

    /// <summary>Points above this are taken for a typo.</summary>
    public const decimal MaxPointsPerTest = 1000;

    private static readonly CSharpParseOptions Script = CSharpParseOptions.Default.WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Preview);

    /// <summary>Parses one cell; <paramref name="isFirstCodeCell"/> is true for the notebook's first code cell (the set-up cell when it holds only magic commands).</summary>
    /// <exception cref="AssignmentFormatException">A marker is malformed (names <paramref name="path"/>, the cell and the line).</exception>
    public static AssignmentCell Parse(string path, int number, string kind, string source, string language, bool isFirstCodeCell)
    {
        source = source.ReplaceLineEndings("\n");
        if (kind != "code")
        {
            return new AssignmentCell(number, kind, source, language, CellRole.Text, null, [], []);
        }

        var lines = source.Split('\n');
        var headerIndex = Array.FindIndex(lines, line => line.Trim().Length > 0);
        var header = headerIndex >= 0 && Classify(lines[headerIndex]) == MarkerKind.Test
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
            switch (Classify(lines[i]))
            {
                case MarkerKind.Malformed:
                    Fail($"\"{lines[i].Trim()}\" looks like a marker but is not spelled as one; the markers are " +
                         $"{BeginSolution}, {EndSolution}, {HintPrefix} text, {TestPrefix} name (points: N), {BeginHiddenTests}, {EndHiddenTests}");
                    break;
                case MarkerKind.Test when i != headerIndex:
                    Fail($"\"{TestPrefix}\" must be the first line of a test cell");
                    break;
                case MarkerKind.BeginSolution:
                    if (role == CellRole.Test) Fail("a test cell cannot hold a solution region: put the solution in a code cell above it");
                    if (openSolution is { } open) Fail($"{BeginSolution} inside the solution region opened on line {open + 1}: regions do not nest");
                    openSolution = i;
                    hints.Clear();
                    break;
                case MarkerKind.EndSolution:
                    if (openSolution is not { } begin) { Fail($"{EndSolution} without a {BeginSolution} above it"); break; }
                    solutions.Add(new LineRegion(begin, i, string.Join(" ", hints)));
                    openSolution = null;
                    break;
                case MarkerKind.Hint:
                    if (openSolution is null) Fail($"{HintPrefix} belongs inside a solution region (between {BeginSolution} and {EndSolution})");
                    hints.Add(Marker().Match(lines[i]).Groups["text"].Value.Trim());
                    break;
                case MarkerKind.BeginHiddenTests:
                    if (role != CellRole.Test) Fail($"{BeginHiddenTests} outside a test cell: a test cell starts with \"{TestPrefix} name (points: N)\"");
                    if (openHidden is { } openH) Fail($"{BeginHiddenTests} inside the hidden region opened on line {openH + 1}: regions do not nest");
                    openHidden = i;
                    break;
                case MarkerKind.EndHiddenTests:
                    if (openHidden is not { } beginH) { Fail($"{EndHiddenTests} without a {BeginHiddenTests} above it"); break; }
                    hidden.Add(new LineRegion(beginH, i));
                    openHidden = null;
                    break;
            }
        }

        if ((openSolution ?? openHidden) is { } unclosed)
        {
            throw new AssignmentFormatException(path, number, unclosed + 1,
                openSolution is not null ? $"{BeginSolution} has no {EndSolution}" : $"{BeginHiddenTests} has no {EndHiddenTests}");
        }

        // A test needs a code line outside its header and hidden regions, or hidden tests.
        if (role == CellRole.Test && hidden.Count == 0 && lines.Skip(1).All(IsBlankOrComment))
        {
            throw new AssignmentFormatException(path, number, headerIndex + 1, $"test \"{header!.Name}\" has no code");
        }

        return new AssignmentCell(number, kind, source, language, role, header, solutions, hidden);
    }

    /// <summary>The kind of marker a line is, if any.</summary>
    public static MarkerKind Classify(string line)
    {
        var match = Marker().Match(line);
        return match.Success ? Enum.Parse<MarkerKind>(match.Groups["kind"].Value.Replace(" ", ""), ignoreCase: true)
            : NearMiss().IsMatch(line) ? MarkerKind.Malformed
            : MarkerKind.None;
    }

    /// <summary>The test name on a <c>// TEST: name (points: N)</c> line (null for another line) and its points text (null without points).</summary>
    public static string? TestName(string line, out string? points)
    {
        var match = Marker().Match(line);
        var text = match.Success && match.Groups["kind"].Value == "TEST" ? match.Groups["text"].Value.Trim() : null;
        var split = text is null ? Match.Empty : NameAndPoints().Match(text);
        points = split.Success ? split.Groups["points"].Value.Trim() : null;
        return split.Success ? split.Groups["name"].Value.Trim() : text;
    }

    /// <summary>True when every non-blank line is a magic command (<c>#!import</c>, <c>#r</c>, ...).</summary>
    public static bool IsSetup(IReadOnlyList<string> lines) =>
        lines.Any(line => line.Trim().Length > 0) && lines.All(line => line.Trim().Length == 0 || line.TrimStart().StartsWith('#'));

    /// <summary>True for a blank line or a <c>//</c> comment.</summary>
    public static bool IsBlankOrComment(string line) => line.Trim().Length == 0 || line.TrimStart().StartsWith("//", StringComparison.Ordinal);

    /// <summary>The C# script syntax of a cell, magic command lines (not C#) blanked so that lines keep their numbers.</summary>
    public static SyntaxTree ParseCSharp(string source) => CSharpSyntaxTree.ParseText(
        string.Join('\n', source.Split('\n').Select(line => line.TrimStart().StartsWith('#') ? "" : line)), Script);

    private static TestHeader ParseHeader(string path, int number, int index, string line)
    {
        var name = TestName(line, out var pointsText)!;
        if (pointsText is null)
        {
            var shown = name.Length == 0 ? "name" : name;
            throw new AssignmentFormatException(path, number, index + 1, $"test \"{name}\" has no points: write \"{TestPrefix} {shown} (points: 2)\"");
        }

        if (name.Length == 0)
        {
            throw new AssignmentFormatException(path, number, index + 1, $"test has no name: write \"{TestPrefix} name (points: {pointsText})\"");
        }

        if (!decimal.TryParse(pointsText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var points)
            || points <= 0 || points > MaxPointsPerTest)
        {
            throw new AssignmentFormatException(path, number, index + 1,
                $"test \"{name}\": points must be a number greater than 0 and at most {MaxPointsPerTest}, not \"{pointsText}\"");
        }

        return new TestHeader(name, points);
    }

    [GeneratedRegex(@"^\s*//\s*(?:(?<kind>BEGIN SOLUTION|END SOLUTION|BEGIN HIDDEN TESTS|END HIDDEN TESTS)\s*$|(?<kind>HINT|TEST):(?<text>.*)$)")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?<name>.*?)\(\s*points\s*:\s*(?<points>[^()]*)\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NameAndPoints();

    // Lines meant as markers but mistyped: "// begin solution", "// END HIDDEN TEST", "// test: x", "// Hint - ...".
    [GeneratedRegex(@"^\s*//\s*((BEGIN|END)\s*(SOLUTION|HIDDEN)|TESTS?\s*[-:=]|HINTS?\s*[-:=])", RegexOptions.IgnoreCase)]
    private static partial Regex NearMiss();
}

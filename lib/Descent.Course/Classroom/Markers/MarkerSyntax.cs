using System.Text.RegularExpressions;

namespace Descent.Course.Classroom.Markers;

/// <summary>
/// The comment lines that mark up an assignment's code cells. Each marker is a whole line; leading whitespace and the
/// space after <c>//</c> are optional, the words are upper case.
/// </summary>
public static partial class MarkerSyntax
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

    /// <summary>The kind of marker a line is, if any.</summary>
    public static MarkerKind Classify(string line)
    {
        if (BeginSolutionLine().IsMatch(line)) return MarkerKind.BeginSolution;
        if (EndSolutionLine().IsMatch(line)) return MarkerKind.EndSolution;
        if (BeginHiddenLine().IsMatch(line)) return MarkerKind.BeginHiddenTests;
        if (EndHiddenLine().IsMatch(line)) return MarkerKind.EndHiddenTests;
        if (HintLine().IsMatch(line)) return MarkerKind.Hint;
        if (TestLine().IsMatch(line)) return MarkerKind.Test;
        if (NearMiss().IsMatch(line)) return MarkerKind.Malformed;
        return MarkerKind.None;
    }

    /// <summary>The text of a <c>// HINT:</c> line.</summary>
    public static string HintText(string line) => HintLine().Match(line).Groups["text"].Value.Trim();

    /// <summary>What follows <c>// TEST:</c> on a test line.</summary>
    public static string TestText(string line) => TestLine().Match(line).Groups["text"].Value.Trim();

    /// <summary>Splits <c>name (points: 2)</c> into the name and the points text; false when there are no points.</summary>
    public static bool TrySplitTestText(string text, out string name, out string points)
    {
        var match = NameAndPoints().Match(text);
        name = match.Success ? match.Groups["name"].Value.Trim() : text.Trim();
        points = match.Success ? match.Groups["points"].Value.Trim() : "";
        return match.Success;
    }

    [GeneratedRegex(@"^\s*//\s*BEGIN SOLUTION\s*$")]
    private static partial Regex BeginSolutionLine();

    [GeneratedRegex(@"^\s*//\s*END SOLUTION\s*$")]
    private static partial Regex EndSolutionLine();

    [GeneratedRegex(@"^\s*//\s*BEGIN HIDDEN TESTS\s*$")]
    private static partial Regex BeginHiddenLine();

    [GeneratedRegex(@"^\s*//\s*END HIDDEN TESTS\s*$")]
    private static partial Regex EndHiddenLine();

    [GeneratedRegex(@"^\s*//\s*HINT:(?<text>.*)$")]
    private static partial Regex HintLine();

    [GeneratedRegex(@"^\s*//\s*TEST:(?<text>.*)$")]
    private static partial Regex TestLine();

    [GeneratedRegex(@"^(?<name>.*?)\(\s*points\s*:\s*(?<points>[^()]*)\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NameAndPoints();

    // Lines meant as markers but mistyped: "// begin solution", "// END HIDDEN TEST", "// test: x", "// Hint - ...".
    [GeneratedRegex(@"^\s*//\s*((BEGIN|END)\s*(SOLUTION|HIDDEN)|TESTS?\s*[-:=]|HINTS?\s*[-:=])", RegexOptions.IgnoreCase)]
    private static partial Regex NearMiss();
}

namespace Descent.Course.Classroom.Markers;

/// <summary>What a line of a code cell is, as far as the assignment markers go.</summary>
public enum MarkerKind
{
    /// <summary>Ordinary code.</summary>
    None,

    /// <summary><c>// BEGIN SOLUTION</c></summary>
    BeginSolution,

    /// <summary><c>// END SOLUTION</c></summary>
    EndSolution,

    /// <summary><c>// BEGIN HIDDEN TESTS</c></summary>
    BeginHiddenTests,

    /// <summary><c>// END HIDDEN TESTS</c></summary>
    EndHiddenTests,

    /// <summary><c>// HINT: ...</c></summary>
    Hint,

    /// <summary><c>// TEST: name (points: N)</c></summary>
    Test,

    /// <summary>A line that looks like a marker but is not spelled as one.</summary>
    Malformed,
}

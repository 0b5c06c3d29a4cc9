namespace Descent.Course.Classroom.Markers;

/// <summary>
/// A marked region of a cell: the 0-based line indices of its BEGIN and END marker lines (the content is the lines in
/// between).
/// </summary>
/// <param name="Begin">Index of the BEGIN line.</param>
/// <param name="End">Index of the END line.</param>
/// <param name="Hint">For a solution region, the text of its <c>// HINT:</c> lines (empty when there are none).</param>
public sealed record LineRegion(int Begin, int End, string Hint = "")
{
    /// <summary>True when line <paramref name="index"/> is one of the region's lines, markers included.</summary>
    public bool Contains(int index) => index >= Begin && index <= End;
}

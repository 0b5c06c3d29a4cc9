namespace Descent.Course.Classroom.Markers;

/// <summary>One cell of an assignment notebook with its markers parsed.</summary>
/// <param name="Number">1-based position among all cells, markdown included.</param>
/// <param name="Kind">"code", "markdown" or "raw".</param>
/// <param name="Source">The cell's text, with line endings normalized to <c>\n</c>.</param>
/// <param name="Language">The kernel of a code cell.</param>
/// <param name="Role">What the cell is for.</param>
/// <param name="Test">The test header of a test cell.</param>
/// <param name="Solutions">Solution regions (code cells).</param>
/// <param name="Hidden">Hidden test regions (test cells).</param>
public sealed record AssignmentCell(
    int Number,
    string Kind,
    string Source,
    string Language,
    CellRole Role,
    TestHeader? Test,
    IReadOnlyList<LineRegion> Solutions,
    IReadOnlyList<LineRegion> Hidden)
{
    /// <summary>The cell's lines.</summary>
    public string[] Lines => Source.Split('\n');

    /// <summary>True for a test cell with at least one code line outside its hidden regions and header.</summary>
    public bool HasVisibleTestCode => Role == CellRole.Test && Lines
        .Select((line, index) => (line, index))
        .Skip(1)
        .Any(x => !Hidden.Any(h => h.Contains(x.index)) && !IsBlankOrComment(x.line));

    private static bool IsBlankOrComment(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length == 0 || trimmed.StartsWith("//", StringComparison.Ordinal);
    }
}

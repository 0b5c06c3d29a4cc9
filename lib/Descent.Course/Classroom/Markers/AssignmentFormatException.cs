namespace Descent.Course.Classroom.Markers;

/// <summary>An assignment notebook whose markers are malformed; the message names the notebook, the cell and the line.</summary>
public sealed class AssignmentFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The assignment notebook.</param>
    /// <param name="cellNumber">The 1-based cell number (markdown cells included), or null for the whole notebook.</param>
    /// <param name="line">The 1-based line within the cell, if known.</param>
    /// <param name="problem">What is wrong and how to write it instead.</param>
    public AssignmentFormatException(string path, int? cellNumber, int? line, string problem)
        : base(Format(path, cellNumber, line, problem))
    {
        Path = path;
        CellNumber = cellNumber;
        Line = line;
        Problem = problem;
    }

    /// <summary>The assignment notebook.</summary>
    public string Path { get; }

    /// <summary>The 1-based cell number, or null when the problem is the notebook as a whole.</summary>
    public int? CellNumber { get; }

    /// <summary>The 1-based line within the cell, if known.</summary>
    public int? Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Format(string path, int? cellNumber, int? line, string problem)
    {
        var where = cellNumber is { } cell ? line is { } l ? $"cell {cell}, line {l}" : $"cell {cell}" : null;
        return where is null ? $"{path}: {problem}" : $"{path}, {where}: {problem}";
    }
}

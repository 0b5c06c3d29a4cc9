using Descent.Course.Engine;
using Descent.Course.Classroom.Markers;

namespace Descent.Course.Classroom.Release;

/// <summary>
/// Writes the student version of an assignment: solution regions become stubs, hidden tests are removed (a one-line
/// note says that more tests run at grading), every output and execution count is cleared. Everything else, metadata
/// included, is kept as the teacher wrote it.
/// </summary>
public static class ReleaseBuilder
{
    /// <summary>The line left where hidden tests were removed.</summary>
    public const string HiddenTestsNote = "// Hidden tests for this cell run when the assignment is graded.";

    /// <summary>The release as a new notebook document (the source is not changed).</summary>
    public static Notebook Build(AssignmentNotebook assignment)
    {
        var release = assignment.Document.Clone();
        for (var i = 0; i < assignment.Cells.Count; i++)
        {
            var cell = assignment.Cells[i];
            if (cell.Role is CellRole.Code or CellRole.Test)
            {
                release.SetSource(i, ReleaseSource(cell));
            }

            release.SetOutputs(i, []);
        }

        return release;
    }

    /// <summary>What a cell holds in the release.</summary>
    public static string ReleaseSource(AssignmentCell cell) => cell.Role switch
    {
        CellRole.Code => StubWriter.Stub(cell),
        CellRole.Test => WithoutHiddenTests(cell),
        _ => cell.Source,
    };

    private static string WithoutHiddenTests(AssignmentCell cell)
    {
        var lines = cell.Lines;
        var output = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var region = cell.Hidden.FirstOrDefault(r => r.Begin == i);
            if (region is null)
            {
                output.Add(lines[i]);
                continue;
            }

            var indent = lines[i][..(lines[i].Length - lines[i].TrimStart().Length)];
            output.Add(indent + HiddenTestsNote);
            i = region.End;
        }

        return string.Join('\n', output);
    }
}

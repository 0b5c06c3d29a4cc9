namespace Descent.Course.Classroom.Markers;

/// <summary>The part a cell plays in an assignment.</summary>
public enum CellRole
{
    /// <summary>Markdown or raw text: copied to the release, not run at grading.</summary>
    Text,

    /// <summary>The shared set-up cell (only magic commands such as <c>#!import ../setup.dib</c>).</summary>
    Setup,

    /// <summary>A code cell the student keeps or completes; may hold solution regions.</summary>
    Code,

    /// <summary>A graded test cell; may hold hidden tests. At grading the source's copy runs, never the student's.</summary>
    Test,
}

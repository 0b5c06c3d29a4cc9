using Descent.Course.Classroom.Markers;

namespace Descent.Course.Classroom.Grading;

/// <summary>Where a cell that runs at grading comes from.</summary>
public enum CellOrigin
{
    /// <summary>The source's set-up cell.</summary>
    Setup,

    /// <summary>A student's code cell.</summary>
    Student,

    /// <summary>A test cell from the source assignment, hidden tests included.</summary>
    Test,
}

/// <summary>One code cell of a grading run.</summary>
/// <param name="Source">The code.</param>
/// <param name="Language">The kernel.</param>
/// <param name="Origin">Where the cell comes from.</param>
/// <param name="StudentCellNumber">For a student cell, its number in the student's notebook.</param>
/// <param name="Test">For a test cell, the source's test cell.</param>
/// <param name="Hidden">For a test cell, true when it runs hidden tests: its failure message is never shown.</param>
public sealed record PlannedCell(string Source, string Language, CellOrigin Origin, int? StudentCellNumber, AssignmentCell? Test, bool Hidden = false);

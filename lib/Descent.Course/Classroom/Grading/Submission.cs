using Descent.Course.Classroom.Markers;

namespace Descent.Course.Classroom.Grading;

/// <summary>One notebook to grade: a student's file for an assignment, or its absence.</summary>
/// <param name="Student">The student (their folder's name).</param>
/// <param name="Assignment">The source assignment.</param>
/// <param name="Path">The submitted notebook, or null when the student handed none in.</param>
public sealed record Submission(string Student, AssignmentNotebook Assignment, string? Path);

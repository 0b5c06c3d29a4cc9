namespace Descent.Course.Classroom.Grading;

/// <summary>The grades of a class.</summary>
/// <param name="Results">One result per student and assignment, students in ordinal order.</param>
/// <param name="Warnings">Files ignored, sources restored, and the like.</param>
/// <param name="Elapsed">Wall-clock time of the whole grading run.</param>
public sealed record ClassGrades(IReadOnlyList<SubmissionResult> Results, IReadOnlyList<string> Warnings, TimeSpan Elapsed);

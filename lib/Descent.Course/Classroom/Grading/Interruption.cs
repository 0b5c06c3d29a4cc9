namespace Descent.Course.Classroom.Grading;

/// <summary>Why a grading run stopped before its last cell.</summary>
/// <param name="Status">The kind of stop.</param>
/// <param name="Reason">A sentence for the student, e.g. "stack overflow (a method that calls itself without end?)".</param>
public sealed record Interruption(SubmissionStatus Status, string Reason);

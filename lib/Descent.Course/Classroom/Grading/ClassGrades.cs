namespace Descent.Course.Classroom.Grading;

/// <summary>The grades of a class.</summary>
/// <param name="Results">One result per student and assignment, students in ordinal order.</param>
/// <param name="Warnings">Files ignored, sources restored, and the like.</param>
/// <param name="Elapsed">Wall-clock time of the whole grading run.</param>
/// <param name="Mode">How the children were isolated, in one sentence (see <see cref="Sandboxed"/>).</param>
/// <param name="Sandboxed">True when every child ran under bubblewrap; false in the weak mode.</param>
public sealed record ClassGrades(IReadOnlyList<SubmissionResult> Results, IReadOnlyList<string> Warnings, TimeSpan Elapsed, string Mode, bool Sandboxed)
{
    /// <summary>True when a source assignment was found changed after grading (and restored).</summary>
    public bool SourceChanged { get; init; }
}

namespace Descent.Course.Classroom.Grading;

/// <summary>The grade of one student's notebook for one assignment.</summary>
/// <param name="Student">The student (the name of their folder).</param>
/// <param name="Assignment">The assignment's name.</param>
/// <param name="Status">How grading ended.</param>
/// <param name="Tests">One outcome per test of the source, in source order.</param>
/// <param name="Notes">Further feedback: cells of the student's that failed, why the run stopped.</param>
/// <param name="Elapsed">Wall-clock time spent grading it.</param>
public sealed record SubmissionResult(
    string Student,
    string Assignment,
    SubmissionStatus Status,
    IReadOnlyList<TestOutcome> Tests,
    IReadOnlyList<string> Notes,
    TimeSpan Elapsed)
{
    /// <summary>The student's folder name as it is on disk (the name before normalisation).</summary>
    public string Folder { get; init; } = Student;

    /// <summary>What the policy check found in the student's cells (<see cref="PolicyCheck"/>); empty when nothing.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>Points earned.</summary>
    public decimal Points => Tests.Sum(t => t.Points);

    /// <summary>Points possible.</summary>
    public decimal Max => Tests.Sum(t => t.Max);
}

namespace Descent.Course.Classroom.Grading;

/// <summary>The grades of a class: one result per student and assignment (students in ordinal order), warnings (files ignored,
/// sources restored and the like), the wall-clock time of the whole run, how the children were isolated in one
/// sentence, whether every child ran under bubblewrap (false in the weak mode), and whether a source assignment was
/// found changed after grading (and restored).</summary>
public sealed record ClassGrades(IReadOnlyList<SubmissionResult> Results, IReadOnlyList<string> Warnings, TimeSpan Elapsed, string Mode, bool Sandboxed, bool SourceChanged);

/// <summary>The grade of one student's notebook for one assignment: the student (their folder's name normalised), the
/// assignment's name, how grading ended, one outcome per test of the source in source order, further feedback (the
/// student's cells that failed, why the run stopped) and the wall-clock time spent grading it.</summary>
public sealed record SubmissionResult(
    string Student, string Assignment, SubmissionStatus Status, IReadOnlyList<TestOutcome> Tests, IReadOnlyList<string> Notes, TimeSpan Elapsed)
{
    /// <summary>The student's folder name as it is on disk (the name before normalisation).</summary>
    public string Folder { get; init; } = Student;

    /// <summary>What the policy check found in the student's cells (<see cref="PolicyCheck"/>); empty when nothing.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    public decimal Points => Tests.Sum(t => t.Points);

    public decimal Max => Tests.Sum(t => t.Max);
}

/// <summary>The grade of one test: all of its <paramref name="Max"/> points or none, and why it failed in words safe for the student (never hidden test code).</summary>
public sealed record TestOutcome(string Name, decimal Points, decimal Max, bool Passed, string? Reason);

/// <summary>How the grading of one submission ended.</summary>
public enum SubmissionStatus
{
    /// <summary>Every cell ran (some may have failed).</summary>
    Graded,
    /// <summary>The student handed in no notebook for the assignment.</summary>
    Missing,
    /// <summary>The file is not a Jupyter notebook (not JSON, no cells).</summary>
    NotANotebook,
    /// <summary>The grading process ran past the time limit and was stopped.</summary>
    TimedOut,
    /// <summary>The grading process used more memory than allowed and was stopped.</summary>
    MemoryExceeded,
    /// <summary>The grading process crashed (stack overflow, fatal error).</summary>
    Crashed,
    /// <summary>The submission was not run: the notebook or the student's folder is a link, or the notebook's name is a folder.</summary>
    Refused,
    /// <summary>The grader could not grade it (its own problem, never the student's); the reason says why.</summary>
    GraderError,
    /// <summary>The grading process ended before the last cell without crashing (for example, <c>Environment.Exit</c>).</summary>
    ExitedEarly,
}

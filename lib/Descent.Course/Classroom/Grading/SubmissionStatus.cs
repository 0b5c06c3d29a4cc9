namespace Descent.Course.Classroom.Grading;

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

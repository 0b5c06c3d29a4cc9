namespace Descent.Course.Classroom.Grading;

/// <summary>The grade of one test of one submission.</summary>
/// <param name="Name">The test's name.</param>
/// <param name="Points">Points earned: all or nothing.</param>
/// <param name="Max">Points the test is worth.</param>
/// <param name="Passed">True when the test cell ran without error.</param>
/// <param name="Reason">Why it failed, safe to show the student (never hidden test code); null when it passed.</param>
public sealed record TestOutcome(string Name, decimal Points, decimal Max, bool Passed, string? Reason);

namespace Descent.Course.Classroom.Markers;

/// <summary>The first line of a graded test cell: <c>// TEST: name (points: N)</c>.</summary>
/// <param name="Name">The test's name, unique in its notebook; students and the gradebook see it.</param>
/// <param name="Points">The points the test is worth: all when the cell runs without error, none otherwise.</param>
public sealed record TestHeader(string Name, decimal Points);

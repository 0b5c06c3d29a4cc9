namespace Descent.Course.Classroom.Grading;

/// <summary>A cell of a student's notebook, as submitted.</summary>
/// <param name="Number">1-based position among all the student's cells, markdown included.</param>
/// <param name="Kind">"code", "markdown" or "raw".</param>
/// <param name="Source">The cell's text.</param>
/// <param name="Language">The kernel of a code cell.</param>
public sealed record SubmittedCell(int Number, string Kind, string Source, string Language);

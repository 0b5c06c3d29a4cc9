namespace Descent.Course.Classroom.Grading;

/// <summary>
/// A deterministic slice of a class, <c>K/N</c>: the students whose folders come K-th, (K+N)-th, … in ordinal order,
/// so that N machines grading the same submissions folder share the class out with no student graded twice.
/// </summary>
public sealed record Shard(int Number, int Count)
{
    /// <summary>The whole class.</summary>
    public static Shard All { get; } = new(1, 1);

    /// <summary>Parses <c>K/N</c> with 1 ≤ K ≤ N; null when <paramref name="text"/> is not of that form.</summary>
    public static Shard? TryParse(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2 && int.TryParse(parts[0], out var number) && int.TryParse(parts[1], out var count) && number >= 1 && number <= count
            ? new Shard(number, count)
            : null;
    }

    /// <summary>True when the student folder at <paramref name="index"/> (0-based, in ordinal order) belongs to this shard.</summary>
    public bool Includes(int index) => index % Count == Number - 1;

    /// <inheritdoc/>
    public override string ToString() => $"{Number}/{Count}";
}

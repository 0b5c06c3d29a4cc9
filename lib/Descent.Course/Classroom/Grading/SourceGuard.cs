namespace Descent.Course.Classroom.Grading;

/// <summary>
/// Keeps the source assignments byte-identical through grading: their bytes are read before any student code runs,
/// and a file found changed afterwards is written back (and reported).
/// </summary>
public sealed class SourceGuard
{
    private readonly Dictionary<string, byte[]> _originals;

    private SourceGuard(Dictionary<string, byte[]> originals) => _originals = originals;

    /// <summary>Reads the files now.</summary>
    public static SourceGuard Capture(IEnumerable<string> paths) =>
        new(paths.Distinct().ToDictionary(p => p, File.ReadAllBytes));

    /// <summary>Restores any file that changed; returns a warning per restored file.</summary>
    public IReadOnlyList<string> RestoreChanged()
    {
        var warnings = new List<string>();
        foreach (var (path, bytes) in _originals)
        {
            var now = File.Exists(path) ? File.ReadAllBytes(path) : null;
            if (now is null || !now.AsSpan().SequenceEqual(bytes))
            {
                File.WriteAllBytes(path, bytes);
                warnings.Add($"{path} changed during grading and was restored");
            }
        }

        return warnings;
    }
}

using Descent.Data;

namespace Descent.Course;

/// <summary>Finds the course repository: the nearest folder, upwards, that holds Course.sln (the library's own lookup).</summary>
public static class RepositoryRoot
{
    /// <summary>The marker file of the repository root.</summary>
    public const string Marker = DataDirectory.RootMarker;

    /// <summary>The repository root above <paramref name="start"/> (default: the working directory), or null.</summary>
    public static string? Find(string? start = null) => DataDirectory.FindRoot(start ?? Directory.GetCurrentDirectory());

    /// <summary>
    /// The repository root from the working directory, else from the tool's own location (so that the tool also works
    /// when started from elsewhere).
    /// </summary>
    public static string? Locate() => Find() ?? Find(AppContext.BaseDirectory);
}

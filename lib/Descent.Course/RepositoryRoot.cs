namespace Descent.Course;

/// <summary>Finds the course repository: the nearest folder, upwards, that holds Course.sln.</summary>
public static class RepositoryRoot
{
    /// <summary>The marker file of the repository root.</summary>
    public const string Marker = "Course.sln";

    /// <summary>The repository root above <paramref name="start"/> (default: the working directory), or null.</summary>
    public static string? Find(string? start = null)
    {
        for (var folder = new DirectoryInfo(start ?? Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, Marker)))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    /// <summary>
    /// The repository root from the working directory, else from the tool's own location (so that the tool also works
    /// when started from elsewhere).
    /// </summary>
    public static string? Locate() => Find() ?? Find(AppContext.BaseDirectory);
}

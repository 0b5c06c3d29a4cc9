namespace Descent.Data;

/// <summary>Finds the course's data/ folder: the folder "data" next to Course.sln.</summary>
public static class DataDirectory
{
    /// <summary>File that marks the repository root.</summary>
    public const string RootMarker = "Course.sln";

    /// <summary>
    /// <paramref name="dataDirectory"/> if given (it must exist); otherwise walks up from the current directory, then from
    /// <see cref="AppContext.BaseDirectory"/>, to the first folder that contains Course.sln, and returns its data/ folder.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist or could not be found; the message says where it looked.</exception>
    public static string Find(string? dataDirectory = null) =>
        Find(dataDirectory, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);

    internal static string Find(string? dataDirectory, params string[] starts)
    {
        if (dataDirectory is not null)
        {
            if (!Directory.Exists(dataDirectory))
                throw new DirectoryNotFoundException($"Data directory '{dataDirectory}' (full path '{Path.GetFullPath(dataDirectory)}') does not exist.");
            return dataDirectory;
        }
        foreach (var start in starts)
        {
            if (FindRoot(start) is { } root)
            {
                string data = Path.Combine(root, "data");
                if (Directory.Exists(data)) return data;
                throw new DirectoryNotFoundException($"Found {RootMarker} in '{root}' but no data folder beside it ('{data}').");
            }
        }
        throw new DirectoryNotFoundException(
            $"Could not find the course's data folder: looked for {RootMarker} in " +
            string.Join(" and in ", starts.Select(s => $"'{s}'")) + " and every folder above them. Pass dataDirectory explicitly.");
    }

    /// <summary>The repository root: the nearest folder at or above <paramref name="start"/> that holds Course.sln, or null.</summary>
    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, RootMarker))) return dir.FullName;
        return null;
    }

    /// <summary>Full path of <paramref name="fileName"/> in the data folder (see <see cref="Find(string?)"/>).</summary>
    public static string PathOf(string fileName, string? dataDirectory = null) => Path.Combine(Find(dataDirectory), fileName);
}

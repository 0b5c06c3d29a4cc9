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
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (System.IO.File.Exists(Path.Combine(dir.FullName, RootMarker)))
                {
                    string data = Path.Combine(dir.FullName, "data");
                    if (Directory.Exists(data)) return data;
                    throw new DirectoryNotFoundException($"Found {RootMarker} in '{dir.FullName}' but no data folder beside it ('{data}').");
                }
            }
        }
        throw new DirectoryNotFoundException(
            $"Could not find the course's data folder: looked for {RootMarker} in " +
            string.Join(" and in ", starts.Select(s => $"'{s}'")) + " and every folder above them. Pass dataDirectory explicitly.");
    }

    /// <summary>Full path of <paramref name="fileName"/> in the data folder (see <see cref="Find(string?)"/>).</summary>
    public static string PathOf(string fileName, string? dataDirectory = null) => Path.Combine(Find(dataDirectory), fileName);
}

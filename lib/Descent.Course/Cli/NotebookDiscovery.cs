using System.Text.RegularExpressions;

namespace Descent.Course.Cli;

/// <summary>Turns the paths given to <c>run</c> into the notebook files to run, in order.</summary>
public static partial class NotebookDiscovery
{
    /// <summary>Lesson notebooks are named NN-topic.ipynb.</summary>
    [GeneratedRegex(@"^\d\d-.*\.ipynb$")]
    private static partial Regex LessonName();

    /// <summary>The lessons of the course: notebooks/NN-*.ipynb under the repository root, in name order.</summary>
    public static IReadOnlyList<string> Lessons(string notebooksDirectory) =>
        Directory.Exists(notebooksDirectory)
            ? Directory.EnumerateFiles(notebooksDirectory, "*.ipynb")
                .Where(path => LessonName().IsMatch(Path.GetFileName(path)))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    /// <summary>
    /// Each path as given: a file is itself, a folder is the .ipynb files directly inside it (name order).
    /// A path that does not exist is reported in <paramref name="missing"/> and skipped.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var files = new List<string>();
        var notFound = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.ipynb").Select(Path.GetFullPath).Order(StringComparer.Ordinal));
            }
            else
            {
                notFound.Add(path);
            }
        }

        missing = notFound;
        return files.Distinct().ToList();
    }
}

using System.Text.RegularExpressions;

namespace Descent.Course.Cli;

/// <summary>Turns the paths given to <c>run</c> and <c>export</c> into the notebook files to use, in order.</summary>
public static partial class NotebookDiscovery
{
    /// <summary>Lesson notebooks are named NN-topic.ipynb.</summary>
    [GeneratedRegex(@"^\d\d-.*\.ipynb$")]
    private static partial Regex LessonName();

    /// <summary>The lessons of the course: the NN-*.ipynb files in <paramref name="notebooksDirectory"/>, in name order.</summary>
    public static IReadOnlyList<string> Lessons(string notebooksDirectory) =>
        Directory.Exists(notebooksDirectory)
            ? [.. Directory.EnumerateFiles(notebooksDirectory, "*.ipynb").Where(path => LessonName().IsMatch(Path.GetFileName(path))).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>The assignments' source notebooks: notebooks/assignments/*.ipynb under the repository root, in name order.</summary>
    public static IReadOnlyList<string> Assignments(string repositoryRoot) =>
        Expand([Path.Combine(repositoryRoot, "notebooks", "assignments")], out _);

    /// <summary>Each path as given: a file is itself, a folder the .ipynb files directly inside it (name order); one that does not exist goes to <paramref name="missing"/>.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        missing = [.. paths.Where(path => !File.Exists(path) && !Directory.Exists(path))];
        return paths
            .SelectMany<string, string>(path => File.Exists(path) ? [Path.GetFullPath(path)]
                : Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.ipynb").Select(Path.GetFullPath).Order(StringComparer.Ordinal)
                : [])
            .Distinct()
            .ToList();
    }
}

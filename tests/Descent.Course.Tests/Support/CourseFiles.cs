using Descent.Course.Cli;

namespace Descent.Course.Tests.Support;

/// <summary>The course repository and its notebooks, found from the test assembly's location.</summary>
public static class CourseFiles
{
    /// <summary>The repository root (the folder with Course.sln).</summary>
    public static string Root { get; } = RepositoryRoot.Find(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException($"No {RepositoryRoot.Marker} above {AppContext.BaseDirectory}");

    /// <summary>The notebooks/ folder.</summary>
    public static string NotebooksDirectory => Path.Combine(Root, "notebooks");

    /// <summary>Every lesson (notebooks/NN-*.ipynb) and assignment (notebooks/assignments/*.ipynb).</summary>
    public static IReadOnlyList<string> AllNotebooks()
    {
        var assignments = Path.Combine(NotebooksDirectory, "assignments");
        IEnumerable<string> assignmentFiles = Directory.Exists(assignments)
            ? Directory.EnumerateFiles(assignments, "*.ipynb").Order(StringComparer.Ordinal)
            : [];
        return NotebookDiscovery.Lessons(NotebooksDirectory).Concat(assignmentFiles).ToList();
    }

    /// <summary>xunit member data: one row per notebook, as a path relative to notebooks/ (a readable test name).</summary>
    public static TheoryData<string> NotebookNames()
    {
        var data = new TheoryData<string>();
        foreach (var path in AllNotebooks())
        {
            data.Add(Path.GetRelativePath(NotebooksDirectory, path));
        }

        return data;
    }

    /// <summary>The lessons (notebooks/NN-*.ipynb) by file name, in order.</summary>
    public static IEnumerable<string> Lessons() => NotebookDiscovery.Lessons(NotebooksDirectory).Select(path => Path.GetFileName(path));

    /// <summary>The full path of a notebook named relative to notebooks/.</summary>
    public static string PathOf(string relativeName) => Path.Combine(NotebooksDirectory, relativeName);
}

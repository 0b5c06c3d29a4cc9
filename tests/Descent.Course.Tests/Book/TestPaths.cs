namespace Descent.Course.Tests.Book;

/// <summary>Folders the book tests read from and write to.</summary>
internal static class TestPaths
{
    /// <summary>The repository root: the nearest folder above the test binaries that holds Course.sln.</summary>
    public static string RepositoryRoot => Support.CourseFiles.Root;

    /// <summary>The chart fixtures folder.</summary>
    public static string Fixtures => Path.Combine(RepositoryRoot, "tests", "Descent.Course.Tests", "Book", "Fixtures");

    /// <summary>Where screenshots taken by the browser test are kept.</summary>
    public static string Screenshots => Path.Combine(RepositoryRoot, "artifacts", "test-screenshots");

    /// <summary>A new, empty temporary folder.</summary>
    public static string NewTemporaryFolder(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}

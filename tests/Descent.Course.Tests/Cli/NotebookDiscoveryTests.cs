using Descent.Course.Cli;
using Descent.Course.Tests.Support;

namespace Descent.Course.Tests.Cli;

public sealed class NotebookDiscoveryTests : IDisposable
{
    private readonly TempNotebooks _folder = new();

    [Fact]
    public void Lessons_are_the_numbered_notebooks_in_name_order()
    {
        foreach (var name in new[] { "10-last", "00-first", "02-second", "scratch", "1-not-two-digits" })
        {
            _folder.Write(name, "1");
        }

        _folder.WriteText("setup.dib", "");

        var lessons = NotebookDiscovery.Lessons(_folder.Directory).Select(Path.GetFileName);

        Assert.Equal(["00-first.ipynb", "02-second.ipynb", "10-last.ipynb"], lessons);
    }

    [Fact]
    public void A_folder_expands_to_its_notebooks_and_missing_paths_are_reported()
    {
        var b = _folder.Write("b", "1");
        var a = _folder.Write("a", "1");
        var missing = Path.Combine(_folder.Directory, "gone.ipynb");

        var files = NotebookDiscovery.Expand([_folder.Directory, missing, a], out var notFound);

        Assert.Equal([a, b], files);
        Assert.Equal([missing], notFound);
    }

    [Fact]
    public void The_repository_root_is_the_folder_with_the_solution()
    {
        var nested = Path.Combine(CourseFiles.Root, "notebooks", "assignments");

        Assert.Equal(CourseFiles.Root, RepositoryRoot.Find(nested));
        Assert.True(File.Exists(Path.Combine(CourseFiles.Root, RepositoryRoot.Marker)));
    }

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();
}

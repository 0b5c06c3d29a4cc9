using Descent.Course.Book;
using Descent.Course.Engine;

namespace Descent.Course.Tests.Book;

/// <summary>The sample book built once into a temporary folder, shared by the tests of a class.</summary>
public sealed class BuiltBook : IDisposable
{
    public BuiltBook()
    {
        Pages = SampleBook.Pages();
        Directory = TestPaths.NewTemporaryFolder("descent-book");
        IndexPath = BookBuilder.Build(Pages, Directory);
    }

    internal IReadOnlyList<NotebookRun> Pages { get; }

    public string Directory { get; }

    public string IndexPath { get; }

    /// <summary>The HTML of a page file in the book.</summary>
    public string Read(string fileName) => File.ReadAllText(Path.Combine(Directory, fileName));

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A browser still closing may hold a file for a moment; the temporary folder is left behind then.
        }
    }
}

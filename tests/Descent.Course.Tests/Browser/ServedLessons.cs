using Descent.Course.Book;
using Descent.Course.Engine;
using Descent.Course.Tests.Book;
using Descent.Course.Tests.Notebooks;
using Descent.Course.Tests.Support;

namespace Descent.Course.Tests.Browser;

/// <summary>
/// Lessons 02 and 07, run in-process, as a book served on 127.0.0.1 with the browser runner, published once per test
/// run into artifacts/runner/ (as <c>serve</c> does; incremental after the first time).
/// </summary>
public sealed class ServedLessons : IAsyncLifetime
{
    public const string Lesson02 = "02-gradient-descent-1d";
    public const string Lesson07 = "07-adaptive-optimizers";

    private BookServer? _server;

    internal Dictionary<string, NotebookRun> Runs { get; } = [];

    public string BookFolder { get; } = TestPaths.NewTemporaryFolder("descent-served-book");

    public string RunnerFolder { get; private set; } = "";

    /// <summary>The address of a page of the served book.</summary>
    public string Url(string lesson, string query = "") => new Uri(_server!.Address, lesson + ".html" + query).AbsoluteUri;

    internal Uri Address => _server!.Address;

    public async Task InitializeAsync()
    {
        HeadlessChromium.RequireInstalled();
        RunnerFolder = BookServer.PublishRunner(CourseFiles.Root, Path.Combine(CourseFiles.Root, "artifacts", "runner"));
        foreach (var lesson in new[] { Lesson02, Lesson07 })
        {
            Runs[lesson] = await LessonRuns.Of(lesson + ".ipynb");
        }

        BookBuilder.Build(Runs.Values.ToList(), BookFolder);
        _server = await BookServer.StartAsync(BookFolder, RunnerFolder, port: 0);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        try
        {
            Directory.Delete(BookFolder, recursive: true);
        }
        catch (IOException)
        {
            // A browser still closing may hold a file for a moment; it is only a temporary folder.
        }
    }
}

using System.Collections.Concurrent;
using Descent.Course.Engine;
using Descent.Course.Tests.Support;

namespace Descent.Course.Tests.Notebooks;

/// <summary>
/// One in-process run per course notebook per test run, shared by every test that reads a run's outputs.
/// The runs happen inside <see cref="NotebookCollection"/>, one at a time.
/// </summary>
public static class LessonRuns
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<NotebookRun>>> Runs = new();

    /// <summary>The run of a notebook named relative to notebooks/, started on first use.</summary>
    public static Task<NotebookRun> Of(string notebook) =>
        Runs.GetOrAdd(notebook, name => new Lazy<Task<NotebookRun>>(
            () => NotebookRunner.RunAsync(CourseFiles.PathOf(name), new NotebookRunOptions()))).Value;
}

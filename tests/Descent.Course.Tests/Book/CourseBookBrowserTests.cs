using Descent.Course.Book;
using Descent.Course.Engine;

namespace Descent.Course.Tests.Book;

/// <summary>
/// The real path: every lesson in notebooks/ executed by the course engine, built into a book, and each page
/// opened in headless chromium from disk.
/// </summary>
[Collection("Notebooks")]
[Trait("Category", "Slow")]
public sealed class CourseBookBrowserTests
{
    [Fact]
    public async Task The_course_book_draws_every_chart_of_every_lesson_offline()
    {
        HeadlessChromium.RequireInstalled();
        var notebooks = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(notebooks);
        var runs = new List<NotebookRun>();
        foreach (var notebook in notebooks)
        {
            runs.Add(await NotebookRunner.RunAsync(notebook, new NotebookRunOptions()));
        }

        var folder = Path.Combine(TestPaths.RepositoryRoot, "artifacts", "test-course-book");
        BookBuilder.Build(runs, folder);

        Assert.True(runs.Sum(run => run.ChartCount) > 0, "the lessons drew no chart, so the book test would prove nothing");
        var inBook = runs.Select(run => run.Name + ".ipynb").ToHashSet(StringComparer.Ordinal);
        foreach (var file in runs.Select(run => BookPage.FileNameFor(run.Name)).Append("index.html"))
        {
            foreach (var path in HtmlQuery.RelativeReferences(File.ReadAllText(Path.Combine(folder, file))))
            {
                // A link to a lesson that is not in this book (not written yet) is the lesson's business.
                var missingLesson = path.EndsWith(".ipynb", StringComparison.Ordinal) && !inBook.Contains(path.TrimStart('.', '/'));
                Assert.True(missingLesson || File.Exists(Path.Combine(folder, path)), $"{file} links to a missing file: {path}");
            }
        }

        foreach (var run in runs)
        {
            var check = PageCheck.Open(Path.Combine(folder, BookPage.FileNameFor(run.Name)));
            Assert.True(check.Ready, $"{run.Name}: book.js did not finish");
            Assert.Empty(check.Errors);
            Assert.Equal(run.ChartCount, check.Charts);
            Assert.Equal(check.Charts, check.Drawn);
            Assert.Equal(0, check.Untypeset);
            Assert.Equal(0, check.KatexErrors);
            Assert.Empty(check.StrayDollars);
        }

        var withCharts = runs.First(run => run.ChartCount > 0);
        HeadlessChromium.Screenshot(
            Path.Combine(folder, BookPage.FileNameFor(withCharts.Name)),
            Path.Combine(TestPaths.Screenshots, "course-book-page.png"),
            height: 3000);
    }
}

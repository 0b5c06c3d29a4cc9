using Descent.Course.Book;

namespace Descent.Course.Tests.Book;

public sealed class NotebookLinksTests
{
    private static readonly Dictionary<string, string> Pages = new() { ["02-gradient-descent"] = "02-gradient-descent.html", ["index"] = "page-index.html" };

    [Theory]
    [InlineData("02-gradient-descent.ipynb", "02-gradient-descent.html")]
    [InlineData("./02-gradient-descent.ipynb#the-step", "02-gradient-descent.html#the-step")]
    [InlineData("index.ipynb", "page-index.html")]
    public void Links_to_notebooks_in_the_book_point_at_their_pages(string url, string expected) =>
        Assert.Equal(expected, MarkdownRenderer.PageOf(url, Pages));

    [Theory]
    [InlineData("99-not-in-the-book.ipynb")]
    [InlineData("assignments/02-gradient-descent.ipynb")]
    [InlineData("https://example.org/02-gradient-descent.ipynb")]
    [InlineData("02-gradient-descent.md")]
    [InlineData("#local-anchor")]
    public void Other_links_are_left_alone(string url) => Assert.Null(MarkdownRenderer.PageOf(url, Pages));

    [Theory]
    [InlineData("00-lagrange", "00-lagrange.html")]
    [InlineData("lesson 1: gradients", "lesson-1--gradients.html")]
    [InlineData("../escape", "-escape.html")]
    [InlineData("index", "page-index.html")]
    [InlineData("INDEX", "page-INDEX.html")]
    public void File_names_are_safe_and_relative(string name, string expected) => Assert.Equal(expected, BookPage.FileNameFor(name));
}

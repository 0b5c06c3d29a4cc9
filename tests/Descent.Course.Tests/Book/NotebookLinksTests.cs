using Descent.Course.Book;

namespace Descent.Course.Tests.Book;

public sealed class NotebookLinksTests
{
    private static readonly NotebookLinks Links = NotebookLinks.For([new BookPage("02-gradient-descent", []), new BookPage("index", [])]);

    [Theory]
    [InlineData("02-gradient-descent.ipynb", "02-gradient-descent.html")]
    [InlineData("./02-gradient-descent.ipynb#the-step", "02-gradient-descent.html#the-step")]
    [InlineData("index.ipynb", "page-index.html")]
    public void Links_to_notebooks_in_the_book_point_at_their_pages(string url, string expected)
    {
        Assert.True(Links.TryResolve(url, out var page));
        Assert.Equal(expected, page);
    }

    [Theory]
    [InlineData("99-not-in-the-book.ipynb")]
    [InlineData("assignments/02-gradient-descent.ipynb")]
    [InlineData("https://example.org/02-gradient-descent.ipynb")]
    [InlineData("02-gradient-descent.md")]
    [InlineData("#local-anchor")]
    public void Other_links_are_left_alone(string url)
    {
        Assert.False(Links.TryResolve(url, out var page));
        Assert.Equal(url, page);
    }
}

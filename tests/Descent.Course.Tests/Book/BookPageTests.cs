using Descent.Course.Book;

namespace Descent.Course.Tests.Book;

public sealed class BookPageTests
{
    [Theory]
    [InlineData("00-lagrange", "00-lagrange.html")]
    [InlineData("lesson 1: gradients", "lesson-1--gradients.html")]
    [InlineData("../escape", "-escape.html")]
    [InlineData("index", "page-index.html")]
    [InlineData("INDEX", "page-INDEX.html")]
    public void File_names_are_safe_and_relative(string name, string expected) =>
        Assert.Equal(expected, new BookPage(name, []).FileName);

    [Fact]
    public void Title_is_the_first_heading_of_the_first_markdown_cell_that_has_one()
    {
        var page = new BookPage("00-x",
        [
            BookCell.Code(1, "# not a heading, code"),
            BookCell.Markdown(2, "An introduction with no heading."),
            BookCell.Markdown(3, "Text\n\n## The *Lagrange* method and `KKT`\n\n# Later heading"),
        ]);
        Assert.Equal("The Lagrange method and KKT", page.Title);
    }

    [Fact]
    public void Title_falls_back_to_the_name()
    {
        Assert.Equal("03-no-heading", new BookPage("03-no-heading", [BookCell.Markdown(1, "Plain text.")]).Title);
    }

    [Fact]
    public void Chart_count_counts_outputs_that_call_newPlot()
    {
        var page = new BookPage("p",
        [
            BookCell.Code(1, "a", ChartFixtures.Output(ChartFixtures.Line), ChartFixtures.Output(ChartFixtures.Contour)),
            BookCell.Code(2, "b", new BookOutput("execute_result", new Dictionary<string, string> { ["text/html"] = "<b>no chart</b>" })),
            BookCell.Code(3, "c", new BookOutput("stream", new Dictionary<string, string> { ["text/plain"] = "Plotly.newPlot" }, "stdout")),
        ]);
        Assert.Equal(2, page.ChartCount);
    }
}

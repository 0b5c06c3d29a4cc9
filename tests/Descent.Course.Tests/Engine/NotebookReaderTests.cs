using Descent.Course.Engine;
using Descent.Course.Tests.Support;

namespace Descent.Course.Tests.Engine;

public sealed class NotebookReaderTests
{
    [Fact]
    public void Reads_markdown_and_code_cells_in_order_with_their_source()
    {
        var cells = Notebook.Parse(TempNotebooks.NotebookJson("var x = 1;\nvar y = 2;", "x + y"), "test.ipynb").Cells;

        Assert.Equal(["markdown", "code", "code"], cells.Select(c => c.Kind));
        Assert.Equal("var x = 1;\nvar y = 2;", cells[1].Source);
        Assert.Equal("csharp", cells[2].Language);
    }

    [Fact]
    public void Malformed_json_names_the_file_and_the_line()
    {
        var error = Assert.Throws<NotebookFormatException>(() => Notebook.Parse("{\n\"cells\": [\n  oops\n]}", "broken.ipynb").Cells);

        Assert.Equal(3, error.Line);
        Assert.StartsWith("broken.ipynb:3: malformed notebook JSON", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Json_that_is_not_a_notebook_is_rejected()
    {
        var error = Assert.Throws<NotebookFormatException>(() => Notebook.Parse("[1, 2]", "list.ipynb").Cells);

        Assert.Contains("no \"cells\" array", error.Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var error = Assert.Throws<FileNotFoundException>(() => Notebook.Load("/no/such/notebook.ipynb").Cells);

        Assert.Contains("/no/such/notebook.ipynb", error.Message);
    }
}

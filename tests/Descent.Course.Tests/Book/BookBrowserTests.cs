using Descent.Course.Book;
using Descent.Course.Engine;

namespace Descent.Course.Tests.Book;

/// <summary>
/// Opens the built book from disk in headless chromium with no network and checks, inside the page, that every
/// chart is drawn, the math is typeset, the code is highlighted and nothing logged an error.
/// </summary>
[Trait("Category", "Slow")]
public sealed class BookBrowserTests
{
    private static readonly string BookFolder = Path.Combine(TestPaths.RepositoryRoot, "artifacts", "test-book");

    [Fact]
    public void Every_page_draws_its_charts_typesets_its_math_and_logs_no_error()
    {
        HeadlessChromium.RequireInstalled();
        var pages = SampleBook.Pages();
        var index = BookBuilder.Build(pages, BookFolder);

        var checks = pages.ToDictionary(page => page.Name, page => PageCheck.Open(Path.Combine(BookFolder, BookPage.FileNameFor(page.Name))));
        foreach (var page in pages)
        {
            var check = checks[page.Name];

            Assert.True(check.Ready, $"{page.Name}: book.js did not finish");
            Assert.Empty(check.Errors);
            Assert.Equal(page.ChartCount, check.Charts);
            Assert.Equal(check.Charts, check.Drawn);
            Assert.Equal(page.ChartCount > 0 ? "2.28.0" : null, check.Plotly);
            Assert.Equal(0, check.Untypeset);
            Assert.Equal(0, check.KatexErrors);
            Assert.Empty(check.StrayDollars);
            Assert.Equal(page.Cells.Count(cell => cell.Cell.IsCode), check.Highlighted);
        }

        var first = checks[pages[0].Name];
        Assert.Equal(2, first.Math);
        Assert.True(first.Katex >= 2, $"the first page has inline and display math, but only {first.Katex} KaTeX elements");
        Assert.Equal(3, first.Drawn);

        var contents = PageCheck.Open(index);
        Assert.Empty(contents.Errors);
        Assert.True(contents.Ready);
    }

    [Fact]
    public void The_check_reports_undrawn_charts_script_errors_and_missing_files()
    {
        HeadlessChromium.RequireInstalled();
        var broken = SampleBook.Run("broken",
            SampleBook.Markdown(1, "# Broken\n\nGood math: $x$, bad math: $\\frac{1}$ and\n\n$$\n\\frac{1}{\n$$\n\nA price of $5 is not math.\n"),
            SampleBook.Code(2, "chart", ChartFixtures.Output(ChartFixtures.Line),
                SampleBook.Output("display_data", "text/html", "<script>Plotly.newPlot(</script>")),
            SampleBook.Code(3, "html", SampleBook.Output("display_data", "text/html", "<img src=\"missing.png\"><script>console.error('logged'); undefinedFunction();</script>")));
        var folder = TestPaths.NewTemporaryFolder("descent-book-broken");
        BookBuilder.Build([broken], folder);

        var check = PageCheck.Open(Path.Combine(folder, "broken.html"));

        Assert.Equal(2, check.Charts);
        Assert.Equal(1, check.Drawn);
        Assert.Equal(1, check.KatexErrors);
        Assert.Equal(1, check.Untypeset);
        Assert.Equal(["A price of $5 is not math."], check.StrayDollars);
        Assert.Contains(check.Errors, error => error.Contains("failed to load") && error.Contains("missing.png"));
        Assert.Contains(check.Errors, error => error.Contains("console.error: logged"));
        Assert.Contains(check.Errors, error => error.Contains("undefinedFunction"));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void A_screenshot_of_a_page_with_charts_and_math_is_kept()
    {
        HeadlessChromium.RequireInstalled();
        var pages = SampleBook.Pages();
        var folder = TestPaths.NewTemporaryFolder("descent-book-screenshot");
        BookBuilder.Build(pages, folder);
        var png = Path.Combine(TestPaths.Screenshots, "book-page.png");

        HeadlessChromium.Screenshot(Path.Combine(folder, BookPage.FileNameFor(pages[0].Name)), png, height: 2600);

        var bytes = File.ReadAllBytes(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.True(bytes.Length > 50_000, $"the screenshot is only {bytes.Length} bytes: is the page blank?");
        Directory.Delete(folder, recursive: true);
    }
}

using System.Net;
using Descent.Course.Book;
using Descent.Course.Engine;

namespace Descent.Course.Tests.Book;

public sealed class BookBuilderTests(BuiltBook book) : IClassFixture<BuiltBook>
{
    private const string First = "01-gradient-descent.html";
    private const string Second = "02-failures.html";
    private const string Third = "03-no-heading.html";

    [Fact]
    public void Build_returns_the_index_inside_the_output_folder()
    {
        Assert.Equal(Path.Combine(book.Directory, "index.html"), book.IndexPath);
        Assert.True(File.Exists(book.IndexPath));
        foreach (var page in book.Pages)
        {
            Assert.True(File.Exists(Path.Combine(book.Directory, BookPage.FileNameFor(page.Name))), BookPage.FileNameFor(page.Name));
        }
    }

    [Fact]
    public void Markdown_is_rendered_to_html()
    {
        var html = book.Read(First);
        Assert.Contains("<h1 id=\"gradient-descent\">Gradient descent</h1>", html);
        Assert.Contains("<strong>update</strong>", html);
        Assert.Contains("<table>", html);
        Assert.Contains("<h2 id=\"loss-curves\">Loss curves</h2>", html);
    }

    [Fact]
    public void Math_is_left_for_katex_with_its_delimiters_intact()
    {
        var html = WebUtility.HtmlDecode(book.Read(First));
        Assert.Contains(@"\(" + SampleBook.InlineMath + @"\)", html);
        Assert.Contains(@"\[" + "\n" + SampleBook.DisplayMath + "\n" + @"\]", html);
        Assert.Contains("class=\"math\"", book.Read(First));
        Assert.Single(HtmlQuery.ScriptSources(book.Read(First)), src => src.EndsWith("auto-render.min.js"));
    }

    [Fact]
    public void Code_is_escaped_and_marked_for_highlighting()
    {
        var html = book.Read(First);
        Assert.Contains("<code class=\"language-csharp\">" + WebUtility.HtmlEncode(SampleBook.TrickyCode) + "</code>", html);
        Assert.DoesNotContain("<b>bold?</b>", html);
        Assert.Contains("&lt;b&gt;bold?&lt;/b&gt;", html);
    }

    [Fact]
    public void Each_page_with_charts_loads_local_plotly_once_and_no_page_loads_from_the_network()
    {
        foreach (var page in book.Pages)
        {
            var html = book.Read(BookPage.FileNameFor(page.Name));
            var plotly = HtmlQuery.ScriptSources(html).Where(src => src.Contains("plotly", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.Equal(page.ChartCount > 0 ? 1 : 0, plotly.Count);
            Assert.All(plotly, src => Assert.Matches(@"^assets/plotly/plotly-\d+\.\d+\.\d+\.min\.js$", src));
            Assert.DoesNotContain(HtmlQuery.LoadedResources(html), url => url.StartsWith("http:", StringComparison.OrdinalIgnoreCase)
                || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("//", StringComparison.Ordinal));
            Assert.DoesNotContain("requirejs", html);
            Assert.DoesNotContain("cdn.plot.ly", html);
        }

        Assert.DoesNotContain(HtmlQuery.ScriptSources(book.Read("index.html")), src => src.Contains("plotly"));
    }

    [Fact]
    public void Every_chart_output_becomes_one_chart_container_holding_its_figure_json()
    {
        Assert.Equal([3, 1, 0], book.Pages.Select(page => page.ChartCount));
        foreach (var page in book.Pages)
        {
            var html = book.Read(BookPage.FileNameFor(page.Name));
            Assert.Equal(page.ChartCount, HtmlQuery.Count(html, "<div class=\"book-chart\"><div class=\"plot\"></div><script type=\"application/json\">"));
            Assert.DoesNotContain("</script>\"", html);
        }
    }

    [Fact]
    public void Pages_have_a_sidebar_contents_downloads_and_a_collapsed_setup()
    {
        var html = book.Read(First);
        Assert.Contains($"<li><a href=\"{First}\" class=\"current\" aria-current=\"page\">Gradient descent</a></li>", html);
        Assert.Contains($"<li><a href=\"{Second}\">When cells fail</a></li>", html);
        Assert.Contains("<li class=\"level-2\"><a href=\"#loss-curves\">Loss curves</a></li>", html);
        Assert.Contains("href=\"notebooks/01-gradient-descent.ipynb\" download", html);
        Assert.True(File.Exists(Path.Combine(book.Directory, "notebooks", "01-gradient-descent.ipynb")));
        Assert.Contains("<details class=\"outputs\"><summary>Installed packages</summary>", html);
        Assert.DoesNotContain("codespaces", html);
        Assert.Contains("Loss curves", File.ReadAllText(Path.Combine(book.Directory, "assets", "search-index.js")));
    }

    [Fact]
    public void Every_relative_link_and_asset_exists_in_the_book()
    {
        foreach (var file in book.Pages.Select(page => BookPage.FileNameFor(page.Name)).Append("index.html"))
        {
            foreach (var path in HtmlQuery.RelativeReferences(book.Read(file)))
            {
                Assert.False(Path.IsPathRooted(path), $"{file} links to an absolute path: {path}");
                Assert.True(File.Exists(Path.Combine(book.Directory, path)), $"{file} links to a missing file: {path}");
            }
        }
    }

    [Fact]
    public void Index_lists_every_page_with_its_title_and_chart_count()
    {
        var index = book.Read("index.html");
        Assert.Equal(book.Pages.Select(p => BookPage.FileNameFor(p.Name)), HtmlQuery.References(index).Where(url => url.EndsWith(".html") && url != "index.html").Distinct());
        Assert.Contains("<td>Gradient descent</td><td class=\"charts\">3</td>", index);
        Assert.Contains("<td>When cells fail</td><td class=\"charts\">1</td>", index);
        Assert.Contains("<td>03-no-heading</td><td class=\"charts\">0</td>", index);
        Assert.Contains("2 failing cells", index);
    }

    [Fact]
    public void Links_between_notebooks_point_at_their_pages()
    {
        var html = book.Read(First);
        Assert.Contains("<a href=\"02-failures.html#when-cells-fail\">the failures</a>", html);
        Assert.Contains("<a href=\"https://arxiv.org/abs/1412.6980\">Adam</a>", html);
        Assert.DoesNotContain("02-failures.ipynb", html);
    }

    [Fact]
    public void Pages_link_to_the_previous_and_next_page()
    {
        Assert.Contains($"rel=\"next\" href=\"{Second}\"", book.Read(First));
        Assert.DoesNotContain("rel=\"prev\"", book.Read(First));
        Assert.Contains($"rel=\"prev\" href=\"{First}\"", book.Read(Second));
        Assert.Contains($"rel=\"next\" href=\"{Third}\"", book.Read(Second));
        Assert.DoesNotContain("rel=\"next\"", book.Read(Third));
    }

    [Fact]
    public void Outputs_show_text_html_streams_and_errors()
    {
        var first = book.Read(First);
        Assert.Contains("<pre class=\"output stream stdout\">&lt;b&gt;bold?&lt;/b&gt;\n</pre>", first);
        Assert.Contains("<div class=\"output html\"><div class=\"dni-plaintext\"><pre>2</pre></div></div>", first);

        var second = book.Read(Second);
        Assert.Contains("<pre class=\"output error\">System.InvalidOperationException: &lt;boom&gt;</pre>", second);
        Assert.Contains("<pre class=\"output error\">(1,9): error CS0029: Cannot implicitly convert type &#39;string&#39; to &#39;int&#39;</pre>", second);
        Assert.Contains("<pre class=\"output stream stderr\">warning\n</pre>", second);
        Assert.Equal(2, HtmlQuery.Count(second, "class=\"cell code failed\""));
    }

    [Fact]
    public void Assets_are_copied_with_their_licences()
    {
        string[] expected =
        [
            "assets/katex/katex.min.js", "assets/katex/katex.min.css", "assets/katex/contrib/auto-render.min.js",
            "assets/katex/fonts/KaTeX_Main-Regular.woff2", "assets/katex/LICENSE",
            "assets/highlight/highlight.min.js", "assets/highlight/github.min.css", "assets/highlight/github-dark.min.css", "assets/highlight/LICENSE",
            "assets/minisearch/minisearch.js", "assets/minisearch/LICENSE", "assets/search-index.js",
            "assets/book/book.css", "assets/book/book.js", "assets/book/book-check.js",
            "assets/plotly/plotly-2.28.0.min.js", "assets/plotly/plotly-2.28.0.min.js.LICENSE.txt",
        ];
        foreach (var asset in expected)
        {
            Assert.True(File.Exists(Path.Combine(book.Directory, asset)), asset);
        }

        var plotly = File.ReadAllText(Path.Combine(book.Directory, "assets/plotly/plotly-2.28.0.min.js"));
        Assert.True(plotly.Length > 1_000_000, $"plotly.js is only {plotly.Length} characters");
        Assert.Contains("plotly.js v2.28.0", plotly[..500]);
        Assert.Contains("csharp", File.ReadAllText(Path.Combine(book.Directory, "assets/highlight/highlight.min.js")));
    }

    [Fact]
    public void Building_again_into_the_same_folder_overwrites_it()
    {
        var again = BookBuilder.Build(book.Pages, book.Directory);
        Assert.Equal(book.IndexPath, again);
        Assert.Equal(3, HtmlQuery.Count(book.Read(First), "<div class=\"book-chart\">"));
    }

    [Fact]
    public void Pages_that_would_share_a_file_are_rejected()
    {
        NotebookRun[] pages = [SampleBook.Run("a b"), SampleBook.Run("a-b")];
        var folder = Path.Combine(Path.GetTempPath(), $"descent-book-duplicate-{Guid.NewGuid():N}");
        var error = Assert.Throws<ArgumentException>(() => BookBuilder.Build(pages, folder));
        Assert.Equal("runs", error.ParamName);
        Assert.Contains("a-b.html", error.Message);
        Assert.False(Directory.Exists(folder), "nothing is written when the pages are rejected");
    }
}

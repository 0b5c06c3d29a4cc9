using System.Text.RegularExpressions;
using Descent.Course.Book;
using Descent.Course.Engine;
using Descent.Course.Tests.Support;

namespace Descent.Course.Tests.Book;

/// <summary>
/// The book as a course site, opened from disk in headless chromium: search from the index, the themes (chosen, and
/// following the system), the sidebar's links, and screenshots of two pages in both themes (kept in
/// artifacts/test-screenshots).
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class CourseSiteBrowserTests
{
    private const string Lesson07 = "07-adaptive-optimizers";

    private static string Build()
    {
        HeadlessChromium.RequireInstalled();
        var lesson = Notebook.Load(CourseFiles.PathOf(Lesson07 + ".ipynb"));
        var unexecuted = new NotebookRun(lesson, lesson.Cells.Select((cell, i) => new CellRun(i + 1, cell, CellStatus.Succeeded, null, [], TimeSpan.Zero)).ToList(), TimeSpan.Zero);
        var folder = TestPaths.NewTemporaryFolder("descent-course-site");
        return BookBuilder.Build([.. SampleBook.Pages(), unexecuted], folder);
    }

    [Fact]
    public void Search_on_the_index_finds_a_word_of_lesson_07_and_links_to_it()
    {
        var index = Build();
        var dom = HeadlessChromium.DumpDom(index, "?search=Adadelta");
        Assert.Matches(SearchHit(), dom);
    }

    [Fact]
    public void The_dark_theme_applies_and_no_page_logs_an_error()
    {
        var index = Build();
        var folder = Path.GetDirectoryName(index)!;
        var light = PageCheck.Open(Path.Combine(folder, Lesson07 + ".html"), "&theme=light");
        var dark = PageCheck.Open(Path.Combine(folder, Lesson07 + ".html"), "&theme=dark");
        Assert.Equal("light", light.Theme);
        Assert.Equal("dark", dark.Theme);
        Assert.Equal("rgb(255, 255, 255)", light.Background);
        Assert.Equal("rgb(13, 17, 23)", dark.Background);
        Assert.Empty(dark.Errors);
        Assert.Empty(PageCheck.Open(index).Errors);
    }

    [Fact]
    public void Without_a_remembered_choice_the_theme_follows_the_system_setting()
    {
        var page = Path.Combine(Path.GetDirectoryName(Build())!, Lesson07 + ".html");
        Assert.Matches(HtmlTheme("dark"), HeadlessChromium.DumpDom(page, "", flags: "--force-dark-mode"));
        Assert.Matches(HtmlTheme("light"), HeadlessChromium.DumpDom(page, ""));
    }

    [Fact]
    public void A_formula_in_a_heading_is_typeset_in_the_contents_too()
    {
        var page = Path.Combine(Path.GetDirectoryName(Build())!, Lesson07 + ".html");
        Assert.Contains(@"<a href=""#amsgrad-when-adams-forgets-too-fast"">AMSGrad: when Adam&#39;s \(\hat v\) forgets too fast</a>", File.ReadAllText(page));
        var contents = TocBlock().Match(HeadlessChromium.DumpDom(page, "")).Value;
        Assert.Matches(@"AMSGrad: when Adam's (<span>)?<span class=""katex"">", contents);
    }

    [Fact]
    public void Every_sidebar_link_resolves()
    {
        var index = Build();
        var folder = Path.GetDirectoryName(index)!;
        foreach (var page in Directory.GetFiles(folder, "*.html"))
        {
            var sidebar = SidebarBlock().Match(File.ReadAllText(page)).Value;
            var links = HtmlQuery.References(sidebar).ToList();
            Assert.Equal(4, links.Count);
            Assert.All(links, link => Assert.True(File.Exists(Path.Combine(folder, link)), $"{Path.GetFileName(page)}: {link}"));
        }
    }

    [Theory]
    [InlineData("01-gradient-descent")]
    [InlineData(Lesson07)]
    public void Screenshots_in_both_themes_are_kept(string page)
    {
        var index = Build();
        var file = Path.Combine(Path.GetDirectoryName(index)!, page + ".html");
        foreach (var theme in new[] { "light", "dark" })
        {
            var png = Path.Combine(TestPaths.Screenshots, $"{page}-{theme}.png");
            HeadlessChromium.Screenshot(file, png, height: 1400, query: "?theme=" + theme);
            var bytes = File.ReadAllBytes(png);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            Assert.True(bytes.Length > 30_000, $"{png} is only {bytes.Length} bytes: is the page blank?");
            var (r, g, b) = Png.PixelAt(bytes, 1275, 700);
            Assert.True(theme == "dark" ? r + g + b < 150 : r + g + b > 600, $"{png}: background ({r}, {g}, {b}) is not {theme}");
        }
    }

    [GeneratedRegex("""<a href="07-adaptive-optimizers\.html#[^"]+">""")]
    private static partial Regex SearchHit();

    private static Regex HtmlTheme(string theme) => new($"""<html[^>]* data-theme="{theme}"[^>]*>""");

    [GeneratedRegex("""<nav class="toc".*?</nav>""", RegexOptions.Singleline)]
    private static partial Regex TocBlock();

    [GeneratedRegex("""<nav class="sidebar".*?</nav>""", RegexOptions.Singleline)]
    private static partial Regex SidebarBlock();
}

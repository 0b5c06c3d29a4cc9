using System.Text.RegularExpressions;
using Descent.Course.Book;

namespace Descent.Course.Tests.Book;

public sealed class PlotlyChartTests
{
    public static TheoryData<string> Fixtures => new(ChartFixtures.All);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parsing_keeps_the_div_id_and_the_draw_call_and_drops_the_loader(string fixture)
    {
        var html = ChartFixtures.Html(fixture);
        var divId = Regex.Match(html, "<div id=\"([^\"]+)\">").Groups[1].Value;

        var chart = PlotlyChart.TryParse(html);

        Assert.NotNull(chart);
        Assert.Equal(divId, chart.DivId);
        Assert.StartsWith("var data = [{", chart.Script);
        Assert.Contains("var layout = {", chart.Script);
        Assert.Contains("var config = {", chart.Script);
        Assert.EndsWith($"Plotly.newPlot('{divId}', data, layout, config);", chart.Script);
        Assert.DoesNotContain("require", chart.Script);
        Assert.DoesNotContain("http", chart.Script);
        Assert.DoesNotContain("renderPlotly", chart.Script);
    }

    [Fact]
    public void A_closing_script_tag_inside_the_chart_data_cannot_end_the_script()
    {
        var chart = PlotlyChart.TryParse(ChartFixtures.Html(ChartFixtures.Line))!;
        Assert.DoesNotContain("</script>", chart.Script);
        Assert.Contains(@"\""lr\"" < 1 & <\/script> stays text", chart.Script);
        Assert.Equal(1, HtmlQuery.Count(chart.ToHtml(), "</script>"));
    }

    [Fact]
    public void Markup_is_a_chart_container_then_an_isolated_draw_script()
    {
        var chart = new PlotlyChart("c-1", "Plotly.newPlot('c-1', [], {});");
        Assert.Equal(
            "<div class=\"book-chart\"><div id=\"c-1\"></div></div>\n<script>(function () {\nPlotly.newPlot('c-1', [], {});\n})();</script>",
            chart.ToHtml());
    }

    [Theory]
    [InlineData("<div>no chart here</div>")]
    [InlineData("<script>Plotly.newPlot('a', data</script>")]
    [InlineData("<script>Plotly.newPlot(someVariable, data);</script>")]
    public void Html_without_a_recognisable_call_is_not_a_chart(string html) => Assert.Null(PlotlyChart.TryParse(html));

    [Fact]
    public void An_inline_call_without_declarations_is_kept_whole()
    {
        var chart = PlotlyChart.TryParse("<div id=\"x\"></div><script>Plotly.newPlot(\"x\", [{\"y\": [1, 2]}], {\"title\": \"(a\"});</script>");
        Assert.NotNull(chart);
        Assert.Equal("x", chart.DivId);
        Assert.Equal("Plotly.newPlot(\"x\", [{\"y\": [1, 2]}], {\"title\": \"(a\"});", chart.Script);
    }

    [Fact]
    public void A_chart_whose_html_is_not_recognised_is_rendered_as_an_undrawn_container()
    {
        var page = new BookPage("p", [BookCell.Code(1, "x", new BookOutput("display_data", new Dictionary<string, string> { ["text/html"] = "<script>Plotly.newPlot(</script>" }))]);
        var folder = TestPaths.NewTemporaryFolder("descent-book-unrecognised");
        BookBuilder.Build([page], folder);
        var html = File.ReadAllText(Path.Combine(folder, "p.html"));
        Assert.Contains("<div class=\"book-chart unconverted\">", html);
        Assert.DoesNotContain("<script>Plotly.newPlot(</script>", html);
        Directory.Delete(folder, recursive: true);
    }
}

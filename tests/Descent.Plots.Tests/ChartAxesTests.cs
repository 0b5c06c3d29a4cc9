namespace Descent.Plots.Tests;

public class ChartAxesTests
{
    private static Plotly.NET.GenericChart Chart() =>
        Charts.Lines("Search", "learning rate", "loss", new Series("a", [0.01, 0.1, 1], [3, 2, 1]), new Series("b", [0.01, 1], [4, 5]));

    [Fact]
    public void WithLogX_makes_only_the_horizontal_axis_logarithmic_and_keeps_its_title()
    {
        var json = new ChartJson(Chart().WithLogX());

        Assert.Equal("log", json.Layout.GetProperty("xaxis").GetProperty("type").GetString());
        Assert.Equal("linear", json.Layout.GetProperty("yaxis").GetProperty("type").GetString());
        Assert.Equal("learning rate", json.XTitle);
        Assert.Equal([3.0, 2.0, 1.0], ChartJson.Numbers(json.Trace("a").GetProperty("y")));
    }

    [Fact]
    public void WithLogY_and_WithLogX_chain_to_log_log()
    {
        var json = new ChartJson(Chart().WithLogX().WithLogY());

        Assert.Equal("log", json.Layout.GetProperty("xaxis").GetProperty("type").GetString());
        Assert.Equal("log", json.Layout.GetProperty("yaxis").GetProperty("type").GetString());
        Assert.Equal("loss", json.YTitle);
    }

    [Fact]
    public void WithLogX_works_on_a_chart_built_with_plotly_directly()
    {
        var trace = new Plotly.NET.Trace2D("scatter");
        trace.SetProperty("x", new[] { 1.0, 10, 100 });
        trace.SetProperty("y", new[] { 1.0, 2, 3 });
        var layout = new Plotly.NET.Layout();
        layout.SetProperty("xaxis", new Plotly.NET.LayoutObjects.LinearAxis());
        var chart = Plotly.NET.GenericChart.addLayout(layout, Plotly.NET.GenericChart.ofTraceObjects(true, new List<Plotly.NET.Trace> { trace }));
        var json = new ChartJson(chart.WithLogX());

        Assert.Equal("log", json.Layout.GetProperty("xaxis").GetProperty("type").GetString());
    }

    [Fact]
    public void A_null_chart_is_rejected_naming_the_parameter()
    {
        Assert.Equal("chart", Assert.Throws<ArgumentNullException>(() => ChartAxes.WithLogX(null!)).ParamName);
        Assert.Equal("chart", Assert.Throws<ArgumentNullException>(() => ChartLegend.WithLegendBelow(null!)).ParamName);
    }
}

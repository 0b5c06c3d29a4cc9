namespace Descent.Plots.Tests;

public class LinesTests
{
    [Fact]
    public void Lines_draws_one_scatter_trace_per_series_with_titles_and_data()
    {
        var chart = Charts.Lines("Two lines", "step", "loss",
            new Series("a", [0, 1, 2], [3, 2, 1]),
            new Series("b", [0, 1], [5, double.NaN], "markers"));
        var json = new ChartJson(chart);

        Assert.Equal(["scatter", "scatter"], json.TraceTypes);
        Assert.Equal(["a", "b"], json.TraceNames);
        Assert.Equal("Two lines", json.Title);
        Assert.Equal("step", json.XTitle);
        Assert.Equal("loss", json.YTitle);
        Assert.Equal([3.0, 2.0, 1.0], ChartJson.Numbers(json.Trace("a").GetProperty("y")));
        Assert.Equal([5.0, null], ChartJson.Numbers(json.Trace("b").GetProperty("y")));
        Assert.Equal("lines", json.Trace("a").GetProperty("mode").GetString());
        Assert.Equal("markers", json.Trace("b").GetProperty("mode").GetString());
        Assert.True(json.Layout.GetProperty("showlegend").GetBoolean());
        Assert.Equal(Charts.DefaultWidth, json.Layout.GetProperty("width").GetInt32());
        Assert.Equal(Charts.DefaultHeight, json.Layout.GetProperty("height").GetInt32());
        Assert.Contains("a<br>step = 1<br>loss = 2", ChartJson.Strings(json.Trace("a").GetProperty("text")));
        Assert.Equal("linear", json.Layout.GetProperty("yaxis").GetProperty("type").GetString());
    }

    [Fact]
    public void A_single_series_has_no_legend_and_log_y_sets_a_log_axis()
    {
        var json = new ChartJson(Charts.Lines("t", "x", "y", logY: true, new Series("only", [1, 2], [10, 100])));

        Assert.False(json.Layout.GetProperty("showlegend").GetBoolean());
        Assert.Equal("log", json.Layout.GetProperty("yaxis").GetProperty("type").GetString());
    }

    [Fact]
    public void Tuple_overload_draws_the_same_data()
    {
        var json = new ChartJson(Charts.Lines("t", "x", "y", ("sq", new double[] { 1, 2, 3 }, new double[] { 1, 4, 9 })));

        Assert.Equal([1.0, 4.0, 9.0], ChartJson.Numbers(json.Trace("sq").GetProperty("y")));
        Assert.Equal([1.0, 2.0, 3.0], ChartJson.Doubles(json.Trace("sq").GetProperty("x")));
    }

    [Fact]
    public void Bad_series_are_rejected_naming_the_parameter()
    {
        Assert.Equal("series", Assert.Throws<ArgumentException>(() => Charts.Lines("t", "x", "y", new Series[0])).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentException>(() => Charts.Lines("t", "x", "y", new Series("e", [], []))).ParamName);
        var mismatch = Assert.Throws<ArgumentException>(() => Charts.Lines("t", "x", "y", new Series("m", [1, 2], [1])));
        Assert.Equal("series", mismatch.ParamName);
        Assert.Contains("2 x values but 1 y values", mismatch.Message);
        Assert.Equal("mode", Assert.Throws<ArgumentOutOfRangeException>(() => Charts.Lines("t", "x", "y", new Series("m", [1], [1], "bars"))).ParamName);
    }

    [Fact]
    public void Chart_renders_to_html_with_a_plotly_call()
    {
        var html = Plotly.NET.GenericChart.toChartHTML(Charts.Lines("Rendered", "x", "y", new Series("s", [0, 1], [1, 0])));

        Assert.Contains("Plotly.newPlot", html);
        Assert.Contains("Rendered", html);
    }
}

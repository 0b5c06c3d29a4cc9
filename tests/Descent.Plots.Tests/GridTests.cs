namespace Descent.Plots.Tests;

public class GridTests
{
    [Fact]
    public void Grid_places_each_chart_in_its_own_axes()
    {
        var a = Charts.Lines("A", "x", "y", new Series("a", [0, 1], [0, 1]));
        var b = Charts.Lines("B", "q", "y", new Series("b", [0, 1], [1, 0]));
        var c = Charts.Lines("C", "x", "y", new Series("c", [0, 1], [1, 1]));

        var json = new ChartJson(Charts.Grid("Three", 2, a, b, c));

        Assert.Equal(["a", "b", "c"], json.TraceNames);
        Assert.Equal(["x", "x2", "x3"], json.Traces.Select(t => t.GetProperty("xaxis").GetString()));
        Assert.Equal(["y", "y2", "y3"], json.Traces.Select(t => t.GetProperty("yaxis").GetString()));
        Assert.Equal("Three", json.Title);
        Assert.Equal(["<b>A</b>", "<b>B</b>", "<b>C</b>"], json.Layout.GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString()));
        var x2 = json.Layout.GetProperty("xaxis2");
        Assert.Equal("q", x2.GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("y2", x2.GetProperty("anchor").GetString());
        var left = ChartJson.Doubles(json.Layout.GetProperty("xaxis").GetProperty("domain"));
        var right = ChartJson.Doubles(x2.GetProperty("domain"));
        Assert.True(left[1] < right[0], "the two columns do not overlap");
        var top = ChartJson.Doubles(json.Layout.GetProperty("yaxis").GetProperty("domain"));
        var bottom = ChartJson.Doubles(json.Layout.GetProperty("yaxis3").GetProperty("domain"));
        Assert.True(bottom[1] < top[0], "the two rows do not overlap");
        Assert.False(new ChartJson(a).Traces[0].TryGetProperty("xaxis", out _), "the original chart is unchanged");
    }

    [Fact]
    public void Grid_rejects_3d_charts()
    {
        var surface = Charts.Surface((x, y) => x * y, (0, 1), (0, 1), "s");
        Assert.Equal("charts", Assert.Throws<ArgumentException>(() => Charts.Grid("t", 1, surface)).ParamName);
    }

    [Fact]
    public void Grid_needs_charts_and_columns()
    {
        Assert.Equal("charts", Assert.Throws<ArgumentException>(() => Charts.Grid("t", 2)).ParamName);
        var a = Charts.Lines("A", "x", "y", new Series("a", [0, 1], [0, 1]));
        Assert.Equal("columns", Assert.Throws<ArgumentOutOfRangeException>(() => Charts.Grid("t", 0, a)).ParamName);
    }
}

namespace Descent.Plots.Tests;

public class GridTests
{
    [Fact]
    public void Grid_places_each_chart_in_its_own_axes()
    {
        var a = Charts.Lines("A", "x", "y", new Series("a", [0, 1], [0, 1]));
        var b = Charts.Lines("B", "x", "y", new Series("b", [0, 1], [1, 0]));
        var c = Charts.Lines("C", "x", "y", new Series("c", [0, 1], [1, 1]));

        var json = new ChartJson(Charts.Grid("Three", 2, a, b, c));

        Assert.Equal(["a", "b", "c"], json.TraceNames);
        Assert.Equal(["x", "x2", "x3"], json.Traces.Select(t => t.GetProperty("xaxis").GetString()));
        Assert.Equal("Three", json.Title);
        Assert.Equal(2, json.Layout.GetProperty("grid").GetProperty("rows").GetInt32());
        Assert.Equal(2, json.Layout.GetProperty("grid").GetProperty("columns").GetInt32());
    }

    [Fact]
    public void Grid_needs_charts_and_columns()
    {
        Assert.Equal("charts", Assert.Throws<ArgumentException>(() => Charts.Grid("t", 2)).ParamName);
        var a = Charts.Lines("A", "x", "y", new Series("a", [0, 1], [0, 1]));
        Assert.Equal("columns", Assert.Throws<ArgumentOutOfRangeException>(() => Charts.Grid("t", 0, a)).ParamName);
    }
}

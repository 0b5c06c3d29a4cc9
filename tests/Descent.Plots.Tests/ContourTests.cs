using Descent.Objectives;

namespace Descent.Plots.Tests;

public class ContourTests
{
    private static readonly PathSeries Path = new("GD", [[-1.0, 2.0], [0.0, 1.0], [1.0, 1.0]]);

    [Fact]
    public void Contour_of_an_objective_has_contours_path_start_end_and_minima()
    {
        var json = new ChartJson(Charts.Contour(new Rosenbrock(), "Rosenbrock", Path));

        Assert.Equal(["contour", "scatter", "scatter", "scatter", "scatter"], json.TraceTypes);
        Assert.Equal(["f", "GD", "GD start", "GD end", "minima"], json.TraceNames);
        Assert.Equal([-1.0, 0.0, 1.0], ChartJson.Numbers(json.Trace("GD").GetProperty("x")));
        Assert.Equal([2.0, 1.0, 1.0], ChartJson.Numbers(json.Trace("GD").GetProperty("y")));
        Assert.Equal([-1.0], ChartJson.Numbers(json.Trace("GD start").GetProperty("x")));
        Assert.Equal([1.0], ChartJson.Numbers(json.Trace("GD end").GetProperty("x")));
        Assert.Equal([1.0], ChartJson.Doubles(json.Trace("minima").GetProperty("x")));
        Assert.Equal("star", json.Trace("minima").GetProperty("marker").GetProperty("symbol").GetString());
        Assert.Equal("Rosenbrock", json.Title);
        Assert.Equal("x₁", json.XTitle);
        Assert.Equal("x₂", json.YTitle);
        Assert.Equal("fill", json.Trace("f").GetProperty("contours").GetProperty("coloring").GetString());
        var bounds = new Rosenbrock().PlotBounds;
        Assert.Equal([bounds[0].Min, bounds[0].Max], ChartJson.Doubles(json.Layout.GetProperty("xaxis").GetProperty("range")));
    }

    [Fact]
    public void Contour_grid_holds_f_on_rows_of_y()
    {
        var json = new ChartJson(Charts.Contour((x, y) => x + 10 * y, (0, 1), (0, 2), "plane",
            new ContourOptions { Resolution = 11 }, null));

        var contour = json.Trace("f");
        var z = contour.GetProperty("z").EnumerateArray().Select(ChartJson.Numbers).ToArray();
        Assert.Equal(11, z.Length);
        Assert.Equal(0.0, z[0][0]);
        Assert.Equal(1.0, z[0][10]);
        Assert.Equal(20.0, z[10][0]);
        Assert.Single(json.Traces);
    }

    [Fact]
    public void Log_scale_draws_log10_of_one_plus_f_minus_its_minimum_and_lines_only()
    {
        var json = new ChartJson(Charts.Contour((x, y) => x * x, (-3, 3), (0, 1), "log",
            new ContourOptions { LogScale = true, Filled = false, Resolution = 13 }, null));

        var row = ChartJson.Numbers(json.Trace("f").GetProperty("z")[0]);
        Assert.Equal(1.0, row[0]!.Value, 12);          // log10(1 + 9 − 0)
        Assert.Equal(0.0, row[6]!.Value, 12);          // x = 0
        Assert.Equal("lines", json.Trace("f").GetProperty("contours").GetProperty("coloring").GetString());
    }

    [Fact]
    public void Diverged_points_become_gaps()
    {
        var json = new ChartJson(Charts.Contour((x, y) => x * x + y * y, (-1, 1), (-1, 1), "div",
            new PathSeries("boom", [[0.5, 0.5], [double.NaN, double.PositiveInfinity]])));

        Assert.Equal([0.5, null], ChartJson.Numbers(json.Trace("boom").GetProperty("x")));
        Assert.Equal([0.5], ChartJson.Numbers(json.Trace("boom end").GetProperty("x")));
    }

    [Fact]
    public void Bad_input_is_rejected_naming_the_parameter()
    {
        Assert.Equal("xBounds", Assert.Throws<ArgumentOutOfRangeException>(() => Charts.Contour((x, y) => x, (1, 1), (0, 1), "t")).ParamName);
        Assert.Equal("paths", Assert.Throws<ArgumentException>(() => Charts.Contour((x, y) => x, (0, 1), (0, 1), "t", new PathSeries("empty", []))).ParamName);
        Assert.Equal("f", Assert.Throws<ArgumentException>(() => Charts.Contour(new DoubleWell(), "t")).ParamName);
    }
}

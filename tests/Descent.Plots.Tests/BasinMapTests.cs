using Descent.Objectives;

namespace Descent.Plots.Tests;

public class BasinMapTests
{
    [Fact]
    public void Starts_are_grouped_by_the_minimum_their_run_reaches()
    {
        double[][] minima = [[1, 0], [-1, 0]];
        double[][] starts = [[0.5, 0], [-0.5, 0], [2, 2], [0.1, 0.1]];
        double[][] finals = [[1.01, 0], [-1, 0.02], [double.NaN, 0], [5, 5]];

        var json = new ChartJson(Charts.BasinMap("Basins", starts, finals, minima));

        Assert.Equal(["no minimum", "→ minimum 1 (1, 0)", "→ minimum 2 (-1, 0)", "minima"], json.TraceNames);
        Assert.Equal([2.0, 0.1], ChartJson.Doubles(json.Trace("no minimum").GetProperty("x")));
        Assert.Equal([0.5], ChartJson.Doubles(json.Trace("→ minimum 1 (1, 0)").GetProperty("x")));
        Assert.Equal([-0.5], ChartJson.Doubles(json.Trace("→ minimum 2 (-1, 0)").GetProperty("x")));
        Assert.Equal("Basins", json.Title);
        Assert.Equal("x₁", json.XTitle);
    }

    [Fact]
    public void Objective_overload_runs_from_a_grid_over_the_plot_bounds()
    {
        var f = new Himmelblau();
        int runs = 0;
        var json = new ChartJson(Charts.BasinMap(f, start => { runs++; return f.Minima[start[0] > 0 ? 0 : 1]; }, "Himmelblau basins", gridSize: 4));

        Assert.Equal(16, runs);
        Assert.Equal("contour", json.TraceTypes[0]);
        var reached = json.Traces.Where(t => t.GetProperty("name").GetString()!.StartsWith("→")).ToList();
        Assert.Equal(2, reached.Count);
        Assert.Equal(16, reached.Sum(t => t.GetProperty("x").GetArrayLength()));
    }

    [Fact]
    public void Bad_input_is_rejected()
    {
        Assert.Equal("finals", Assert.Throws<ArgumentException>(() => Charts.BasinMap("t", [[0.0, 0.0]], [], [[0.0, 0.0]])).ParamName);
        Assert.Equal("minima", Assert.Throws<ArgumentException>(() => Charts.BasinMap("t", [[0.0, 0.0]], [[0.0, 0.0]], [])).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => Charts.BasinMap("t", [[0.0, 0.0]], [[0.0, 0.0]], [[0.0, 0.0]], tolerance: 0)).ParamName);
    }
}

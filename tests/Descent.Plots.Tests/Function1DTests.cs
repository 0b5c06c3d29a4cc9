using Descent.Objectives;

namespace Descent.Plots.Tests;

public class Function1DTests
{
    [Fact]
    public void Curve_alone_samples_the_function_over_the_window()
    {
        var json = new ChartJson(Charts.Function1D(x => x * x, -2, 2, "Parabola", points: 5));

        Assert.Equal(["scatter"], json.TraceTypes);
        Assert.Equal([-2.0, -1.0, 0.0, 1.0, 2.0], ChartJson.Doubles(json.Traces[0].GetProperty("x")));
        Assert.Equal([4.0, 1.0, 0.0, 1.0, 4.0], ChartJson.Numbers(json.Traces[0].GetProperty("y")));
        Assert.Equal("Parabola", json.Title);
        Assert.Equal("x", json.XTitle);
        Assert.Equal("f(x)", json.YTitle);
    }

    [Fact]
    public void Iterates_are_drawn_on_the_curve_with_start_end_and_arrows()
    {
        double[] steps = [2, 1, 0.5];
        var json = new ChartJson(Charts.Function1D(x => x * x, -2, 2, "GD", steps, xTitle: "w", yTitle: "loss"));

        Assert.Equal(["f", "iterates", "start", "end"], json.TraceNames);
        Assert.Equal(steps, ChartJson.Doubles(json.Trace("iterates").GetProperty("x")));
        Assert.Equal([4.0, 1.0, 0.25], ChartJson.Numbers(json.Trace("iterates").GetProperty("y")));
        Assert.Equal([2.0], ChartJson.Doubles(json.Trace("start").GetProperty("x")));
        Assert.Equal([0.5], ChartJson.Doubles(json.Trace("end").GetProperty("x")));
        Assert.Contains("step 1<br>w = 1<br>loss = 1", ChartJson.Strings(json.Trace("iterates").GetProperty("text")));
        var arrows = json.Layout.GetProperty("annotations").EnumerateArray().ToList();
        Assert.Equal(2, arrows.Count);
        Assert.Equal(2.0, arrows[0].GetProperty("ax").GetDouble());
        Assert.Equal(1.0, arrows[0].GetProperty("x").GetDouble());
        Assert.Equal("w", json.XTitle);
        Assert.Equal("loss", json.YTitle);
    }

    [Fact]
    public void Objective_overload_uses_its_bounds_and_marks_its_minima()
    {
        var f = new Function1D("x² − 2x", x => x * x - 2 * x, x => 2 * x - 2, minima: [1], bounds: (-1, 3));
        var json = new ChartJson(Charts.Function1D(f, "Objective"));

        var curveX = ChartJson.Doubles(json.Trace("x² − 2x").GetProperty("x"));
        Assert.Equal(-1.0, curveX[0]);
        Assert.Equal(3.0, curveX[^1]);
        Assert.Equal([1.0], ChartJson.Doubles(json.Trace("minima").GetProperty("x")));
        Assert.Equal([-1.0], ChartJson.Numbers(json.Trace("minima").GetProperty("y")));
        Assert.Equal("star", json.Trace("minima").GetProperty("marker").GetProperty("symbol").GetString());
    }

    [Fact]
    public void Bad_window_or_objective_is_rejected()
    {
        Assert.Equal("max", Assert.Throws<ArgumentOutOfRangeException>(() => Charts.Function1D(x => x, 1, 1, "t")).ParamName);
        Assert.Equal("min", Assert.Throws<ArgumentOutOfRangeException>(() => Charts.Function1D(x => x, double.NaN, 1, "t")).ParamName);
        Assert.Equal("points", Assert.Throws<ArgumentOutOfRangeException>(() => Charts.Function1D(x => x, 0, 1, "t", points: 1)).ParamName);
        Assert.Equal("f", Assert.Throws<ArgumentException>(() => Charts.Function1D(new Rosenbrock(), "t")).ParamName);
    }
}

using Descent.Objectives;
using Descent.Optimizers;
using Descent.Training;

namespace Descent.Plots.Tests;

/// <summary>The call shapes the lessons use resolve to the intended overloads.</summary>
public class OverloadTests
{
    [Fact]
    public void Common_calls_resolve_and_draw()
    {
        var f = new Himmelblau();
        var a = Minimizer.Run(f, [0.0, 0.0], new Sgd(0.01), 10).WithLabel("a");
        var b = Minimizer.Run(f, [1.0, -1.0], new Adam(0.1), 10).WithLabel("b");
        Trajectory[] array = [a, b];
        var list = new List<Trajectory> { a, b };

        Assert.Equal(2, new ChartJson(Charts.Contour(f, "bare")).Traces.Count);                          // contour + minima
        Assert.Equal(2, new ChartJson(Charts.Contour(f, "options", new ContourOptions { LogScale = true })).Traces.Count);
        Assert.Equal(8, new ChartJson(Charts.Contour(f, "params", a, b)).Traces.Count);
        Assert.Equal(8, new ChartJson(Charts.Contour(f, "array", array)).Traces.Count);
        Assert.Equal(8, new ChartJson(Charts.Contour(f, "list", list)).Traces.Count);
        Assert.Equal(2, new ChartJson(Charts.Animated(f, "slider", a, b)).Layout.GetProperty("sliders")[0].GetProperty("steps").GetArrayLength() - 1);
        Assert.Single(new ChartJson(Charts.Surface(f, "surface")).Traces);
        Assert.Equal(2, new ChartJson(Charts.ValueCurves("values", a, b)).Traces.Count);

        var well = new DoubleWell();
        Assert.Equal(2, new ChartJson(Charts.Function1D(well, "curve")).Traces.Count);                   // curve + minima
        Assert.Equal(5, new ChartJson(Charts.Function1D(well, "steps", new[] { 1.5, 1.4 })).Traces.Count);
    }
}

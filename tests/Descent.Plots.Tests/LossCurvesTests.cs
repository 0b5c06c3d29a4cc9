namespace Descent.Plots.Tests;

public class LossCurvesTests
{
    [Fact]
    public void Loss_curves_use_steps_as_x_and_a_log_loss_axis_by_default()
    {
        var json = new ChartJson(Charts.LossCurves("Losses", ("sgd", new double[] { 4, 2, 1 }), ("adam", new double[] { 4, 1 })));

        Assert.Equal(["sgd", "adam"], json.TraceNames);
        Assert.Equal([0.0, 1.0, 2.0], ChartJson.Doubles(json.Trace("sgd").GetProperty("x")));
        Assert.Equal([4.0, 2.0, 1.0], ChartJson.Numbers(json.Trace("sgd").GetProperty("y")));
        Assert.Equal("step", json.XTitle);
        Assert.Equal("loss", json.YTitle);
        Assert.Equal("Losses", json.Title);
        Assert.Equal("log", json.Layout.GetProperty("yaxis").GetProperty("type").GetString());
    }

    [Fact]
    public void Loss_curves_can_use_a_linear_axis()
    {
        var json = new ChartJson(Charts.LossCurves("Losses", logY: false, ("sgd", new double[] { 4, 2 })));

        Assert.Equal("linear", json.Layout.GetProperty("yaxis").GetProperty("type").GetString());
    }

    [Fact]
    public void Empty_losses_are_rejected()
    {
        Assert.Equal("series", Assert.Throws<ArgumentException>(() => Charts.LossCurves("t", ("none", Array.Empty<double>()))).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentException>(() => Charts.LossCurves("t", Array.Empty<(string, IEnumerable<double>)>())).ParamName);
    }
}

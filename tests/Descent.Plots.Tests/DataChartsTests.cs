using Descent.Data;

namespace Descent.Plots.Tests;

public class DataChartsTests
{
    private static Dataset TwoClasses() => Dataset.Classification("blobs",
        [[0.0, 0.0], [0.2, 0.1], [2.0, 2.0], [2.1, 1.9]], [0, 0, 1, 1], ["left", "right"], ["a", "b"]);

    [Fact]
    public void Scatter2D_draws_one_trace_per_class_with_feature_titles()
    {
        var json = new ChartJson(Charts.Scatter2D(TwoClasses(), "Blobs"));

        Assert.Equal(["left", "right"], json.TraceNames);
        Assert.Equal([2.0, 2.1], ChartJson.Doubles(json.Trace("right").GetProperty("x")));
        Assert.Equal([0.0, 0.1], ChartJson.Doubles(json.Trace("left").GetProperty("y")));
        Assert.Equal("a", json.XTitle);
        Assert.Equal("b", json.YTitle);
        Assert.Equal("Blobs", json.Title);
    }

    [Fact]
    public void Scatter2D_of_one_feature_regression_plots_feature_against_target()
    {
        var data = Dataset.Regression("line", [[1.0], [2.0], [3.0]], [2, 4, 6], ["size"]);
        var json = new ChartJson(Charts.Scatter2D(data));

        Assert.Equal("line", json.Title);
        Assert.Equal("size", json.XTitle);
        Assert.Equal("target", json.YTitle);
        Assert.Equal([2.0, 4.0, 6.0], ChartJson.Numbers(json.Traces[0].GetProperty("y")));
    }

    [Fact]
    public void Scatter2D_rejects_a_feature_outside_the_data()
    {
        Assert.Equal("yFeature", Assert.Throws<ArgumentOutOfRangeException>(() => Charts.Scatter2D(TwoClasses(), yFeature: 2)).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => Charts.Scatter2D("t", "x", "y", [[0.0, 0.0]], [0, 1], ["a", "b"])).ParamName);
    }

    [Fact]
    public void Decision_boundary_colors_the_grid_by_predicted_class_under_the_points()
    {
        var json = new ChartJson(Charts.DecisionBoundary(p => p[0] > 1 ? 1 : 0, TwoClasses(), "Boundary",
            xBounds: (0, 2), yBounds: (0, 2), resolution: 11));

        Assert.Equal(["heatmap", "scatter", "scatter"], json.TraceTypes);
        var z = json.Traces[0].GetProperty("z")[0].EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1], z);
        Assert.Equal(["left", "right"], json.TraceNames.Skip(1));
        Assert.Equal("Boundary", json.Title);
        Assert.Equal("a", json.XTitle);
    }

    [Fact]
    public void Decision_boundary_rejects_predictions_outside_the_classes_and_wrong_data()
    {
        Assert.Equal("predict", Assert.Throws<ArgumentException>(() => Charts.DecisionBoundary(_ => 5, TwoClasses(), "t")).ParamName);
        var regression = Dataset.Regression("r", [[1.0, 2.0]], [1], ["a", "b"]);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => Charts.DecisionBoundary(_ => 0, regression, "t")).ParamName);
    }
}

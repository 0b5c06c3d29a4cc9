using Descent.Data;

namespace Descent.Tests.Data;

public class DatasetTests
{
    private static Dataset Small() => Dataset.Regression("small",
        [[1, 10], [2, 10], [3, 10], [6, 10]], [0.5, 1.5, 2.5, 3.5], ["a", "b"]);

    [Fact]
    public void Regression_set_has_targets_and_no_classes()
    {
        var data = Small();
        Assert.Equal(4, data.Count);
        Assert.Equal(2, data.FeatureCount);
        Assert.Equal(0, data.ClassCount);
        Assert.False(data.IsClassification);
        Assert.Null(data.Labels);
        Assert.Equal([0.5, 1.5, 2.5, 3.5], data.Targets!);
        Assert.Equal(["a", "b"], data.FeatureNames);
    }

    [Fact]
    public void Classification_set_has_labels_and_class_names()
    {
        var data = Dataset.Classification("c", [[0.0], [1.0], [2.0]], [0, 1, 1], ["no", "yes"]);
        Assert.True(data.IsClassification);
        Assert.Null(data.Targets);
        Assert.Equal(2, data.ClassCount);
        Assert.Equal([1, 2], data.ClassCounts());
        Assert.Equal(["x0"], data.FeatureNames);
    }

    [Fact]
    public void Inputs_are_copied()
    {
        double[][] x = [[1.0], [2.0]];
        double[] y = [3, 4];
        var data = Dataset.Regression("r", x, y);
        x[0][0] = 99;
        y[1] = 99;
        Assert.Equal(1.0, data.Features[0][0]);
        Assert.Equal(4.0, data.Targets![1]);
    }

    [Fact]
    public void Rows_of_different_length_name_the_row()
    {
        var error = Assert.Throws<ArgumentException>(() => Dataset.Regression("r", [[1.0, 2], [3.0, 4], [5.0]], [1, 2, 3]));
        Assert.Equal("x", error.ParamName);
        Assert.Contains("Row 2 of x has 1 feature, row 0 has 2 features", error.Message);
    }

    [Fact]
    public void Non_finite_values_are_rejected_with_their_place()
    {
        var error = Assert.Throws<ArgumentException>(() => Dataset.Regression("r", [[1.0, 2], [3.0, double.NaN]], [1, 2]));
        Assert.Contains("Row 1, feature 1 of x is NaN", error.Message);
        var target = Assert.Throws<ArgumentException>(() => Dataset.Regression("r", [[1.0], [2.0]], [1, double.PositiveInfinity]));
        Assert.Equal("y", target.ParamName);
        Assert.Contains("row 1", target.Message);
    }

    [Fact]
    public void Mismatched_lengths_are_rejected()
    {
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => Dataset.Regression("r", [[1.0], [2.0]], [1.0])).ParamName);
        Assert.Equal("featureNames", Assert.Throws<ArgumentException>(() => Dataset.Regression("r", [[1.0]], [1.0], ["a", "b"])).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => Dataset.Classification("c", [[1.0]], [0, 1], ["a", "b"])).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => Dataset.Regression("r", [], [])).ParamName);
    }

    [Fact]
    public void Labels_outside_the_classes_are_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Dataset.Classification("c", [[1.0], [2.0]], [0, 2], ["a", "b"]));
        Assert.Equal("labels", error.ParamName);
        Assert.Equal(2, error.ActualValue);
        Assert.Contains("row 1", error.Message);
    }

    [Fact]
    public void Standardized_columns_have_mean_zero_and_standard_deviation_one()
    {
        var data = Small().Standardized();
        // Column a: mean 3, population sd sqrt((4 + 1 + 0 + 9) / 4) = sqrt(3.5).
        double sd = Math.Sqrt(3.5);
        Assert.Equal([-2 / sd, -1 / sd, 0, 3 / sd], data.Features.Select(r => r[0]).ToArray());
        Assert.All(data.Features, r => Assert.Equal(0.0, r[1]));
        var (mean, deviation) = data.FeatureStatistics();
        Assert.Equal(0.0, mean[0], 1e-15);
        Assert.Equal(1.0, deviation[0], 1e-15);
        Assert.Equal(Small().Targets, data.Targets);
        Assert.Equal("small (standardized)", data.Name);
    }

    [Fact]
    public void Standardized_with_given_statistics()
    {
        var data = Small().Standardized([1, 10], [2, 1]);
        Assert.Equal([0.0, 0.5, 1.0, 2.5], data.Features.Select(r => r[0]));
        Assert.Throws<ArgumentException>(() => Small().Standardized([1], [1]));
    }

    [Fact]
    public void Select_takes_rows_in_the_given_order()
    {
        var data = Dataset.Classification("c", [[0.0], [1.0], [2.0]], [0, 1, 2], ["a", "b", "c"]);
        var picked = data.Select([2, 0, 2]);
        Assert.Equal([2.0, 0.0, 2.0], picked.Features.Select(r => r[0]));
        Assert.Equal([2, 0, 2], picked.Labels!);
        Assert.Equal(data.ClassNames, picked.ClassNames);
    }

    [Fact]
    public void Select_rejects_a_row_out_of_range()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Small().Select([1, 4]));
        Assert.Equal("rows", error.ParamName);
        Assert.Equal(4, error.ActualValue);
        Assert.Contains("rows[1]", error.Message);
    }
}

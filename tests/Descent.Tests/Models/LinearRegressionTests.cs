using Descent.Data;
using Descent.Models;

namespace Descent.Tests.Models;

public class LinearRegressionTests
{
    [Fact]
    public void Loss_is_mean_of_squared_residuals_without_half()
    {
        var data = Dataset.Regression("line", [[0.0], [1.0], [2.0]], [1.0, 2.0, 5.0]);
        var model = new LinearRegression(1);
        double[] parameters = [2, 1];                 // ŷ = 2x + 1 → residuals 0, 1, 0
        Assert.Equal(1.0 / 3, model.Loss(parameters, data), 15);
        Assert.Equal(1.0, model.Loss(parameters, data, Reduction.Sum), 15);

        var gradient = new double[2];
        model.LossAndGradient(parameters, data, [1], gradient);
        Assert.Equal([2.0, 2.0], gradient);           // 2·r·x, 2·r with r = 1, x = 1
        Assert.Equal(5.0, model.Predict(parameters, [2.0]));
    }

    [Fact]
    public void Least_squares_recovers_an_exact_line()
    {
        var data = Dataset.Regression("plane", [[0.0, 1.0], [1.0, 0.0], [2.0, 3.0], [-1.0, 2.0]], [-1.0, 4.0, 1.0, -6.0]);
        var solution = LinearRegression.LeastSquares(data);   // y = 3x₀ − 2x₁ + 1
        Assert.Equal(3, solution[0], 12);
        Assert.Equal(-2, solution[1], 12);
        Assert.Equal(1, solution[2], 12);
        Assert.True(new LinearRegression(2).Loss(solution, data) < 1e-20);
    }

    [Fact]
    public void Parameter_length_mismatch_names_both_lengths()
    {
        var model = new LinearRegression(3);
        var error = Assert.Throws<ArgumentException>(() => model.Loss(new double[3], ModelData.Regression()));
        Assert.Contains("3", error.Message);
        Assert.Contains("4", error.Message);
        Assert.Equal("parameters", error.ParamName);
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        var count = Assert.Throws<ArgumentOutOfRangeException>(() => new LinearRegression(0));
        Assert.Equal("featureCount", count.ParamName);
        var model = new LinearRegression(3);
        var row = Assert.Throws<ArgumentOutOfRangeException>(() => model.LossAndGradient(new double[4], ModelData.Regression(), [0, 20], new double[4]));
        Assert.Equal(20, row.ActualValue);
        Assert.Throws<ArgumentException>(() => model.Loss(new double[4], ModelData.Classification(features: 3)));
    }
}

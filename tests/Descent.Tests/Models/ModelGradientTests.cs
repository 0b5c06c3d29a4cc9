using Descent.Data;
using Descent.Models;
using Descent.Objectives;

namespace Descent.Tests.Models;

public class ModelGradientTests
{
    public static IEnumerable<object[]> Cases()
    {
        foreach (var reduction in new[] { Reduction.Mean, Reduction.Sum })
        {
            yield return ["LinearRegression", reduction];
            yield return ["SoftmaxRegression", reduction];
            foreach (var activation in Enum.GetValues<Activation>())
            {
                yield return [$"Mlp.Classification.{activation}", reduction];
                yield return [$"Mlp.Regression.{activation}", reduction];
            }
        }
    }

    private static (IModel Model, Dataset Data) Create(string name)
    {
        if (name == "LinearRegression") return (new LinearRegression(3), ModelData.Regression());
        if (name == "SoftmaxRegression") return (new SoftmaxRegression(2, 3), ModelData.Classification());
        var activation = Enum.Parse<Activation>(name.Split('.')[2]);
        return name.Contains("Classification")
            ? (new Mlp([2, 5, 4, 3], activation), ModelData.Classification())
            : (new Mlp([3, 6, 1], activation), ModelData.Regression());
    }

    private static readonly int[] Batch = [3, 0, 7, 7, 12, 5];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analytic_gradient_matches_central_differences(string name, Reduction reduction)
    {
        var (model, data) = Create(name);
        var parameters = ModelData.RandomParameters(model.ParameterCount, seed: 11);

        var result = GradientCheck.Check(
            p => model.LossAndGradient(p, data, Batch, new double[model.ParameterCount], reduction),
            p =>
            {
                var g = new double[model.ParameterCount];
                model.LossAndGradient(p, data, Batch, g, reduction);
                return g;
            },
            parameters);

        Assert.True(result.Passes(1e-6), $"{name} {reduction}: {result}");
        Assert.Contains(result.Analytic, g => Math.Abs(g) > 1e-3);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sum_is_batch_size_times_mean(string name, Reduction unused)
    {
        _ = unused;
        var (model, data) = Create(name);
        var parameters = ModelData.RandomParameters(model.ParameterCount, seed: 5);
        var mean = new double[model.ParameterCount];
        var sum = new double[model.ParameterCount];
        double meanLoss = model.LossAndGradient(parameters, data, Batch, mean, Reduction.Mean);
        double sumLoss = model.LossAndGradient(parameters, data, Batch, sum, Reduction.Sum);

        Assert.Equal(Batch.Length * meanLoss, sumLoss, 1e-12 * Math.Abs(sumLoss));
        for (int k = 0; k < mean.Length; k++)
            Assert.Equal(Batch.Length * mean[k], sum[k], 1e-12 * (1 + Math.Abs(sum[k])));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Whole_data_loss_equals_loss_over_all_rows(string name, Reduction reduction)
    {
        var (model, data) = Create(name);
        var parameters = ModelData.RandomParameters(model.ParameterCount, seed: 9);
        var all = Enumerable.Range(0, data.Count).ToArray();
        double viaBatch = model.LossAndGradient(parameters, data, all, new double[model.ParameterCount], reduction);
        Assert.Equal(viaBatch, model.Loss(parameters, data, reduction));
    }
}

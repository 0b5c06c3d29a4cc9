using Descent.Data;
using Descent.Models;

namespace Descent.Tests.Models;

public class BatchedMlpTests
{
    public static TheoryData<int[], int, int, Reduction> Shapes => new()
    {
        { [3, 2], 1, 40, Reduction.Mean },          // no hidden layer: softmax regression
        { [3, 2], 17, 40, Reduction.Sum },
        { [2, 5, 3], 1, 30, Reduction.Mean },
        { [2, 5, 3], 30, 30, Reduction.Sum },
        { [4, 7, 6, 3], 13, 50, Reduction.Mean },
        { [4, 7, 6, 3], 33, 50, Reduction.Sum },
        { [9, 1, 4], 8, 20, Reduction.Mean },       // a one-unit bottleneck
        { [64, 33, 10], 37, 60, Reduction.Mean },   // wider than a SIMD vector, odd sizes everywhere
        { [64, 33, 10], 60, 60, Reduction.Sum },
        { [784, 128, 10], 128, 128, Reduction.Mean },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Loss_and_gradient_equal_the_per_sample_Mlp_to_1e_12(int[] sizes, int batchSize, int count, Reduction reduction)
    {
        var data = ModelData.Classification(count, features: sizes[0], classes: sizes[^1], seed: sizes.Sum());
        var reference = new Mlp(sizes, Activation.Relu);
        var batched = new BatchedMlp(sizes);
        double[] parameters = ModelData.RandomParameters(reference.ParameterCount, seed: batchSize);
        int[] batch = Shuffle.Permutation(count, new Random(3))[..batchSize];

        var expected = new double[reference.ParameterCount];
        var actual = new double[batched.ParameterCount];
        double expectedLoss = reference.LossAndGradient(parameters, data, batch, expected, reduction);
        double actualLoss = batched.LossAndGradient(parameters, data, batch, actual, reduction);

        Assert.Contains(expected, g => g != 0);
        AssertClose(expectedLoss, actualLoss);
        double largest = Math.Max(1, expected.Max(Math.Abs));
        for (int k = 0; k < expected.Length; k++)
            Assert.True(Math.Abs(expected[k] - actual[k]) <= 1e-12 * largest,
                $"gradient[{k}]: per-sample {expected[k]:R}, batched {actual[k]:R}");
    }

    [Theory]
    [InlineData(Reduction.Mean)]
    [InlineData(Reduction.Sum)]
    public void Whole_data_loss_predictions_and_accuracy_equal_the_per_sample_Mlp(Reduction reduction)
    {
        var data = ModelData.Classification(1100, features: 6, classes: 4, seed: 9);   // more rows than one evaluation chunk
        var reference = new Mlp([6, 8, 4], Activation.Relu);
        var batched = new BatchedMlp([6, 8, 4]);
        double[] parameters = ModelData.RandomParameters(reference.ParameterCount, seed: 4, scale: 1);

        AssertClose(reference.Loss(parameters, data, reduction), batched.Loss(parameters, data, reduction));
        Assert.Equal(reference.Predict(parameters, data), batched.Predict(parameters, data));
        Assert.Equal(reference.Accuracy(parameters, data), batched.Accuracy(parameters, data));
    }

    [Fact]
    public void A_gradient_of_zero_parameters_matches_the_closed_form()
    {
        // With θ = 0 every logit is 0, so softmax = 1/K, ℓ = ln K, and only the output biases get a gradient:
        // ∂b_k = mean over the batch of (1/K − [y = k]).
        var data = ModelData.Classification(12, features: 3, classes: 3);
        var batched = new BatchedMlp([3, 4, 3]);
        var gradient = new double[batched.ParameterCount];
        double loss = batched.LossAndGradient(new double[batched.ParameterCount], data, [0, 1, 2, 3], gradient);
        Assert.Equal(Math.Log(3), loss, 15);
        int outputBiases = batched.Layout.BiasOffset(1);
        // Labels of rows 0..3 are 0, 1, 2, 0.
        Assert.Equal(1.0 / 3 - 0.5, gradient[outputBiases], 15);
        Assert.Equal(1.0 / 3 - 0.25, gradient[outputBiases + 1], 15);
        Assert.Equal(1.0 / 3 - 0.25, gradient[outputBiases + 2], 15);
        Assert.Equal(0, gradient[..outputBiases].Max(Math.Abs));
    }

    [Fact]
    public void Float_path_agrees_with_the_double_path_to_float_precision()
    {
        var data = ModelData.Classification(64, features: 20, classes: 5, seed: 5);
        var batched = new BatchedMlp([20, 16, 5]);
        double[] parameters = ModelData.RandomParameters(batched.ParameterCount, seed: 6);
        int[] batch = Enumerable.Range(0, 64).ToArray();
        var expected = new double[batched.ParameterCount];
        double expectedLoss = batched.LossAndGradient(parameters, data, batch, expected);

        float[] inputs = data.Features.SelectMany(row => row).Select(v => (float)v).ToArray();
        var gradient = new float[batched.ParameterCount];
        float loss = batched.LossAndGradient<float>(parameters.Select(p => (float)p).ToArray(), inputs, data.Labels!, gradient);

        Assert.Equal(expectedLoss, loss, 5);
        Assert.Equal(expectedLoss, batched.Loss<float>(parameters.Select(p => (float)p).ToArray(), inputs, data.Labels!), 5);
        double largest = expected.Max(Math.Abs);
        for (int k = 0; k < expected.Length; k++)
            Assert.True(Math.Abs(expected[k] - gradient[k]) <= 1e-5 * largest, $"gradient[{k}]: double {expected[k]:R}, float {gradient[k]:R}");
    }

    [Fact]
    public void Double_matrix_overload_equals_the_data_set_overload_bit_for_bit()
    {
        var data = ModelData.Classification(20, features: 5, classes: 3, seed: 8);
        var batched = new BatchedMlp([5, 9, 3]);
        double[] parameters = ModelData.RandomParameters(batched.ParameterCount, seed: 2);
        int[] batch = [4, 9, 1, 17, 3];
        var fromData = new double[batched.ParameterCount];
        var fromMatrix = new double[batched.ParameterCount];
        double a = batched.LossAndGradient(parameters, data, batch, fromData, Reduction.Sum);
        double b = batched.LossAndGradient<double>(parameters, batch.SelectMany(r => data.Features[r]).ToArray(),
            batch.Select(r => data.Labels![r]).ToArray(), fromMatrix, Reduction.Sum);
        Assert.Equal(a, b);
        Assert.Equal(fromData, fromMatrix);
    }

    [Fact]
    public void Bad_arguments_name_themselves()
    {
        var data = ModelData.Classification(10, features: 2, classes: 3);
        var batched = new BatchedMlp([2, 4, 3]);
        var parameters = new double[batched.ParameterCount];
        var gradient = new double[batched.ParameterCount];

        Assert.Equal("parameters", Assert.Throws<ArgumentException>(() => batched.LossAndGradient(new double[3], data, [0], gradient)).ParamName);
        Assert.Equal("gradient", Assert.Throws<ArgumentException>(() => batched.LossAndGradient(parameters, data, [0], new double[3])).ParamName);
        Assert.Equal("batch", Assert.Throws<ArgumentException>(() => batched.LossAndGradient(parameters, data, [], gradient)).ParamName);
        var row = Assert.Throws<ArgumentOutOfRangeException>(() => batched.LossAndGradient(parameters, data, [10], gradient));
        Assert.Equal(("batch", (object)10), (row.ParamName, row.ActualValue));
        var twoClasses = ModelData.Classification(10, features: 2, classes: 2);
        Assert.Contains("has 2 classes", Assert.Throws<ArgumentException>(() => batched.LossAndGradient(parameters, twoClasses, [0], gradient)).Message);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => batched.Loss(parameters, ModelData.Regression(10, features: 2))).ParamName);

        var inputs = Assert.Throws<ArgumentException>(() => batched.LossAndGradient<float>(new float[batched.ParameterCount], new float[5], [0, 1], new float[batched.ParameterCount]));
        Assert.Equal("inputs", inputs.ParamName);
        Assert.Contains("has length 5 but 2 labels of 2 features need 4", inputs.Message);
        var label = Assert.Throws<ArgumentOutOfRangeException>(() => batched.LossAndGradient<float>(new float[batched.ParameterCount], new float[4], [0, 3], new float[batched.ParameterCount]));
        Assert.Equal(("labels", (object)3), (label.ParamName, label.ActualValue));
    }

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-12 * Math.Max(1, Math.Abs(expected)), $"per-sample {expected:R}, batched {actual:R}");
}

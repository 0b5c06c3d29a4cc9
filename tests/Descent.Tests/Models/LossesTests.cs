using Descent.Models;

namespace Descent.Tests.Models;

public class LossesTests
{
    [Theory]
    [InlineData(new[] { 1.0, 2.0, 3.0 })]
    [InlineData(new[] { 1000.0, 1001.0, 999.0 })]
    [InlineData(new[] { -1000.0, 0.0, 5.0, 2.0 })]
    public void Softmax_sums_to_one_and_is_stable(double[] logits)
    {
        var p = Losses.Softmax(logits);
        Assert.Equal(1, p.Sum(), 14);
        Assert.All(p, v => Assert.True(v >= 0 && double.IsFinite(v)));
        Assert.Equal(Array.IndexOf(logits, logits.Max()), Array.IndexOf(p, p.Max()));
    }

    [Fact]
    public void Softmax_of_known_logits()
    {
        var p = Losses.Softmax([0.0, Math.Log(3)]);
        Assert.Equal(0.25, p[0], 15);
        Assert.Equal(0.75, p[1], 15);
    }

    [Fact]
    public void Cross_entropy_of_a_perfect_prediction_is_zero()
    {
        Assert.Equal(0, Losses.CrossEntropy(1.0));
        Assert.Equal(0, Losses.CrossEntropy([0.0, 1.0, 0.0], 1));
        Assert.True(Losses.CrossEntropyFromLogits([0.0, 800.0, 0.0], 1) < 1e-300);
        Assert.Equal(Math.Log(2), Losses.CrossEntropy(0.5), 15);
        Assert.Equal(double.PositiveInfinity, Losses.CrossEntropy(0.0));
    }

    [Fact]
    public void Cross_entropy_from_logits_equals_minus_log_softmax()
    {
        double[] z = [0.3, -1.2, 2.5];
        Assert.Equal(-Math.Log(Losses.Softmax(z)[2]), Losses.CrossEntropyFromLogits(z, 2), 14);
        Assert.Equal(1000 - 999 + Math.Log(1 + Math.Exp(-1)), Losses.CrossEntropyFromLogits([1000.0, 999.0], 1), 12);
    }

    [Fact]
    public void Squared_errors()
    {
        Assert.Equal(9, Losses.MeanSquaredError(4.0, 1.0));
        Assert.Equal((1 + 4 + 0) / 3.0, Losses.MeanSquaredError([1.0, 2.0, 3.0], [0.0, 4.0, 3.0]), 15);
        Assert.Equal(Math.Log(4), Losses.BinaryCrossEntropy(0.75, 0), 15);
    }

    [Fact]
    public void Bad_inputs_are_rejected()
    {
        var label = Assert.Throws<ArgumentOutOfRangeException>(() => Losses.CrossEntropy([0.5, 0.5], 2));
        Assert.Equal(2, label.ActualValue);
        var probability = Assert.Throws<ArgumentOutOfRangeException>(() => Losses.CrossEntropy(1.5));
        Assert.Equal(1.5, probability.ActualValue);
        Assert.Throws<ArgumentException>(() => Losses.MeanSquaredError([1.0], [1.0, 2.0]));
    }
}

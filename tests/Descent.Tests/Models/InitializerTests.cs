using Descent.Models;

namespace Descent.Tests.Models;

public class InitializerTests
{
    [Fact]
    public void Zeros_are_zeros()
    {
        Assert.All(Initializers.Create(Initializer.Zeros, 30, 20, seed: 1), w => Assert.Equal(0, w));
    }

    [Theory]
    [InlineData(Initializer.Normal, 0.01 * 0.01)]
    [InlineData(Initializer.XavierUniform, 2.0 / (400 + 500))]
    [InlineData(Initializer.XavierNormal, 2.0 / (400 + 500))]
    [InlineData(Initializer.HeNormal, 2.0 / 400)]
    public void Variance_matches_the_rule_on_a_big_layer(Initializer initializer, double expectedVariance)
    {
        var w = Initializers.Create(initializer, fanIn: 400, fanOut: 500, seed: 123);
        Assert.Equal(200_000, w.Length);
        double mean = w.Average();
        double variance = w.Select(v => (v - mean) * (v - mean)).Average();
        Assert.True(Math.Abs(mean) < 0.01 * Math.Sqrt(expectedVariance), $"mean {mean}");
        Assert.True(Math.Abs(variance / expectedVariance - 1) < 0.02, $"variance {variance}, expected {expectedVariance}");
        Assert.Equal(expectedVariance, Initializers.TargetVariance(initializer, 400, 500), 15);
    }

    [Fact]
    public void Xavier_uniform_stays_inside_its_limit()
    {
        double limit = Math.Sqrt(6.0 / (30 + 70));
        var w = Initializers.Create(Initializer.XavierUniform, 30, 70, seed: 4);
        Assert.All(w, v => Assert.True(Math.Abs(v) <= limit));
        Assert.True(w.Max() > 0.95 * limit);
    }

    [Theory]
    [InlineData(Initializer.Normal)]
    [InlineData(Initializer.XavierUniform)]
    [InlineData(Initializer.XavierNormal)]
    [InlineData(Initializer.HeNormal)]
    public void Same_seed_same_weights_other_seed_other_weights(Initializer initializer)
    {
        var mlp = new Mlp([4, 8, 3]);
        Assert.Equal(mlp.Initialize(initializer, seed: 42), mlp.Initialize(initializer, seed: 42));
        Assert.NotEqual(mlp.Initialize(initializer, seed: 42), mlp.Initialize(initializer, seed: 43));
    }

    [Fact]
    public void Mlp_initialization_leaves_biases_zero()
    {
        var mlp = new Mlp([4, 8, 3]);
        var p = mlp.Initialize(Initializer.HeNormal, seed: 7);
        for (int layer = 0; layer < 2; layer++)
        {
            Assert.All(mlp.Biases(p, layer), b => Assert.Equal(0, b));
            Assert.All(mlp.Weights(p, layer).Enumerate(), w => Assert.NotEqual(0, w));
        }
    }

    [Fact]
    public void BoxMuller_gives_standard_normals()
    {
        var random = new Random(2024);
        var z = Enumerable.Range(0, 100_000).Select(_ => Gaussian.Next(random)).ToArray();
        double mean = z.Average();
        double variance = z.Select(v => (v - mean) * (v - mean)).Average();
        Assert.True(Math.Abs(mean) < 0.015, $"mean {mean}");
        Assert.True(Math.Abs(variance - 1) < 0.02, $"variance {variance}");
        Assert.InRange(z.Count(v => Math.Abs(v) < 1) / (double)z.Length, 0.677, 0.689);   // 68.27 %
    }

    [Fact]
    public void Bad_sizes_are_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Initializers.Create(Initializer.HeNormal, 0, 5, 1));
        Assert.Equal("fanIn", error.ParamName);
        Assert.Equal(0, error.ActualValue);
    }
}

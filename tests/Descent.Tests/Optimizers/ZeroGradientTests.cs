using Descent.Optimizers;

namespace Descent.Tests.Optimizers;

public class ZeroGradientTests
{
    [Theory]
    [MemberData(nameof(OptimizerCases.KeysWithoutWeightDecay), MemberType = typeof(OptimizerCases))]
    public void A_zero_gradient_without_weight_decay_changes_nothing(string key)
    {
        var c = OptimizerCases.Get(key);
        var optimizer = c.Optimizer();
        double[] start = [1.5, -2, 0.25, 0, 1e-30, -7e8, 3, 4, 5];
        var x = (double[])start.Clone();
        var xf = start.Select(v => (float)v).ToArray();
        var state = c.CreateState<double>(optimizer, x.Length);
        var stateF = c.CreateState<float>(optimizer, x.Length);
        for (int t = 0; t < 10; t++)
        {
            optimizer.Step(x, new double[x.Length], state);
            optimizer.Step(xf, new float[x.Length], stateF);
            optimizer.StepReference(x, new double[x.Length], state);
        }
        Assert.Equal(start, x);
        Assert.Equal(start.Select(v => (float)v).ToArray(), xf);
        Assert.Equal(20, state.Step);
    }

    [Theory]
    [MemberData(nameof(OptimizerCases.KeysWithWeightDecay), MemberType = typeof(OptimizerCases))]
    public void A_zero_gradient_with_weight_decay_shrinks_the_parameters(string key)
    {
        var c = OptimizerCases.Get(key);
        var optimizer = c.Optimizer();
        double[] x = [1.5, -2, 0.25];
        var state = c.CreateState<double>(optimizer, 3);
        optimizer.Step(x, new double[3], state);
        Assert.True(x[0] is < 1.5 and > 0, $"{key}: {x[0]}");
        Assert.True(x[1] is > -2 and < 0, $"{key}: {x[1]}");
    }
}

using Descent.Optimizers;

namespace Descent.Tests.Optimizers;

public class FastPathTests
{
    public static TheoryData<string, int> KeysAndSizes()
    {
        var data = new TheoryData<string, int>();
        foreach (var c in OptimizerRegistry.Entries.Where(e => e.NoSeparateFastPath is null).SelectMany(e => e.Cases))
            foreach (int n in new[] { 1, 7, 37, 1000 })  // below, across and far beyond one SIMD vector, with tails
                data.Add(c.Key, n);
        return data;
    }

    [Theory]
    [MemberData(nameof(KeysAndSizes))]
    public void Vectorized_step_equals_the_reference_loop_bit_for_bit(string key, int n)
    {
        var c = OptimizerCases.Get(key);
        var optimizer = c.Optimizer();
        var random = new Random(n);
        var x = Problems.Random(random, n, scale: 2);
        var y = (double[])x.Clone();
        var fast = c.CreateState<double>(optimizer, n);
        var reference = c.CreateState<double>(optimizer, n);
        for (int t = 0; t < 30; t++)
        {
            var g = Problems.Random(random, n, scale: 5);
            optimizer.Step(x, g, fast);
            optimizer.StepReference(y, g, reference);
        }
        Assert.Equal(y, x);
        foreach (var (name, buffer) in reference.Buffers) Assert.Equal(buffer, fast[name]);
        Assert.Equal(reference.Scalars, fast.Scalars);
    }

    [Theory]
    [MemberData(nameof(OptimizerCases.Keys), MemberType = typeof(OptimizerCases))]
    public void Float_step_follows_the_double_step_to_float_precision(string key)
    {
        var c = OptimizerCases.Get(key);
        var optimizer = c.Optimizer();
        const int n = 18;
        var random = new Random(3);
        var x = Problems.Random(random, n, scale: 2);
        var xf = x.Select(v => (float)v).ToArray();
        var scales = Enumerable.Range(0, n).Select(i => 0.1 + i * 0.5).ToArray();
        var sd = c.CreateState<double>(optimizer, n);
        var sf = c.CreateState<float>(optimizer, n);
        for (int t = 1; t <= 10; t++)
        {
            // Gradients of 1/2 sum s_i x_i^2 at the double iterate, given to both (so only the step itself differs).
            var g = x.Select((v, i) => scales[i] * v).ToArray();
            var gf = g.Select(v => (float)v).ToArray();
            optimizer.Step(x, g, sd);
            optimizer.Step(xf, gf, sf);
            for (int i = 0; i < n; i++)
                Assert.True(Math.Abs(x[i] - xf[i]) <= 2e-6 * t * Math.Max(1, Math.Abs(x[i])),
                    $"{key}, step {t}, x[{i}]: double {x[i]:R}, float {xf[i]:R}");
        }
        Assert.Equal(sd.Step, sf.Step);
        Assert.Equal(sd.Buffers.Keys.Order(), sf.Buffers.Keys.Order());
    }
}

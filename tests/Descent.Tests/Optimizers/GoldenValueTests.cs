using Descent.Optimizers;

namespace Descent.Tests.Optimizers;

public class GoldenValueTests
{
    // Each case's golden values are the parameters after OptimizerRegistry.GoldenSteps steps on the golden quadratic,
    // computed in float64 by golden_values.py, a scalar transcription of the published algorithms
    // (torch.optim _single_tensor_*, lion-pytorch, schedulefree's AdamWScheduleFree).
    [Theory]
    [MemberData(nameof(OptimizerCases.Keys), MemberType = typeof(OptimizerCases))]
    public void Optimizer_reproduces_the_golden_values(string key)
    {
        var c = OptimizerCases.Get(key);
        var golden = c.AfterGoldenSteps;
        var optimizer = c.Optimizer();
        var x = Problems.QuadraticStart(golden.Length);
        var state = c.CreateState<double>(optimizer, x.Length);
        for (int t = 0; t < OptimizerRegistry.GoldenSteps; t++) optimizer.Step(x, Problems.QuadraticGradient(x), state);

        for (int i = 0; i < x.Length; i++)
            Problems.AssertClose(golden[i], x[i], 1e-13, $"{key} x[{i}]");
    }

    [Theory]
    [MemberData(nameof(OptimizerCases.Keys), MemberType = typeof(OptimizerCases))]
    public void The_readable_loop_reproduces_the_golden_values(string key)
    {
        var c = OptimizerCases.Get(key);
        var golden = c.AfterGoldenSteps;
        var optimizer = c.Optimizer();
        var x = Problems.QuadraticStart(golden.Length);
        var state = c.CreateState<double>(optimizer, x.Length);
        for (int t = 0; t < OptimizerRegistry.GoldenSteps; t++) optimizer.StepReference(x, Problems.QuadraticGradient(x), state);

        for (int i = 0; i < x.Length; i++)
            Problems.AssertClose(golden[i], x[i], 1e-13, $"{key} reference x[{i}]");
    }

    [Theory]
    [MemberData(nameof(OptimizerCases.Keys), MemberType = typeof(OptimizerCases))]
    public void Golden_values_cover_the_problem_and_move_every_coordinate(string key)
    {
        // A golden value equal to the start would check nothing.
        var golden = OptimizerCases.Get(key).AfterGoldenSteps;
        Assert.InRange(golden.Length, 1, OptimizerRegistry.GoldenStart.Count);
        for (int i = 0; i < golden.Length; i++) Assert.NotEqual(OptimizerRegistry.GoldenStart[i], golden[i]);
    }

    [Fact]
    public void NAdam_keeps_the_product_of_its_momentum_coefficients()
    {
        var nadam = new NAdam(0.1);
        var state = nadam.CreateState<double>(3);
        Assert.Equal(1.0, state.Scalars[BufferNames.MuProduct]);
        var x = Problems.QuadraticStart();
        double product = 1;
        for (int t = 1; t <= 5; t++)
        {
            nadam.Step(x, Problems.QuadraticGradient(x), state);
            product *= 0.9 * (1 - 0.5 * Math.Pow(0.96, t * 4e-3));
        }
        Problems.AssertClose(product, state.Scalars[BufferNames.MuProduct], 1e-15, "mu product");
        // mu_1 = 0.9 (1 - 0.5 * 0.96^0.004) = 0.4500734...: the product after five steps is about 0.0185.
        Assert.InRange(state.Scalars[BufferNames.MuProduct], 0.0184, 0.0186);
    }

    [Fact]
    public void First_steps_of_Adam_by_hand()
    {
        // One coordinate, g = 2 every step, lr 0.1, default betas: m1 = 0.2, v1 = 0.004,
        // denom = sqrt(0.004)/sqrt(0.001) + 1e-8 = 2 + 1e-8, step size 0.1/0.1 = 1: x1 = 1 - 0.2/(2 + 1e-8).
        var adam = new Adam(0.1);
        var state = adam.CreateState<double>(1);
        double[] x = [1.0];
        adam.Step(x, [2.0], state);
        Problems.AssertClose(1 - 0.2 / (2 + 1e-8), x[0], 1e-15, "x1");
        Problems.AssertClose(0.2, state[BufferNames.FirstMoment][0], 1e-15, "m1");
        Problems.AssertClose(0.004, state[BufferNames.SecondMoment][0], 1e-15, "v1");
        // Constant gradient: m_t / (1 - beta1^t) = 2 and v_t / (1 - beta2^t) = 4 for all t, so every step is 0.1 * 2/(2 + 1e-8).
        adam.Step(x, [2.0], state);
        adam.Step(x, [2.0], state);
        Problems.AssertClose(1 - 3 * 0.2 / (2 + 1e-8), x[0], 1e-13, "x3");
    }
}

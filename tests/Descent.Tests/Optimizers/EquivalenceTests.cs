using Descent.Optimizers;

namespace Descent.Tests.Optimizers;

public class EquivalenceTests
{
    [Fact]
    public void Sgd_with_momentum_zero_is_plain_gradient_descent()
    {
        var sgd = new Sgd(0.05, momentum: 0, dampening: 0.5);
        var state = sgd.CreateState<double>(2);
        Assert.Empty(state.Buffers);
        var x = Problems.RosenbrockStart();
        var y = Problems.RosenbrockStart();
        for (int t = 0; t < 50; t++)
        {
            sgd.Step(x, Problems.RosenbrockGradient(x), state);
            var g = Problems.RosenbrockGradient(y);
            for (int i = 0; i < y.Length; i++) y[i] -= 0.05 * g[i];
        }
        Assert.Equal(y, x);
    }

    [Fact]
    public void Sgd_momentum_is_the_heavy_ball_recurrence()
    {
        // With dampening 0: x_{t+1} = x_t - lr g_t + mu (x_t - x_{t-1}), x_0 = x_{-1} (Polyak's form).
        const double lr = 1e-3, mu = 0.9;
        var sgd = new Sgd(lr, momentum: mu);
        var state = sgd.CreateState<double>(2);
        var x = Problems.RosenbrockStart();
        var current = Problems.RosenbrockStart();
        var previous = Problems.RosenbrockStart();
        for (int t = 1; t <= 100; t++)
        {
            sgd.Step(x, Problems.RosenbrockGradient(x), state);
            var g = Problems.RosenbrockGradient(current);
            var next = new double[2];
            for (int i = 0; i < 2; i++) next[i] = current[i] - lr * g[i] + mu * (current[i] - previous[i]);
            previous = current;
            current = next;
            for (int i = 0; i < 2; i++) Problems.AssertClose(current[i], x[i], 1e-9, $"step {t}, x[{i}]");
        }
    }

    [Fact]
    public void AdamW_without_weight_decay_is_Adam()
    {
        var adam = new Adam(0.01, beta1: 0.8, beta2: 0.99, amsGrad: true);
        var adamW = new AdamW(0.01, beta1: 0.8, beta2: 0.99, weightDecay: 0, amsGrad: true);
        var s1 = adam.CreateState<double>(2);
        var s2 = adamW.CreateState<double>(2);
        var x = Problems.RosenbrockStart();
        var y = Problems.RosenbrockStart();
        for (int t = 0; t < 200; t++)
        {
            adam.Step(x, Problems.RosenbrockGradient(x), s1);
            adamW.Step(y, Problems.RosenbrockGradient(y), s2);
        }
        Assert.Equal(x, y);
        Assert.Equal(s1[BufferNames.SecondMoment], s2[BufferNames.SecondMoment]);
    }

    [Fact]
    public void Adam_with_weight_decay_is_not_AdamW()
    {
        var adam = new Adam(0.1, weightDecay: 0.5);
        var adamW = new AdamW(0.1, weightDecay: 0.5);
        double[] x = [2.0], y = [2.0];
        adam.Step(x, [0.0], adam.CreateState<double>(1));
        adamW.Step(y, [0.0], adamW.CreateState<double>(1));
        // L2 in the gradient: g = 0.5 * 2 = 1, so the first step is about lr * sign(g) = 0.1.
        Problems.AssertClose(1.9, x[0], 1e-6, "Adam with L2");
        // Decoupled: only the shrink, 2 * (1 - 0.1 * 0.5) = 1.9 exactly, then a zero-gradient Adam step.
        Assert.Equal(2 * (1 - 0.1 * 0.5), y[0]);
    }

    [Fact]
    public void Adam_with_beta1_zero_is_RmsProp_with_a_bias_corrected_learning_rate()
    {
        // Adam(beta1 = 0, beta2 = a): m = g, step = lr g / (sqrt(v) / sqrt(1 - a^t) + eps)
        //                                      = lr sqrt(1 - a^t) g / (sqrt(v) + eps sqrt(1 - a^t)).
        // RMSprop(alpha = a) with learning rate lr sqrt(1 - a^t): lr sqrt(1 - a^t) g / (sqrt(v) + eps).
        // The second moments are the same recurrence (bit for bit); the steps differ only by eps (1e-12 here).
        const double lr = 0.01, a = 0.95, eps = 1e-12;
        var adam = new Adam(lr, beta1: 0, beta2: a, epsilon: eps);
        var rms = new RmsProp(lr, alpha: a, epsilon: eps);
        var adamState = adam.CreateState<double>(5);
        var rmsState = rms.CreateState<double>(5);
        var random = new Random(7);
        var x = new double[5];
        var y = new double[5];
        for (int t = 1; t <= 100; t++)
        {
            var g = Problems.Random(random, 5, scale: 3);
            var before = (double[])x.Clone();
            var beforeY = (double[])y.Clone();
            adam.Step(x, g, adamState);
            rms.Step(y, g, rmsState, learningRate: lr * Math.Sqrt(1 - Math.Pow(a, t)));
            Assert.Equal(adamState[BufferNames.SecondMoment], rmsState[BufferNames.SquareAverage]);
            Assert.Equal(g, adamState[BufferNames.FirstMoment]);
            for (int i = 0; i < 5; i++)
                Problems.AssertClose(x[i] - before[i], y[i] - beforeY[i], 1e-9, $"step {t}, coordinate {i}");
        }
    }

    [Theory]
    [MemberData(nameof(OptimizerCases.Keys), MemberType = typeof(OptimizerCases))]
    public void A_learning_rate_override_is_the_same_as_constructing_with_that_rate(string key)
    {
        // A constant schedule passes the same rate every step: it must equal the optimizer built with that rate.
        var c = OptimizerCases.Get(key);
        double rate = c.LearningRate * 0.37;
        var overridden = c.Create(c.LearningRate);
        var constructed = c.Create(rate);
        var s1 = c.CreateState<double>(overridden, 3);
        var s2 = c.CreateState<double>(constructed, 3);
        var x = Problems.QuadraticStart();
        var y = Problems.QuadraticStart();
        for (int t = 0; t < 50; t++)
        {
            overridden.Step(x, Problems.QuadraticGradient(x), s1, learningRate: rate);
            constructed.Step(y, Problems.QuadraticGradient(y), s2);
        }
        Assert.Equal(y, x);
        Assert.Equal(c.LearningRate, overridden.LearningRate);
    }
}

public class NewOptimizerEquivalenceTests
{
    [Fact]
    public void Lion_with_both_betas_zero_is_sign_descent()
    {
        var lion = new Lion(0.01, beta1: 0, beta2: 0);
        var state = lion.CreateState<double>(2);
        var x = Problems.RosenbrockStart();
        var y = Problems.RosenbrockStart();
        for (int t = 0; t < 100; t++)
        {
            lion.Step(x, Problems.RosenbrockGradient(x), state);
            var g = Problems.RosenbrockGradient(y);
            for (int i = 0; i < 2; i++) y[i] = y[i] - 0.01 * Math.Sign(g[i]);
        }
        Assert.Equal(y, x);
    }

    [Fact]
    public void Adafactor_factors_a_rank_one_squared_gradient_exactly()
    {
        // G[i, j] = u_i v_j: R_i = u_i² mean(v²), C_j = v_j² mean(u²), mean(R) = mean(u²) mean(v²), so R_i C_j / mean(R) = G[i, j]²
        // and the factored first step equals the unfactored one (the first step's lerp weight is 1^-0.8 = 1).
        double[] u = [1, -2, 0.5], v = [3, 0.25, -1, 2];
        var g = u.SelectMany(ui => v.Select(vj => ui * vj)).ToArray();
        var adafactor = new Adafactor(0.1);
        var x = Problems.Random(new Random(8), 12);
        var y = (double[])x.Clone();
        adafactor.Step(x, g, adafactor.CreateState<double>(ParameterLayout.Matrix(3, 4)));
        adafactor.Step(y, g, adafactor.CreateState<double>(12));
        for (int i = 0; i < 12; i++) Problems.AssertClose(y[i], x[i], 1e-14, $"x[{i}]");
    }

    [Fact]
    public void Muon_without_momentum_steps_along_the_orthogonalized_gradient()
    {
        var muon = new Muon(0.02, weightDecay: 0, momentum: 0, nesterov: false);
        var state = muon.CreateState<double>(ParameterLayout.Matrix(2, 3));
        var random = new Random(6);
        var x = Problems.Random(random, 6);
        for (int t = 0; t < 3; t++)
        {
            var g = Problems.Random(random, 6);
            var expected = x.Zip(Muon.Orthogonalize(g, 2, 3), (p, o) => p + (-0.02) * o).ToArray();
            muon.Step(x, g, state);
            Assert.Equal(expected, x);
        }
    }
}

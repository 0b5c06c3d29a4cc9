using Descent.Optimizers;
using MathNet.Numerics.LinearAlgebra;

namespace Descent.Tests.Optimizers;

/// <summary>What is particular to Lion, Adafactor, Muon and Schedule-Free AdamW beyond the registry's table.</summary>
public class NewOptimizerTests
{
    [Fact]
    public void Lion_moves_every_coordinate_by_exactly_the_learning_rate()
    {
        var lion = new Lion(0.01);
        var state = lion.CreateState<double>(4);
        double[] x = [0, 0, 0, 0];
        lion.Step(x, [3.0, -1e-9, 0, 1e6], state);
        Assert.Equal([-0.01, 0.01, 0, -0.01], x);
        // m = (1 - beta2) g, not (1 - beta1) g: the update and the momentum use different betas.
        Assert.Equal(0.01 * 3.0, state[BufferNames.FirstMoment][0], 15);
    }

    [Fact]
    public void Muon_rejects_a_vector_naming_it()
    {
        var layout = new ParameterLayout.Builder().AddMatrix("W", 2, 2).AddVector("b", 2).Build();
        var error = Assert.Throws<ArgumentException>(() => new Muon().CreateState<double>(layout));
        Assert.Contains("b [2]", error.Message);
        Assert.Contains("matrices only", error.Message);
        Assert.Throws<ArgumentException>(() => new Muon().CreateState<double>(5));
    }

    [Fact]
    public void NewtonSchulz_brings_every_singular_value_near_one()
    {
        var random = new Random(2);
        var g = Problems.Random(random, 4 * 6, scale: 10);
        g[0] = 200;  // very unequal singular values before
        var before = Matrix<double>.Build.DenseOfRowMajor(4, 6, g).Svd(computeVectors: false).S;
        Assert.True(before[0] / before[3] > 10, $"condition {before[0] / before[3]}");

        var after = Matrix<double>.Build.DenseOfRowMajor(4, 6, Muon.Orthogonalize(g, 4, 6)).Svd(computeVectors: false).S;
        Assert.All(after, s => Assert.InRange(s, 0.5, 1.5));

        // A tall matrix is orthogonalized through its transpose.
        var tall = Matrix<double>.Build.DenseOfRowMajor(4, 6, g).Transpose();
        var tallAfter = Matrix<double>.Build.DenseOfRowMajor(6, 4, Muon.Orthogonalize(tall.ToRowMajorArray(), 6, 4));
        Assert.Equal(Matrix<double>.Build.DenseOfRowMajor(4, 6, Muon.Orthogonalize(g, 4, 6)).Transpose().ToRowMajorArray(), tallAfter.ToRowMajorArray());
    }

    [Fact]
    public void Muon_scales_the_rate_of_a_tall_matrix_by_sqrt_of_rows_over_columns()
    {
        // One step from 0 without decay: theta = -lr * sqrt(max(1, rows/cols)) * NS(g) (momentum B = 0.05 g, NS is scale-free).
        var g = Problems.Random(new Random(4), 8 * 2);
        var muon = new Muon(0.1, weightDecay: 0);
        var x = new double[16];
        muon.Step(x, g, muon.CreateState<double>(ParameterLayout.Matrix(8, 2)));
        var o = Muon.Orthogonalize(g, 8, 2);
        for (int i = 0; i < 16; i++) Problems.AssertClose(-0.1 * 2 * o[i], x[i], 1e-12, $"x[{i}]");
    }

    [Fact]
    public void Adafactor_keeps_rows_plus_columns_values_for_a_matrix()
    {
        var layout = new Descent.Models.MlpLayout([784, 128, 10]).ToParameterLayout();
        var state = new Adafactor().CreateState<double>(layout);
        Assert.Equal(128 + 10, state[Adafactor.RowVariance].Length);
        Assert.Equal(784 + 128, state[Adafactor.ColumnVariance].Length);
        Assert.Equal(128 + 10, state[Adafactor.Variance].Length);
        int adamValues = new Adam().CreateState<double>(layout).Buffers.Values.Sum(b => b.Length);
        Assert.True(adamValues > 100 * state.Buffers.Values.Sum(b => b.Length));  // 203 540 against 1 188
    }

    [Fact]
    public void ScheduleFree_evaluates_at_the_average_not_where_it_takes_gradients()
    {
        var sf = new ScheduleFreeAdamW(0.1);
        var state = sf.CreateState<double>(3);
        var y = Problems.QuadraticStart();
        Assert.Equal(y, sf.EvaluationPoint(y, state));  // before the first step x = y = z
        for (int t = 0; t < 5; t++) sf.Step(y, Problems.QuadraticGradient(y), state);

        var z = state[ScheduleFreeAdamW.Z];
        var x = sf.EvaluationPoint(y, state);
        for (int i = 0; i < 3; i++)
        {
            Assert.NotEqual(y[i], x[i]);
            // y = (1 - beta1) z + beta1 x
            Problems.AssertClose(y[i], 0.1 * z[i] + 0.9 * x[i], 1e-12, $"y[{i}]");
        }
        // Without warmup and with weight_lr_power 2, every weight is lr^2: x is the uniform average of z_1..z_t.
        Assert.Equal(5 * 0.1 * 0.1, state.Scalars[ScheduleFreeAdamW.WeightSum], 15);
        Assert.Equal(0.1, state.Scalars[ScheduleFreeAdamW.LearningRateMax]);
    }

    [Fact]
    public void ScheduleFree_averages_the_base_sequence_uniformly()
    {
        // With a constant rate every weight is lr^2, so c_t = 1/t and x_t = (1 - c_t) x_{t-1} + c_t z_t is the mean of z_1..z_t
        // (z_t after step t's update; c_1 = 1 discards the start).
        var sf = new ScheduleFreeAdamW(0.05);
        var state = sf.CreateState<double>(3);
        var y = Problems.QuadraticStart();
        var zs = new List<double[]>();
        var x0 = (double[])y.Clone();
        for (int t = 1; t <= 6; t++)
        {
            sf.Step(y, Problems.QuadraticGradient(y), state);
            zs.Add((double[])state[ScheduleFreeAdamW.Z].Clone());
            var x = sf.EvaluationPoint(y, state);
            for (int i = 0; i < 3; i++)
                Problems.AssertClose(zs.Average(z => z[i]), x[i], 1e-12, $"step {t}, x[{i}]");
        }
        Assert.NotEqual(x0, y);
    }
}

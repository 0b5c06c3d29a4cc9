using Descent.Data;
using Descent.Models;
using Descent.Optimizers;
using Descent.Tests.Models;
using Descent.Training;

namespace Descent.Tests.Training;

public class TrainerClippingTests
{
    /// <summary>Two parameters, loss 1 and gradient (3, 4) everywhere: norm 5.</summary>
    private sealed class ConstantGradient : IModel
    {
        public int ParameterCount => 2;

        public double LossAndGradient(ReadOnlySpan<double> parameters, Dataset data, ReadOnlySpan<int> batch, Span<double> gradient, Reduction reduction = Reduction.Mean)
        {
            gradient[0] = 3;
            gradient[1] = 4;
            return 1;
        }

        public double Loss(ReadOnlySpan<double> parameters, Dataset data, Reduction reduction = Reduction.Mean) => 1;
    }

    private static readonly Dataset Data = ModelData.Regression(4, features: 1);

    [Fact]
    public void Each_step_uses_the_clipped_gradient_and_records_the_norm_before_clipping()
    {
        var history = Trainer.Train(new ConstantGradient(), Data, [0.0, 0.0], new Sgd(learningRate: 0.5),
            new TrainingOptions { Epochs = 2, BatchSize = 4, MaxGradientNorm = 1, RecordParameters = true });
        double c = 1 / (5 + 1e-6);
        Assert.Equal([-0.5 * 3 * c, -0.5 * 4 * c], history.Steps[0].Parameters!);
        Assert.Equal(-0.5 * 3 * c * 2, history.FinalParameters[0], 15);
        Assert.Equal(-0.5 * 4 * c * 2, history.FinalParameters[1], 15);
        Assert.All(history.Steps, s => Assert.Equal(5, s.GradientNorm));
    }

    [Fact]
    public void A_maximum_above_the_norm_changes_nothing()
    {
        var clipped = Trainer.Train(new ConstantGradient(), Data, [0.0, 0.0], new Sgd(learningRate: 0.5),
            new TrainingOptions { Epochs = 1, BatchSize = 4, MaxGradientNorm = 10 });
        Assert.Equal([-1.5, -2.0], clipped.FinalParameters);
    }

    [Fact]
    public void Clipping_tames_a_learning_rate_that_diverges_without_it()
    {
        // Full-batch GD on least squares with a rate far above 2/L: each step overshoots more than the last.
        var data = ModelData.Regression(40, features: 3, seed: 1);
        var model = new LinearRegression(3);
        var options = new TrainingOptions { Epochs = 50, BatchSize = 40 };
        var wild = Trainer.Train(model, data, new double[model.ParameterCount], new Sgd(learningRate: 2), options);
        var tamed = Trainer.Train(model, data, new double[model.ParameterCount], new Sgd(learningRate: 2), options with { MaxGradientNorm = 0.1 });
        Assert.True(wild.EpochLosses[^1] > 1e40, wild.Report);
        Assert.True(tamed.EpochLosses[^1] < 0.05, tamed.Report);       // steps of at most 2 · 0.1 settle near the minimum
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_bad_maximum_names_itself(double value)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new TrainingOptions { MaxGradientNorm = value });
        Assert.Equal("MaxGradientNorm", e.ParamName);
        Assert.Equal(value, e.ActualValue);
    }
}

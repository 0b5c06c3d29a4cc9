using Descent.Data;
using Descent.Models;
using Descent.Optimizers;
using Descent.Schedules;
using Descent.Tests.Models;
using Descent.Training;
using MathNet.Numerics.LinearAlgebra;

namespace Descent.Tests.Training;

public class TrainerTests
{
    [Fact]
    public void A_seeded_run_reproduces_bit_for_bit()
    {
        var data = ModelData.Classification(count: 60);
        var mlp = new Mlp([2, 8, 3], Activation.Relu);
        var options = new TrainingOptions { Epochs = 5, BatchSize = 7, Sampler = new ReshuffledSampler(data.Count, seed: 3), RecordParameters = true };

        TrainingHistory Run() => Trainer.Train(mlp, data, mlp.Initialize(Initializer.HeNormal, seed: 1), new Adam(learningRate: 0.01), options);
        var first = Run();
        var second = Run();

        Assert.Equal(first.FinalParameters, second.FinalParameters);
        Assert.Equal(first.EpochLosses, second.EpochLosses);
        Assert.Equal(first.Steps.Count, second.Steps.Count);
        for (int t = 0; t < first.Steps.Count; t++)
        {
            Assert.Equal(first.Steps[t].Loss, second.Steps[t].Loss);
            Assert.Equal(first.Steps[t].GradientNorm, second.Steps[t].GradientNorm);
            Assert.Equal(first.Steps[t].Parameters, second.Steps[t].Parameters);
        }
        Assert.True(first.EpochLosses[^1] < first.EpochLosses[0]);
    }

    [Fact]
    public void Full_batch_gradient_descent_converges_to_the_least_squares_solution()
    {
        var data = ModelData.Regression(count: 40, features: 3);
        var model = new LinearRegression(3);

        // Normal equations (XᵀX) θ = Xᵀy for the design matrix [X 1], solved by MathNet.
        var x = Matrix<double>.Build.Dense(data.Count, 4, (i, j) => j < 3 ? data.Features[i][j] : 1.0);
        var y = Vector<double>.Build.Dense(data.Targets!);
        var expected = (x.TransposeThisAndMultiply(x)).Solve(x.TransposeThisAndMultiply(y));

        var history = Trainer.Train(model, data, new double[4], new Sgd(learningRate: 0.3),
            new TrainingOptions { Epochs = 3000, BatchSize = data.Count });

        Assert.False(history.Diverged);
        Assert.Equal(3000, history.Steps.Count);
        for (int k = 0; k < 4; k++)
            Assert.Equal(expected[k], history.FinalParameters[k], 10);
        Assert.Equal(LinearRegression.LeastSquares(data)[0], expected[0], 12);
        Assert.Equal(model.Loss(expected.ToArray(), data), history.EpochLosses[^1], 14);
    }

    [Fact]
    public void A_too_large_learning_rate_diverges_and_the_report_names_the_first_non_finite_step()
    {
        var data = ModelData.Regression(count: 20, features: 3);
        var model = new LinearRegression(3);
        const double learningRate = 5;

        // Replay plain gradient descent to find the first step whose loss is not finite.
        var theta = new double[4];
        var gradient = new double[4];
        var all = Enumerable.Range(0, data.Count).ToArray();
        int firstNonFinite = 0;
        while (double.IsFinite(model.LossAndGradient(theta, data, all, gradient)))
        {
            for (int k = 0; k < 4; k++) theta[k] -= learningRate * gradient[k];
            firstNonFinite++;
        }
        Assert.True(firstNonFinite > 20);

        var history = Trainer.Train(model, data, new double[4], new Sgd(learningRate: learningRate),
            new TrainingOptions { Epochs = 10_000, BatchSize = data.Count });

        Assert.True(history.Diverged);
        Assert.Equal(firstNonFinite, history.DivergedAtStep);
        Assert.Equal(firstNonFinite, history.Steps.Count);
        Assert.All(history.Steps, s => Assert.True(double.IsFinite(s.Loss)));
        Assert.StartsWith($"Diverged at step {firstNonFinite} ", history.Report);
        Assert.Contains("learning rate 5", history.Report);
        var error = Assert.Throws<InvalidOperationException>(() => history.ThrowIfDiverged());
        Assert.Equal(history.Report, error.Message);
    }

    [Fact]
    public void Instance_wise_divergence_is_reported_with_epoch_and_batch()
    {
        var data = ModelData.Regression(count: 20, features: 3);
        var history = Trainer.Train(new LinearRegression(3), data, new double[4], new Sgd(learningRate: 3),
            new TrainingOptions { Epochs = 1000, BatchSize = 1 });

        Assert.True(history.Diverged);
        int step = history.DivergedAtStep!.Value;
        Assert.Equal(step, history.Steps.Count);
        Assert.Matches($@"^Diverged at step {step} \((epoch {step / 20 + 1}, batch {step % 20 + 1}\): loss|after epoch {step / 20}\): full-data loss) = ", history.Report);
    }

    [Fact]
    public void A_completed_run_records_every_step_and_epoch()
    {
        var data = ModelData.Classification(count: 50);
        var model = new SoftmaxRegression(2, 3);
        var start = new double[model.ParameterCount];
        var schedule = Schedule.Step(0.5, stepSize: 10, gamma: 0.5);
        var history = Trainer.Train(model, data, start, new Sgd(learningRate: 123),
            new TrainingOptions { Epochs = 4, BatchSize = 8, Schedule = schedule, RecordParameters = true });

        Assert.False(history.Diverged);
        Assert.Null(history.DivergedAtStep);
        Assert.Equal(4 * 7, history.Steps.Count);                   // ⌈50 / 8⌉ = 7 batches per epoch
        Assert.Equal(4, history.EpochLosses.Count);
        Assert.All(start, v => Assert.Equal(0, v));                 // the caller's array is untouched
        Assert.Equal(history.Steps[^1].Parameters, history.FinalParameters);
        for (int t = 0; t < history.Steps.Count; t++)
        {
            Assert.Equal(t, history.Steps[t].Step);
            Assert.Equal(t / 7, history.Steps[t].Epoch);
            Assert.Equal(schedule.At(t), history.Steps[t].LearningRate);
        }
        Assert.Equal(model.Loss(history.FinalParameters, data), history.EpochLosses[^1]);
        Assert.Equal(Math.Log(3), history.Steps[0].Loss, 14);
        Assert.StartsWith("Trained 4 epochs (28 steps", history.Report);
        Assert.Same(history, history.ThrowIfDiverged());
    }

    [Fact]
    public void Sum_reduction_equals_mean_with_a_learning_rate_times_the_batch_size()
    {
        var data = ModelData.Regression(count: 30, features: 3);
        var model = new LinearRegression(3);
        var sum = Trainer.Train(model, data, new double[4], new Sgd(learningRate: 0.001),
            new TrainingOptions { Epochs = 20, BatchSize = 10, Reduction = Reduction.Sum });
        var mean = Trainer.Train(model, data, new double[4], new Sgd(learningRate: 0.01),
            new TrainingOptions { Epochs = 20, BatchSize = 10, Reduction = Reduction.Mean });

        for (int k = 0; k < 4; k++)
            Assert.Equal(mean.FinalParameters[k], sum.FinalParameters[k], 12);
    }

    [Fact]
    public void Bad_arguments_are_rejected_with_name_and_value()
    {
        var epochs = Assert.Throws<ArgumentOutOfRangeException>(() => new TrainingOptions { Epochs = 0 });
        Assert.Equal("Epochs", epochs.ParamName);
        Assert.Equal(0, epochs.ActualValue);
        var batch = Assert.Throws<ArgumentOutOfRangeException>(() => new TrainingOptions { BatchSize = -3 });
        Assert.Equal("BatchSize", batch.ParamName);
        Assert.Equal(-3, batch.ActualValue);

        var data = ModelData.Regression(count: 10);
        var length = Assert.Throws<ArgumentException>(() => Trainer.Train(new LinearRegression(3), data, new double[5], new Sgd(), new TrainingOptions()));
        Assert.Equal("parameters", length.ParamName);
        Assert.Contains("5", length.Message);
        Assert.Contains("4", length.Message);

        var empty = Assert.Throws<ArgumentOutOfRangeException>(() => Trainer.Train(new LinearRegression(3), data, new double[4], new Sgd(),
            new TrainingOptions { BatchSize = 11, DropLast = true }));
        Assert.Equal(11, empty.ActualValue);
    }
}

using Descent.Data;
using Descent.Models;
using Descent.Optimizers;
using Descent.Tests.Models;
using Descent.Training;

namespace Descent.Tests.Training;

public class EarlyStoppingTests
{
    /// <summary>
    /// One parameter θ with gradient 1, so SGD with rate 1 and one full batch per epoch ends epoch e at θ = −(e + 1).
    /// The loss on the validation set is read from a script by epoch; on any other set it is θ².
    /// </summary>
    private sealed class ScriptedModel(Dataset validation, double[] validationLosses) : IModel
    {
        public int ParameterCount => 1;

        public double LossAndGradient(ReadOnlySpan<double> parameters, Dataset data, ReadOnlySpan<int> batch, Span<double> gradient, Reduction reduction = Reduction.Mean)
        {
            gradient[0] = 1;
            return parameters[0] * parameters[0];
        }

        public double Loss(ReadOnlySpan<double> parameters, Dataset data, Reduction reduction = Reduction.Mean) =>
            ReferenceEquals(data, validation) ? validationLosses[(int)-parameters[0] - 1] : parameters[0] * parameters[0];
    }

    private static readonly Dataset Train = ModelData.Regression(4, features: 1, seed: 1);
    private static readonly Dataset Validation = ModelData.Regression(4, features: 1, seed: 2);

    private static TrainingHistory Run(double[] validationLosses, int epochs, EarlyStopping? stopping) =>
        Trainer.Train(new ScriptedModel(Validation, validationLosses), Train, [0.0], new Sgd(learningRate: 1),
            new TrainingOptions { Epochs = epochs, BatchSize = 4, Validation = Validation, EarlyStopping = stopping });

    //                                          epoch: 0  1  2  3    4    5    6    7    8
    private static readonly double[] Script = [5, 4, 3, 3.5, 2.9, 3.1, 3.2, 3.3, 1.0];

    [Fact]
    public void Stops_after_patience_epochs_without_improvement_and_restores_the_best()
    {
        var history = Run(Script, epochs: 9, new EarlyStopping { Patience = 2 });
        Assert.True(history.StoppedEarly);
        Assert.Equal(7, history.Epochs.Count);                       // epochs 0 … 6: epochs 5 and 6 do not beat 2.9
        Assert.Equal(4, history.BestEpoch);
        Assert.Equal([-5.0], history.FinalParameters);                // θ after epoch 4
        Assert.Equal(7, history.Steps.Count);
        Assert.Equal(Script[..7], history.Epochs.Select(e => e.ValidationLoss!.Value));
        Assert.Equal([1.0, 4, 9, 16, 25, 36, 49], history.Epochs.Select(e => e.TrainLoss));
        Assert.Equal(history.EpochLosses, history.Epochs.Select(e => e.TrainLoss));
        Assert.Equal("Stopped early after epoch 7 (7 steps) with SGD: the validation loss has not improved for 2 epochs since epoch 5 (2.9); returning the parameters of epoch 5",
            history.Report.Replace(history.OptimizerName, "SGD"));   // the report counts epochs from 1, BestEpoch from 0
    }

    [Fact]
    public void Without_restore_the_last_parameters_are_returned()
    {
        var history = Run(Script, epochs: 9, new EarlyStopping { Patience = 2, RestoreBest = false });
        Assert.True(history.StoppedEarly);
        Assert.Equal(4, history.BestEpoch);
        Assert.Equal([-7.0], history.FinalParameters);
    }

    [Fact]
    public void Min_delta_makes_a_small_improvement_count_as_none()
    {
        // 2.9 is not below 3 − 0.2, so epochs 3 and 4 are two epochs without improvement after epoch 2.
        var history = Run(Script, epochs: 9, new EarlyStopping { Patience = 2, MinDelta = 0.2 });
        Assert.Equal(5, history.Epochs.Count);
        Assert.Equal(2, history.BestEpoch);
        Assert.Equal([-3.0], history.FinalParameters);
    }

    [Fact]
    public void A_patience_longer_than_the_run_runs_every_epoch_and_still_restores_the_best()
    {
        var history = Run(Script, epochs: 8, new EarlyStopping { Patience = 5 });
        Assert.False(history.StoppedEarly);
        Assert.Equal(8, history.Epochs.Count);
        Assert.Equal(4, history.BestEpoch);
        Assert.Equal([-5.0], history.FinalParameters);
        Assert.EndsWith("best validation loss 2.9 at epoch 5; returning the parameters of epoch 5", history.Report);   // the report counts from 1
    }

    [Fact]
    public void Validation_without_early_stopping_records_and_finds_the_best_epoch_but_keeps_the_last_parameters()
    {
        var history = Run(Script, epochs: 9, stopping: null);
        Assert.False(history.StoppedEarly);
        Assert.Equal(9, history.Epochs.Count);
        Assert.Equal(8, history.BestEpoch);
        Assert.Equal([-9.0], history.FinalParameters);
        Assert.All(history.Epochs, e => Assert.Null(e.TrainAccuracy));     // not a classifier
    }

    [Fact]
    public void Without_a_validation_set_epochs_have_train_loss_only()
    {
        var history = Trainer.Train(new ScriptedModel(Validation, Script), Train, [0.0], new Sgd(learningRate: 1),
            new TrainingOptions { Epochs = 3, BatchSize = 4 });
        Assert.Equal([1.0, 4, 9], history.Epochs.Select(e => e.TrainLoss));
        Assert.All(history.Epochs, e => Assert.Null(e.ValidationLoss));
        Assert.Null(history.BestEpoch);
    }

    [Fact]
    public void Early_stopping_without_a_validation_set_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => Trainer.Train(new ScriptedModel(Validation, Script), Train, [0.0], new Sgd(learningRate: 1),
            new TrainingOptions { EarlyStopping = new EarlyStopping() }));
        Assert.Equal("options", e.ParamName);
        Assert.Contains("EarlyStopping needs options.Validation", e.Message);
    }

    [Fact]
    public void Bad_early_stopping_values_name_themselves()
    {
        var patience = Assert.Throws<ArgumentOutOfRangeException>(() => new EarlyStopping { Patience = 0 });
        Assert.Equal(("Patience", (object)0), (patience.ParamName, patience.ActualValue));
        var delta = Assert.Throws<ArgumentOutOfRangeException>(() => new EarlyStopping { MinDelta = -0.1 });
        Assert.Equal(("MinDelta", (object)(-0.1)), (delta.ParamName, delta.ActualValue));
        Assert.Equal((3, 0.0, true), (new EarlyStopping().Patience, new EarlyStopping().MinDelta, new EarlyStopping().RestoreBest));
    }

    [Fact]
    public void A_classifier_gets_train_and_validation_accuracy_of_each_epochs_parameters()
    {
        var all = ModelData.Classification(90, features: 3, classes: 3, seed: 4);
        var split = DatasetSplit.Shuffled(all, 60, 15, seed: 1);
        var model = new BatchedMlp([3, 6, 3]);
        var history = Trainer.Train(model, split.Train, model.Initialize(Initializer.HeNormal, seed: 2), new Adam(learningRate: 0.05),
            new TrainingOptions { Epochs = 4, BatchSize = 20, Validation = split.Validation, RecordParameters = true });

        Assert.Equal(4, history.Epochs.Count);
        for (int e = 0; e < 4; e++)
        {
            double[] atEnd = history.Steps[3 * e + 2].Parameters!;             // 3 batches an epoch
            var record = history.Epochs[e];
            Assert.Equal(e, record.Epoch);
            Assert.Equal(model.Loss(atEnd, split.Train), record.TrainLoss);
            Assert.Equal(model.Accuracy(atEnd, split.Train), record.TrainAccuracy);
            Assert.Equal(model.Loss(atEnd, split.Validation), record.ValidationLoss);
            Assert.Equal(model.Accuracy(atEnd, split.Validation), record.ValidationAccuracy);
        }
        Assert.True(history.Epochs[^1].TrainAccuracy > history.Epochs[0].TrainAccuracy - 1e-9);
    }
}

using Descent.Models;
using Descent.Optimizers;
using Descent.Training;

namespace Descent.Tests.Models;

public class MlpTests
{
    [Fact]
    public void Forward_pass_keeps_every_layers_input_and_pre_activation()
    {
        var mlp = new Mlp([2, 2, 1], Activation.Tanh);
        double[] parameters = [1, -1, 2, 0, 0, -1, 3, -2, 0.5];
        var pass = mlp.Forward(parameters, [1.0, 2.0]);

        Assert.Equal([1.0, 2.0], pass.Inputs[0]);
        Assert.Equal([-1.0, 1.0], pass.PreActivations[0]);
        Assert.Equal([Math.Tanh(-1), Math.Tanh(1)], pass.Inputs[1]);
        Assert.Equal(3 * Math.Tanh(-1) - 2 * Math.Tanh(1) + 0.5, pass.Output[0], 15);
    }

    [Fact]
    public void Zero_initialization_never_breaks_symmetry()
    {
        var data = ModelData.Classification(count: 30);
        var mlp = new Mlp([2, 5, 3], Activation.Tanh);
        var history = Trainer.Train(mlp, data, mlp.Initialize(Initializer.Zeros, seed: 0), new Sgd(learningRate: 0.5),
            new TrainingOptions { Epochs = 20, BatchSize = 10 });

        var first = mlp.Weights(history.FinalParameters, 0);
        var output = mlp.Weights(history.FinalParameters, 1);
        Assert.All(first.Enumerate(), w => Assert.Equal(0, w));       // no gradient reaches the hidden weights
        Assert.All(output.Enumerate(), w => Assert.Equal(0, w));
        Assert.Contains(mlp.Biases(history.FinalParameters, 1), b => b != 0);   // only the output biases learn

        var random = mlp.Initialize(Initializer.XavierNormal, seed: 0);
        var trained = Trainer.Train(mlp, data, random, new Sgd(learningRate: 0.5), new TrainingOptions { Epochs = 20, BatchSize = 10 });
        Assert.True(trained.EpochLosses[^1] < history.EpochLosses[^1]);
    }

    [Fact]
    public void Regression_Mlp_predicts_values()
    {
        var data = ModelData.Regression(count: 10);
        var mlp = new Mlp([3, 4, 1], Activation.Sigmoid);
        var parameters = ModelData.RandomParameters(mlp.ParameterCount, seed: 1);
        var values = mlp.PredictValues(parameters, data);
        double expectedLoss = values.Zip(data.Targets!, (p, y) => (p - y) * (p - y)).Average();
        Assert.Equal(expectedLoss, mlp.Loss(parameters, data), 13);
        Assert.Equal(values[3], mlp.Output(parameters, data.Features[3])[0]);
    }
}

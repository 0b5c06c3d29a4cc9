using System.Globalization;
using Descent.Optimizers;

namespace Descent.Tests.Optimizers;

public class ValidationTests
{
    // (what is built, the .NET parameter name, the bad value as it must appear in the message)
    public static TheoryData<string, string, double> BadHyperparameters() => new()
    {
        { "Sgd", "learningRate", -0.1 }, { "Sgd", "learningRate", double.NaN }, { "Sgd", "learningRate", double.PositiveInfinity },
        { "Sgd", "momentum", -0.5 }, { "Sgd", "momentum", double.NaN }, { "Sgd", "dampening", 1.5 }, { "Sgd", "dampening", -0.1 },
        { "Sgd", "weightDecay", -1e-4 },
        { "Adagrad", "learningRate", -1 }, { "Adagrad", "learningRateDecay", -0.1 }, { "Adagrad", "weightDecay", double.NegativeInfinity },
        { "Adagrad", "initialAccumulatorValue", -0.2 }, { "Adagrad", "epsilon", 0 }, { "Adagrad", "epsilon", -1e-10 },
        { "RmsProp", "learningRate", double.NaN }, { "RmsProp", "alpha", -0.01 }, { "RmsProp", "alpha", 1.01 }, { "RmsProp", "epsilon", 0 },
        { "RmsProp", "weightDecay", -2 }, { "RmsProp", "momentum", -0.9 },
        { "Adadelta", "learningRate", -1 }, { "Adadelta", "rho", 1.5 }, { "Adadelta", "rho", -0.5 }, { "Adadelta", "epsilon", double.NaN },
        { "Adadelta", "weightDecay", -0.5 },
        { "Adam", "learningRate", -1e-3 }, { "Adam", "beta1", 1.0 }, { "Adam", "beta1", -0.1 }, { "Adam", "beta2", 1.0 },
        { "Adam", "beta2", double.NaN }, { "Adam", "epsilon", 0 }, { "Adam", "weightDecay", -0.01 },
        { "AdamW", "learningRate", double.PositiveInfinity }, { "AdamW", "beta1", 2 }, { "AdamW", "beta2", -0.999 },
        { "AdamW", "epsilon", -1e-8 }, { "AdamW", "weightDecay", -1e-2 },
        { "NAdam", "learningRate", -2e-3 }, { "NAdam", "beta1", 1.1 }, { "NAdam", "beta2", 1 }, { "NAdam", "epsilon", 0 },
        { "NAdam", "weightDecay", -1 }, { "NAdam", "momentumDecay", -4e-3 },
        { "RAdam", "learningRate", -1 }, { "RAdam", "beta1", -1 }, { "RAdam", "beta2", 1 }, { "RAdam", "epsilon", 0 }, { "RAdam", "weightDecay", -3 },
        { "Adamax", "learningRate", double.NaN }, { "Adamax", "beta1", 1 }, { "Adamax", "beta2", 1.5 }, { "Adamax", "epsilon", -1 },
        { "Adamax", "weightDecay", -0.5 },
    };

    private static Optimizer Build(string kind, string parameter, double value)
    {
        double V(string name, double fallback) => name == parameter ? value : fallback;
        return kind switch
        {
            "Sgd" => new Sgd(V("learningRate", 1e-3), V("momentum", 0), V("dampening", 0), V("weightDecay", 0)),
            "Adagrad" => new Adagrad(V("learningRate", 1e-2), V("learningRateDecay", 0), V("weightDecay", 0),
                V("initialAccumulatorValue", 0), V("epsilon", 1e-10)),
            "RmsProp" => new RmsProp(V("learningRate", 1e-2), V("alpha", 0.99), V("epsilon", 1e-8), V("weightDecay", 0), V("momentum", 0)),
            "Adadelta" => new Adadelta(V("learningRate", 1), V("rho", 0.9), V("epsilon", 1e-6), V("weightDecay", 0)),
            "Adam" => new Adam(V("learningRate", 1e-3), V("beta1", 0.9), V("beta2", 0.999), V("epsilon", 1e-8), V("weightDecay", 0)),
            "AdamW" => new AdamW(V("learningRate", 1e-3), V("beta1", 0.9), V("beta2", 0.999), V("epsilon", 1e-8), V("weightDecay", 1e-2)),
            "NAdam" => new NAdam(V("learningRate", 2e-3), V("beta1", 0.9), V("beta2", 0.999), V("epsilon", 1e-8), V("weightDecay", 0),
                V("momentumDecay", 4e-3)),
            "RAdam" => new RAdam(V("learningRate", 1e-3), V("beta1", 0.9), V("beta2", 0.999), V("epsilon", 1e-8), V("weightDecay", 0)),
            "Adamax" => new Adamax(V("learningRate", 2e-3), V("beta1", 0.9), V("beta2", 0.999), V("epsilon", 1e-8), V("weightDecay", 0)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    [Theory]
    [MemberData(nameof(BadHyperparameters))]
    public void ABadHyperparameterIsRejectedNamingTheParameterAndTheValue(string kind, string parameter, double value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Build(kind, parameter, value));
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(value.ToString(CultureInfo.InvariantCulture), error.Message);
        Assert.Equal(value, error.ActualValue);
    }

    [Fact]
    public void EveryTableRowIsAcceptedWhenItsValueIsReplacedByTheDefault()
    {
        // Guards the table: each row fails because of its own value, not because of the others.
        foreach (var kind in new[] { "Sgd", "Adagrad", "RmsProp", "Adadelta", "Adam", "AdamW", "NAdam", "RAdam", "Adamax" })
            Assert.NotNull(Build(kind, "none", 0));
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.9, 0.1)]
    public void NesterovNeedsMomentumAndNoDampening(double momentum, double dampening)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Sgd(0.1, momentum, dampening, nesterov: true));
        Assert.Equal("nesterov", error.ParamName);
        Assert.Contains("momentum " + momentum.ToString(CultureInfo.InvariantCulture), error.Message);
        Assert.Contains("dampening " + dampening.ToString(CultureInfo.InvariantCulture), error.Message);
    }

    [Fact]
    public void NesterovWithMomentumAndNoDampeningIsAccepted() =>
        Assert.True(new Sgd(0.1, momentum: 0.9, nesterov: true).Nesterov);

    [Theory]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ABadLearningRateOverrideIsRejectedAndTakesNoStep(double rate)
    {
        foreach (var optimizer in Optimizer.All(0.1))
        {
            var state = optimizer.CreateState<double>(2);
            double[] x = [1, 2];
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => optimizer.Step(x, [1.0, 1.0], state, rate));
            Assert.Equal("learningRate", error.ParamName);
            Assert.Contains(rate.ToString(CultureInfo.InvariantCulture), error.Message);
            Assert.Equal(0, state.Step);
            Assert.Equal([1.0, 2.0], x);
        }
    }

    [Fact]
    public void DefaultsAreThoseOfPyTorch()
    {
        var sgd = new Sgd();
        Assert.Equal((1e-3, 0.0, 0.0, 0.0, false), (sgd.LearningRate, sgd.Momentum, sgd.Dampening, sgd.WeightDecay, sgd.Nesterov));
        var adagrad = new Adagrad();
        Assert.Equal((1e-2, 0.0, 0.0, 0.0, 1e-10), (adagrad.LearningRate, adagrad.LearningRateDecay, adagrad.WeightDecay, adagrad.InitialAccumulatorValue, adagrad.Epsilon));
        var rms = new RmsProp();
        Assert.Equal((1e-2, 0.99, 1e-8, 0.0, 0.0, false), (rms.LearningRate, rms.Alpha, rms.Epsilon, rms.WeightDecay, rms.Momentum, rms.Centered));
        var adadelta = new Adadelta();
        Assert.Equal((1.0, 0.9, 1e-6, 0.0), (adadelta.LearningRate, adadelta.Rho, adadelta.Epsilon, adadelta.WeightDecay));
        var adam = new Adam();
        Assert.Equal((1e-3, 0.9, 0.999, 1e-8, 0.0, false), (adam.LearningRate, adam.Beta1, adam.Beta2, adam.Epsilon, adam.WeightDecay, adam.AmsGrad));
        var adamW = new AdamW();
        Assert.Equal((1e-3, 0.9, 0.999, 1e-8, 1e-2, false), (adamW.LearningRate, adamW.Beta1, adamW.Beta2, adamW.Epsilon, adamW.WeightDecay, adamW.AmsGrad));
        var nadam = new NAdam();
        Assert.Equal((2e-3, 0.9, 0.999, 1e-8, 0.0, 4e-3), (nadam.LearningRate, nadam.Beta1, nadam.Beta2, nadam.Epsilon, nadam.WeightDecay, nadam.MomentumDecay));
        var radam = new RAdam();
        Assert.Equal((1e-3, 0.9, 0.999, 1e-8, 0.0), (radam.LearningRate, radam.Beta1, radam.Beta2, radam.Epsilon, radam.WeightDecay));
        var adamax = new Adamax();
        Assert.Equal((2e-3, 0.9, 0.999, 1e-8, 0.0), (adamax.LearningRate, adamax.Beta1, adamax.Beta2, adamax.Epsilon, adamax.WeightDecay));
    }
}

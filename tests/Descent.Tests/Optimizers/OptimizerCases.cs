using Descent.Optimizers;

namespace Descent.Tests.Optimizers;

/// <summary>
/// The table every optimizer test runs over: a library optimizer and the matching independent oracle, for the same
/// hyperparameters, as functions of the learning rate. Defaults plus at least one variant of each algorithm.
/// </summary>
public static class OptimizerCases
{
    public sealed record Case(
        string Key, double LearningRate, bool HasWeightDecay,
        Func<double, Optimizer> Create, Func<double, IAlgorithmBox> Oracle)
    {
        public Optimizer Optimizer() => Create(LearningRate);
        public IAlgorithmBox Box() => Oracle(LearningRate);
    }

    public static readonly IReadOnlyList<Case> All =
    [
        new("Sgd", 0.1, false, lr => new Sgd(lr), lr => new SgdBox(lr)),
        new("SgdNesterov", 0.1, false, lr => new Sgd(lr, momentum: 0.9, nesterov: true), lr => new SgdBox(lr, momentum: 0.9, nesterov: true)),
        new("SgdDampened", 0.05, true, lr => new Sgd(lr, momentum: 0.8, dampening: 0.3, weightDecay: 0.1),
            lr => new SgdBox(lr, momentum: 0.8, dampening: 0.3, weightDecay: 0.1)),
        new("Adagrad", 0.1, false, lr => new Adagrad(lr), lr => new AdagradBox(lr)),
        new("AdagradDecay", 0.1, true, lr => new Adagrad(lr, learningRateDecay: 0.5, weightDecay: 0.05, initialAccumulatorValue: 0.2),
            lr => new AdagradBox(lr, lrDecay: 0.5, weightDecay: 0.05, initialAccumulator: 0.2)),
        new("RmsProp", 0.01, false, lr => new RmsProp(lr), lr => new RmsPropBox(lr)),
        new("RmsPropCenteredMomentum", 0.01, true, lr => new RmsProp(lr, centered: true, momentum: 0.9, weightDecay: 0.1),
            lr => new RmsPropBox(lr, centered: true, momentum: 0.9, weightDecay: 0.1)),
        new("Adadelta", 1.0, false, lr => new Adadelta(lr), lr => new AdadeltaBox(lr)),
        new("AdadeltaDecay", 0.5, true, lr => new Adadelta(lr, rho: 0.5, weightDecay: 0.1), lr => new AdadeltaBox(lr, rho: 0.5, weightDecay: 0.1)),
        new("Adam", 0.1, false, lr => new Adam(lr), lr => new AdamBox(lr)),
        new("AdamAmsGrad", 0.1, true, lr => new Adam(lr, amsGrad: true, weightDecay: 0.1), lr => new AdamBox(lr, amsGrad: true, weightDecay: 0.1)),
        new("AdamW", 0.1, true, lr => new AdamW(lr), lr => new AdamBox(lr, weightDecay: 1e-2, decoupled: true)),
        new("AdamWAmsGrad", 0.1, true, lr => new AdamW(lr, weightDecay: 0.5, amsGrad: true),
            lr => new AdamBox(lr, weightDecay: 0.5, amsGrad: true, decoupled: true)),
        new("NAdam", 0.1, false, lr => new NAdam(lr), lr => new NAdamBox(lr)),
        new("NAdamDecay", 0.1, true, lr => new NAdam(lr, weightDecay: 0.1, momentumDecay: 0.1), lr => new NAdamBox(lr, weightDecay: 0.1, momentumDecay: 0.1)),
        new("RAdam", 0.1, false, lr => new RAdam(lr), lr => new RAdamBox(lr)),
        new("RAdamRectified", 0.1, true, lr => new RAdam(lr, beta2: 0.8, weightDecay: 0.1), lr => new RAdamBox(lr, beta2: 0.8, weightDecay: 0.1)),
        new("Adamax", 0.1, false, lr => new Adamax(lr), lr => new AdamaxBox(lr)),
        new("AdamaxDecay", 0.1, true, lr => new Adamax(lr, beta1: 0.5, beta2: 0.9, weightDecay: 0.1),
            lr => new AdamaxBox(lr, beta1: 0.5, beta2: 0.9, weightDecay: 0.1)),
    ];

    public static Case Get(string key) => All.Single(c => c.Key == key);

    public static TheoryData<string> Keys()
    {
        var data = new TheoryData<string>();
        foreach (var c in All) data.Add(c.Key);
        return data;
    }

    public static TheoryData<string> KeysWithoutWeightDecay()
    {
        var data = new TheoryData<string>();
        foreach (var c in All.Where(c => !c.HasWeightDecay)) data.Add(c.Key);
        return data;
    }

    public static TheoryData<string> KeysWithWeightDecay()
    {
        var data = new TheoryData<string>();
        foreach (var c in All.Where(c => c.HasWeightDecay)) data.Add(c.Key);
        return data;
    }
}

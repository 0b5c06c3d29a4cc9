namespace Descent.Optimizers;

/// <summary>
/// One configuration of an optimizer that the tests run: its hyperparameters (as a function of the learning rate),
/// the rate used, the shapes it is given, and its golden values — the parameters after
/// <see cref="OptimizerRegistry.GoldenSteps"/> steps on <see cref="OptimizerRegistry.GoldenCurvatures"/>'s quadratic
/// restricted to the first <c>AfterGoldenSteps.Length</c> coordinates, computed in float64 by
/// <c>tests/Descent.Tests/Optimizers/golden_values.py</c> from the published algorithm.
/// </summary>
/// <param name="Key">A unique name, e.g. "AdamAmsGrad".</param>
/// <param name="LearningRate">The rate the tests use.</param>
/// <param name="HasWeightDecay">Whether a zero gradient still moves the parameters (towards 0).</param>
/// <param name="Create">The optimizer for a learning rate.</param>
/// <param name="AfterGoldenSteps">The golden values.</param>
public sealed record OptimizerCase(string Key, double LearningRate, bool HasWeightDecay, Func<double, Optimizer> Create, double[] AfterGoldenSteps)
{
    /// <summary>The shapes given to the optimizer for a number of parameters (one vector unless set).</summary>
    public Func<int, ParameterLayout> Layout { get; init; } = count => ParameterLayout.Vector(count);

    /// <summary>The optimizer at <see cref="LearningRate"/>.</summary>
    public Optimizer Optimizer() => Create(LearningRate);

    /// <summary>The key.</summary>
    public override string ToString() => Key;
}

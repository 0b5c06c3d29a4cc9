using System.Numerics;

namespace Descent.Optimizers;

/// <summary>
/// A first-order optimizer: immutable, validated hyperparameters plus an update rule applied in place to a
/// flat parameter vector. All per-parameter memory lives in an explicit <see cref="OptimizerState{T}"/>.
/// The algorithms and defaults are PyTorch's (<c>torch.optim</c>), with the same order of floating-point operations.
/// </summary>
/// <example>
/// <code>
/// var adam = new Adam(learningRate: 0.1);
/// var state = adam.CreateState&lt;double&gt;(2);
/// double[] x = { -1.5, 2 };
/// for (int t = 0; t &lt; 100; t++) adam.Step(x, f.Gradient(x), state);
/// </code>
/// </example>
public abstract class Optimizer
{
    private protected Optimizer(double learningRate)
    {
        LearningRate = Hyperparameter.LearningRate(learningRate, nameof(learningRate));
    }

    /// <summary>The learning rate (gamma in PyTorch's algorithm boxes): finite, at least 0.</summary>
    public double LearningRate { get; }

    /// <summary>A short readable name, e.g. "Adam" or "SGD (momentum 0.9, Nesterov)".</summary>
    public abstract string Name { get; }

    /// <summary>A fresh state (step 0, buffers at their initial values) for <paramref name="parameterCount"/> parameters.</summary>
    public OptimizerState<T> CreateState<T>(int parameterCount) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentOutOfRangeException.ThrowIfNegative(parameterCount);
        return CreateState<T>(ParameterLayout.Vector(parameterCount));
    }

    /// <summary>
    /// A fresh state for parameters shaped as <paramref name="layout"/>. Elementwise optimizers treat every tensor
    /// alike; <see cref="Muon"/> and <see cref="Adafactor"/> work per matrix.
    /// </summary>
    public OptimizerState<T> CreateState<T>(ParameterLayout layout) where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(layout);
        var state = new OptimizerState<T>(layout);
        InitializeState(state);
        return state;
    }

    /// <summary>
    /// One step, in place, in one fused (vectorized) pass. <paramref name="learningRate"/> overrides
    /// <see cref="LearningRate"/> for this step only (that is how a schedule drives an optimizer).
    /// </summary>
    public void Step(Span<double> parameters, ReadOnlySpan<double> gradients, OptimizerState<double> state, double? learningRate = null)
    {
        double rate = BeginStep(parameters.Length, gradients.Length, state, learningRate);
        Update(parameters, gradients, state, rate);
    }

    /// <inheritdoc cref="Step(Span{double}, ReadOnlySpan{double}, OptimizerState{double}, double?)"/>
    public void Step(Span<float> parameters, ReadOnlySpan<float> gradients, OptimizerState<float> state, double? learningRate = null)
    {
        double rate = BeginStep(parameters.Length, gradients.Length, state, learningRate);
        Update(parameters, gradients, state, rate);
    }

    /// <summary>
    /// The same step as <see cref="Step(Span{double}, ReadOnlySpan{double}, OptimizerState{double}, double?)"/>,
    /// written as a plain loop over the parameters that reads like the algorithm box. The fast path is tested against it.
    /// </summary>
    public void StepReference(Span<double> parameters, ReadOnlySpan<double> gradients, OptimizerState<double> state, double? learningRate = null)
    {
        double rate = BeginStep(parameters.Length, gradients.Length, state, learningRate);
        UpdateReference(parameters, gradients, state, rate);
    }

    /// <summary>The name.</summary>
    public override string ToString() => Name;

    /// <summary>
    /// One optimizer of each kind, all with <paramref name="learningRate"/> and otherwise PyTorch's defaults
    /// (SGD appears twice: plain and with momentum 0.9). Handy for races between optimizers.
    /// </summary>
    public static IReadOnlyList<Optimizer> All(double learningRate) =>
    [
        new Sgd(learningRate),
        new Sgd(learningRate, momentum: 0.9),
        new Adagrad(learningRate),
        new RmsProp(learningRate),
        new Adadelta(learningRate),
        new Adam(learningRate),
        new AdamW(learningRate),
        new NAdam(learningRate),
        new RAdam(learningRate),
        new Adamax(learningRate),
    ];

    private protected abstract void InitializeState<T>(OptimizerState<T> state) where T : unmanaged, IFloatingPointIeee754<T>;

    /// <summary>The fused, vectorized update for step t = state.Step (already incremented).</summary>
    private protected abstract void Update<T>(Span<T> parameters, ReadOnlySpan<T> gradients, OptimizerState<T> state, double learningRate)
        where T : unmanaged, IFloatingPointIeee754<T>;

    /// <summary>The readable per-element update for step t = state.Step (already incremented).</summary>
    private protected abstract void UpdateReference(Span<double> parameters, ReadOnlySpan<double> gradients, OptimizerState<double> state, double learningRate);

    private double BeginStep<T>(int parameterCount, int gradientCount, OptimizerState<T> state, double? learningRate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(state);
        double rate = learningRate is { } overridden
            ? Hyperparameter.LearningRate(overridden, nameof(learningRate))
            : LearningRate;
        if (gradientCount != parameterCount)
            throw new ArgumentException(
                $"gradients has length {gradientCount} but parameters has length {parameterCount}.", "gradients");
        if (state.ParameterCount != parameterCount)
            throw new ArgumentException(
                $"state is for {state.ParameterCount} parameters but parameters has length {parameterCount}.", nameof(state));
        state.Step++;
        return rate;
    }
}

using System.Numerics;

namespace Descent.Optimizers;

/// <summary>
/// AdamW (PyTorch <c>torch.optim.AdamW</c>): Adam with decoupled weight decay, applied to the parameters rather than
/// mixed into the gradient. For step t:
/// <code>
/// theta = theta * (1 - gamma * lambda)
/// m     = beta1 * m + (1 - beta1) * grad
/// v     = beta2 * v + (1 - beta2) * grad * grad
/// vMax  = max(vMax, v);  v̂ = vMax   (AMSGrad)   or   v̂ = v
/// theta = theta - gamma / (1 - beta1^t) * m / (sqrt(v̂) / sqrt(1 - beta2^t) + epsilon)
/// </code>
/// Defaults: learning rate 1e-3, beta1 0.9, beta2 0.999, epsilon 1e-8, weight decay 1e-2, no AMSGrad.
/// Paper: I. Loshchilov, F. Hutter (2019), "Decoupled Weight Decay Regularization", ICLR.
/// </summary>
public sealed class AdamW : Optimizer
{
    private readonly AdamUpdate update;

    /// <summary>Creates AdamW; throws <see cref="ArgumentOutOfRangeException"/> for an invalid hyperparameter.</summary>
    /// <param name="learningRate">gamma, finite and &gt;= 0.</param>
    /// <param name="beta1">decay of the first moment, in [0, 1).</param>
    /// <param name="beta2">decay of the second moment, in [0, 1).</param>
    /// <param name="epsilon">added to the root, finite and &gt; 0.</param>
    /// <param name="weightDecay">lambda (decoupled), finite and &gt;= 0.</param>
    /// <param name="amsGrad">use the running maximum of v (AMSGrad).</param>
    public AdamW(double learningRate = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8, double weightDecay = 1e-2, bool amsGrad = false)
        : base(learningRate)
    {
        Beta1 = Hyperparameter.Beta(beta1, nameof(beta1));
        Beta2 = Hyperparameter.Beta(beta2, nameof(beta2));
        Epsilon = Hyperparameter.Positive(epsilon, nameof(epsilon));
        WeightDecay = Hyperparameter.NonNegative(weightDecay, nameof(weightDecay));
        AmsGrad = amsGrad;
        update = new AdamUpdate(Beta1, Beta2, Epsilon, WeightDecay, AmsGrad, Decoupled: true);
    }

    /// <summary>Decay of the first moment, in [0, 1); default 0.9.</summary>
    public double Beta1 { get; }
    /// <summary>Decay of the second moment, in [0, 1); default 0.999.</summary>
    public double Beta2 { get; }
    /// <summary>Added to the root, finite and &gt; 0; default 1e-8.</summary>
    public double Epsilon { get; }
    /// <summary>Lambda (decoupled), finite and &gt;= 0; default 1e-2.</summary>
    public double WeightDecay { get; }
    /// <summary>Use the running maximum of v (AMSGrad); default false.</summary>
    public bool AmsGrad { get; }

    /// <inheritdoc/>
    public override string Name => AmsGrad ? "AdamW (AMSGrad)" : "AdamW";

    private protected override void InitializeState<T>(OptimizerState<T> state) => update.InitializeState(state);

    private protected override void UpdateReference(Span<double> parameters, ReadOnlySpan<double> gradients, OptimizerState<double> state, double learningRate) =>
        update.Reference(parameters, gradients, state, learningRate);

    private protected override void Update<T>(Span<T> parameters, ReadOnlySpan<T> gradients, OptimizerState<T> state, double learningRate) =>
        update.Fast(parameters, gradients, state, learningRate);
}

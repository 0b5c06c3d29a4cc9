using System.Numerics;

namespace Descent.Optimizers;

/// <summary>
/// Adam (PyTorch <c>torch.optim.Adam</c>), with optional AMSGrad. For step t, with learning rate gamma,
/// decay rates beta1 and beta2, weight decay lambda (an L2 penalty added to the gradient):
/// <code>
/// g     = grad + lambda * theta                              (if lambda != 0)
/// m     = beta1 * m + (1 - beta1) * g
/// v     = beta2 * v + (1 - beta2) * g * g
/// vMax  = max(vMax, v);  v̂ = vMax   (AMSGrad)   or   v̂ = v
/// theta = theta - gamma / (1 - beta1^t) * m / (sqrt(v̂) / sqrt(1 - beta2^t) + epsilon)
/// </code>
/// Defaults: learning rate 1e-3, beta1 0.9, beta2 0.999, epsilon 1e-8, weight decay 0, no AMSGrad.
/// Papers: D. P. Kingma, J. Ba (2015), "Adam: A Method for Stochastic Optimization", ICLR;
/// AMSGrad: S. J. Reddi, S. Kale, S. Kumar (2018), "On the Convergence of Adam and Beyond", ICLR.
/// </summary>
public sealed class Adam : Optimizer
{
    private readonly AdamUpdate update;

    /// <summary>Creates Adam; throws <see cref="ArgumentOutOfRangeException"/> for an invalid hyperparameter.</summary>
    /// <param name="learningRate">gamma, finite and &gt;= 0.</param>
    /// <param name="beta1">decay of the first moment, in [0, 1).</param>
    /// <param name="beta2">decay of the second moment, in [0, 1).</param>
    /// <param name="epsilon">added to the root, finite and &gt; 0.</param>
    /// <param name="weightDecay">lambda (L2 penalty in the gradient), finite and &gt;= 0.</param>
    /// <param name="amsGrad">use the running maximum of v (AMSGrad).</param>
    public Adam(double learningRate = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8, double weightDecay = 0, bool amsGrad = false)
        : base(learningRate)
    {
        Beta1 = Hyperparameter.Beta(beta1, nameof(beta1));
        Beta2 = Hyperparameter.Beta(beta2, nameof(beta2));
        Epsilon = Hyperparameter.Positive(epsilon, nameof(epsilon));
        WeightDecay = Hyperparameter.NonNegative(weightDecay, nameof(weightDecay));
        AmsGrad = amsGrad;
        update = new AdamUpdate(Beta1, Beta2, Epsilon, WeightDecay, AmsGrad, Decoupled: false);
    }

    /// <summary>Decay of the first moment, in [0, 1); default 0.9.</summary>
    public double Beta1 { get; }
    /// <summary>Decay of the second moment, in [0, 1); default 0.999.</summary>
    public double Beta2 { get; }
    /// <summary>Added to the root, finite and &gt; 0; default 1e-8.</summary>
    public double Epsilon { get; }
    /// <summary>Lambda (L2 penalty in the gradient), finite and &gt;= 0; default 0.</summary>
    public double WeightDecay { get; }
    /// <summary>Use the running maximum of v (AMSGrad); default false.</summary>
    public bool AmsGrad { get; }

    /// <inheritdoc/>
    public override string Name => AmsGrad ? "Adam (AMSGrad)" : "Adam";

    private protected override void InitializeState<T>(OptimizerState<T> state) => update.InitializeState(state);

    private protected override void UpdateReference(Span<double> parameters, ReadOnlySpan<double> gradients, OptimizerState<double> state, double learningRate) =>
        update.Reference(parameters, gradients, state, learningRate);

    private protected override void Update<T>(Span<T> parameters, ReadOnlySpan<T> gradients, OptimizerState<T> state, double learningRate) =>
        update.Fast(parameters, gradients, state, learningRate);
}

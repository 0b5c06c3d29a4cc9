using System.Numerics;
using System.Runtime.CompilerServices;

namespace Descent.Optimizers;

/// <summary>
/// Adamax, Adam with the infinity norm (PyTorch <c>torch.optim.Adamax</c>). For step t:
/// <code>
/// g     = grad + lambda * theta                         (if lambda != 0)
/// m     = beta1 * m + (1 - beta1) * g
/// u     = max(beta2 * u, |g| + epsilon)
/// theta = theta - gamma / (1 - beta1^t) * m / u
/// </code>
/// Defaults: learning rate 2e-3, beta1 0.9, beta2 0.999, epsilon 1e-8, weight decay 0.
/// Paper: D. P. Kingma, J. Ba (2015), "Adam: A Method for Stochastic Optimization", ICLR, section 7.1.
/// </summary>
public sealed class Adamax : Optimizer
{
    /// <summary>Creates Adamax; throws <see cref="ArgumentOutOfRangeException"/> for an invalid hyperparameter.</summary>
    /// <param name="learningRate">gamma, finite and &gt;= 0.</param>
    /// <param name="beta1">decay of the first moment, in [0, 1).</param>
    /// <param name="beta2">decay of the infinity norm, in [0, 1).</param>
    /// <param name="epsilon">added to |g|, finite and &gt; 0.</param>
    /// <param name="weightDecay">lambda (L2 penalty in the gradient), finite and &gt;= 0.</param>
    public Adamax(double learningRate = 2e-3, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8, double weightDecay = 0)
        : base(learningRate)
    {
        Beta1 = Hyperparameter.Beta(beta1, nameof(beta1));
        Beta2 = Hyperparameter.Beta(beta2, nameof(beta2));
        Epsilon = Hyperparameter.Positive(epsilon, nameof(epsilon));
        WeightDecay = Hyperparameter.NonNegative(weightDecay, nameof(weightDecay));
    }

    /// <summary>Decay of the first moment, in [0, 1); default 0.9.</summary>
    public double Beta1 { get; }
    /// <summary>Decay of the infinity norm, in [0, 1); default 0.999.</summary>
    public double Beta2 { get; }
    /// <summary>Added to |g|, finite and &gt; 0; default 1e-8.</summary>
    public double Epsilon { get; }
    /// <summary>Lambda (L2 penalty in the gradient), finite and &gt;= 0; default 0.</summary>
    public double WeightDecay { get; }

    /// <inheritdoc/>
    public override string Name => "Adamax";

    private protected override void InitializeState<T>(OptimizerState<T> state)
    {
        state.AddBuffer(BufferNames.FirstMoment, 0);
        state.AddBuffer(BufferNames.InfinityNorm, 0);
    }

    /// <summary>gamma / (1 - beta1^t).</summary>
    private double StepSize(double learningRate, long step) => learningRate / (1 - Math.Pow(Beta1, step));

    private protected override void UpdateReference(Span<double> parameters, ReadOnlySpan<double> gradients, OptimizerState<double> state, double learningRate)
    {
        Span<double> m = state.Buffer(BufferNames.FirstMoment);
        Span<double> u = state.Buffer(BufferNames.InfinityNorm);
        double stepSize = StepSize(learningRate, state.Step);
        for (int i = 0; i < parameters.Length; i++)
        {
            double g = gradients[i];
            if (WeightDecay != 0) g = g + WeightDecay * parameters[i];
            m[i] = Lerp.Of(m[i], g, 1 - Beta1);
            u[i] = Math.Max(Beta2 * u[i], Math.Abs(g) + Epsilon);
            parameters[i] = parameters[i] - stepSize * m[i] / u[i];
        }
    }

    private protected override void Update<T>(Span<T> parameters, ReadOnlySpan<T> gradients, OptimizerState<T> state, double learningRate)
    {
        double stepSize = StepSize(learningRate, state.Step);
        Span<T> m = state.Buffer(BufferNames.FirstMoment), u = state.Buffer(BufferNames.InfinityNorm);
        if (WeightDecay != 0) Elementwise.Run(new Kernel<T, Set>(this, stepSize), parameters, gradients, m, u);
        else Elementwise.Run(new Kernel<T, Unset>(this, stepSize), parameters, gradients, m, u);
    }

    /// <summary>The update, compiled with and without weight decay, so its loop tests no flag.</summary>
    private readonly struct Kernel<T, TDecay>(Adamax adamax, double stepSize) : IElementwiseUpdate<T>
        where T : unmanaged, IFloatingPointIeee754<T>
        where TDecay : struct, IFlag
    {
        private readonly Lerp.Weight<T> firstMoment = new(1 - adamax.Beta1);
        private readonly T beta2 = T.CreateTruncating(adamax.Beta2);
        private readonly T epsilon = T.CreateTruncating(adamax.Epsilon);
        private readonly T weightDecay = T.CreateTruncating(adamax.WeightDecay);
        private readonly T stepSize = T.CreateTruncating(stepSize);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Apply<TVector>(ref TVector parameter, TVector gradient, ref TVector m, ref TVector u, ref TVector third)
            where TVector : struct, ILanes<TVector, T>
        {
            var g = gradient;
            if (TDecay.IsSet) g = g + parameter * weightDecay;
            m = firstMoment.Of(m, g);
            u = TVector.Max(u * beta2, TVector.Abs(g) + TVector.Broadcast(epsilon));
            parameter = parameter - m * stepSize / u;
        }
    }
}

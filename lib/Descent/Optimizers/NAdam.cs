using System.Numerics;
using System.Runtime.CompilerServices;

namespace Descent.Optimizers;

/// <summary>
/// NAdam, Adam with Nesterov momentum (PyTorch <c>torch.optim.NAdam</c>). For step t, with momentum decay psi:
/// <code>
/// g      = grad + lambda * theta                                   (if lambda != 0)
/// mu_t   = beta1 * (1 - 0.5 * 0.96^(t * psi)),   mu_{t+1} = beta1 * (1 - 0.5 * 0.96^((t + 1) * psi))
/// P_t    = mu_1 * ... * mu_t                                        (kept in the state as MuProduct)
/// m      = beta1 * m + (1 - beta1) * g
/// v      = beta2 * v + (1 - beta2) * g * g
/// d      = sqrt(v / (1 - beta2^t)) + epsilon
/// theta  = theta - gamma * (1 - mu_t) / (1 - P_t) * g / d - gamma * mu_{t+1} / (1 - P_t * mu_{t+1}) * m / d
/// </code>
/// Defaults: learning rate 2e-3, beta1 0.9, beta2 0.999, epsilon 1e-8, weight decay 0, momentum decay 4e-3.
/// Paper: T. Dozat (2016), "Incorporating Nesterov Momentum into Adam", ICLR workshop.
/// </summary>
public sealed class NAdam : Optimizer
{
    /// <summary>Creates NAdam; throws <see cref="ArgumentOutOfRangeException"/> for an invalid hyperparameter.</summary>
    /// <param name="learningRate">gamma, finite and &gt;= 0.</param>
    /// <param name="beta1">decay of the first moment, in [0, 1).</param>
    /// <param name="beta2">decay of the second moment, in [0, 1).</param>
    /// <param name="epsilon">added to the root, finite and &gt; 0.</param>
    /// <param name="weightDecay">lambda (L2 penalty in the gradient), finite and &gt;= 0.</param>
    /// <param name="momentumDecay">psi, finite and &gt;= 0.</param>
    public NAdam(double learningRate = 2e-3, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8, double weightDecay = 0, double momentumDecay = 4e-3)
        : base(learningRate)
    {
        Beta1 = Hyperparameter.Beta(beta1, nameof(beta1));
        Beta2 = Hyperparameter.Beta(beta2, nameof(beta2));
        Epsilon = Hyperparameter.Positive(epsilon, nameof(epsilon));
        WeightDecay = Hyperparameter.NonNegative(weightDecay, nameof(weightDecay));
        MomentumDecay = Hyperparameter.NonNegative(momentumDecay, nameof(momentumDecay));
    }

    /// <summary>Decay of the first moment, in [0, 1); default 0.9.</summary>
    public double Beta1 { get; }
    /// <summary>Decay of the second moment, in [0, 1); default 0.999.</summary>
    public double Beta2 { get; }
    /// <summary>Added to the root, finite and &gt; 0; default 1e-8.</summary>
    public double Epsilon { get; }
    /// <summary>Lambda (L2 penalty in the gradient), finite and &gt;= 0; default 0.</summary>
    public double WeightDecay { get; }
    /// <summary>Psi, finite and &gt;= 0; default 4e-3.</summary>
    public double MomentumDecay { get; }

    /// <inheritdoc/>
    public override string Name => "NAdam";

    private protected override void InitializeState<T>(OptimizerState<T> state)
    {
        state.AddBuffer(BufferNames.FirstMoment, 0);
        state.AddBuffer(BufferNames.SecondMoment, 0);
        state.SetScalar(BufferNames.MuProduct, 1.0);
    }

    /// <summary>mu_t = beta1 (1 - 0.5 * 0.96^(t psi)).</summary>
    private double Mu(long step) => Beta1 * (1 - 0.5 * Math.Pow(0.96, step * MomentumDecay));

    /// <summary>Advances the mu product and returns the coefficients of g/d and m/d and the bias correction of v.</summary>
    private (double GradientStep, double MomentStep, double BiasCorrection2) Coefficients<T>(OptimizerState<T> state, double learningRate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        long t = state.Step;
        double mu = Mu(t), muNext = Mu(t + 1);
        double muProduct = state.Scalar(BufferNames.MuProduct) * mu;
        state.SetScalar(BufferNames.MuProduct, muProduct);
        double muProductNext = muProduct * muNext;
        return (learningRate * (1 - mu) / (1 - muProduct),
                learningRate * muNext / (1 - muProductNext),
                1 - Math.Pow(Beta2, t));
    }

    private protected override void UpdateReference(Span<double> parameters, ReadOnlySpan<double> gradients, OptimizerState<double> state, double learningRate)
    {
        Span<double> m = state.Buffer(BufferNames.FirstMoment);
        Span<double> v = state.Buffer(BufferNames.SecondMoment);
        var (gradientStep, momentStep, biasCorrection2) = Coefficients(state, learningRate);
        for (int i = 0; i < parameters.Length; i++)
        {
            double g = gradients[i];
            if (WeightDecay != 0) g = g + WeightDecay * parameters[i];
            m[i] = Lerp.Of(m[i], g, 1 - Beta1);
            v[i] = Beta2 * v[i] + (1 - Beta2) * g * g;
            double d = Math.Sqrt(v[i] / biasCorrection2) + Epsilon;
            parameters[i] = parameters[i] - gradientStep * g / d - momentStep * m[i] / d;
        }
    }

    private protected override void Update<T>(Span<T> parameters, ReadOnlySpan<T> gradients, OptimizerState<T> state, double learningRate)
    {
        var (gradientStep, momentStep, biasCorrection2) = Coefficients(state, learningRate);
        Span<T> m = state.Buffer(BufferNames.FirstMoment), v = state.Buffer(BufferNames.SecondMoment);
        if (WeightDecay != 0) Elementwise.Run(new Kernel<T, Set>(this, gradientStep, momentStep, biasCorrection2), parameters, gradients, m, v);
        else Elementwise.Run(new Kernel<T, Unset>(this, gradientStep, momentStep, biasCorrection2), parameters, gradients, m, v);
    }

    /// <summary>The update, compiled with and without weight decay, so its loop tests no flag.</summary>
    private readonly struct Kernel<T, TDecay>(NAdam nadam, double gradientStep, double momentStep, double biasCorrection2) : IElementwiseUpdate<T>
        where T : unmanaged, IFloatingPointIeee754<T>
        where TDecay : struct, IFlag
    {
        private readonly Lerp.Weight<T> firstMoment = new(1 - nadam.Beta1);
        private readonly T beta2 = T.CreateTruncating(nadam.Beta2);
        private readonly T oneMinusBeta2 = T.CreateTruncating(1 - nadam.Beta2);
        private readonly T epsilon = T.CreateTruncating(nadam.Epsilon);
        private readonly T weightDecay = T.CreateTruncating(nadam.WeightDecay);
        private readonly T gradientStep = T.CreateTruncating(gradientStep);
        private readonly T momentStep = T.CreateTruncating(momentStep);
        private readonly T biasCorrection2 = T.CreateTruncating(biasCorrection2);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Apply<TVector>(ref TVector parameter, TVector gradient, ref TVector m, ref TVector v, ref TVector third)
            where TVector : struct, ILanes<TVector, T>
        {
            var g = gradient;
            if (TDecay.IsSet) g = g + parameter * weightDecay;
            m = firstMoment.Of(m, g);
            v = v * beta2 + g * oneMinusBeta2 * g;
            var d = TVector.Sqrt(v / biasCorrection2) + TVector.Broadcast(epsilon);
            parameter = parameter - g * gradientStep / d - m * momentStep / d;
        }
    }
}

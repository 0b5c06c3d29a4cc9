using System.Numerics;
using System.Runtime.CompilerServices;

namespace Descent.Optimizers;

/// <summary>
/// RAdam, rectified Adam (PyTorch <c>torch.optim.RAdam</c>): plain momentum SGD while the variance of the adaptive
/// rate is not yet tractable, Adam with a rectification factor afterwards. For step t:
/// <code>
/// g      = grad + lambda * theta                                     (if lambda != 0)
/// m      = beta1 * m + (1 - beta1) * g
/// v      = beta2 * v + (1 - beta2) * g * g
/// m̂      = m / (1 - beta1^t)
/// rho_inf = 2 / (1 - beta2) - 1,   rho_t = rho_inf - 2 t beta2^t / (1 - beta2^t)
/// if rho_t &gt; 5:  l = sqrt(1 - beta2^t) / (sqrt(v) + epsilon)
///                r = sqrt((rho_t - 4)(rho_t - 2) rho_inf / ((rho_inf - 4)(rho_inf - 2) rho_t))
///                theta = theta - gamma * m̂ * l * r
/// else:          theta = theta - gamma * m̂
/// </code>
/// With the default beta2 = 0.999 the first five steps are unrectified. Defaults: learning rate 1e-3, beta1 0.9,
/// beta2 0.999, epsilon 1e-8, weight decay 0.
/// Paper: L. Liu, H. Jiang, P. He, W. Chen, X. Liu, J. Gao, J. Han (2020), "On the Variance of the Adaptive Learning Rate and Beyond", ICLR.
/// </summary>
public sealed class RAdam : Optimizer
{
    /// <summary>Creates RAdam; throws <see cref="ArgumentOutOfRangeException"/> for an invalid hyperparameter.</summary>
    /// <param name="learningRate">gamma, finite and &gt;= 0.</param>
    /// <param name="beta1">decay of the first moment, in [0, 1).</param>
    /// <param name="beta2">decay of the second moment, in [0, 1).</param>
    /// <param name="epsilon">added to the root, finite and &gt; 0.</param>
    /// <param name="weightDecay">lambda (L2 penalty in the gradient), finite and &gt;= 0.</param>
    public RAdam(double learningRate = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8, double weightDecay = 0)
        : base(learningRate)
    {
        Beta1 = Hyperparameter.Beta(beta1, nameof(beta1));
        Beta2 = Hyperparameter.Beta(beta2, nameof(beta2));
        Epsilon = Hyperparameter.Positive(epsilon, nameof(epsilon));
        WeightDecay = Hyperparameter.NonNegative(weightDecay, nameof(weightDecay));
    }

    /// <summary>Decay of the first moment, in [0, 1); default 0.9.</summary>
    public double Beta1 { get; }
    /// <summary>Decay of the second moment, in [0, 1); default 0.999.</summary>
    public double Beta2 { get; }
    /// <summary>Added to the root, finite and &gt; 0; default 1e-8.</summary>
    public double Epsilon { get; }
    /// <summary>Lambda (L2 penalty in the gradient), finite and &gt;= 0; default 0.</summary>
    public double WeightDecay { get; }

    /// <inheritdoc/>
    public override string Name => "RAdam";

    private protected override void InitializeState<T>(OptimizerState<T> state)
    {
        state.AddBuffer(BufferNames.FirstMoment, 0);
        state.AddBuffer(BufferNames.SecondMoment, 0);
    }

    /// <summary>Bias corrections of step t and the rectification r (0 when rho_t &lt;= 5, meaning: do not rectify).</summary>
    private (double BiasCorrection1, double BiasCorrection2Sqrt, double Rectification) Coefficients(long step)
    {
        double biasCorrection1 = 1 - Math.Pow(Beta1, step);
        double biasCorrection2 = 1 - Math.Pow(Beta2, step);
        double rhoInfinity = 2 / (1 - Beta2) - 1;
        double rho = rhoInfinity - 2 * step * Math.Pow(Beta2, step) / biasCorrection2;
        double rectification = rho > 5
            ? Math.Sqrt((rho - 4) * (rho - 2) * rhoInfinity / ((rhoInfinity - 4) * (rhoInfinity - 2) * rho))
            : 0;
        return (biasCorrection1, Math.Sqrt(biasCorrection2), rectification);
    }

    private protected override void UpdateReference(Span<double> parameters, ReadOnlySpan<double> gradients, OptimizerState<double> state, double learningRate)
    {
        Span<double> m = state.Buffer(BufferNames.FirstMoment);
        Span<double> v = state.Buffer(BufferNames.SecondMoment);
        var (biasCorrection1, biasCorrection2Sqrt, r) = Coefficients(state.Step);
        for (int i = 0; i < parameters.Length; i++)
        {
            double g = gradients[i];
            if (WeightDecay != 0) g = g + WeightDecay * parameters[i];
            m[i] = Lerp.Of(m[i], g, 1 - Beta1);
            v[i] = Beta2 * v[i] + (1 - Beta2) * g * g;
            double mHat = m[i] / biasCorrection1;
            if (r > 0)
            {
                double l = biasCorrection2Sqrt / (Math.Sqrt(v[i]) + Epsilon);
                parameters[i] = parameters[i] - mHat * learningRate * l * r;
            }
            else
            {
                parameters[i] = parameters[i] - mHat * learningRate;
            }
        }
    }

    private protected override void Update<T>(Span<T> parameters, ReadOnlySpan<T> gradients, OptimizerState<T> state, double learningRate)
    {
        var (biasCorrection1, biasCorrection2Sqrt, r) = Coefficients(state.Step);
        if (WeightDecay != 0) Update<T, Set>(parameters, gradients, state, learningRate, biasCorrection1, biasCorrection2Sqrt, r);
        else Update<T, Unset>(parameters, gradients, state, learningRate, biasCorrection1, biasCorrection2Sqrt, r);
    }

    private void Update<T, TDecay>(Span<T> parameters, ReadOnlySpan<T> gradients, OptimizerState<T> state, double learningRate,
        double biasCorrection1, double biasCorrection2Sqrt, double r)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TDecay : struct, IFlag
    {
        Span<T> m = state.Buffer(BufferNames.FirstMoment), v = state.Buffer(BufferNames.SecondMoment);
        if (r > 0) Elementwise.Run(new Kernel<T, TDecay, Set>(this, learningRate, biasCorrection1, biasCorrection2Sqrt, r), parameters, gradients, m, v);
        else Elementwise.Run(new Kernel<T, TDecay, Unset>(this, learningRate, biasCorrection1, biasCorrection2Sqrt, r), parameters, gradients, m, v);
    }

    /// <summary>The update, compiled with and without weight decay and rectification, so its loop tests no flag.</summary>
    private readonly struct Kernel<T, TDecay, TRectified>(RAdam radam, double learningRate, double biasCorrection1, double biasCorrection2Sqrt, double rectification)
        : IElementwiseUpdate<T>
        where T : unmanaged, IFloatingPointIeee754<T>
        where TDecay : struct, IFlag
        where TRectified : struct, IFlag
    {
        private readonly Lerp.Weight<T> firstMoment = new(1 - radam.Beta1);
        private readonly T beta2 = T.CreateTruncating(radam.Beta2);
        private readonly T oneMinusBeta2 = T.CreateTruncating(1 - radam.Beta2);
        private readonly T epsilon = T.CreateTruncating(radam.Epsilon);
        private readonly T weightDecay = T.CreateTruncating(radam.WeightDecay);
        private readonly T learningRate = T.CreateTruncating(learningRate);
        private readonly T biasCorrection1 = T.CreateTruncating(biasCorrection1);
        private readonly T biasCorrection2Sqrt = T.CreateTruncating(biasCorrection2Sqrt);
        private readonly T r = T.CreateTruncating(rectification);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Apply<TVector>(ref TVector parameter, TVector gradient, ref TVector m, ref TVector v, ref TVector third)
            where TVector : struct, ILanes<TVector, T>
        {
            var g = gradient;
            if (TDecay.IsSet) g = g + parameter * weightDecay;
            m = firstMoment.Of(m, g);
            v = v * beta2 + g * oneMinusBeta2 * g;
            var mHat = m / biasCorrection1;
            if (TRectified.IsSet)
            {
                var l = TVector.Broadcast(biasCorrection2Sqrt) / (TVector.Sqrt(v) + TVector.Broadcast(epsilon));
                parameter = parameter - mHat * learningRate * l * r;
            }
            else
            {
                parameter = parameter - mHat * learningRate;
            }
        }
    }
}

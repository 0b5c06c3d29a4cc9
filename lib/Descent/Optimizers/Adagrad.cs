using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Descent.Optimizers;

/// <summary>
/// Adagrad (PyTorch <c>torch.optim.Adagrad</c>): each coordinate's step is divided by the root of the sum of its squared
/// gradients. For step t, with learning rate gamma, decay eta, weight decay lambda:
/// <code>
/// g         = grad + lambda * theta                          (if lambda != 0)
/// gamma_t   = gamma / (1 + (t - 1) * eta)
/// s         = s + g * g                                      (s starts at the initial accumulator value)
/// theta     = theta - gamma_t * g / (sqrt(s) + epsilon)
/// </code>
/// Defaults: learning rate 1e-2, learning-rate decay 0, weight decay 0, initial accumulator 0, epsilon 1e-10.
/// Paper: J. Duchi, E. Hazan, Y. Singer (2011), "Adaptive Subgradient Methods for Online Learning and Stochastic Optimization", JMLR.
/// </summary>
public sealed class Adagrad : Optimizer
{
    /// <summary>Creates Adagrad; throws <see cref="ArgumentOutOfRangeException"/> for an invalid hyperparameter.</summary>
    /// <param name="learningRate">gamma, finite and &gt;= 0.</param>
    /// <param name="learningRateDecay">eta, finite and &gt;= 0.</param>
    /// <param name="weightDecay">lambda, finite and &gt;= 0.</param>
    /// <param name="initialAccumulatorValue">starting value of the sum s, finite and &gt;= 0.</param>
    /// <param name="epsilon">added to sqrt(s), finite and &gt; 0.</param>
    public Adagrad(double learningRate = 1e-2, double learningRateDecay = 0, double weightDecay = 0, double initialAccumulatorValue = 0, double epsilon = 1e-10)
        : base(learningRate)
    {
        LearningRateDecay = Hyperparameter.NonNegative(learningRateDecay, nameof(learningRateDecay));
        WeightDecay = Hyperparameter.NonNegative(weightDecay, nameof(weightDecay));
        InitialAccumulatorValue = Hyperparameter.NonNegative(initialAccumulatorValue, nameof(initialAccumulatorValue));
        Epsilon = Hyperparameter.Positive(epsilon, nameof(epsilon));
    }

    /// <summary>Eta, finite and &gt;= 0; default 0.</summary>
    public double LearningRateDecay { get; }
    /// <summary>Lambda, finite and &gt;= 0; default 0.</summary>
    public double WeightDecay { get; }
    /// <summary>Starting value of the sum s, finite and &gt;= 0; default 0.</summary>
    public double InitialAccumulatorValue { get; }
    /// <summary>Added to sqrt(s), finite and &gt; 0; default 1e-10.</summary>
    public double Epsilon { get; }

    /// <inheritdoc/>
    public override string Name =>
        LearningRateDecay == 0 ? "Adagrad" : "Adagrad (lr decay " + LearningRateDecay.ToString(CultureInfo.InvariantCulture) + ")";

    /// <summary>gamma_t = gamma / (1 + (t - 1) eta).</summary>
    private double DecayedRate(double learningRate, long step) => learningRate / (1 + (step - 1) * LearningRateDecay);

    private protected override void InitializeState<T>(OptimizerState<T> state) =>
        state.AddBuffer(BufferNames.Sum, InitialAccumulatorValue);

    private protected override void UpdateReference(Span<double> parameters, ReadOnlySpan<double> gradients, OptimizerState<double> state, double learningRate)
    {
        Span<double> sum = state.Buffer(BufferNames.Sum);
        double rate = DecayedRate(learningRate, state.Step);
        for (int i = 0; i < parameters.Length; i++)
        {
            double g = gradients[i];
            if (WeightDecay != 0) g = g + WeightDecay * parameters[i];
            sum[i] = sum[i] + g * g;
            double std = Math.Sqrt(sum[i]) + Epsilon;
            parameters[i] = parameters[i] - rate * g / std;
        }
    }

    private protected override void Update<T>(Span<T> parameters, ReadOnlySpan<T> gradients, OptimizerState<T> state, double learningRate)
    {
        double rate = DecayedRate(learningRate, state.Step);
        if (WeightDecay != 0) Elementwise.Run(new Kernel<T, Set>(this, rate), parameters, gradients, state.Buffer(BufferNames.Sum));
        else Elementwise.Run(new Kernel<T, Unset>(this, rate), parameters, gradients, state.Buffer(BufferNames.Sum));
    }

    /// <summary>The update, compiled with and without weight decay, so its loop tests no flag.</summary>
    private readonly struct Kernel<T, TDecay>(Adagrad adagrad, double rate) : IElementwiseUpdate<T>
        where T : unmanaged, IFloatingPointIeee754<T>
        where TDecay : struct, IFlag
    {
        private readonly T rate = T.CreateTruncating(rate);
        private readonly T weightDecay = T.CreateTruncating(adagrad.WeightDecay);
        private readonly T epsilon = T.CreateTruncating(adagrad.Epsilon);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Apply<TVector>(ref TVector parameter, TVector gradient, ref TVector sum, ref TVector second, ref TVector third)
            where TVector : struct, ILanes<TVector, T>
        {
            var g = gradient;
            if (TDecay.IsSet) g = g + parameter * weightDecay;
            sum = sum + g * g;
            var std = TVector.Sqrt(sum) + TVector.Broadcast(epsilon);
            parameter = parameter - g * rate / std;
        }
    }
}

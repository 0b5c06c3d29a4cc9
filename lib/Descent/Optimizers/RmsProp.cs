using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Descent.Optimizers;

/// <summary>
/// RMSprop (PyTorch <c>torch.optim.RMSprop</c>): divide the gradient by a running root mean square of recent gradients.
/// For step t, with learning rate gamma, smoothing alpha, momentum mu, weight decay lambda:
/// <code>
/// g     = grad + lambda * theta                         (if lambda != 0)
/// v     = alpha * v + (1 - alpha) * g * g
/// m_g   = m_g + (1 - alpha) * (g - m_g)                 (centered only)
/// d     = sqrt(v - m_g * m_g) + epsilon   (centered)   or   sqrt(v) + epsilon
/// b     = mu * b + g / d;  theta = theta - gamma * b     (if mu &gt; 0)
/// theta = theta - gamma * g / d                          (otherwise)
/// </code>
/// epsilon is added after the square root (TensorFlow adds it inside). Defaults: learning rate 1e-2, alpha 0.99,
/// epsilon 1e-8, weight decay 0, momentum 0, not centered.
/// Source: G. Hinton, N. Srivastava, K. Swersky (2012), Coursera "Neural Networks for Machine Learning", lecture 6e;
/// centered version: A. Graves (2013), "Generating Sequences With Recurrent Neural Networks".
/// </summary>
public sealed class RmsProp : Optimizer
{
    /// <summary>Creates RMSprop; throws <see cref="ArgumentOutOfRangeException"/> for an invalid hyperparameter.</summary>
    /// <param name="learningRate">gamma, finite and &gt;= 0.</param>
    /// <param name="alpha">smoothing constant, in [0, 1].</param>
    /// <param name="epsilon">added to the root, finite and &gt; 0.</param>
    /// <param name="weightDecay">lambda, finite and &gt;= 0.</param>
    /// <param name="momentum">mu, finite and &gt;= 0.</param>
    /// <param name="centered">normalize by an estimate of the variance instead of the second moment.</param>
    public RmsProp(double learningRate = 1e-2, double alpha = 0.99, double epsilon = 1e-8, double weightDecay = 0, double momentum = 0, bool centered = false)
        : base(learningRate)
    {
        Alpha = Hyperparameter.UnitInterval(alpha, nameof(alpha));
        Epsilon = Hyperparameter.Positive(epsilon, nameof(epsilon));
        WeightDecay = Hyperparameter.NonNegative(weightDecay, nameof(weightDecay));
        Momentum = Hyperparameter.NonNegative(momentum, nameof(momentum));
        Centered = centered;
    }

    /// <summary>Smoothing constant, in [0, 1]; default 0.99.</summary>
    public double Alpha { get; }
    /// <summary>Added to the root, finite and &gt; 0; default 1e-8.</summary>
    public double Epsilon { get; }
    /// <summary>Lambda, finite and &gt;= 0; default 0.</summary>
    public double WeightDecay { get; }
    /// <summary>Mu, finite and &gt;= 0; default 0.</summary>
    public double Momentum { get; }
    /// <summary>Normalize by an estimate of the variance instead of the second moment; default false.</summary>
    public bool Centered { get; }

    /// <inheritdoc/>
    public override string Name
    {
        get
        {
            var details = new List<string>();
            if (Centered) details.Add("centered");
            if (Momentum != 0) details.Add("momentum " + Momentum.ToString(CultureInfo.InvariantCulture));
            return details.Count == 0 ? "RMSprop" : $"RMSprop ({string.Join(", ", details)})";
        }
    }

    private protected override void InitializeState<T>(OptimizerState<T> state)
    {
        state.AddBuffer(BufferNames.SquareAverage, 0);
        if (Momentum > 0) state.AddBuffer(BufferNames.Momentum, 0);
        if (Centered) state.AddBuffer(BufferNames.GradientAverage, 0);
    }

    private protected override void UpdateReference(Span<double> parameters, ReadOnlySpan<double> gradients, OptimizerState<double> state, double learningRate)
    {
        Span<double> v = state.Buffer(BufferNames.SquareAverage);
        Span<double> b = Momentum > 0 ? state.Buffer(BufferNames.Momentum) : default;
        Span<double> mg = Centered ? state.Buffer(BufferNames.GradientAverage) : default;
        for (int i = 0; i < parameters.Length; i++)
        {
            double g = gradients[i];
            if (WeightDecay != 0) g = g + WeightDecay * parameters[i];
            v[i] = Alpha * v[i] + (1 - Alpha) * g * g;
            double d;
            if (Centered)
            {
                mg[i] = Lerp.Of(mg[i], g, 1 - Alpha);
                d = Math.Sqrt(v[i] - mg[i] * mg[i]) + Epsilon;
            }
            else
            {
                d = Math.Sqrt(v[i]) + Epsilon;
            }

            if (Momentum > 0)
            {
                b[i] = Momentum * b[i] + g / d;
                parameters[i] = parameters[i] - learningRate * b[i];
            }
            else
            {
                parameters[i] = parameters[i] - learningRate * g / d;
            }
        }
    }

    private protected override void Update<T>(Span<T> parameters, ReadOnlySpan<T> gradients, OptimizerState<T> state, double learningRate)
    {
        if (WeightDecay != 0) Update<T, Set>(parameters, gradients, state, learningRate);
        else Update<T, Unset>(parameters, gradients, state, learningRate);
    }

    private void Update<T, TDecay>(Span<T> parameters, ReadOnlySpan<T> gradients, OptimizerState<T> state, double learningRate)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TDecay : struct, IFlag
    {
        if (Momentum > 0) Update<T, TDecay, Set>(parameters, gradients, state, learningRate);
        else Update<T, TDecay, Unset>(parameters, gradients, state, learningRate);
    }

    private void Update<T, TDecay, TMomentum>(Span<T> parameters, ReadOnlySpan<T> gradients, OptimizerState<T> state, double learningRate)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TDecay : struct, IFlag
        where TMomentum : struct, IFlag
    {
        Span<T> v = state.Buffer(BufferNames.SquareAverage);
        Span<T> b = TMomentum.IsSet ? state.Buffer(BufferNames.Momentum) : default;
        if (Centered) Elementwise.Run(new Kernel<T, TDecay, TMomentum, Set>(this, learningRate), parameters, gradients, v, b, state.Buffer(BufferNames.GradientAverage));
        else Elementwise.Run(new Kernel<T, TDecay, TMomentum, Unset>(this, learningRate), parameters, gradients, v, b);
    }

    /// <summary>The update, compiled once per combination of weight decay, momentum and centering, so its loop tests no flag.</summary>
    private readonly struct Kernel<T, TDecay, TMomentum, TCentered>(RmsProp rms, double learningRate) : IElementwiseUpdate<T>
        where T : unmanaged, IFloatingPointIeee754<T>
        where TDecay : struct, IFlag
        where TMomentum : struct, IFlag
        where TCentered : struct, IFlag
    {
        private readonly T learningRate = T.CreateTruncating(learningRate);
        private readonly T alpha = T.CreateTruncating(rms.Alpha);
        private readonly T oneMinusAlpha = T.CreateTruncating(1 - rms.Alpha);
        private readonly Lerp.Weight<T> average = new(1 - rms.Alpha);
        private readonly T epsilon = T.CreateTruncating(rms.Epsilon);
        private readonly T weightDecay = T.CreateTruncating(rms.WeightDecay);
        private readonly T momentum = T.CreateTruncating(rms.Momentum);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Apply<TVector>(ref TVector parameter, TVector gradient, ref TVector v, ref TVector b, ref TVector mg)
            where TVector : struct, ILanes<TVector, T>
        {
            var g = gradient;
            if (TDecay.IsSet) g = g + parameter * weightDecay;
            v = v * alpha + g * oneMinusAlpha * g;
            TVector d;
            if (TCentered.IsSet)
            {
                mg = average.Of(mg, g);
                d = TVector.Sqrt(v - mg * mg) + TVector.Broadcast(epsilon);
            }
            else
            {
                d = TVector.Sqrt(v) + TVector.Broadcast(epsilon);
            }

            if (TMomentum.IsSet)
            {
                b = b * momentum + g / d;
                parameter = parameter - b * learningRate;
            }
            else
            {
                parameter = parameter - g * learningRate / d;
            }
        }
    }
}

using System.Numerics;
using System.Runtime.CompilerServices;

namespace Descent.Optimizers;

/// <summary>
/// Lion, "evolved sign momentum" (X. Chen et al. 2023, Algorithm 2, with decoupled weight decay; the authors'
/// lion-pytorch). Every coordinate moves by exactly gamma (times the sign of an interpolated momentum), so the rate is
/// usually 3–10× smaller than AdamW's. For step t, with learning rate gamma and weight decay lambda:
/// <code>
/// theta = theta * (1 - gamma * lambda)
/// c     = beta1 * m + (1 - beta1) * grad
/// theta = theta - gamma * sign(c)                (sign(0) = 0)
/// m     = beta2 * m + (1 - beta2) * grad
/// </code>
/// Defaults: learning rate 1e-4, beta1 0.9, beta2 0.99, weight decay 0.
/// Paper: X. Chen, C. Liang, D. Huang et al. (2023), "Symbolic Discovery of Optimization Algorithms", NeurIPS.
/// </summary>
public sealed class Lion : Optimizer
{
    /// <summary>Creates Lion; throws <see cref="ArgumentOutOfRangeException"/> for an invalid hyperparameter.</summary>
    /// <param name="learningRate">gamma, finite and &gt;= 0.</param>
    /// <param name="beta1">interpolation between momentum and gradient for the update, in [0, 1].</param>
    /// <param name="beta2">decay of the momentum, in [0, 1].</param>
    /// <param name="weightDecay">lambda (decoupled), finite and &gt;= 0.</param>
    public Lion(double learningRate = 1e-4, double beta1 = 0.9, double beta2 = 0.99, double weightDecay = 0)
        : base(learningRate)
    {
        Beta1 = Hyperparameter.UnitInterval(beta1, nameof(beta1));
        Beta2 = Hyperparameter.UnitInterval(beta2, nameof(beta2));
        WeightDecay = Hyperparameter.NonNegative(weightDecay, nameof(weightDecay));
    }

    /// <summary>Interpolation between momentum and gradient for the update, in [0, 1]; default 0.9.</summary>
    public double Beta1 { get; }
    /// <summary>Decay of the momentum, in [0, 1]; default 0.99.</summary>
    public double Beta2 { get; }
    /// <summary>Lambda (decoupled), finite and &gt;= 0; default 0.</summary>
    public double WeightDecay { get; }

    /// <inheritdoc/>
    public override string Name => "Lion";

    private protected override void InitializeState<T>(OptimizerState<T> state) => state.AddBuffer(BufferNames.FirstMoment, 0);

    private protected override void UpdateReference(Span<double> parameters, ReadOnlySpan<double> gradients, OptimizerState<double> state, double learningRate)
    {
        Span<double> m = state.Buffer(BufferNames.FirstMoment);
        for (int i = 0; i < parameters.Length; i++)
        {
            double g = gradients[i];
            parameters[i] = parameters[i] * (1 - learningRate * WeightDecay);
            double c = m[i] * Beta1 + (1 - Beta1) * g;
            double sign = c > 0 ? 1 : c < 0 ? -1 : 0;
            parameters[i] = parameters[i] + (-learningRate) * sign;
            m[i] = m[i] * Beta2 + (1 - Beta2) * g;
        }
    }

    private protected override void Update<T>(Span<T> parameters, ReadOnlySpan<T> gradients, OptimizerState<T> state, double learningRate) =>
        Elementwise.Run(new Kernel<T>(this, learningRate), parameters, gradients, state.Buffer(BufferNames.FirstMoment));

    private readonly struct Kernel<T>(Lion lion, double learningRate) : IElementwiseUpdate<T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly T shrink = T.CreateTruncating(1 - learningRate * lion.WeightDecay);
        private readonly T minusLearningRate = T.CreateTruncating(-learningRate);
        private readonly T beta1 = T.CreateTruncating(lion.Beta1);
        private readonly T oneMinusBeta1 = T.CreateTruncating(1 - lion.Beta1);
        private readonly T beta2 = T.CreateTruncating(lion.Beta2);
        private readonly T oneMinusBeta2 = T.CreateTruncating(1 - lion.Beta2);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Apply<TVector>(ref TVector parameter, TVector gradient, ref TVector m, ref TVector second, ref TVector third)
            where TVector : struct, ILanes<TVector, T>
        {
            parameter = parameter * shrink;
            var c = m * beta1 + gradient * oneMinusBeta1;
            var sign = TVector.Select(TVector.GreaterThan(c, TVector.Zero), TVector.One, TVector.Zero)
                - TVector.Select(TVector.LessThan(c, TVector.Zero), TVector.One, TVector.Zero);
            parameter = parameter + sign * minusLearningRate;
            m = m * beta2 + gradient * oneMinusBeta2;
        }
    }
}

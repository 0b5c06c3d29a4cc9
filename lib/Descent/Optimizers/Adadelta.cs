using System.Numerics;
using System.Runtime.CompilerServices;

namespace Descent.Optimizers;

/// <summary>
/// Adadelta (PyTorch <c>torch.optim.Adadelta</c>): the step is the ratio of two running root mean squares, of past
/// updates and of gradients, so it has the units of the parameters. For step t, with decay rho, weight decay lambda:
/// <code>
/// g     = grad + lambda * theta                                  (if lambda != 0)
/// v     = rho * v + (1 - rho) * g * g
/// dx    = sqrt(u + epsilon) / sqrt(v + epsilon) * g
/// u     = rho * u + (1 - rho) * dx * dx
/// theta = theta - gamma * dx
/// </code>
/// Defaults: learning rate 1.0 (a plain scale on dx), rho 0.9, epsilon 1e-6, weight decay 0.
/// Paper: M. D. Zeiler (2012), "ADADELTA: An Adaptive Learning Rate Method".
/// </summary>
public sealed class Adadelta : Optimizer
{
    /// <summary>Creates Adadelta; throws <see cref="ArgumentOutOfRangeException"/> for an invalid hyperparameter.</summary>
    /// <param name="learningRate">gamma, scales dx; finite and &gt;= 0.</param>
    /// <param name="rho">decay of both running averages, in [0, 1].</param>
    /// <param name="epsilon">added inside both roots, finite and &gt; 0.</param>
    /// <param name="weightDecay">lambda, finite and &gt;= 0.</param>
    public Adadelta(double learningRate = 1.0, double rho = 0.9, double epsilon = 1e-6, double weightDecay = 0)
        : base(learningRate)
    {
        Rho = Hyperparameter.UnitInterval(rho, nameof(rho));
        Epsilon = Hyperparameter.Positive(epsilon, nameof(epsilon));
        WeightDecay = Hyperparameter.NonNegative(weightDecay, nameof(weightDecay));
    }

    /// <summary>Decay of both running averages, in [0, 1]; default 0.9.</summary>
    public double Rho { get; }
    /// <summary>Added inside both roots, finite and &gt; 0; default 1e-6.</summary>
    public double Epsilon { get; }
    /// <summary>Lambda, finite and &gt;= 0; default 0.</summary>
    public double WeightDecay { get; }

    /// <inheritdoc/>
    public override string Name => "Adadelta";

    private protected override void InitializeState<T>(OptimizerState<T> state)
    {
        state.AddBuffer(BufferNames.SquareAverage, 0);
        state.AddBuffer(BufferNames.AccumulatedUpdate, 0);
    }

    private protected override void UpdateReference(Span<double> parameters, ReadOnlySpan<double> gradients, OptimizerState<double> state, double learningRate)
    {
        Span<double> v = state.Buffer(BufferNames.SquareAverage);
        Span<double> u = state.Buffer(BufferNames.AccumulatedUpdate);
        for (int i = 0; i < parameters.Length; i++)
        {
            double g = gradients[i];
            if (WeightDecay != 0) g = g + WeightDecay * parameters[i];
            v[i] = Rho * v[i] + (1 - Rho) * g * g;
            double dx = Math.Sqrt(u[i] + Epsilon) / Math.Sqrt(v[i] + Epsilon) * g;
            u[i] = Rho * u[i] + (1 - Rho) * dx * dx;
            parameters[i] = parameters[i] - learningRate * dx;
        }
    }

    private protected override void Update<T>(Span<T> parameters, ReadOnlySpan<T> gradients, OptimizerState<T> state, double learningRate)
    {
        Span<T> v = state.Buffer(BufferNames.SquareAverage), u = state.Buffer(BufferNames.AccumulatedUpdate);
        if (WeightDecay != 0) Elementwise.Run(new Kernel<T, Set>(this, learningRate), parameters, gradients, v, u);
        else Elementwise.Run(new Kernel<T, Unset>(this, learningRate), parameters, gradients, v, u);
    }

    /// <summary>The update, compiled with and without weight decay, so its loop tests no flag.</summary>
    private readonly struct Kernel<T, TDecay>(Adadelta adadelta, double learningRate) : IElementwiseUpdate<T>
        where T : unmanaged, IFloatingPointIeee754<T>
        where TDecay : struct, IFlag
    {
        private readonly T learningRate = T.CreateTruncating(learningRate);
        private readonly T rho = T.CreateTruncating(adadelta.Rho);
        private readonly T oneMinusRho = T.CreateTruncating(1 - adadelta.Rho);
        private readonly T epsilon = T.CreateTruncating(adadelta.Epsilon);
        private readonly T weightDecay = T.CreateTruncating(adadelta.WeightDecay);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Apply<TVector>(ref TVector parameter, TVector gradient, ref TVector v, ref TVector u, ref TVector third)
            where TVector : struct, ILanes<TVector, T>
        {
            var g = gradient;
            if (TDecay.IsSet) g = g + parameter * weightDecay;
            v = v * rho + g * oneMinusRho * g;
            var dx = TVector.Sqrt(u + TVector.Broadcast(epsilon)) / TVector.Sqrt(v + TVector.Broadcast(epsilon)) * g;
            u = u * rho + dx * oneMinusRho * dx;
            parameter = parameter - dx * learningRate;
        }
    }
}

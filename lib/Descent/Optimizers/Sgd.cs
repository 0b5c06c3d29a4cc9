using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Descent.Optimizers;

/// <summary>
/// Stochastic gradient descent with optional momentum, dampening, Nesterov momentum and weight decay
/// (PyTorch <c>torch.optim.SGD</c>). For step t, with learning rate gamma, weight decay lambda, momentum mu, dampening tau:
/// <code>
/// g  = grad + lambda * theta                               (if lambda != 0)
/// b  = g                                                   (t = 1)
/// b  = mu * b + (1 - tau) * g                              (t > 1)
/// g  = g + mu * b   (Nesterov)   or   g = b                (if mu != 0)
/// theta = theta - gamma * g
/// </code>
/// Defaults: learning rate 1e-3, momentum 0, dampening 0, weight decay 0, no Nesterov.
/// Momentum: B. T. Polyak (1964), "Some methods of speeding up the convergence of iteration methods";
/// Nesterov: Y. Nesterov (1983); this form: I. Sutskever, J. Martens, G. Dahl, G. Hinton (2013),
/// "On the importance of initialization and momentum in deep learning".
/// </summary>
public sealed class Sgd : Optimizer
{
    /// <summary>Creates SGD; throws <see cref="ArgumentOutOfRangeException"/> for an invalid hyperparameter.</summary>
    /// <param name="learningRate">gamma, finite and &gt;= 0.</param>
    /// <param name="momentum">mu, finite and &gt;= 0.</param>
    /// <param name="dampening">tau, in [0, 1].</param>
    /// <param name="weightDecay">lambda (L2 penalty added to the gradient), finite and &gt;= 0.</param>
    /// <param name="nesterov">Nesterov momentum; needs momentum &gt; 0 and dampening 0 (PyTorch's rule).</param>
    public Sgd(double learningRate = 1e-3, double momentum = 0, double dampening = 0, double weightDecay = 0, bool nesterov = false)
        : base(learningRate)
    {
        Momentum = Hyperparameter.NonNegative(momentum, nameof(momentum));
        Dampening = Hyperparameter.UnitInterval(dampening, nameof(dampening));
        WeightDecay = Hyperparameter.NonNegative(weightDecay, nameof(weightDecay));
        if (nesterov && (momentum <= 0 || dampening != 0))
            throw Hyperparameter.OutOfRange(nameof(nesterov), nesterov,
                $"requires momentum > 0 and dampening = 0 (momentum {Hyperparameter.Format(momentum)}, dampening {Hyperparameter.Format(dampening)})");
        Nesterov = nesterov;
    }

    /// <summary>Momentum factor mu, finite and &gt;= 0; default 0.</summary>
    public double Momentum { get; }
    /// <summary>Dampening tau, in [0, 1]; default 0.</summary>
    public double Dampening { get; }
    /// <summary>Lambda (L2 penalty added to the gradient), finite and &gt;= 0; default 0.</summary>
    public double WeightDecay { get; }
    /// <summary>Nesterov momentum; needs momentum &gt; 0 and dampening 0 (PyTorch's rule); default false.</summary>
    public bool Nesterov { get; }

    /// <inheritdoc/>
    public override string Name
    {
        get
        {
            var details = new List<string>();
            if (Momentum != 0) details.Add("momentum " + Momentum.ToString(CultureInfo.InvariantCulture));
            if (Dampening != 0) details.Add("dampening " + Dampening.ToString(CultureInfo.InvariantCulture));
            if (Nesterov) details.Add("Nesterov");
            if (WeightDecay != 0) details.Add("weight decay " + WeightDecay.ToString(CultureInfo.InvariantCulture));
            return details.Count == 0 ? "SGD" : $"SGD ({string.Join(", ", details)})";
        }
    }

    private protected override void InitializeState<T>(OptimizerState<T> state)
    {
        if (Momentum != 0) state.AddBuffer(BufferNames.Momentum, 0);
    }

    private protected override void UpdateReference(Span<double> parameters, ReadOnlySpan<double> gradients, OptimizerState<double> state, double learningRate)
    {
        Span<double> b = Momentum != 0 ? state.Buffer(BufferNames.Momentum) : default;
        bool firstStep = state.Step == 1;
        for (int i = 0; i < parameters.Length; i++)
        {
            double g = gradients[i];
            if (WeightDecay != 0) g = g + WeightDecay * parameters[i];
            if (Momentum != 0)
            {
                b[i] = firstStep ? g : Momentum * b[i] + (1 - Dampening) * g;
                g = Nesterov ? g + Momentum * b[i] : b[i];
            }
            parameters[i] = parameters[i] - learningRate * g;
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
        if (Momentum == 0)
        {
            Run<T, TDecay, Unset, Unset, Unset>(parameters, gradients, default, learningRate);
            return;
        }
        Span<T> b = state.Buffer(BufferNames.Momentum);
        bool firstStep = state.Step == 1;
        if (Nesterov && firstStep) Run<T, TDecay, Set, Set, Set>(parameters, gradients, b, learningRate);
        else if (Nesterov) Run<T, TDecay, Set, Set, Unset>(parameters, gradients, b, learningRate);
        else if (firstStep) Run<T, TDecay, Set, Unset, Set>(parameters, gradients, b, learningRate);
        else Run<T, TDecay, Set, Unset, Unset>(parameters, gradients, b, learningRate);
    }

    private void Run<T, TDecay, TMomentum, TNesterov, TFirstStep>(Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> buffer, double learningRate)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TDecay : struct, IFlag
        where TMomentum : struct, IFlag
        where TNesterov : struct, IFlag
        where TFirstStep : struct, IFlag =>
        Elementwise.Run(new Kernel<T, TDecay, TMomentum, TNesterov, TFirstStep>(this, learningRate), parameters, gradients, buffer);

    /// <summary>The update, compiled once per combination of options, so its loop tests no flag.</summary>
    private readonly struct Kernel<T, TDecay, TMomentum, TNesterov, TFirstStep>(Sgd sgd, double learningRate) : IElementwiseUpdate<T>
        where T : unmanaged, IFloatingPointIeee754<T>
        where TDecay : struct, IFlag
        where TMomentum : struct, IFlag
        where TNesterov : struct, IFlag
        where TFirstStep : struct, IFlag
    {
        private readonly T learningRate = T.CreateTruncating(learningRate);
        private readonly T weightDecay = T.CreateTruncating(sgd.WeightDecay);
        private readonly T momentum = T.CreateTruncating(sgd.Momentum);
        private readonly T oneMinusDampening = T.CreateTruncating(1 - sgd.Dampening);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Apply<TVector>(ref TVector parameter, TVector gradient, ref TVector buffer, ref TVector second, ref TVector third)
            where TVector : struct, ILanes<TVector, T>
        {
            var g = gradient;
            if (TDecay.IsSet) g = g + parameter * weightDecay;
            if (TMomentum.IsSet)
            {
                buffer = TFirstStep.IsSet ? g : buffer * momentum + g * oneMinusDampening;
                g = TNesterov.IsSet ? g + buffer * momentum : buffer;
            }
            parameter = parameter - g * learningRate;
        }
    }
}

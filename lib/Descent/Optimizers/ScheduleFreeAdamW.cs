using System.Numerics;
using System.Runtime.CompilerServices;

namespace Descent.Optimizers;

/// <summary>
/// Schedule-Free AdamW (Defazio et al. 2024; the reference implementation's <c>AdamWScheduleFree</c>): no learning-rate
/// schedule, and the iterate to evaluate at any time is an average. Three sequences: z (the AdamW-like base steps),
/// x (a weighted average of the z's: the point to evaluate, test and keep) and y = (1 - beta1) z + beta1 x (the point
/// where gradients are taken). The parameters passed to <see cref="Optimizer.Step(Span{double}, ReadOnlySpan{double}, OptimizerState{double}, double?)"/>
/// hold y; <see cref="EvaluationPoint{T}"/> gives x. For step t (k = t - 1), with learning rate gamma:
/// <code>
/// gamma_t = gamma * min(1, t / warmup)                       (linear warmup over warmupSteps)
/// gammaMax = max(gammaMax, gamma_t)
/// w_t = t^r * gammaMax^weightLearningRatePower;   W = W + w_t;   c = w_t / W   (c = 0 if W = 0)
/// v   = beta2 * v + (1 - beta2) * grad * grad
/// u   = grad / (sqrt(v / (1 - beta2^t)) + epsilon) + lambda * y
/// y   = lerp(y, z, c) + gamma_t * (beta1 * (1 - c) - 1) * u
/// z   = z - gamma_t * u                                      (z starts at the first y)
/// x   = lerp(y, z, 1 - 1/beta1)
/// </code>
/// Defaults: learning rate 0.0025, beta1 0.9, beta2 0.999, epsilon 1e-8, weight decay 0, warmup 0 steps, r 0,
/// weight learning-rate power 2.
/// Paper: A. Defazio, X. A. Yang, H. Mehta, K. Mishchenko, A. Khaled, A. Cutkosky (2024), "The Road Less Scheduled", NeurIPS.
/// </summary>
public sealed class ScheduleFreeAdamW : Optimizer
{
    /// <summary>The base sequence z (reference: <c>z</c>).</summary>
    public const string Z = "Z";
    /// <summary>The largest scheduled learning rate so far (reference: <c>lr_max</c>, starting at -1).</summary>
    public const string LearningRateMax = "LearningRateMax";
    /// <summary>The sum of the averaging weights so far (reference: <c>weight_sum</c>).</summary>
    public const string WeightSum = "WeightSum";

    /// <summary>Creates Schedule-Free AdamW; throws <see cref="ArgumentOutOfRangeException"/> for an invalid hyperparameter.</summary>
    /// <param name="learningRate">gamma, finite and &gt;= 0.</param>
    /// <param name="beta1">interpolation between z and x for y, in (0, 1).</param>
    /// <param name="beta2">decay of the second moment, in [0, 1).</param>
    /// <param name="epsilon">added to the root, finite and &gt; 0.</param>
    /// <param name="weightDecay">lambda, applied at y, finite and &gt;= 0.</param>
    /// <param name="warmupSteps">length of the linear warmup, &gt;= 0.</param>
    /// <param name="averagePower">r: the average weighs step t by t^r, finite and &gt;= 0.</param>
    /// <param name="weightLearningRatePower">the average weighs each step by gammaMax to this power, finite and &gt;= 0.</param>
    public ScheduleFreeAdamW(double learningRate = 0.0025, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8,
        double weightDecay = 0, int warmupSteps = 0, double averagePower = 0, double weightLearningRatePower = 2)
        : base(learningRate)
    {
        if (!(beta1 > 0 && beta1 < 1)) throw Hyperparameter.OutOfRange(nameof(beta1), beta1, "must be in (0, 1)");
        Beta1 = beta1;
        Beta2 = Hyperparameter.Beta(beta2, nameof(beta2));
        Epsilon = Hyperparameter.Positive(epsilon, nameof(epsilon));
        WeightDecay = Hyperparameter.NonNegative(weightDecay, nameof(weightDecay));
        if (warmupSteps < 0) throw Hyperparameter.OutOfRange(nameof(warmupSteps), warmupSteps, "must be >= 0");
        WarmupSteps = warmupSteps;
        AveragePower = Hyperparameter.NonNegative(averagePower, nameof(averagePower));
        WeightLearningRatePower = Hyperparameter.NonNegative(weightLearningRatePower, nameof(weightLearningRatePower));
    }

    /// <summary>Interpolation between z and x for y, in (0, 1); default 0.9.</summary>
    public double Beta1 { get; }
    /// <summary>Decay of the second moment, in [0, 1); default 0.999.</summary>
    public double Beta2 { get; }
    /// <summary>Added to the root, finite and &gt; 0; default 1e-8.</summary>
    public double Epsilon { get; }
    /// <summary>Lambda, applied at y, finite and &gt;= 0; default 0.</summary>
    public double WeightDecay { get; }
    /// <summary>Length of the linear warmup, &gt;= 0; default 0.</summary>
    public int WarmupSteps { get; }
    /// <summary>R: the average weighs step t by t^r, finite and &gt;= 0; default 0.</summary>
    public double AveragePower { get; }
    /// <summary>The average weighs each step by gammaMax to this power, finite and &gt;= 0; default 2.</summary>
    public double WeightLearningRatePower { get; }

    /// <inheritdoc/>
    public override string Name => "Schedule-Free AdamW";

    /// <summary>
    /// The point to evaluate (x, the average), from the parameters (y) and the state: x = lerp(y, z, 1 - 1/beta1).
    /// Before the first step it is the parameters themselves. The reference's <c>eval()</c> writes this into the model.
    /// </summary>
    public void EvaluationPoint<T>(ReadOnlySpan<T> parameters, OptimizerState<T> state, Span<T> destination)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(state);
        if (parameters.Length != state.ParameterCount || destination.Length != state.ParameterCount)
            throw new ArgumentException(
                $"parameters ({parameters.Length}) and destination ({destination.Length}) must have the state's length {state.ParameterCount}.",
                nameof(destination));
        if (state.Step == 0)
        {
            parameters.CopyTo(destination);
            return;
        }
        Span<T> z = state.Buffer(Z);
        double weight = 1 - 1 / Beta1;
        for (int i = 0; i < parameters.Length; i++)
            destination[i] = T.CreateTruncating(Lerp.Of(double.CreateTruncating(parameters[i]), double.CreateTruncating(z[i]), weight));
    }

    /// <inheritdoc cref="EvaluationPoint{T}(ReadOnlySpan{T}, OptimizerState{T}, Span{T})"/>
    public double[] EvaluationPoint(ReadOnlySpan<double> parameters, OptimizerState<double> state)
    {
        var x = new double[parameters.Length];
        EvaluationPoint(parameters, state, x);
        return x;
    }

    private protected override void InitializeState<T>(OptimizerState<T> state)
    {
        state.AddBuffer(Z, 0);
        state.AddBuffer(BufferNames.SecondMoment, 0);
        state.SetScalar(LearningRateMax, -1.0);
        state.SetScalar(WeightSum, 0.0);
    }

    /// <summary>The scalars of step t = state.Step: gamma_t, the average's weight c and 1 - beta2^t.</summary>
    private (double Rate, double AverageWeight, double BiasCorrection2) BeginStep<T>(Span<T> parameters, OptimizerState<T> state, double learningRate)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        long k = state.Step - 1;
        if (k == 0) parameters.CopyTo(state.Buffer(Z));
        double schedule = k < WarmupSteps ? (k + 1) / (double)WarmupSteps : 1.0;
        double biasCorrection2 = 1 - Math.Pow(Beta2, k + 1);
        double rate = learningRate * schedule;
        double rateMax = Math.Max(rate, state.Scalar(LearningRateMax));
        double weight = Math.Pow(k + 1, AveragePower) * Math.Pow(rateMax, WeightLearningRatePower);
        double weightSum = state.Scalar(WeightSum) + weight;
        state.SetScalar(LearningRateMax, rateMax);
        state.SetScalar(WeightSum, weightSum);
        return (rate, weightSum == 0 ? 0 : weight / weightSum, biasCorrection2);
    }

    private protected override void UpdateReference(Span<double> parameters, ReadOnlySpan<double> gradients, OptimizerState<double> state, double learningRate)
    {
        var (rate, c, biasCorrection2) = BeginStep(parameters, state, learningRate);
        Span<double> z = state.Buffer(Z);
        Span<double> v = state.Buffer(BufferNames.SecondMoment);
        for (int i = 0; i < parameters.Length; i++)
        {
            double g = gradients[i];
            v[i] = v[i] * Beta2 + (1 - Beta2) * g * g;
            double denominator = Math.Sqrt(v[i] / biasCorrection2) + Epsilon;
            double u = g / denominator;
            if (WeightDecay != 0) u = u + WeightDecay * parameters[i];
            parameters[i] = Lerp.Of(parameters[i], z[i], c);
            parameters[i] = parameters[i] + rate * (Beta1 * (1 - c) - 1) * u;
            z[i] = z[i] - rate * u;
        }
    }

    private protected override void Update<T>(Span<T> parameters, ReadOnlySpan<T> gradients, OptimizerState<T> state, double learningRate)
    {
        var (rate, c, biasCorrection2) = BeginStep(parameters, state, learningRate);
        Span<T> z = state.Buffer(Z), v = state.Buffer(BufferNames.SecondMoment);
        if (WeightDecay != 0) Elementwise.Run(new Kernel<T, Set>(this, rate, c, biasCorrection2), parameters, gradients, z, v);
        else Elementwise.Run(new Kernel<T, Unset>(this, rate, c, biasCorrection2), parameters, gradients, z, v);
    }

    /// <summary>The update, compiled with and without weight decay, so its loop tests no flag.</summary>
    private readonly struct Kernel<T, TDecay>(ScheduleFreeAdamW sf, double rate, double averageWeight, double biasCorrection2) : IElementwiseUpdate<T>
        where T : unmanaged, IFloatingPointIeee754<T>
        where TDecay : struct, IFlag
    {
        private readonly T beta2 = T.CreateTruncating(sf.Beta2);
        private readonly T oneMinusBeta2 = T.CreateTruncating(1 - sf.Beta2);
        private readonly T biasCorrection2 = T.CreateTruncating(biasCorrection2);
        private readonly T epsilon = T.CreateTruncating(sf.Epsilon);
        private readonly T weightDecay = T.CreateTruncating(sf.WeightDecay);
        private readonly Lerp.Weight<T> towardsZ = new(averageWeight);
        private readonly T yStep = T.CreateTruncating(rate * (sf.Beta1 * (1 - averageWeight) - 1));
        private readonly T rate = T.CreateTruncating(rate);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Apply<TVector>(ref TVector y, TVector gradient, ref TVector z, ref TVector v, ref TVector third)
            where TVector : struct, ILanes<TVector, T>
        {
            v = v * beta2 + gradient * oneMinusBeta2 * gradient;
            var denominator = TVector.Sqrt(v / biasCorrection2) + TVector.Broadcast(epsilon);
            var u = gradient / denominator;
            if (TDecay.IsSet) u = u + y * weightDecay;
            y = towardsZ.Of(y, z);
            y = y + u * yStep;
            z = z - u * rate;
        }
    }
}

namespace Descent.Training;

/// <summary>
/// A running average of the parameters along a training run, as PyTorch's <c>torch.optim.swa_utils.AveragedModel</c>
/// keeps it: the first <see cref="Update"/> copies the parameters, every later one folds them in —
/// <see cref="Exponential"/> (EMA): θ̄ ← β θ̄ + (1 − β) θ; <see cref="Uniform"/> (SWA): θ̄ ← θ̄ + (θ − θ̄) / (n + 1),
/// the plain mean of the n + 1 parameter vectors seen so far. Evaluate the model at <see cref="Average"/>; train on the raw θ.
/// </summary>
public sealed class WeightAverage
{
    private readonly double[] average;

    private WeightAverage(int parameterCount, double? decay)
    {
        if (parameterCount < 1)
            throw new ArgumentOutOfRangeException(nameof(parameterCount), parameterCount, "parameterCount must be at least 1.");
        average = new double[parameterCount];
        Decay = decay;
    }

    /// <summary>
    /// An exponential moving average with decay β (PyTorch <c>get_ema_multi_avg_fn(decay)</c>): θ̄ ← β θ̄ + (1 − β) θ
    /// after the first update. It remembers about 1 / (1 − β) steps: 1000 for the default 0.999.
    /// </summary>
    /// <param name="parameterCount">Length of the parameter vector, ≥ 1.</param>
    /// <param name="decay">β in [0, 1]; default 0.999. β = 0 follows θ exactly, β = 1 keeps the first θ.</param>
    public static WeightAverage Exponential(int parameterCount, double decay = 0.999)
    {
        if (!(decay >= 0 && decay <= 1))
            throw new ArgumentOutOfRangeException(nameof(decay), decay, "decay must be in [0, 1].");
        return new WeightAverage(parameterCount, decay);
    }

    /// <summary>The uniform average of stochastic weight averaging (Izmailov et al. 2018): θ̄ = (1/n) Σ θ over the n updates.</summary>
    /// <param name="parameterCount">Length of the parameter vector, ≥ 1.</param>
    public static WeightAverage Uniform(int parameterCount) => new(parameterCount, null);

    /// <summary>β of the exponential average; null for the uniform one.</summary>
    public double? Decay { get; }

    /// <summary>How many parameter vectors have been folded in (PyTorch's <c>n_averaged</c>).</summary>
    public int Count { get; private set; }

    /// <summary>θ̄, the current average (all zeros before the first update). The array is live: copy it to keep a snapshot.</summary>
    public double[] Average => average;

    /// <summary>Folds <paramref name="parameters"/> into the average (the first call copies them).</summary>
    public void Update(ReadOnlySpan<double> parameters)
    {
        if (parameters.Length != average.Length)
            throw new ArgumentException($"parameters has length {parameters.Length} but the average has {average.Length}.", nameof(parameters));
        if (Count == 0)
            parameters.CopyTo(average);
        else if (Decay is double beta)
            for (int i = 0; i < average.Length; i++) average[i] = beta * average[i] + (1 - beta) * parameters[i];
        else
            for (int i = 0; i < average.Length; i++) average[i] += (parameters[i] - average[i]) / (Count + 1);
        Count++;
    }

    /// <inheritdoc/>
    public override string ToString() => Decay is double beta
        ? $"exponential moving average (decay {beta}) of {Count} updates"
        : $"uniform average of {Count} updates";
}

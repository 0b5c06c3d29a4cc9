namespace Descent.Models;

/// <summary>
/// Loss functions for single predictions, the building blocks of the models' batch losses
/// (and what lesson 00 draws).
/// </summary>
public static class Losses
{
    /// <summary>Squared error ℓ(ŷ, y) = (ŷ − y)², derivative ∂ℓ/∂ŷ = 2(ŷ − y).</summary>
    public static double SquaredError(double prediction, double target) => (prediction - target) * (prediction - target);

    /// <summary>Mean squared error (1/n) Σᵢ (ŷᵢ − yᵢ)² over paired predictions and targets.</summary>
    public static double MeanSquaredError(ReadOnlySpan<double> predictions, ReadOnlySpan<double> targets)
    {
        if (predictions.Length != targets.Length)
            throw new ArgumentException($"predictions has length {predictions.Length} but targets has length {targets.Length}.", nameof(targets));
        if (predictions.IsEmpty)
            throw new ArgumentException("At least one prediction is needed.", nameof(predictions));
        double sum = 0;
        for (int i = 0; i < predictions.Length; i++)
            sum += SquaredError(predictions[i], targets[i]);
        return sum / predictions.Length;
    }

    /// <summary>The squared error of one prediction, (ŷ − y)² (the mean over a single example).</summary>
    public static double MeanSquaredError(double prediction, double target) => SquaredError(prediction, target);

    /// <summary>
    /// log Σₖ e^{zₖ}, computed as m + log Σₖ e^{zₖ − m} with m = maxₖ zₖ so that no exponential overflows.
    /// </summary>
    public static double LogSumExp(ReadOnlySpan<double> logits)
    {
        if (logits.IsEmpty) throw new ArgumentException("At least one logit is needed.", nameof(logits));
        double max = double.NegativeInfinity;
        foreach (double z in logits) max = Math.Max(max, z);
        if (double.IsInfinity(max)) return max;
        double sum = 0;
        foreach (double z in logits) sum += Math.Exp(z - max);
        return max + Math.Log(sum);
    }

    /// <summary>softmax(z)ₖ = e^{zₖ − m} / Σⱼ e^{zⱼ − m} with m = max z (shifting by m changes nothing but avoids overflow).</summary>
    public static double[] Softmax(ReadOnlySpan<double> logits)
    {
        var probabilities = new double[logits.Length];
        Softmax(logits, probabilities);
        return probabilities;
    }

    /// <summary>Writes softmax(z) into <paramref name="probabilities"/>.</summary>
    public static void Softmax(ReadOnlySpan<double> logits, Span<double> probabilities)
    {
        if (probabilities.Length != logits.Length)
            throw new ArgumentException($"probabilities has length {probabilities.Length} but logits has length {logits.Length}.", nameof(probabilities));
        if (logits.IsEmpty) throw new ArgumentException("At least one logit is needed.", nameof(logits));
        double max = double.NegativeInfinity;
        foreach (double z in logits) max = Math.Max(max, z);
        double sum = 0;
        for (int k = 0; k < logits.Length; k++)
        {
            probabilities[k] = Math.Exp(logits[k] - max);
            sum += probabilities[k];
        }
        for (int k = 0; k < logits.Length; k++)
            probabilities[k] /= sum;
    }

    /// <summary>Cross-entropy of the true class's probability p: ℓ = −ln p (0 for a perfect prediction p = 1).</summary>
    public static double CrossEntropy(double probabilityOfTrueClass)
    {
        if (!(probabilityOfTrueClass >= 0 && probabilityOfTrueClass <= 1))
            throw new ArgumentOutOfRangeException(nameof(probabilityOfTrueClass), probabilityOfTrueClass, "A probability must be in [0, 1].");
        return -Math.Log(probabilityOfTrueClass);
    }

    /// <summary>Cross-entropy ℓ = −ln p_y of a probability vector p and the true class y.</summary>
    public static double CrossEntropy(ReadOnlySpan<double> probabilities, int label)
    {
        CheckLabel(label, probabilities.Length);
        return CrossEntropy(probabilities[label]);
    }

    /// <summary>
    /// Cross-entropy from logits, ℓ = −ln softmax(z)_y = logsumexp(z) − z_y, computed without forming the
    /// probabilities (stable for large logits). ∂ℓ/∂z = softmax(z) − onehot(y).
    /// </summary>
    public static double CrossEntropyFromLogits(ReadOnlySpan<double> logits, int label)
    {
        CheckLabel(label, logits.Length);
        return LogSumExp(logits) - logits[label];
    }

    /// <summary>Binary cross-entropy ℓ = −[y ln p + (1 − y) ln(1 − p)] for y ∈ {0, 1}.</summary>
    public static double BinaryCrossEntropy(double probability, int label)
    {
        if (label is not (0 or 1))
            throw new ArgumentOutOfRangeException(nameof(label), label, "A binary label must be 0 or 1.");
        return CrossEntropy(label == 1 ? probability : 1 - probability);
    }

    private static void CheckLabel(int label, int classCount)
    {
        if (label < 0 || label >= classCount)
            throw new ArgumentOutOfRangeException(nameof(label), label, $"The label must be in 0..{classCount - 1}.");
    }
}

namespace Descent.Models;

/// <summary>
/// Draws initial weights, deterministically from a seed (<c>new Random(seed)</c>, normals by <see cref="Gaussian"/>).
/// </summary>
public static class Initializers
{
    /// <summary>Default σ of <see cref="Initializer.Normal"/>: 0.01.</summary>
    public const double DefaultStandardDeviation = 0.01;

    /// <summary>
    /// The weight matrix of one layer, n_out × n_in, row-major (row i holds the weights into output unit i).
    /// </summary>
    /// <param name="initializer">The distribution.</param>
    /// <param name="fanIn">n_in ≥ 1, inputs of the layer.</param>
    /// <param name="fanOut">n_out ≥ 1, outputs of the layer.</param>
    /// <param name="seed">Seed of the random generator.</param>
    /// <param name="standardDeviation">σ for <see cref="Initializer.Normal"/> only; default 0.01.</param>
    public static double[] Create(Initializer initializer, int fanIn, int fanOut, int seed, double standardDeviation = DefaultStandardDeviation)
    {
        CheckSize(fanIn, nameof(fanIn));
        CheckSize(fanOut, nameof(fanOut));
        CheckStandardDeviation(standardDeviation);
        var weights = new double[fanIn * fanOut];
        Fill(initializer, weights, fanIn, fanOut, new Random(seed), standardDeviation);
        return weights;
    }

    /// <summary>
    /// All parameters of an MLP with the given layer sizes, in the <see cref="Mlp"/> layout
    /// (per layer: weights n_out × n_in row-major, then n_out biases). Weights drawn layer by layer from one generator
    /// seeded with <paramref name="seed"/>; biases 0.
    /// </summary>
    public static double[] Create(Initializer initializer, IReadOnlyList<int> layerSizes, int seed, double standardDeviation = DefaultStandardDeviation)
    {
        var layout = new MlpLayout(layerSizes);
        CheckStandardDeviation(standardDeviation);
        var parameters = new double[layout.ParameterCount];
        var random = new Random(seed);
        for (int layer = 0; layer < layout.LayerCount; layer++)
        {
            int fanIn = layout.Sizes[layer], fanOut = layout.Sizes[layer + 1];
            Fill(initializer, parameters.AsSpan(layout.WeightOffset(layer), fanIn * fanOut), fanIn, fanOut, random, standardDeviation);
        }
        return parameters;
    }

    /// <summary>The variance each initializer aims for: σ², 2/(n_in + n_out) or 2/n_in (0 for zeros).</summary>
    public static double TargetVariance(Initializer initializer, int fanIn, int fanOut, double standardDeviation = DefaultStandardDeviation) =>
        initializer switch
        {
            Initializer.Zeros => 0,
            Initializer.Normal => standardDeviation * standardDeviation,
            Initializer.XavierUniform or Initializer.XavierNormal => 2.0 / (fanIn + fanOut),
            Initializer.HeNormal => 2.0 / fanIn,
            _ => throw new ArgumentOutOfRangeException(nameof(initializer), initializer, "Unknown initializer."),
        };

    private static void Fill(Initializer initializer, Span<double> weights, int fanIn, int fanOut, Random random, double standardDeviation)
    {
        switch (initializer)
        {
            case Initializer.Zeros:
                weights.Clear();
                break;
            case Initializer.Normal:
                for (int i = 0; i < weights.Length; i++) weights[i] = standardDeviation * Gaussian.Next(random);
                break;
            case Initializer.XavierUniform:
                double limit = Math.Sqrt(6.0 / (fanIn + fanOut));
                for (int i = 0; i < weights.Length; i++) weights[i] = (2 * random.NextDouble() - 1) * limit;
                break;
            case Initializer.XavierNormal:
                double xavierSd = Math.Sqrt(2.0 / (fanIn + fanOut));
                for (int i = 0; i < weights.Length; i++) weights[i] = xavierSd * Gaussian.Next(random);
                break;
            case Initializer.HeNormal:
                double heSd = Math.Sqrt(2.0 / fanIn);
                for (int i = 0; i < weights.Length; i++) weights[i] = heSd * Gaussian.Next(random);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(initializer), initializer, "Unknown initializer.");
        }
    }

    private static void CheckSize(int size, string parameterName)
    {
        if (size < 1) throw new ArgumentOutOfRangeException(parameterName, size, $"{parameterName} must be at least 1.");
    }

    private static void CheckStandardDeviation(double standardDeviation)
    {
        if (!(standardDeviation >= 0) || !double.IsFinite(standardDeviation))
            throw new ArgumentOutOfRangeException(nameof(standardDeviation), standardDeviation, "The standard deviation must be finite and non-negative.");
    }
}

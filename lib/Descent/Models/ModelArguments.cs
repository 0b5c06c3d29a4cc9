using Descent.Data;

namespace Descent.Models;

/// <summary>Argument checks shared by the models.</summary>
internal static class ModelArguments
{
    public static void CheckParameters(ReadOnlySpan<double> parameters, int expected, string parameterName = "parameters")
    {
        if (parameters.Length != expected)
            throw new ArgumentException(
                $"{parameterName} has length {parameters.Length} but the model has {expected} parameters.", parameterName);
    }

    public static void CheckGradient(Span<double> gradient, int expected)
    {
        if (gradient.Length != expected)
            throw new ArgumentException(
                $"gradient has length {gradient.Length} but the model has {expected} parameters.", nameof(gradient));
    }

    public static void CheckFeatures(Dataset data, int featureCount)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.FeatureCount != featureCount)
            throw new ArgumentException(
                $"The data set '{data.Name}' has {data.FeatureCount} features but the model takes {featureCount}.", nameof(data));
    }

    public static double[] Targets(Dataset data) => data.Targets
        ?? throw new ArgumentException($"The data set '{data.Name}' has no regression targets.", nameof(data));

    public static int[] Labels(Dataset data) => data.Labels
        ?? throw new ArgumentException($"The data set '{data.Name}' has no class labels.", nameof(data));

    public static void CheckFeatureVector(double[] features, int featureCount)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Length != featureCount)
            throw new ArgumentException($"features has length {features.Length} but the model takes {featureCount}.", nameof(features));
    }

    public static void CheckBatch(ReadOnlySpan<int> batch, Dataset data)
    {
        if (batch.IsEmpty)
            throw new ArgumentException("The batch is empty.", nameof(batch));
        foreach (int row in batch)
            if (row < 0 || row >= data.Count)
                throw new ArgumentOutOfRangeException(nameof(batch), row, $"Row index {row} is outside 0..{data.Count - 1}.");
    }

    /// <summary>1/|B| for <see cref="Reduction.Mean"/>, 1 for <see cref="Reduction.Sum"/>.</summary>
    public static double Scale(Reduction reduction, int batchSize) => reduction switch
    {
        Reduction.Mean => 1.0 / batchSize,
        Reduction.Sum => 1.0,
        _ => throw new ArgumentOutOfRangeException(nameof(reduction), reduction, "Unknown reduction."),
    };

    public static int[] AllRows(Dataset data) => Enumerable.Range(0, data.Count).ToArray();
}

using Descent.Data;

namespace Descent.Models;

/// <summary>
/// Multinomial logistic (softmax) regression: logits z = W x + b, probabilities p = softmax(z),
/// loss ℓ = −ln p_y = logsumexp(z) − z_y (computed stably from the logits), reduced by mean or sum over the batch.
/// Gradient per example: δ = p − onehot(y), ∂W = δ xᵀ, ∂b = δ.
/// Parameters (length K·d + K for K classes and d features): W row-major (W[k, j] at k·d + j, row k = class k),
/// then b (b[k] at K·d + k).
/// </summary>
public sealed class SoftmaxRegression : IClassifier
{
    /// <param name="featureCount">d ≥ 1.</param>
    /// <param name="classCount">K ≥ 2.</param>
    public SoftmaxRegression(int featureCount, int classCount)
    {
        if (featureCount < 1)
            throw new ArgumentOutOfRangeException(nameof(featureCount), featureCount, "featureCount must be at least 1.");
        if (classCount < 2)
            throw new ArgumentOutOfRangeException(nameof(classCount), classCount, "classCount must be at least 2.");
        FeatureCount = featureCount;
        ClassCount = classCount;
    }

    /// <summary>D ≥ 1.</summary>
    public int FeatureCount { get; }
    /// <summary>K ≥ 2.</summary>
    public int ClassCount { get; }

    /// <summary>K·d + K.</summary>
    public int ParameterCount => ClassCount * FeatureCount + ClassCount;

    /// <summary>z = W x + b.</summary>
    public double[] Logits(ReadOnlySpan<double> parameters, double[] features)
    {
        ModelArguments.CheckParameters(parameters, ParameterCount);
        ModelArguments.CheckFeatureVector(features, FeatureCount);
        var logits = new double[ClassCount];
        LogitsUnchecked(parameters, features, logits);
        return logits;
    }

    /// <summary>p = softmax(W x + b); sums to 1.</summary>
    public double[] PredictProbabilities(ReadOnlySpan<double> parameters, double[] features) =>
        Losses.Softmax(Logits(parameters, features));

    /// <summary>The most probable class, argmaxₖ zₖ (the first on ties).</summary>
    public int Predict(ReadOnlySpan<double> parameters, double[] features) => ArgMax(Logits(parameters, features));

    /// <summary>The predicted class of every row.</summary>
    public int[] Predict(ReadOnlySpan<double> parameters, Dataset data)
    {
        ModelArguments.CheckFeatures(data, FeatureCount);
        var predictions = new int[data.Count];
        for (int i = 0; i < data.Count; i++)
            predictions[i] = Predict(parameters, data.Features[i]);
        return predictions;
    }

    /// <summary>Fraction of rows whose predicted class equals the label, in [0, 1].</summary>
    public double Accuracy(ReadOnlySpan<double> parameters, Dataset data)
    {
        int[] labels = ModelArguments.Labels(data);
        return Metrics.Accuracy(Predict(parameters, data), labels);
    }

    /// <inheritdoc/>
    public double LossAndGradient(ReadOnlySpan<double> parameters, Dataset data, ReadOnlySpan<int> batch, Span<double> gradient, Reduction reduction = Reduction.Mean)
    {
        ModelArguments.CheckParameters(parameters, ParameterCount);
        ModelArguments.CheckGradient(gradient, ParameterCount);
        ModelArguments.CheckFeatures(data, FeatureCount);
        ModelArguments.CheckBatch(batch, data);
        int[] labels = ModelArguments.Labels(data);
        CheckClassCount(data);
        double scale = ModelArguments.Scale(reduction, batch.Length);

        gradient.Clear();
        double loss = 0;
        var z = new double[ClassCount];
        var p = new double[ClassCount];
        int biasOffset = ClassCount * FeatureCount;
        foreach (int i in batch)
        {
            double[] x = data.Features[i];
            int y = labels[i];
            LogitsUnchecked(parameters, x, z);
            loss += Losses.CrossEntropyFromLogits(z, y);
            Losses.Softmax(z, p);
            for (int k = 0; k < ClassCount; k++)
            {
                double delta = p[k] - (k == y ? 1 : 0);
                for (int j = 0; j < FeatureCount; j++)
                    gradient[k * FeatureCount + j] += delta * x[j];
                gradient[biasOffset + k] += delta;
            }
        }

        for (int k = 0; k < gradient.Length; k++)
            gradient[k] *= scale;
        return loss * scale;
    }

    /// <inheritdoc/>
    public double Loss(ReadOnlySpan<double> parameters, Dataset data, Reduction reduction = Reduction.Mean) =>
        LossAndGradient(parameters, data, ModelArguments.AllRows(data), new double[ParameterCount], reduction);

    private void LogitsUnchecked(ReadOnlySpan<double> parameters, double[] x, Span<double> logits)
    {
        int biasOffset = ClassCount * FeatureCount;
        for (int k = 0; k < ClassCount; k++)
        {
            double z = parameters[biasOffset + k];
            for (int j = 0; j < FeatureCount; j++)
                z += parameters[k * FeatureCount + j] * x[j];
            logits[k] = z;
        }
    }

    private void CheckClassCount(Dataset data)
    {
        if (data.ClassCount != ClassCount)
            throw new ArgumentException($"The data set '{data.Name}' has {data.ClassCount} classes but the model has {ClassCount}.", nameof(data));
    }

    internal static int ArgMax(ReadOnlySpan<double> values)
    {
        int best = 0;
        for (int k = 1; k < values.Length; k++)
            if (values[k] > values[best]) best = k;
        return best;
    }
}

using Descent.Data;
using MathNet.Numerics.LinearAlgebra;

namespace Descent.Models;

/// <summary>
/// Linear regression ŷ = w·x + b with the squared-error loss.
/// Parameters (length d + 1): [w₀, …, w_{d−1}, b].
/// Loss over a batch B: Mean L = (1/|B|) Σᵢ (ŷᵢ − yᵢ)², Sum L = Σᵢ (ŷᵢ − yᵢ)² (no ½ factor).
/// Gradient: ∂L/∂w = s Σᵢ 2(ŷᵢ − yᵢ) xᵢ, ∂L/∂b = s Σᵢ 2(ŷᵢ − yᵢ), with s = 1/|B| (Mean) or 1 (Sum).
/// </summary>
public sealed class LinearRegression : IModel
{
    /// <param name="featureCount">d ≥ 1, number of input features.</param>
    public LinearRegression(int featureCount)
    {
        if (featureCount < 1)
            throw new ArgumentOutOfRangeException(nameof(featureCount), featureCount, "featureCount must be at least 1.");
        FeatureCount = featureCount;
    }

    /// <summary>D ≥ 1, number of input features.</summary>
    public int FeatureCount { get; }

    /// <summary>d + 1: the weights, then the bias.</summary>
    public int ParameterCount => FeatureCount + 1;

    /// <summary>ŷ = w·x + b.</summary>
    public double Predict(ReadOnlySpan<double> parameters, double[] features)
    {
        ModelArguments.CheckParameters(parameters, ParameterCount);
        ModelArguments.CheckFeatureVector(features, FeatureCount);
        return PredictUnchecked(parameters, features);
    }

    /// <summary>ŷ for every row of the data set.</summary>
    public double[] Predict(ReadOnlySpan<double> parameters, Dataset data)
    {
        ModelArguments.CheckParameters(parameters, ParameterCount);
        ModelArguments.CheckFeatures(data, FeatureCount);
        var predictions = new double[data.Count];
        for (int i = 0; i < data.Count; i++)
            predictions[i] = PredictUnchecked(parameters, data.Features[i]);
        return predictions;
    }

    /// <inheritdoc/>
    public double LossAndGradient(ReadOnlySpan<double> parameters, Dataset data, ReadOnlySpan<int> batch, Span<double> gradient, Reduction reduction = Reduction.Mean)
    {
        ModelArguments.CheckParameters(parameters, ParameterCount);
        ModelArguments.CheckGradient(gradient, ParameterCount);
        ModelArguments.CheckFeatures(data, FeatureCount);
        ModelArguments.CheckBatch(batch, data);
        double[] y = ModelArguments.Targets(data);
        double scale = ModelArguments.Scale(reduction, batch.Length);

        gradient.Clear();
        double loss = 0;
        int bias = FeatureCount;
        foreach (int i in batch)
        {
            double[] x = data.Features[i];
            double residual = PredictUnchecked(parameters, x) - y[i];
            loss += residual * residual;
            for (int j = 0; j < FeatureCount; j++)
                gradient[j] += 2 * residual * x[j];
            gradient[bias] += 2 * residual;
        }

        for (int k = 0; k < gradient.Length; k++)
            gradient[k] *= scale;
        return loss * scale;
    }

    /// <inheritdoc/>
    public double Loss(ReadOnlySpan<double> parameters, Dataset data, Reduction reduction = Reduction.Mean) =>
        LossAndGradient(parameters, data, ModelArguments.AllRows(data), new double[ParameterCount], reduction);

    /// <summary>
    /// The exact least-squares parameters [w, b] minimizing Σᵢ (w·xᵢ + b − yᵢ)², by a QR decomposition of the
    /// design matrix [X 1] (the closed form that gradient descent should approach).
    /// </summary>
    public static double[] LeastSquares(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        double[] y = ModelArguments.Targets(data);
        var design = Matrix<double>.Build.Dense(data.Count, data.FeatureCount + 1,
            (i, j) => j < data.FeatureCount ? data.Features[i][j] : 1.0);
        return design.QR().Solve(Vector<double>.Build.Dense(y)).ToArray();
    }

    private double PredictUnchecked(ReadOnlySpan<double> parameters, double[] x)
    {
        double prediction = parameters[FeatureCount];
        for (int j = 0; j < FeatureCount; j++)
            prediction += parameters[j] * x[j];
        return prediction;
    }
}

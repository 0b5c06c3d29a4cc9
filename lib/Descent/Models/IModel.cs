using Descent.Data;

namespace Descent.Models;

/// <summary>
/// A model whose parameters are one flat <c>double[]</c> owned by the caller (the optimizer updates it in place).
/// </summary>
public interface IModel
{
    /// <summary>Length of the parameter vector.</summary>
    int ParameterCount { get; }

    /// <summary>
    /// The loss over the rows <paramref name="batch"/> of <paramref name="data"/>, reduced by mean or sum, and its
    /// gradient with respect to the parameters (written into <paramref name="gradient"/>, overwriting it).
    /// </summary>
    double LossAndGradient(ReadOnlySpan<double> parameters, Dataset data, ReadOnlySpan<int> batch, Span<double> gradient, Reduction reduction = Reduction.Mean);

    /// <summary>The loss over the whole data set.</summary>
    double Loss(ReadOnlySpan<double> parameters, Dataset data, Reduction reduction = Reduction.Mean);
}

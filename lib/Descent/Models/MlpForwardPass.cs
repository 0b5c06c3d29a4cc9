using MathNet.Numerics.LinearAlgebra;

namespace Descent.Models;

/// <summary>
/// What a forward pass of an <see cref="Mlp"/> keeps for the backward pass, one column per example:
/// <see cref="Inputs"/>[l] = a_l, the input of layer l (a₀ = x), and <see cref="PreActivations"/>[l] = z_l = W_l a_l + b_l.
/// </summary>
public sealed record MlpForwardPass(IReadOnlyList<Matrix<double>> Inputs, IReadOnlyList<Matrix<double>> PreActivations)
{
    /// <summary>The network output z_{L−1}: logits for classification, predictions for regression (outputs × examples).</summary>
    public Matrix<double> Output => PreActivations[^1];
}

namespace Descent.Models;

/// <summary>
/// What a forward pass of an <see cref="Mlp"/> on one input keeps for the backward pass:
/// <see cref="Inputs"/>[l] = a_l, the input of layer l (a₀ = x), and <see cref="PreActivations"/>[l] = z_l = W_l a_l + b_l.
/// </summary>
public sealed record MlpForwardPass(IReadOnlyList<double[]> Inputs, IReadOnlyList<double[]> PreActivations)
{
    /// <summary>The network output z_{L−1}: logits for classification, the prediction for regression.</summary>
    public double[] Output => PreActivations[^1];
}

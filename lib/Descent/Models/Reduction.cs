namespace Descent.Models;

/// <summary>
/// How per-example losses in a batch B are combined: <see cref="Mean"/> L = (1/|B|) Σᵢ ℓᵢ, or <see cref="Sum"/> L = Σᵢ ℓᵢ.
/// The gradient of the sum is |B| times the gradient of the mean, so with plain SGD a sum multiplies the effective
/// learning rate by the batch size.
/// </summary>
public enum Reduction
{
    /// <summary>L = (1/|B|) Σᵢ ℓᵢ (the default, as in PyTorch).</summary>
    Mean,

    /// <summary>L = Σᵢ ℓᵢ.</summary>
    Sum,
}

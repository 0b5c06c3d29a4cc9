using Descent.Optimizers;

namespace Descent.Models;

/// <summary>
/// Where each layer's weights and biases live in an MLP's flat parameter vector.
/// For layer l (0-based) with n_in = Sizes[l] inputs and n_out = Sizes[l + 1] outputs, the block is
/// W_l (n_out × n_in, row-major: W_l[i, j] at WeightOffset(l) + i·n_in + j) followed by b_l (n_out values).
/// </summary>
public sealed class MlpLayout
{
    private readonly int[] weightOffsets;

    /// <param name="layerSizes">[inputs, hidden₁, …, outputs]: at least two sizes, each ≥ 1.</param>
    public MlpLayout(IReadOnlyList<int> layerSizes)
    {
        ArgumentNullException.ThrowIfNull(layerSizes);
        if (layerSizes.Count < 2)
            throw new ArgumentException($"layerSizes needs at least an input and an output size, but has {layerSizes.Count}.", nameof(layerSizes));
        for (int l = 0; l < layerSizes.Count; l++)
            if (layerSizes[l] < 1)
                throw new ArgumentOutOfRangeException(nameof(layerSizes), layerSizes[l], $"layerSizes[{l}] is {layerSizes[l]}; every layer needs at least 1 unit.");

        Sizes = layerSizes.ToArray();
        weightOffsets = new int[LayerCount];
        int offset = 0;
        for (int l = 0; l < LayerCount; l++)
        {
            weightOffsets[l] = offset;
            offset += Sizes[l + 1] * Sizes[l] + Sizes[l + 1];
        }
        ParameterCount = offset;
    }

    /// <summary>[inputs, hidden₁, …, outputs].</summary>
    public IReadOnlyList<int> Sizes { get; }

    /// <summary>Number of weight layers (Sizes.Count − 1).</summary>
    public int LayerCount => Sizes.Count - 1;

    /// <summary>Σₗ (n_out·n_in + n_out).</summary>
    public int ParameterCount { get; }

    /// <summary>Index of W_l[0, 0].</summary>
    public int WeightOffset(int layer) => weightOffsets[CheckLayer(layer)];

    /// <summary>Index of b_l[0].</summary>
    public int BiasOffset(int layer) => WeightOffset(layer) + Sizes[layer + 1] * Sizes[layer];

    /// <summary>
    /// The same parameters as named tensors: "W0" (Sizes[1] × Sizes[0]), "b0" (Sizes[1]), "W1", "b1", … at the offsets
    /// above, for optimizers that work per matrix (Muon, Adafactor) or per group (<see cref="OptimizerGroups"/>).
    /// </summary>
    public ParameterLayout ToParameterLayout()
    {
        var builder = new ParameterLayout.Builder();
        for (int l = 0; l < LayerCount; l++)
            builder.AddMatrix($"W{l}", Sizes[l + 1], Sizes[l]).AddVector($"b{l}", Sizes[l + 1]);
        return builder.Build();
    }

    private int CheckLayer(int layer) => layer >= 0 && layer < LayerCount
        ? layer
        : throw new ArgumentOutOfRangeException(nameof(layer), layer, $"layer must be in 0..{LayerCount - 1}.");
}

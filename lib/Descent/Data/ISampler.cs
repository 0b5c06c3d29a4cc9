namespace Descent.Data;

/// <summary>
/// Decides the order in which row indices are visited in an epoch (PyTorch's <c>Sampler</c>).
/// Grouping into batches is a separate step: <see cref="BatchSampler"/>.
/// </summary>
public interface ISampler
{
    /// <summary>Number of indices one epoch yields.</summary>
    int Count { get; }

    /// <summary>The indices visited in <paramref name="epoch"/> (0-based), in order. Same epoch → same list.</summary>
    IReadOnlyList<int> Indices(int epoch);
}

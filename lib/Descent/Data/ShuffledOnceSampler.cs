namespace Descent.Data;

/// <summary>
/// One random permutation of the n rows, drawn once (from <see cref="EpochRandom.Create"/>(seed, 0)) and reused
/// in every epoch: the data are shuffled, but each epoch sees the batches in the same order.
/// </summary>
public sealed class ShuffledOnceSampler : ISampler
{
    private readonly int[] _order;

    /// <param name="count">Number of rows n, ≥ 1.</param>
    /// <param name="seed">Seed of the single permutation.</param>
    public ShuffledOnceSampler(int count, int seed)
    {
        DataArguments.AtLeast(count, 1, nameof(count));
        Seed = seed;
        _order = Shuffle.Permutation(count, EpochRandom.Create(seed, 0));
    }

    /// <inheritdoc/>
    public int Count => _order.Length;

    /// <summary>The seed.</summary>
    public int Seed { get; }

    /// <inheritdoc/>
    public IReadOnlyList<int> Indices(int epoch)
    {
        DataArguments.Epoch(epoch);
        return Array.AsReadOnly(_order);
    }

    /// <inheritdoc/>
    public override string ToString() => $"shuffled once ({Count} rows, seed {Seed})";
}
